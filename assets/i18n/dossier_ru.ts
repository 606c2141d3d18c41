<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="fr_FR">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="31"/>
        <location filename="../../desktop/forms/page_address.ui" line="37"/>
        <source>Votre adresse</source>
        <translation>Ваш адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="47"/>
        <source>Où habitez-vous&#xa0;?</source>
        <translation>Где вы живёте?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="53"/>
        <source>Chez moi (bail ou factures à mon nom)</source>
        <translation>У себя (договор аренды или счета на моё имя)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="60"/>
        <source>Hébergé(e) chez un particulier</source>
        <translation>Проживаю у частного лица</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="67"/>
        <source>À l&apos;hôtel</source>
        <translation>В гостинице</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="74"/>
        <source>Domiciliation (association, CCAS : pas de domicile stable)</source>
        <translation>Домицилиация (ассоциация, CCAS: нет постоянного жилья)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="92"/>
        <source>Nom de l&apos;&amp;hôtel&#xa0;:</source>
        <translation>Название &amp;гостиницы:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="109"/>
        <source>&amp;Organisme de domiciliation&#xa0;:</source>
        <translation>&amp;Организация домицилиации:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="126"/>
        <source>&amp;Adresse (numéro et rue)&#xa0;:</source>
        <translation>&amp;Адрес (номер дома и улица):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="143"/>
        <source>&amp;Complément d&apos;adresse&#xa0;:</source>
        <translation>&amp;Дополнение к адресу:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="160"/>
        <source>Code &amp;postal&#xa0;:</source>
        <translation>&amp;Почтовый индекс:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="183"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="202"/>
        <source>La personne qui vous héberge</source>
        <translation>Человек, у которого вы живёте</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="214"/>
        <source>No&amp;m de l&apos;hébergeant&#xa0;:</source>
        <translation>&amp;Фамилия принимающего:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="231"/>
        <source>Pré&amp;noms de l&apos;hébergeant&#xa0;:</source>
        <translation>&amp;Имя принимающего:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="248"/>
        <source>Date de naissance de l&apos;hébergeant&#xa0;:</source>
        <translation>Дата рождения принимающего:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="261"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="274"/>
        <source>Pour cette adresse, il faut exactement ces pièces&#xa0;:</source>
        <translation>Для этого адреса нужны именно эти документы:</translation>
    </message>
</context>
<context>
    <name>AfterFiling</name>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="98"/>
        <source>Après le dépôt</source>
        <translation>После подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="99"/>
        <source>Déposé sur ANEF le (JJ/MM/AAAA) :</source>
        <translation>Подано в ANEF (ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="100"/>
        <source>Numéro de la demande (facultatif) :</source>
        <translation>Номер заявления (необязательно):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="101"/>
        <location filename="../../desktop/ui/after_filing.py" line="102"/>
        <source>J&apos;ai déposé sur ANEF</source>
        <translation>Я подал(а) в ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="103"/>
        <source>Date du dépôt sur ANEF</source>
        <translation>Дата подачи в ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="104"/>
        <source>Numéro de la demande ANEF</source>
        <translation>Номер заявления ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="105"/>
        <source>Ce qui vient ensuite</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="106"/>
        <source>Ajouter un document reçu…</source>
        <translation>Добавить полученный документ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="108"/>
        <source>Attestation de dépôt, de prolongation, convocation ou décision (PDF d&apos;ANEF)</source>
        <translation>Attestation de dépôt, de prolongation, вызов или решение (PDF из ANEF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="113"/>
        <source>Exporter le calendrier (.ics)…</source>
        <translation>Экспорт календаря (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="114"/>
        <source>Note pour l&apos;employeur…</source>
        <translation>Записка для работодателя…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="133"/>
        <source>Quand vous avez déposé sur ANEF, dites-le ici : les fichiers envoyés sont gardés tels quels avec un récapitulatif, et l&apos;application vous dit ce qui vient ensuite (attestation, délais, réponses).</source>
        <translation>Когда вы подадите документы в ANEF, отметьте это здесь: отправленные файлы сохранятся как есть вместе со сводкой, а приложение подскажет, что дальше (attestation, сроки, ответы).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="148"/>
        <source>Déposé le %1. Les fichiers envoyés sont gardés dans « %2 ».</source>
        <translation>Подано %1. Отправленные файлы хранятся в «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="188"/>
        <source>« %1 » n&apos;est pas une date : écrivez-la comme 01/12/2026.</source>
        <translation>«%1» — не дата: напишите, например, 01/12/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="223"/>
        <source>Enregistrement du dépôt : les fichiers sont préparés et figés…</source>
        <translation>Сохранение подачи: файлы готовятся и фиксируются…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="233"/>
        <source>Document reçu de la préfecture</source>
        <translation>Документ из префектуры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="235"/>
        <source>PDF ou photo (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF или фото (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="258"/>
        <source>Document ajouté.</source>
        <translation>Документ добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="265"/>
        <source>Exporter le calendrier</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="280"/>
        <source>Calendrier enregistré : « %1 ». Importez-le dans l&apos;agenda de votre téléphone.</source>
        <translation>Календарь сохранён: «%1». Импортируйте его в календарь телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="289"/>
        <source>Note pour l&apos;employeur</source>
        <translation>Записка для работодателя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="311"/>
        <source>Note enregistrée : « %1 ».</source>
        <translation>Записка сохранена: «%1».</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="8"/>
        <source>Les dossiers des personnes que vous aidez</source>
        <translation>Досье людей, которым вы помогаете</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="15"/>
        <source>Tous ces dossiers sont chiffrés sur cet ordinateur. Ouvrez un dossier pour continuer, ou exportez-le pour le remettre à la personne.</source>
        <translation>Все эти досье зашифрованы на этом компьютере. Откройте досье, чтобы продолжить, или экспортируйте его, чтобы передать человеку.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="24"/>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="30"/>
        <source>Nom, numéro étranger…</source>
        <translation>Имя, номер иностранца…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="45"/>
        <source>Nom</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="50"/>
        <source>Numéro étranger</source>
        <translation>Номер иностранца</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="55"/>
        <source>État</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="60"/>
        <source>Pièces manquantes</source>
        <translation>Недостающие документы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="65"/>
        <source>Prochaine échéance</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="70"/>
        <source>Dernière modification</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="92"/>
        <source>&amp;Nouveau dossier</source>
        <translation>&amp;Новое досье</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="97"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="108"/>
        <source>&amp;Exporter pour la personne…</source>
        <translation>&amp;Экспорт для человека…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="113"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="118"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>CerPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="538"/>
        <source>⚠ Tapez d&apos;abord votre nom.</source>
        <translation>⚠ Сначала введите своё имя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="542"/>
        <source>Votre nom est écrit dans le cadre. « Enregistrer la signature » la garde.</source>
        <translation>Ваше имя написано в рамке. «Сохранить подпись» сохранит её.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="555"/>
        <source>Image de votre signature</source>
        <translation>Изображение вашей подписи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="557"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="586"/>
        <source>✖ « %1 » ne s&apos;ouvre pas comme une image. Choisissez une photo ou un scan PNG ou JPEG de votre signature.</source>
        <translation>✖ «%1» не открывается как изображение. Выберите фото или скан вашей подписи в формате PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="595"/>
        <source>✖ Aucune signature trouvée sur « %1 ». Signez à l&apos;encre foncée sur du papier blanc, photographiez de près, puis importez la photo.</source>
        <translation>✖ На «%1» подпись не найдена. Распишитесь тёмными чернилами на белой бумаге, сфотографируйте вблизи и импортируйте фото.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="603"/>
        <source>Votre signature est dans le cadre, sans le papier. « Enregistrer la signature » la garde.</source>
        <translation>Ваша подпись в рамке, без бумаги. «Сохранить подпись» сохранит её.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="620"/>
        <location filename="../../desktop/ui/step_pages.py" line="650"/>
        <source>⚠ Signez d&apos;abord dans le cadre.</source>
        <translation>⚠ Сначала распишитесь в рамке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="627"/>
        <source>✔ Signature enregistrée : l’application l’appose sur les lettres et les déclarations qu’elle rédige pour vous.</source>
        <translation>✔ Подпись сохранена: приложение ставит её на письма и заявления, которые оно составляет для вас.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="655"/>
        <source>⚠ Joignez d&apos;abord le contrat en PDF (ci-dessus), puis signez-le ici.</source>
        <translation>⚠ Сначала приложите контракт в формате PDF (выше), затем подпишите его здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="672"/>
        <source>✔ Contrat signé : « %1 » remplace la version sans signature.</source>
        <translation>✔ Контракт подписан: «%1» заменяет версию без подписи.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="31"/>
        <location filename="../../desktop/forms/page_cer.ui" line="37"/>
        <source>Contrat d&apos;engagement à respecter les principes de la République</source>
        <translation>Контракт об обязательстве соблюдать принципы Республики</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="47"/>
        <source>Pour cette demande, vous devez signer le contrat (en français) et le joindre au dossier. Vous vous engagez à respecter sept principes&#xa0;:</source>
        <translation>Для этого заявления нужно подписать контракт (на французском) и приложить его к досье. Вы обязуетесь соблюдать семь принципов:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="82"/>
        <source>Date de &amp;signature (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дата &amp;подписания (ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="95"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="125"/>
        <source>Signer à l&apos;écran (souris, doigt, stylet, clavier ou image)</source>
        <translation>Подписать на экране (мышь, палец, стилус, клавиатура или изображение)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="151"/>
        <source>Ou tapez votre &amp;nom&#xa0;:</source>
        <translation>Или введите своё &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="165"/>
        <source>É&amp;crire ce nom comme signature</source>
        <translation>&amp;Написать это имя как подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="176"/>
        <source>&amp;Importer une image de votre signature…</source>
        <translation>&amp;Загрузить изображение подписи…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="200"/>
        <source>&amp;Effacer la signature</source>
        <translation>&amp;Стереть подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="207"/>
        <source>Enregistrer la &amp;signature</source>
        <translation>Сохранить &amp;подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="214"/>
        <source>Signer le &amp;contrat joint</source>
        <translation>Подписать приложенный &amp;контракт</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Pour moi-même</source>
        <extracomment>Qt 6 asks for some of its file dialog&apos;s words under keys its shipped ``qtbase_XX.qm`` (Qt 5&apos;s) does not hold: « &amp;Look in: » and « Files of &amp;type: » (the .qm has them without the ``&amp;``), and the type column&apos;s « Folder » and « Drive » under ``QAbstractFileIconProvider`` (the .qm: ``QFileDialog``). Left alone, Qt&apos;s dialog is half in English in every language. The translators installed, whichever ``Languages`` installed them: the application speaks one language, so a switch removes them all (a second window&apos;s, a test&apos;s), never leaving an earlier language under the new one&apos;s untranslated strings.</extracomment>
        <translation>Для себя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>J&apos;aide une autre personne</source>
        <translation>Я помогаю другому человеку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Point d&apos;accueil numérique</source>
        <translation>Пункт цифрового приёма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Aucun (je n&apos;ai pas de document de séjour)</source>
        <translation>Нет (у меня нет документа о пребывании)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Un autre visa (court séjour, ou visa long séjour à échanger)</source>
        <translation>Другая виза (краткосрочная или долгосрочная виза для обмена на карту)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Visa long séjour valant titre de séjour (VLS-TS)</source>
        <translation>Долгосрочная виза, заменяющая вид на жительство (VLS-TS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Titre de séjour (carte)</source>
        <translation>Вид на жительство (карта)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>Récépissé ou attestation de prolongation</source>
        <translation>Квитанция (récépissé) или справка о продлении</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>Autorisation provisoire de séjour (APS)</source>
        <translation>Временное разрешение на пребывание (APS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>perdu</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>volé</source>
        <translation>украден</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="153"/>
        <source>En ligne sur le site ANEF</source>
        <translation>Онлайн на сайте ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>J&apos;ai déjà un rendez-vous à la préfecture</source>
        <translation>У меня уже есть запись в префектуру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Je n&apos;arrive pas à obtenir de rendez-vous</source>
        <translation>Я не могу получить запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="161"/>
        <source>Non précisé</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="162"/>
        <source>Femme</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Homme</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Autre (X)</source>
        <translation>Другой (X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="170"/>
        <source>Célibataire</source>
        <translation>Не состою в браке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="171"/>
        <source>Marié(e)</source>
        <translation>В браке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="172"/>
        <source>Pacsé(e)</source>
        <translation>В гражданском союзе (PACS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="173"/>
        <source>Divorcé(e)</source>
        <translation>В разводе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="174"/>
        <source>Veuf ou veuve</source>
        <translation>Вдовец или вдова</translation>
    </message>
</context>
<context>
    <name>CivilPage</name>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="31"/>
        <location filename="../../desktop/forms/page_civil.ui" line="37"/>
        <source>État civil</source>
        <translation>Гражданское состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="47"/>
        <source>Recopiez les informations exactement comme sur votre passeport.</source>
        <translation>Перепишите данные точно так, как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="68"/>
        <source>&amp;Nom&#xa0;:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="85"/>
        <source>&amp;Prénoms&#xa0;:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="102"/>
        <source>&amp;Sexe&#xa0;:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="119"/>
        <source>Date de &amp;naissance (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дата &amp;рождения (ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="132"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="142"/>
        <source>&amp;Lieu de naissance (ville, pays)&#xa0;:</source>
        <translation>&amp;Место рождения (город, страна):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="159"/>
        <source>Situation &amp;familiale&#xa0;:</source>
        <translation>&amp;Семейное положение:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="176"/>
        <source>Numéro &amp;étranger (10 chiffres)&#xa0;:</source>
        <translation>&amp;Номер иностранца (10 цифр):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="199"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="216"/>
        <source>&amp;E-mail&#xa0;:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="233"/>
        <source>Mes actes d&apos;état civil sont dans une langue étrangère</source>
        <translation>Мои документы о гражданском состоянии на иностранном языке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="350"/>
        <source>Lire mon passeport (photo ou scan de la page avec la photo)…</source>
        <translation>Прочитать паспорт (фото или скан страницы с фотографией)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="356"/>
        <source>Les deux lignes en bas de la page du passeport remplissent les champs ; vous vérifiez chacun avant de le reporter.</source>
        <translation>Две строки внизу страницы паспорта заполняют поля; вы проверяете каждое, прежде чем перенести.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="371"/>
        <source>Photo ou scan du passeport</source>
        <translation>Фото или скан паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="373"/>
        <source>Photo ou PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
        <translation>Фото или PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Tous les fichiers</source>
        <translation>Все файлы</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="713"/>
        <source>Pièces obligatoires prêtes : %1 sur %2.</source>
        <translation>Готово обязательных документов: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="716"/>
        <source>✖ Pièces à corriger : %1.</source>
        <translation>✖ Документов к исправлению: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="719"/>
        <source>⚠ Pièces à vérifier : %1.</source>
        <translation>⚠ Документов к проверке: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="738"/>
        <source>Vous n&apos;avez pas un document, ou vous ne savez pas lequel fournir ? Laissez sa pièce vide : l&apos;étape « Lettres » vous aide à écrire pourquoi il manque, et la page de garde du dossier le dira. Pour savoir quoi fournir, une association d&apos;aide aux étrangers (La Cimade, GISTI, France terre d&apos;asile) ou un avocat peut vous aider.</source>
        <translation>У вас нет какого-то документа или вы не знаете, какой нужен? Оставьте этот пункт пустым: на шаге «Письма» приложение поможет объяснить, почему его нет, и титульная страница досье это укажет. Узнать, что нужно предоставить, помогут ассоциации помощи иностранцам (La Cimade, GISTI, France terre d&apos;asile) или адвокат.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="31"/>
        <location filename="../../desktop/forms/page_documents.ui" line="37"/>
        <source>Vos documents</source>
        <translation>Ваши документы</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="47"/>
        <source>Pour chaque pièce : glissez les fichiers dans la zone, ou cliquez sur « Ajouter des fichiers ». Les photos prises avec un téléphone sont acceptées.</source>
        <translation>Для каждого документа перетащите файлы в зону или нажмите «Добавить файлы». Фотографии с телефона принимаются.</translation>
    </message>
</context>
<context>
    <name>EphotoPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="492"/>
        <source>%1 caractères sur %2.</source>
        <translation>%1 символов из %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="502"/>
        <source>Code valable jusqu&apos;au %1.</source>
        <translation>Код действителен до %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="31"/>
        <location filename="../../desktop/forms/page_ephoto.ui" line="37"/>
        <source>Photo et signature numériques (e-photo)</source>
        <translation>Цифровое фото и подпись (e-photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="47"/>
        <source>Dans une cabine photo agréée ANTS, vous recevez une planche avec un code de 22 caractères. Il est valable 6 mois, mais ne fonctionne qu’à partir de 24 à 72 heures après la photo.</source>
        <translation>В фотокабине с аккредитацией ANTS вы получаете лист с кодом из 22 символов. Он действует 6 месяцев и начинает работать только через 24–72 часа после съёмки.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="68"/>
        <source>&amp;Code e-photo (22 caractères)&#xa0;:</source>
        <translation>&amp;Код e-photo (22 символа):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="91"/>
        <source>&amp;Date de la photo (JJ/MM/AAAA)&#xa0;:</source>
        <translation>&amp;Дата фото (ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="104"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="114"/>
        <source>Je n&apos;ai pas encore de code : je le saisirai plus tard</source>
        <translation>У меня пока нет кода: введу его позже</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="5"/>
        <source>Exporter le dossier</source>
        <translation>Экспорт досье</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="9"/>
        <source>Le fichier de transmission (.dsvx) est chiffré avec sa propre phrase secrète. Donnez la phrase à la personne séparément du fichier (sur papier).</source>
        <translation>Файл передачи (.dsvx) зашифрован собственной парольной фразой. Передайте фразу человеку отдельно от файла (на бумаге).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="15"/>
        <source>&amp;Générer une phrase (conseillé)</source>
        <translation>&amp;Создать фразу (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="29"/>
        <source>&amp;Une autre</source>
        <translation>&amp;Другая</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="36"/>
        <source>&amp;Choisir une phrase</source>
        <translation>&amp;Выбрать фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="46"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="58"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="70"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Показать фразу</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/ui/letters.py" line="131"/>
        <source>Ouvrir</source>
        <extracomment>The sworn statements the app writes, and the piece each one is for.</extracomment>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="132"/>
        <source>Imprimer</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="133"/>
        <source>Enregistrer sous…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="134"/>
        <source>Ouvrir la lettre</source>
        <translation>Открыть письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="135"/>
        <source>Imprimer la lettre</source>
        <translation>Напечатать письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="136"/>
        <source>Enregistrer la lettre sous…</source>
        <translation>Сохранить письмо как…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="143"/>
        <source>✔ Lettre enregistrée dans : %1</source>
        <translation>✔ Письмо сохранено в: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="147"/>
        <source>(copie de travail, effacée à la fermeture : « Enregistrer sous… » en garde une où vous voulez).</source>
        <translation>(рабочая копия, удаляется при закрытии: «Сохранить как…» сохранит копию там, где вы хотите).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="163"/>
        <source>⚠ Aucune application n&apos;a pu ouvrir ce PDF : copiez le chemin ci-dessus, ou utilisez « Enregistrer sous… ».</source>
        <translation>⚠ Ни одно приложение не смогло открыть этот PDF: скопируйте путь выше или используйте «Сохранить как…».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="183"/>
        <source>Enregistrer la lettre sous</source>
        <translation>Сохранить письмо как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="199"/>
        <source>Copie enregistrée : %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="248"/>
        <source>Lettre explicative (pièce manquante)</source>
        <translation>Пояснительное письмо (недостающий документ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="249"/>
        <source>Demande de rendez-vous</source>
        <translation>Запрос записи на приём</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="252"/>
        <source>Attestation d’hébergement (signée par l’hébergeant)</source>
        <translation>Справка о проживании (подписывает принимающее лицо)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="255"/>
        <source>Déclaration sur l’honneur de non-polygamie</source>
        <translation>Заявление под честное слово об отсутствии многожёнства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="256"/>
        <source>Déclaration de perte du titre de séjour</source>
        <translation>Заявление об утере вида на жительство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="257"/>
        <source>Engagement à ne pas travailler (modèle à recopier)</source>
        <translation>Обязательство не работать (образец, переписать от руки)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="276"/>
        <source>Lettre à rédiger</source>
        <translation>Письмо для составления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="277"/>
        <source>Aperçu de la lettre en français</source>
        <translation>Предпросмотр письма на французском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="278"/>
        <source>Tentatives enregistrées</source>
        <translation>Сохранённые попытки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="280"/>
        <source>Message affiché par le site</source>
        <translation>Сообщение на сайте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="296"/>
        <source>(capture d&apos;écran jointe)</source>
        <translation>(снимок экрана приложен)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="398"/>
        <source>Imprimez cette attestation : l’hébergeant la date et la signe. Ajoutez ensuite la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>Распечатайте эту справку: принимающее лицо ставит дату и подпись. Затем добавьте подписанную копию к документу «%1» (страница «Документы»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="404"/>
        <source>C’est un modèle : recopiez-le à la main, datez-le et signez-le, puis ajoutez-le à la pièce « %1 » (page Documents).</source>
        <translation>Это образец: перепишите его от руки, поставьте дату и подпись, затем добавьте к документу «%1» (страница «Документы»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="410"/>
        <source>Signé avec votre signature dessinée et ajouté à la pièce « %1 » : il fera partie du dossier préparé (page Documents pour le retirer).</source>
        <translation>Подписано вашей нарисованной подписью и добавлено к документу «%1»: оно войдёт в подготовленное досье (убрать его можно на странице «Документы»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="417"/>
        <source>Ce document porte votre signature dessinée. « Joindre au dossier » l’ajoute à la pièce « %1 ».</source>
        <translation>На этом документе стоит ваша нарисованная подпись. «Добавить в досье» добавит его к документу «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="423"/>
        <source>Imprimez ce document, signez-le, puis ajoutez la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>Распечатайте этот документ, подпишите его, затем добавьте подписанную копию к документу «%1» (страница «Документы»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="429"/>
        <source>Pour le signer à l’écran, dessinez votre signature à l’étape Contrat (CER), puis rédigez-le à nouveau.</source>
        <translation>Чтобы подписать на экране, нарисуйте свою подпись на шаге «Контракт (CER)», затем составьте документ заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="31"/>
        <location filename="../../desktop/forms/page_letters.ui" line="37"/>
        <source>Lettres</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="47"/>
        <source>L&apos;application rédige en français les lettres dont vous avez besoin. À droite, un résumé dans votre langue.</source>
        <translation>Приложение составляет нужные письма на французском. Справа — краткое содержание на вашем языке.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="60"/>
        <source>Lettre explicative pour une pièce manquante</source>
        <translation>Пояснительное письмо о недостающем документе</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="72"/>
        <source>&amp;Pièce manquante&#xa0;:</source>
        <translation>&amp;Недостающий документ:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="89"/>
        <source>&amp;Pourquoi ne pouvez-vous pas la fournir&#xa0;?</source>
        <translation>&amp;Почему вы не можете его предоставить?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="106"/>
        <source>Demandée le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Запрошен (ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="119"/>
        <location filename="../../desktop/forms/page_letters.ui" line="142"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="129"/>
        <source>Attendue le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Ожидается (ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="155"/>
        <source>Demande de rendez-vous (aucun créneau disponible)</source>
        <translation>Запрос записи (нет свободного времени)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="161"/>
        <source>À chaque fois que le site de la préfecture n&apos;affiche aucun rendez-vous, ouvrez la page dans le navigateur puis enregistrez la tentative : l&apos;application prend une capture de tout l&apos;écran avec la date et l&apos;heure.</source>
        <translation>Каждый раз, когда сайт префектуры не показывает свободной записи, откройте страницу в браузере и сохраните попытку: приложение сделает снимок всего экрана с датой и временем.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="182"/>
        <source>&amp;Message affiché par le site&#xa0;:</source>
        <translation>&amp;Сообщение на сайте:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="202"/>
        <source>E-&amp;mail de la préfecture&#xa0;:</source>
        <translation>&amp;Эл. почта префектуры:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="220"/>
        <source>Enregistrer une &amp;tentative échouée</source>
        <translation>Сохранить &amp;неудачную попытку</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="242"/>
        <source>Aucune tentative notée pour l’instant. À chaque échec sur le site de la préfecture, collez le message affiché ci-dessus puis cliquez sur « Enregistrer une tentative échouée ».</source>
        <translation>Попыток пока нет. Каждый раз, когда сайт префектуры не даёт записаться, вставьте выше показанное сообщение и нажмите «Сохранить неудачную попытку».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="267"/>
        <source>Lettre en français</source>
        <translation>Письмо на французском</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="285"/>
        <source>&amp;Rédiger la lettre</source>
        <translation>&amp;Составить письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="292"/>
        <source>&amp;Joindre au dossier</source>
        <translation>&amp;Добавить в досье</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="317"/>
        <source>L’aperçu de la lettre s’affichera ici : choisissez la lettre ci-dessus, puis cliquez sur « Rédiger la lettre ».</source>
        <translation>Здесь появится предпросмотр письма: выберите письмо выше и нажмите «Составить письмо».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="367"/>
        <source>Ce que dit la lettre</source>
        <translation>О чём говорится в письме</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="27"/>
        <source>Vos dossiers sont protégés</source>
        <translation>Ваши досье защищены</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="34"/>
        <source>Entrez votre phrase secrète pour ouvrir vos dossiers.</source>
        <translation>Введите парольную фразу, чтобы открыть досье.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="56"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Показать фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="72"/>
        <source>← &amp;Autre choix</source>
        <translation>← &amp;Другой выбор</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="83"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Разблокировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Étapes</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>Étape en cours</source>
        <translation>Текущий шаг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>« %1 » (étape « %2 »)</source>
        <translation>«%1» (шаг «%2»)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Ces valeurs de votre dossier n&apos;étaient pas valables : elles ont été mises de côté, rien n&apos;est perdu. Saisissez-les de nouveau : %1</source>
        <translation>Эти значения в вашем досье были недействительны: они отложены, ничего не потеряно. Введите их снова: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>Étape pas encore atteinte</source>
        <translation>Этот шаг ещё не пройден</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>Étape %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source>Étape %1 sur %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <location filename="../../desktop/forms/main_window.ui" line="38"/>
        <source>Enregistré</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="6"/>
        <location filename="../../desktop/forms/main_window.ui" line="15"/>
        <source>Dossier Séjour</source>
        <translation>Dossier Séjour</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="48"/>
        <source>☰ &amp;Dossiers</source>
        <translation>☰ &amp;Досье</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="55"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="62"/>
        <source>&amp;Terminer la séance</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="72"/>
        <source>&amp;Langue&#xa0;:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="130"/>
        <source>← &amp;Retour</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="158"/>
        <source>&amp;Suivant →</source>
        <translation>&amp;Далее →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="100"/>
        <source>L&apos;enregistrement a échoué (%1). Vos réponses restent dans la fenêtre : libérez de la place ou vérifiez le disque, l&apos;application réessaiera à la prochaine modification.</source>
        <extracomment>Files added in a batch (a drop, the file dialog) are copied off the GUI thread and listed in groups: the files copied so far, at most this often (each listing redraws the page once). How much lower than the window the background threads run (Linux ``nice``): an inspection of a 12 MP photo takes seconds of CPU; the window must never wait for a core behind it.</extracomment>
        <translation>Не удалось сохранить (%1). Ваши ответы остаются в окне: освободите место или проверьте диск; приложение попробует снова при следующем изменении.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="125"/>
        <source>Copier (effacé du presse-papiers après %1 s)</source>
        <translation>Копировать (удаляется из буфера обмена через %1 с)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="135"/>
        <source>Copier</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="71"/>
        <source>Choisir dans le calendrier</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="76"/>
        <source>Alt+↓ ouvre un calendrier.</source>
        <translation>Alt+↓ открывает календарь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="89"/>
        <source>Calendrier</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="37"/>
        <source>Nom</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="38"/>
        <source>Prénoms</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="39"/>
        <source>Sexe</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="40"/>
        <source>Date de naissance</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="41"/>
        <source>Nationalité (code)</source>
        <translation>Гражданство (код)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="42"/>
        <source>Numéro du passeport</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="43"/>
        <source>Date d&apos;expiration du passeport</source>
        <translation>Срок действия паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="56"/>
        <source>Lu sur votre passeport</source>
        <translation>Прочитано в вашем паспорте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="60"/>
        <source>Lecture de la bande en bas du passeport…</source>
        <translation>Чтение полосы внизу паспорта…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="66"/>
        <source>Annuler</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="67"/>
        <source>Reporter les valeurs cochées</source>
        <translation>Перенести отмеченные значения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="104"/>
        <source>La bande de lecture (deux lignes de lettres et de « &lt; » en bas de la page avec la photo) n&apos;a pas été trouvée. Prenez la page entière, à plat, bien éclairée et nette, ou remplissez les champs à la main.</source>
        <translation>Машиночитаемая полоса (две строки букв и «&lt;» внизу страницы с фото) не найдена. Снимите всю страницу — ровно, при хорошем свете и резко — или заполните поля вручную.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="115"/>
        <source>Voici ce que dit votre passeport. Vérifiez chaque valeur, puis cochez celles à reporter. Ce que vous aviez tapé n&apos;est remplacé que si vous le cochez.</source>
        <translation>Вот что указано в паспорте. Проверьте каждое значение и отметьте те, что нужно перенести. Введённое вами заменяется, только если вы это отметите.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="124"/>
        <source>(vous aviez tapé : %1)</source>
        <translation>(вы ввели: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="132"/>
        <source>confirmé par les chiffres de contrôle</source>
        <translation>подтверждено контрольными цифрами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="134"/>
        <source>à comparer avec le passeport</source>
        <translation>сверьте с паспортом</translation>
    </message>
</context>
<context>
    <name>Piece</name>
    <message>
        <location filename="../../desktop/ui/piece.py" line="68"/>
        <source>%1 Mo</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="183"/>
        <source>Formats acceptés : %1. Taille maximale du fichier déposé : %2 (l&apos;application réduit elle-même les fichiers trop lourds).</source>
        <translation>Допустимые форматы: %1. Максимальный размер подаваемого файла: %2 (приложение само уменьшит слишком тяжёлые файлы).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="191"/>
        <source>Nombre maximal de pages : %1.</source>
        <translation>Максимальное число страниц: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="197"/>
        <source>Zone de dépôt : %1</source>
        <translation>Зона для файлов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="199"/>
        <source>Pages de : %1</source>
        <translation>Страницы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="201"/>
        <source>Ajouter des fichiers : %1</source>
        <translation>Добавить файлы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="211"/>
        <source>Recadrer…</source>
        <translation>Обрезать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="212"/>
        <source>Recadrer la photo</source>
        <translation>Обрезать фото</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="213"/>
        <source>Annuler</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="214"/>
        <source>Annuler le retrait</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="215"/>
        <source>Double-clic, Entrée ou Espace : voir la page en grand. Glissez une page, ou Ctrl+← / Ctrl+→, pour changer son ordre.</source>
        <translation>Двойной щелчок, Enter или пробел: страница крупно. Перетащите страницу или нажмите Ctrl+← / Ctrl+→, чтобы изменить порядок.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Obligatoire</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Facultatif</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="259"/>
        <source>✖ « %1 » est refusé : ce fichier ne convient pas en l&apos;état. Retirez-le (bouton « Retirer ») ou remplacez-le.</source>
        <translation>✖ «%1» отклонён: этот файл нельзя использовать в таком виде. Уберите его (кнопка «Убрать») или замените.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="273"/>
        <source>Aucun fichier pour cette pièce.</source>
        <translation>Для этого документа нет файла.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="285"/>
        <source>Règle d&apos;un point signalé</source>
        <translation>Правило для отмеченного пункта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="362"/>
        <source>Copie gardée dans le dossier : %1</source>
        <translation>Копия в досье: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="446"/>
        <source>Montre le document trouvé sur la photo : ajustez ses coins.</source>
        <translation>Показывает документ, найденный на фото: поправьте его углы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="448"/>
        <source>Choisissez d&apos;abord une photo (JPEG, PNG, HEIC…).</source>
        <translation>Сначала выберите фото (JPEG, PNG, HEIC…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="458"/>
        <source>Choisissez d&apos;abord une page : cliquez sur sa vignette.</source>
        <translation>Сначала выберите страницу: щёлкните по её миниатюре.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="460"/>
        <source>Tourne la page choisie d&apos;un quart de tour.</source>
        <translation>Поворачивает выбранную страницу на четверть оборота.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="461"/>
        <source>Retire le fichier choisi de cette pièce (vous pourrez annuler).</source>
        <translation>Убирает выбранный файл из этого документа (можно отменить).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="464"/>
        <source>Remplace le fichier choisi par un autre.</source>
        <translation>Заменяет выбранный файл другим.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="465"/>
        <source>Retire seulement cette page du PDF (vous pourrez annuler).</source>
        <translation>Удаляет из PDF только эту страницу (можно отменить).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="473"/>
        <source>Ce fichier n&apos;a qu&apos;une page : pour l&apos;enlever, utilisez « Retirer ».</source>
        <translation>В этом файле одна страница: чтобы убрать его, нажмите «Убрать».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="502"/>
        <source>Documents acceptés</source>
        <translation>Допустимые документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="504"/>
        <source>Tous les fichiers</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="510"/>
        <source>Choisir des fichiers</source>
        <translation>Выбрать файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="530"/>
        <source>Ajout d&apos;un fichier…</source>
        <translation>Добавление файла…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="532"/>
        <source>Ajout de %1 fichiers…</source>
        <translation>Добавление файлов: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="535"/>
        <source>✖ « %1 » n&apos;a pas été ajouté : %2</source>
        <translation>✖ «%1» не добавлен: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="548"/>
        <source>Fichier retiré : « %1 ».</source>
        <translation>Файл убран: «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="556"/>
        <source>Remplacer le fichier</source>
        <translation>Заменить файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="580"/>
        <location filename="../../desktop/ui/piece.py" line="590"/>
        <source>Mot de passe du PDF</source>
        <translation>Пароль PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="581"/>
        <source>Mot de passe de « %1 »&#xa0;:</source>
        <translation>Пароль для «%1»:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="600"/>
        <source>Page %1 retirée de « %2 ».</source>
        <translation>Страница %1 удалена из «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="831"/>
        <source>Page précédente</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="832"/>
        <source>Page suivante</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="833"/>
        <source>Fermer</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="846"/>
        <source>Page en grand</source>
        <translation>Страница крупно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="865"/>
        <source>Cette page ne peut pas être affichée.</source>
        <translation>Эту страницу невозможно показать.</translation>
    </message>
</context>
<context>
    <name>PieceForm</name>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="67"/>
        <source>Glissez les fichiers ici, ou&#xa0;:</source>
        <translation>Перетащите файлы сюда или:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="77"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="106"/>
        <source>Faire pivoter</source>
        <translation>Повернуть</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="113"/>
        <source>Retirer cette page</source>
        <translation>Удалить эту страницу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="120"/>
        <source>Remplacer…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="127"/>
        <source>&amp;Mot de passe…</source>
        <translation>&amp;Пароль…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="134"/>
        <source>Retirer</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="164"/>
        <source>Date du document (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дата документа (ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="177"/>
        <location filename="../../desktop/forms/piece.ui" line="200"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="187"/>
        <source>Valable jusqu&apos;au (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Действителен до (ДД/ММ/ГГГГ):</translation>
    </message>
</context>
<context>
    <name>Principles</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="204"/>
        <source>la liberté personnelle</source>
        <translation>личная свобода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="205"/>
        <source>la liberté d&apos;expression et de conscience</source>
        <translation>свобода слова и совести</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="206"/>
        <source>l&apos;égalité entre les femmes et les hommes</source>
        <translation>равенство женщин и мужчин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="207"/>
        <source>la dignité de la personne humaine</source>
        <translation>достоинство человека</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="208"/>
        <source>la devise et les symboles de la République</source>
        <translation>девиз и символы Республики</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="209"/>
        <source>l&apos;intégrité territoriale</source>
        <translation>территориальная целостность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="210"/>
        <source>la laïcité</source>
        <translation>светскость (laïcité)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/build.py" line="53"/>
        <source>Vérification du dossier</source>
        <translation>Проверка досье</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="54"/>
        <source>Préparation des fichiers</source>
        <translation>Подготовка файлов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="55"/>
        <source>Préparation des pages</source>
        <translation>Подготовка страниц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="56"/>
        <source>Réduction de la taille</source>
        <translation>Уменьшение размера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="57"/>
        <source>Dossier complet (PDF)</source>
        <translation>Полное досье (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="58"/>
        <source>Guide de dépôt</source>
        <translation>Инструкция по подаче</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="59"/>
        <source>Terminé</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="81"/>
        <source>%1 Ko</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="83"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="82"/>
        <source>%1 Mo</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="95"/>
        <source>1 avertissement</source>
        <translation>1 предупреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="96"/>
        <source>%1 avertissements</source>
        <translation>предупреждений: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="171"/>
        <location filename="../../desktop/ui/build.py" line="176"/>
        <source>Ouvrir le guide</source>
        <translation>Открыть руководство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="172"/>
        <location filename="../../desktop/ui/build.py" line="175"/>
        <source>Copier le chemin</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="173"/>
        <source>Fichiers préparés</source>
        <translation>Подготовленные файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="174"/>
        <source>Chemin du dossier</source>
        <translation>Путь к папке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="182"/>
        <source>État des pièces</source>
        <translation>Состояние документов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="183"/>
        <source>Avancement</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="184"/>
        <location filename="../../desktop/ui/build.py" line="295"/>
        <source>Dossier de sortie</source>
        <translation>Папка для результата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="201"/>
        <source>Choisissez d&apos;abord votre situation.</source>
        <translation>Сначала выберите вашу ситуацию.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="205"/>
        <source>Double-clic ou Entrée : ouvrir cette pièce.</source>
        <translation>Двойной щелчок или Enter: открыть этот документ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="227"/>
        <source>⚠ Rien ne manque (complet, %1), mais vérifiez d&apos;abord les points ci-dessous : vous pouvez préparer les fichiers, ou corriger puis les préparer.</source>
        <translation>⚠ Ничего не хватает (комплект полный, %1), но сначала проверьте пункты ниже: можно подготовить файлы или исправить, а затем подготовить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="233"/>
        <source>✔ Le dossier est complet : vous pouvez préparer les fichiers.</source>
        <translation>✔ Досье полное: можно подготовить файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="237"/>
        <source>⚠ Le dossier n&apos;est pas encore complet. Vous pouvez quand même préparer les fichiers et compléter plus tard.</source>
        <translation>⚠ Досье ещё не полное. Файлы всё равно можно подготовить и дополнить позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="264"/>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="269"/>
        <source>Règles de l&apos;application</source>
        <translation>Правила приложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="347"/>
        <source>Annulation…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="361"/>
        <source>✔ Les fichiers sont prêts dans : %1</source>
        <translation>✔ Файлы готовы в папке: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="363"/>
        <source>⚠ Les fichiers sont prêts dans : %1 — mais il manque encore des pièces.</source>
        <translation>⚠ Файлы готовы в папке: %1 — но некоторых документов ещё не хватает.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="385"/>
        <source>ANEF : « %1 »</source>
        <translation>ANEF: «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="388"/>
        <source>trop lourd (maximum %1)</source>
        <translation>слишком большой (максимум %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="394"/>
        <source>Étape suivante : connectez-vous à votre espace ANEF et déposez ces fichiers (dossier « upload ») en suivant GUIDE.pdf, qui dit dans quelle case va chacun. « dossier-complet.pdf » est votre copie à garder ou à imprimer.</source>
        <translation>Следующий шаг: войдите в свой кабинет ANEF и загрузите эти файлы (папка «upload»), следуя GUIDE.pdf: там сказано, в какое поле идёт каждый. «dossier-complet.pdf» — ваша копия, чтобы хранить или напечатать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="416"/>
        <source>Aucun gestionnaire de fichiers n&apos;a pu s&apos;ouvrir sur cet ordinateur. Les fichiers sont ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>На этом компьютере не удалось открыть файловый менеджер. Файлы находятся здесь: скопируйте путь и откройте его сами.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="422"/>
        <source>Aucune application n&apos;a pu ouvrir ce fichier sur cet ordinateur. Il est ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>На этом компьютере ни одно приложение не смогло открыть этот файл. Он находится здесь: скопируйте путь и откройте его сами.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="442"/>
        <source>Chemin copié : collez-le dans une fenêtre ou un terminal.</source>
        <translation>Путь скопирован: вставьте его в окно или терминал.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="452"/>
        <source>Préparation annulée : rien n&apos;a été écrit.</source>
        <translation>Подготовка отменена: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="458"/>
        <source>✖ La préparation a échoué. Votre dossier est intact.</source>
        <translation>✖ Подготовка не удалась. Ваше досье не пострадало.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="485"/>
        <source>Choisir la clé USB</source>
        <translation>Выбрать USB-накопитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="493"/>
        <source>✔ Copié sur : %1</source>
        <translation>✔ Скопировано в: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="31"/>
        <location filename="../../desktop/forms/page_review.ui" line="37"/>
        <source>Vérifier et préparer le dossier</source>
        <translation>Проверить и подготовить досье</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="64"/>
        <source>Préparer les fichiers à déposer</source>
        <translation>Подготовить файлы для подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="78"/>
        <source>&amp;Dossier de sortie&#xa0;:</source>
        <translation>&amp;Папка для результата:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="99"/>
        <source>C&amp;hoisir…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="106"/>
        <source>&amp;Préparer le dossier</source>
        <translation>&amp;Подготовить досье</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="113"/>
        <source>A&amp;nnuler</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="151"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="158"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="165"/>
        <source>Copier sur une clé &amp;USB</source>
        <translation>Скопировать на &amp;USB-накопитель</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="171"/>
        <source>Recadrer la photo</source>
        <translation>Обрезать фото</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="179"/>
        <source>Photo et contour du document</source>
        <translation>Фото и контур документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="184"/>
        <source>Page nettoyée</source>
        <translation>Очищенная страница</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="192"/>
        <source>Garder la photo telle quelle</source>
        <translation>Оставить фото как есть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="193"/>
        <source>Détection automatique</source>
        <translation>Автоматическое определение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="194"/>
        <source>Utiliser ce cadrage</source>
        <translation>Использовать эту рамку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="205"/>
        <source>Faites glisser les quatre coins sur ceux du document (ou Tab, puis les flèches ; Espace passe au coin suivant). À droite : la page telle qu&apos;elle sera déposée.</source>
        <translation>Перетащите четыре угла на углы документа (или Tab, затем стрелки; Пробел — следующий угол). Справа — страница в том виде, в каком она будет подана.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="239"/>
        <source>Document trouvé (confiance %1 %). Vérifiez les coins.</source>
        <translation>Документ найден (уверенность %1 %). Проверьте углы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="244"/>
        <source>Votre cadrage enregistré.</source>
        <translation>Ваша сохранённая рамка.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="247"/>
        <source>Aucun document trouvé sur cette photo : elle sera déposée telle quelle. Pour un meilleur résultat, posez le document sur une surface sombre et photographiez-le de face.</source>
        <translation>На этом фото документ не найден: оно будет подано как есть. Для лучшего результата положите документ на тёмную поверхность и снимите его прямо сверху.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="272"/>
        <source>Recherche du document sur la photo…</source>
        <translation>Поиск документа на фото…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="284"/>
        <source>(la photo telle quelle)</source>
        <translation>(фото как есть)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="5"/>
        <source>Protéger vos dossiers</source>
        <translation>Защита ваших досье</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="9"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez comment protéger leur clé. Ce choix se fait une seule fois.</source>
        <translation>Ваши досье будут зашифрованы на этом компьютере. Выберите, как защитить их ключ. Этот выбор делается один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="15"/>
        <source>Le &amp;trousseau de cet ordinateur (conseillé)</source>
        <translation>&amp;Связка ключей этого компьютера (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="20"/>
        <source>Rien à retenir : la clé est gardée par votre session, comme vos mots de passe enregistrés.</source>
        <translation>Ничего не нужно запоминать: ключ хранится в вашем сеансе, как сохранённые пароли.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="27"/>
        <source>Une &amp;phrase secrète que je choisis</source>
        <translation>&amp;Парольная фраза, которую я выберу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="32"/>
        <source>À taper à chaque ouverture. Notez-la en lieu sûr : sans elle, personne ne pourra rouvrir vos dossiers.</source>
        <translation>Вводится при каждом открытии. Запишите её в надёжном месте: без неё никто не сможет снова открыть ваши досье.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="56"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="68"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Показать фразу</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/ui/signature.py" line="51"/>
        <source>Zone de signature</source>
        <translation>Область подписи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature.py" line="53"/>
        <source>Signez avec la souris, le doigt ou un stylet.</source>
        <translation>Распишитесь мышью, пальцем или стилусом.</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="128"/>
        <location filename="../../desktop/ui/step_pages.py" line="129"/>
        <source>Votre démarche</source>
        <translation>Ваша процедура</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="134"/>
        <location filename="../../desktop/ui/step_pages.py" line="135"/>
        <source>Période de dépôt</source>
        <translation>Срок подачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="180"/>
        <source>%1 — code OACI du passeport : %2</source>
        <translation>%1 — код ИКАО в паспорте: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="184"/>
        <source>Choisissez votre pays dans la liste, ou tapez les 3 lettres de la ligne « Nationalité » du passeport.</source>
        <translation>Выберите страну из списка или введите 3 буквы из строки «Гражданство» паспорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="259"/>
        <source>Répondez aux questions : la démarche s&apos;affichera ici.</source>
        <translation>Ответьте на вопросы: ваша процедура появится здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="264"/>
        <source>Votre démarche : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ваша процедура: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="274"/>
        <source>Période de dépôt du renouvellement : du %1 au %2 (le titre expire le %3).</source>
        <translation>Период подачи на продление: с %1 по %2 (вид на жительство истекает %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="284"/>
        <source>✔ C&apos;est le bon moment pour déposer.</source>
        <translation>✔ Сейчас подходящее время для подачи.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="285"/>
        <source>⚠ C&apos;est trop tôt : attendez l&apos;ouverture de la période.</source>
        <translation>⚠ Слишком рано: дождитесь начала периода.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="288"/>
        <source>⚠ Le délai de dépôt est dépassé : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide) et aucune attestation de prolongation d&apos;instruction ne sera délivrée. Déposez au plus vite.</source>
        <translation>⚠ Срок подачи истёк: добавляется указанный ниже сбор за урегулирование (кроме форс-мажора или действующей визы), и attestation de prolongation d’instruction выдана не будет. Подайте заявление как можно скорее.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="295"/>
        <source>✖ Le titre a expiré : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide). Déposez au plus vite ; une association ou un avocat peut vous aider.</source>
        <translation>✖ Срок действия вида на жительство истёк: добавляется указанный ниже сбор за урегулирование (кроме форс-мажора или действующей визы). Подайте заявление как можно скорее; вам может помочь ассоциация или адвокат.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="304"/>
        <source>%4 : %1 € (taxe %2 € + timbre %3 €).</source>
        <translation>%4: %1 € (налог %2 € + гербовый сбор %3 €).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="312"/>
        <source>Dont %1 € à payer dès le dépôt.</source>
        <translation>Из них %1 € оплачиваются при подаче.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="31"/>
        <location filename="../../desktop/forms/page_situation.ui" line="37"/>
        <source>Votre situation</source>
        <translation>Ваша ситуация</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="47"/>
        <source>Quelques questions pour savoir quelle démarche faire et quelles pièces fournir.</source>
        <translation>Несколько вопросов, чтобы понять, какую процедуру выбрать и какие документы предоставить.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="60"/>
        <source>Que demandez-vous&#xa0;?</source>
        <translation>Что вы запрашиваете?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="66"/>
        <source>Un titre de séjour (première demande ou renouvellement)</source>
        <translation>Вид на жительство (первичное заявление или продление)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="73"/>
        <source>Un duplicata (titre perdu ou volé)</source>
        <translation>Дубликат (документ утерян или украден)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="80"/>
        <source>Déclarer un changement d&apos;adresse</source>
        <translation>Сообщить о смене адреса</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="87"/>
        <source>Déclarer un changement d&apos;état civil (mariage, divorce, nom)</source>
        <translation>Сообщить об изменении гражданского состояния (брак, развод, фамилия)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="105"/>
        <source>&amp;Catégorie de titre demandée&#xa0;:</source>
        <translation>&amp;Категория запрашиваемого документа:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="122"/>
        <source>Le titre a été&#xa0;:</source>
        <translation>Документ был:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="139"/>
        <source>&amp;Document de séjour actuel&#xa0;:</source>
        <translation>&amp;Текущий документ о пребывании:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="156"/>
        <source>Catégorie du titre &amp;actuel&#xa0;:</source>
        <translation>Категория &amp;текущего документа:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="173"/>
        <source>Il expire le (&amp;JJ/MM/AAAA)&#xa0;:</source>
        <translation>Срок действия до (&amp;ДД/ММ/ГГГГ):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="186"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/ГГГГ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="196"/>
        <source>&amp;Nationalité (pays du passeport)&#xa0;:</source>
        <translation>&amp;Гражданство (страна паспорта):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="209"/>
        <source>Tapez le nom du pays ou le code à 3 lettres</source>
        <translation>Введите название страны или 3-буквенный код</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="253"/>
        <source>Je suis entré(e) en France sans le visa de long séjour que demande ce titre</source>
        <translation>Я въехал(а) во Францию без долгосрочной визы, которая требуется для этой карты</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="260"/>
        <source>J&apos;ai fait en France au moins 3 ans d&apos;études secondaires ou 1 an d&apos;études supérieures</source>
        <translation>Я учился(-ась) во Франции не менее 3 лет в средней школе или 1 года в вузе</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="229"/>
        <source>Comment allez-vous &amp;déposer&#xa0;?</source>
        <translation>Как вы будете &amp;подавать?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="246"/>
        <source>C&apos;est ma première carte pluriannuelle ou de résident</source>
        <translation>Это моя первая многолетняя карта или карта резидента</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../desktop/ui/sources.py" line="63"/>
        <source>Lire la source</source>
        <translation>Прочитать источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="162"/>
        <source>lire la source</source>
        <translation>прочитать источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="180"/>
        <source>Détails de la règle</source>
        <translation>Подробности правила</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Masquer</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Détails…</source>
        <translation>Подробнее…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="180"/>
        <source>Prêt</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="181"/>
        <source>À vérifier</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="182"/>
        <source>À corriger</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="183"/>
        <source>Manquant</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="184"/>
        <source>Facultatif</source>
        <translation>Необязательно</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Bienvenue</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="191"/>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="192"/>
        <source>État civil</source>
        <translation>Гражданское состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Adresse</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Photo (e-photo)</source>
        <translation>Фото (e-photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="195"/>
        <source>Contrat (CER)</source>
        <translation>Контракт (CER)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="196"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="197"/>
        <source>Lettres</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="198"/>
        <source>Vérifier et préparer</source>
        <translation>Проверить и подготовить</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="37"/>
        <source>Trop courte : au moins %1 caractères.</source>
        <translation>Слишком короткая: не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="48"/>
        <source>Faible : ajoutez des mots.</source>
        <translation>Слабая: добавьте слова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="50"/>
        <source>Moyenne : un ou deux mots de plus la renforceraient.</source>
        <translation>Средняя: ещё одно-два слова сделают её надёжнее.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="51"/>
        <source>Bonne.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="73"/>
        <source>Brouillon</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="74"/>
        <source>Incomplet</source>
        <translation>Неполное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="75"/>
        <source>Complet</source>
        <translation>Полное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="76"/>
        <source>Déposé</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="134"/>
        <source>La phrase secrète doit avoir au moins %1 caractères.</source>
        <translation>Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="116"/>
        <location filename="../../desktop/ui/vault_screens.py" line="138"/>
        <source>Les deux phrases ne sont pas identiques : retapez-les.</source>
        <translation>Две фразы не совпадают: введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="88"/>
        <source>Complet, %1</source>
        <translation>Полное, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="174"/>
        <source>Aucun trousseau n&apos;est disponible sur cet ordinateur.</source>
        <translation>На этом компьютере нет доступной связки ключей.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="223"/>
        <source>Phrase générée</source>
        <translation>Созданная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="291"/>
        <source>Verrouillé après un moment sans activité : vos dossiers sont enregistrés et chiffrés.</source>
        <translation>Заблокировано после периода бездействия: ваши досье сохранены и зашифрованы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="297"/>
        <source>Vos dossiers sont chiffrés sur cet ordinateur.</source>
        <translation>Ваши досье зашифрованы на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="299"/>
        <source>Entrez votre phrase secrète pour continuer.</source>
        <translation>Введите парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="301"/>
        <source>Le trousseau de votre session garde la clé : cliquez pour continuer.</source>
        <translation>Ключ хранится в связке ключей вашего сеанса: нажмите, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="341"/>
        <source>Liste des dossiers</source>
        <translation>Список досье</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="342"/>
        <source>Colonnes</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="360"/>
        <source>(sans nom)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="378"/>
        <source>Dossiers : %1</source>
        <translation>Досье: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="346"/>
        <source>Dossier Séjour</source>
        <extracomment>The sweep of clear copies a crash left waits this long after ``start``: the first page shows first, and loading the services is not part of its budget.</extracomment>
        <translation>Dossier Séjour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="361"/>
        <source>Enregistrer le fichier de transmission</source>
        <translation>Сохранить файл передачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="364"/>
        <location filename="../../desktop/ui/vault_ui.py" line="374"/>
        <source>Fichier de transmission (*.dsvx)</source>
        <translation>Файл передачи (*.dsvx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="372"/>
        <location filename="../../desktop/ui/vault_ui.py" line="390"/>
        <source>Importer un fichier de transmission</source>
        <translation>Импорт файла передачи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="381"/>
        <source>Choisir le dossier ou la clé USB</source>
        <translation>Выберите папку или USB-накопитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="385"/>
        <source>Phrase secrète donnée avec le fichier&#xa0;:</source>
        <translation>Парольная фраза, выданная с файлом:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="106"/>
        <source>Fichier enregistré : %1. Donnez la phrase secrète à part : %2</source>
        <translation>Файл сохранён: %1. Передайте парольную фразу отдельно: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="142"/>
        <source>Dossier importé.</source>
        <translation>Досье импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="149"/>
        <source>Ce dossier existe déjà</source>
        <translation>Это досье уже существует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="150"/>
        <source>Ce dossier est déjà dans la liste. Le remplacer par la version du fichier ?</source>
        <translation>Это досье уже есть в списке. Заменить его версией из файла?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="133"/>
        <source>Tout ce qui a été saisi et déposé pendant cette séance va être effacé de cet ordinateur. Si ce n’est pas encore fait, cliquez d’abord sur « Emporter mon dossier… » pour le copier sur votre clé USB.</source>
        <translation>Всё, что было введено и добавлено за этот сеанс, будет стёрто с этого компьютера. Если вы ещё этого не сделали, сначала нажмите «Забрать моё досье…», чтобы скопировать его на USB-накопитель.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="171"/>
        <source>Êtes-vous toujours là ?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="154"/>
        <source>Remplacer</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="168"/>
        <source>Supprimer le dossier</source>
        <translation>Удалить досье</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="169"/>
        <source>Supprimer définitivement le dossier de %1 et tous ses fichiers ? Cela ne peut pas être annulé.</source>
        <translation>Окончательно удалить досье %1 и все его файлы? Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="174"/>
        <source>Supprimer</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="179"/>
        <source>Dossier supprimé.</source>
        <translation>Досье удалено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="132"/>
        <location filename="../../desktop/ui/vault_reception.py" line="166"/>
        <source>Terminer la séance</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="142"/>
        <source>Tout effacer</source>
        <translation>Стереть всё</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="146"/>
        <source>Emporter mon dossier…</source>
        <translation>Забрать моё досье…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="163"/>
        <source>Oui, je continue</source>
        <translation>Да, продолжаю</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="173"/>
        <source>Êtes-vous toujours là ? Sans réponse, tout ce qui a été saisi sera effacé dans %1 secondes.</source>
        <translation>Вы ещё здесь? Без ответа всё введённое будет стёрто через %1 секунд.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="31"/>
        <location filename="../../desktop/forms/page_welcome.ui" line="37"/>
        <source>Bienvenue</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="47"/>
        <source>Cette application vous aide à préparer votre dossier de titre de séjour, pas à pas. Tout reste sur cet ordinateur : rien n&apos;est envoyé sur Internet. Votre travail est enregistré au fur et à mesure.</source>
        <translation>Это приложение шаг за шагом помогает подготовить досье на вид на жительство. Всё остаётся на этом компьютере: ничего не отправляется в интернет. Ваша работа сохраняется по ходу дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="60"/>
        <source>Pour qui préparez-vous ce dossier&#xa0;?</source>
        <translation>Для кого вы готовите это досье?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="66"/>
        <source>Pour moi-même</source>
        <translation>Для себя</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="73"/>
        <source>Vous préparez votre propre dossier, chez vous.</source>
        <translation>Вы готовите своё досье дома.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="86"/>
        <source>J&apos;aide une autre personne (bénévole, proche)</source>
        <translation>Я помогаю другому человеку (волонтёр, близкий)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="93"/>
        <source>Vous êtes à côté de la personne et remplissez avec elle.</source>
        <translation>Вы рядом с человеком и заполняете вместе с ним.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="106"/>
        <source>Point d&apos;accueil numérique (ordinateur partagé)</source>
        <translation>Пункт цифрового приёма (общий компьютер)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="113"/>
        <source>Rien ne doit rester sur l&apos;ordinateur à la fin de la séance.</source>
        <translation>В конце сеанса на компьютере ничего не должно остаться.</translation>
    </message>
</context>
</TS>

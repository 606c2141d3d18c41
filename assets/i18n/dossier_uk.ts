<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="fr_FR">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="31"/>
        <location filename="../../desktop/forms/page_address.ui" line="37"/>
        <source>Votre adresse</source>
        <translation>Ваша адреса</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="47"/>
        <source>Où habitez-vous&#xa0;?</source>
        <translation>Де ви живете?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="53"/>
        <source>Chez moi (bail ou factures à mon nom)</source>
        <translation>У себе вдома (договір оренди або рахунки на моє ім’я)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="60"/>
        <source>Hébergé(e) chez un particulier</source>
        <translation>Проживаю в приватної особи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="67"/>
        <source>À l&apos;hôtel</source>
        <translation>У готелі</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="74"/>
        <source>Domiciliation (association, CCAS : pas de domicile stable)</source>
        <translation>Доміциляція (асоціація, CCAS: немає постійного житла)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="92"/>
        <source>Nom de l&apos;&amp;hôtel&#xa0;:</source>
        <translation>Назва &amp;готелю:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="109"/>
        <source>&amp;Organisme de domiciliation&#xa0;:</source>
        <translation>&amp;Організація доміциляції:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="126"/>
        <source>&amp;Adresse (numéro et rue)&#xa0;:</source>
        <translation>&amp;Адреса (номер і вулиця):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="143"/>
        <source>&amp;Complément d&apos;adresse&#xa0;:</source>
        <translation>&amp;Доповнення до адреси:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="160"/>
        <source>Code &amp;postal&#xa0;:</source>
        <translation>&amp;Поштовий індекс:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="183"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation>&amp;Місто:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="202"/>
        <source>La personne qui vous héberge</source>
        <translation>Людина, у якої ви живете</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="214"/>
        <source>No&amp;m de l&apos;hébergeant&#xa0;:</source>
        <translation>&amp;Прізвище того, хто приймає:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="231"/>
        <source>Pré&amp;noms de l&apos;hébergeant&#xa0;:</source>
        <translation>&amp;Ім’я того, хто приймає:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="248"/>
        <source>Date de naissance de l&apos;hébergeant&#xa0;:</source>
        <translation>Дата народження того, хто приймає:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="261"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/РРРР</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="274"/>
        <source>Pour cette adresse, il faut exactement ces pièces&#xa0;:</source>
        <translation>Для цієї адреси потрібні саме ці документи:</translation>
    </message>
</context>
<context>
    <name>AfterFiling</name>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="98"/>
        <source>Après le dépôt</source>
        <translation>Після подання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="99"/>
        <source>Déposé sur ANEF le (JJ/MM/AAAA) :</source>
        <translation>Подано в ANEF (ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="100"/>
        <source>Numéro de la demande (facultatif) :</source>
        <translation>Номер заяви (необов&apos;язково):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="101"/>
        <location filename="../../desktop/ui/after_filing.py" line="102"/>
        <source>J&apos;ai déposé sur ANEF</source>
        <translation>Я подав(ла) в ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="103"/>
        <source>Date du dépôt sur ANEF</source>
        <translation>Дата подання в ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="104"/>
        <source>Numéro de la demande ANEF</source>
        <translation>Номер заяви ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="105"/>
        <source>Ce qui vient ensuite</source>
        <translation>Що далі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="106"/>
        <source>Ajouter un document reçu…</source>
        <translation>Додати отриманий документ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="108"/>
        <source>Attestation de dépôt, de prolongation, convocation ou décision (PDF d&apos;ANEF)</source>
        <translation>Attestation de dépôt, de prolongation, виклик або рішення (PDF з ANEF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="113"/>
        <source>Exporter le calendrier (.ics)…</source>
        <translation>Експорт календаря (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="114"/>
        <source>Note pour l&apos;employeur…</source>
        <translation>Записка для роботодавця…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="133"/>
        <source>Quand vous avez déposé sur ANEF, dites-le ici : les fichiers envoyés sont gardés tels quels avec un récapitulatif, et l&apos;application vous dit ce qui vient ensuite (attestation, délais, réponses).</source>
        <translation>Коли ви подасте документи в ANEF, позначте це тут: надіслані файли збережуться як є разом із підсумком, а застосунок підкаже, що далі (attestation, строки, відповіді).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="148"/>
        <source>Déposé le %1. Les fichiers envoyés sont gardés dans « %2 ».</source>
        <translation>Подано %1. Надіслані файли зберігаються в «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="188"/>
        <source>« %1 » n&apos;est pas une date : écrivez-la comme 01/12/2026.</source>
        <translation>«%1» — не дата: напишіть, наприклад, 01/12/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="223"/>
        <source>Enregistrement du dépôt : les fichiers sont préparés et figés…</source>
        <translation>Збереження подання: файли готуються й фіксуються…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="233"/>
        <source>Document reçu de la préfecture</source>
        <translation>Документ із префектури</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="235"/>
        <source>PDF ou photo (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF або фото (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="258"/>
        <source>Document ajouté.</source>
        <translation>Документ додано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="265"/>
        <source>Exporter le calendrier</source>
        <translation>Експорт календаря</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="280"/>
        <source>Calendrier enregistré : « %1 ». Importez-le dans l&apos;agenda de votre téléphone.</source>
        <translation>Календар збережено: «%1». Імпортуйте його в календар телефону.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="289"/>
        <source>Note pour l&apos;employeur</source>
        <translation>Записка для роботодавця</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="311"/>
        <source>Note enregistrée : « %1 ».</source>
        <translation>Записку збережено: «%1».</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="8"/>
        <source>Les dossiers des personnes que vous aidez</source>
        <translation>Справи людей, яким ви допомагаєте</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="15"/>
        <source>Tous ces dossiers sont chiffrés sur cet ordinateur. Ouvrez un dossier pour continuer, ou exportez-le pour le remettre à la personne.</source>
        <translation>Усі ці справи зашифровано на цьому комп’ютері. Відкрийте справу, щоб продовжити, або експортуйте її, щоб передати людині.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="24"/>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="30"/>
        <source>Nom, numéro étranger…</source>
        <translation>Ім’я, номер іноземця…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="45"/>
        <source>Nom</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="50"/>
        <source>Numéro étranger</source>
        <translation>Номер іноземця</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="55"/>
        <source>État</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="60"/>
        <source>Pièces manquantes</source>
        <translation>Бракує документів</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="65"/>
        <source>Prochaine échéance</source>
        <translation>Найближчий строк</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="70"/>
        <source>Dernière modification</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="92"/>
        <source>&amp;Nouveau dossier</source>
        <translation>&amp;Нова справа</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="97"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="108"/>
        <source>&amp;Exporter pour la personne…</source>
        <translation>&amp;Експорт для людини…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="113"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="118"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Видалити…</translation>
    </message>
</context>
<context>
    <name>CerPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="538"/>
        <source>⚠ Tapez d&apos;abord votre nom.</source>
        <translation>⚠ Спершу введіть своє ім’я.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="542"/>
        <source>Votre nom est écrit dans le cadre. « Enregistrer la signature » la garde.</source>
        <translation>Ваше ім’я написано в рамці. «Зберегти підпис» збереже його.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="555"/>
        <source>Image de votre signature</source>
        <translation>Зображення вашого підпису</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="557"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="586"/>
        <source>✖ « %1 » ne s&apos;ouvre pas comme une image. Choisissez une photo ou un scan PNG ou JPEG de votre signature.</source>
        <translation>✖ «%1» не відкривається як зображення. Виберіть фото або скан вашого підпису у форматі PNG чи JPEG.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="595"/>
        <source>✖ Aucune signature trouvée sur « %1 ». Signez à l&apos;encre foncée sur du papier blanc, photographiez de près, puis importez la photo.</source>
        <translation>✖ На «%1» підпису не знайдено. Розпишіться темним чорнилом на білому папері, сфотографуйте зблизька й імпортуйте фото.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="603"/>
        <source>Votre signature est dans le cadre, sans le papier. « Enregistrer la signature » la garde.</source>
        <translation>Ваш підпис у рамці, без паперу. «Зберегти підпис» збереже його.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="620"/>
        <location filename="../../desktop/ui/step_pages.py" line="650"/>
        <source>⚠ Signez d&apos;abord dans le cadre.</source>
        <translation>⚠ Спочатку розпишіться в рамці.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="627"/>
        <source>✔ Signature enregistrée : l’application l’appose sur les lettres et les déclarations qu’elle rédige pour vous.</source>
        <translation>✔ Підпис збережено: застосунок ставить його на листи й заяви, які складає для вас.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="655"/>
        <source>⚠ Joignez d&apos;abord le contrat en PDF (ci-dessus), puis signez-le ici.</source>
        <translation>⚠ Спершу додайте контракт у форматі PDF (вище), потім підпишіть його тут.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="672"/>
        <source>✔ Contrat signé : « %1 » remplace la version sans signature.</source>
        <translation>✔ Контракт підписано: «%1» замінює версію без підпису.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="31"/>
        <location filename="../../desktop/forms/page_cer.ui" line="37"/>
        <source>Contrat d&apos;engagement à respecter les principes de la République</source>
        <translation>Контракт про зобов’язання дотримуватися принципів Республіки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="47"/>
        <source>Pour cette demande, vous devez signer le contrat (en français) et le joindre au dossier. Vous vous engagez à respecter sept principes&#xa0;:</source>
        <translation>Для цієї заяви треба підписати контракт (французькою) і додати його до досьє. Ви зобов’язуєтеся дотримуватися семи принципів:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="82"/>
        <source>Date de &amp;signature (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дата &amp;підписання (ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="95"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/РРРР</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="125"/>
        <source>Signer à l&apos;écran (souris, doigt, stylet, clavier ou image)</source>
        <translation>Підписати на екрані (миша, палець, стилус, клавіатура або зображення)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="151"/>
        <source>Ou tapez votre &amp;nom&#xa0;:</source>
        <translation>Або введіть своє &amp;ім’я:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="165"/>
        <source>É&amp;crire ce nom comme signature</source>
        <translation>&amp;Написати це ім’я як підпис</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="176"/>
        <source>&amp;Importer une image de votre signature…</source>
        <translation>&amp;Завантажити зображення підпису…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="200"/>
        <source>&amp;Effacer la signature</source>
        <translation>&amp;Стерти підпис</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="207"/>
        <source>Enregistrer la &amp;signature</source>
        <translation>Зберегти &amp;підпис</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="214"/>
        <source>Signer le &amp;contrat joint</source>
        <translation>Підписати доданий &amp;контракт</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Pour moi-même</source>
        <extracomment>Qt 6 asks for some of its file dialog&apos;s words under keys its shipped ``qtbase_XX.qm`` (Qt 5&apos;s) does not hold: « &amp;Look in: » and « Files of &amp;type: » (the .qm has them without the ``&amp;``), and the type column&apos;s « Folder » and « Drive » under ``QAbstractFileIconProvider`` (the .qm: ``QFileDialog``). Left alone, Qt&apos;s dialog is half in English in every language. The translators installed, whichever ``Languages`` installed them: the application speaks one language, so a switch removes them all (a second window&apos;s, a test&apos;s), never leaving an earlier language under the new one&apos;s untranslated strings.</extracomment>
        <translation>Для себе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>J&apos;aide une autre personne</source>
        <translation>Я допомагаю іншій людині</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Point d&apos;accueil numérique</source>
        <translation>Пункт цифрового прийому</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Aucun (je n&apos;ai pas de document de séjour)</source>
        <translation>Немає (у мене немає документа про перебування)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Un autre visa (court séjour, ou visa long séjour à échanger)</source>
        <translation>Інша віза (короткострокова або довгострокова віза для обміну на картку)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Visa long séjour valant titre de séjour (VLS-TS)</source>
        <translation>Довгострокова віза, що діє як посвідка (VLS-TS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Titre de séjour (carte)</source>
        <translation>Посвідка на проживання (картка)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>Récépissé ou attestation de prolongation</source>
        <translation>Квитанція (récépissé) або довідка про продовження</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>Autorisation provisoire de séjour (APS)</source>
        <translation>Тимчасовий дозвіл на перебування (APS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>perdu</source>
        <translation>загублена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>volé</source>
        <translation>викрадена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="153"/>
        <source>En ligne sur le site ANEF</source>
        <translation>Онлайн на сайті ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>J&apos;ai déjà un rendez-vous à la préfecture</source>
        <translation>У мене вже є запис до префектури</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Je n&apos;arrive pas à obtenir de rendez-vous</source>
        <translation>Я не можу отримати запис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="161"/>
        <source>Non précisé</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="162"/>
        <source>Femme</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Homme</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Autre (X)</source>
        <translation>Інша (X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="170"/>
        <source>Célibataire</source>
        <translation>Не перебуваю у шлюбі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="171"/>
        <source>Marié(e)</source>
        <translation>У шлюбі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="172"/>
        <source>Pacsé(e)</source>
        <translation>У цивільному союзі (PACS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="173"/>
        <source>Divorcé(e)</source>
        <translation>Розлучений(а)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="174"/>
        <source>Veuf ou veuve</source>
        <translation>Вдівець або вдова</translation>
    </message>
</context>
<context>
    <name>CivilPage</name>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="31"/>
        <location filename="../../desktop/forms/page_civil.ui" line="37"/>
        <source>État civil</source>
        <translation>Цивільний стан</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="47"/>
        <source>Recopiez les informations exactement comme sur votre passeport.</source>
        <translation>Перепишіть дані точно так, як у паспорті.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="68"/>
        <source>&amp;Nom&#xa0;:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="85"/>
        <source>&amp;Prénoms&#xa0;:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="102"/>
        <source>&amp;Sexe&#xa0;:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="119"/>
        <source>Date de &amp;naissance (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дата &amp;народження (ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="132"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/РРРР</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="142"/>
        <source>&amp;Lieu de naissance (ville, pays)&#xa0;:</source>
        <translation>&amp;Місце народження (місто, країна):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="159"/>
        <source>Situation &amp;familiale&#xa0;:</source>
        <translation>&amp;Сімейний стан:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="176"/>
        <source>Numéro &amp;étranger (10 chiffres)&#xa0;:</source>
        <translation>&amp;Номер іноземця (10 цифр):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="199"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="216"/>
        <source>&amp;E-mail&#xa0;:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="233"/>
        <source>Mes actes d&apos;état civil sont dans une langue étrangère</source>
        <translation>Мої документи про цивільний стан іноземною мовою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="350"/>
        <source>Lire mon passeport (photo ou scan de la page avec la photo)…</source>
        <translation>Прочитати паспорт (фото або скан сторінки з фотографією)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="356"/>
        <source>Les deux lignes en bas de la page du passeport remplissent les champs ; vous vérifiez chacun avant de le reporter.</source>
        <translation>Два рядки внизу сторінки паспорта заповнюють поля; ви перевіряєте кожне, перш ніж перенести.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="371"/>
        <source>Photo ou scan du passeport</source>
        <translation>Фото або скан паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="373"/>
        <source>Photo ou PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
        <translation>Фото або PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Tous les fichiers</source>
        <translation>Усі файли</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="713"/>
        <source>Pièces obligatoires prêtes : %1 sur %2.</source>
        <translation>Готово обов’язкових документів: %1 з %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="716"/>
        <source>✖ Pièces à corriger : %1.</source>
        <translation>✖ Документів до виправлення: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="719"/>
        <source>⚠ Pièces à vérifier : %1.</source>
        <translation>⚠ Документів до перевірки: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="738"/>
        <source>Vous n&apos;avez pas un document, ou vous ne savez pas lequel fournir ? Laissez sa pièce vide : l&apos;étape « Lettres » vous aide à écrire pourquoi il manque, et la page de garde du dossier le dira. Pour savoir quoi fournir, une association d&apos;aide aux étrangers (La Cimade, GISTI, France terre d&apos;asile) ou un avocat peut vous aider.</source>
        <translation>У вас немає якогось документа або ви не знаєте, який потрібен? Залиште цей пункт порожнім: на кроці «Листи» застосунок допоможе пояснити, чому його немає, і титульна сторінка досьє це зазначить. Дізнатися, що потрібно надати, допоможуть асоціації допомоги іноземцям (La Cimade, GISTI, France terre d&apos;asile) або адвокат.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="31"/>
        <location filename="../../desktop/forms/page_documents.ui" line="37"/>
        <source>Vos documents</source>
        <translation>Ваші документи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="47"/>
        <source>Pour chaque pièce : glissez les fichiers dans la zone, ou cliquez sur « Ajouter des fichiers ». Les photos prises avec un téléphone sont acceptées.</source>
        <translation>Для кожного документа перетягніть файли в зону або натисніть «Додати файли». Фото з телефону приймаються.</translation>
    </message>
</context>
<context>
    <name>EphotoPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="492"/>
        <source>%1 caractères sur %2.</source>
        <translation>%1 символів із %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="502"/>
        <source>Code valable jusqu&apos;au %1.</source>
        <translation>Код дійсний до %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="31"/>
        <location filename="../../desktop/forms/page_ephoto.ui" line="37"/>
        <source>Photo et signature numériques (e-photo)</source>
        <translation>Цифрове фото й підпис (e-photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="47"/>
        <source>Dans une cabine photo agréée ANTS, vous recevez une planche avec un code de 22 caractères. Il est valable 6 mois, mais ne fonctionne qu’à partir de 24 à 72 heures après la photo.</source>
        <translation>У фотокабіні з акредитацією ANTS ви отримуєте аркуш із кодом із 22 символів. Він дійсний 6 місяців і працює лише через 24–72 години після фото.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="68"/>
        <source>&amp;Code e-photo (22 caractères)&#xa0;:</source>
        <translation>&amp;Код e-photo (22 символи):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="91"/>
        <source>&amp;Date de la photo (JJ/MM/AAAA)&#xa0;:</source>
        <translation>&amp;Дата фото (ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="104"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/РРРР</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="114"/>
        <source>Je n&apos;ai pas encore de code : je le saisirai plus tard</source>
        <translation>У мене ще немає коду: введу його пізніше</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="5"/>
        <source>Exporter le dossier</source>
        <translation>Експорт справи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="9"/>
        <source>Le fichier de transmission (.dsvx) est chiffré avec sa propre phrase secrète. Donnez la phrase à la personne séparément du fichier (sur papier).</source>
        <translation>Файл передачі (.dsvx) зашифровано власною парольною фразою. Передайте фразу людині окремо від файлу (на папері).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="15"/>
        <source>&amp;Générer une phrase (conseillé)</source>
        <translation>&amp;Згенерувати фразу (рекомендовано)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="29"/>
        <source>&amp;Une autre</source>
        <translation>&amp;Інша</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="36"/>
        <source>&amp;Choisir une phrase</source>
        <translation>&amp;Вибрати фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="46"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="58"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="70"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Показати фразу</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/ui/letters.py" line="131"/>
        <source>Ouvrir</source>
        <extracomment>The sworn statements the app writes, and the piece each one is for.</extracomment>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="132"/>
        <source>Imprimer</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="133"/>
        <source>Enregistrer sous…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="134"/>
        <source>Ouvrir la lettre</source>
        <translation>Відкрити лист</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="135"/>
        <source>Imprimer la lettre</source>
        <translation>Надрукувати лист</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="136"/>
        <source>Enregistrer la lettre sous…</source>
        <translation>Зберегти лист як…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="143"/>
        <source>✔ Lettre enregistrée dans : %1</source>
        <translation>✔ Лист збережено в: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="147"/>
        <source>(copie de travail, effacée à la fermeture : « Enregistrer sous… » en garde une où vous voulez).</source>
        <translation>(робоча копія, видаляється під час закриття: «Зберегти як…» збереже копію там, де ви хочете).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="163"/>
        <source>⚠ Aucune application n&apos;a pu ouvrir ce PDF : copiez le chemin ci-dessus, ou utilisez « Enregistrer sous… ».</source>
        <translation>⚠ Жоден застосунок не зміг відкрити цей PDF: скопіюйте шлях вище або скористайтеся «Зберегти як…».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="183"/>
        <source>Enregistrer la lettre sous</source>
        <translation>Зберегти лист як</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="199"/>
        <source>Copie enregistrée : %1</source>
        <translation>Копію збережено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="248"/>
        <source>Lettre explicative (pièce manquante)</source>
        <translation>Пояснювальний лист (бракує документа)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="249"/>
        <source>Demande de rendez-vous</source>
        <translation>Запит на запис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="252"/>
        <source>Attestation d’hébergement (signée par l’hébergeant)</source>
        <translation>Довідка про проживання (підписує особа, що приймає)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="255"/>
        <source>Déclaration sur l’honneur de non-polygamie</source>
        <translation>Заява під чесне слово про відсутність багатоженства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="256"/>
        <source>Déclaration de perte du titre de séjour</source>
        <translation>Заява про втрату посвідки на проживання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="257"/>
        <source>Engagement à ne pas travailler (modèle à recopier)</source>
        <translation>Зобов’язання не працювати (зразок, переписати від руки)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="276"/>
        <source>Lettre à rédiger</source>
        <translation>Лист для складання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="277"/>
        <source>Aperçu de la lettre en français</source>
        <translation>Попередній перегляд листа французькою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="278"/>
        <source>Tentatives enregistrées</source>
        <translation>Збережені спроби</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="280"/>
        <source>Message affiché par le site</source>
        <translation>Повідомлення на сайті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="296"/>
        <source>(capture d&apos;écran jointe)</source>
        <translation>(знімок екрана додано)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="398"/>
        <source>Imprimez cette attestation : l’hébergeant la date et la signe. Ajoutez ensuite la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>Роздрукуйте цю довідку: особа, що приймає, ставить дату й підпис. Потім додайте підписану копію до документа «%1» (сторінка «Документи»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="404"/>
        <source>C’est un modèle : recopiez-le à la main, datez-le et signez-le, puis ajoutez-le à la pièce « %1 » (page Documents).</source>
        <translation>Це зразок: перепишіть його від руки, поставте дату й підпис, потім додайте до документа «%1» (сторінка «Документи»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="410"/>
        <source>Signé avec votre signature dessinée et ajouté à la pièce « %1 » : il fera partie du dossier préparé (page Documents pour le retirer).</source>
        <translation>Підписано вашим намальованим підписом і додано до документа «%1»: він увійде до підготовленого досьє (прибрати його можна на сторінці «Документи»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="417"/>
        <source>Ce document porte votre signature dessinée. « Joindre au dossier » l’ajoute à la pièce « %1 ».</source>
        <translation>На цьому документі стоїть ваш намальований підпис. «Додати до справи» додасть його до документа «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="423"/>
        <source>Imprimez ce document, signez-le, puis ajoutez la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>Роздрукуйте цей документ, підпишіть його, потім додайте підписану копію до документа «%1» (сторінка «Документи»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="429"/>
        <source>Pour le signer à l’écran, dessinez votre signature à l’étape Contrat (CER), puis rédigez-le à nouveau.</source>
        <translation>Щоб підписати на екрані, намалюйте свій підпис на кроці «Контракт (CER)», потім складіть документ знову.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="31"/>
        <location filename="../../desktop/forms/page_letters.ui" line="37"/>
        <source>Lettres</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="47"/>
        <source>L&apos;application rédige en français les lettres dont vous avez besoin. À droite, un résumé dans votre langue.</source>
        <translation>Застосунок складає потрібні листи французькою. Праворуч — стислий зміст вашою мовою.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="60"/>
        <source>Lettre explicative pour une pièce manquante</source>
        <translation>Пояснювальний лист щодо відсутнього документа</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="72"/>
        <source>&amp;Pièce manquante&#xa0;:</source>
        <translation>&amp;Відсутній документ:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="89"/>
        <source>&amp;Pourquoi ne pouvez-vous pas la fournir&#xa0;?</source>
        <translation>&amp;Чому ви не можете його надати?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="106"/>
        <source>Demandée le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Запитано (ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="119"/>
        <location filename="../../desktop/forms/page_letters.ui" line="142"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/РРРР</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="129"/>
        <source>Attendue le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Очікується (ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="155"/>
        <source>Demande de rendez-vous (aucun créneau disponible)</source>
        <translation>Запит на запис (немає вільного часу)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="161"/>
        <source>À chaque fois que le site de la préfecture n&apos;affiche aucun rendez-vous, ouvrez la page dans le navigateur puis enregistrez la tentative : l&apos;application prend une capture de tout l&apos;écran avec la date et l&apos;heure.</source>
        <translation>Щоразу, коли сайт префектури не показує вільного запису, відкрийте сторінку в браузері й збережіть спробу: застосунок зробить знімок усього екрана з датою й часом.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="182"/>
        <source>&amp;Message affiché par le site&#xa0;:</source>
        <translation>&amp;Повідомлення на сайті:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="202"/>
        <source>E-&amp;mail de la préfecture&#xa0;:</source>
        <translation>&amp;Ел. пошта префектури:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="220"/>
        <source>Enregistrer une &amp;tentative échouée</source>
        <translation>Зберегти &amp;невдалу спробу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="242"/>
        <source>Aucune tentative notée pour l’instant. À chaque échec sur le site de la préfecture, collez le message affiché ci-dessus puis cliquez sur « Enregistrer une tentative échouée ».</source>
        <translation>Спроб поки немає. Щоразу, коли сайт префектури не дає записатися, вставте вище показане повідомлення і натисніть «Зберегти невдалу спробу».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="267"/>
        <source>Lettre en français</source>
        <translation>Лист французькою</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="285"/>
        <source>&amp;Rédiger la lettre</source>
        <translation>&amp;Скласти лист</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="292"/>
        <source>&amp;Joindre au dossier</source>
        <translation>&amp;Додати до справи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="317"/>
        <source>L’aperçu de la lettre s’affichera ici : choisissez la lettre ci-dessus, puis cliquez sur « Rédiger la lettre ».</source>
        <translation>Тут з’явиться попередній перегляд листа: виберіть лист вище і натисніть «Скласти лист».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="367"/>
        <source>Ce que dit la lettre</source>
        <translation>Про що йдеться в листі</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="27"/>
        <source>Vos dossiers sont protégés</source>
        <translation>Ваші справи захищені</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="34"/>
        <source>Entrez votre phrase secrète pour ouvrir vos dossiers.</source>
        <translation>Введіть парольну фразу, щоб відкрити справи.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="56"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Показати фразу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="72"/>
        <source>← &amp;Autre choix</source>
        <translation>← &amp;Інший вибір</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="83"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Розблокувати</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Étapes</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>Étape en cours</source>
        <translation>Поточний крок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>« %1 » (étape « %2 »)</source>
        <translation>«%1» (крок «%2»)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Ces valeurs de votre dossier n&apos;étaient pas valables : elles ont été mises de côté, rien n&apos;est perdu. Saisissez-les de nouveau : %1</source>
        <translation>Ці значення у вашому досьє були недійсними: їх відкладено, нічого не втрачено. Введіть їх знову: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>Étape pas encore atteinte</source>
        <translation>Цей крок ще не пройдено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>Étape %1</source>
        <translation>Крок %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source>Étape %1 sur %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <location filename="../../desktop/forms/main_window.ui" line="38"/>
        <source>Enregistré</source>
        <translation>Збережено</translation>
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
        <translation>☰ &amp;Справи</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="55"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="62"/>
        <source>&amp;Terminer la séance</source>
        <translation>&amp;Завершити сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="72"/>
        <source>&amp;Langue&#xa0;:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="130"/>
        <source>← &amp;Retour</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="158"/>
        <source>&amp;Suivant →</source>
        <translation>&amp;Далі →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="100"/>
        <source>L&apos;enregistrement a échoué (%1). Vos réponses restent dans la fenêtre : libérez de la place ou vérifiez le disque, l&apos;application réessaiera à la prochaine modification.</source>
        <extracomment>Files added in a batch (a drop, the file dialog) are copied off the GUI thread and listed in groups: the files copied so far, at most this often (each listing redraws the page once). How much lower than the window the background threads run (Linux ``nice``): an inspection of a 12 MP photo takes seconds of CPU; the window must never wait for a core behind it.</extracomment>
        <translation>Не вдалося зберегти (%1). Ваші відповіді лишаються у вікні: звільніть місце або перевірте диск; застосунок спробує знову під час наступної зміни.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="125"/>
        <source>Copier (effacé du presse-papiers après %1 s)</source>
        <translation>Копіювати (видаляється з буфера обміну через %1 с)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="135"/>
        <source>Copier</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="71"/>
        <source>Choisir dans le calendrier</source>
        <translation>Вибрати в календарі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="76"/>
        <source>Alt+↓ ouvre un calendrier.</source>
        <translation>Alt+↓ відкриває календар.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="89"/>
        <source>Calendrier</source>
        <translation>Календар</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="37"/>
        <source>Nom</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="38"/>
        <source>Prénoms</source>
        <translation>Імена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="39"/>
        <source>Sexe</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="40"/>
        <source>Date de naissance</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="41"/>
        <source>Nationalité (code)</source>
        <translation>Громадянство (код)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="42"/>
        <source>Numéro du passeport</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="43"/>
        <source>Date d&apos;expiration du passeport</source>
        <translation>Термін дії паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="56"/>
        <source>Lu sur votre passeport</source>
        <translation>Прочитано з вашого паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="60"/>
        <source>Lecture de la bande en bas du passeport…</source>
        <translation>Читання смуги внизу паспорта…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="66"/>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="67"/>
        <source>Reporter les valeurs cochées</source>
        <translation>Перенести позначені значення</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="104"/>
        <source>La bande de lecture (deux lignes de lettres et de « &lt; » en bas de la page avec la photo) n&apos;a pas été trouvée. Prenez la page entière, à plat, bien éclairée et nette, ou remplissez les champs à la main.</source>
        <translation>Машинозчитувану смугу (два рядки літер і «&lt;» внизу сторінки з фото) не знайдено. Зніміть усю сторінку — рівно, при доброму світлі й чітко — або заповніть поля вручну.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="115"/>
        <source>Voici ce que dit votre passeport. Vérifiez chaque valeur, puis cochez celles à reporter. Ce que vous aviez tapé n&apos;est remplacé que si vous le cochez.</source>
        <translation>Ось що вказано в паспорті. Перевірте кожне значення й позначте ті, які треба перенести. Введене вами замінюється, лише якщо ви це позначите.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="124"/>
        <source>(vous aviez tapé : %1)</source>
        <translation>(ви ввели: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="132"/>
        <source>confirmé par les chiffres de contrôle</source>
        <translation>підтверджено контрольними цифрами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="134"/>
        <source>à comparer avec le passeport</source>
        <translation>звірте з паспортом</translation>
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
        <translation>Допустимі формати: %1. Максимальний розмір поданого файлу: %2 (застосунок сам зменшить надто великі файли).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="191"/>
        <source>Nombre maximal de pages : %1.</source>
        <translation>Максимальна кількість сторінок: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="197"/>
        <source>Zone de dépôt : %1</source>
        <translation>Зона для файлів: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="199"/>
        <source>Pages de : %1</source>
        <translation>Сторінки: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="201"/>
        <source>Ajouter des fichiers : %1</source>
        <translation>Додати файли: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="211"/>
        <source>Recadrer…</source>
        <translation>Обрізати…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="212"/>
        <source>Recadrer la photo</source>
        <translation>Обрізати фото</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="213"/>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="214"/>
        <source>Annuler le retrait</source>
        <translation>Скасувати вилучення</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="215"/>
        <source>Double-clic, Entrée ou Espace : voir la page en grand. Glissez une page, ou Ctrl+← / Ctrl+→, pour changer son ordre.</source>
        <translation>Подвійне клацання, Enter або пробіл: сторінка великим планом. Перетягніть сторінку або натисніть Ctrl+← / Ctrl+→, щоб змінити порядок.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Obligatoire</source>
        <translation>Обов’язково</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Facultatif</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="259"/>
        <source>✖ « %1 » est refusé : ce fichier ne convient pas en l&apos;état. Retirez-le (bouton « Retirer ») ou remplacez-le.</source>
        <translation>✖ «%1» відхилено: цей файл не можна використати в такому вигляді. Приберіть його (кнопка «Прибрати») або замініть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="273"/>
        <source>Aucun fichier pour cette pièce.</source>
        <translation>Для цього документа немає файлу.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="285"/>
        <source>Règle d&apos;un point signalé</source>
        <translation>Правило для позначеного пункту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="362"/>
        <source>Copie gardée dans le dossier : %1</source>
        <translation>Копія в досьє: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="446"/>
        <source>Montre le document trouvé sur la photo : ajustez ses coins.</source>
        <translation>Показує документ, знайдений на фото: підправте його кути.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="448"/>
        <source>Choisissez d&apos;abord une photo (JPEG, PNG, HEIC…).</source>
        <translation>Спершу виберіть фото (JPEG, PNG, HEIC…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="458"/>
        <source>Choisissez d&apos;abord une page : cliquez sur sa vignette.</source>
        <translation>Спершу виберіть сторінку: клацніть її мініатюру.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="460"/>
        <source>Tourne la page choisie d&apos;un quart de tour.</source>
        <translation>Повертає вибрану сторінку на чверть оберту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="461"/>
        <source>Retire le fichier choisi de cette pièce (vous pourrez annuler).</source>
        <translation>Прибирає вибраний файл із цього документа (можна скасувати).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="464"/>
        <source>Remplace le fichier choisi par un autre.</source>
        <translation>Замінює вибраний файл іншим.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="465"/>
        <source>Retire seulement cette page du PDF (vous pourrez annuler).</source>
        <translation>Вилучає з PDF лише цю сторінку (можна скасувати).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="473"/>
        <source>Ce fichier n&apos;a qu&apos;une page : pour l&apos;enlever, utilisez « Retirer ».</source>
        <translation>У цьому файлі лише одна сторінка: щоб прибрати його, натисніть «Прибрати».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="502"/>
        <source>Documents acceptés</source>
        <translation>Допустимі документи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="504"/>
        <source>Tous les fichiers</source>
        <translation>Усі файли</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="510"/>
        <source>Choisir des fichiers</source>
        <translation>Вибрати файли</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="530"/>
        <source>Ajout d&apos;un fichier…</source>
        <translation>Додавання файлу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="532"/>
        <source>Ajout de %1 fichiers…</source>
        <translation>Додавання файлів: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="535"/>
        <source>✖ « %1 » n&apos;a pas été ajouté : %2</source>
        <translation>✖ «%1» не додано: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="548"/>
        <source>Fichier retiré : « %1 ».</source>
        <translation>Файл прибрано: «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="556"/>
        <source>Remplacer le fichier</source>
        <translation>Замінити файл</translation>
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
        <translation>Сторінку %1 вилучено з «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="831"/>
        <source>Page précédente</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="832"/>
        <source>Page suivante</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="833"/>
        <source>Fermer</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="846"/>
        <source>Page en grand</source>
        <translation>Сторінка великим планом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="865"/>
        <source>Cette page ne peut pas être affichée.</source>
        <translation>Цю сторінку неможливо показати.</translation>
    </message>
</context>
<context>
    <name>PieceForm</name>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="67"/>
        <source>Glissez les fichiers ici, ou&#xa0;:</source>
        <translation>Перетягніть файли сюди або:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="77"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;Додати файли…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="106"/>
        <source>Faire pivoter</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="113"/>
        <source>Retirer cette page</source>
        <translation>Вилучити цю сторінку</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="120"/>
        <source>Remplacer…</source>
        <translation>Замінити…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="127"/>
        <source>&amp;Mot de passe…</source>
        <translation>&amp;Пароль…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="134"/>
        <source>Retirer</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="164"/>
        <source>Date du document (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дата документа (ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="177"/>
        <location filename="../../desktop/forms/piece.ui" line="200"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/РРРР</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="187"/>
        <source>Valable jusqu&apos;au (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дійсний до (ДД/ММ/РРРР):</translation>
    </message>
</context>
<context>
    <name>Principles</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="204"/>
        <source>la liberté personnelle</source>
        <translation>особиста свобода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="205"/>
        <source>la liberté d&apos;expression et de conscience</source>
        <translation>свобода слова й совісті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="206"/>
        <source>l&apos;égalité entre les femmes et les hommes</source>
        <translation>рівність жінок і чоловіків</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="207"/>
        <source>la dignité de la personne humaine</source>
        <translation>гідність людини</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="208"/>
        <source>la devise et les symboles de la République</source>
        <translation>девіз і символи Республіки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="209"/>
        <source>l&apos;intégrité territoriale</source>
        <translation>територіальна цілісність</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="210"/>
        <source>la laïcité</source>
        <translation>світськість (laïcité)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/build.py" line="53"/>
        <source>Vérification du dossier</source>
        <translation>Перевірка досьє</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="54"/>
        <source>Préparation des fichiers</source>
        <translation>Підготовка файлів</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="55"/>
        <source>Préparation des pages</source>
        <translation>Підготовка сторінок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="56"/>
        <source>Réduction de la taille</source>
        <translation>Зменшення розміру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="57"/>
        <source>Dossier complet (PDF)</source>
        <translation>Повне досьє (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="58"/>
        <source>Guide de dépôt</source>
        <translation>Інструкція з подання</translation>
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
        <translation>1 попередження</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="96"/>
        <source>%1 avertissements</source>
        <translation>попереджень: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="171"/>
        <location filename="../../desktop/ui/build.py" line="176"/>
        <source>Ouvrir le guide</source>
        <translation>Відкрити посібник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="172"/>
        <location filename="../../desktop/ui/build.py" line="175"/>
        <source>Copier le chemin</source>
        <translation>Копіювати шлях</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="173"/>
        <source>Fichiers préparés</source>
        <translation>Підготовлені файли</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="174"/>
        <source>Chemin du dossier</source>
        <translation>Шлях до теки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="182"/>
        <source>État des pièces</source>
        <translation>Стан документів</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="183"/>
        <source>Avancement</source>
        <translation>Перебіг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="184"/>
        <location filename="../../desktop/ui/build.py" line="295"/>
        <source>Dossier de sortie</source>
        <translation>Тека для результату</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="201"/>
        <source>Choisissez d&apos;abord votre situation.</source>
        <translation>Спочатку виберіть вашу ситуацію.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="205"/>
        <source>Double-clic ou Entrée : ouvrir cette pièce.</source>
        <translation>Подвійне клацання або Enter: відкрити цей документ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="227"/>
        <source>⚠ Rien ne manque (complet, %1), mais vérifiez d&apos;abord les points ci-dessous : vous pouvez préparer les fichiers, ou corriger puis les préparer.</source>
        <translation>⚠ Нічого не бракує (повний комплект, %1), але спершу перевірте пункти нижче: можна підготувати файли або виправити, а потім підготувати.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="233"/>
        <source>✔ Le dossier est complet : vous pouvez préparer les fichiers.</source>
        <translation>✔ Досьє повне: можна підготувати файли.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="237"/>
        <source>⚠ Le dossier n&apos;est pas encore complet. Vous pouvez quand même préparer les fichiers et compléter plus tard.</source>
        <translation>⚠ Досьє ще не повне. Файли все одно можна підготувати й доповнити пізніше.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="264"/>
        <source>Dossier</source>
        <translation>Досьє</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="269"/>
        <source>Règles de l&apos;application</source>
        <translation>Правила застосунку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="347"/>
        <source>Annulation…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="361"/>
        <source>✔ Les fichiers sont prêts dans : %1</source>
        <translation>✔ Файли готові в теці: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="363"/>
        <source>⚠ Les fichiers sont prêts dans : %1 — mais il manque encore des pièces.</source>
        <translation>⚠ Файли готові в теці: %1 — але деяких документів ще бракує.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="385"/>
        <source>ANEF : « %1 »</source>
        <translation>ANEF: «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="388"/>
        <source>trop lourd (maximum %1)</source>
        <translation>завеликий (максимум %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="394"/>
        <source>Étape suivante : connectez-vous à votre espace ANEF et déposez ces fichiers (dossier « upload ») en suivant GUIDE.pdf, qui dit dans quelle case va chacun. « dossier-complet.pdf » est votre copie à garder ou à imprimer.</source>
        <translation>Наступний крок: увійдіть до свого кабінету ANEF і завантажте ці файли (тека «upload»), дотримуючись GUIDE.pdf: там сказано, в яке поле йде кожен. «dossier-complet.pdf» — ваша копія, щоб зберегти або надрукувати.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="416"/>
        <source>Aucun gestionnaire de fichiers n&apos;a pu s&apos;ouvrir sur cet ordinateur. Les fichiers sont ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>На цьому комп&apos;ютері не вдалося відкрити файловий менеджер. Файли тут: скопіюйте шлях і відкрийте його самі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="422"/>
        <source>Aucune application n&apos;a pu ouvrir ce fichier sur cet ordinateur. Il est ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>На цьому комп&apos;ютері жоден застосунок не зміг відкрити цей файл. Він тут: скопіюйте шлях і відкрийте його самі.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="442"/>
        <source>Chemin copié : collez-le dans une fenêtre ou un terminal.</source>
        <translation>Шлях скопійовано: вставте його у вікно або термінал.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="452"/>
        <source>Préparation annulée : rien n&apos;a été écrit.</source>
        <translation>Підготовку скасовано: нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="458"/>
        <source>✖ La préparation a échoué. Votre dossier est intact.</source>
        <translation>✖ Підготовка не вдалася. Ваше досьє не постраждало.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="485"/>
        <source>Choisir la clé USB</source>
        <translation>Вибрати USB-накопичувач</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="493"/>
        <source>✔ Copié sur : %1</source>
        <translation>✔ Скопійовано до: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="31"/>
        <location filename="../../desktop/forms/page_review.ui" line="37"/>
        <source>Vérifier et préparer le dossier</source>
        <translation>Перевірити й підготувати досьє</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="64"/>
        <source>Préparer les fichiers à déposer</source>
        <translation>Підготувати файли для подання</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="78"/>
        <source>&amp;Dossier de sortie&#xa0;:</source>
        <translation>&amp;Тека для результату:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="99"/>
        <source>C&amp;hoisir…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="106"/>
        <source>&amp;Préparer le dossier</source>
        <translation>&amp;Підготувати досьє</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="113"/>
        <source>A&amp;nnuler</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="151"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Відкрити теку</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="158"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Друк</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="165"/>
        <source>Copier sur une clé &amp;USB</source>
        <translation>Скопіювати на &amp;USB-накопичувач</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="171"/>
        <source>Recadrer la photo</source>
        <translation>Обрізати фото</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="179"/>
        <source>Photo et contour du document</source>
        <translation>Фото та контур документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="184"/>
        <source>Page nettoyée</source>
        <translation>Очищена сторінка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="192"/>
        <source>Garder la photo telle quelle</source>
        <translation>Залишити фото як є</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="193"/>
        <source>Détection automatique</source>
        <translation>Автоматичне визначення</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="194"/>
        <source>Utiliser ce cadrage</source>
        <translation>Використати цю рамку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="205"/>
        <source>Faites glisser les quatre coins sur ceux du document (ou Tab, puis les flèches ; Espace passe au coin suivant). À droite : la page telle qu&apos;elle sera déposée.</source>
        <translation>Перетягніть чотири кути на кути документа (або Tab, потім стрілки; Пробіл — наступний кут). Праворуч — сторінка в тому вигляді, в якому її буде подано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="239"/>
        <source>Document trouvé (confiance %1 %). Vérifiez les coins.</source>
        <translation>Документ знайдено (впевненість %1 %). Перевірте кути.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="244"/>
        <source>Votre cadrage enregistré.</source>
        <translation>Ваша збережена рамка.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="247"/>
        <source>Aucun document trouvé sur cette photo : elle sera déposée telle quelle. Pour un meilleur résultat, posez le document sur une surface sombre et photographiez-le de face.</source>
        <translation>На цьому фото документ не знайдено: його буде подано як є. Для кращого результату покладіть документ на темну поверхню й сфотографуйте прямо.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="272"/>
        <source>Recherche du document sur la photo…</source>
        <translation>Пошук документа на фото…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="284"/>
        <source>(la photo telle quelle)</source>
        <translation>(фото як є)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="5"/>
        <source>Protéger vos dossiers</source>
        <translation>Захист ваших справ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="9"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez comment protéger leur clé. Ce choix se fait une seule fois.</source>
        <translation>Ваші справи буде зашифровано на цьому комп’ютері. Виберіть, як захистити їхній ключ. Цей вибір робиться один раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="15"/>
        <source>Le &amp;trousseau de cet ordinateur (conseillé)</source>
        <translation>&amp;В’язка ключів цього комп’ютера (рекомендовано)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="20"/>
        <source>Rien à retenir : la clé est gardée par votre session, comme vos mots de passe enregistrés.</source>
        <translation>Нічого не треба запам’ятовувати: ключ зберігає ваш сеанс, як збережені паролі.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="27"/>
        <source>Une &amp;phrase secrète que je choisis</source>
        <translation>&amp;Парольна фраза, яку я виберу</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="32"/>
        <source>À taper à chaque ouverture. Notez-la en lieu sûr : sans elle, personne ne pourra rouvrir vos dossiers.</source>
        <translation>Вводиться під час кожного відкриття. Запишіть її в надійному місці: без неї ніхто не зможе знову відкрити ваші справи.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="56"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="68"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Показати фразу</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/ui/signature.py" line="51"/>
        <source>Zone de signature</source>
        <translation>Область підпису</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature.py" line="53"/>
        <source>Signez avec la souris, le doigt ou un stylet.</source>
        <translation>Розпишіться мишею, пальцем або стилусом.</translation>
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
        <translation>Строк подання</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="180"/>
        <source>%1 — code OACI du passeport : %2</source>
        <translation>%1 — код ICAO в паспорті: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="184"/>
        <source>Choisissez votre pays dans la liste, ou tapez les 3 lettres de la ligne « Nationalité » du passeport.</source>
        <translation>Виберіть країну зі списку або введіть 3 літери з рядка «Громадянство» паспорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="259"/>
        <source>Répondez aux questions : la démarche s&apos;affichera ici.</source>
        <translation>Дайте відповіді на запитання: ваша процедура з’явиться тут.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="264"/>
        <source>Votre démarche : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ваша процедура: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="274"/>
        <source>Période de dépôt du renouvellement : du %1 au %2 (le titre expire le %3).</source>
        <translation>Період подання на продовження: з %1 по %2 (посвідка спливає %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="284"/>
        <source>✔ C&apos;est le bon moment pour déposer.</source>
        <translation>✔ Зараз слушний час для подання.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="285"/>
        <source>⚠ C&apos;est trop tôt : attendez l&apos;ouverture de la période.</source>
        <translation>⚠ Занадто рано: дочекайтеся початку періоду.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="288"/>
        <source>⚠ Le délai de dépôt est dépassé : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide) et aucune attestation de prolongation d&apos;instruction ne sera délivrée. Déposez au plus vite.</source>
        <translation>⚠ Строк подання минув: додається зазначений нижче збір за врегулювання (крім форс-мажору або чинної візи), і attestation de prolongation d’instruction не видадуть. Подайте заяву якнайшвидше.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="295"/>
        <source>✖ Le titre a expiré : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide). Déposez au plus vite ; une association ou un avocat peut vous aider.</source>
        <translation>✖ Строк дії посвідки закінчився: додається зазначений нижче збір за врегулювання (крім форс-мажору або чинної візи). Подайте заяву якнайшвидше; вам може допомогти асоціація чи адвокат.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="304"/>
        <source>%4 : %1 € (taxe %2 € + timbre %3 €).</source>
        <translation>%4: %1 € (податок %2 € + гербовий збір %3 €).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="312"/>
        <source>Dont %1 € à payer dès le dépôt.</source>
        <translation>З них %1 € сплачуються під час подання.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="31"/>
        <location filename="../../desktop/forms/page_situation.ui" line="37"/>
        <source>Votre situation</source>
        <translation>Ваша ситуація</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="47"/>
        <source>Quelques questions pour savoir quelle démarche faire et quelles pièces fournir.</source>
        <translation>Кілька запитань, щоб з’ясувати, яку процедуру обрати й які документи надати.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="60"/>
        <source>Que demandez-vous&#xa0;?</source>
        <translation>Що ви запитуєте?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="66"/>
        <source>Un titre de séjour (première demande ou renouvellement)</source>
        <translation>Посвідку на проживання (первинна заява або продовження)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="73"/>
        <source>Un duplicata (titre perdu ou volé)</source>
        <translation>Дублікат (посвідку загублено або викрадено)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="80"/>
        <source>Déclarer un changement d&apos;adresse</source>
        <translation>Повідомити про зміну адреси</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="87"/>
        <source>Déclarer un changement d&apos;état civil (mariage, divorce, nom)</source>
        <translation>Повідомити про зміну цивільного стану (шлюб, розлучення, прізвище)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="105"/>
        <source>&amp;Catégorie de titre demandée&#xa0;:</source>
        <translation>&amp;Категорія посвідки, яку запитуєте:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="122"/>
        <source>Le titre a été&#xa0;:</source>
        <translation>Посвідку було:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="139"/>
        <source>&amp;Document de séjour actuel&#xa0;:</source>
        <translation>&amp;Поточний документ про перебування:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="156"/>
        <source>Catégorie du titre &amp;actuel&#xa0;:</source>
        <translation>Категорія &amp;поточної посвідки:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="173"/>
        <source>Il expire le (&amp;JJ/MM/AAAA)&#xa0;:</source>
        <translation>Дійсний до (&amp;ДД/ММ/РРРР):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="186"/>
        <source>JJ/MM/AAAA</source>
        <translation>ДД/ММ/РРРР</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="196"/>
        <source>&amp;Nationalité (pays du passeport)&#xa0;:</source>
        <translation>&amp;Громадянство (країна паспорта):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="209"/>
        <source>Tapez le nom du pays ou le code à 3 lettres</source>
        <translation>Введіть назву країни або 3-літерний код</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="253"/>
        <source>Je suis entré(e) en France sans le visa de long séjour que demande ce titre</source>
        <translation>Я в’їхав(-ла) до Франції без довгострокової візи, потрібної для цієї картки</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="260"/>
        <source>J&apos;ai fait en France au moins 3 ans d&apos;études secondaires ou 1 an d&apos;études supérieures</source>
        <translation>Я навчався(-лася) у Франції щонайменше 3 роки в середній школі або 1 рік у виші</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="229"/>
        <source>Comment allez-vous &amp;déposer&#xa0;?</source>
        <translation>Як ви будете &amp;подавати?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="246"/>
        <source>C&apos;est ma première carte pluriannuelle ou de résident</source>
        <translation>Це моя перша багаторічна картка або картка резидента</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../desktop/ui/sources.py" line="63"/>
        <source>Lire la source</source>
        <translation>Прочитати джерело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="162"/>
        <source>lire la source</source>
        <translation>прочитати джерело</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="180"/>
        <source>Détails de la règle</source>
        <translation>Подробиці правила</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Masquer</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Détails…</source>
        <translation>Докладніше…</translation>
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
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="182"/>
        <source>À corriger</source>
        <translation>Виправити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="183"/>
        <source>Manquant</source>
        <translation>Бракує</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="184"/>
        <source>Facultatif</source>
        <translation>Необов’язково</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Bienvenue</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="191"/>
        <source>Situation</source>
        <translation>Ситуація</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="192"/>
        <source>État civil</source>
        <translation>Цивільний стан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Adresse</source>
        <translation>Адреса</translation>
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
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="197"/>
        <source>Lettres</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="198"/>
        <source>Vérifier et préparer</source>
        <translation>Перевірити й підготувати</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="37"/>
        <source>Trop courte : au moins %1 caractères.</source>
        <translation>Закоротка: щонайменше %1 символів.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="48"/>
        <source>Faible : ajoutez des mots.</source>
        <translation>Слабка: додайте слова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="50"/>
        <source>Moyenne : un ou deux mots de plus la renforceraient.</source>
        <translation>Середня: ще одне-два слова зроблять її надійнішою.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="51"/>
        <source>Bonne.</source>
        <translation>Добра.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="73"/>
        <source>Brouillon</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="74"/>
        <source>Incomplet</source>
        <translation>Неповна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="75"/>
        <source>Complet</source>
        <translation>Повна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="76"/>
        <source>Déposé</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="134"/>
        <source>La phrase secrète doit avoir au moins %1 caractères.</source>
        <translation>Парольна фраза має містити щонайменше %1 символів.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="116"/>
        <location filename="../../desktop/ui/vault_screens.py" line="138"/>
        <source>Les deux phrases ne sont pas identiques : retapez-les.</source>
        <translation>Дві фрази не збігаються: введіть їх ще раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="88"/>
        <source>Complet, %1</source>
        <translation>Повне, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="174"/>
        <source>Aucun trousseau n&apos;est disponible sur cet ordinateur.</source>
        <translation>На цьому комп’ютері немає доступної в’язки ключів.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="223"/>
        <source>Phrase générée</source>
        <translation>Згенерована фраза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="291"/>
        <source>Verrouillé après un moment sans activité : vos dossiers sont enregistrés et chiffrés.</source>
        <translation>Заблоковано після періоду бездіяльності: ваші справи збережено й зашифровано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="297"/>
        <source>Vos dossiers sont chiffrés sur cet ordinateur.</source>
        <translation>Ваші справи зашифровано на цьому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="299"/>
        <source>Entrez votre phrase secrète pour continuer.</source>
        <translation>Введіть парольну фразу, щоб продовжити.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="301"/>
        <source>Le trousseau de votre session garde la clé : cliquez pour continuer.</source>
        <translation>Ключ зберігається у в’язці ключів вашого сеансу: натисніть, щоб продовжити.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="341"/>
        <source>Liste des dossiers</source>
        <translation>Список справ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="342"/>
        <source>Colonnes</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="360"/>
        <source>(sans nom)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="378"/>
        <source>Dossiers : %1</source>
        <translation>Справ: %1</translation>
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
        <translation>Зберегти файл передачі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="364"/>
        <location filename="../../desktop/ui/vault_ui.py" line="374"/>
        <source>Fichier de transmission (*.dsvx)</source>
        <translation>Файл передачі (*.dsvx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="372"/>
        <location filename="../../desktop/ui/vault_ui.py" line="390"/>
        <source>Importer un fichier de transmission</source>
        <translation>Імпорт файлу передачі</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="381"/>
        <source>Choisir le dossier ou la clé USB</source>
        <translation>Виберіть теку або USB-накопичувач</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="385"/>
        <source>Phrase secrète donnée avec le fichier&#xa0;:</source>
        <translation>Парольна фраза, видана з файлом:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="106"/>
        <source>Fichier enregistré : %1. Donnez la phrase secrète à part : %2</source>
        <translation>Файл збережено: %1. Передайте парольну фразу окремо: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="142"/>
        <source>Dossier importé.</source>
        <translation>Справу імпортовано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="149"/>
        <source>Ce dossier existe déjà</source>
        <translation>Ця справа вже існує</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="150"/>
        <source>Ce dossier est déjà dans la liste. Le remplacer par la version du fichier ?</source>
        <translation>Ця справа вже є у списку. Замінити її версією з файлу?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="133"/>
        <source>Tout ce qui a été saisi et déposé pendant cette séance va être effacé de cet ordinateur. Si ce n’est pas encore fait, cliquez d’abord sur « Emporter mon dossier… » pour le copier sur votre clé USB.</source>
        <translation>Усе, що було введено й додано під час цього сеансу, буде стерто з цього комп’ютера. Якщо ви ще цього не зробили, спершу натисніть «Забрати мою справу…», щоб скопіювати її на USB-накопичувач.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="171"/>
        <source>Êtes-vous toujours là ?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="154"/>
        <source>Remplacer</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="168"/>
        <source>Supprimer le dossier</source>
        <translation>Видалити справу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="169"/>
        <source>Supprimer définitivement le dossier de %1 et tous ses fichiers ? Cela ne peut pas être annulé.</source>
        <translation>Остаточно видалити справу %1 і всі її файли? Це неможливо скасувати.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="174"/>
        <source>Supprimer</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="179"/>
        <source>Dossier supprimé.</source>
        <translation>Справу видалено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="132"/>
        <location filename="../../desktop/ui/vault_reception.py" line="166"/>
        <source>Terminer la séance</source>
        <translation>Завершити сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="142"/>
        <source>Tout effacer</source>
        <translation>Стерти все</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="146"/>
        <source>Emporter mon dossier…</source>
        <translation>Забрати мою справу…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="163"/>
        <source>Oui, je continue</source>
        <translation>Так, продовжую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="173"/>
        <source>Êtes-vous toujours là ? Sans réponse, tout ce qui a été saisi sera effacé dans %1 secondes.</source>
        <translation>Ви ще тут? Без відповіді все введене буде стерто через %1 секунд.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="31"/>
        <location filename="../../desktop/forms/page_welcome.ui" line="37"/>
        <source>Bienvenue</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="47"/>
        <source>Cette application vous aide à préparer votre dossier de titre de séjour, pas à pas. Tout reste sur cet ordinateur : rien n&apos;est envoyé sur Internet. Votre travail est enregistré au fur et à mesure.</source>
        <translation>Цей застосунок крок за кроком допомагає підготувати досьє на посвідку на проживання. Усе залишається на цьому комп’ютері: нічого не надсилається в інтернет. Ваша робота зберігається по ходу.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="60"/>
        <source>Pour qui préparez-vous ce dossier&#xa0;?</source>
        <translation>Для кого ви готуєте це досьє?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="66"/>
        <source>Pour moi-même</source>
        <translation>Для себе</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="73"/>
        <source>Vous préparez votre propre dossier, chez vous.</source>
        <translation>Ви готуєте власне досьє вдома.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="86"/>
        <source>J&apos;aide une autre personne (bénévole, proche)</source>
        <translation>Я допомагаю іншій людині (волонтер, близька людина)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="93"/>
        <source>Vous êtes à côté de la personne et remplissez avec elle.</source>
        <translation>Ви поруч із людиною й заповнюєте разом із нею.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="106"/>
        <source>Point d&apos;accueil numérique (ordinateur partagé)</source>
        <translation>Пункт цифрового прийому (спільний комп’ютер)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="113"/>
        <source>Rien ne doit rester sur l&apos;ordinateur à la fin de la séance.</source>
        <translation>Наприкінці сеансу на комп’ютері нічого не має залишитися.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr_FR">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="31"/>
        <location filename="../../desktop/forms/page_address.ui" line="37"/>
        <source>Votre adresse</source>
        <translation>عنوانك</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="47"/>
        <source>Où habitez-vous&#xa0;?</source>
        <translation>أين تسكن؟</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="53"/>
        <source>Chez moi (bail ou factures à mon nom)</source>
        <translation>في مسكني (عقد إيجار أو فواتير باسمي)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="60"/>
        <source>Hébergé(e) chez un particulier</source>
        <translation>مُستضاف لدى شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="67"/>
        <source>À l&apos;hôtel</source>
        <translation>في فندق</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="74"/>
        <source>Domiciliation (association, CCAS : pas de domicile stable)</source>
        <translation>عنوان مُختار (جمعية، CCAS: بلا سكن ثابت)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="92"/>
        <source>Nom de l&apos;&amp;hôtel&#xa0;:</source>
        <translation>اسم ال&amp;فندق:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="109"/>
        <source>&amp;Organisme de domiciliation&#xa0;:</source>
        <translation>ال&amp;جهة المانحة للعنوان:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="126"/>
        <source>&amp;Adresse (numéro et rue)&#xa0;:</source>
        <translation>ال&amp;عنوان (الرقم والشارع):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="143"/>
        <source>&amp;Complément d&apos;adresse&#xa0;:</source>
        <translation>&amp;تكملة العنوان:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="160"/>
        <source>Code &amp;postal&#xa0;:</source>
        <translation>ال&amp;رمز البريدي:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="183"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="202"/>
        <source>La personne qui vous héberge</source>
        <translation>الشخص الذي يستضيفك</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="214"/>
        <source>No&amp;m de l&apos;hébergeant&#xa0;:</source>
        <translation>&amp;لقب المُضيف:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="231"/>
        <source>Pré&amp;noms de l&apos;hébergeant&#xa0;:</source>
        <translation>ا&amp;سم المُضيف:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="248"/>
        <source>Date de naissance de l&apos;hébergeant&#xa0;:</source>
        <translation>تاريخ ميلاد المُضيف:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="261"/>
        <source>JJ/MM/AAAA</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="274"/>
        <source>Pour cette adresse, il faut exactement ces pièces&#xa0;:</source>
        <translation>لهذا العنوان، يلزم بالضبط هذه الوثائق:</translation>
    </message>
</context>
<context>
    <name>AfterFiling</name>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="98"/>
        <source>Après le dépôt</source>
        <translation>بعد الإيداع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="99"/>
        <source>Déposé sur ANEF le (JJ/MM/AAAA) :</source>
        <translation>تاريخ الإيداع على ANEF (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="100"/>
        <source>Numéro de la demande (facultatif) :</source>
        <translation>رقم الطلب (اختياري):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="101"/>
        <location filename="../../desktop/ui/after_filing.py" line="102"/>
        <source>J&apos;ai déposé sur ANEF</source>
        <translation>لقد أودعت على ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="103"/>
        <source>Date du dépôt sur ANEF</source>
        <translation>تاريخ الإيداع على ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="104"/>
        <source>Numéro de la demande ANEF</source>
        <translation>رقم طلب ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="105"/>
        <source>Ce qui vient ensuite</source>
        <translation>ما يأتي بعد ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="106"/>
        <source>Ajouter un document reçu…</source>
        <translation>إضافة وثيقة مستلمة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="108"/>
        <source>Attestation de dépôt, de prolongation, convocation ou décision (PDF d&apos;ANEF)</source>
        <translation>شهادة الإيداع أو التمديد أو استدعاء أو قرار (PDF من ANEF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="113"/>
        <source>Exporter le calendrier (.ics)…</source>
        <translation>تصدير التقويم (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="114"/>
        <source>Note pour l&apos;employeur…</source>
        <translation>مذكرة لصاحب العمل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="133"/>
        <source>Quand vous avez déposé sur ANEF, dites-le ici : les fichiers envoyés sont gardés tels quels avec un récapitulatif, et l&apos;application vous dit ce qui vient ensuite (attestation, délais, réponses).</source>
        <translation>بعد الإيداع على ANEF، أشر إلى ذلك هنا: تُحفظ الملفات المرسلة كما هي مع ملخص، ويخبرك التطبيق بما يأتي بعد ذلك (الشهادة، الآجال، الردود).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="148"/>
        <source>Déposé le %1. Les fichiers envoyés sont gardés dans « %2 ».</source>
        <translation>تم الإيداع في %1. الملفات المرسلة محفوظة في «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="188"/>
        <source>« %1 » n&apos;est pas une date : écrivez-la comme 01/12/2026.</source>
        <translation>«%1» ليس تاريخًا: اكتبه مثل 01/12/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="223"/>
        <source>Enregistrement du dépôt : les fichiers sont préparés et figés…</source>
        <translation>جارٍ تسجيل الإيداع: يتم تجهيز الملفات وتثبيتها…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="233"/>
        <source>Document reçu de la préfecture</source>
        <translation>وثيقة مستلمة من المحافظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="235"/>
        <source>PDF ou photo (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF أو صورة (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="258"/>
        <source>Document ajouté.</source>
        <translation>تمت إضافة الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="265"/>
        <source>Exporter le calendrier</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="280"/>
        <source>Calendrier enregistré : « %1 ». Importez-le dans l&apos;agenda de votre téléphone.</source>
        <translation>تم حفظ التقويم: «%1». استورده إلى تقويم هاتفك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="289"/>
        <source>Note pour l&apos;employeur</source>
        <translation>مذكرة لصاحب العمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="311"/>
        <source>Note enregistrée : « %1 ».</source>
        <translation>تم حفظ المذكرة: «%1».</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="8"/>
        <source>Les dossiers des personnes que vous aidez</source>
        <translation>ملفات الأشخاص الذين تساعدهم</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="15"/>
        <source>Tous ces dossiers sont chiffrés sur cet ordinateur. Ouvrez un dossier pour continuer, ou exportez-le pour le remettre à la personne.</source>
        <translation>كل هذه الملفات مشفّرة على هذا الحاسوب. افتح ملفًا للمتابعة، أو صدّره لتسليمه إلى الشخص.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="24"/>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="30"/>
        <source>Nom, numéro étranger…</source>
        <translation>الاسم، رقم الأجنبي…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="45"/>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="50"/>
        <source>Numéro étranger</source>
        <translation>رقم الأجنبي</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="55"/>
        <source>État</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="60"/>
        <source>Pièces manquantes</source>
        <translation>الوثائق الناقصة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="65"/>
        <source>Prochaine échéance</source>
        <translation>الموعد النهائي القادم</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="70"/>
        <source>Dernière modification</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="92"/>
        <source>&amp;Nouveau dossier</source>
        <translation>ملف &amp;جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="97"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="108"/>
        <source>&amp;Exporter pour la personne…</source>
        <translation>&amp;تصدير للشخص…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="113"/>
        <source>&amp;Importer…</source>
        <translation>است&amp;يراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="118"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;حذف…</translation>
    </message>
</context>
<context>
    <name>CerPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="538"/>
        <source>⚠ Tapez d&apos;abord votre nom.</source>
        <translation>⚠ اكتب اسمك أولاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="542"/>
        <source>Votre nom est écrit dans le cadre. « Enregistrer la signature » la garde.</source>
        <translation>اسمك مكتوب في الإطار. «حفظ التوقيع» يحتفظ به.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="555"/>
        <source>Image de votre signature</source>
        <translation>صورة توقيعك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="557"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="586"/>
        <source>✖ « %1 » ne s&apos;ouvre pas comme une image. Choisissez une photo ou un scan PNG ou JPEG de votre signature.</source>
        <translation>✖ لا يُفتح «%1» كصورة. اختر صورة أو مسحًا ضوئيًا لتوقيعك بصيغة PNG أو JPEG.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="595"/>
        <source>✖ Aucune signature trouvée sur « %1 ». Signez à l&apos;encre foncée sur du papier blanc, photographiez de près, puis importez la photo.</source>
        <translation>✖ لم يُعثر على توقيع في «%1». وقّع بحبر داكن على ورق أبيض، والتقط الصورة عن قرب، ثم استوردها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="603"/>
        <source>Votre signature est dans le cadre, sans le papier. « Enregistrer la signature » la garde.</source>
        <translation>توقيعك في الإطار، بدون الورق. «حفظ التوقيع» يحتفظ به.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="620"/>
        <location filename="../../desktop/ui/step_pages.py" line="650"/>
        <source>⚠ Signez d&apos;abord dans le cadre.</source>
        <translation>⚠ وقّع أولاً داخل الإطار.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="627"/>
        <source>✔ Signature enregistrée : l’application l’appose sur les lettres et les déclarations qu’elle rédige pour vous.</source>
        <translation>✔ تم حفظ التوقيع: يضعه التطبيق على الرسائل والتصريحات التي يكتبها لك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="655"/>
        <source>⚠ Joignez d&apos;abord le contrat en PDF (ci-dessus), puis signez-le ici.</source>
        <translation>⚠ أرفق العقد أولًا بصيغة PDF (في الأعلى)، ثم وقّعه هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="672"/>
        <source>✔ Contrat signé : « %1 » remplace la version sans signature.</source>
        <translation>✔ تم توقيع العقد: «%1» يحلّ محلّ النسخة غير الموقَّعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="31"/>
        <location filename="../../desktop/forms/page_cer.ui" line="37"/>
        <source>Contrat d&apos;engagement à respecter les principes de la République</source>
        <translation>عقد الالتزام باحترام مبادئ الجمهورية</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="47"/>
        <source>Pour cette demande, vous devez signer le contrat (en français) et le joindre au dossier. Vous vous engagez à respecter sept principes&#xa0;:</source>
        <translation>لهذا الطلب، يجب أن توقّع العقد (بالفرنسية) وتضيفه إلى الملف. أنت تلتزم باحترام سبعة مبادئ:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="82"/>
        <source>Date de &amp;signature (JJ/MM/AAAA)&#xa0;:</source>
        <translation>تاريخ ال&amp;توقيع (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="95"/>
        <source>JJ/MM/AAAA</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="125"/>
        <source>Signer à l&apos;écran (souris, doigt, stylet, clavier ou image)</source>
        <translation>التوقيع على الشاشة (الفأرة أو الإصبع أو القلم أو لوحة المفاتيح أو صورة)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="151"/>
        <source>Ou tapez votre &amp;nom&#xa0;:</source>
        <translation>أو اكتب اس&amp;مك:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="165"/>
        <source>É&amp;crire ce nom comme signature</source>
        <translation>اكتب هذا الاسم &amp;كتوقيع</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="176"/>
        <source>&amp;Importer une image de votre signature…</source>
        <translation>ا&amp;ستيراد صورة لتوقيعك…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="200"/>
        <source>&amp;Effacer la signature</source>
        <translation>&amp;مسح التوقيع</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="207"/>
        <source>Enregistrer la &amp;signature</source>
        <translation>حفظ ال&amp;توقيع</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="214"/>
        <source>Signer le &amp;contrat joint</source>
        <translation>توقيع ال&amp;عقد المرفق</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Pour moi-même</source>
        <extracomment>Qt 6 asks for some of its file dialog&apos;s words under keys its shipped ``qtbase_XX.qm`` (Qt 5&apos;s) does not hold: « &amp;Look in: » and « Files of &amp;type: » (the .qm has them without the ``&amp;``), and the type column&apos;s « Folder » and « Drive » under ``QAbstractFileIconProvider`` (the .qm: ``QFileDialog``). Left alone, Qt&apos;s dialog is half in English in every language. The translators installed, whichever ``Languages`` installed them: the application speaks one language, so a switch removes them all (a second window&apos;s, a test&apos;s), never leaving an earlier language under the new one&apos;s untranslated strings.</extracomment>
        <translation>لنفسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>J&apos;aide une autre personne</source>
        <translation>أساعد شخصاً آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Point d&apos;accueil numérique</source>
        <translation>نقطة استقبال رقمية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Aucun (je n&apos;ai pas de document de séjour)</source>
        <translation>لا شيء (ليس لدي وثيقة إقامة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Un autre visa (court séjour, ou visa long séjour à échanger)</source>
        <translation>تأشيرة أخرى (إقامة قصيرة، أو تأشيرة إقامة طويلة تُستبدل ببطاقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Visa long séjour valant titre de séjour (VLS-TS)</source>
        <translation>تأشيرة إقامة طويلة تُعدّ سند إقامة (VLS-TS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Titre de séjour (carte)</source>
        <translation>بطاقة إقامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>Récépissé ou attestation de prolongation</source>
        <translation>وصل أو شهادة تمديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>Autorisation provisoire de séjour (APS)</source>
        <translation>ترخيص إقامة مؤقت (APS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>perdu</source>
        <translation>مفقودة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>volé</source>
        <translation>مسروقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="153"/>
        <source>En ligne sur le site ANEF</source>
        <translation>عبر الإنترنت على موقع ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>J&apos;ai déjà un rendez-vous à la préfecture</source>
        <translation>لدي موعد في المحافظة بالفعل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Je n&apos;arrive pas à obtenir de rendez-vous</source>
        <translation>لا أستطيع الحصول على موعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="161"/>
        <source>Non précisé</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="162"/>
        <source>Femme</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Homme</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Autre (X)</source>
        <translation>آخر (X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="170"/>
        <source>Célibataire</source>
        <translation>أعزب/عزباء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="171"/>
        <source>Marié(e)</source>
        <translation>متزوج(ة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="172"/>
        <source>Pacsé(e)</source>
        <translation>في شراكة مدنية (PACS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="173"/>
        <source>Divorcé(e)</source>
        <translation>مطلّق(ة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="174"/>
        <source>Veuf ou veuve</source>
        <translation>أرمل(ة)</translation>
    </message>
</context>
<context>
    <name>CivilPage</name>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="31"/>
        <location filename="../../desktop/forms/page_civil.ui" line="37"/>
        <source>État civil</source>
        <translation>الحالة المدنية</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="47"/>
        <source>Recopiez les informations exactement comme sur votre passeport.</source>
        <translation>انسخ المعلومات كما هي تماماً في جواز سفرك.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="68"/>
        <source>&amp;Nom&#xa0;:</source>
        <translation>ال&amp;لقب:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="85"/>
        <source>&amp;Prénoms&#xa0;:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="102"/>
        <source>&amp;Sexe&#xa0;:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="119"/>
        <source>Date de &amp;naissance (JJ/MM/AAAA)&#xa0;:</source>
        <translation>تاريخ ال&amp;ميلاد (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="132"/>
        <source>JJ/MM/AAAA</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="142"/>
        <source>&amp;Lieu de naissance (ville, pays)&#xa0;:</source>
        <translation>&amp;مكان الميلاد (المدينة، البلد):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="159"/>
        <source>Situation &amp;familiale&#xa0;:</source>
        <translation>الحالة ال&amp;عائلية:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="176"/>
        <source>Numéro &amp;étranger (10 chiffres)&#xa0;:</source>
        <translation>&amp;رقم الأجنبي (10 أرقام):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="199"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="216"/>
        <source>&amp;E-mail&#xa0;:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="233"/>
        <source>Mes actes d&apos;état civil sont dans une langue étrangère</source>
        <translation>وثائق حالتي المدنية بلغة أجنبية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="350"/>
        <source>Lire mon passeport (photo ou scan de la page avec la photo)…</source>
        <translation>قراءة جواز سفري (صورة أو مسح للصفحة التي فيها الصورة)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="356"/>
        <source>Les deux lignes en bas de la page du passeport remplissent les champs ; vous vérifiez chacun avant de le reporter.</source>
        <translation>يملأ السطران في أسفل صفحة الجواز الحقول؛ وتتحقق من كل قيمة قبل نقلها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="371"/>
        <source>Photo ou scan du passeport</source>
        <translation>صورة أو مسح لجواز السفر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="373"/>
        <source>Photo ou PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
        <translation>صورة أو PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Tous les fichiers</source>
        <translation>كل الملفات</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="713"/>
        <source>Pièces obligatoires prêtes : %1 sur %2.</source>
        <translation>الوثائق الإلزامية الجاهزة: %1 من %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="716"/>
        <source>✖ Pièces à corriger : %1.</source>
        <translation>✖ وثائق يجب تصحيحها: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="719"/>
        <source>⚠ Pièces à vérifier : %1.</source>
        <translation>⚠ وثائق يجب التحقق منها: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="738"/>
        <source>Vous n&apos;avez pas un document, ou vous ne savez pas lequel fournir ? Laissez sa pièce vide : l&apos;étape « Lettres » vous aide à écrire pourquoi il manque, et la page de garde du dossier le dira. Pour savoir quoi fournir, une association d&apos;aide aux étrangers (La Cimade, GISTI, France terre d&apos;asile) ou un avocat peut vous aider.</source>
        <translation>ليست لديك وثيقة، أو لا تعرف أيّ وثيقة تقدّم؟ اترك خانتها فارغة: تساعدك خطوة «الرسائل» على كتابة سبب غيابها، وستذكر ذلك الصفحةُ الأولى من الملف. ولمعرفة ما يجب تقديمه، يمكن أن تساعدك جمعية لمساعدة الأجانب (La Cimade، GISTI، France terre d&apos;asile) أو محامٍ.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="31"/>
        <location filename="../../desktop/forms/page_documents.ui" line="37"/>
        <source>Vos documents</source>
        <translation>وثائقك</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="47"/>
        <source>Pour chaque pièce : glissez les fichiers dans la zone, ou cliquez sur « Ajouter des fichiers ». Les photos prises avec un téléphone sont acceptées.</source>
        <translation>لكل وثيقة: اسحب الملفات إلى المنطقة، أو انقر «إضافة ملفات». الصور الملتقطة بالهاتف مقبولة.</translation>
    </message>
</context>
<context>
    <name>EphotoPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="492"/>
        <source>%1 caractères sur %2.</source>
        <translation>%1 من %2 حرفاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="502"/>
        <source>Code valable jusqu&apos;au %1.</source>
        <translation>الرمز صالح حتى %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="31"/>
        <location filename="../../desktop/forms/page_ephoto.ui" line="37"/>
        <source>Photo et signature numériques (e-photo)</source>
        <translation>الصورة والتوقيع الرقميان (e-photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="47"/>
        <source>Dans une cabine photo agréée ANTS, vous recevez une planche avec un code de 22 caractères. Il est valable 6 mois, mais ne fonctionne qu’à partir de 24 à 72 heures après la photo.</source>
        <translation>في كشك تصوير معتمد من ANTS تحصل على ورقة عليها رمز من 22 حرفاً. صالح لمدة 6 أشهر ولا يعمل إلا بعد 24 إلى 72 ساعة من التصوير.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="68"/>
        <source>&amp;Code e-photo (22 caractères)&#xa0;:</source>
        <translation>&amp;رمز e-photo (22 حرفاً):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="91"/>
        <source>&amp;Date de la photo (JJ/MM/AAAA)&#xa0;:</source>
        <translation>&amp;تاريخ الصورة (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="104"/>
        <source>JJ/MM/AAAA</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="114"/>
        <source>Je n&apos;ai pas encore de code : je le saisirai plus tard</source>
        <translation>ليس لدي رمز بعد: سأدخله لاحقاً</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="5"/>
        <source>Exporter le dossier</source>
        <translation>تصدير الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="9"/>
        <source>Le fichier de transmission (.dsvx) est chiffré avec sa propre phrase secrète. Donnez la phrase à la personne séparément du fichier (sur papier).</source>
        <translation>ملف التسليم (⁦.dsvx⁩) مشفّر بعبارة مرور خاصة به. أعطِ العبارة للشخص منفصلةً عن الملف (على ورقة).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="15"/>
        <source>&amp;Générer une phrase (conseillé)</source>
        <translation>&amp;توليد عبارة (مستحسن)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="29"/>
        <source>&amp;Une autre</source>
        <translation>&amp;عبارة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="36"/>
        <source>&amp;Choisir une phrase</source>
        <translation>اختيا&amp;ر عبارة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="46"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="58"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="70"/>
        <source>&amp;Afficher la phrase</source>
        <translation>إ&amp;ظهار العبارة</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/ui/letters.py" line="131"/>
        <source>Ouvrir</source>
        <extracomment>The sworn statements the app writes, and the piece each one is for.</extracomment>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="132"/>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="133"/>
        <source>Enregistrer sous…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="134"/>
        <source>Ouvrir la lettre</source>
        <translation>فتح الرسالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="135"/>
        <source>Imprimer la lettre</source>
        <translation>طباعة الرسالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="136"/>
        <source>Enregistrer la lettre sous…</source>
        <translation>حفظ الرسالة باسم…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="143"/>
        <source>✔ Lettre enregistrée dans : %1</source>
        <translation>✔ حُفظت الرسالة في: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="147"/>
        <source>(copie de travail, effacée à la fermeture : « Enregistrer sous… » en garde une où vous voulez).</source>
        <translation>(نسخة عمل تُحذف عند الإغلاق: «حفظ باسم…» يحفظ نسخة حيث تريد).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="163"/>
        <source>⚠ Aucune application n&apos;a pu ouvrir ce PDF : copiez le chemin ci-dessus, ou utilisez « Enregistrer sous… ».</source>
        <translation>⚠ لم يتمكن أي تطبيق من فتح ملف PDF هذا: انسخ المسار أعلاه، أو استخدم «حفظ باسم…».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="183"/>
        <source>Enregistrer la lettre sous</source>
        <translation>حفظ الرسالة باسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="199"/>
        <source>Copie enregistrée : %1</source>
        <translation>حُفظت النسخة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="248"/>
        <source>Lettre explicative (pièce manquante)</source>
        <translation>رسالة توضيحية (وثيقة ناقصة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="249"/>
        <source>Demande de rendez-vous</source>
        <translation>طلب موعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="252"/>
        <source>Attestation d’hébergement (signée par l’hébergeant)</source>
        <translation>شهادة الإيواء (يوقّعها المُضيف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="255"/>
        <source>Déclaration sur l’honneur de non-polygamie</source>
        <translation>تصريح على الشرف بعدم تعدد الزوجات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="256"/>
        <source>Déclaration de perte du titre de séjour</source>
        <translation>تصريح بفقدان بطاقة الإقامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="257"/>
        <source>Engagement à ne pas travailler (modèle à recopier)</source>
        <translation>تعهّد بعدم العمل (نموذج يُنسخ بخط اليد)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="276"/>
        <source>Lettre à rédiger</source>
        <translation>الرسالة المراد كتابتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="277"/>
        <source>Aperçu de la lettre en français</source>
        <translation>معاينة الرسالة بالفرنسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="278"/>
        <source>Tentatives enregistrées</source>
        <translation>المحاولات المسجلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="280"/>
        <source>Message affiché par le site</source>
        <translation>الرسالة التي يعرضها الموقع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="296"/>
        <source>(capture d&apos;écran jointe)</source>
        <translation>(لقطة الشاشة مرفقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="398"/>
        <source>Imprimez cette attestation : l’hébergeant la date et la signe. Ajoutez ensuite la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>اطبع هذه الشهادة: يؤرّخها المُضيف ويوقّعها. ثم أضف النسخة الموقّعة إلى الوثيقة «%1» (صفحة الوثائق).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="404"/>
        <source>C’est un modèle : recopiez-le à la main, datez-le et signez-le, puis ajoutez-le à la pièce « %1 » (page Documents).</source>
        <translation>هذا نموذج: انسخه بخط يدك، وأرّخه ووقّعه، ثم أضفه إلى الوثيقة «%1» (صفحة الوثائق).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="410"/>
        <source>Signé avec votre signature dessinée et ajouté à la pièce « %1 » : il fera partie du dossier préparé (page Documents pour le retirer).</source>
        <translation>موقَّع بتوقيعك المرسوم وأُضيف إلى المستند «%1»: سيكون جزءًا من الملف المُعَدّ (لإزالته، انتقل إلى صفحة «الوثائق»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="417"/>
        <source>Ce document porte votre signature dessinée. « Joindre au dossier » l’ajoute à la pièce « %1 ».</source>
        <translation>تحمل هذه الوثيقة توقيعك المرسوم. «إضافة إلى الملف» تضيفها إلى الوثيقة «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="423"/>
        <source>Imprimez ce document, signez-le, puis ajoutez la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>اطبع هذه الوثيقة ووقّعها، ثم أضف النسخة الموقّعة إلى الوثيقة «%1» (صفحة الوثائق).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="429"/>
        <source>Pour le signer à l’écran, dessinez votre signature à l’étape Contrat (CER), puis rédigez-le à nouveau.</source>
        <translation>للتوقيع على الشاشة، ارسم توقيعك في خطوة «العقد (CER)»، ثم اكتب الوثيقة من جديد.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="31"/>
        <location filename="../../desktop/forms/page_letters.ui" line="37"/>
        <source>Lettres</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="47"/>
        <source>L&apos;application rédige en français les lettres dont vous avez besoin. À droite, un résumé dans votre langue.</source>
        <translation>يكتب التطبيق الرسائل التي تحتاجها بالفرنسية. وبجانبها ملخص بلغتك.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="60"/>
        <source>Lettre explicative pour une pièce manquante</source>
        <translation>رسالة توضيحية عن وثيقة ناقصة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="72"/>
        <source>&amp;Pièce manquante&#xa0;:</source>
        <translation>ال&amp;وثيقة الناقصة:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="89"/>
        <source>&amp;Pourquoi ne pouvez-vous pas la fournir&#xa0;?</source>
        <translation>&amp;لماذا لا يمكنك تقديمها؟</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="106"/>
        <source>Demandée le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>طُلبت في (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="119"/>
        <location filename="../../desktop/forms/page_letters.ui" line="142"/>
        <source>JJ/MM/AAAA</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="129"/>
        <source>Attendue le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>متوقعة في (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="155"/>
        <source>Demande de rendez-vous (aucun créneau disponible)</source>
        <translation>طلب موعد (لا توجد مواعيد متاحة)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="161"/>
        <source>À chaque fois que le site de la préfecture n&apos;affiche aucun rendez-vous, ouvrez la page dans le navigateur puis enregistrez la tentative : l&apos;application prend une capture de tout l&apos;écran avec la date et l&apos;heure.</source>
        <translation>في كل مرة لا يعرض فيها موقع المحافظة أي موعد، افتح الصفحة في المتصفح ثم سجّل المحاولة: يلتقط التطبيق صورة للشاشة كاملة مع التاريخ والوقت.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="182"/>
        <source>&amp;Message affiché par le site&#xa0;:</source>
        <translation>ال&amp;رسالة التي يعرضها الموقع:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="202"/>
        <source>E-&amp;mail de la préfecture&#xa0;:</source>
        <translation>&amp;بريد المحافظة الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="220"/>
        <source>Enregistrer une &amp;tentative échouée</source>
        <translation>تسجيل &amp;محاولة فاشلة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="242"/>
        <source>Aucune tentative notée pour l’instant. À chaque échec sur le site de la préfecture, collez le message affiché ci-dessus puis cliquez sur « Enregistrer une tentative échouée ».</source>
        <translation>لم تُسجَّل أي محاولة بعد. في كل مرة يفشل فيها موقع المحافظة، الصق الرسالة التي يعرضها في الأعلى ثم انقر «تسجيل محاولة فاشلة».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="267"/>
        <source>Lettre en français</source>
        <translation>الرسالة بالفرنسية</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="285"/>
        <source>&amp;Rédiger la lettre</source>
        <translation>&amp;كتابة الرسالة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="292"/>
        <source>&amp;Joindre au dossier</source>
        <translation>إ&amp;ضافة إلى الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="317"/>
        <source>L’aperçu de la lettre s’affichera ici : choisissez la lettre ci-dessus, puis cliquez sur « Rédiger la lettre ».</source>
        <translation>ستظهر معاينة الرسالة هنا: اختر الرسالة في الأعلى، ثم انقر «كتابة الرسالة».</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="367"/>
        <source>Ce que dit la lettre</source>
        <translation>ماذا تقول الرسالة</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="27"/>
        <source>Vos dossiers sont protégés</source>
        <translation>ملفاتك محمية</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="34"/>
        <source>Entrez votre phrase secrète pour ouvrir vos dossiers.</source>
        <translation>أدخل عبارة المرور لفتح ملفاتك.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="56"/>
        <source>&amp;Afficher la phrase</source>
        <translation>إ&amp;ظهار العبارة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="72"/>
        <source>← &amp;Autre choix</source>
        <translation>&amp;خيار آخر →</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="83"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;فتح القفل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Étapes</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>Étape en cours</source>
        <translation>الخطوة الحالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>« %1 » (étape « %2 »)</source>
        <translation>«%1» (الخطوة «%2»)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Ces valeurs de votre dossier n&apos;étaient pas valables : elles ont été mises de côté, rien n&apos;est perdu. Saisissez-les de nouveau : %1</source>
        <translation>هذه القيم في ملفك لم تكن صالحة: وُضعت جانبًا، ولم يضع شيء. أدخلها من جديد: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>Étape pas encore atteinte</source>
        <translation>لم تصل إلى هذه الخطوة بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>Étape %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source>Étape %1 sur %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <location filename="../../desktop/forms/main_window.ui" line="38"/>
        <source>Enregistré</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="6"/>
        <location filename="../../desktop/forms/main_window.ui" line="15"/>
        <source>Dossier Séjour</source>
        <translation>Dossier Séjour (ملف الإقامة)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="48"/>
        <source>☰ &amp;Dossiers</source>
        <translation>☰ ال&amp;ملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="55"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="62"/>
        <source>&amp;Terminer la séance</source>
        <translation>إ&amp;نهاء الجلسة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="72"/>
        <source>&amp;Langue&#xa0;:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="130"/>
        <source>← &amp;Retour</source>
        <translation>&amp;رجوع →</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="158"/>
        <source>&amp;Suivant →</source>
        <translation>← ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="100"/>
        <source>L&apos;enregistrement a échoué (%1). Vos réponses restent dans la fenêtre : libérez de la place ou vérifiez le disque, l&apos;application réessaiera à la prochaine modification.</source>
        <extracomment>Files added in a batch (a drop, the file dialog) are copied off the GUI thread and listed in groups: the files copied so far, at most this often (each listing redraws the page once). How much lower than the window the background threads run (Linux ``nice``): an inspection of a 12 MP photo takes seconds of CPU; the window must never wait for a core behind it.</extracomment>
        <translation>تعذّر الحفظ (%1). تبقى إجاباتك في النافذة: حرّر بعض المساحة أو تحقّق من القرص؛ سيعيد التطبيق المحاولة عند تعديلك التالي.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="125"/>
        <source>Copier (effacé du presse-papiers après %1 s)</source>
        <translation>نسخ (يُمحى من الحافظة بعد %1 ثانية)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="135"/>
        <source>Copier</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="71"/>
        <source>Choisir dans le calendrier</source>
        <translation>اختر من التقويم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="76"/>
        <source>Alt+↓ ouvre un calendrier.</source>
        <translation>‏Alt+↓ يفتح التقويم.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="89"/>
        <source>Calendrier</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="37"/>
        <source>Nom</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="38"/>
        <source>Prénoms</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="39"/>
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="40"/>
        <source>Date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="41"/>
        <source>Nationalité (code)</source>
        <translation>الجنسية (الرمز)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="42"/>
        <source>Numéro du passeport</source>
        <translation>رقم جواز السفر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="43"/>
        <source>Date d&apos;expiration du passeport</source>
        <translation>تاريخ انتهاء جواز السفر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="56"/>
        <source>Lu sur votre passeport</source>
        <translation>مقروء من جواز سفرك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="60"/>
        <source>Lecture de la bande en bas du passeport…</source>
        <translation>جارٍ قراءة الشريط أسفل الجواز…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="66"/>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="67"/>
        <source>Reporter les valeurs cochées</source>
        <translation>نقل القيم المحددة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="104"/>
        <source>La bande de lecture (deux lignes de lettres et de « &lt; » en bas de la page avec la photo) n&apos;a pas été trouvée. Prenez la page entière, à plat, bien éclairée et nette, ou remplissez les champs à la main.</source>
        <translation>لم يُعثر على الشريط المقروء آليًا (سطران من الحروف و«&lt;» أسفل الصفحة التي فيها الصورة). صوّر الصفحة كاملة، مسطحة، جيدة الإضاءة وواضحة، أو املأ الحقول يدويًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="115"/>
        <source>Voici ce que dit votre passeport. Vérifiez chaque valeur, puis cochez celles à reporter. Ce que vous aviez tapé n&apos;est remplacé que si vous le cochez.</source>
        <translation>هذا ما يقوله جواز سفرك. تحقّق من كل قيمة ثم حدّد ما تريد نقله. لا يُستبدل ما كتبته إلا إذا حدّدته.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="124"/>
        <source>(vous aviez tapé : %1)</source>
        <translation>(كتبت: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="132"/>
        <source>confirmé par les chiffres de contrôle</source>
        <translation>مؤكَّد بأرقام التحقق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="134"/>
        <source>à comparer avec le passeport</source>
        <translation>قارِنه بجواز السفر</translation>
    </message>
</context>
<context>
    <name>Piece</name>
    <message>
        <location filename="../../desktop/ui/piece.py" line="68"/>
        <source>%1 Mo</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="183"/>
        <source>Formats acceptés : %1. Taille maximale du fichier déposé : %2 (l&apos;application réduit elle-même les fichiers trop lourds).</source>
        <translation>الصيغ المقبولة: %1. الحجم الأقصى للملف المودَع: %2 (يصغّر التطبيق بنفسه الملفات الثقيلة).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="191"/>
        <source>Nombre maximal de pages : %1.</source>
        <translation>الحد الأقصى لعدد الصفحات: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="197"/>
        <source>Zone de dépôt : %1</source>
        <translation>منطقة الإفلات: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="199"/>
        <source>Pages de : %1</source>
        <translation>صفحات: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="201"/>
        <source>Ajouter des fichiers : %1</source>
        <translation>إضافة ملفات: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="211"/>
        <source>Recadrer…</source>
        <translation>قص…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="212"/>
        <source>Recadrer la photo</source>
        <translation>قص الصورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="213"/>
        <source>Annuler</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="214"/>
        <source>Annuler le retrait</source>
        <translation>التراجع عن الإزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="215"/>
        <source>Double-clic, Entrée ou Espace : voir la page en grand. Glissez une page, ou Ctrl+← / Ctrl+→, pour changer son ordre.</source>
        <translation>نقر مزدوج أو Enter أو مسافة: عرض الصفحة بحجم كبير. اسحب صفحة، أو ⁦Ctrl+← / Ctrl+→⁩، لتغيير ترتيبها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Obligatoire</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Facultatif</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="259"/>
        <source>✖ « %1 » est refusé : ce fichier ne convient pas en l&apos;état. Retirez-le (bouton « Retirer ») ou remplacez-le.</source>
        <translation>✖ «%1» مرفوض: هذا الملف غير صالح كما هو. أزِله (زر «إزالة») أو استبدله.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="273"/>
        <source>Aucun fichier pour cette pièce.</source>
        <translation>لا يوجد ملف لهذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="285"/>
        <source>Règle d&apos;un point signalé</source>
        <translation>قاعدة نقطة مُنبَّه إليها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="362"/>
        <source>Copie gardée dans le dossier : %1</source>
        <translation>النسخة المحفوظة في الملف: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="446"/>
        <source>Montre le document trouvé sur la photo : ajustez ses coins.</source>
        <translation>يعرض الوثيقة التي عُثر عليها في الصورة: عدّل زواياها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="448"/>
        <source>Choisissez d&apos;abord une photo (JPEG, PNG, HEIC…).</source>
        <translation>اختر صورة أولًا (JPEG أو PNG أو HEIC…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="458"/>
        <source>Choisissez d&apos;abord une page : cliquez sur sa vignette.</source>
        <translation>اختر صفحة أولًا: انقر على صورتها المصغّرة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="460"/>
        <source>Tourne la page choisie d&apos;un quart de tour.</source>
        <translation>يدير الصفحة المختارة ربع دورة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="461"/>
        <source>Retire le fichier choisi de cette pièce (vous pourrez annuler).</source>
        <translation>يزيل الملف المختار من هذه الوثيقة (يمكنك التراجع).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="464"/>
        <source>Remplace le fichier choisi par un autre.</source>
        <translation>يستبدل الملف المختار بملف آخر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="465"/>
        <source>Retire seulement cette page du PDF (vous pourrez annuler).</source>
        <translation>يحذف هذه الصفحة فقط من ملف PDF (يمكنك التراجع).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="473"/>
        <source>Ce fichier n&apos;a qu&apos;une page : pour l&apos;enlever, utilisez « Retirer ».</source>
        <translation>هذا الملف صفحة واحدة فقط: لإزالته استخدم «إزالة».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="502"/>
        <source>Documents acceptés</source>
        <translation>المستندات المقبولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="504"/>
        <source>Tous les fichiers</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="510"/>
        <source>Choisir des fichiers</source>
        <translation>اختيار ملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="530"/>
        <source>Ajout d&apos;un fichier…</source>
        <translation>جارٍ إضافة ملف واحد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="532"/>
        <source>Ajout de %1 fichiers…</source>
        <translation>جارٍ إضافة الملفات: %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="535"/>
        <source>✖ « %1 » n&apos;a pas été ajouté : %2</source>
        <translation>✖ لم تتم إضافة «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="548"/>
        <source>Fichier retiré : « %1 ».</source>
        <translation>أُزيل الملف: «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="556"/>
        <source>Remplacer le fichier</source>
        <translation>استبدال الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="580"/>
        <location filename="../../desktop/ui/piece.py" line="590"/>
        <source>Mot de passe du PDF</source>
        <translation>كلمة مرور PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="581"/>
        <source>Mot de passe de « %1 »&#xa0;:</source>
        <translation>كلمة مرور «%1»:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="600"/>
        <source>Page %1 retirée de « %2 ».</source>
        <translation>حُذفت الصفحة %1 من «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="831"/>
        <source>Page précédente</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="832"/>
        <source>Page suivante</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="833"/>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="846"/>
        <source>Page en grand</source>
        <translation>الصفحة بحجم كبير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="865"/>
        <source>Cette page ne peut pas être affichée.</source>
        <translation>لا يمكن عرض هذه الصفحة.</translation>
    </message>
</context>
<context>
    <name>PieceForm</name>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="67"/>
        <source>Glissez les fichiers ici, ou&#xa0;:</source>
        <translation>اسحب الملفات إلى هنا، أو:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="77"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="106"/>
        <source>Faire pivoter</source>
        <translation>تدوير</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="113"/>
        <source>Retirer cette page</source>
        <translation>حذف هذه الصفحة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="120"/>
        <source>Remplacer…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="127"/>
        <source>&amp;Mot de passe…</source>
        <translation>&amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="134"/>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="164"/>
        <source>Date du document (JJ/MM/AAAA)&#xa0;:</source>
        <translation>تاريخ الوثيقة (يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="177"/>
        <location filename="../../desktop/forms/piece.ui" line="200"/>
        <source>JJ/MM/AAAA</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="187"/>
        <source>Valable jusqu&apos;au (JJ/MM/AAAA)&#xa0;:</source>
        <translation>صالحة حتى (يوم/شهر/سنة):</translation>
    </message>
</context>
<context>
    <name>Principles</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="204"/>
        <source>la liberté personnelle</source>
        <translation>الحرية الشخصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="205"/>
        <source>la liberté d&apos;expression et de conscience</source>
        <translation>حرية التعبير والضمير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="206"/>
        <source>l&apos;égalité entre les femmes et les hommes</source>
        <translation>المساواة بين النساء والرجال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="207"/>
        <source>la dignité de la personne humaine</source>
        <translation>كرامة الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="208"/>
        <source>la devise et les symboles de la République</source>
        <translation>شعار الجمهورية ورموزها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="209"/>
        <source>l&apos;intégrité territoriale</source>
        <translation>السلامة الإقليمية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="210"/>
        <source>la laïcité</source>
        <translation>العلمانية (laïcité)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/build.py" line="53"/>
        <source>Vérification du dossier</source>
        <translation>التحقق من الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="54"/>
        <source>Préparation des fichiers</source>
        <translation>تجهيز الملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="55"/>
        <source>Préparation des pages</source>
        <translation>تجهيز الصفحات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="56"/>
        <source>Réduction de la taille</source>
        <translation>تقليص الحجم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="57"/>
        <source>Dossier complet (PDF)</source>
        <translation>الملف الكامل (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="58"/>
        <source>Guide de dépôt</source>
        <translation>دليل الإيداع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="59"/>
        <source>Terminé</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="81"/>
        <source>%1 Ko</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="83"/>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="82"/>
        <source>%1 Mo</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="95"/>
        <source>1 avertissement</source>
        <translation>تنبيه واحد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="96"/>
        <source>%1 avertissements</source>
        <translation>%1 تنبيهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="171"/>
        <location filename="../../desktop/ui/build.py" line="176"/>
        <source>Ouvrir le guide</source>
        <translation>فتح الدليل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="172"/>
        <location filename="../../desktop/ui/build.py" line="175"/>
        <source>Copier le chemin</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="173"/>
        <source>Fichiers préparés</source>
        <translation>الملفات المجهّزة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="174"/>
        <source>Chemin du dossier</source>
        <translation>مسار المجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="182"/>
        <source>État des pièces</source>
        <translation>حالة الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="183"/>
        <source>Avancement</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="184"/>
        <location filename="../../desktop/ui/build.py" line="295"/>
        <source>Dossier de sortie</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="201"/>
        <source>Choisissez d&apos;abord votre situation.</source>
        <translation>اختر وضعك أولاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="205"/>
        <source>Double-clic ou Entrée : ouvrir cette pièce.</source>
        <translation>نقر مزدوج أو Enter: فتح هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="227"/>
        <source>⚠ Rien ne manque (complet, %1), mais vérifiez d&apos;abord les points ci-dessous : vous pouvez préparer les fichiers, ou corriger puis les préparer.</source>
        <translation>⚠ لا ينقص شيء (الملف كامل، %1)، لكن تحقّق أولًا من النقاط أدناه: يمكنك تجهيز الملفات، أو التصحيح ثم التجهيز.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="233"/>
        <source>✔ Le dossier est complet : vous pouvez préparer les fichiers.</source>
        <translation>✔ الملف مكتمل: يمكنك تجهيز الملفات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="237"/>
        <source>⚠ Le dossier n&apos;est pas encore complet. Vous pouvez quand même préparer les fichiers et compléter plus tard.</source>
        <translation>⚠ الملف غير مكتمل بعد. يمكنك مع ذلك تجهيز الملفات وإكماله لاحقاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="264"/>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="269"/>
        <source>Règles de l&apos;application</source>
        <translation>قواعد التطبيق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="347"/>
        <source>Annulation…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="361"/>
        <source>✔ Les fichiers sont prêts dans : %1</source>
        <translation>✔ الملفات جاهزة في: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="363"/>
        <source>⚠ Les fichiers sont prêts dans : %1 — mais il manque encore des pièces.</source>
        <translation>⚠ الملفات جاهزة في: %1 — لكن ما زالت بعض الوثائق ناقصة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="385"/>
        <source>ANEF : « %1 »</source>
        <translation>ANEF: «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="388"/>
        <source>trop lourd (maximum %1)</source>
        <translation>حجمه كبير جدًا (الحد الأقصى %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="394"/>
        <source>Étape suivante : connectez-vous à votre espace ANEF et déposez ces fichiers (dossier « upload ») en suivant GUIDE.pdf, qui dit dans quelle case va chacun. « dossier-complet.pdf » est votre copie à garder ou à imprimer.</source>
        <translation>الخطوة التالية: ادخل إلى حسابك في ANEF وارفع هذه الملفات (مجلد «upload») متّبعًا GUIDE.pdf الذي يبيّن الخانة المناسبة لكل ملف. «dossier-complet.pdf» نسختك للاحتفاظ بها أو طباعتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="416"/>
        <source>Aucun gestionnaire de fichiers n&apos;a pu s&apos;ouvrir sur cet ordinateur. Les fichiers sont ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>تعذّر فتح مدير الملفات على هذا الحاسوب. الملفات هنا: انسخ هذا المسار وافتحه بنفسك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="422"/>
        <source>Aucune application n&apos;a pu ouvrir ce fichier sur cet ordinateur. Il est ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>لم يتمكن أي تطبيق من فتح هذا الملف على هذا الحاسوب. إنه هنا: انسخ هذا المسار وافتحه بنفسك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="442"/>
        <source>Chemin copié : collez-le dans une fenêtre ou un terminal.</source>
        <translation>نُسخ المسار: الصقه في نافذة أو في الطرفية.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="452"/>
        <source>Préparation annulée : rien n&apos;a été écrit.</source>
        <translation>أُلغي التجهيز: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="458"/>
        <source>✖ La préparation a échoué. Votre dossier est intact.</source>
        <translation>✖ فشل التجهيز. ملفك سليم.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="485"/>
        <source>Choisir la clé USB</source>
        <translation>اختيار مفتاح USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="493"/>
        <source>✔ Copié sur : %1</source>
        <translation>✔ نُسخ إلى: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="31"/>
        <location filename="../../desktop/forms/page_review.ui" line="37"/>
        <source>Vérifier et préparer le dossier</source>
        <translation>التحقق من الملف وتجهيزه</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="64"/>
        <source>Préparer les fichiers à déposer</source>
        <translation>تجهيز الملفات للإيداع</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="78"/>
        <source>&amp;Dossier de sortie&#xa0;:</source>
        <translation>&amp;مجلد الإخراج:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="99"/>
        <source>C&amp;hoisir…</source>
        <translation>اختيا&amp;ر…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="106"/>
        <source>&amp;Préparer le dossier</source>
        <translation>&amp;تجهيز الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="113"/>
        <source>A&amp;nnuler</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="151"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="158"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="165"/>
        <source>Copier sur une clé &amp;USB</source>
        <translation>نسخ إلى مفتاح &amp;USB</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="171"/>
        <source>Recadrer la photo</source>
        <translation>قص الصورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="179"/>
        <source>Photo et contour du document</source>
        <translation>الصورة وحدود الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="184"/>
        <source>Page nettoyée</source>
        <translation>الصفحة بعد التنظيف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="192"/>
        <source>Garder la photo telle quelle</source>
        <translation>الإبقاء على الصورة كما هي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="193"/>
        <source>Détection automatique</source>
        <translation>الكشف التلقائي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="194"/>
        <source>Utiliser ce cadrage</source>
        <translation>استخدام هذا الإطار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="205"/>
        <source>Faites glisser les quatre coins sur ceux du document (ou Tab, puis les flèches ; Espace passe au coin suivant). À droite : la page telle qu&apos;elle sera déposée.</source>
        <translation>اسحب الزوايا الأربع إلى زوايا الوثيقة (أو Tab ثم الأسهم؛ المسافة تنتقل إلى الزاوية التالية). على اليمين: الصفحة كما ستُودع.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="239"/>
        <source>Document trouvé (confiance %1 %). Vérifiez les coins.</source>
        <translation>تم العثور على الوثيقة (الثقة %1 %). تحقّق من الزوايا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="244"/>
        <source>Votre cadrage enregistré.</source>
        <translation>إطارك المحفوظ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="247"/>
        <source>Aucun document trouvé sur cette photo : elle sera déposée telle quelle. Pour un meilleur résultat, posez le document sur une surface sombre et photographiez-le de face.</source>
        <translation>لم يُعثر على وثيقة في هذه الصورة: ستُودع كما هي. للحصول على نتيجة أفضل، ضع الوثيقة على سطح داكن وصوّرها من الأمام.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="272"/>
        <source>Recherche du document sur la photo…</source>
        <translation>جارٍ البحث عن الوثيقة في الصورة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="284"/>
        <source>(la photo telle quelle)</source>
        <translation>(الصورة كما هي)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="5"/>
        <source>Protéger vos dossiers</source>
        <translation>حماية ملفاتك</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="9"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez comment protéger leur clé. Ce choix se fait une seule fois.</source>
        <translation>ستُشفَّر ملفاتك على هذا الحاسوب. اختر طريقة حماية مفتاحها. يتم هذا الاختيار مرة واحدة فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="15"/>
        <source>Le &amp;trousseau de cet ordinateur (conseillé)</source>
        <translation>&amp;سلسلة مفاتيح هذا الحاسوب (مستحسن)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="20"/>
        <source>Rien à retenir : la clé est gardée par votre session, comme vos mots de passe enregistrés.</source>
        <translation>لا شيء لتتذكره: تحفظ جلستك المفتاح، مثل كلمات المرور المحفوظة.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="27"/>
        <source>Une &amp;phrase secrète que je choisis</source>
        <translation>&amp;عبارة مرور أختارها</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="32"/>
        <source>À taper à chaque ouverture. Notez-la en lieu sûr : sans elle, personne ne pourra rouvrir vos dossiers.</source>
        <translation>تُكتب عند كل فتح. دوّنها في مكان آمن: بدونها لن يتمكن أحد من فتح ملفاتك مجددًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="56"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="68"/>
        <source>&amp;Afficher la phrase</source>
        <translation>إ&amp;ظهار العبارة</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/ui/signature.py" line="51"/>
        <source>Zone de signature</source>
        <translation>منطقة التوقيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature.py" line="53"/>
        <source>Signez avec la souris, le doigt ou un stylet.</source>
        <translation>وقّع بالفأرة أو بإصبعك أو بقلم.</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="128"/>
        <location filename="../../desktop/ui/step_pages.py" line="129"/>
        <source>Votre démarche</source>
        <translation>إجراؤك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="134"/>
        <location filename="../../desktop/ui/step_pages.py" line="135"/>
        <source>Période de dépôt</source>
        <translation>فترة الإيداع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="180"/>
        <source>%1 — code OACI du passeport : %2</source>
        <translation>%1 — رمز ICAO في جواز السفر: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="184"/>
        <source>Choisissez votre pays dans la liste, ou tapez les 3 lettres de la ligne « Nationalité » du passeport.</source>
        <translation>اختر بلدك من القائمة، أو اكتب الأحرف الثلاثة من سطر «الجنسية» في جواز السفر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="259"/>
        <source>Répondez aux questions : la démarche s&apos;affichera ici.</source>
        <translation>أجب عن الأسئلة: سيظهر الإجراء هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="264"/>
        <source>Votre démarche : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>إجراؤك: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="274"/>
        <source>Période de dépôt du renouvellement : du %1 au %2 (le titre expire le %3).</source>
        <translation>فترة إيداع التجديد: من %1 إلى %2 (تنتهي البطاقة في %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="284"/>
        <source>✔ C&apos;est le bon moment pour déposer.</source>
        <translation>✔ هذا هو الوقت المناسب للإيداع.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="285"/>
        <source>⚠ C&apos;est trop tôt : attendez l&apos;ouverture de la période.</source>
        <translation>⚠ الوقت مبكر جداً: انتظر بدء الفترة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="288"/>
        <source>⚠ Le délai de dépôt est dépassé : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide) et aucune attestation de prolongation d&apos;instruction ne sera délivrée. Déposez au plus vite.</source>
        <translation>⚠ انقضت مهلة التقديم: يُضاف رسم التسوية المبيَّن أدناه (إلا في حالة القوة القاهرة أو حيازة تأشيرة سارية) ولن تُمنح شهادة تمديد دراسة الطلب (attestation de prolongation d’instruction). قدّم الطلب في أسرع وقت.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="295"/>
        <source>✖ Le titre a expiré : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide). Déposez au plus vite ; une association ou un avocat peut vous aider.</source>
        <translation>✖ انتهت صلاحية بطاقة إقامتك: يُضاف رسم التسوية المبيَّن أدناه (إلا في حالة القوة القاهرة أو حيازة تأشيرة سارية). قدّم الطلب في أسرع وقت؛ يمكن لجمعية أو محامٍ مساعدتك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="304"/>
        <source>%4 : %1 € (taxe %2 € + timbre %3 €).</source>
        <translation>%4: %1 € (ضريبة %2 € + طابع %3 €).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="312"/>
        <source>Dont %1 € à payer dès le dépôt.</source>
        <translation>منها %1 € تُدفع عند الإيداع.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="31"/>
        <location filename="../../desktop/forms/page_situation.ui" line="37"/>
        <source>Votre situation</source>
        <translation>وضعك</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="47"/>
        <source>Quelques questions pour savoir quelle démarche faire et quelles pièces fournir.</source>
        <translation>بعض الأسئلة لمعرفة الإجراء الواجب اتباعه والوثائق المطلوبة.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="60"/>
        <source>Que demandez-vous&#xa0;?</source>
        <translation>ماذا تطلب؟</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="66"/>
        <source>Un titre de séjour (première demande ou renouvellement)</source>
        <translation>بطاقة إقامة (طلب أول أو تجديد)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="73"/>
        <source>Un duplicata (titre perdu ou volé)</source>
        <translation>نسخة بديلة (بطاقة مفقودة أو مسروقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="80"/>
        <source>Déclarer un changement d&apos;adresse</source>
        <translation>التصريح بتغيير العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="87"/>
        <source>Déclarer un changement d&apos;état civil (mariage, divorce, nom)</source>
        <translation>التصريح بتغيير في الحالة المدنية (زواج، طلاق، اسم)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="105"/>
        <source>&amp;Catégorie de titre demandée&#xa0;:</source>
        <translation>&amp;فئة البطاقة المطلوبة:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="122"/>
        <source>Le titre a été&#xa0;:</source>
        <translation>البطاقة كانت:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="139"/>
        <source>&amp;Document de séjour actuel&#xa0;:</source>
        <translation>&amp;وثيقة الإقامة الحالية:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="156"/>
        <source>Catégorie du titre &amp;actuel&#xa0;:</source>
        <translation>فئة البطاقة ال&amp;حالية:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="173"/>
        <source>Il expire le (&amp;JJ/MM/AAAA)&#xa0;:</source>
        <translation>تنتهي في (&amp;يوم/شهر/سنة):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="186"/>
        <source>JJ/MM/AAAA</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="196"/>
        <source>&amp;Nationalité (pays du passeport)&#xa0;:</source>
        <translation>ال&amp;جنسية (بلد جواز السفر):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="209"/>
        <source>Tapez le nom du pays ou le code à 3 lettres</source>
        <translation>اكتب اسم البلد أو الرمز المكوّن من 3 أحرف</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="253"/>
        <source>Je suis entré(e) en France sans le visa de long séjour que demande ce titre</source>
        <translation>دخلتُ فرنسا دون تأشيرة الإقامة الطويلة التي تتطلبها هذه البطاقة</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="260"/>
        <source>J&apos;ai fait en France au moins 3 ans d&apos;études secondaires ou 1 an d&apos;études supérieures</source>
        <translation>درستُ في فرنسا 3 سنوات على الأقل في التعليم الثانوي أو سنة في التعليم العالي</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="229"/>
        <source>Comment allez-vous &amp;déposer&#xa0;?</source>
        <translation>كيف س&amp;تودع الطلب؟</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="246"/>
        <source>C&apos;est ma première carte pluriannuelle ou de résident</source>
        <translation>هذه أول بطاقة متعددة السنوات أو بطاقة مقيم لي</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../desktop/ui/sources.py" line="63"/>
        <source>Lire la source</source>
        <translation>اقرأ المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="162"/>
        <source>lire la source</source>
        <translation>اقرأ المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="180"/>
        <source>Détails de la règle</source>
        <translation>تفاصيل القاعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Masquer</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Détails…</source>
        <translation>التفاصيل…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="180"/>
        <source>Prêt</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="181"/>
        <source>À vérifier</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="182"/>
        <source>À corriger</source>
        <translation>للتصحيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="183"/>
        <source>Manquant</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="184"/>
        <source>Facultatif</source>
        <translation>اختياري</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Bienvenue</source>
        <translation>مرحباً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="191"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="192"/>
        <source>État civil</source>
        <translation>الحالة المدنية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Photo (e-photo)</source>
        <translation>الصورة (e-photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="195"/>
        <source>Contrat (CER)</source>
        <translation>العقد (CER)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="196"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="197"/>
        <source>Lettres</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="198"/>
        <source>Vérifier et préparer</source>
        <translation>التحقق والتجهيز</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="37"/>
        <source>Trop courte : au moins %1 caractères.</source>
        <translation>قصيرة جدًا: %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="48"/>
        <source>Faible : ajoutez des mots.</source>
        <translation>ضعيفة: أضف كلمات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="50"/>
        <source>Moyenne : un ou deux mots de plus la renforceraient.</source>
        <translation>متوسطة: كلمة أو كلمتان إضافيتان ستجعلانها أقوى.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="51"/>
        <source>Bonne.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="73"/>
        <source>Brouillon</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="74"/>
        <source>Incomplet</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="75"/>
        <source>Complet</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="76"/>
        <source>Déposé</source>
        <translation>مُودَع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="134"/>
        <source>La phrase secrète doit avoir au moins %1 caractères.</source>
        <translation>يجب أن تتكون عبارة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="116"/>
        <location filename="../../desktop/ui/vault_screens.py" line="138"/>
        <source>Les deux phrases ne sont pas identiques : retapez-les.</source>
        <translation>العبارتان غير متطابقتين: أعد كتابتهما.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="88"/>
        <source>Complet, %1</source>
        <translation>مكتمل، %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="174"/>
        <source>Aucun trousseau n&apos;est disponible sur cet ordinateur.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="223"/>
        <source>Phrase générée</source>
        <translation>العبارة المولَّدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="291"/>
        <source>Verrouillé après un moment sans activité : vos dossiers sont enregistrés et chiffrés.</source>
        <translation>قُفل بعد فترة من عدم النشاط: ملفاتك محفوظة ومشفّرة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="297"/>
        <source>Vos dossiers sont chiffrés sur cet ordinateur.</source>
        <translation>ملفاتك مشفّرة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="299"/>
        <source>Entrez votre phrase secrète pour continuer.</source>
        <translation>أدخل عبارة المرور للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="301"/>
        <source>Le trousseau de votre session garde la clé : cliquez pour continuer.</source>
        <translation>تحفظ سلسلة مفاتيح جلستك المفتاح: انقر للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="341"/>
        <source>Liste des dossiers</source>
        <translation>قائمة الملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="342"/>
        <source>Colonnes</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="360"/>
        <source>(sans nom)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="378"/>
        <source>Dossiers : %1</source>
        <translation>الملفات: %1</translation>
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
        <translation>حفظ ملف التسليم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="364"/>
        <location filename="../../desktop/ui/vault_ui.py" line="374"/>
        <source>Fichier de transmission (*.dsvx)</source>
        <translation>ملف تسليم (*.dsvx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="372"/>
        <location filename="../../desktop/ui/vault_ui.py" line="390"/>
        <source>Importer un fichier de transmission</source>
        <translation>استيراد ملف تسليم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="381"/>
        <source>Choisir le dossier ou la clé USB</source>
        <translation>اختر المجلد أو مفتاح USB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="385"/>
        <source>Phrase secrète donnée avec le fichier&#xa0;:</source>
        <translation>عبارة المرور المرفقة بالملف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="106"/>
        <source>Fichier enregistré : %1. Donnez la phrase secrète à part : %2</source>
        <translation>حُفظ الملف: %1. أعطِ عبارة المرور بشكل منفصل: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="142"/>
        <source>Dossier importé.</source>
        <translation>تم استيراد الملف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="149"/>
        <source>Ce dossier existe déjà</source>
        <translation>هذا الملف موجود مسبقًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="150"/>
        <source>Ce dossier est déjà dans la liste. Le remplacer par la version du fichier ?</source>
        <translation>هذا الملف موجود في القائمة. هل تريد استبداله بالنسخة الموجودة في الملف؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="133"/>
        <source>Tout ce qui a été saisi et déposé pendant cette séance va être effacé de cet ordinateur. Si ce n’est pas encore fait, cliquez d’abord sur « Emporter mon dossier… » pour le copier sur votre clé USB.</source>
        <translation>سيُمحى من هذا الحاسوب كل ما كُتب وأُضيف خلال هذه الجلسة. إن لم تفعل ذلك بعد، انقر أولًا «أخذ ملفي معي…» لنسخه إلى مفتاح USB الخاص بك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="171"/>
        <source>Êtes-vous toujours là ?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="154"/>
        <source>Remplacer</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="168"/>
        <source>Supprimer le dossier</source>
        <translation>حذف الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="169"/>
        <source>Supprimer définitivement le dossier de %1 et tous ses fichiers ? Cela ne peut pas être annulé.</source>
        <translation>حذف ملف %1 وجميع ملفاته نهائيًا؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="174"/>
        <source>Supprimer</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="179"/>
        <source>Dossier supprimé.</source>
        <translation>تم حذف الملف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="132"/>
        <location filename="../../desktop/ui/vault_reception.py" line="166"/>
        <source>Terminer la séance</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="142"/>
        <source>Tout effacer</source>
        <translation>محو كل شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="146"/>
        <source>Emporter mon dossier…</source>
        <translation>أخذ ملفي معي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="163"/>
        <source>Oui, je continue</source>
        <translation>نعم، سأتابع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="173"/>
        <source>Êtes-vous toujours là ? Sans réponse, tout ce qui a été saisi sera effacé dans %1 secondes.</source>
        <translation>هل ما زلت هنا؟ إن لم تُجب، سيُمحى كل ما كُتب خلال %1 ثانية.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="31"/>
        <location filename="../../desktop/forms/page_welcome.ui" line="37"/>
        <source>Bienvenue</source>
        <translation>مرحباً</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="47"/>
        <source>Cette application vous aide à préparer votre dossier de titre de séjour, pas à pas. Tout reste sur cet ordinateur : rien n&apos;est envoyé sur Internet. Votre travail est enregistré au fur et à mesure.</source>
        <translation>يساعدك هذا التطبيق على تجهيز ملف بطاقة الإقامة خطوة بخطوة. يبقى كل شيء على هذا الحاسوب: لا يُرسل أي شيء عبر الإنترنت. يُحفظ عملك أولاً بأول.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="60"/>
        <source>Pour qui préparez-vous ce dossier&#xa0;?</source>
        <translation>لمن تجهّز هذا الملف؟</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="66"/>
        <source>Pour moi-même</source>
        <translation>لنفسي</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="73"/>
        <source>Vous préparez votre propre dossier, chez vous.</source>
        <translation>تجهّز ملفك بنفسك، في منزلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="86"/>
        <source>J&apos;aide une autre personne (bénévole, proche)</source>
        <translation>أساعد شخصاً آخر (متطوع، قريب)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="93"/>
        <source>Vous êtes à côté de la personne et remplissez avec elle.</source>
        <translation>أنت بجانب الشخص وتملأ الملف معه.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="106"/>
        <source>Point d&apos;accueil numérique (ordinateur partagé)</source>
        <translation>نقطة استقبال رقمية (حاسوب مشترك)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="113"/>
        <source>Rien ne doit rester sur l&apos;ordinateur à la fin de la séance.</source>
        <translation>يجب ألّا يبقى أي شيء على الحاسوب في نهاية الجلسة.</translation>
    </message>
</context>
</TS>

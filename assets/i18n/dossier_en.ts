<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="31"/>
        <location filename="../../desktop/forms/page_address.ui" line="37"/>
        <source>Votre adresse</source>
        <translation>Your address</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="47"/>
        <source>Où habitez-vous&#xa0;?</source>
        <translation>Where do you live?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="53"/>
        <source>Chez moi (bail ou factures à mon nom)</source>
        <translation>In my own home (lease or bills in my name)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="60"/>
        <source>Hébergé(e) chez un particulier</source>
        <translation>Hosted by a private person</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="67"/>
        <source>À l&apos;hôtel</source>
        <translation>In a hotel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="74"/>
        <source>Domiciliation (association, CCAS : pas de domicile stable)</source>
        <translation>Registered address (association, CCAS: no stable home)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="92"/>
        <source>Nom de l&apos;&amp;hôtel&#xa0;:</source>
        <translation>&amp;Hotel name:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="109"/>
        <source>&amp;Organisme de domiciliation&#xa0;:</source>
        <translation>&amp;Registered-address organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="126"/>
        <source>&amp;Adresse (numéro et rue)&#xa0;:</source>
        <translation>&amp;Address (number and street):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="143"/>
        <source>&amp;Complément d&apos;adresse&#xa0;:</source>
        <translation>Address &amp;line 2:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="160"/>
        <source>Code &amp;postal&#xa0;:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="183"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation>&amp;Town or city:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="202"/>
        <source>La personne qui vous héberge</source>
        <translation>The person hosting you</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="214"/>
        <source>No&amp;m de l&apos;hébergeant&#xa0;:</source>
        <translation>Host’s &amp;surname:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="231"/>
        <source>Pré&amp;noms de l&apos;hébergeant&#xa0;:</source>
        <translation>Host’s &amp;given names:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="248"/>
        <source>Date de naissance de l&apos;hébergeant&#xa0;:</source>
        <translation>Host’s date of birth:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="261"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="274"/>
        <source>Pour cette adresse, il faut exactement ces pièces&#xa0;:</source>
        <translation>For this address, exactly these documents are needed:</translation>
    </message>
</context>
<context>
    <name>AfterFiling</name>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="98"/>
        <source>Après le dépôt</source>
        <translation>After filing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="99"/>
        <source>Déposé sur ANEF le (JJ/MM/AAAA) :</source>
        <translation>Filed on ANEF on (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="100"/>
        <source>Numéro de la demande (facultatif) :</source>
        <translation>Request number (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="101"/>
        <location filename="../../desktop/ui/after_filing.py" line="102"/>
        <source>J&apos;ai déposé sur ANEF</source>
        <translation>I have filed on ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="103"/>
        <source>Date du dépôt sur ANEF</source>
        <translation>Date of filing on ANEF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="104"/>
        <source>Numéro de la demande ANEF</source>
        <translation>ANEF request number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="105"/>
        <source>Ce qui vient ensuite</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="106"/>
        <source>Ajouter un document reçu…</source>
        <translation>Add a paper you received…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="108"/>
        <source>Attestation de dépôt, de prolongation, convocation ou décision (PDF d&apos;ANEF)</source>
        <translation>Filing or extension attestation, appointment or decision (PDF from ANEF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="113"/>
        <source>Exporter le calendrier (.ics)…</source>
        <translation>Export the calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="114"/>
        <source>Note pour l&apos;employeur…</source>
        <translation>Note for the employer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="133"/>
        <source>Quand vous avez déposé sur ANEF, dites-le ici : les fichiers envoyés sont gardés tels quels avec un récapitulatif, et l&apos;application vous dit ce qui vient ensuite (attestation, délais, réponses).</source>
        <translation>Once you have filed on ANEF, say so here: the files sent are kept as they were with a filing record, and the app tells you what comes next (attestation, deadlines, answers).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="148"/>
        <source>Déposé le %1. Les fichiers envoyés sont gardés dans « %2 ».</source>
        <translation>Filed on %1. The files sent are kept in “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="188"/>
        <source>« %1 » n&apos;est pas une date : écrivez-la comme 01/12/2026.</source>
        <translation>“%1” is not a date: write it like 01/12/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="223"/>
        <source>Enregistrement du dépôt : les fichiers sont préparés et figés…</source>
        <translation>Recording the filing: the files are being prepared and frozen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="233"/>
        <source>Document reçu de la préfecture</source>
        <translation>Paper received from the prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="235"/>
        <source>PDF ou photo (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF or photo (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="258"/>
        <source>Document ajouté.</source>
        <translation>Paper added.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="265"/>
        <source>Exporter le calendrier</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="280"/>
        <source>Calendrier enregistré : « %1 ». Importez-le dans l&apos;agenda de votre téléphone.</source>
        <translation>Calendar saved: “%1”. Import it into your phone&apos;s calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="289"/>
        <source>Note pour l&apos;employeur</source>
        <translation>Note for the employer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="311"/>
        <source>Note enregistrée : « %1 ».</source>
        <translation>Note saved: “%1”.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="8"/>
        <source>Les dossiers des personnes que vous aidez</source>
        <translation>The dossiers of the people you help</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="15"/>
        <source>Tous ces dossiers sont chiffrés sur cet ordinateur. Ouvrez un dossier pour continuer, ou exportez-le pour le remettre à la personne.</source>
        <translation>All these dossiers are encrypted on this computer. Open a dossier to continue, or export it to hand it to the person.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="24"/>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="30"/>
        <source>Nom, numéro étranger…</source>
        <translation>Name, foreign national number…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="45"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="50"/>
        <source>Numéro étranger</source>
        <translation>Foreign national number</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="55"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="60"/>
        <source>Pièces manquantes</source>
        <translation>Missing pieces</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="65"/>
        <source>Prochaine échéance</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="70"/>
        <source>Dernière modification</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="92"/>
        <source>&amp;Nouveau dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="97"/>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="108"/>
        <source>&amp;Exporter pour la personne…</source>
        <translation>&amp;Export for the person…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="113"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="118"/>
        <source>&amp;Supprimer…</source>
        <translation>&amp;Delete…</translation>
    </message>
</context>
<context>
    <name>CerPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="538"/>
        <source>⚠ Tapez d&apos;abord votre nom.</source>
        <translation>⚠ Type your name first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="542"/>
        <source>Votre nom est écrit dans le cadre. « Enregistrer la signature » la garde.</source>
        <translation>Your name is written in the box. “Save the signature” keeps it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="555"/>
        <source>Image de votre signature</source>
        <translation>Picture of your signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="557"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="586"/>
        <source>✖ « %1 » ne s&apos;ouvre pas comme une image. Choisissez une photo ou un scan PNG ou JPEG de votre signature.</source>
        <translation>✖ “%1” does not open as a picture. Choose a PNG or JPEG photo or scan of your signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="595"/>
        <source>✖ Aucune signature trouvée sur « %1 ». Signez à l&apos;encre foncée sur du papier blanc, photographiez de près, puis importez la photo.</source>
        <translation>✖ No signature found on “%1”. Sign in dark ink on white paper, take the photo close up, then import it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="603"/>
        <source>Votre signature est dans le cadre, sans le papier. « Enregistrer la signature » la garde.</source>
        <translation>Your signature is in the box, without the paper. “Save the signature” keeps it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="620"/>
        <location filename="../../desktop/ui/step_pages.py" line="650"/>
        <source>⚠ Signez d&apos;abord dans le cadre.</source>
        <translation>⚠ Sign in the box first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="627"/>
        <source>✔ Signature enregistrée : l’application l’appose sur les lettres et les déclarations qu’elle rédige pour vous.</source>
        <translation>✔ Signature saved: the app puts it on the letters and statements it writes for you.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="655"/>
        <source>⚠ Joignez d&apos;abord le contrat en PDF (ci-dessus), puis signez-le ici.</source>
        <translation>⚠ First attach the contract as a PDF (above), then sign it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="672"/>
        <source>✔ Contrat signé : « %1 » remplace la version sans signature.</source>
        <translation>✔ Contract signed: “%1” replaces the unsigned version.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="31"/>
        <location filename="../../desktop/forms/page_cer.ui" line="37"/>
        <source>Contrat d&apos;engagement à respecter les principes de la République</source>
        <translation>Contract of commitment to the principles of the Republic</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="47"/>
        <source>Pour cette demande, vous devez signer le contrat (en français) et le joindre au dossier. Vous vous engagez à respecter sept principes&#xa0;:</source>
        <translation>For this application you must sign the contract (in French) and add it to the dossier. You commit to respecting seven principles:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="82"/>
        <source>Date de &amp;signature (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Date of &amp;signature (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="95"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="125"/>
        <source>Signer à l&apos;écran (souris, doigt, stylet, clavier ou image)</source>
        <translation>Sign on screen (mouse, finger, pen, keyboard or picture)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="151"/>
        <source>Ou tapez votre &amp;nom&#xa0;:</source>
        <translation>Or type your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="165"/>
        <source>É&amp;crire ce nom comme signature</source>
        <translation>&amp;Write this name as signature</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="176"/>
        <source>&amp;Importer une image de votre signature…</source>
        <translation>&amp;Import a picture of your signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="200"/>
        <source>&amp;Effacer la signature</source>
        <translation>&amp;Clear the signature</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="207"/>
        <source>Enregistrer la &amp;signature</source>
        <translation>Save the &amp;signature</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="214"/>
        <source>Signer le &amp;contrat joint</source>
        <translation>Sign the attached &amp;contract</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Pour moi-même</source>
        <extracomment>Qt 6 asks for some of its file dialog&apos;s words under keys its shipped ``qtbase_XX.qm`` (Qt 5&apos;s) does not hold: « &amp;Look in: » and « Files of &amp;type: » (the .qm has them without the ``&amp;``), and the type column&apos;s « Folder » and « Drive » under ``QAbstractFileIconProvider`` (the .qm: ``QFileDialog``). Left alone, Qt&apos;s dialog is half in English in every language. The translators installed, whichever ``Languages`` installed them: the application speaks one language, so a switch removes them all (a second window&apos;s, a test&apos;s), never leaving an earlier language under the new one&apos;s untranslated strings.</extracomment>
        <translation>For myself</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>J&apos;aide une autre personne</source>
        <translation>I am helping someone else</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Point d&apos;accueil numérique</source>
        <translation>Digital reception point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Aucun (je n&apos;ai pas de document de séjour)</source>
        <translation>None (I have no residence document)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Un autre visa (court séjour, ou visa long séjour à échanger)</source>
        <translation>Another visa (short stay, or a long-stay visa to exchange for a card)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Visa long séjour valant titre de séjour (VLS-TS)</source>
        <translation>Long-stay visa serving as a residence permit (VLS-TS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Titre de séjour (carte)</source>
        <translation>Residence permit (card)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>Récépissé ou attestation de prolongation</source>
        <translation>Receipt or extension certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>Autorisation provisoire de séjour (APS)</source>
        <translation>Temporary residence authorisation (APS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>perdu</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>volé</source>
        <translation>stolen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="153"/>
        <source>En ligne sur le site ANEF</source>
        <translation>Online on the ANEF website</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>J&apos;ai déjà un rendez-vous à la préfecture</source>
        <translation>I already have an appointment at the prefecture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Je n&apos;arrive pas à obtenir de rendez-vous</source>
        <translation>I cannot get an appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="161"/>
        <source>Non précisé</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="162"/>
        <source>Femme</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Homme</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Autre (X)</source>
        <translation>Other (X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="170"/>
        <source>Célibataire</source>
        <translation>Single</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="171"/>
        <source>Marié(e)</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="172"/>
        <source>Pacsé(e)</source>
        <translation>In a civil partnership (PACS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="173"/>
        <source>Divorcé(e)</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="174"/>
        <source>Veuf ou veuve</source>
        <translation>Widowed</translation>
    </message>
</context>
<context>
    <name>CivilPage</name>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="31"/>
        <location filename="../../desktop/forms/page_civil.ui" line="37"/>
        <source>État civil</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="47"/>
        <source>Recopiez les informations exactement comme sur votre passeport.</source>
        <translation>Copy the information exactly as it is in your passport.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="68"/>
        <source>&amp;Nom&#xa0;:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="85"/>
        <source>&amp;Prénoms&#xa0;:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="102"/>
        <source>&amp;Sexe&#xa0;:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="119"/>
        <source>Date de &amp;naissance (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Date of &amp;birth (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="132"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="142"/>
        <source>&amp;Lieu de naissance (ville, pays)&#xa0;:</source>
        <translation>&amp;Place of birth (town, country):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="159"/>
        <source>Situation &amp;familiale&#xa0;:</source>
        <translation>&amp;Marital status:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="176"/>
        <source>Numéro &amp;étranger (10 chiffres)&#xa0;:</source>
        <translation>&amp;Foreigner number (10 digits):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="199"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="216"/>
        <source>&amp;E-mail&#xa0;:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="233"/>
        <source>Mes actes d&apos;état civil sont dans une langue étrangère</source>
        <translation>My civil-status documents are in a foreign language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="350"/>
        <source>Lire mon passeport (photo ou scan de la page avec la photo)…</source>
        <translation>Read my passport (photo or scan of the page with the photo)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="356"/>
        <source>Les deux lignes en bas de la page du passeport remplissent les champs ; vous vérifiez chacun avant de le reporter.</source>
        <translation>The two lines at the bottom of the passport page fill in the fields; you check each one before it is carried over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="371"/>
        <source>Photo ou scan du passeport</source>
        <translation>Photo or scan of the passport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="373"/>
        <source>Photo ou PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
        <translation>Photo or PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Tous les fichiers</source>
        <translation>All files</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="713"/>
        <source>Pièces obligatoires prêtes : %1 sur %2.</source>
        <translation>%1 of %2 required documents ready.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="716"/>
        <source>✖ Pièces à corriger : %1.</source>
        <translation>✖ Documents to fix: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="719"/>
        <source>⚠ Pièces à vérifier : %1.</source>
        <translation>⚠ Documents to check: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="738"/>
        <source>Vous n&apos;avez pas un document, ou vous ne savez pas lequel fournir ? Laissez sa pièce vide : l&apos;étape « Lettres » vous aide à écrire pourquoi il manque, et la page de garde du dossier le dira. Pour savoir quoi fournir, une association d&apos;aide aux étrangers (La Cimade, GISTI, France terre d&apos;asile) ou un avocat peut vous aider.</source>
        <translation>You do not have a document, or do not know which one to give? Leave its piece empty: the “Letters” step helps you write why it is missing, and the dossier&apos;s cover page will say so. To find out what to give, an association that helps foreigners (La Cimade, GISTI, France terre d&apos;asile) or a lawyer can help you.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="31"/>
        <location filename="../../desktop/forms/page_documents.ui" line="37"/>
        <source>Vos documents</source>
        <translation>Your documents</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="47"/>
        <source>Pour chaque pièce : glissez les fichiers dans la zone, ou cliquez sur « Ajouter des fichiers ». Les photos prises avec un téléphone sont acceptées.</source>
        <translation>For each document: drag the files into the zone, or click “Add files”. Photos taken with a phone are accepted.</translation>
    </message>
</context>
<context>
    <name>EphotoPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="492"/>
        <source>%1 caractères sur %2.</source>
        <translation>%1 of %2 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="502"/>
        <source>Code valable jusqu&apos;au %1.</source>
        <translation>Code valid until %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="31"/>
        <location filename="../../desktop/forms/page_ephoto.ui" line="37"/>
        <source>Photo et signature numériques (e-photo)</source>
        <translation>Digital photo and signature (e-photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="47"/>
        <source>Dans une cabine photo agréée ANTS, vous recevez une planche avec un code de 22 caractères. Il est valable 6 mois, mais ne fonctionne qu’à partir de 24 à 72 heures après la photo.</source>
        <translation>In an ANTS-approved photo booth you get a sheet with a 22-character code. It is valid for 6 months, but only starts working 24 to 72 hours after the photo.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="68"/>
        <source>&amp;Code e-photo (22 caractères)&#xa0;:</source>
        <translation>e-photo &amp;code (22 characters):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="91"/>
        <source>&amp;Date de la photo (JJ/MM/AAAA)&#xa0;:</source>
        <translation>&amp;Date of the photo (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="104"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="114"/>
        <source>Je n&apos;ai pas encore de code : je le saisirai plus tard</source>
        <translation>I do not have a code yet: I will enter it later</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="5"/>
        <source>Exporter le dossier</source>
        <translation>Export the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="9"/>
        <source>Le fichier de transmission (.dsvx) est chiffré avec sa propre phrase secrète. Donnez la phrase à la personne séparément du fichier (sur papier).</source>
        <translation>The hand-over file (.dsvx) is encrypted with its own passphrase. Give the passphrase to the person separately from the file (on paper).</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="15"/>
        <source>&amp;Générer une phrase (conseillé)</source>
        <translation>&amp;Generate a passphrase (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="29"/>
        <source>&amp;Une autre</source>
        <translation>&amp;Another one</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="36"/>
        <source>&amp;Choisir une phrase</source>
        <translation>&amp;Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="46"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="58"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="70"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/ui/letters.py" line="131"/>
        <source>Ouvrir</source>
        <extracomment>The sworn statements the app writes, and the piece each one is for.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="132"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="133"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="134"/>
        <source>Ouvrir la lettre</source>
        <translation>Open the letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="135"/>
        <source>Imprimer la lettre</source>
        <translation>Print the letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="136"/>
        <source>Enregistrer la lettre sous…</source>
        <translation>Save the letter as…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="143"/>
        <source>✔ Lettre enregistrée dans : %1</source>
        <translation>✔ Letter saved in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="147"/>
        <source>(copie de travail, effacée à la fermeture : « Enregistrer sous… » en garde une où vous voulez).</source>
        <translation>(a working copy, erased when the app closes: “Save as…” keeps one wherever you want).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="163"/>
        <source>⚠ Aucune application n&apos;a pu ouvrir ce PDF : copiez le chemin ci-dessus, ou utilisez « Enregistrer sous… ».</source>
        <translation>⚠ No application could open this PDF: copy the path above, or use “Save as…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="183"/>
        <source>Enregistrer la lettre sous</source>
        <translation>Save the letter as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="199"/>
        <source>Copie enregistrée : %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="248"/>
        <source>Lettre explicative (pièce manquante)</source>
        <translation>Explanation letter (missing document)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="249"/>
        <source>Demande de rendez-vous</source>
        <translation>Appointment request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="252"/>
        <source>Attestation d’hébergement (signée par l’hébergeant)</source>
        <translation>Hosting certificate (signed by your host)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="255"/>
        <source>Déclaration sur l’honneur de non-polygamie</source>
        <translation>Sworn statement of non-polygamy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="256"/>
        <source>Déclaration de perte du titre de séjour</source>
        <translation>Declaration of loss of the residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="257"/>
        <source>Engagement à ne pas travailler (modèle à recopier)</source>
        <translation>Undertaking not to work (model to copy by hand)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="276"/>
        <source>Lettre à rédiger</source>
        <translation>Letter to write</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="277"/>
        <source>Aperçu de la lettre en français</source>
        <translation>Preview of the letter in French</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="278"/>
        <source>Tentatives enregistrées</source>
        <translation>Recorded attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="280"/>
        <source>Message affiché par le site</source>
        <translation>Message shown by the website</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="296"/>
        <source>(capture d&apos;écran jointe)</source>
        <translation>(screenshot attached)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="398"/>
        <source>Imprimez cette attestation : l’hébergeant la date et la signe. Ajoutez ensuite la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>Print this certificate: your host dates and signs it. Then add the signed copy to the piece “%1” (Documents page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="404"/>
        <source>C’est un modèle : recopiez-le à la main, datez-le et signez-le, puis ajoutez-le à la pièce « %1 » (page Documents).</source>
        <translation>This is a model: copy it out by hand, date and sign it, then add it to the piece “%1” (Documents page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="410"/>
        <source>Signé avec votre signature dessinée et ajouté à la pièce « %1 » : il fera partie du dossier préparé (page Documents pour le retirer).</source>
        <translation>Signed with your drawn signature and added to the piece “%1”: it will be part of the prepared dossier (Documents page to remove it).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="417"/>
        <source>Ce document porte votre signature dessinée. « Joindre au dossier » l’ajoute à la pièce « %1 ».</source>
        <translation>This document carries your drawn signature. “Add to the dossier” adds it to the piece “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="423"/>
        <source>Imprimez ce document, signez-le, puis ajoutez la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>Print this document, sign it, then add the signed copy to the piece “%1” (Documents page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="429"/>
        <source>Pour le signer à l’écran, dessinez votre signature à l’étape Contrat (CER), puis rédigez-le à nouveau.</source>
        <translation>To sign it on screen, draw your signature at the Contract (CER) step, then write it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="31"/>
        <location filename="../../desktop/forms/page_letters.ui" line="37"/>
        <source>Lettres</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="47"/>
        <source>L&apos;application rédige en français les lettres dont vous avez besoin. À droite, un résumé dans votre langue.</source>
        <translation>The app writes the letters you need in French. On the right, a summary in your language.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="60"/>
        <source>Lettre explicative pour une pièce manquante</source>
        <translation>Explanation letter for a missing document</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="72"/>
        <source>&amp;Pièce manquante&#xa0;:</source>
        <translation>&amp;Missing document:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="89"/>
        <source>&amp;Pourquoi ne pouvez-vous pas la fournir&#xa0;?</source>
        <translation>&amp;Why can you not provide it?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="106"/>
        <source>Demandée le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Requested on (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="119"/>
        <location filename="../../desktop/forms/page_letters.ui" line="142"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="129"/>
        <source>Attendue le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Expected on (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="155"/>
        <source>Demande de rendez-vous (aucun créneau disponible)</source>
        <translation>Appointment request (no slot available)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="161"/>
        <source>À chaque fois que le site de la préfecture n&apos;affiche aucun rendez-vous, ouvrez la page dans le navigateur puis enregistrez la tentative : l&apos;application prend une capture de tout l&apos;écran avec la date et l&apos;heure.</source>
        <translation>Each time the prefecture’s website shows no appointment, open the page in the browser and record the attempt: the app takes a screenshot of the whole screen with the date and time.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="182"/>
        <source>&amp;Message affiché par le site&#xa0;:</source>
        <translation>&amp;Message shown by the website:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="202"/>
        <source>E-&amp;mail de la préfecture&#xa0;:</source>
        <translation>Prefecture e-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="220"/>
        <source>Enregistrer une &amp;tentative échouée</source>
        <translation>Record a failed &amp;attempt</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="242"/>
        <source>Aucune tentative notée pour l’instant. À chaque échec sur le site de la préfecture, collez le message affiché ci-dessus puis cliquez sur « Enregistrer une tentative échouée ».</source>
        <translation>No attempt recorded yet. Each time the prefecture’s website fails you, paste the message it shows above, then click “Record a failed attempt”.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="267"/>
        <source>Lettre en français</source>
        <translation>Letter in French</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="285"/>
        <source>&amp;Rédiger la lettre</source>
        <translation>&amp;Write the letter</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="292"/>
        <source>&amp;Joindre au dossier</source>
        <translation>&amp;Add to the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="317"/>
        <source>L’aperçu de la lettre s’affichera ici : choisissez la lettre ci-dessus, puis cliquez sur « Rédiger la lettre ».</source>
        <translation>The letter’s preview will appear here: choose the letter above, then click “Write the letter”.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="367"/>
        <source>Ce que dit la lettre</source>
        <translation>What the letter says</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="27"/>
        <source>Vos dossiers sont protégés</source>
        <translation>Your dossiers are protected</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="34"/>
        <source>Entrez votre phrase secrète pour ouvrir vos dossiers.</source>
        <translation>Enter your passphrase to open your dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="56"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="72"/>
        <source>← &amp;Autre choix</source>
        <translation>← &amp;Another choice</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="83"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>Étape en cours</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>« %1 » (étape « %2 »)</source>
        <translation>“%1” (step “%2”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Ces valeurs de votre dossier n&apos;étaient pas valables : elles ont été mises de côté, rien n&apos;est perdu. Saisissez-les de nouveau : %1</source>
        <translation>These values in your dossier were not valid: they have been set aside, nothing is lost. Enter them again: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>Étape pas encore atteinte</source>
        <translation>Step not reached yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>Étape %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <location filename="../../desktop/forms/main_window.ui" line="38"/>
        <source>Enregistré</source>
        <translation>Saved</translation>
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
        <translation>☰ &amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="55"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="62"/>
        <source>&amp;Terminer la séance</source>
        <translation>&amp;End session</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="72"/>
        <source>&amp;Langue&#xa0;:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="130"/>
        <source>← &amp;Retour</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="158"/>
        <source>&amp;Suivant →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="100"/>
        <source>L&apos;enregistrement a échoué (%1). Vos réponses restent dans la fenêtre : libérez de la place ou vérifiez le disque, l&apos;application réessaiera à la prochaine modification.</source>
        <extracomment>Files added in a batch (a drop, the file dialog) are copied off the GUI thread and listed in groups: the files copied so far, at most this often (each listing redraws the page once). How much lower than the window the background threads run (Linux ``nice``): an inspection of a 12 MP photo takes seconds of CPU; the window must never wait for a core behind it.</extracomment>
        <translation>Saving failed (%1). Your answers stay in the window: free some space or check the disk; the app will try again at your next change.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="125"/>
        <source>Copier (effacé du presse-papiers après %1 s)</source>
        <translation>Copy (cleared from the clipboard after %1 s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="135"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="71"/>
        <source>Choisir dans le calendrier</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="76"/>
        <source>Alt+↓ ouvre un calendrier.</source>
        <translation>Alt+↓ opens a calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="89"/>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="37"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="38"/>
        <source>Prénoms</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="39"/>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="40"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="41"/>
        <source>Nationalité (code)</source>
        <translation>Nationality (code)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="42"/>
        <source>Numéro du passeport</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="43"/>
        <source>Date d&apos;expiration du passeport</source>
        <translation>Passport expiry date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="56"/>
        <source>Lu sur votre passeport</source>
        <translation>Read from your passport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="60"/>
        <source>Lecture de la bande en bas du passeport…</source>
        <translation>Reading the strip at the bottom of the passport…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="66"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="67"/>
        <source>Reporter les valeurs cochées</source>
        <translation>Carry over the ticked values</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="104"/>
        <source>La bande de lecture (deux lignes de lettres et de « &lt; » en bas de la page avec la photo) n&apos;a pas été trouvée. Prenez la page entière, à plat, bien éclairée et nette, ou remplissez les champs à la main.</source>
        <translation>The machine-readable strip (two lines of letters and “&lt;” at the bottom of the page with the photo) was not found. Take the whole page, flat, well lit and sharp, or fill in the fields by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="115"/>
        <source>Voici ce que dit votre passeport. Vérifiez chaque valeur, puis cochez celles à reporter. Ce que vous aviez tapé n&apos;est remplacé que si vous le cochez.</source>
        <translation>Here is what your passport says. Check each value, then tick the ones to carry over. What you had typed is replaced only if you tick it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="124"/>
        <source>(vous aviez tapé : %1)</source>
        <translation>(you had typed: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="132"/>
        <source>confirmé par les chiffres de contrôle</source>
        <translation>confirmed by the check digits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="134"/>
        <source>à comparer avec le passeport</source>
        <translation>compare with the passport</translation>
    </message>
</context>
<context>
    <name>Piece</name>
    <message>
        <location filename="../../desktop/ui/piece.py" line="68"/>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="183"/>
        <source>Formats acceptés : %1. Taille maximale du fichier déposé : %2 (l&apos;application réduit elle-même les fichiers trop lourds).</source>
        <translation>Accepted formats: %1. Maximum size of the filed file: %2 (the app shrinks files that are too heavy itself).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="191"/>
        <source>Nombre maximal de pages : %1.</source>
        <translation>Maximum number of pages: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="197"/>
        <source>Zone de dépôt : %1</source>
        <translation>Drop zone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="199"/>
        <source>Pages de : %1</source>
        <translation>Pages of: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="201"/>
        <source>Ajouter des fichiers : %1</source>
        <translation>Add files: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="211"/>
        <source>Recadrer…</source>
        <translation>Crop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="212"/>
        <source>Recadrer la photo</source>
        <translation>Crop the photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="213"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="214"/>
        <source>Annuler le retrait</source>
        <translation>Undo the removal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="215"/>
        <source>Double-clic, Entrée ou Espace : voir la page en grand. Glissez une page, ou Ctrl+← / Ctrl+→, pour changer son ordre.</source>
        <translation>Double-click, Enter or Space: see the page large. Drag a page, or Ctrl+← / Ctrl+→, to change its order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Obligatoire</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="259"/>
        <source>✖ « %1 » est refusé : ce fichier ne convient pas en l&apos;état. Retirez-le (bouton « Retirer ») ou remplacez-le.</source>
        <translation>✖ “%1” is refused: this file cannot be used as it is. Remove it (“Remove” button) or replace it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="273"/>
        <source>Aucun fichier pour cette pièce.</source>
        <translation>No file for this document yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="285"/>
        <source>Règle d&apos;un point signalé</source>
        <translation>Rule of a point flagged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="362"/>
        <source>Copie gardée dans le dossier : %1</source>
        <translation>Copy kept in the dossier: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="446"/>
        <source>Montre le document trouvé sur la photo : ajustez ses coins.</source>
        <translation>Shows the document found in the photo: adjust its corners.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="448"/>
        <source>Choisissez d&apos;abord une photo (JPEG, PNG, HEIC…).</source>
        <translation>First choose a photo (JPEG, PNG, HEIC…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="458"/>
        <source>Choisissez d&apos;abord une page : cliquez sur sa vignette.</source>
        <translation>First choose a page: click its thumbnail.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="460"/>
        <source>Tourne la page choisie d&apos;un quart de tour.</source>
        <translation>Turns the chosen page a quarter turn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="461"/>
        <source>Retire le fichier choisi de cette pièce (vous pourrez annuler).</source>
        <translation>Removes the chosen file from this document (you can undo it).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="464"/>
        <source>Remplace le fichier choisi par un autre.</source>
        <translation>Replaces the chosen file with another one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="465"/>
        <source>Retire seulement cette page du PDF (vous pourrez annuler).</source>
        <translation>Removes only this page from the PDF (you can undo it).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="473"/>
        <source>Ce fichier n&apos;a qu&apos;une page : pour l&apos;enlever, utilisez « Retirer ».</source>
        <translation>This file has only one page: to take it out, use “Remove”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="502"/>
        <source>Documents acceptés</source>
        <translation>Accepted documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="504"/>
        <source>Tous les fichiers</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="510"/>
        <source>Choisir des fichiers</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="530"/>
        <source>Ajout d&apos;un fichier…</source>
        <translation>Adding one file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="532"/>
        <source>Ajout de %1 fichiers…</source>
        <translation>Adding %1 files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="535"/>
        <source>✖ « %1 » n&apos;a pas été ajouté : %2</source>
        <translation>✖ “%1” was not added: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="548"/>
        <source>Fichier retiré : « %1 ».</source>
        <translation>File removed: “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="556"/>
        <source>Remplacer le fichier</source>
        <translation>Replace the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="580"/>
        <location filename="../../desktop/ui/piece.py" line="590"/>
        <source>Mot de passe du PDF</source>
        <translation>PDF password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="581"/>
        <source>Mot de passe de « %1 »&#xa0;:</source>
        <translation>Password of “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="600"/>
        <source>Page %1 retirée de « %2 ».</source>
        <translation>Page %1 removed from “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="831"/>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="832"/>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="833"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="846"/>
        <source>Page en grand</source>
        <translation>Page, large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="865"/>
        <source>Cette page ne peut pas être affichée.</source>
        <translation>This page cannot be shown.</translation>
    </message>
</context>
<context>
    <name>PieceForm</name>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="67"/>
        <source>Glissez les fichiers ici, ou&#xa0;:</source>
        <translation>Drag the files here, or:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="77"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="106"/>
        <source>Faire pivoter</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="113"/>
        <source>Retirer cette page</source>
        <translation>Remove this page</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="120"/>
        <source>Remplacer…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="127"/>
        <source>&amp;Mot de passe…</source>
        <translation>&amp;Password…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="134"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="164"/>
        <source>Date du document (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Date of the document (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="177"/>
        <location filename="../../desktop/forms/piece.ui" line="200"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="187"/>
        <source>Valable jusqu&apos;au (JJ/MM/AAAA)&#xa0;:</source>
        <translation>Valid until (DD/MM/YYYY):</translation>
    </message>
</context>
<context>
    <name>Principles</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="204"/>
        <source>la liberté personnelle</source>
        <translation>personal freedom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="205"/>
        <source>la liberté d&apos;expression et de conscience</source>
        <translation>freedom of expression and of conscience</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="206"/>
        <source>l&apos;égalité entre les femmes et les hommes</source>
        <translation>equality between women and men</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="207"/>
        <source>la dignité de la personne humaine</source>
        <translation>human dignity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="208"/>
        <source>la devise et les symboles de la République</source>
        <translation>the motto and symbols of the Republic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="209"/>
        <source>l&apos;intégrité territoriale</source>
        <translation>territorial integrity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="210"/>
        <source>la laïcité</source>
        <translation>secularism (laïcité)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/build.py" line="53"/>
        <source>Vérification du dossier</source>
        <translation>Checking the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="54"/>
        <source>Préparation des fichiers</source>
        <translation>Preparing the files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="55"/>
        <source>Préparation des pages</source>
        <translation>Preparing the pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="56"/>
        <source>Réduction de la taille</source>
        <translation>Reducing the size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="57"/>
        <source>Dossier complet (PDF)</source>
        <translation>Complete dossier (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="58"/>
        <source>Guide de dépôt</source>
        <translation>Filing guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="59"/>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="81"/>
        <source>%1 Ko</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="83"/>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="82"/>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="95"/>
        <source>1 avertissement</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="96"/>
        <source>%1 avertissements</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="171"/>
        <location filename="../../desktop/ui/build.py" line="176"/>
        <source>Ouvrir le guide</source>
        <translation>Open the guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="172"/>
        <location filename="../../desktop/ui/build.py" line="175"/>
        <source>Copier le chemin</source>
        <translation>Copy the path</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="173"/>
        <source>Fichiers préparés</source>
        <translation>Files prepared</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="174"/>
        <source>Chemin du dossier</source>
        <translation>Folder path</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="182"/>
        <source>État des pièces</source>
        <translation>Status of the documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="183"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="184"/>
        <location filename="../../desktop/ui/build.py" line="295"/>
        <source>Dossier de sortie</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="201"/>
        <source>Choisissez d&apos;abord votre situation.</source>
        <translation>Choose your situation first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="205"/>
        <source>Double-clic ou Entrée : ouvrir cette pièce.</source>
        <translation>Double-click or Enter: open this document.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="227"/>
        <source>⚠ Rien ne manque (complet, %1), mais vérifiez d&apos;abord les points ci-dessous : vous pouvez préparer les fichiers, ou corriger puis les préparer.</source>
        <translation>⚠ Nothing is missing (complete, %1), but check the points below first: you can prepare the files, or fix them and then prepare them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="233"/>
        <source>✔ Le dossier est complet : vous pouvez préparer les fichiers.</source>
        <translation>✔ The dossier is complete: you can prepare the files.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="237"/>
        <source>⚠ Le dossier n&apos;est pas encore complet. Vous pouvez quand même préparer les fichiers et compléter plus tard.</source>
        <translation>⚠ The dossier is not complete yet. You can still prepare the files and complete it later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="264"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="269"/>
        <source>Règles de l&apos;application</source>
        <translation>The app&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="347"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="361"/>
        <source>✔ Les fichiers sont prêts dans : %1</source>
        <translation>✔ The files are ready in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="363"/>
        <source>⚠ Les fichiers sont prêts dans : %1 — mais il manque encore des pièces.</source>
        <translation>⚠ The files are ready in: %1 — but some documents are still missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="385"/>
        <source>ANEF : « %1 »</source>
        <translation>ANEF: “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="388"/>
        <source>trop lourd (maximum %1)</source>
        <translation>too large (maximum %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="394"/>
        <source>Étape suivante : connectez-vous à votre espace ANEF et déposez ces fichiers (dossier « upload ») en suivant GUIDE.pdf, qui dit dans quelle case va chacun. « dossier-complet.pdf » est votre copie à garder ou à imprimer.</source>
        <translation>Next step: log in to your ANEF account and upload these files (the “upload” folder) following GUIDE.pdf, which says which box each one goes in. “dossier-complet.pdf” is your copy to keep or print.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="416"/>
        <source>Aucun gestionnaire de fichiers n&apos;a pu s&apos;ouvrir sur cet ordinateur. Les fichiers sont ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>No file manager could be opened on this computer. The files are here: copy this path and open it yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="422"/>
        <source>Aucune application n&apos;a pu ouvrir ce fichier sur cet ordinateur. Il est ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>No application could open this file on this computer. It is here: copy this path and open it yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="442"/>
        <source>Chemin copié : collez-le dans une fenêtre ou un terminal.</source>
        <translation>Path copied: paste it into a window or a terminal.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="452"/>
        <source>Préparation annulée : rien n&apos;a été écrit.</source>
        <translation>Preparing cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="458"/>
        <source>✖ La préparation a échoué. Votre dossier est intact.</source>
        <translation>✖ Preparing failed. Your dossier is unharmed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="485"/>
        <source>Choisir la clé USB</source>
        <translation>Choose the USB drive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="493"/>
        <source>✔ Copié sur : %1</source>
        <translation>✔ Copied to: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="31"/>
        <location filename="../../desktop/forms/page_review.ui" line="37"/>
        <source>Vérifier et préparer le dossier</source>
        <translation>Check and prepare the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="64"/>
        <source>Préparer les fichiers à déposer</source>
        <translation>Prepare the files to file</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="78"/>
        <source>&amp;Dossier de sortie&#xa0;:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="99"/>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="106"/>
        <source>&amp;Préparer le dossier</source>
        <translation>&amp;Prepare the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="113"/>
        <source>A&amp;nnuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="151"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="158"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="165"/>
        <source>Copier sur une clé &amp;USB</source>
        <translation>Copy to a &amp;USB drive</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="171"/>
        <source>Recadrer la photo</source>
        <translation>Crop the photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="179"/>
        <source>Photo et contour du document</source>
        <translation>Photo and outline of the document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="184"/>
        <source>Page nettoyée</source>
        <translation>Cleaned page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="192"/>
        <source>Garder la photo telle quelle</source>
        <translation>Keep the photo as taken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="193"/>
        <source>Détection automatique</source>
        <translation>Automatic detection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="194"/>
        <source>Utiliser ce cadrage</source>
        <translation>Use this framing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="205"/>
        <source>Faites glisser les quatre coins sur ceux du document (ou Tab, puis les flèches ; Espace passe au coin suivant). À droite : la page telle qu&apos;elle sera déposée.</source>
        <translation>Drag the four corners onto the document&apos;s corners (or Tab, then the arrow keys; Space goes to the next corner). On the right: the page as it will be filed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="239"/>
        <source>Document trouvé (confiance %1 %). Vérifiez les coins.</source>
        <translation>Document found (confidence %1%). Check the corners.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="244"/>
        <source>Votre cadrage enregistré.</source>
        <translation>Your saved framing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="247"/>
        <source>Aucun document trouvé sur cette photo : elle sera déposée telle quelle. Pour un meilleur résultat, posez le document sur une surface sombre et photographiez-le de face.</source>
        <translation>No document found in this photo: it will be filed as it is. For a better result, lay the document on a dark surface and photograph it straight on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="272"/>
        <source>Recherche du document sur la photo…</source>
        <translation>Looking for the document in the photo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="284"/>
        <source>(la photo telle quelle)</source>
        <translation>(the photo as it is)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="5"/>
        <source>Protéger vos dossiers</source>
        <translation>Protect your dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="9"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez comment protéger leur clé. Ce choix se fait une seule fois.</source>
        <translation>Your dossiers will be encrypted on this computer. Choose how to protect their key. You make this choice only once.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="15"/>
        <source>Le &amp;trousseau de cet ordinateur (conseillé)</source>
        <translation>This computer’s &amp;keyring (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="20"/>
        <source>Rien à retenir : la clé est gardée par votre session, comme vos mots de passe enregistrés.</source>
        <translation>Nothing to remember: your session keeps the key, like your saved passwords.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="27"/>
        <source>Une &amp;phrase secrète que je choisis</source>
        <translation>A &amp;passphrase I choose</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="32"/>
        <source>À taper à chaque ouverture. Notez-la en lieu sûr : sans elle, personne ne pourra rouvrir vos dossiers.</source>
        <translation>Typed at each opening. Write it down somewhere safe: without it, nobody can open your dossiers again.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="56"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="68"/>
        <source>&amp;Afficher la phrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/ui/signature.py" line="51"/>
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature.py" line="53"/>
        <source>Signez avec la souris, le doigt ou un stylet.</source>
        <translation>Sign with the mouse, your finger or a pen.</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="128"/>
        <location filename="../../desktop/ui/step_pages.py" line="129"/>
        <source>Votre démarche</source>
        <translation>Your procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="134"/>
        <location filename="../../desktop/ui/step_pages.py" line="135"/>
        <source>Période de dépôt</source>
        <translation>Filing period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="180"/>
        <source>%1 — code OACI du passeport : %2</source>
        <translation>%1 — passport ICAO code: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="184"/>
        <source>Choisissez votre pays dans la liste, ou tapez les 3 lettres de la ligne « Nationalité » du passeport.</source>
        <translation>Choose your country from the list, or type the 3 letters of the passport&apos;s “Nationality” line.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="259"/>
        <source>Répondez aux questions : la démarche s&apos;affichera ici.</source>
        <translation>Answer the questions: your procedure will be shown here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="264"/>
        <source>Votre démarche : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Your procedure: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="274"/>
        <source>Période de dépôt du renouvellement : du %1 au %2 (le titre expire le %3).</source>
        <translation>Renewal filing period: from %1 to %2 (the permit expires on %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="284"/>
        <source>✔ C&apos;est le bon moment pour déposer.</source>
        <translation>✔ Now is the right time to file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="285"/>
        <source>⚠ C&apos;est trop tôt : attendez l&apos;ouverture de la période.</source>
        <translation>⚠ It is too early: wait for the period to open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="288"/>
        <source>⚠ Le délai de dépôt est dépassé : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide) et aucune attestation de prolongation d&apos;instruction ne sera délivrée. Déposez au plus vite.</source>
        <translation>⚠ The filing deadline has passed: the regularisation visa fee below is added (unless there was force majeure or you hold a valid visa) and no attestation de prolongation d’instruction will be issued. File as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="295"/>
        <source>✖ Le titre a expiré : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide). Déposez au plus vite ; une association ou un avocat peut vous aider.</source>
        <translation>✖ Your permit has expired: the regularisation visa fee below is added (unless there was force majeure or you hold a valid visa). File as soon as possible; an association or a lawyer can help you.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="304"/>
        <source>%4 : %1 € (taxe %2 € + timbre %3 €).</source>
        <translation>%4: %1 € (tax %2 € + stamp %3 €).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="312"/>
        <source>Dont %1 € à payer dès le dépôt.</source>
        <translation>Of which %1 € is due when filing.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="31"/>
        <location filename="../../desktop/forms/page_situation.ui" line="37"/>
        <source>Votre situation</source>
        <translation>Your situation</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="47"/>
        <source>Quelques questions pour savoir quelle démarche faire et quelles pièces fournir.</source>
        <translation>A few questions to find out which procedure to follow and which documents to provide.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="60"/>
        <source>Que demandez-vous&#xa0;?</source>
        <translation>What are you applying for?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="66"/>
        <source>Un titre de séjour (première demande ou renouvellement)</source>
        <translation>A residence permit (first application or renewal)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="73"/>
        <source>Un duplicata (titre perdu ou volé)</source>
        <translation>A duplicate (card lost or stolen)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="80"/>
        <source>Déclarer un changement d&apos;adresse</source>
        <translation>Report a change of address</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="87"/>
        <source>Déclarer un changement d&apos;état civil (mariage, divorce, nom)</source>
        <translation>Report a change of civil status (marriage, divorce, name)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="105"/>
        <source>&amp;Catégorie de titre demandée&#xa0;:</source>
        <translation>&amp;Category of permit applied for:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="122"/>
        <source>Le titre a été&#xa0;:</source>
        <translation>The card was:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="139"/>
        <source>&amp;Document de séjour actuel&#xa0;:</source>
        <translation>Current residence &amp;document:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="156"/>
        <source>Catégorie du titre &amp;actuel&#xa0;:</source>
        <translation>Category of the &amp;current permit:</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="173"/>
        <source>Il expire le (&amp;JJ/MM/AAAA)&#xa0;:</source>
        <translation>It expires on (&amp;DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="186"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="196"/>
        <source>&amp;Nationalité (pays du passeport)&#xa0;:</source>
        <translation>&amp;Nationality (passport country):</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="209"/>
        <source>Tapez le nom du pays ou le code à 3 lettres</source>
        <translation>Type the country&apos;s name or the 3-letter code</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="253"/>
        <source>Je suis entré(e) en France sans le visa de long séjour que demande ce titre</source>
        <translation>I entered France without the long-stay visa this card requires</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="260"/>
        <source>J&apos;ai fait en France au moins 3 ans d&apos;études secondaires ou 1 an d&apos;études supérieures</source>
        <translation>I studied in France for at least 3 years of secondary school or 1 year of higher education</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="229"/>
        <source>Comment allez-vous &amp;déposer&#xa0;?</source>
        <translation>How will you &amp;file?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="246"/>
        <source>C&apos;est ma première carte pluriannuelle ou de résident</source>
        <translation>This is my first multi-year or resident card</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../desktop/ui/sources.py" line="63"/>
        <source>Lire la source</source>
        <translation>Read the source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="162"/>
        <source>lire la source</source>
        <translation>read the source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="180"/>
        <source>Détails de la règle</source>
        <translation>Details of the rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Détails…</source>
        <translation>Details…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="180"/>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="181"/>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="182"/>
        <source>À corriger</source>
        <translation>To fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="183"/>
        <source>Manquant</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="184"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="191"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="192"/>
        <source>État civil</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Photo (e-photo)</source>
        <translation>Photo (e-photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="195"/>
        <source>Contrat (CER)</source>
        <translation>Contract (CER)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="196"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="197"/>
        <source>Lettres</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="198"/>
        <source>Vérifier et préparer</source>
        <translation>Check and prepare</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="37"/>
        <source>Trop courte : au moins %1 caractères.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="48"/>
        <source>Faible : ajoutez des mots.</source>
        <translation>Weak: add some words.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="50"/>
        <source>Moyenne : un ou deux mots de plus la renforceraient.</source>
        <translation>Fair: one or two more words would make it stronger.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="51"/>
        <source>Bonne.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="73"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="74"/>
        <source>Incomplet</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="75"/>
        <source>Complet</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="76"/>
        <source>Déposé</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="134"/>
        <source>La phrase secrète doit avoir au moins %1 caractères.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="116"/>
        <location filename="../../desktop/ui/vault_screens.py" line="138"/>
        <source>Les deux phrases ne sont pas identiques : retapez-les.</source>
        <translation>The two passphrases are not the same: type them again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="88"/>
        <source>Complet, %1</source>
        <translation>Complete, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="174"/>
        <source>Aucun trousseau n&apos;est disponible sur cet ordinateur.</source>
        <translation>No keyring is available on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="223"/>
        <source>Phrase générée</source>
        <translation>Generated passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="291"/>
        <source>Verrouillé après un moment sans activité : vos dossiers sont enregistrés et chiffrés.</source>
        <translation>Locked after a while without activity: your dossiers are saved and encrypted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="297"/>
        <source>Vos dossiers sont chiffrés sur cet ordinateur.</source>
        <translation>Your dossiers are encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="299"/>
        <source>Entrez votre phrase secrète pour continuer.</source>
        <translation>Enter your passphrase to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="301"/>
        <source>Le trousseau de votre session garde la clé : cliquez pour continuer.</source>
        <translation>Your session’s keyring keeps the key: click to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="341"/>
        <source>Liste des dossiers</source>
        <translation>List of dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="342"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="360"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="378"/>
        <source>Dossiers : %1</source>
        <translation>Dossiers: %1</translation>
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
        <translation>Save the hand-over file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="364"/>
        <location filename="../../desktop/ui/vault_ui.py" line="374"/>
        <source>Fichier de transmission (*.dsvx)</source>
        <translation>Hand-over file (*.dsvx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="372"/>
        <location filename="../../desktop/ui/vault_ui.py" line="390"/>
        <source>Importer un fichier de transmission</source>
        <translation>Import a hand-over file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="381"/>
        <source>Choisir le dossier ou la clé USB</source>
        <translation>Choose the folder or the USB drive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="385"/>
        <source>Phrase secrète donnée avec le fichier&#xa0;:</source>
        <translation>Passphrase given with the file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="106"/>
        <source>Fichier enregistré : %1. Donnez la phrase secrète à part : %2</source>
        <translation>File saved: %1. Give the passphrase separately: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="142"/>
        <source>Dossier importé.</source>
        <translation>Dossier imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="149"/>
        <source>Ce dossier existe déjà</source>
        <translation>This dossier already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="150"/>
        <source>Ce dossier est déjà dans la liste. Le remplacer par la version du fichier ?</source>
        <translation>This dossier is already in the list. Replace it with the version from the file?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="133"/>
        <source>Tout ce qui a été saisi et déposé pendant cette séance va être effacé de cet ordinateur. Si ce n’est pas encore fait, cliquez d’abord sur « Emporter mon dossier… » pour le copier sur votre clé USB.</source>
        <translation>Everything typed and added during this session will be erased from this computer. If you have not done so yet, first click “Take my dossier with me…” to copy it to your USB drive.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="171"/>
        <source>Êtes-vous toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="154"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="168"/>
        <source>Supprimer le dossier</source>
        <translation>Delete the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="169"/>
        <source>Supprimer définitivement le dossier de %1 et tous ses fichiers ? Cela ne peut pas être annulé.</source>
        <translation>Delete %1’s dossier and all its files for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="174"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="179"/>
        <source>Dossier supprimé.</source>
        <translation>Dossier deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="132"/>
        <location filename="../../desktop/ui/vault_reception.py" line="166"/>
        <source>Terminer la séance</source>
        <translation>End session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="142"/>
        <source>Tout effacer</source>
        <translation>Erase everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="146"/>
        <source>Emporter mon dossier…</source>
        <translation>Take my dossier with me…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="163"/>
        <source>Oui, je continue</source>
        <translation>Yes, I’m continuing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="173"/>
        <source>Êtes-vous toujours là ? Sans réponse, tout ce qui a été saisi sera effacé dans %1 secondes.</source>
        <translation>Are you still there? Without an answer, everything typed will be erased in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="31"/>
        <location filename="../../desktop/forms/page_welcome.ui" line="37"/>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="47"/>
        <source>Cette application vous aide à préparer votre dossier de titre de séjour, pas à pas. Tout reste sur cet ordinateur : rien n&apos;est envoyé sur Internet. Votre travail est enregistré au fur et à mesure.</source>
        <translation>This app helps you prepare your residence-permit dossier, step by step. Everything stays on this computer: nothing is sent over the Internet. Your work is saved as you go.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="60"/>
        <source>Pour qui préparez-vous ce dossier&#xa0;?</source>
        <translation>Who are you preparing this dossier for?</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="66"/>
        <source>Pour moi-même</source>
        <translation>For myself</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="73"/>
        <source>Vous préparez votre propre dossier, chez vous.</source>
        <translation>You are preparing your own dossier, at home.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="86"/>
        <source>J&apos;aide une autre personne (bénévole, proche)</source>
        <translation>I am helping someone else (volunteer, relative)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="93"/>
        <source>Vous êtes à côté de la personne et remplissez avec elle.</source>
        <translation>You sit beside the person and fill it in together.</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="106"/>
        <source>Point d&apos;accueil numérique (ordinateur partagé)</source>
        <translation>Digital reception point (shared computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="113"/>
        <source>Rien ne doit rester sur l&apos;ordinateur à la fin de la séance.</source>
        <translation>Nothing may remain on the computer at the end of the session.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="fr_FR">
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="31"/>
        <location filename="../../desktop/forms/page_address.ui" line="37"/>
        <source>Votre adresse</source>
        <translation>您的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="47"/>
        <source>Où habitez-vous&#xa0;?</source>
        <translation>您住在哪里？</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="53"/>
        <source>Chez moi (bail ou factures à mon nom)</source>
        <translation>自己的住所（租约或账单在我名下）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="60"/>
        <source>Hébergé(e) chez un particulier</source>
        <translation>借住在他人家中</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="67"/>
        <source>À l&apos;hôtel</source>
        <translation>住在酒店</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="74"/>
        <source>Domiciliation (association, CCAS : pas de domicile stable)</source>
        <translation>挂靠地址（协会、CCAS：无固定住所）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="92"/>
        <source>Nom de l&apos;&amp;hôtel&#xa0;:</source>
        <translation>酒店名称(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="109"/>
        <source>&amp;Organisme de domiciliation&#xa0;:</source>
        <translation>挂靠机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="126"/>
        <source>&amp;Adresse (numéro et rue)&#xa0;:</source>
        <translation>地址（门牌号和街道）(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="143"/>
        <source>&amp;Complément d&apos;adresse&#xa0;:</source>
        <translation>地址补充(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="160"/>
        <source>Code &amp;postal&#xa0;:</source>
        <translation>邮政编码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="183"/>
        <source>&amp;Ville&#xa0;:</source>
        <translation>城市(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="202"/>
        <source>La personne qui vous héberge</source>
        <translation>为您提供住宿的人</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="214"/>
        <source>No&amp;m de l&apos;hébergeant&#xa0;:</source>
        <translation>房东姓氏(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="231"/>
        <source>Pré&amp;noms de l&apos;hébergeant&#xa0;:</source>
        <translation>房东名字(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="248"/>
        <source>Date de naissance de l&apos;hébergeant&#xa0;:</source>
        <translation>房东出生日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="261"/>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_address.ui" line="274"/>
        <source>Pour cette adresse, il faut exactement ces pièces&#xa0;:</source>
        <translation>此类地址需要且只需要以下材料：</translation>
    </message>
</context>
<context>
    <name>AfterFiling</name>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="98"/>
        <source>Après le dépôt</source>
        <translation>递交之后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="99"/>
        <source>Déposé sur ANEF le (JJ/MM/AAAA) :</source>
        <translation>在 ANEF 递交日期（日/月/年）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="100"/>
        <source>Numéro de la demande (facultatif) :</source>
        <translation>申请号（可选）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="101"/>
        <location filename="../../desktop/ui/after_filing.py" line="102"/>
        <source>J&apos;ai déposé sur ANEF</source>
        <translation>我已在 ANEF 递交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="103"/>
        <source>Date du dépôt sur ANEF</source>
        <translation>在 ANEF 递交的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="104"/>
        <source>Numéro de la demande ANEF</source>
        <translation>ANEF 申请号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="105"/>
        <source>Ce qui vient ensuite</source>
        <translation>接下来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="106"/>
        <source>Ajouter un document reçu…</source>
        <translation>添加收到的文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="108"/>
        <source>Attestation de dépôt, de prolongation, convocation ou décision (PDF d&apos;ANEF)</source>
        <translation>递交证明、延期证明、约见通知或决定（ANEF 的 PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="113"/>
        <source>Exporter le calendrier (.ics)…</source>
        <translation>导出日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="114"/>
        <source>Note pour l&apos;employeur…</source>
        <translation>给雇主的说明…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="133"/>
        <source>Quand vous avez déposé sur ANEF, dites-le ici : les fichiers envoyés sont gardés tels quels avec un récapitulatif, et l&apos;application vous dit ce qui vient ensuite (attestation, délais, réponses).</source>
        <translation>在 ANEF 递交后，请在这里说明：发送的文件会连同摘要原样保存，应用会告诉您接下来的事项（证明、期限、答复）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="148"/>
        <source>Déposé le %1. Les fichiers envoyés sont gardés dans « %2 ».</source>
        <translation>已于 %1 递交。发送的文件保存在“%2”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="188"/>
        <source>« %1 » n&apos;est pas une date : écrivez-la comme 01/12/2026.</source>
        <translation>“%1”不是日期：请写成 01/12/2026 的形式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="223"/>
        <source>Enregistrement du dépôt : les fichiers sont préparés et figés…</source>
        <translation>正在记录递交：正在准备并冻结文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="233"/>
        <source>Document reçu de la préfecture</source>
        <translation>收到的省政府文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="235"/>
        <source>PDF ou photo (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF 或照片 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="258"/>
        <source>Document ajouté.</source>
        <translation>文件已添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="265"/>
        <source>Exporter le calendrier</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="280"/>
        <source>Calendrier enregistré : « %1 ». Importez-le dans l&apos;agenda de votre téléphone.</source>
        <translation>日历已保存：“%1”。请导入手机日历。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="289"/>
        <source>Note pour l&apos;employeur</source>
        <translation>给雇主的说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/after_filing.py" line="311"/>
        <source>Note enregistrée : « %1 ».</source>
        <translation>说明已保存：“%1”。</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="8"/>
        <source>Les dossiers des personnes que vous aidez</source>
        <translation>您所帮助的人的档案</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="15"/>
        <source>Tous ces dossiers sont chiffrés sur cet ordinateur. Ouvrez un dossier pour continuer, ou exportez-le pour le remettre à la personne.</source>
        <translation>所有这些档案都在这台电脑上加密保存。打开档案继续填写，或将其导出交给本人。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="24"/>
        <source>&amp;Rechercher&#xa0;:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="30"/>
        <source>Nom, numéro étranger…</source>
        <translation>姓名、外国人编号…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="45"/>
        <source>Nom</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="50"/>
        <source>Numéro étranger</source>
        <translation>外国人编号</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="55"/>
        <source>État</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="60"/>
        <source>Pièces manquantes</source>
        <translation>缺少的材料</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="65"/>
        <source>Prochaine échéance</source>
        <translation>下一个截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="70"/>
        <source>Dernière modification</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="92"/>
        <source>&amp;Nouveau dossier</source>
        <translation>新建档案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="97"/>
        <source>&amp;Ouvrir</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="108"/>
        <source>&amp;Exporter pour la personne…</source>
        <translation>为本人导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="113"/>
        <source>&amp;Importer…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/case_list.ui" line="118"/>
        <source>&amp;Supprimer…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>CerPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="538"/>
        <source>⚠ Tapez d&apos;abord votre nom.</source>
        <translation>⚠ 请先输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="542"/>
        <source>Votre nom est écrit dans le cadre. « Enregistrer la signature » la garde.</source>
        <translation>您的姓名已写在框中。点击“保存签名”即可保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="555"/>
        <source>Image de votre signature</source>
        <translation>您的签名图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="557"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="586"/>
        <source>✖ « %1 » ne s&apos;ouvre pas comme une image. Choisissez une photo ou un scan PNG ou JPEG de votre signature.</source>
        <translation>✖ “%1”无法作为图片打开。请选择您签名的 PNG 或 JPEG 照片或扫描件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="595"/>
        <source>✖ Aucune signature trouvée sur « %1 ». Signez à l&apos;encre foncée sur du papier blanc, photographiez de près, puis importez la photo.</source>
        <translation>✖ 在“%1”上未找到签名。请用深色墨水在白纸上签名，近距离拍照后再导入照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="603"/>
        <source>Votre signature est dans le cadre, sans le papier. « Enregistrer la signature » la garde.</source>
        <translation>您的签名已在框中，纸张背景已去除。点击“保存签名”即可保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="620"/>
        <location filename="../../desktop/ui/step_pages.py" line="650"/>
        <source>⚠ Signez d&apos;abord dans le cadre.</source>
        <translation>⚠ 请先在框内签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="627"/>
        <source>✔ Signature enregistrée : l’application l’appose sur les lettres et les déclarations qu’elle rédige pour vous.</source>
        <translation>✔ 签名已保存：本应用会把它加在为您撰写的信件和声明上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="655"/>
        <source>⚠ Joignez d&apos;abord le contrat en PDF (ci-dessus), puis signez-le ici.</source>
        <translation>⚠ 请先（在上方）附上 PDF 格式的合同，然后在这里签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="672"/>
        <source>✔ Contrat signé : « %1 » remplace la version sans signature.</source>
        <translation>✔ 合同已签署：“%1”替换了未签名的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="31"/>
        <location filename="../../desktop/forms/page_cer.ui" line="37"/>
        <source>Contrat d&apos;engagement à respecter les principes de la République</source>
        <translation>遵守共和国原则承诺书</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="47"/>
        <source>Pour cette demande, vous devez signer le contrat (en français) et le joindre au dossier. Vous vous engagez à respecter sept principes&#xa0;:</source>
        <translation>本次申请须签署该承诺书（法语版）并附入材料。您承诺遵守七项原则：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="82"/>
        <source>Date de &amp;signature (JJ/MM/AAAA)&#xa0;:</source>
        <translation>签署日期（日/月/年）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="95"/>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="125"/>
        <source>Signer à l&apos;écran (souris, doigt, stylet, clavier ou image)</source>
        <translation>在屏幕上签名（鼠标、手指、触控笔、键盘或图片）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="151"/>
        <source>Ou tapez votre &amp;nom&#xa0;:</source>
        <translation>或输入您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="165"/>
        <source>É&amp;crire ce nom comme signature</source>
        <translation>将此姓名写为签名(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="176"/>
        <source>&amp;Importer une image de votre signature…</source>
        <translation>导入签名图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="200"/>
        <source>&amp;Effacer la signature</source>
        <translation>清除签名(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="207"/>
        <source>Enregistrer la &amp;signature</source>
        <translation>保存签名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_cer.ui" line="214"/>
        <source>Signer le &amp;contrat joint</source>
        <translation>签署已附的合同(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Pour moi-même</source>
        <extracomment>Qt 6 asks for some of its file dialog&apos;s words under keys its shipped ``qtbase_XX.qm`` (Qt 5&apos;s) does not hold: « &amp;Look in: » and « Files of &amp;type: » (the .qm has them without the ``&amp;``), and the type column&apos;s « Folder » and « Drive » under ``QAbstractFileIconProvider`` (the .qm: ``QFileDialog``). Left alone, Qt&apos;s dialog is half in English in every language. The translators installed, whichever ``Languages`` installed them: the application speaks one language, so a switch removes them all (a second window&apos;s, a test&apos;s), never leaving an earlier language under the new one&apos;s untranslated strings.</extracomment>
        <translation>为我自己</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>J&apos;aide une autre personne</source>
        <translation>我在帮助他人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Point d&apos;accueil numérique</source>
        <translation>数字接待点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Aucun (je n&apos;ai pas de document de séjour)</source>
        <translation>没有（我没有居留证件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Un autre visa (court séjour, ou visa long séjour à échanger)</source>
        <translation>其他签证（短期签证，或需换领居留卡的长期签证）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Visa long séjour valant titre de séjour (VLS-TS)</source>
        <translation>视同居留证的长期签证（VLS-TS）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Titre de séjour (carte)</source>
        <translation>居留证（卡）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>Récépissé ou attestation de prolongation</source>
        <translation>回执或延期证明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>Autorisation provisoire de séjour (APS)</source>
        <translation>临时居留许可（APS）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>perdu</source>
        <translation>遗失</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>volé</source>
        <translation>被盗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="153"/>
        <source>En ligne sur le site ANEF</source>
        <translation>在 ANEF 网站上在线提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>J&apos;ai déjà un rendez-vous à la préfecture</source>
        <translation>我已在省政府预约</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Je n&apos;arrive pas à obtenir de rendez-vous</source>
        <translation>我无法获得预约</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="161"/>
        <source>Non précisé</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="162"/>
        <source>Femme</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Homme</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Autre (X)</source>
        <translation>其他（X）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="170"/>
        <source>Célibataire</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="171"/>
        <source>Marié(e)</source>
        <translation>已婚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="172"/>
        <source>Pacsé(e)</source>
        <translation>民事伴侣（PACS）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="173"/>
        <source>Divorcé(e)</source>
        <translation>离异</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="174"/>
        <source>Veuf ou veuve</source>
        <translation>丧偶</translation>
    </message>
</context>
<context>
    <name>CivilPage</name>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="31"/>
        <location filename="../../desktop/forms/page_civil.ui" line="37"/>
        <source>État civil</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="47"/>
        <source>Recopiez les informations exactement comme sur votre passeport.</source>
        <translation>请完全按照护照上的信息填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="68"/>
        <source>&amp;Nom&#xa0;:</source>
        <translation>姓(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="85"/>
        <source>&amp;Prénoms&#xa0;:</source>
        <translation>名(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="102"/>
        <source>&amp;Sexe&#xa0;:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="119"/>
        <source>Date de &amp;naissance (JJ/MM/AAAA)&#xa0;:</source>
        <translation>出生日期（日/月/年）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="132"/>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="142"/>
        <source>&amp;Lieu de naissance (ville, pays)&#xa0;:</source>
        <translation>出生地（城市、国家）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="159"/>
        <source>Situation &amp;familiale&#xa0;:</source>
        <translation>婚姻状况(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="176"/>
        <source>Numéro &amp;étranger (10 chiffres)&#xa0;:</source>
        <translation>外国人编号（10 位数字）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="199"/>
        <source>&amp;Téléphone&#xa0;:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="216"/>
        <source>&amp;E-mail&#xa0;:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_civil.ui" line="233"/>
        <source>Mes actes d&apos;état civil sont dans une langue étrangère</source>
        <translation>我的身份文件是外文的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="350"/>
        <source>Lire mon passeport (photo ou scan de la page avec la photo)…</source>
        <translation>读取我的护照（带照片那一页的照片或扫描件）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="356"/>
        <source>Les deux lignes en bas de la page du passeport remplissent les champs ; vous vérifiez chacun avant de le reporter.</source>
        <translation>护照页底部的两行会填写这些字段；每个字段在填入前都由您核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="371"/>
        <source>Photo ou scan du passeport</source>
        <translation>护照的照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="373"/>
        <source>Photo ou PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
        <translation>照片或 PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
        <source>Tous les fichiers</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="713"/>
        <source>Pièces obligatoires prêtes : %1 sur %2.</source>
        <translation>必需材料已备好 %1 / %2 份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="716"/>
        <source>✖ Pièces à corriger : %1.</source>
        <translation>✖ 需要修改的材料：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="719"/>
        <source>⚠ Pièces à vérifier : %1.</source>
        <translation>⚠ 需要检查的材料：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="738"/>
        <source>Vous n&apos;avez pas un document, ou vous ne savez pas lequel fournir ? Laissez sa pièce vide : l&apos;étape « Lettres » vous aide à écrire pourquoi il manque, et la page de garde du dossier le dira. Pour savoir quoi fournir, une association d&apos;aide aux étrangers (La Cimade, GISTI, France terre d&apos;asile) ou un avocat peut vous aider.</source>
        <translation>您没有某份文件，或不知道该提供哪一份？请将该项留空：“信件”步骤会帮您写明缺少的原因，材料封面也会注明。想知道该提供什么，可以向外国人援助协会（La Cimade、GISTI、France terre d&apos;asile）或律师求助。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="31"/>
        <location filename="../../desktop/forms/page_documents.ui" line="37"/>
        <source>Vos documents</source>
        <translation>您的材料</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_documents.ui" line="47"/>
        <source>Pour chaque pièce : glissez les fichiers dans la zone, ou cliquez sur « Ajouter des fichiers ». Les photos prises avec un téléphone sont acceptées.</source>
        <translation>每项材料：把文件拖到区域内，或点击“添加文件”。手机拍的照片也可以。</translation>
    </message>
</context>
<context>
    <name>EphotoPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="492"/>
        <source>%1 caractères sur %2.</source>
        <translation>已输入 %1 / %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="502"/>
        <source>Code valable jusqu&apos;au %1.</source>
        <translation>代码有效期至 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="31"/>
        <location filename="../../desktop/forms/page_ephoto.ui" line="37"/>
        <source>Photo et signature numériques (e-photo)</source>
        <translation>数字照片与签名（e-photo）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="47"/>
        <source>Dans une cabine photo agréée ANTS, vous recevez une planche avec un code de 22 caractères. Il est valable 6 mois, mais ne fonctionne qu’à partir de 24 à 72 heures après la photo.</source>
        <translation>在 ANTS 认证的照相亭，您会拿到一张带有 22 位代码的照片纸。代码有效期 6 个月，拍照后 24 至 72 小时才能使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="68"/>
        <source>&amp;Code e-photo (22 caractères)&#xa0;:</source>
        <translation>e-photo 代码（22 个字符）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="91"/>
        <source>&amp;Date de la photo (JJ/MM/AAAA)&#xa0;:</source>
        <translation>拍照日期（日/月/年）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="104"/>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_ephoto.ui" line="114"/>
        <source>Je n&apos;ai pas encore de code : je le saisirai plus tard</source>
        <translation>我还没有代码：稍后再填写</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="5"/>
        <source>Exporter le dossier</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="9"/>
        <source>Le fichier de transmission (.dsvx) est chiffré avec sa propre phrase secrète. Donnez la phrase à la personne séparément du fichier (sur papier).</source>
        <translation>移交文件（.dsvx）用它自己的密码短语加密。请将密码短语与文件分开交给本人（写在纸上）。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="15"/>
        <source>&amp;Générer une phrase (conseillé)</source>
        <translation>生成密码短语（推荐）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="29"/>
        <source>&amp;Une autre</source>
        <translation>换一个(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="36"/>
        <source>&amp;Choisir une phrase</source>
        <translation>自己设定密码短语(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="46"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="58"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>再输入一次(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/export_dialog.ui" line="70"/>
        <source>&amp;Afficher la phrase</source>
        <translation>显示密码短语(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/ui/letters.py" line="131"/>
        <source>Ouvrir</source>
        <extracomment>The sworn statements the app writes, and the piece each one is for.</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="132"/>
        <source>Imprimer</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="133"/>
        <source>Enregistrer sous…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="134"/>
        <source>Ouvrir la lettre</source>
        <translation>打开信件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="135"/>
        <source>Imprimer la lettre</source>
        <translation>打印信件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="136"/>
        <source>Enregistrer la lettre sous…</source>
        <translation>将信件另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="143"/>
        <source>✔ Lettre enregistrée dans : %1</source>
        <translation>✔ 信件已保存到：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="147"/>
        <source>(copie de travail, effacée à la fermeture : « Enregistrer sous… » en garde une où vous voulez).</source>
        <translation>（这是工作副本，关闭程序时会被删除：用“另存为…”把它保存到您想要的位置）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="163"/>
        <source>⚠ Aucune application n&apos;a pu ouvrir ce PDF : copiez le chemin ci-dessus, ou utilisez « Enregistrer sous… ».</source>
        <translation>⚠ 没有应用程序能打开此 PDF：请复制上面的路径，或使用“另存为…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="183"/>
        <source>Enregistrer la lettre sous</source>
        <translation>将信件另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="199"/>
        <source>Copie enregistrée : %1</source>
        <translation>副本已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="248"/>
        <source>Lettre explicative (pièce manquante)</source>
        <translation>说明信（缺少材料）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="249"/>
        <source>Demande de rendez-vous</source>
        <translation>预约请求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="252"/>
        <source>Attestation d’hébergement (signée par l’hébergeant)</source>
        <translation>住宿证明（由接待人签名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="255"/>
        <source>Déclaration sur l’honneur de non-polygamie</source>
        <translation>非一夫多妻制声明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="256"/>
        <source>Déclaration de perte du titre de séjour</source>
        <translation>居留证遗失声明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="257"/>
        <source>Engagement à ne pas travailler (modèle à recopier)</source>
        <translation>不工作承诺（需亲笔抄写的范本）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="276"/>
        <source>Lettre à rédiger</source>
        <translation>要撰写的信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="277"/>
        <source>Aperçu de la lettre en français</source>
        <translation>法语信件预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="278"/>
        <source>Tentatives enregistrées</source>
        <translation>已记录的尝试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="280"/>
        <source>Message affiché par le site</source>
        <translation>网站显示的信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="296"/>
        <source>(capture d&apos;écran jointe)</source>
        <translation>（已附截图）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="398"/>
        <source>Imprimez cette attestation : l’hébergeant la date et la signe. Ajoutez ensuite la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>请打印此证明：由接待人注明日期并签名。然后把签名后的副本加入材料“%1”（“材料”页面）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="404"/>
        <source>C’est un modèle : recopiez-le à la main, datez-le et signez-le, puis ajoutez-le à la pièce « %1 » (page Documents).</source>
        <translation>这是一个范本：请亲笔抄写，注明日期并签名，然后把它加入材料“%1”（“材料”页面）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="410"/>
        <source>Signé avec votre signature dessinée et ajouté à la pièce « %1 » : il fera partie du dossier préparé (page Documents pour le retirer).</source>
        <translation>已使用您手绘的签名签署，并添加到材料“%1”：它将包含在准备好的材料中（如需移除，请前往“材料”页面）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="417"/>
        <source>Ce document porte votre signature dessinée. « Joindre au dossier » l’ajoute à la pièce « %1 ».</source>
        <translation>此文件带有您手绘的签名。点击“加入档案”会把它加入材料“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="423"/>
        <source>Imprimez ce document, signez-le, puis ajoutez la copie signée à la pièce « %1 » (page Documents).</source>
        <translation>请打印此文件并签名，然后把签名后的副本加入材料“%1”（“材料”页面）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/letters.py" line="429"/>
        <source>Pour le signer à l’écran, dessinez votre signature à l’étape Contrat (CER), puis rédigez-le à nouveau.</source>
        <translation>如需在屏幕上签名，请在“承诺书（CER）”步骤画出您的签名，然后重新生成该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="31"/>
        <location filename="../../desktop/forms/page_letters.ui" line="37"/>
        <source>Lettres</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="47"/>
        <source>L&apos;application rédige en français les lettres dont vous avez besoin. À droite, un résumé dans votre langue.</source>
        <translation>本应用用法语撰写您需要的信件。右侧是您所用语言的摘要。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="60"/>
        <source>Lettre explicative pour une pièce manquante</source>
        <translation>关于缺少材料的说明信</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="72"/>
        <source>&amp;Pièce manquante&#xa0;:</source>
        <translation>缺少的材料(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="89"/>
        <source>&amp;Pourquoi ne pouvez-vous pas la fournir&#xa0;?</source>
        <translation>为什么无法提供(&amp;P)？</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="106"/>
        <source>Demandée le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>申请日期（日/月/年）：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="119"/>
        <location filename="../../desktop/forms/page_letters.ui" line="142"/>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="129"/>
        <source>Attendue le (JJ/MM/AAAA)&#xa0;:</source>
        <translation>预计获得日期（日/月/年）：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="155"/>
        <source>Demande de rendez-vous (aucun créneau disponible)</source>
        <translation>预约请求（没有可用时段）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="161"/>
        <source>À chaque fois que le site de la préfecture n&apos;affiche aucun rendez-vous, ouvrez la page dans le navigateur puis enregistrez la tentative : l&apos;application prend une capture de tout l&apos;écran avec la date et l&apos;heure.</source>
        <translation>每当省政府网站没有可预约时段时，请在浏览器中打开该页面并记录这次尝试：本应用会截取整个屏幕，包括日期和时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="182"/>
        <source>&amp;Message affiché par le site&#xa0;:</source>
        <translation>网站显示的信息(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="202"/>
        <source>E-&amp;mail de la préfecture&#xa0;:</source>
        <translation>省政府电子邮箱(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="220"/>
        <source>Enregistrer une &amp;tentative échouée</source>
        <translation>记录一次失败的尝试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="242"/>
        <source>Aucune tentative notée pour l’instant. À chaque échec sur le site de la préfecture, collez le message affiché ci-dessus puis cliquez sur « Enregistrer une tentative échouée ».</source>
        <translation>尚未记录任何尝试。每次在省政府网站上预约失败时，请把网站显示的信息粘贴到上方，然后点击“记录一次失败的尝试”。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="267"/>
        <source>Lettre en français</source>
        <translation>法语信件</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="285"/>
        <source>&amp;Rédiger la lettre</source>
        <translation>撰写信件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="292"/>
        <source>&amp;Joindre au dossier</source>
        <translation>加入档案(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="317"/>
        <source>L’aperçu de la lettre s’affichera ici : choisissez la lettre ci-dessus, puis cliquez sur « Rédiger la lettre ».</source>
        <translation>信件预览将显示在这里：请在上方选择信件，然后点击“撰写信件”。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_letters.ui" line="367"/>
        <source>Ce que dit la lettre</source>
        <translation>信件内容</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="27"/>
        <source>Vos dossiers sont protégés</source>
        <translation>您的档案受到保护</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="34"/>
        <source>Entrez votre phrase secrète pour ouvrir vos dossiers.</source>
        <translation>请输入密码短语以打开您的档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="56"/>
        <source>&amp;Afficher la phrase</source>
        <translation>显示密码短语(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="72"/>
        <source>← &amp;Autre choix</source>
        <translation>← 其他选择(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/lock_screen.ui" line="83"/>
        <source>&amp;Déverrouiller</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Étapes</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>Étape en cours</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>« %1 » (étape « %2 »)</source>
        <translation>“%1”（步骤“%2”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Ces valeurs de votre dossier n&apos;étaient pas valables : elles ont été mises de côté, rien n&apos;est perdu. Saisissez-les de nouveau : %1</source>
        <translation>您材料中的这些值无效：已将其搁置，没有丢失任何内容。请重新输入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309"/>
        <source>Étape pas encore atteinte</source>
        <translation>尚未到达此步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>Étape %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source>Étape %1 sur %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <location filename="../../desktop/forms/main_window.ui" line="38"/>
        <source>Enregistré</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="6"/>
        <location filename="../../desktop/forms/main_window.ui" line="15"/>
        <source>Dossier Séjour</source>
        <translation>Dossier Séjour（居留材料）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="48"/>
        <source>☰ &amp;Dossiers</source>
        <translation>☰ 档案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="55"/>
        <source>&amp;Verrouiller</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="62"/>
        <source>&amp;Terminer la séance</source>
        <translation>结束本次使用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="72"/>
        <source>&amp;Langue&#xa0;:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="130"/>
        <source>← &amp;Retour</source>
        <translation>← 返回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/main_window.ui" line="158"/>
        <source>&amp;Suivant →</source>
        <translation>下一步(&amp;S) →</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="100"/>
        <source>L&apos;enregistrement a échoué (%1). Vos réponses restent dans la fenêtre : libérez de la place ou vérifiez le disque, l&apos;application réessaiera à la prochaine modification.</source>
        <extracomment>Files added in a batch (a drop, the file dialog) are copied off the GUI thread and listed in groups: the files copied so far, at most this often (each listing redraws the page once). How much lower than the window the background threads run (Linux ``nice``): an inspection of a 12 MP photo takes seconds of CPU; the window must never wait for a core behind it.</extracomment>
        <translation>保存失败（%1）。您的回答仍保留在窗口中：请释放空间或检查磁盘；下次修改时应用会再次尝试保存。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="125"/>
        <source>Copier (effacé du presse-papiers après %1 s)</source>
        <translation>复制（%1 秒后从剪贴板清除）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="135"/>
        <source>Copier</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="71"/>
        <source>Choisir dans le calendrier</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="76"/>
        <source>Alt+↓ ouvre un calendrier.</source>
        <translation>按 Alt+↓ 打开日历。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_picker.py" line="89"/>
        <source>Calendrier</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>PassportDialog</name>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="37"/>
        <source>Nom</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="38"/>
        <source>Prénoms</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="39"/>
        <source>Sexe</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="40"/>
        <source>Date de naissance</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="41"/>
        <source>Nationalité (code)</source>
        <translation>国籍（代码）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="42"/>
        <source>Numéro du passeport</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="43"/>
        <source>Date d&apos;expiration du passeport</source>
        <translation>护照有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="56"/>
        <source>Lu sur votre passeport</source>
        <translation>从您的护照读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="60"/>
        <source>Lecture de la bande en bas du passeport…</source>
        <translation>正在读取护照底部的字符行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="66"/>
        <source>Annuler</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="67"/>
        <source>Reporter les valeurs cochées</source>
        <translation>填入已勾选的值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="104"/>
        <source>La bande de lecture (deux lignes de lettres et de « &lt; » en bas de la page avec la photo) n&apos;a pas été trouvée. Prenez la page entière, à plat, bien éclairée et nette, ou remplissez les champs à la main.</source>
        <translation>未找到机读区（带照片那一页底部由字母和“&lt;”组成的两行）。请平放、光线充足、清晰地拍下整页，或手动填写字段。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="115"/>
        <source>Voici ce que dit votre passeport. Vérifiez chaque valeur, puis cochez celles à reporter. Ce que vous aviez tapé n&apos;est remplacé que si vous le cochez.</source>
        <translation>以下是您护照上的信息。请核对每个值，并勾选要填入的项。您已输入的内容只有在勾选后才会被替换。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="124"/>
        <source>(vous aviez tapé : %1)</source>
        <translation>（您输入的是：%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="132"/>
        <source>confirmé par les chiffres de contrôle</source>
        <translation>已由校验位确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passport_read.py" line="134"/>
        <source>à comparer avec le passeport</source>
        <translation>请与护照核对</translation>
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
        <translation>可接受的格式：%1。递交文件的最大大小：%2（应用会自动压缩过大的文件）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="191"/>
        <source>Nombre maximal de pages : %1.</source>
        <translation>最多页数：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="197"/>
        <source>Zone de dépôt : %1</source>
        <translation>拖放区：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="199"/>
        <source>Pages de : %1</source>
        <translation>页面：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="201"/>
        <source>Ajouter des fichiers : %1</source>
        <translation>添加文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="211"/>
        <source>Recadrer…</source>
        <translation>裁剪…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="212"/>
        <source>Recadrer la photo</source>
        <translation>裁剪照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="213"/>
        <source>Annuler</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="214"/>
        <source>Annuler le retrait</source>
        <translation>撤销移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="215"/>
        <source>Double-clic, Entrée ou Espace : voir la page en grand. Glissez une page, ou Ctrl+← / Ctrl+→, pour changer son ordre.</source>
        <translation>双击、回车或空格：放大查看页面。拖动页面，或按 Ctrl+← / Ctrl+→，可调整顺序。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Obligatoire</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="243"/>
        <source>Facultatif</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="259"/>
        <source>✖ « %1 » est refusé : ce fichier ne convient pas en l&apos;état. Retirez-le (bouton « Retirer ») ou remplacez-le.</source>
        <translation>✖ “%1”被拒绝：此文件目前无法使用。请移除它（“移除”按钮）或替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="273"/>
        <source>Aucun fichier pour cette pièce.</source>
        <translation>此项材料还没有文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="285"/>
        <source>Règle d&apos;un point signalé</source>
        <translation>所提示问题的规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="362"/>
        <source>Copie gardée dans le dossier : %1</source>
        <translation>材料中保存的副本：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="446"/>
        <source>Montre le document trouvé sur la photo : ajustez ses coins.</source>
        <translation>显示在照片中找到的文件：调整其四角。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="448"/>
        <source>Choisissez d&apos;abord une photo (JPEG, PNG, HEIC…).</source>
        <translation>请先选择一张照片（JPEG、PNG、HEIC…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="458"/>
        <source>Choisissez d&apos;abord une page : cliquez sur sa vignette.</source>
        <translation>请先选择一页：点击它的缩略图。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="460"/>
        <source>Tourne la page choisie d&apos;un quart de tour.</source>
        <translation>将所选页面旋转四分之一圈。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="461"/>
        <source>Retire le fichier choisi de cette pièce (vous pourrez annuler).</source>
        <translation>从此材料中移除所选文件（可以撤销）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="464"/>
        <source>Remplace le fichier choisi par un autre.</source>
        <translation>用另一个文件替换所选文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="465"/>
        <source>Retire seulement cette page du PDF (vous pourrez annuler).</source>
        <translation>只从 PDF 中删除此页（可以撤销）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="473"/>
        <source>Ce fichier n&apos;a qu&apos;une page : pour l&apos;enlever, utilisez « Retirer ».</source>
        <translation>此文件只有一页：要去掉它，请用“移除”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="502"/>
        <source>Documents acceptés</source>
        <translation>可接受的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="504"/>
        <source>Tous les fichiers</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="510"/>
        <source>Choisir des fichiers</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="530"/>
        <source>Ajout d&apos;un fichier…</source>
        <translation>正在添加 1 个文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="532"/>
        <source>Ajout de %1 fichiers…</source>
        <translation>正在添加 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="535"/>
        <source>✖ « %1 » n&apos;a pas été ajouté : %2</source>
        <translation>✖ 未添加“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="548"/>
        <source>Fichier retiré : « %1 ».</source>
        <translation>已移除文件：“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="556"/>
        <source>Remplacer le fichier</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="580"/>
        <location filename="../../desktop/ui/piece.py" line="590"/>
        <source>Mot de passe du PDF</source>
        <translation>PDF 密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="581"/>
        <source>Mot de passe de « %1 »&#xa0;:</source>
        <translation>“%1”的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="600"/>
        <source>Page %1 retirée de « %2 ».</source>
        <translation>已从“%2”中删除第 %1 页。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="831"/>
        <source>Page précédente</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="832"/>
        <source>Page suivante</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="833"/>
        <source>Fermer</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="846"/>
        <source>Page en grand</source>
        <translation>放大的页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/piece.py" line="865"/>
        <source>Cette page ne peut pas être affichée.</source>
        <translation>无法显示此页。</translation>
    </message>
</context>
<context>
    <name>PieceForm</name>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="67"/>
        <source>Glissez les fichiers ici, ou&#xa0;:</source>
        <translation>将文件拖到这里，或：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="77"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="106"/>
        <source>Faire pivoter</source>
        <translation>旋转</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="113"/>
        <source>Retirer cette page</source>
        <translation>删除此页</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="120"/>
        <source>Remplacer…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="127"/>
        <source>&amp;Mot de passe…</source>
        <translation>密码(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="134"/>
        <source>Retirer</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="164"/>
        <source>Date du document (JJ/MM/AAAA)&#xa0;:</source>
        <translation>文件日期（日/月/年）：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="177"/>
        <location filename="../../desktop/forms/piece.ui" line="200"/>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/piece.ui" line="187"/>
        <source>Valable jusqu&apos;au (JJ/MM/AAAA)&#xa0;:</source>
        <translation>有效期至（日/月/年）：</translation>
    </message>
</context>
<context>
    <name>Principles</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="204"/>
        <source>la liberté personnelle</source>
        <translation>个人自由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="205"/>
        <source>la liberté d&apos;expression et de conscience</source>
        <translation>言论自由和信仰自由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="206"/>
        <source>l&apos;égalité entre les femmes et les hommes</source>
        <translation>男女平等</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="207"/>
        <source>la dignité de la personne humaine</source>
        <translation>人的尊严</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="208"/>
        <source>la devise et les symboles de la République</source>
        <translation>共和国的格言和象征</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="209"/>
        <source>l&apos;intégrité territoriale</source>
        <translation>领土完整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="210"/>
        <source>la laïcité</source>
        <translation>政教分离（laïcité）</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/build.py" line="53"/>
        <source>Vérification du dossier</source>
        <translation>正在检查材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="54"/>
        <source>Préparation des fichiers</source>
        <translation>正在准备文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="55"/>
        <source>Préparation des pages</source>
        <translation>正在准备页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="56"/>
        <source>Réduction de la taille</source>
        <translation>正在压缩大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="57"/>
        <source>Dossier complet (PDF)</source>
        <translation>完整材料（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="58"/>
        <source>Guide de dépôt</source>
        <translation>提交指南</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="59"/>
        <source>Terminé</source>
        <translation>完成</translation>
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
        <translation>1 条提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="96"/>
        <source>%1 avertissements</source>
        <translation>%1 条提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="171"/>
        <location filename="../../desktop/ui/build.py" line="176"/>
        <source>Ouvrir le guide</source>
        <translation>打开指南</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="172"/>
        <location filename="../../desktop/ui/build.py" line="175"/>
        <source>Copier le chemin</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="173"/>
        <source>Fichiers préparés</source>
        <translation>已准备的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="174"/>
        <source>Chemin du dossier</source>
        <translation>文件夹路径</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="182"/>
        <source>État des pièces</source>
        <translation>材料状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="183"/>
        <source>Avancement</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="184"/>
        <location filename="../../desktop/ui/build.py" line="295"/>
        <source>Dossier de sortie</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="201"/>
        <source>Choisissez d&apos;abord votre situation.</source>
        <translation>请先选择您的情况。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="205"/>
        <source>Double-clic ou Entrée : ouvrir cette pièce.</source>
        <translation>双击或回车：打开此材料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="227"/>
        <source>⚠ Rien ne manque (complet, %1), mais vérifiez d&apos;abord les points ci-dessous : vous pouvez préparer les fichiers, ou corriger puis les préparer.</source>
        <translation>⚠ 没有缺少的材料（齐全，%1），但请先检查下面几点：您可以准备文件，或先更正再准备。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="233"/>
        <source>✔ Le dossier est complet : vous pouvez préparer les fichiers.</source>
        <translation>✔ 材料齐全：可以准备文件了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="237"/>
        <source>⚠ Le dossier n&apos;est pas encore complet. Vous pouvez quand même préparer les fichiers et compléter plus tard.</source>
        <translation>⚠ 材料尚不齐全。您仍可以先准备文件，稍后再补充。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="264"/>
        <source>Dossier</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="269"/>
        <source>Règles de l&apos;application</source>
        <translation>本应用的规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="347"/>
        <source>Annulation…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="361"/>
        <source>✔ Les fichiers sont prêts dans : %1</source>
        <translation>✔ 文件已准备好，位于：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="363"/>
        <source>⚠ Les fichiers sont prêts dans : %1 — mais il manque encore des pièces.</source>
        <translation>⚠ 文件已准备好，位于：%1 —— 但仍缺少部分材料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="385"/>
        <source>ANEF : « %1 »</source>
        <translation>ANEF：“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="388"/>
        <source>trop lourd (maximum %1)</source>
        <translation>太大（最大 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="394"/>
        <source>Étape suivante : connectez-vous à votre espace ANEF et déposez ces fichiers (dossier « upload ») en suivant GUIDE.pdf, qui dit dans quelle case va chacun. « dossier-complet.pdf » est votre copie à garder ou à imprimer.</source>
        <translation>下一步：登录您的 ANEF 账户，按照 GUIDE.pdf 上传这些文件（“upload”文件夹），指南会说明每个文件放在哪一栏。“dossier-complet.pdf”是您保存或打印的副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="416"/>
        <source>Aucun gestionnaire de fichiers n&apos;a pu s&apos;ouvrir sur cet ordinateur. Les fichiers sont ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>此电脑上无法打开文件管理器。文件在这里：请复制此路径并自行打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="422"/>
        <source>Aucune application n&apos;a pu ouvrir ce fichier sur cet ordinateur. Il est ici : copiez ce chemin et ouvrez-le vous-même.</source>
        <translation>此电脑上没有应用程序能打开此文件。它在这里：请复制此路径并自行打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="442"/>
        <source>Chemin copié : collez-le dans une fenêtre ou un terminal.</source>
        <translation>路径已复制：请粘贴到窗口或终端中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="452"/>
        <source>Préparation annulée : rien n&apos;a été écrit.</source>
        <translation>已取消准备：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="458"/>
        <source>✖ La préparation a échoué. Votre dossier est intact.</source>
        <translation>✖ 准备失败。您的材料完好无损。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="485"/>
        <source>Choisir la clé USB</source>
        <translation>选择 U 盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/build.py" line="493"/>
        <source>✔ Copié sur : %1</source>
        <translation>✔ 已复制到：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="31"/>
        <location filename="../../desktop/forms/page_review.ui" line="37"/>
        <source>Vérifier et préparer le dossier</source>
        <translation>检查并准备材料</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="64"/>
        <source>Préparer les fichiers à déposer</source>
        <translation>准备要提交的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="78"/>
        <source>&amp;Dossier de sortie&#xa0;:</source>
        <translation>输出文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="99"/>
        <source>C&amp;hoisir…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="106"/>
        <source>&amp;Préparer le dossier</source>
        <translation>准备材料(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="113"/>
        <source>A&amp;nnuler</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="151"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="158"/>
        <source>&amp;Imprimer</source>
        <translation>打印(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_review.ui" line="165"/>
        <source>Copier sur une clé &amp;USB</source>
        <translation>复制到 U 盘(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="171"/>
        <source>Recadrer la photo</source>
        <translation>裁剪照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="179"/>
        <source>Photo et contour du document</source>
        <translation>照片及文件轮廓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="184"/>
        <source>Page nettoyée</source>
        <translation>清理后的页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="192"/>
        <source>Garder la photo telle quelle</source>
        <translation>保留原照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="193"/>
        <source>Détection automatique</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="194"/>
        <source>Utiliser ce cadrage</source>
        <translation>使用此裁剪</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="205"/>
        <source>Faites glisser les quatre coins sur ceux du document (ou Tab, puis les flèches ; Espace passe au coin suivant). À droite : la page telle qu&apos;elle sera déposée.</source>
        <translation>将四个角拖到文件的四个角上（或按 Tab 后用方向键；空格键切换到下一个角）。右侧：将要递交的页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="239"/>
        <source>Document trouvé (confiance %1 %). Vérifiez les coins.</source>
        <translation>已找到文件（置信度 %1%）。请检查四角。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="244"/>
        <source>Votre cadrage enregistré.</source>
        <translation>您保存的裁剪。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="247"/>
        <source>Aucun document trouvé sur cette photo : elle sera déposée telle quelle. Pour un meilleur résultat, posez le document sur une surface sombre et photographiez-le de face.</source>
        <translation>在这张照片中没有找到文件：将按原样递交。为获得更好效果，请把文件放在深色表面上并正面拍摄。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="272"/>
        <source>Recherche du document sur la photo…</source>
        <translation>正在照片中查找文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_view.py" line="284"/>
        <source>(la photo telle quelle)</source>
        <translation>（原照片）</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="5"/>
        <source>Protéger vos dossiers</source>
        <translation>保护您的档案</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="9"/>
        <source>Vos dossiers seront chiffrés sur cet ordinateur. Choisissez comment protéger leur clé. Ce choix se fait une seule fois.</source>
        <translation>您的档案将在这台电脑上加密保存。请选择如何保护它们的密钥。此选择只需做一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="15"/>
        <source>Le &amp;trousseau de cet ordinateur (conseillé)</source>
        <translation>本电脑的钥匙串（推荐）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="20"/>
        <source>Rien à retenir : la clé est gardée par votre session, comme vos mots de passe enregistrés.</source>
        <translation>无需记住任何内容：密钥由您的会话保管，就像已保存的密码一样。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="27"/>
        <source>Une &amp;phrase secrète que je choisis</source>
        <translation>我自己设定的密码短语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="32"/>
        <source>À taper à chaque ouverture. Notez-la en lieu sûr : sans elle, personne ne pourra rouvrir vos dossiers.</source>
        <translation>每次打开时输入。请把它记在安全的地方：没有它，任何人都无法再打开您的档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="44"/>
        <source>&amp;Phrase secrète&#xa0;:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="56"/>
        <source>&amp;Encore une fois&#xa0;:</source>
        <translation>再输入一次(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/setup_dialog.ui" line="68"/>
        <source>&amp;Afficher la phrase</source>
        <translation>显示密码短语(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/ui/signature.py" line="51"/>
        <source>Zone de signature</source>
        <translation>签名区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signature.py" line="53"/>
        <source>Signez avec la souris, le doigt ou un stylet.</source>
        <translation>请用鼠标、手指或触控笔签名。</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="128"/>
        <location filename="../../desktop/ui/step_pages.py" line="129"/>
        <source>Votre démarche</source>
        <translation>您的申请类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="134"/>
        <location filename="../../desktop/ui/step_pages.py" line="135"/>
        <source>Période de dépôt</source>
        <translation>递交期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="180"/>
        <source>%1 — code OACI du passeport : %2</source>
        <translation>%1 — 护照上的 ICAO 代码：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="184"/>
        <source>Choisissez votre pays dans la liste, ou tapez les 3 lettres de la ligne « Nationalité » du passeport.</source>
        <translation>请从列表中选择您的国家，或输入护照“国籍”一栏的 3 个字母。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="259"/>
        <source>Répondez aux questions : la démarche s&apos;affichera ici.</source>
        <translation>请回答问题：您的手续将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="264"/>
        <source>Votre démarche : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>您的手续：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="274"/>
        <source>Période de dépôt du renouvellement : du %1 au %2 (le titre expire le %3).</source>
        <translation>续签提交期：%1 至 %2（居留证于 %3 到期）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="284"/>
        <source>✔ C&apos;est le bon moment pour déposer.</source>
        <translation>✔ 现在正是提交的时候。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="285"/>
        <source>⚠ C&apos;est trop tôt : attendez l&apos;ouverture de la période.</source>
        <translation>⚠ 现在太早：请等待提交期开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="288"/>
        <source>⚠ Le délai de dépôt est dépassé : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide) et aucune attestation de prolongation d&apos;instruction ne sera délivrée. Déposez au plus vite.</source>
        <translation>⚠ 递交期限已过：需另缴下列补正签证费（不可抗力或持有有效签证的情况除外），且不会签发审理延长证明（attestation de prolongation d’instruction）。请尽快递交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="295"/>
        <source>✖ Le titre a expiré : le droit de visa de régularisation ci-dessous s&apos;ajoute (sauf force majeure ou visa valide). Déposez au plus vite ; une association ou un avocat peut vous aider.</source>
        <translation>✖ 您的居留证已过期：需另缴下列补正签证费（不可抗力或持有有效签证的情况除外）。请尽快递交；协会或律师可以为您提供帮助。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="304"/>
        <source>%4 : %1 € (taxe %2 € + timbre %3 €).</source>
        <translation>%4：%1 欧元（税费 %2 欧元 + 印花税 %3 欧元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/step_pages.py" line="312"/>
        <source>Dont %1 € à payer dès le dépôt.</source>
        <translation>其中 %1 欧元须在递交时支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="31"/>
        <location filename="../../desktop/forms/page_situation.ui" line="37"/>
        <source>Votre situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="47"/>
        <source>Quelques questions pour savoir quelle démarche faire et quelles pièces fournir.</source>
        <translation>几个问题，帮您确定要办理的手续和需要提供的材料。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="60"/>
        <source>Que demandez-vous&#xa0;?</source>
        <translation>您申请什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="66"/>
        <source>Un titre de séjour (première demande ou renouvellement)</source>
        <translation>居留证（首次申请或续签）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="73"/>
        <source>Un duplicata (titre perdu ou volé)</source>
        <translation>补办（证件遗失或被盗）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="80"/>
        <source>Déclarer un changement d&apos;adresse</source>
        <translation>申报地址变更</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="87"/>
        <source>Déclarer un changement d&apos;état civil (mariage, divorce, nom)</source>
        <translation>申报民事身份变更（结婚、离婚、姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="105"/>
        <source>&amp;Catégorie de titre demandée&#xa0;:</source>
        <translation>申请的居留证类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="122"/>
        <source>Le titre a été&#xa0;:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="139"/>
        <source>&amp;Document de séjour actuel&#xa0;:</source>
        <translation>当前居留证件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="156"/>
        <source>Catégorie du titre &amp;actuel&#xa0;:</source>
        <translation>当前居留证类别(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="173"/>
        <source>Il expire le (&amp;JJ/MM/AAAA)&#xa0;:</source>
        <translation>到期日（日/月/年）(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="186"/>
        <source>JJ/MM/AAAA</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="196"/>
        <source>&amp;Nationalité (pays du passeport)&#xa0;:</source>
        <translation>国籍（护照签发国）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="209"/>
        <source>Tapez le nom du pays ou le code à 3 lettres</source>
        <translation>输入国家名称或 3 字母代码</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="253"/>
        <source>Je suis entré(e) en France sans le visa de long séjour que demande ce titre</source>
        <translation>我入境法国时没有持此类居留卡所需的长期签证</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="260"/>
        <source>J&apos;ai fait en France au moins 3 ans d&apos;études secondaires ou 1 an d&apos;études supérieures</source>
        <translation>我在法国读过至少 3 年中学或 1 年高等教育</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="229"/>
        <source>Comment allez-vous &amp;déposer&#xa0;?</source>
        <translation>您将如何提交(&amp;D)？</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_situation.ui" line="246"/>
        <source>C&apos;est ma première carte pluriannuelle ou de résident</source>
        <translation>这是我的第一张多年居留卡或长期居民卡</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../desktop/ui/sources.py" line="63"/>
        <source>Lire la source</source>
        <translation>阅读来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="162"/>
        <source>lire la source</source>
        <translation>阅读来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="180"/>
        <source>Détails de la règle</source>
        <translation>规则详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Masquer</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sources.py" line="196"/>
        <source>Détails…</source>
        <translation>详情…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="180"/>
        <source>Prêt</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="181"/>
        <source>À vérifier</source>
        <translation>待检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="182"/>
        <source>À corriger</source>
        <translation>待修正</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="183"/>
        <source>Manquant</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="184"/>
        <source>Facultatif</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Bienvenue</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="191"/>
        <source>Situation</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="192"/>
        <source>État civil</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Adresse</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Photo (e-photo)</source>
        <translation>照片（e-photo）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="195"/>
        <source>Contrat (CER)</source>
        <translation>承诺书（CER）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="196"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="197"/>
        <source>Lettres</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="198"/>
        <source>Vérifier et préparer</source>
        <translation>检查并准备</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="37"/>
        <source>Trop courte : au moins %1 caractères.</source>
        <translation>太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="48"/>
        <source>Faible : ajoutez des mots.</source>
        <translation>较弱：请再加几个词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="50"/>
        <source>Moyenne : un ou deux mots de plus la renforceraient.</source>
        <translation>一般：再加一两个词会更安全。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="51"/>
        <source>Bonne.</source>
        <translation>很好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="73"/>
        <source>Brouillon</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="74"/>
        <source>Incomplet</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="75"/>
        <source>Complet</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="76"/>
        <source>Déposé</source>
        <translation>已递交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="134"/>
        <source>La phrase secrète doit avoir au moins %1 caractères.</source>
        <translation>密码短语至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="116"/>
        <location filename="../../desktop/ui/vault_screens.py" line="138"/>
        <source>Les deux phrases ne sont pas identiques : retapez-les.</source>
        <translation>两次输入的密码短语不一致：请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="88"/>
        <source>Complet, %1</source>
        <translation>完整，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="174"/>
        <source>Aucun trousseau n&apos;est disponible sur cet ordinateur.</source>
        <translation>这台电脑上没有可用的钥匙串。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="223"/>
        <source>Phrase générée</source>
        <translation>生成的密码短语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="291"/>
        <source>Verrouillé après un moment sans activité : vos dossiers sont enregistrés et chiffrés.</source>
        <translation>一段时间无操作后已锁定：您的档案已保存并加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="297"/>
        <source>Vos dossiers sont chiffrés sur cet ordinateur.</source>
        <translation>您的档案在这台电脑上加密保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="299"/>
        <source>Entrez votre phrase secrète pour continuer.</source>
        <translation>请输入密码短语以继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="301"/>
        <source>Le trousseau de votre session garde la clé : cliquez pour continuer.</source>
        <translation>您会话的钥匙串保管着密钥：点击即可继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="341"/>
        <source>Liste des dossiers</source>
        <translation>档案列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="342"/>
        <source>Colonnes</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="360"/>
        <source>(sans nom)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_screens.py" line="378"/>
        <source>Dossiers : %1</source>
        <translation>档案：%1</translation>
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
        <translation>保存移交文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="364"/>
        <location filename="../../desktop/ui/vault_ui.py" line="374"/>
        <source>Fichier de transmission (*.dsvx)</source>
        <translation>移交文件 (*.dsvx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="372"/>
        <location filename="../../desktop/ui/vault_ui.py" line="390"/>
        <source>Importer un fichier de transmission</source>
        <translation>导入移交文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="381"/>
        <source>Choisir le dossier ou la clé USB</source>
        <translation>选择文件夹或U盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_ui.py" line="385"/>
        <source>Phrase secrète donnée avec le fichier&#xa0;:</source>
        <translation>随文件提供的密码短语：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="106"/>
        <source>Fichier enregistré : %1. Donnez la phrase secrète à part : %2</source>
        <translation>文件已保存：%1。请单独提供密码短语：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="142"/>
        <source>Dossier importé.</source>
        <translation>档案已导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="149"/>
        <source>Ce dossier existe déjà</source>
        <translation>此档案已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="150"/>
        <source>Ce dossier est déjà dans la liste. Le remplacer par la version du fichier ?</source>
        <translation>此档案已在列表中。要用文件中的版本替换它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="133"/>
        <source>Tout ce qui a été saisi et déposé pendant cette séance va être effacé de cet ordinateur. Si ce n’est pas encore fait, cliquez d’abord sur « Emporter mon dossier… » pour le copier sur votre clé USB.</source>
        <translation>本次使用期间输入和添加的所有内容都将从这台电脑上清除。如果还没有这样做，请先点击“带走我的档案…”，把它复制到您的U盘上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="171"/>
        <source>Êtes-vous toujours là ?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="154"/>
        <source>Remplacer</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="168"/>
        <source>Supprimer le dossier</source>
        <translation>删除档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="169"/>
        <source>Supprimer définitivement le dossier de %1 et tous ses fichiers ? Cela ne peut pas être annulé.</source>
        <translation>永久删除 %1 的档案及其所有文件？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="174"/>
        <source>Supprimer</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_cases.py" line="179"/>
        <source>Dossier supprimé.</source>
        <translation>档案已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="132"/>
        <location filename="../../desktop/ui/vault_reception.py" line="166"/>
        <source>Terminer la séance</source>
        <translation>结束本次使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="142"/>
        <source>Tout effacer</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="146"/>
        <source>Emporter mon dossier…</source>
        <translation>带走我的档案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="163"/>
        <source>Oui, je continue</source>
        <translation>是的，我继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vault_reception.py" line="173"/>
        <source>Êtes-vous toujours là ? Sans réponse, tout ce qui a été saisi sera effacé dans %1 secondes.</source>
        <translation>您还在吗？如果没有回应，所有输入的内容将在 %1 秒后清除。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="31"/>
        <location filename="../../desktop/forms/page_welcome.ui" line="37"/>
        <source>Bienvenue</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="47"/>
        <source>Cette application vous aide à préparer votre dossier de titre de séjour, pas à pas. Tout reste sur cet ordinateur : rien n&apos;est envoyé sur Internet. Votre travail est enregistré au fur et à mesure.</source>
        <translation>本应用一步步帮助您准备居留证申请材料。所有内容都保存在这台电脑上：不会通过互联网发送任何信息。您的进度会随时自动保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="60"/>
        <source>Pour qui préparez-vous ce dossier&#xa0;?</source>
        <translation>您为谁准备这份材料？</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="66"/>
        <source>Pour moi-même</source>
        <translation>为我自己</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="73"/>
        <source>Vous préparez votre propre dossier, chez vous.</source>
        <translation>您在家准备自己的材料。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="86"/>
        <source>J&apos;aide une autre personne (bénévole, proche)</source>
        <translation>我在帮助他人（志愿者、亲友）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="93"/>
        <source>Vous êtes à côté de la personne et remplissez avec elle.</source>
        <translation>您坐在对方身边，和他/她一起填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="106"/>
        <source>Point d&apos;accueil numérique (ordinateur partagé)</source>
        <translation>数字接待点（共享电脑）</translation>
    </message>
    <message>
        <location filename="../../desktop/forms/page_welcome.ui" line="113"/>
        <source>Rien ne doit rester sur l&apos;ordinateur à la fin de la séance.</source>
        <translation>会话结束时电脑上不得留下任何内容。</translation>
    </message>
</context>
</TS>

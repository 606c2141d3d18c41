# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_cer.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CerPage(object):
    def setupUi(self, CerPage):
        if not CerPage.objectName():
            CerPage.setObjectName(u"CerPage")
        self.page_layout = QVBoxLayout(CerPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(CerPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setObjectName(u"content_layout")
        self.title = QLabel(self.content)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.content_layout.addWidget(self.title)

        self.intro = QLabel(self.content)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"intro")

        self.content_layout.addWidget(self.intro)

        self.principles = QLabel(self.content)
        self.principles.setObjectName(u"principles")
        self.principles.setWordWrap(True)
        self.principles.setProperty(u"role", u"list")

        self.content_layout.addWidget(self.principles)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.signed_label = QLabel(self.content)
        self.signed_label.setObjectName(u"signed_label")
        self.signed_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signed_label)

        self.cer_signed_on = QLineEdit(self.content)
        self.cer_signed_on.setObjectName(u"cer_signed_on")
        self.cer_signed_on.setMaxLength(10)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cer_signed_on)


        self.content_layout.addLayout(self.form)

        self.pieces = QWidget(self.content)
        self.pieces.setObjectName(u"pieces")
        self.pieces_layout = QVBoxLayout(self.pieces)
        self.pieces_layout.setObjectName(u"pieces_layout")
        self.pieces_layout.setContentsMargins(0, 0, 0, 0)

        self.content_layout.addWidget(self.pieces)

        self.signature_group = QGroupBox(self.content)
        self.signature_group.setObjectName(u"signature_group")
        self.signature_layout = QVBoxLayout(self.signature_group)
        self.signature_layout.setObjectName(u"signature_layout")
        self.pad_holder = QWidget(self.signature_group)
        self.pad_holder.setObjectName(u"pad_holder")
        self.pad_holder_layout = QVBoxLayout(self.pad_holder)
        self.pad_holder_layout.setObjectName(u"pad_holder_layout")
        self.pad_holder_layout.setContentsMargins(0, 0, 0, 0)

        self.signature_layout.addWidget(self.pad_holder)

        self.typed_row = QHBoxLayout()
        self.typed_row.setObjectName(u"typed_row")
        self.typed_name_label = QLabel(self.signature_group)
        self.typed_name_label.setObjectName(u"typed_name_label")

        self.typed_row.addWidget(self.typed_name_label)

        self.typed_name = QLineEdit(self.signature_group)
        self.typed_name.setObjectName(u"typed_name")

        self.typed_row.addWidget(self.typed_name)

        self.type_signature = QPushButton(self.signature_group)
        self.type_signature.setObjectName(u"type_signature")

        self.typed_row.addWidget(self.type_signature)


        self.signature_layout.addLayout(self.typed_row)

        self.picture_row = QHBoxLayout()
        self.picture_row.setObjectName(u"picture_row")
        self.import_signature = QPushButton(self.signature_group)
        self.import_signature.setObjectName(u"import_signature")

        self.picture_row.addWidget(self.import_signature)

        self.picture_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.picture_row.addItem(self.picture_spacer)


        self.signature_layout.addLayout(self.picture_row)

        self.signature_buttons = QHBoxLayout()
        self.signature_buttons.setObjectName(u"signature_buttons")
        self.clear_signature = QPushButton(self.signature_group)
        self.clear_signature.setObjectName(u"clear_signature")

        self.signature_buttons.addWidget(self.clear_signature)

        self.save_signature = QPushButton(self.signature_group)
        self.save_signature.setObjectName(u"save_signature")

        self.signature_buttons.addWidget(self.save_signature)

        self.sign_cer = QPushButton(self.signature_group)
        self.sign_cer.setObjectName(u"sign_cer")

        self.signature_buttons.addWidget(self.sign_cer)

        self.signature_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signature_buttons.addItem(self.signature_spacer)


        self.signature_layout.addLayout(self.signature_buttons)

        self.signature_status = QLabel(self.signature_group)
        self.signature_status.setObjectName(u"signature_status")
        self.signature_status.setTextFormat(Qt.TextFormat.PlainText)
        self.signature_status.setWordWrap(True)

        self.signature_layout.addWidget(self.signature_status)


        self.content_layout.addWidget(self.signature_group)

        self.problems = QLabel(self.content)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setProperty(u"role", u"problems")

        self.content_layout.addWidget(self.problems)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll.setWidget(self.content)

        self.page_layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.signed_label.setBuddy(self.cer_signed_on)
        self.typed_name_label.setBuddy(self.typed_name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CerPage)

        QMetaObject.connectSlotsByName(CerPage)
    # setupUi

    def retranslateUi(self, CerPage):
        self.title.setText(QCoreApplication.translate("CerPage", u"Contrat d'engagement \u00e0 respecter les principes de la R\u00e9publique", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("CerPage", u"Contrat d'engagement \u00e0 respecter les principes de la R\u00e9publique", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("CerPage", u"Pour cette demande, vous devez signer le contrat (en fran\u00e7ais) et le joindre au dossier. Vous vous engagez \u00e0 respecter sept principes\u00a0:", None))
        self.principles.setText("")
        self.signed_label.setText(QCoreApplication.translate("CerPage", u"Date de &signature (JJ/MM/AAAA)\u00a0:", None))
        self.cer_signed_on.setPlaceholderText(QCoreApplication.translate("CerPage", u"JJ/MM/AAAA", None))
        self.signature_group.setTitle(QCoreApplication.translate("CerPage", u"Signer \u00e0 l'\u00e9cran (souris, doigt, stylet, clavier ou image)", None))
        self.typed_name_label.setText(QCoreApplication.translate("CerPage", u"Ou tapez votre &nom\u00a0:", None))
        self.type_signature.setText(QCoreApplication.translate("CerPage", u"\u00c9&crire ce nom comme signature", None))
        self.import_signature.setText(QCoreApplication.translate("CerPage", u"&Importer une image de votre signature\u2026", None))
        self.clear_signature.setText(QCoreApplication.translate("CerPage", u"&Effacer la signature", None))
        self.save_signature.setText(QCoreApplication.translate("CerPage", u"Enregistrer la &signature", None))
        self.sign_cer.setText(QCoreApplication.translate("CerPage", u"Signer le &contrat joint", None))
        pass
    # retranslateUi


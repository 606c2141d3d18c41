# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        self.layout = QVBoxLayout(SetupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.use_keyring = QRadioButton(SetupDialog)
        self.use_keyring.setObjectName(u"use_keyring")

        self.layout.addWidget(self.use_keyring)

        self.keyring_help = QLabel(SetupDialog)
        self.keyring_help.setObjectName(u"keyring_help")
        self.keyring_help.setWordWrap(True)
        self.keyring_help.setProperty(u"role", u"help")

        self.layout.addWidget(self.keyring_help)

        self.use_passphrase = QRadioButton(SetupDialog)
        self.use_passphrase.setObjectName(u"use_passphrase")

        self.layout.addWidget(self.use_passphrase)

        self.passphrase_help = QLabel(SetupDialog)
        self.passphrase_help.setObjectName(u"passphrase_help")
        self.passphrase_help.setWordWrap(True)
        self.passphrase_help.setProperty(u"role", u"help")

        self.layout.addWidget(self.passphrase_help)

        self.passphrase_box = QWidget(SetupDialog)
        self.passphrase_box.setObjectName(u"passphrase_box")
        self.form = QFormLayout(self.passphrase_box)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.passphrase_label = QLabel(self.passphrase_box)
        self.passphrase_label.setObjectName(u"passphrase_label")
        self.passphrase_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(self.passphrase_box)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.confirm_label = QLabel(self.passphrase_box)
        self.confirm_label.setObjectName(u"confirm_label")
        self.confirm_label.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(self.passphrase_box)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.show_passphrase = QCheckBox(self.passphrase_box)
        self.show_passphrase.setObjectName(u"show_passphrase")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.show_passphrase)

        self.strength = QLabel(self.passphrase_box)
        self.strength.setObjectName(u"strength")
        self.strength.setWordWrap(True)
        self.strength.setProperty(u"role", u"help")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strength)


        self.layout.addWidget(self.passphrase_box)

        self.problems = QLabel(SetupDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setProperty(u"role", u"problems")

        self.layout.addWidget(self.problems)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)

        self.buttons = QDialogButtonBox(SetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Prot\u00e9ger vos dossiers", None))
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"Vos dossiers seront chiffr\u00e9s sur cet ordinateur. Choisissez comment prot\u00e9ger leur cl\u00e9. Ce choix se fait une seule fois.", None))
        self.use_keyring.setText(QCoreApplication.translate("SetupDialog", u"Le &trousseau de cet ordinateur (conseill\u00e9)", None))
        self.keyring_help.setText(QCoreApplication.translate("SetupDialog", u"Rien \u00e0 retenir : la cl\u00e9 est gard\u00e9e par votre session, comme vos mots de passe enregistr\u00e9s.", None))
        self.use_passphrase.setText(QCoreApplication.translate("SetupDialog", u"Une &phrase secr\u00e8te que je choisis", None))
        self.passphrase_help.setText(QCoreApplication.translate("SetupDialog", u"\u00c0 taper \u00e0 chaque ouverture. Notez-la en lieu s\u00fbr : sans elle, personne ne pourra rouvrir vos dossiers.", None))
        self.passphrase_label.setText(QCoreApplication.translate("SetupDialog", u"&Phrase secr\u00e8te\u00a0:", None))
        self.confirm_label.setText(QCoreApplication.translate("SetupDialog", u"&Encore une fois\u00a0:", None))
        self.show_passphrase.setText(QCoreApplication.translate("SetupDialog", u"&Afficher la phrase", None))
    # retranslateUi


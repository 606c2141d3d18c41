# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ExportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.generate = QRadioButton(ExportDialog)
        self.generate.setObjectName(u"generate")
        self.generate.setChecked(True)

        self.layout.addWidget(self.generate)

        self.generated_layout = QHBoxLayout()
        self.generated_layout.setObjectName(u"generated_layout")
        self.generated = QLineEdit(ExportDialog)
        self.generated.setObjectName(u"generated")
        self.generated.setReadOnly(True)
        self.generated.setProperty(u"role", u"generated")

        self.generated_layout.addWidget(self.generated)

        self.regenerate = QPushButton(ExportDialog)
        self.regenerate.setObjectName(u"regenerate")

        self.generated_layout.addWidget(self.regenerate)


        self.layout.addLayout(self.generated_layout)

        self.choose = QRadioButton(ExportDialog)
        self.choose.setObjectName(u"choose")

        self.layout.addWidget(self.choose)

        self.passphrase_box = QWidget(ExportDialog)
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

        self.problems = QLabel(ExportDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setProperty(u"role", u"problems")

        self.layout.addWidget(self.problems)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottom_spacer)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Exporter le dossier", None))
        self.intro.setText(QCoreApplication.translate("ExportDialog", u"Le fichier de transmission (.dsvx) est chiffr\u00e9 avec sa propre phrase secr\u00e8te. Donnez la phrase \u00e0 la personne s\u00e9par\u00e9ment du fichier (sur papier).", None))
        self.generate.setText(QCoreApplication.translate("ExportDialog", u"&G\u00e9n\u00e9rer une phrase (conseill\u00e9)", None))
        self.regenerate.setText(QCoreApplication.translate("ExportDialog", u"&Une autre", None))
        self.choose.setText(QCoreApplication.translate("ExportDialog", u"&Choisir une phrase", None))
        self.passphrase_label.setText(QCoreApplication.translate("ExportDialog", u"&Phrase secr\u00e8te\u00a0:", None))
        self.confirm_label.setText(QCoreApplication.translate("ExportDialog", u"&Encore une fois\u00a0:", None))
        self.show_passphrase.setText(QCoreApplication.translate("ExportDialog", u"&Afficher la phrase", None))
    # retranslateUi


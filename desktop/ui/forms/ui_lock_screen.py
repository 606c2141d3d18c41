# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        self.outer = QVBoxLayout(LockScreen)
        self.outer.setObjectName(u"outer")
        self.top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.top_spacer)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.left_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middle.addItem(self.left_spacer)

        self.box = QFrame(LockScreen)
        self.box.setObjectName(u"box")
        self.box.setMaximumWidth(640)
        self.box.setProperty(u"role", u"lockbox")
        self.box_layout = QVBoxLayout(self.box)
        self.box_layout.setObjectName(u"box_layout")
        self.title = QLabel(self.box)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.box_layout.addWidget(self.title)

        self.message = QLabel(self.box)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.box_layout.addWidget(self.message)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase_label = QLabel(self.box)
        self.passphrase_label.setObjectName(u"passphrase_label")
        self.passphrase_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase = QLineEdit(self.box)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.show_passphrase = QCheckBox(self.box)
        self.show_passphrase.setObjectName(u"show_passphrase")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.show_passphrase)


        self.box_layout.addLayout(self.form)

        self.problems = QLabel(self.box)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setProperty(u"role", u"problems")

        self.box_layout.addWidget(self.problems)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.other_choice = QPushButton(self.box)
        self.other_choice.setObjectName(u"other_choice")

        self.buttons.addWidget(self.other_choice)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.unlock = QPushButton(self.box)
        self.unlock.setObjectName(u"unlock")

        self.buttons.addWidget(self.unlock)


        self.box_layout.addLayout(self.buttons)


        self.middle.addWidget(self.box)

        self.right_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.middle.addItem(self.right_spacer)


        self.outer.addLayout(self.middle)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockScreen)

        self.unlock.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.title.setText(QCoreApplication.translate("LockScreen", u"Vos dossiers sont prot\u00e9g\u00e9s", None))
        self.message.setText(QCoreApplication.translate("LockScreen", u"Entrez votre phrase secr\u00e8te pour ouvrir vos dossiers.", None))
        self.passphrase_label.setText(QCoreApplication.translate("LockScreen", u"&Phrase secr\u00e8te\u00a0:", None))
        self.show_passphrase.setText(QCoreApplication.translate("LockScreen", u"&Afficher la phrase", None))
        self.other_choice.setText(QCoreApplication.translate("LockScreen", u"\u2190 &Autre choix", None))
        self.unlock.setText(QCoreApplication.translate("LockScreen", u"&D\u00e9verrouiller", None))
        pass
    # retranslateUi


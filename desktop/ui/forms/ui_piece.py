# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'piece.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PieceForm(object):
    def setupUi(self, PieceForm):
        if not PieceForm.objectName():
            PieceForm.setObjectName(u"PieceForm")
        self.piece_layout = QVBoxLayout(PieceForm)
        self.piece_layout.setObjectName(u"piece_layout")
        self.head_layout = QHBoxLayout()
        self.head_layout.setObjectName(u"head_layout")
        self.status_icon = QLabel(PieceForm)
        self.status_icon.setObjectName(u"status_icon")
        self.status_icon.setText(u"")
        self.status_icon.setProperty(u"role", u"icon")

        self.head_layout.addWidget(self.status_icon)

        self.name = QLabel(PieceForm)
        self.name.setObjectName(u"name")
        self.name.setWordWrap(True)
        self.name.setProperty(u"role", u"piecetitle")

        self.head_layout.addWidget(self.name)

        self.badge = QLabel(PieceForm)
        self.badge.setObjectName(u"badge")
        self.badge.setProperty(u"role", u"badge")

        self.head_layout.addWidget(self.badge)


        self.piece_layout.addLayout(self.head_layout)

        self.info = QLabel(PieceForm)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.piece_layout.addWidget(self.info)

        self.help = QLabel(PieceForm)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)
        self.help.setProperty(u"role", u"help")

        self.piece_layout.addWidget(self.help)

        self.drop_zone = QFrame(PieceForm)
        self.drop_zone.setObjectName(u"drop_zone")
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setProperty(u"role", u"dropzone")
        self.drop_layout = QHBoxLayout(self.drop_zone)
        self.drop_layout.setObjectName(u"drop_layout")
        self.drop_label = QLabel(self.drop_zone)
        self.drop_label.setObjectName(u"drop_label")
        self.drop_label.setWordWrap(True)

        self.drop_layout.addWidget(self.drop_label)

        self.add = QPushButton(self.drop_zone)
        self.add.setObjectName(u"add")

        self.drop_layout.addWidget(self.add)

        self.drop_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drop_layout.addItem(self.drop_spacer)


        self.piece_layout.addWidget(self.drop_zone)

        self.thumbs = QListWidget(PieceForm)
        self.thumbs.setObjectName(u"thumbs")

        self.piece_layout.addWidget(self.thumbs)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.rotate = QPushButton(PieceForm)
        self.rotate.setObjectName(u"rotate")

        self.actions_layout.addWidget(self.rotate)

        self.remove_page = QPushButton(PieceForm)
        self.remove_page.setObjectName(u"remove_page")

        self.actions_layout.addWidget(self.remove_page)

        self.replace = QPushButton(PieceForm)
        self.replace.setObjectName(u"replace")

        self.actions_layout.addWidget(self.replace)

        self.unlock = QPushButton(PieceForm)
        self.unlock.setObjectName(u"unlock")

        self.actions_layout.addWidget(self.unlock)

        self.remove = QPushButton(PieceForm)
        self.remove.setObjectName(u"remove")

        self.actions_layout.addWidget(self.remove)

        self.actions_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.piece_layout.addLayout(self.actions_layout)

        self.dates_form = QFormLayout()
        self.dates_form.setObjectName(u"dates_form")
        self.dates_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dates_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.issued_label = QLabel(PieceForm)
        self.issued_label.setObjectName(u"issued_label")
        self.issued_label.setWordWrap(True)

        self.dates_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issued_label)

        self.issued_on = QLineEdit(PieceForm)
        self.issued_on.setObjectName(u"issued_on")
        self.issued_on.setMaxLength(10)

        self.dates_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issued_on)

        self.expires_label = QLabel(PieceForm)
        self.expires_label.setObjectName(u"expires_label")
        self.expires_label.setWordWrap(True)

        self.dates_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expires_label)

        self.expires_on = QLineEdit(PieceForm)
        self.expires_on.setObjectName(u"expires_on")
        self.expires_on.setMaxLength(10)

        self.dates_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.expires_on)


        self.piece_layout.addLayout(self.dates_form)

        self.status_text = QLabel(PieceForm)
        self.status_text.setObjectName(u"status_text")
        self.status_text.setWordWrap(True)
        self.status_text.setTextFormat(Qt.TextFormat.RichText)

        self.piece_layout.addWidget(self.status_text)

#if QT_CONFIG(shortcut)
        self.issued_label.setBuddy(self.issued_on)
        self.expires_label.setBuddy(self.expires_on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PieceForm)

        QMetaObject.connectSlotsByName(PieceForm)
    # setupUi

    def retranslateUi(self, PieceForm):
        self.drop_label.setText(QCoreApplication.translate("PieceForm", u"Glissez les fichiers ici, ou\u00a0:", None))
        self.add.setText(QCoreApplication.translate("PieceForm", u"&Ajouter des fichiers\u2026", None))
        self.rotate.setText(QCoreApplication.translate("PieceForm", u"Faire pivoter", None))
        self.remove_page.setText(QCoreApplication.translate("PieceForm", u"Retirer cette page", None))
        self.replace.setText(QCoreApplication.translate("PieceForm", u"Remplacer\u2026", None))
        self.unlock.setText(QCoreApplication.translate("PieceForm", u"&Mot de passe\u2026", None))
        self.remove.setText(QCoreApplication.translate("PieceForm", u"Retirer", None))
        self.issued_label.setText(QCoreApplication.translate("PieceForm", u"Date du document (JJ/MM/AAAA)\u00a0:", None))
        self.issued_on.setPlaceholderText(QCoreApplication.translate("PieceForm", u"JJ/MM/AAAA", None))
        self.expires_label.setText(QCoreApplication.translate("PieceForm", u"Valable jusqu'au (JJ/MM/AAAA)\u00a0:", None))
        self.expires_on.setPlaceholderText(QCoreApplication.translate("PieceForm", u"JJ/MM/AAAA", None))
        pass
    # retranslateUi


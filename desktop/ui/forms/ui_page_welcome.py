# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_welcome.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        self.page_layout = QVBoxLayout(WelcomePage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(WelcomePage)
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

        self.mode_group = QGroupBox(self.content)
        self.mode_group.setObjectName(u"mode_group")
        self.mode_layout = QVBoxLayout(self.mode_group)
        self.mode_layout.setObjectName(u"mode_layout")
        self.mode_self = QRadioButton(self.mode_group)
        self.mode_self.setObjectName(u"mode_self")

        self.mode_layout.addWidget(self.mode_self)

        self.mode_self_help = QLabel(self.mode_group)
        self.mode_self_help.setObjectName(u"mode_self_help")
        self.mode_self_help.setWordWrap(True)
        self.mode_self_help.setProperty(u"role", u"help")

        self.mode_layout.addWidget(self.mode_self_help)

        self.mode_helper = QRadioButton(self.mode_group)
        self.mode_helper.setObjectName(u"mode_helper")

        self.mode_layout.addWidget(self.mode_helper)

        self.mode_helper_help = QLabel(self.mode_group)
        self.mode_helper_help.setObjectName(u"mode_helper_help")
        self.mode_helper_help.setWordWrap(True)
        self.mode_helper_help.setProperty(u"role", u"help")

        self.mode_layout.addWidget(self.mode_helper_help)

        self.mode_reception = QRadioButton(self.mode_group)
        self.mode_reception.setObjectName(u"mode_reception")

        self.mode_layout.addWidget(self.mode_reception)

        self.mode_reception_help = QLabel(self.mode_group)
        self.mode_reception_help.setObjectName(u"mode_reception_help")
        self.mode_reception_help.setWordWrap(True)
        self.mode_reception_help.setProperty(u"role", u"help")

        self.mode_layout.addWidget(self.mode_reception_help)


        self.content_layout.addWidget(self.mode_group)

        self.problems = QLabel(self.content)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setProperty(u"role", u"problems")

        self.content_layout.addWidget(self.problems)

        self.bottom_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.bottom_spacer)

        self.scroll.setWidget(self.content)

        self.page_layout.addWidget(self.scroll)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.title.setText(QCoreApplication.translate("WelcomePage", u"Bienvenue", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Bienvenue", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("WelcomePage", u"Cette application vous aide \u00e0 pr\u00e9parer votre dossier de titre de s\u00e9jour, pas \u00e0 pas. Tout reste sur cet ordinateur : rien n'est envoy\u00e9 sur Internet. Votre travail est enregistr\u00e9 au fur et \u00e0 mesure.", None))
        self.mode_group.setTitle(QCoreApplication.translate("WelcomePage", u"Pour qui pr\u00e9parez-vous ce dossier\u00a0?", None))
        self.mode_self.setText(QCoreApplication.translate("WelcomePage", u"Pour moi-m\u00eame", None))
        self.mode_self_help.setText(QCoreApplication.translate("WelcomePage", u"Vous pr\u00e9parez votre propre dossier, chez vous.", None))
        self.mode_helper.setText(QCoreApplication.translate("WelcomePage", u"J'aide une autre personne (b\u00e9n\u00e9vole, proche)", None))
        self.mode_helper_help.setText(QCoreApplication.translate("WelcomePage", u"Vous \u00eates \u00e0 c\u00f4t\u00e9 de la personne et remplissez avec elle.", None))
        self.mode_reception.setText(QCoreApplication.translate("WelcomePage", u"Point d'accueil num\u00e9rique (ordinateur partag\u00e9)", None))
        self.mode_reception_help.setText(QCoreApplication.translate("WelcomePage", u"Rien ne doit rester sur l'ordinateur \u00e0 la fin de la s\u00e9ance.", None))
        pass
    # retranslateUi


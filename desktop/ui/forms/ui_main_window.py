# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QVBoxLayout(self.central)
        self.central_layout.setObjectName(u"central_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.app_title = QLabel(self.central)
        self.app_title.setObjectName(u"app_title")
        self.app_title.setProperty(u"role", u"apptitle")

        self.header_layout.addWidget(self.app_title)

        self.header_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.saved_label = QLabel(self.central)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setProperty(u"role", u"saved")

        self.header_layout.addWidget(self.saved_label)

        self.cases_button = QPushButton(self.central)
        self.cases_button.setObjectName(u"cases_button")

        self.header_layout.addWidget(self.cases_button)

        self.lock_button = QPushButton(self.central)
        self.lock_button.setObjectName(u"lock_button")

        self.header_layout.addWidget(self.lock_button)

        self.end_session = QPushButton(self.central)
        self.end_session.setObjectName(u"end_session")
        self.end_session.setProperty(u"role", u"danger")

        self.header_layout.addWidget(self.end_session)

        self.language_label = QLabel(self.central)
        self.language_label.setObjectName(u"language_label")

        self.header_layout.addWidget(self.language_label)

        self.language = QComboBox(self.central)
        self.language.setObjectName(u"language")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(12)

        self.header_layout.addWidget(self.language)


        self.central_layout.addLayout(self.header_layout)

        self.screens = QStackedWidget(self.central)
        self.screens.setObjectName(u"screens")
        self.wizard_screen = QWidget()
        self.wizard_screen.setObjectName(u"wizard_screen")
        self.wizard_layout = QVBoxLayout(self.wizard_screen)
        self.wizard_layout.setObjectName(u"wizard_layout")
        self.wizard_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.steps = QListWidget(self.wizard_screen)
        self.steps.setObjectName(u"steps")
        self.steps.setMaximumWidth(320)
        self.steps.setMinimumWidth(180)

        self.body_layout.addWidget(self.steps)

        self.pages = QStackedWidget(self.wizard_screen)
        self.pages.setObjectName(u"pages")

        self.body_layout.addWidget(self.pages)


        self.wizard_layout.addLayout(self.body_layout)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setObjectName(u"nav_layout")
        self.back = QPushButton(self.wizard_screen)
        self.back.setObjectName(u"back")

        self.nav_layout.addWidget(self.back)

        self.nav_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.position = QLabel(self.wizard_screen)
        self.position.setObjectName(u"position")
        self.position.setText(u"")

        self.nav_layout.addWidget(self.position)

        self.next = QPushButton(self.wizard_screen)
        self.next.setObjectName(u"next")

        self.nav_layout.addWidget(self.next)


        self.wizard_layout.addLayout(self.nav_layout)

        self.screens.addWidget(self.wizard_screen)

        self.central_layout.addWidget(self.screens)

        MainWindow.setCentralWidget(self.central)
#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Dossier S\u00e9jour", None))
        self.app_title.setText(QCoreApplication.translate("MainWindow", u"Dossier S\u00e9jour", None))
        self.saved_label.setText(QCoreApplication.translate("MainWindow", u"Enregistr\u00e9", None))
        self.cases_button.setText(QCoreApplication.translate("MainWindow", u"\u2630 &Dossiers", None))
        self.lock_button.setText(QCoreApplication.translate("MainWindow", u"&Verrouiller", None))
        self.end_session.setText(QCoreApplication.translate("MainWindow", u"&Terminer la s\u00e9ance", None))
        self.language_label.setText(QCoreApplication.translate("MainWindow", u"&Langue\u00a0:", None))
        self.back.setText(QCoreApplication.translate("MainWindow", u"\u2190 &Retour", None))
        self.next.setText(QCoreApplication.translate("MainWindow", u"&Suivant \u2192", None))
    # retranslateUi


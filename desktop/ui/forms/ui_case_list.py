# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout

class Ui_CaseList(object):
    def setupUi(self, CaseList):
        if not CaseList.objectName():
            CaseList.setObjectName(u"CaseList")
        self.layout = QVBoxLayout(CaseList)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CaseList)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.layout.addWidget(self.title)

        self.intro = QLabel(CaseList)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"help")

        self.layout.addWidget(self.intro)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(CaseList)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search = QLineEdit(CaseList)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search)


        self.layout.addLayout(self.search_layout)

        self.cases = QTreeWidget(CaseList)
        self.cases.setObjectName(u"cases")
        self.cases.setRootIsDecorated(False)
        self.cases.setUniformRowHeights(True)
        self.cases.setSortingEnabled(True)
        self.cases.setAlternatingRowColors(True)
        self.cases.setAllColumnsShowFocus(True)

        self.layout.addWidget(self.cases)

        self.count = QLabel(CaseList)
        self.count.setObjectName(u"count")
        self.count.setWordWrap(True)
        self.count.setProperty(u"role", u"help")

        self.layout.addWidget(self.count)

        self.problems = QLabel(CaseList)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setProperty(u"role", u"problems")

        self.layout.addWidget(self.problems)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.new_case = QPushButton(CaseList)
        self.new_case.setObjectName(u"new_case")

        self.buttons.addWidget(self.new_case)

        self.open_case = QPushButton(CaseList)
        self.open_case.setObjectName(u"open_case")

        self.buttons.addWidget(self.open_case)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.export_case = QPushButton(CaseList)
        self.export_case.setObjectName(u"export_case")

        self.buttons.addWidget(self.export_case)

        self.import_case = QPushButton(CaseList)
        self.import_case.setObjectName(u"import_case")

        self.buttons.addWidget(self.import_case)

        self.delete_case = QPushButton(CaseList)
        self.delete_case.setObjectName(u"delete_case")

        self.buttons.addWidget(self.delete_case)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseList)

        QMetaObject.connectSlotsByName(CaseList)
    # setupUi

    def retranslateUi(self, CaseList):
        self.title.setText(QCoreApplication.translate("CaseList", u"Les dossiers des personnes que vous aidez", None))
        self.intro.setText(QCoreApplication.translate("CaseList", u"Tous ces dossiers sont chiffr\u00e9s sur cet ordinateur. Ouvrez un dossier pour continuer, ou exportez-le pour le remettre \u00e0 la personne.", None))
        self.search_label.setText(QCoreApplication.translate("CaseList", u"&Rechercher\u00a0:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("CaseList", u"Nom, num\u00e9ro \u00e9tranger\u2026", None))
        ___qtreewidgetitem = self.cases.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("CaseList", u"Derni\u00e8re modification", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CaseList", u"Prochaine \u00e9ch\u00e9ance", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CaseList", u"Pi\u00e8ces manquantes", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CaseList", u"\u00c9tat", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CaseList", u"Num\u00e9ro \u00e9tranger", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CaseList", u"Nom", None))
        self.new_case.setText(QCoreApplication.translate("CaseList", u"&Nouveau dossier", None))
        self.open_case.setText(QCoreApplication.translate("CaseList", u"&Ouvrir", None))
        self.export_case.setText(QCoreApplication.translate("CaseList", u"&Exporter pour la personne\u2026", None))
        self.import_case.setText(QCoreApplication.translate("CaseList", u"&Importer\u2026", None))
        self.delete_case.setText(QCoreApplication.translate("CaseList", u"&Supprimer\u2026", None))
        pass
    # retranslateUi


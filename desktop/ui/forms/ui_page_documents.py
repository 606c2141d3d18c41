# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_documents.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        self.page_layout = QVBoxLayout(DocumentsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(DocumentsPage)
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

        self.summary = QLabel(self.content)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty(u"role", u"summary")

        self.content_layout.addWidget(self.summary)

        self.pieces = QWidget(self.content)
        self.pieces.setObjectName(u"pieces")
        self.pieces_layout = QVBoxLayout(self.pieces)
        self.pieces_layout.setObjectName(u"pieces_layout")
        self.pieces_layout.setContentsMargins(0, 0, 0, 0)

        self.content_layout.addWidget(self.pieces)

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


        self.retranslateUi(DocumentsPage)

        QMetaObject.connectSlotsByName(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        self.title.setText(QCoreApplication.translate("DocumentsPage", u"Vos documents", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Vos documents", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("DocumentsPage", u"Pour chaque pi\u00e8ce : glissez les fichiers dans la zone, ou cliquez sur \u00ab Ajouter des fichiers \u00bb. Les photos prises avec un t\u00e9l\u00e9phone sont accept\u00e9es.", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_ephoto.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QFrame, QLabel, QLineEdit, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_EphotoPage(object):
    def setupUi(self, EphotoPage):
        if not EphotoPage.objectName():
            EphotoPage.setObjectName(u"EphotoPage")
        self.page_layout = QVBoxLayout(EphotoPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(EphotoPage)
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

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code_label = QLabel(self.content)
        self.code_label.setObjectName(u"code_label")
        self.code_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.ephoto_code = QLineEdit(self.content)
        self.ephoto_code.setObjectName(u"ephoto_code")
        self.ephoto_code.setPlaceholderText(u"ABCD EFGH JKLM NPQR STUV WX")
        self.ephoto_code.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ephoto_code)

        self.taken_label = QLabel(self.content)
        self.taken_label.setObjectName(u"taken_label")
        self.taken_label.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.taken_label)

        self.ephoto_taken_on = QLineEdit(self.content)
        self.ephoto_taken_on.setObjectName(u"ephoto_taken_on")
        self.ephoto_taken_on.setMaxLength(10)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ephoto_taken_on)

        self.ui_answers_ephoto_later = QCheckBox(self.content)
        self.ui_answers_ephoto_later.setObjectName(u"ui_answers_ephoto_later")

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.ui_answers_ephoto_later)


        self.content_layout.addLayout(self.form)

        self.status = QLabel(self.content)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setProperty(u"role", u"summary")

        self.content_layout.addWidget(self.status)

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
        self.code_label.setBuddy(self.ephoto_code)
        self.taken_label.setBuddy(self.ephoto_taken_on)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EphotoPage)

        QMetaObject.connectSlotsByName(EphotoPage)
    # setupUi

    def retranslateUi(self, EphotoPage):
        self.title.setText(QCoreApplication.translate("EphotoPage", u"Photo et signature num\u00e9riques (e-photo)", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("EphotoPage", u"Photo et signature num\u00e9riques (e-photo)", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("EphotoPage", u"Dans une cabine photo agr\u00e9\u00e9e ANTS, vous recevez une planche avec un code de 22 caract\u00e8res. Il est valable 6 mois, mais ne fonctionne qu\u2019\u00e0 partir de 24 \u00e0 72 heures apr\u00e8s la photo.", None))
        self.code_label.setText(QCoreApplication.translate("EphotoPage", u"&Code e-photo (22 caract\u00e8res)\u00a0:", None))
        self.taken_label.setText(QCoreApplication.translate("EphotoPage", u"&Date de la photo (JJ/MM/AAAA)\u00a0:", None))
        self.ephoto_taken_on.setPlaceholderText(QCoreApplication.translate("EphotoPage", u"JJ/MM/AAAA", None))
        self.ui_answers_ephoto_later.setText(QCoreApplication.translate("EphotoPage", u"Je n'ai pas encore de code : je le saisirai plus tard", None))
        pass
    # retranslateUi


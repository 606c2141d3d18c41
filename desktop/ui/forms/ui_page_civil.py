# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_civil.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QLabel, QLineEdit, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CivilPage(object):
    def setupUi(self, CivilPage):
        if not CivilPage.objectName():
            CivilPage.setObjectName(u"CivilPage")
        self.page_layout = QVBoxLayout(CivilPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(CivilPage)
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
        self.surname_label = QLabel(self.content)
        self.surname_label.setObjectName(u"surname_label")
        self.surname_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.applicant_surname = QLineEdit(self.content)
        self.applicant_surname.setObjectName(u"applicant_surname")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicant_surname)

        self.given_label = QLabel(self.content)
        self.given_label.setObjectName(u"given_label")
        self.given_label.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_label)

        self.applicant_given_names = QLineEdit(self.content)
        self.applicant_given_names.setObjectName(u"applicant_given_names")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicant_given_names)

        self.sex_label = QLabel(self.content)
        self.sex_label.setObjectName(u"sex_label")
        self.sex_label.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.applicant_sex = QComboBox(self.content)
        self.applicant_sex.setObjectName(u"applicant_sex")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicant_sex)

        self.birth_date_label = QLabel(self.content)
        self.birth_date_label.setObjectName(u"birth_date_label")
        self.birth_date_label.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.applicant_birth_date = QLineEdit(self.content)
        self.applicant_birth_date.setObjectName(u"applicant_birth_date")
        self.applicant_birth_date.setMaxLength(10)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.applicant_birth_date)

        self.birth_place_label = QLabel(self.content)
        self.birth_place_label.setObjectName(u"birth_place_label")
        self.birth_place_label.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_place_label)

        self.applicant_birth_place = QLineEdit(self.content)
        self.applicant_birth_place.setObjectName(u"applicant_birth_place")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.applicant_birth_place)

        self.marital_label = QLabel(self.content)
        self.marital_label.setObjectName(u"marital_label")
        self.marital_label.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.marital_label)

        self.applicant_marital_status = QComboBox(self.content)
        self.applicant_marital_status.setObjectName(u"applicant_marital_status")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.applicant_marital_status)

        self.numero_label = QLabel(self.content)
        self.numero_label.setObjectName(u"numero_label")
        self.numero_label.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.numero_label)

        self.applicant_numero_etranger = QLineEdit(self.content)
        self.applicant_numero_etranger.setObjectName(u"applicant_numero_etranger")
        self.applicant_numero_etranger.setPlaceholderText(u"0000000000")
        self.applicant_numero_etranger.setMaxLength(14)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.applicant_numero_etranger)

        self.phone_label = QLabel(self.content)
        self.phone_label.setObjectName(u"phone_label")
        self.phone_label.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.applicant_phone = QLineEdit(self.content)
        self.applicant_phone.setObjectName(u"applicant_phone")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.applicant_phone)

        self.email_label = QLabel(self.content)
        self.email_label.setObjectName(u"email_label")
        self.email_label.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.applicant_email = QLineEdit(self.content)
        self.applicant_email.setObjectName(u"applicant_email")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.applicant_email)

        self.applicant_foreign_documents = QCheckBox(self.content)
        self.applicant_foreign_documents.setObjectName(u"applicant_foreign_documents")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.applicant_foreign_documents)


        self.content_layout.addLayout(self.form)

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
        self.surname_label.setBuddy(self.applicant_surname)
        self.given_label.setBuddy(self.applicant_given_names)
        self.sex_label.setBuddy(self.applicant_sex)
        self.birth_date_label.setBuddy(self.applicant_birth_date)
        self.birth_place_label.setBuddy(self.applicant_birth_place)
        self.marital_label.setBuddy(self.applicant_marital_status)
        self.numero_label.setBuddy(self.applicant_numero_etranger)
        self.phone_label.setBuddy(self.applicant_phone)
        self.email_label.setBuddy(self.applicant_email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CivilPage)

        QMetaObject.connectSlotsByName(CivilPage)
    # setupUi

    def retranslateUi(self, CivilPage):
        self.title.setText(QCoreApplication.translate("CivilPage", u"\u00c9tat civil", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("CivilPage", u"\u00c9tat civil", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("CivilPage", u"Recopiez les informations exactement comme sur votre passeport.", None))
        self.surname_label.setText(QCoreApplication.translate("CivilPage", u"&Nom\u00a0:", None))
        self.given_label.setText(QCoreApplication.translate("CivilPage", u"&Pr\u00e9noms\u00a0:", None))
        self.sex_label.setText(QCoreApplication.translate("CivilPage", u"&Sexe\u00a0:", None))
        self.birth_date_label.setText(QCoreApplication.translate("CivilPage", u"Date de &naissance (JJ/MM/AAAA)\u00a0:", None))
        self.applicant_birth_date.setPlaceholderText(QCoreApplication.translate("CivilPage", u"JJ/MM/AAAA", None))
        self.birth_place_label.setText(QCoreApplication.translate("CivilPage", u"&Lieu de naissance (ville, pays)\u00a0:", None))
        self.marital_label.setText(QCoreApplication.translate("CivilPage", u"Situation &familiale\u00a0:", None))
        self.numero_label.setText(QCoreApplication.translate("CivilPage", u"Num\u00e9ro &\u00e9tranger (10 chiffres)\u00a0:", None))
        self.phone_label.setText(QCoreApplication.translate("CivilPage", u"&T\u00e9l\u00e9phone\u00a0:", None))
        self.email_label.setText(QCoreApplication.translate("CivilPage", u"&E-mail\u00a0:", None))
        self.applicant_foreign_documents.setText(QCoreApplication.translate("CivilPage", u"Mes actes d'\u00e9tat civil sont dans une langue \u00e9trang\u00e8re", None))
        pass
    # retranslateUi


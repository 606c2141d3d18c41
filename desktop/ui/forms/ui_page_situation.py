# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_situation.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QLabel, QLineEdit, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SituationPage(object):
    def setupUi(self, SituationPage):
        if not SituationPage.objectName():
            SituationPage.setObjectName(u"SituationPage")
        self.page_layout = QVBoxLayout(SituationPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SituationPage)
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

        self.request_group = QGroupBox(self.content)
        self.request_group.setObjectName(u"request_group")
        self.request_layout = QVBoxLayout(self.request_group)
        self.request_layout.setObjectName(u"request_layout")
        self.request_card = QRadioButton(self.request_group)
        self.request_card.setObjectName(u"request_card")

        self.request_layout.addWidget(self.request_card)

        self.request_duplicate = QRadioButton(self.request_group)
        self.request_duplicate.setObjectName(u"request_duplicate")

        self.request_layout.addWidget(self.request_duplicate)

        self.request_change_address = QRadioButton(self.request_group)
        self.request_change_address.setObjectName(u"request_change_address")

        self.request_layout.addWidget(self.request_change_address)

        self.request_change_civil_status = QRadioButton(self.request_group)
        self.request_change_civil_status.setObjectName(u"request_change_civil_status")

        self.request_layout.addWidget(self.request_change_civil_status)


        self.content_layout.addWidget(self.request_group)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.category_label = QLabel(self.content)
        self.category_label.setObjectName(u"category_label")
        self.category_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.ui_answers_category = QComboBox(self.content)
        self.ui_answers_category.setObjectName(u"ui_answers_category")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ui_answers_category)

        self.lost_reason_label = QLabel(self.content)
        self.lost_reason_label.setObjectName(u"lost_reason_label")
        self.lost_reason_label.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lost_reason_label)

        self.current_permit_lost_reason = QComboBox(self.content)
        self.current_permit_lost_reason.setObjectName(u"current_permit_lost_reason")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.current_permit_lost_reason)

        self.current_document_label = QLabel(self.content)
        self.current_document_label.setObjectName(u"current_document_label")
        self.current_document_label.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.current_document_label)

        self.ui_answers_current_document = QComboBox(self.content)
        self.ui_answers_current_document.setObjectName(u"ui_answers_current_document")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ui_answers_current_document)

        self.current_category_label = QLabel(self.content)
        self.current_category_label.setObjectName(u"current_category_label")
        self.current_category_label.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.current_category_label)

        self.ui_answers_current_category = QComboBox(self.content)
        self.ui_answers_current_category.setObjectName(u"ui_answers_current_category")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ui_answers_current_category)

        self.expires_label = QLabel(self.content)
        self.expires_label.setObjectName(u"expires_label")
        self.expires_label.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expires_label)

        self.current_permit_expires_on = QLineEdit(self.content)
        self.current_permit_expires_on.setObjectName(u"current_permit_expires_on")
        self.current_permit_expires_on.setMaxLength(10)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.current_permit_expires_on)

        self.nationality_label = QLabel(self.content)
        self.nationality_label.setObjectName(u"nationality_label")
        self.nationality_label.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nationality_label)

        self.applicant_nationality = QLineEdit(self.content)
        self.applicant_nationality.setObjectName(u"applicant_nationality")
        self.applicant_nationality.setMaxLength(60)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.applicant_nationality)

        self.nationality_code = QLabel(self.content)
        self.nationality_code.setObjectName(u"nationality_code")
        self.nationality_code.setWordWrap(True)
        self.nationality_code.setProperty(u"role", u"hint")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nationality_code)

        self.appointment_label = QLabel(self.content)
        self.appointment_label.setObjectName(u"appointment_label")
        self.appointment_label.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.appointment_label)

        self.appointment_status = QComboBox(self.content)
        self.appointment_status.setObjectName(u"appointment_status")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.appointment_status)

        self.applicant_first_of_kind = QCheckBox(self.content)
        self.applicant_first_of_kind.setObjectName(u"applicant_first_of_kind")

        self.form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.applicant_first_of_kind)

        self.facts_entered_without_visa = QCheckBox(self.content)
        self.facts_entered_without_visa.setObjectName(u"facts_entered_without_visa")

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.facts_entered_without_visa)

        self.facts_studies_in_france = QCheckBox(self.content)
        self.facts_studies_in_france.setObjectName(u"facts_studies_in_france")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.facts_studies_in_france)


        self.content_layout.addLayout(self.form)

        self.summary = QLabel(self.content)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setProperty(u"role", u"summary")

        self.content_layout.addWidget(self.summary)

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
        self.category_label.setBuddy(self.ui_answers_category)
        self.lost_reason_label.setBuddy(self.current_permit_lost_reason)
        self.current_document_label.setBuddy(self.ui_answers_current_document)
        self.current_category_label.setBuddy(self.ui_answers_current_category)
        self.expires_label.setBuddy(self.current_permit_expires_on)
        self.nationality_label.setBuddy(self.applicant_nationality)
        self.appointment_label.setBuddy(self.appointment_status)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SituationPage)

        QMetaObject.connectSlotsByName(SituationPage)
    # setupUi

    def retranslateUi(self, SituationPage):
        self.title.setText(QCoreApplication.translate("SituationPage", u"Votre situation", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("SituationPage", u"Votre situation", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("SituationPage", u"Quelques questions pour savoir quelle d\u00e9marche faire et quelles pi\u00e8ces fournir.", None))
        self.request_group.setTitle(QCoreApplication.translate("SituationPage", u"Que demandez-vous\u00a0?", None))
        self.request_card.setText(QCoreApplication.translate("SituationPage", u"Un titre de s\u00e9jour (premi\u00e8re demande ou renouvellement)", None))
        self.request_duplicate.setText(QCoreApplication.translate("SituationPage", u"Un duplicata (titre perdu ou vol\u00e9)", None))
        self.request_change_address.setText(QCoreApplication.translate("SituationPage", u"D\u00e9clarer un changement d'adresse", None))
        self.request_change_civil_status.setText(QCoreApplication.translate("SituationPage", u"D\u00e9clarer un changement d'\u00e9tat civil (mariage, divorce, nom)", None))
        self.category_label.setText(QCoreApplication.translate("SituationPage", u"&Cat\u00e9gorie de titre demand\u00e9e\u00a0:", None))
        self.lost_reason_label.setText(QCoreApplication.translate("SituationPage", u"Le titre a \u00e9t\u00e9\u00a0:", None))
        self.current_document_label.setText(QCoreApplication.translate("SituationPage", u"&Document de s\u00e9jour actuel\u00a0:", None))
        self.current_category_label.setText(QCoreApplication.translate("SituationPage", u"Cat\u00e9gorie du titre &actuel\u00a0:", None))
        self.expires_label.setText(QCoreApplication.translate("SituationPage", u"Il expire le (&JJ/MM/AAAA)\u00a0:", None))
        self.current_permit_expires_on.setPlaceholderText(QCoreApplication.translate("SituationPage", u"JJ/MM/AAAA", None))
        self.nationality_label.setText(QCoreApplication.translate("SituationPage", u"&Nationalit\u00e9 (pays du passeport)\u00a0:", None))
        self.applicant_nationality.setPlaceholderText(QCoreApplication.translate("SituationPage", u"Tapez le nom du pays ou le code \u00e0 3 lettres", None))
        self.appointment_label.setText(QCoreApplication.translate("SituationPage", u"Comment allez-vous &d\u00e9poser\u00a0?", None))
        self.applicant_first_of_kind.setText(QCoreApplication.translate("SituationPage", u"C'est ma premi\u00e8re carte pluriannuelle ou de r\u00e9sident", None))
        self.facts_entered_without_visa.setText(QCoreApplication.translate("SituationPage", u"Je suis entr\u00e9(e) en France sans le visa de long s\u00e9jour que demande ce titre", None))
        self.facts_studies_in_france.setText(QCoreApplication.translate("SituationPage", u"J'ai fait en France au moins 3 ans d'\u00e9tudes secondaires ou 1 an d'\u00e9tudes sup\u00e9rieures", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_address.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QLabel, QLineEdit, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AddressPage(object):
    def setupUi(self, AddressPage):
        if not AddressPage.objectName():
            AddressPage.setObjectName(u"AddressPage")
        self.page_layout = QVBoxLayout(AddressPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(AddressPage)
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

        self.kind_group = QGroupBox(self.content)
        self.kind_group.setObjectName(u"kind_group")
        self.kind_layout = QVBoxLayout(self.kind_group)
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_own = QRadioButton(self.kind_group)
        self.kind_own.setObjectName(u"kind_own")

        self.kind_layout.addWidget(self.kind_own)

        self.kind_hosted = QRadioButton(self.kind_group)
        self.kind_hosted.setObjectName(u"kind_hosted")

        self.kind_layout.addWidget(self.kind_hosted)

        self.kind_hotel = QRadioButton(self.kind_group)
        self.kind_hotel.setObjectName(u"kind_hotel")

        self.kind_layout.addWidget(self.kind_hotel)

        self.kind_domiciliation = QRadioButton(self.kind_group)
        self.kind_domiciliation.setObjectName(u"kind_domiciliation")

        self.kind_layout.addWidget(self.kind_domiciliation)


        self.content_layout.addWidget(self.kind_group)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.hotel_label = QLabel(self.content)
        self.hotel_label.setObjectName(u"hotel_label")
        self.hotel_label.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hotel_label)

        self.address_hotel = QLineEdit(self.content)
        self.address_hotel.setObjectName(u"address_hotel")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address_hotel)

        self.organisation_label = QLabel(self.content)
        self.organisation_label.setObjectName(u"organisation_label")
        self.organisation_label.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.address_organisation = QLineEdit(self.content)
        self.address_organisation.setObjectName(u"address_organisation")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_organisation)

        self.line1_label = QLabel(self.content)
        self.line1_label.setObjectName(u"line1_label")
        self.line1_label.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.line1_label)

        self.address_line1 = QLineEdit(self.content)
        self.address_line1.setObjectName(u"address_line1")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_line1)

        self.line2_label = QLabel(self.content)
        self.line2_label.setObjectName(u"line2_label")
        self.line2_label.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.line2_label)

        self.address_line2 = QLineEdit(self.content)
        self.address_line2.setObjectName(u"address_line2")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_line2)

        self.postcode_label = QLabel(self.content)
        self.postcode_label.setObjectName(u"postcode_label")
        self.postcode_label.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.address_postcode = QLineEdit(self.content)
        self.address_postcode.setObjectName(u"address_postcode")
        self.address_postcode.setPlaceholderText(u"69003")
        self.address_postcode.setMaxLength(5)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address_postcode)

        self.city_label = QLabel(self.content)
        self.city_label.setObjectName(u"city_label")
        self.city_label.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.address_city = QLineEdit(self.content)
        self.address_city.setObjectName(u"address_city")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_city)


        self.content_layout.addLayout(self.form)

        self.host_group = QGroupBox(self.content)
        self.host_group.setObjectName(u"host_group")
        self.host_form = QFormLayout(self.host_group)
        self.host_form.setObjectName(u"host_form")
        self.host_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.host_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.host_surname_label = QLabel(self.host_group)
        self.host_surname_label.setObjectName(u"host_surname_label")
        self.host_surname_label.setWordWrap(True)

        self.host_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_surname_label)

        self.host_surname = QLineEdit(self.host_group)
        self.host_surname.setObjectName(u"host_surname")

        self.host_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_surname)

        self.host_given_label = QLabel(self.host_group)
        self.host_given_label.setObjectName(u"host_given_label")
        self.host_given_label.setWordWrap(True)

        self.host_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.host_given_label)

        self.host_given_names = QLineEdit(self.host_group)
        self.host_given_names.setObjectName(u"host_given_names")

        self.host_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.host_given_names)

        self.host_birth_label = QLabel(self.host_group)
        self.host_birth_label.setObjectName(u"host_birth_label")
        self.host_birth_label.setWordWrap(True)

        self.host_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.host_birth_label)

        self.host_birth_date = QLineEdit(self.host_group)
        self.host_birth_date.setObjectName(u"host_birth_date")
        self.host_birth_date.setMaxLength(10)

        self.host_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.host_birth_date)


        self.content_layout.addWidget(self.host_group)

        self.pieces_intro = QLabel(self.content)
        self.pieces_intro.setObjectName(u"pieces_intro")
        self.pieces_intro.setWordWrap(True)
        self.pieces_intro.setProperty(u"role", u"intro")

        self.content_layout.addWidget(self.pieces_intro)

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

#if QT_CONFIG(shortcut)
        self.hotel_label.setBuddy(self.address_hotel)
        self.organisation_label.setBuddy(self.address_organisation)
        self.line1_label.setBuddy(self.address_line1)
        self.line2_label.setBuddy(self.address_line2)
        self.postcode_label.setBuddy(self.address_postcode)
        self.city_label.setBuddy(self.address_city)
        self.host_surname_label.setBuddy(self.host_surname)
        self.host_given_label.setBuddy(self.host_given_names)
        self.host_birth_label.setBuddy(self.host_birth_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddressPage)

        QMetaObject.connectSlotsByName(AddressPage)
    # setupUi

    def retranslateUi(self, AddressPage):
        self.title.setText(QCoreApplication.translate("AddressPage", u"Votre adresse", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AddressPage", u"Votre adresse", None))
#endif // QT_CONFIG(accessibility)
        self.kind_group.setTitle(QCoreApplication.translate("AddressPage", u"O\u00f9 habitez-vous\u00a0?", None))
        self.kind_own.setText(QCoreApplication.translate("AddressPage", u"Chez moi (bail ou factures \u00e0 mon nom)", None))
        self.kind_hosted.setText(QCoreApplication.translate("AddressPage", u"H\u00e9berg\u00e9(e) chez un particulier", None))
        self.kind_hotel.setText(QCoreApplication.translate("AddressPage", u"\u00c0 l'h\u00f4tel", None))
        self.kind_domiciliation.setText(QCoreApplication.translate("AddressPage", u"Domiciliation (association, CCAS : pas de domicile stable)", None))
        self.hotel_label.setText(QCoreApplication.translate("AddressPage", u"Nom de l'&h\u00f4tel\u00a0:", None))
        self.organisation_label.setText(QCoreApplication.translate("AddressPage", u"&Organisme de domiciliation\u00a0:", None))
        self.line1_label.setText(QCoreApplication.translate("AddressPage", u"&Adresse (num\u00e9ro et rue)\u00a0:", None))
        self.line2_label.setText(QCoreApplication.translate("AddressPage", u"&Compl\u00e9ment d'adresse\u00a0:", None))
        self.postcode_label.setText(QCoreApplication.translate("AddressPage", u"Code &postal\u00a0:", None))
        self.city_label.setText(QCoreApplication.translate("AddressPage", u"&Ville\u00a0:", None))
        self.host_group.setTitle(QCoreApplication.translate("AddressPage", u"La personne qui vous h\u00e9berge", None))
        self.host_surname_label.setText(QCoreApplication.translate("AddressPage", u"No&m de l'h\u00e9bergeant\u00a0:", None))
        self.host_given_label.setText(QCoreApplication.translate("AddressPage", u"Pr\u00e9&noms de l'h\u00e9bergeant\u00a0:", None))
        self.host_birth_label.setText(QCoreApplication.translate("AddressPage", u"Date de naissance de l'h\u00e9bergeant\u00a0:", None))
        self.host_birth_date.setPlaceholderText(QCoreApplication.translate("AddressPage", u"JJ/MM/AAAA", None))
        self.pieces_intro.setText(QCoreApplication.translate("AddressPage", u"Pour cette adresse, il faut exactement ces pi\u00e8ces\u00a0:", None))
        pass
    # retranslateUi


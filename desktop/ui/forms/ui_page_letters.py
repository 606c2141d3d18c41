# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_letters.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LettersPage(object):
    def setupUi(self, LettersPage):
        if not LettersPage.objectName():
            LettersPage.setObjectName(u"LettersPage")
        self.page_layout = QVBoxLayout(LettersPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(LettersPage)
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

        self.missing_group = QGroupBox(self.content)
        self.missing_group.setObjectName(u"missing_group")
        self.missing_form = QFormLayout(self.missing_group)
        self.missing_form.setObjectName(u"missing_form")
        self.missing_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.missing_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.missing_piece_label = QLabel(self.missing_group)
        self.missing_piece_label.setObjectName(u"missing_piece_label")
        self.missing_piece_label.setWordWrap(True)

        self.missing_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.missing_piece_label)

        self.letters_missing_piece = QComboBox(self.missing_group)
        self.letters_missing_piece.setObjectName(u"letters_missing_piece")

        self.missing_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letters_missing_piece)

        self.reason_label = QLabel(self.missing_group)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)

        self.missing_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.letters_missing_reason = QLineEdit(self.missing_group)
        self.letters_missing_reason.setObjectName(u"letters_missing_reason")

        self.missing_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.letters_missing_reason)

        self.requested_label = QLabel(self.missing_group)
        self.requested_label.setObjectName(u"requested_label")
        self.requested_label.setWordWrap(True)

        self.missing_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requested_label)

        self.letters_missing_requested_on = QLineEdit(self.missing_group)
        self.letters_missing_requested_on.setObjectName(u"letters_missing_requested_on")
        self.letters_missing_requested_on.setMaxLength(10)

        self.missing_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letters_missing_requested_on)

        self.expected_label = QLabel(self.missing_group)
        self.expected_label.setObjectName(u"expected_label")
        self.expected_label.setWordWrap(True)

        self.missing_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.expected_label)

        self.letters_missing_expected_on = QLineEdit(self.missing_group)
        self.letters_missing_expected_on.setObjectName(u"letters_missing_expected_on")
        self.letters_missing_expected_on.setMaxLength(10)

        self.missing_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.letters_missing_expected_on)


        self.content_layout.addWidget(self.missing_group)

        self.appointment_group = QGroupBox(self.content)
        self.appointment_group.setObjectName(u"appointment_group")
        self.appointment_layout = QVBoxLayout(self.appointment_group)
        self.appointment_layout.setObjectName(u"appointment_layout")
        self.appointment_help = QLabel(self.appointment_group)
        self.appointment_help.setObjectName(u"appointment_help")
        self.appointment_help.setWordWrap(True)
        self.appointment_help.setProperty(u"role", u"help")

        self.appointment_layout.addWidget(self.appointment_help)

        self.appointment_form = QFormLayout()
        self.appointment_form.setObjectName(u"appointment_form")
        self.appointment_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.appointment_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.attempt_message_label = QLabel(self.appointment_group)
        self.attempt_message_label.setObjectName(u"attempt_message_label")

        self.appointment_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.attempt_message_label)

        self.attempt_message = QPlainTextEdit(self.appointment_group)
        self.attempt_message.setObjectName(u"attempt_message")
        self.attempt_message.setTabChangesFocus(True)
        self.attempt_message.setMaximumHeight(90)

        self.appointment_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.attempt_message)

        self.service_email_label = QLabel(self.appointment_group)
        self.service_email_label.setObjectName(u"service_email_label")

        self.appointment_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.service_email_label)

        self.appointment_service_email = QLineEdit(self.appointment_group)
        self.appointment_service_email.setObjectName(u"appointment_service_email")

        self.appointment_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.appointment_service_email)


        self.appointment_layout.addLayout(self.appointment_form)

        self.attempt_buttons = QHBoxLayout()
        self.attempt_buttons.setObjectName(u"attempt_buttons")
        self.record_attempt = QPushButton(self.appointment_group)
        self.record_attempt.setObjectName(u"record_attempt")

        self.attempt_buttons.addWidget(self.record_attempt)

        self.attempt_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attempt_buttons.addItem(self.attempt_spacer)


        self.appointment_layout.addLayout(self.attempt_buttons)

        self.attempts_empty = QLabel(self.appointment_group)
        self.attempts_empty.setObjectName(u"attempts_empty")
        self.attempts_empty.setWordWrap(True)
        self.attempts_empty.setProperty(u"role", u"help")

        self.appointment_layout.addWidget(self.attempts_empty)

        self.attempts = QListWidget(self.appointment_group)
        self.attempts.setObjectName(u"attempts")
        self.attempts.setMaximumHeight(120)

        self.appointment_layout.addWidget(self.attempts)


        self.content_layout.addWidget(self.appointment_group)

        self.letters_split = QHBoxLayout()
        self.letters_split.setObjectName(u"letters_split")
        self.preview_group = QGroupBox(self.content)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_box_layout = QVBoxLayout(self.preview_group)
        self.preview_box_layout.setObjectName(u"preview_box_layout")
        self.preview_buttons = QHBoxLayout()
        self.preview_buttons.setObjectName(u"preview_buttons")
        self.letter_kind = QComboBox(self.preview_group)
        self.letter_kind.setObjectName(u"letter_kind")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.letter_kind.sizePolicy().hasHeightForWidth())
        self.letter_kind.setSizePolicy(sizePolicy)

        self.preview_buttons.addWidget(self.letter_kind)

        self.make_letter = QPushButton(self.preview_group)
        self.make_letter.setObjectName(u"make_letter")

        self.preview_buttons.addWidget(self.make_letter)

        self.attach_letter = QPushButton(self.preview_group)
        self.attach_letter.setObjectName(u"attach_letter")
        self.attach_letter.setVisible(False)

        self.preview_buttons.addWidget(self.attach_letter)

        self.pv_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_buttons.addItem(self.pv_spacer)


        self.preview_box_layout.addLayout(self.preview_buttons)

        self.preview_empty = QLabel(self.preview_group)
        self.preview_empty.setObjectName(u"preview_empty")
        self.preview_empty.setWordWrap(True)
        self.preview_empty.setProperty(u"role", u"help")

        self.preview_box_layout.addWidget(self.preview_empty)

        self.next_step = QLabel(self.preview_group)
        self.next_step.setObjectName(u"next_step")
        self.next_step.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step.setWordWrap(True)
        self.next_step.setVisible(False)
        self.next_step.setProperty(u"role", u"summary")

        self.preview_box_layout.addWidget(self.next_step)

        self.preview = QWidget(self.preview_group)
        self.preview.setObjectName(u"preview")
        self.preview_layout = QVBoxLayout(self.preview)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)

        self.preview_box_layout.addWidget(self.preview)


        self.letters_split.addWidget(self.preview_group)

        self.translation_group = QGroupBox(self.content)
        self.translation_group.setObjectName(u"translation_group")
        self.translation_layout = QVBoxLayout(self.translation_group)
        self.translation_layout.setObjectName(u"translation_layout")
        self.translation = QLabel(self.translation_group)
        self.translation.setObjectName(u"translation")
        self.translation.setWordWrap(True)
        self.translation.setTextFormat(Qt.TextFormat.RichText)

        self.translation_layout.addWidget(self.translation)

        self.translation_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.translation_layout.addItem(self.translation_spacer)


        self.letters_split.addWidget(self.translation_group)

        self.letters_split.setStretch(0, 1)
        self.letters_split.setStretch(1, 1)

        self.content_layout.addLayout(self.letters_split)

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
        self.missing_piece_label.setBuddy(self.letters_missing_piece)
        self.reason_label.setBuddy(self.letters_missing_reason)
        self.requested_label.setBuddy(self.letters_missing_requested_on)
        self.expected_label.setBuddy(self.letters_missing_expected_on)
        self.attempt_message_label.setBuddy(self.attempt_message)
        self.service_email_label.setBuddy(self.appointment_service_email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LettersPage)

        QMetaObject.connectSlotsByName(LettersPage)
    # setupUi

    def retranslateUi(self, LettersPage):
        self.title.setText(QCoreApplication.translate("LettersPage", u"Lettres", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("LettersPage", u"Lettres", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("LettersPage", u"L'application r\u00e9dige en fran\u00e7ais les lettres dont vous avez besoin. \u00c0 droite, un r\u00e9sum\u00e9 dans votre langue.", None))
        self.missing_group.setTitle(QCoreApplication.translate("LettersPage", u"Lettre explicative pour une pi\u00e8ce manquante", None))
        self.missing_piece_label.setText(QCoreApplication.translate("LettersPage", u"&Pi\u00e8ce manquante\u00a0:", None))
        self.reason_label.setText(QCoreApplication.translate("LettersPage", u"&Pourquoi ne pouvez-vous pas la fournir\u00a0?", None))
        self.requested_label.setText(QCoreApplication.translate("LettersPage", u"Demand\u00e9e le (JJ/MM/AAAA)\u00a0:", None))
        self.letters_missing_requested_on.setPlaceholderText(QCoreApplication.translate("LettersPage", u"JJ/MM/AAAA", None))
        self.expected_label.setText(QCoreApplication.translate("LettersPage", u"Attendue le (JJ/MM/AAAA)\u00a0:", None))
        self.letters_missing_expected_on.setPlaceholderText(QCoreApplication.translate("LettersPage", u"JJ/MM/AAAA", None))
        self.appointment_group.setTitle(QCoreApplication.translate("LettersPage", u"Demande de rendez-vous (aucun cr\u00e9neau disponible)", None))
        self.appointment_help.setText(QCoreApplication.translate("LettersPage", u"\u00c0 chaque fois que le site de la pr\u00e9fecture n'affiche aucun rendez-vous, ouvrez la page dans le navigateur puis enregistrez la tentative : l'application prend une capture de tout l'\u00e9cran avec la date et l'heure.", None))
        self.attempt_message_label.setText(QCoreApplication.translate("LettersPage", u"&Message affich\u00e9 par le site\u00a0:", None))
        self.service_email_label.setText(QCoreApplication.translate("LettersPage", u"E-&mail de la pr\u00e9fecture\u00a0:", None))
        self.record_attempt.setText(QCoreApplication.translate("LettersPage", u"Enregistrer une &tentative \u00e9chou\u00e9e", None))
        self.attempts_empty.setText(QCoreApplication.translate("LettersPage", u"Aucune tentative not\u00e9e pour l\u2019instant. \u00c0 chaque \u00e9chec sur le site de la pr\u00e9fecture, collez le message affich\u00e9 ci-dessus puis cliquez sur \u00ab Enregistrer une tentative \u00e9chou\u00e9e \u00bb.", None))
        self.preview_group.setTitle(QCoreApplication.translate("LettersPage", u"Lettre en fran\u00e7ais", None))
        self.make_letter.setText(QCoreApplication.translate("LettersPage", u"&R\u00e9diger la lettre", None))
        self.attach_letter.setText(QCoreApplication.translate("LettersPage", u"&Joindre au dossier", None))
        self.preview_empty.setText(QCoreApplication.translate("LettersPage", u"L\u2019aper\u00e7u de la lettre s\u2019affichera ici : choisissez la lettre ci-dessus, puis cliquez sur \u00ab R\u00e9diger la lettre \u00bb.", None))
        self.translation_group.setTitle(QCoreApplication.translate("LettersPage", u"Ce que dit la lettre", None))
        pass
    # retranslateUi


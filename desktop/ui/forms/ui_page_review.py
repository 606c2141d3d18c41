# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_review.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        self.page_layout = QVBoxLayout(ReviewPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(ReviewPage)
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

        self.summary = QLabel(self.content)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setProperty(u"role", u"summary")

        self.content_layout.addWidget(self.summary)

        self.checklist = QListWidget(self.content)
        self.checklist.setObjectName(u"checklist")

        self.content_layout.addWidget(self.checklist)

        self.build_group = QGroupBox(self.content)
        self.build_group.setObjectName(u"build_group")
        self.build_layout = QVBoxLayout(self.build_group)
        self.build_layout.setObjectName(u"build_layout")
        self.build_form = QFormLayout()
        self.build_form.setObjectName(u"build_form")
        self.build_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.out_label = QLabel(self.build_group)
        self.out_label.setObjectName(u"out_label")
        self.out_label.setWordWrap(True)

        self.build_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.out_label)

        self.out_dir = QLineEdit(self.build_group)
        self.out_dir.setObjectName(u"out_dir")

        self.build_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.out_dir)


        self.build_layout.addLayout(self.build_form)

        self.build_buttons = QHBoxLayout()
        self.build_buttons.setObjectName(u"build_buttons")
        self.choose_out = QPushButton(self.build_group)
        self.choose_out.setObjectName(u"choose_out")

        self.build_buttons.addWidget(self.choose_out)

        self.build = QPushButton(self.build_group)
        self.build.setObjectName(u"build")

        self.build_buttons.addWidget(self.build)

        self.cancel = QPushButton(self.build_group)
        self.cancel.setObjectName(u"cancel")

        self.build_buttons.addWidget(self.cancel)

        self.build_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.build_buttons.addItem(self.build_spacer)


        self.build_layout.addLayout(self.build_buttons)

        self.progress = QProgressBar(self.build_group)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.build_layout.addWidget(self.progress)

        self.build_status = QLabel(self.build_group)
        self.build_status.setObjectName(u"build_status")
        self.build_status.setWordWrap(True)

        self.build_layout.addWidget(self.build_status)

        self.result_buttons = QHBoxLayout()
        self.result_buttons.setObjectName(u"result_buttons")
        self.open_folder = QPushButton(self.build_group)
        self.open_folder.setObjectName(u"open_folder")

        self.result_buttons.addWidget(self.open_folder)

        self.print = QPushButton(self.build_group)
        self.print.setObjectName(u"print")

        self.result_buttons.addWidget(self.print)

        self.copy_usb = QPushButton(self.build_group)
        self.copy_usb.setObjectName(u"copy_usb")

        self.result_buttons.addWidget(self.copy_usb)

        self.result_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.result_buttons.addItem(self.result_spacer)


        self.build_layout.addLayout(self.result_buttons)


        self.content_layout.addWidget(self.build_group)

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
        self.out_label.setBuddy(self.out_dir)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        self.title.setText(QCoreApplication.translate("ReviewPage", u"V\u00e9rifier et pr\u00e9parer le dossier", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ReviewPage", u"V\u00e9rifier et pr\u00e9parer le dossier", None))
#endif // QT_CONFIG(accessibility)
        self.build_group.setTitle(QCoreApplication.translate("ReviewPage", u"Pr\u00e9parer les fichiers \u00e0 d\u00e9poser", None))
        self.out_label.setText(QCoreApplication.translate("ReviewPage", u"&Dossier de sortie\u00a0:", None))
        self.choose_out.setText(QCoreApplication.translate("ReviewPage", u"C&hoisir\u2026", None))
        self.build.setText(QCoreApplication.translate("ReviewPage", u"&Pr\u00e9parer le dossier", None))
        self.cancel.setText(QCoreApplication.translate("ReviewPage", u"A&nnuler", None))
        self.open_folder.setText(QCoreApplication.translate("ReviewPage", u"&Ouvrir le dossier", None))
        self.print.setText(QCoreApplication.translate("ReviewPage", u"&Imprimer", None))
        self.copy_usb.setText(QCoreApplication.translate("ReviewPage", u"Copier sur une cl\u00e9 &USB", None))
        pass
    # retranslateUi


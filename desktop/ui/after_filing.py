"""« Après le dépôt », on the review page: record the filing on ANEF (the bundle
is frozen off the GUI thread), then the timeline of what is due when, the papers
the prefecture sent, the calendar to export, the note for an employer and the
letters for what comes next. Everything goes through ``desktop.services.filing``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError
from desktop.ui import dialogs
from desktop.ui.operations import Operation, Progress
from desktop.ui.qt import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    translate,
)

if TYPE_CHECKING:
    from desktop.ui.session import Session

STATE_MARKS = {"past": "·", "urgent": "‼", "soon": "!", "later": "○"}


class AfterFilingPanel(QFrame):
    """The after-filing block of the review page (see the module's note)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("after_filing")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.op: Operation | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.record_box = QWidget(self)
        form = QFormLayout(self.record_box)
        self.date_label = QLabel(self.record_box)
        self.filed_on = QLineEdit(self.record_box)
        self.filed_on.setObjectName("filed_on")
        self.date_label.setBuddy(self.filed_on)
        self.request_label = QLabel(self.record_box)
        self.request = QLineEdit(self.record_box)
        self.request.setObjectName("request")
        self.request_label.setBuddy(self.request)
        form.addRow(self.date_label, self.filed_on)
        form.addRow(self.request_label, self.request)
        self.record = QPushButton(self.record_box)
        self.record.setObjectName("record_filing")
        self.record.clicked.connect(self.record_filing)
        form.addRow(self.record)
        layout.addWidget(self.record_box)

        self.events = QListWidget(self)
        self.events.setObjectName("timeline")
        self.events.setMinimumHeight(140)
        self.events.setWordWrap(True)
        layout.addWidget(self.events)
        buttons = QHBoxLayout()
        self.add_paper = QPushButton(self)
        self.add_paper.setObjectName("add_paper")
        self.add_paper.clicked.connect(self.attach_paper)
        self.export_ics = QPushButton(self)
        self.export_ics.setObjectName("export_ics")
        self.export_ics.clicked.connect(self.save_calendar)
        self.sheet = QPushButton(self)
        self.sheet.setObjectName("employer_sheet")
        self.sheet.clicked.connect(self.save_sheet)
        for b in (self.add_paper, self.export_ics, self.sheet):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("after_filing_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.retranslate()

    # ----- words -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translate("AfterFiling", "Après le dépôt"))
        self.date_label.setText(translate("AfterFiling", "Déposé sur ANEF le (JJ/MM/AAAA) :"))
        self.request_label.setText(translate("AfterFiling", "Numéro de la demande (facultatif) :"))
        self.record.setText(translate("AfterFiling", "J'ai déposé sur ANEF"))
        self.record.setAccessibleName(translate("AfterFiling", "J'ai déposé sur ANEF"))
        self.filed_on.setAccessibleName(translate("AfterFiling", "Date du dépôt sur ANEF"))
        self.request.setAccessibleName(translate("AfterFiling", "Numéro de la demande ANEF"))
        self.events.setAccessibleName(translate("AfterFiling", "Ce qui vient ensuite"))
        self.add_paper.setText(translate("AfterFiling", "Ajouter un document reçu…"))
        self.add_paper.setToolTip(
            translate(
                "AfterFiling",
                "Attestation de dépôt, de prolongation, convocation ou décision (PDF d'ANEF)",
            )
        )
        self.export_ics.setText(translate("AfterFiling", "Exporter le calendrier (.ics)…"))
        self.sheet.setText(translate("AfterFiling", "Note pour l'employeur…"))
        self.refresh()

    # ----- state -------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.core.filings import filings

        dossier = self.session.state.dossier
        try:
            recorded = filings(dossier)
        except UserError as exc:
            self.message.setText(exc.message(self.session.state.lang))
            recorded = []
        filed = bool(recorded)
        self.record_box.setVisible(not filed and self.op is None)
        for w in (self.events, self.add_paper, self.export_ics, self.sheet):
            w.setVisible(filed)
        if not filed:
            self.intro.setText(
                translate(
                    "AfterFiling",
                    "Quand vous avez déposé sur ANEF, dites-le ici : les fichiers envoyés "
                    "sont gardés tels quels avec un récapitulatif, et l'application vous dit "
                    "ce qui vient ensuite (attestation, délais, réponses).",
                )
            )
            if not self.filed_on.text():
                self.filed_on.setText(self.session.today.strftime("%d/%m/%Y"))
            request = str(dossier.get("anef.request_number", "") or "")
            if request and not self.request.text():
                self.request.setText(request)
            return
        last = recorded[-1]
        self.intro.setText(
            translate("AfterFiling", "Déposé le %1. Les fichiers envoyés sont gardés dans « %2 ».")
            .replace("%1", last.filed_on.strftime("%d/%m/%Y"))
            .replace("%2", last.folder)
        )
        self._fill_timeline()

    def _fill_timeline(self) -> None:
        from desktop.core.messages import t
        from desktop.services.filing import timeline

        lang = self.session.state.lang
        today = self.session.today
        self.events.clear()
        try:
            tl = timeline(self.session.state.dossier, today)
        except UserError as exc:
            self.message.setText(exc.message(lang))
            return
        for e in tl.events:
            state = e.state_on(today)
            text = f"{STATE_MARKS[state]}  {e.label(lang)}"
            if e.advice and state != "past":
                text += "\n    " + t(e.advice, lang)
            item = QListWidgetItem(text)
            if e.rule is not None:
                tip = t("timeline.rule", lang, source=e.rule.source, checked=e.rule.checked)
                item.setToolTip(tip + (f"\n{e.rule.url}" if e.rule.url else ""))
            self.events.addItem(item)

    # ----- actions -----------------------------------------------------------------
    def record_filing(self) -> None:
        from desktop.core.clock import parse_date
        from desktop.core.filings import add_filing
        from desktop.services.filing import FilingReport, record_filing

        lang = self.session.state.lang
        try:
            filed_on = parse_date(self.filed_on.text())
        except (ValueError, TypeError):
            self.message.setText(
                translate(
                    "AfterFiling", "« %1 » n'est pas une date : écrivez-la comme 01/12/2026."
                ).replace("%1", self.filed_on.text())
            )
            self.filed_on.setFocus()
            return
        self.session.save_now()
        dossier = self.session.state.dossier.snapshot()
        today, request = self.session.today, self.request.text().strip()

        def work(_progress: Progress, _cancel: threading.Event) -> FilingReport:
            return record_filing(
                dossier, filed_on=filed_on, today=today, request=request, lang=lang
            )

        def finished(report: Any) -> None:
            self.op = None
            real = self.session.state.dossier
            add_filing(real, report.filing)
            if request and not real.get("anef.request_number"):
                real.set("anef.request_number", request)
            self.session.touch()
            self.session.save_now()
            self.message.setText(report.message(lang))
            self.refresh()

        def failed(exc: Any) -> None:
            self.op = None
            self.message.setText(exc.message(lang) if isinstance(exc, UserError) else str(exc))
            self.refresh()

        self.op = Operation(work)
        self.op.signals.finished.connect(finished)
        self.op.signals.failed.connect(failed)
        self.message.setText(
            translate(
                "AfterFiling", "Enregistrement du dépôt : les fichiers sont préparés et figés…"
            )
        )
        self.record_box.setVisible(False)
        self.op.start(self.session.pool)

    def attach_paper(self) -> None:
        path = dialogs.open_file(
            self,
            translate("AfterFiling", "Document reçu de la préfecture"),
            dialogs.DOCUMENTS,
            translate("AfterFiling", "PDF ou photo (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path:
            self.attach_path(Path(path))

    def attach_path(self, path: Path, kind: str = "") -> None:
        """Add a paper (the file dialog's choice, or a test's)."""
        from desktop.services.filing import attach_answer

        lang = self.session.state.lang
        # pdfium (pypdfium2) is not thread-safe and reading the paper renders it: no
        # inspection or build on the session's pool may run meanwhile.
        self.session.wait_inspections()
        try:
            report = attach_answer(
                self.session.state.dossier, path, today=self.session.today, kind=kind
            )
        except UserError as exc:
            self.message.setText(exc.message(lang))
            return
        self.session.touch()
        self.session.save_now()
        lines = report.messages(lang)
        self.message.setText(
            "\n".join(f"⚠ {x}" for x in lines)
            if lines
            else translate("AfterFiling", "Document ajouté.")
        )
        self.refresh()

    def save_calendar(self) -> None:
        path = dialogs.save_file(
            self,
            translate("AfterFiling", "Exporter le calendrier"),
            dialogs.EXPORTS,
            "rappels-titre-de-sejour.ics",
            "iCalendar (*.ics)",
        )
        if path:
            self.write_calendar(Path(path))

    def write_calendar(self, path: Path) -> None:
        from desktop.core.atomic import atomic_write
        from desktop.services.filing import timeline, timeline_ics

        tl = timeline(self.session.state.dossier, self.session.today)
        atomic_write(path, timeline_ics(tl, self.session.state.lang))
        self.message.setText(
            translate(
                "AfterFiling",
                "Calendrier enregistré : « %1 ». Importez-le dans l'agenda de votre téléphone.",
            ).replace("%1", str(path))
        )

    def save_sheet(self) -> None:
        path = dialogs.save_file(
            self,
            translate("AfterFiling", "Note pour l'employeur"),
            dialogs.EXPORTS,
            "note-situation-sejour.pdf",
            "PDF (*.pdf)",
        )
        if path:
            self.write_sheet(Path(path))

    def write_sheet(self, path: Path) -> None:
        from desktop.services.filing import answer_sheet

        try:
            answer_sheet(
                self.session.state.dossier,
                path,
                today=self.session.today,
                lang=self.session.state.lang,
            )
        except UserError as exc:
            self.message.setText(exc.message(self.session.state.lang))
            return
        self.message.setText(
            translate("AfterFiling", "Note enregistrée : « %1 ».").replace("%1", str(path))
        )

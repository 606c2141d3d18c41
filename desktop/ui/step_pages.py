"""The wizard's pages after the welcome page (situation … review), over the
base ``desktop.ui.pages.Page``. Imported when the person leaves the welcome
page: the first page shows without them (bench/bench_startup.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.flow.fields import DATE, field_of
from desktop.ui import i18n
from desktop.ui.pages import CopyIdentifier, Page, PageForm, fmt_date
from desktop.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QWidget,
)
from desktop.ui.style import escape

if TYPE_CHECKING:
    from desktop.core.messages import Problem
    from desktop.core.rules import PieceVerdict
    from desktop.ui.forms.ui_page_address import Ui_AddressPage
    from desktop.ui.forms.ui_page_cer import Ui_CerPage
    from desktop.ui.forms.ui_page_civil import Ui_CivilPage
    from desktop.ui.forms.ui_page_documents import Ui_DocumentsPage
    from desktop.ui.forms.ui_page_ephoto import Ui_EphotoPage
    from desktop.ui.forms.ui_page_letters import Ui_LettersPage
    from desktop.ui.forms.ui_page_review import Ui_ReviewPage
    from desktop.ui.forms.ui_page_situation import Ui_SituationPage
    from desktop.ui.piece import PieceWidget
    from desktop.ui.qt import QVBoxLayout, QWidget


class SituationPage(Page):
    step_id = "situation"
    ui: Ui_SituationPage

    @staticmethod
    def form() -> Ui_SituationPage:
        from desktop.ui.forms.ui_page_situation import Ui_SituationPage

        return Ui_SituationPage()

    radio_groups = {
        "ui.answers.request": {
            "card": "request_card",
            "duplicate": "request_duplicate",
            "change_address": "request_change_address",
            "change_civil_status": "request_change_civil_status",
        }
    }

    def setup(self) -> None:
        from desktop.ui.qt import QCompleter

        self._shown: set[str] = set()  # fields whose problem is on screen
        self._add_sources()
        self._completer = QCompleter(self)
        self.ui.applicant_nationality.setCompleter(self._completer)
        self._completer.activated.connect(self._country_chosen)
        self.ui.applicant_nationality.textEdited.connect(lambda *_: self._show_code())

    def _add_sources(self) -> None:
        """Under the summary: where the procedure, the filing window and each fee
        come from, one small line each; the date of the rules, and past the
        catalog's months a warning that they may have changed (issue 14 parts 4, 6)."""
        from desktop.ui.qt import QLabel, QVBoxLayout, QWidget
        from desktop.ui.sources import SMALL, SOURCE_COLOUR, SourceNote

        self.sources_box = QWidget(self.ui.content)
        self.sources_box.setObjectName("situation_sources")
        box = self.sources_layout = QVBoxLayout(self.sources_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.source_situation = SourceNote(self.sources_box, "source_situation")
        self.source_window = SourceNote(self.sources_box, "source_window")
        box.addWidget(self.source_situation)
        box.addWidget(self.source_window)
        self.source_fees: list[SourceNote] = []
        self.rules_date = QLabel(self.sources_box)
        self.rules_date.setObjectName("rules_date")
        self.rules_date.setWordWrap(True)
        self.rules_date.setStyleSheet(f"color:{SOURCE_COLOUR}")
        font = self.rules_date.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * SMALL)
        self.rules_date.setFont(font)
        self.rules_stale = QLabel(self.sources_box)
        self.rules_stale.setObjectName("rules_stale")
        self.rules_stale.setWordWrap(True)
        self.rules_stale.setProperty("role", "problems")
        self.rules_stale.setVisible(False)
        box.addWidget(self.rules_date)
        box.addWidget(self.rules_stale)
        layout = self.ui.content_layout
        layout.insertWidget(layout.indexOf(self.ui.summary) + 1, self.sources_box)

    def _show_sources(self, summary: dict[str, object]) -> None:
        from desktop.services.catalog import fee_view, rule_view, rules_age, situation_view
        from desktop.ui.qt import translate
        from desktop.ui.sources import SourceNote

        state = self.session.state
        lang = state.lang
        age = rules_age(state.catalog, self.session.today, lang)
        self.rules_stale.setText("⚠ " + age.warning)
        self.rules_stale.setVisible(age.stale)
        situation = state.catalog.situations.get(str(summary.get("situation", "")))
        fees = summary.get("fees") if situation is not None else None
        fees = fees if isinstance(fees, list) else []
        self.rules_date.setText(age.line)
        self.rules_date.setVisible(situation is not None)
        if situation is None:
            for note in (self.source_situation, self.source_window, *self.source_fees):
                note.show_source(None)
            return
        self.source_situation.show_source(
            situation_view(situation, lang),
            subject=translate("SituationPage", "Votre démarche"),
            caption=translate("SituationPage", "Votre démarche"),
        )
        window = rule_view(state.catalog, "renewal_window", lang) if summary.get("window") else None
        self.source_window.show_source(
            window,
            subject=translate("SituationPage", "Période de dépôt"),
            caption=translate("SituationPage", "Période de dépôt"),
        )
        while len(self.source_fees) < len(fees):
            note = SourceNote(self.sources_box, f"source_fee_{len(self.source_fees)}")
            self.sources_layout.insertWidget(2 + len(self.source_fees), note)
            self.source_fees.append(note)
        filing = summary.get("filing")
        for i, note in enumerate(self.source_fees):
            fee = fees[i] if i < len(fees) else None
            if fee is None or not isinstance(filing, dt.date):
                note.show_source(None)
                continue
            label = str(fee["label"])
            note.show_source(
                fee_view(state.catalog, str(fee["id"]), filing, lang), subject=label, caption=label
            )

    def retranslate_extra(self) -> None:
        """The country list in the interface language, searchable by any part of a
        name (issue 15 item 9: a country, not a bare 3-letter box)."""
        from desktop.flow import situation as sit
        from desktop.ui.qt import QStringListModel, Qt

        entries = [
            f"{name} ({code})" for code, name in sit.country_choices(self.session.state.lang)
        ]
        self._completer.setModel(QStringListModel(entries, self._completer))
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._show_code()

    def _country_chosen(self, text: str) -> None:
        self.ui.applicant_nationality.setText(text.rsplit(" (", 1)[0])
        self._show_code()
        self._edited()

    def _show_code(self) -> None:
        """Under the field: the country understood and its ICAO code, or how to answer."""
        from desktop.flow import situation as sit
        from desktop.ui.qt import translate

        typed = self.ui.applicant_nationality.text()
        code = sit.resolve_nationality(typed)
        name = sit.country_name(code, self.session.state.lang) if code else ""
        if name:
            text = translate("SituationPage", "%1 — code OACI du passeport : %2")
            self.ui.nationality_code.setText(text.replace("%1", name).replace("%2", code))
        elif typed.strip():
            self.ui.nationality_code.setText(
                translate(
                    "SituationPage",
                    "Choisissez votre pays dans la liste, ou tapez les 3 lettres de la "
                    "ligne « Nationalité » du passeport.",
                )
            )
        else:
            self.ui.nationality_code.setText("")

    def enter(self) -> None:
        super().enter()
        from desktop.flow import situation as sit

        code = str(self.session.state.dossier.get("applicant.nationality") or "")
        name = sit.country_name(code, self.session.state.lang) if code else ""
        if name:
            self.ui.applicant_nationality.setText(name)
        self._shown = set()
        self._show_code()

    def answers(self) -> dict[str, object]:
        from desktop.flow import situation as sit

        out = super().answers()
        typed = out.get("applicant.nationality")
        if isinstance(typed, str):
            out["applicant.nationality"] = sit.resolve_nationality(typed)
        return out

    def show_problems(self, problems: list[Problem]) -> None:
        super().show_problems(problems)
        self._shown = {field_of(p) for p in problems if p.severity == "error"}

    def _edited(self, *_args: object) -> None:
        super()._edited(*_args)
        if self._loading or not self._shown:
            return
        # A problem shown on Next goes away as soon as its field is answered (issue
        # 15 item 9: « Ce champ est obligatoire » stayed on filled fields); no new
        # problem appears on a field the person has not reached.
        state = self.session.state
        still = [p for p in self.step.check(state, self.answers()) if field_of(p) in self._shown]
        self.show_problems(still)

    def choices(self, key: str) -> dict[str, str]:
        state = self.session.state
        from desktop.flow import situation as sit

        if key in ("ui.answers.category", "ui.answers.current_category"):
            cats = sit.card_categories(state.catalog)
            if key == "ui.answers.current_category":  # a title held is a real card
                cats = [
                    c for c in sit.held_categories(state.catalog) if c in state.catalog.categories
                ]
            return {c: sit.category_label(state.catalog, c, state.lang) for c in cats}
        if key == "ui.answers.current_document":
            return i18n.current_document_labels()
        if key == "current_permit.lost_reason":
            return i18n.lost_reason_labels()
        if key == "appointment.status":
            return i18n.appointment_labels()
        return {}

    def refresh(self) -> None:
        from desktop.flow import situation_summary
        from desktop.ui.qt import translate

        state = self.session.state
        s = situation_summary(state)
        self._show_sources(s)
        if "not_covered" in s:
            self.ui.summary.setText("✖ " + escape(s["not_covered"]))
            return
        if not s:
            self.ui.summary.setText(
                translate("SituationPage", "Répondez aux questions : la démarche s'affichera ici.")
            )
            return
        # The situation's label names its procedure already ("Étudiant – renouvellement").
        lines = [
            translate("SituationPage", "Votre démarche : <b>%1</b>").replace(
                "%1", escape(s["label"])
            )
        ]
        # Why this procedure (a VLS-TS is renewed, an Algerian has a certificat…).
        lines += [escape(reason) for reason in s.get("reasons", [])]
        if s.get("notice"):
            lines.append("⚠ " + escape(s["notice"]))
        w = s.get("window")
        if w:
            text = translate(
                "SituationPage",
                "Période de dépôt du renouvellement : du %1 au %2 (le titre expire le %3).",
            )
            lines.append(
                text.replace("%1", fmt_date(w["opens"]))
                .replace("%2", fmt_date(w["closes"]))
                .replace("%3", fmt_date(w["expiry"]))
            )
            state_text = {
                "open": translate("SituationPage", "✔ C'est le bon moment pour déposer."),
                "early": translate(
                    "SituationPage", "⚠ C'est trop tôt : attendez l'ouverture de la période."
                ),
                "late": translate(
                    "SituationPage",
                    "⚠ Le délai de dépôt est dépassé : le droit de visa de régularisation "
                    "ci-dessous s'ajoute (sauf force majeure ou visa valide) et aucune "
                    "attestation de prolongation d'instruction ne sera délivrée. "
                    "Déposez au plus vite.",
                ),
                "expired": translate(
                    "SituationPage",
                    "✖ Le titre a expiré : le droit de visa de régularisation ci-dessous "
                    "s'ajoute (sauf force majeure ou visa valide). Déposez au plus vite ; "
                    "une association ou un avocat peut vous aider.",
                ),
            }[w["state"]]
            lines.append(state_text)
        for fee in s["fees"]:
            text = translate("SituationPage", "%4 : %1 € (taxe %2 € + timbre %3 €).")
            text = (
                text.replace("%1", str(fee["total_eur"]))
                .replace("%2", str(fee["tax_eur"]))
                .replace("%3", str(fee["stamp_eur"]))
                .replace("%4", escape(fee["label"]))
            )
            if fee.get("at_filing_eur"):  # CESEDA L.436-4: part of it due when filing
                text += " " + translate("SituationPage", "Dont %1 € à payer dès le dépôt.").replace(
                    "%1", str(fee["at_filing_eur"])
                )
            if not fee["confirmed"]:  # the words `check` prints (fee.unconfirmed)
                from desktop.core.messages import t

                text += " " + escape(t("fee.unconfirmed", self.session.state.lang))
            lines.append(text)
        self.ui.summary.setText("<br/>".join(lines))


class CivilPage(Page):
    step_id = "civil_status"
    ui: Ui_CivilPage

    @staticmethod
    def form() -> Ui_CivilPage:
        from desktop.ui.forms.ui_page_civil import Ui_CivilPage

        return Ui_CivilPage()

    def setup(self) -> None:
        from desktop.ui.qt import QPushButton

        self.copy_number = CopyIdentifier(
            self, self.ui.applicant_numero_etranger, lambda t: "".join(t.split())
        )
        # « Lire mon passeport… »: the MRZ of a photo or scan proposes the fields below.
        self.read_passport = QPushButton(self.ui.content)
        self.read_passport.setObjectName("read_passport")
        layout = self.ui.content_layout
        layout.insertWidget(layout.indexOf(self.ui.intro) + 1, self.read_passport)
        self.read_passport.clicked.connect(self.choose_passport)

    def retranslate_extra(self) -> None:
        from desktop.ui.qt import translate

        self.copy_number.retranslate()
        text = translate(
            "CivilPage", "Lire mon passeport (photo ou scan de la page avec la photo)…"
        )
        self.read_passport.setText(text)
        self.read_passport.setAccessibleName(text.replace("&", ""))
        self.read_passport.setToolTip(
            translate(
                "CivilPage",
                "Les deux lignes en bas de la page du passeport remplissent les champs ; "
                "vous vérifiez chacun avant de le reporter.",
            )
        )

    def choose_passport(self) -> None:
        from pathlib import Path

        from desktop.ui import dialogs
        from desktop.ui.qt import translate

        path = dialogs.open_file(
            self,
            translate("CivilPage", "Photo ou scan du passeport"),
            dialogs.PHOTOS,
            translate("CivilPage", "Photo ou PDF (*.jpg *.jpeg *.png *.heic *.pdf)"),
        )
        if path:
            self.open_passport(Path(path))

    def open_passport(self, path: Path) -> None:
        """Read ``path`` and show what it proposes (the file dialog's choice, or a test's)."""
        from desktop.ui.passport_read import PassportDialog

        self.commit()  # what is typed on the page counts as typed: never replaced unasked
        dialog = PassportDialog(self.session, path, self)
        if dialog.exec():
            self.enter()

    def choices(self, key: str) -> dict[str, str]:
        if key == "applicant.sex":
            return i18n.sex_labels()
        if key == "applicant.marital_status":
            return i18n.marital_labels()
        return {}


class PiecesForm(PageForm, Protocol):
    """The form of a page with piece widgets: they go into its ``pieces`` widget."""

    pieces: QWidget
    pieces_layout: QVBoxLayout


class PiecesPage(Page):
    """A page hosting some piece widgets in ``ui.pieces``."""

    ui: PiecesForm
    piece_widgets: Sequence[PieceWidget] = ()  # (set_pieces may run before __init__ ends)
    _piece_ids: list[str] | None = None

    def set_pieces(self, ids: list[str]) -> None:
        from desktop.ui.piece import PieceWidget

        layout = self.ui.pieces_layout
        if self._piece_ids == ids:
            for w in self.piece_widgets:
                w.refresh()
            return
        for w in self.piece_widgets:
            layout.removeWidget(w)
            w.hide()
            w.setParent(None)
            w.deleteLater()
        self.piece_widgets = [PieceWidget(self.session, pid, self.ui.pieces) for pid in ids]
        for w in self.piece_widgets:
            layout.addWidget(w)
            w.show()  # now, not once the event loop turns: Tab order and focus see it
        self._piece_ids = list(ids)
        self.shown_changed.emit()


class AddressPage(PiecesPage):
    step_id = "address"
    ui: Ui_AddressPage

    @staticmethod
    def form() -> Ui_AddressPage:
        from desktop.ui.forms.ui_page_address import Ui_AddressPage

        return Ui_AddressPage()

    radio_groups = {
        "address.kind": {
            "own": "kind_own",
            "hosted": "kind_hosted",
            "hotel": "kind_hotel",
            "domiciliation": "kind_domiciliation",
        }
    }

    def update_visibility(self) -> None:
        super().update_visibility()
        kind = self.answers().get("address.kind") or "own"
        self.set_shown(self.ui.host_group, kind == "hosted")
        from desktop.flow import address_pieces

        self.set_pieces(address_pieces(self.session.state, kind))
        self.ui.pieces_intro.setVisible(bool(self.piece_widgets))

    def refresh(self) -> None:
        for w in self.piece_widgets:
            w.refresh()


class EphotoPage(Page):
    step_id = "ephoto"
    ui: Ui_EphotoPage

    @staticmethod
    def form() -> Ui_EphotoPage:
        from desktop.ui.forms.ui_page_ephoto import Ui_EphotoPage

        return Ui_EphotoPage()

    def setup(self) -> None:
        from desktop.core.identifiers import normalise_code

        self.ui.ephoto_code.textEdited.connect(lambda _t: self.refresh())
        self.copy_code = CopyIdentifier(self, self.ui.ephoto_code, normalise_code)

    def retranslate_extra(self) -> None:
        self.copy_code.retranslate()

    def refresh(self) -> None:
        from desktop.core.identifiers import normalise_code
        from desktop.flow import situation as sit
        from desktop.flow.fields import parse
        from desktop.ui.qt import translate

        catalog = self.session.state.catalog
        n = len(normalise_code(self.ui.ephoto_code.text()))
        expected = int(catalog.rule("ephoto")["code_length"])
        text = (
            translate("EphotoPage", "%1 caractères sur %2.")
            .replace("%1", str(n))
            .replace("%2", str(expected))
        )
        try:
            taken = parse(DATE, self.ui.ephoto_taken_on.text())
        except ValueError:
            taken = None
        if taken is not None:
            until = sit.ephoto_valid_until(catalog, taken)
            text += " " + translate("EphotoPage", "Code valable jusqu'au %1.").replace(
                "%1", fmt_date(until)
            )
        self.ui.status.setText(text)


class CerPage(PiecesPage):
    step_id = "cer"
    ui: Ui_CerPage

    @staticmethod
    def form() -> Ui_CerPage:
        from desktop.ui.forms.ui_page_cer import Ui_CerPage

        return Ui_CerPage()

    def setup(self) -> None:
        from desktop.ui.signature import SignaturePad

        self.pad = SignaturePad(self.ui.pad_holder)
        self.pad.setObjectName("signature_pad")
        self.ui.pad_holder_layout.addWidget(self.pad)
        self.ui.clear_signature.clicked.connect(self.pad.clear)
        self.ui.save_signature.clicked.connect(self.save_signature)
        self.ui.sign_cer.clicked.connect(self.sign_attached_cer)
        self.ui.type_signature.clicked.connect(self.type_signature)
        self.ui.typed_name.returnPressed.connect(self.type_signature)
        self.ui.import_signature.clicked.connect(self.import_signature)
        self.set_pieces(["cer"])

    def type_signature(self) -> None:
        """Sign with the keyboard: the name typed, written on the pad."""
        from desktop.ui.qt import translate

        status = self.ui.signature_status
        if not self.pad.set_typed(self.ui.typed_name.text()):
            status.setText(translate("CerPage", "⚠ Tapez d'abord votre nom."))
            self.ui.typed_name.setFocus()
            return
        status.setText(
            translate(
                "CerPage",
                "Votre nom est écrit dans le cadre. « Enregistrer la signature » la garde.",
            )
        )

    def ask_signature_image(self) -> str:
        """The picture of a signature to import ("": none chosen)."""
        from desktop.ui import dialogs
        from desktop.ui.qt import translate

        return dialogs.open_file(
            self,
            translate("CerPage", "Image de votre signature"),
            dialogs.PHOTOS,
            translate("CerPage", "Images (*.png *.jpg *.jpeg)"),
        )

    def import_signature(self) -> None:
        """Sign with a photo or scan of the signature on white paper."""
        from desktop.core.reader import read_checked
        from desktop.errors import UserError
        from desktop.services.vault import max_file_bytes
        from desktop.ui.qt import QBuffer, QByteArray, QImageReader, QIODevice, translate

        path = self.ask_signature_image()
        if not path:
            return
        status = self.ui.signature_status
        try:  # a regular file, intake's cap checked before a byte is read (HACKING.md);
            # Qt's image reader then refuses a picture over 256 MB decoded
            data = read_checked(path, max_bytes=max_file_bytes(), label=Path(path).name)
        except UserError as exc:
            status.setText("✖ " + exc.message(self.session.state.lang))
            return
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # a phone photo taken sideways
        image = reader.read()
        buffer.close()
        if image.isNull():
            status.setText(
                translate(
                    "CerPage",
                    "✖ « %1 » ne s'ouvre pas comme une image. Choisissez une photo ou un "
                    "scan PNG ou JPEG de votre signature.",
                ).replace("%1", Path(path).name)
            )
            return
        if not self.pad.set_picture(image):
            status.setText(
                translate(
                    "CerPage",
                    "✖ Aucune signature trouvée sur « %1 ». Signez à l'encre foncée sur du "
                    "papier blanc, photographiez de près, puis importez la photo.",
                ).replace("%1", Path(path).name)
            )
            return
        status.setText(
            translate(
                "CerPage",
                "Votre signature est dans le cadre, sans le papier. « Enregistrer la "
                "signature » la garde.",
            )
        )

    def retranslate_extra(self) -> None:
        items = "".join(f"<li>{escape(p)}</li>" for p in i18n.principle_labels())
        self.ui.principles.setText(f"<ol>{items}</ol>")
        self.pad.retranslate()

    def save_signature(self) -> None:
        from desktop.ui.qt import translate

        if self.pad.is_empty():
            self.ui.signature_status.setText(
                translate("CerPage", "⚠ Signez d'abord dans le cadre.")
            )
            return
        png = self.pad.png_bytes()
        if png:
            self.session.save_signature(png)
            self.ui.signature_status.setText(
                translate(
                    "CerPage",
                    "✔ Signature enregistrée : l’application l’appose sur les lettres et les "
                    "déclarations qu’elle rédige pour vous.",
                )
            )

    def sign_attached_cer(self) -> None:
        """Put the drawn signature (what is on the pad, saved first) on the attached
        CER: the signed copy replaces it in the piece."""

        from desktop import services
        from desktop.errors import UserError
        from desktop.services.documents import drawn_signature
        from desktop.ui.qt import translate

        self.commit()  # a signature date typed just before
        state = self.session.state
        if not self.pad.is_empty():
            self.save_signature()
        signature = drawn_signature(state.dossier)
        status = self.ui.signature_status
        if signature is None:
            status.setText(translate("CerPage", "⚠ Signez d'abord dans le cadre."))
            return
        pdfs = [f for f in state.dossier.piece("cer").files if f.lower().endswith(".pdf")]
        if not pdfs:
            status.setText(
                translate(
                    "CerPage",
                    "⚠ Joignez d'abord le contrat en PDF (ci-dessus), puis signez-le ici.",
                )
            )
            return
        # pdfium (pypdfium2) is not thread-safe: the signing reads the contract with it,
        # so no inspection may render a page meanwhile (seen: a crash when the contract
        # just attached was still being inspected).
        self.session.wait_inspections()
        try:
            new = services.sign_cer(
                state.dossier, pdfs[-1], signature, self.session.today, self.session.save_now
            )
        except UserError as exc:
            status.setText("✖ " + exc.message(state.lang))  # (a plain-text label)
            return
        self.session.touch()
        self.session.inspect_soon([new])
        self.enter()  # the signature date it may have set, the piece's new file
        status.setText(
            translate(
                "CerPage", "✔ Contrat signé : « %1 » remplace la version sans signature."
            ).replace("%1", Path(new).name)
        )

    def refresh(self) -> None:
        for w in self.piece_widgets:
            w.refresh()


class DocumentsPage(PiecesPage):
    step_id = "documents"
    ui: Ui_DocumentsPage

    @staticmethod
    def form() -> Ui_DocumentsPage:
        from desktop.ui.forms.ui_page_documents import Ui_DocumentsPage

        return Ui_DocumentsPage()

    def enter(self) -> None:
        from desktop.flow import checklist

        self.set_pieces(checklist(self.session.state))
        super().enter()
        self.session.inspect_soon()

    def refresh(self) -> None:
        from desktop.ui.qt import translate

        widgets = self.piece_widgets
        for w in widgets:
            w.refresh()
        v = self.session.verdict()
        if v is None:
            return
        shown = [p for p in v.pieces if p.id in (self._piece_ids or [])]
        required = [p for p in shown if p.required]
        ready = [p for p in required if p.status in ("ok", "warning")]
        to_fix = [p for p in shown if p.status == "error"]
        to_check = [p for p in shown if p.status == "warning"]
        text = translate("DocumentsPage", "Pièces obligatoires prêtes : %1 sur %2.")
        text = text.replace("%1", str(len(ready))).replace("%2", str(len(required)))
        if to_fix:
            fix = translate("DocumentsPage", "✖ Pièces à corriger : %1.")
            text += " " + fix.replace("%1", str(len(to_fix)))
        if to_check:  # ready, but worth a look: never a bare « prêtes » (issue 15)
            check = translate("DocumentsPage", "⚠ Pièces à vérifier : %1.")
            text += " " + check.replace("%1", str(len(to_check)))
        self.ui.summary.setText(text)
        self._show_unknown_path([p for p in required if p.status == "missing"])

    def _show_unknown_path(self, missing: list[PieceVerdict]) -> None:
        """« Je ne sais pas » / « je ne l'ai pas »: while a required piece is missing,
        what to do (leave it: the letters step explains it) and who can help."""
        from desktop.ui.qt import QLabel, translate

        label = getattr(self, "unknown_path", None)
        if label is None:
            label = self.unknown_path = QLabel(self.ui.content)
            label.setObjectName("unknown_path")
            label.setWordWrap(True)
            label.setProperty("role", "help")
            layout = self.ui.content_layout
            layout.insertWidget(layout.indexOf(self.ui.summary) + 1, label)
        label.setText(
            translate(
                "DocumentsPage",
                "Vous n'avez pas un document, ou vous ne savez pas lequel fournir ? Laissez "
                "sa pièce vide : l'étape « Lettres » vous aide à écrire pourquoi il manque, "
                "et la page de garde du dossier le dira. Pour savoir quoi fournir, une "
                "association d'aide aux étrangers (La Cimade, GISTI, France terre d'asile) "
                "ou un avocat peut vous aider.",
            )
        )
        label.setVisible(bool(missing))


class LettersPage(Page):
    step_id = "letters"
    ui: Ui_LettersPage

    @staticmethod
    def form() -> Ui_LettersPage:
        from desktop.ui.forms.ui_page_letters import Ui_LettersPage

        return Ui_LettersPage()

    def setup(self) -> None:
        from desktop.ui.letters import LettersController

        self.controller = LettersController(self)

    def choices(self, key: str) -> dict[str, str]:
        if key == "letters.missing.piece":
            from desktop.flow import missing_pieces

            state = self.session.state
            out = {"": "—"}
            for pid in missing_pieces(state):
                out[pid] = state.catalog.pieces[pid].label_in(state.lang)
            return out
        return {}

    def enter(self) -> None:
        self.retranslate()
        super().enter()
        self.controller.fill_from_dossier()

    def retranslate_extra(self) -> None:
        self.controller.retranslate()

    def refresh(self) -> None:
        self.controller.refresh()


class ReviewPage(Page):
    step_id = "review"
    ui: Ui_ReviewPage

    @staticmethod
    def form() -> Ui_ReviewPage:
        from desktop.ui.forms.ui_page_review import Ui_ReviewPage

        return Ui_ReviewPage()

    def setup(self) -> None:
        from desktop.ui.after_filing import AfterFilingPanel
        from desktop.ui.build import BuildController

        self.controller = BuildController(self)
        self.after_filing = AfterFilingPanel(self.session, self.ui.content)
        self.ui.content_layout.insertWidget(
            self.ui.content_layout.indexOf(self.ui.build_group) + 1, self.after_filing
        )

    def retranslate_extra(self) -> None:
        self.controller.retranslate()
        self.after_filing.retranslate()

    def first_focus(self) -> QWidget | None:
        """« Préparer le dossier », the page's primary action: Enter builds."""
        return self.ui.build

    def refresh(self) -> None:
        self.controller.refresh()
        self.after_filing.refresh()

    @property
    def busy(self) -> bool:
        return self.controller.op is not None or self.after_filing.op is not None

    def stop(self, wait_ms: int) -> None:
        self.controller.stop(wait_ms)  # a build still running is cancelled


STEP_PAGES = (
    SituationPage,
    CivilPage,
    AddressPage,
    EphotoPage,
    CerPage,
    DocumentsPage,
    LettersPage,
    ReviewPage,
)

# Controls a test checks for accessible names.
CONTROL_TYPES = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
)

"""The wizard's pages: thin Qt views over the steps of ``desktop.flow``.

A page binds the widgets of its Designer form to the step's fields by name
(field ``applicant.surname`` ↔ widget ``applicant_surname``), reads and
writes answers, shows the flow's problems next to the form, and autosaves
every change through the session.
"""

from __future__ import annotations

from typing import Any

from desktop.core.messages import Problem
from desktop.flow import BY_ID
from desktop.flow.fields import BOOL, DATE, field_of
from desktop.ui import i18n
from desktop.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QTimer,
    QWidget,
    Signal,
)
from desktop.ui.style import escape

EDIT_DEBOUNCE_MS = 300


def widget_name(key: str) -> str:
    return key.replace(".", "_")


def plain(text: str) -> str:
    """A label's text as a name: no mnemonic, no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :：").strip()


def name_controls(root: QWidget) -> None:
    """Give every control an accessible name: its buddy label's text, else its own."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            buddy.setAccessibleName(plain(label.text()))
    for w in root.findChildren(QAbstractButton):
        if w.text():
            w.setAccessibleName(plain(w.text()))
    for w in root.findChildren(QLabel):
        if not w.accessibleName() and w.text():
            w.setAccessibleName(plain(w.text())[:120])


def copy_icon():
    """A small "copy" glyph (two sheets), drawn: no icon theme needed."""
    from desktop.ui.qt import QColor, QIcon, QPainter, QPen, QPixmap, Qt

    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1d4f91"), 2.5))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(4, 4, 16, 19, 2, 2)
    painter.drawRoundedRect(11, 10, 16, 19, 2, 2)
    painter.end()
    return QIcon(pix)


class CopyIdentifier:
    """A small "copy" button inside an identifier's field (numéro étranger,
    e-photo code); the session clears the clipboard after the policy's delay.
    Keyboard: Ctrl+Shift+C while the field has the focus."""

    def __init__(self, page: Page, edit: QLineEdit, clean: Any = None) -> None:
        from desktop.ui.qt import QAction, QKeySequence, Qt

        self.page, self.edit, self.clean = page, edit, clean or (lambda t: t.strip())
        self.action = QAction(copy_icon(), "", edit)
        self.action.setObjectName(f"{edit.objectName()}_copy")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        self.action.triggered.connect(self.copy)
        self.retranslate()

    def copy(self) -> None:
        text = self.clean(self.edit.text())
        self.page.session.copy_identifier(text)

    def retranslate(self) -> None:
        from desktop.ui.qt import translate

        seconds = int(self.page.session.clipboard_guard.clear_after)
        tip = translate("Pages", "Copier (effacé du presse-papiers après %1 s)").replace(
            "%1", str(seconds)
        )
        # No text on the icon: the field stays wide; the name is for screen readers.
        self.action.setToolTip(tip + " — Ctrl+Maj+C")
        from desktop.ui.qt import QToolButton

        for button in self.edit.findChildren(QToolButton):
            if self.action in button.actions() or button.defaultAction() is self.action:
                button.setObjectName(f"{self.edit.objectName()}_copy_button")
                button.setAccessibleName(translate("Pages", "Copier"))
                button.setToolTip(self.action.toolTip())


def fmt_date(value: Any) -> str:
    if value is None or value == "":
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value)


class Page(QWidget):
    """Base page: binding, answers, problems, retranslation."""

    step_id = ""
    form: Any = None
    radio_groups: dict[str, dict[str, str]] = {}
    edited = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = self.form()
        self.ui.setupUi(self)
        self.setObjectName(f"page_{self.step_id}")
        self.step = BY_ID[self.step_id]
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.groups: dict[str, QButtonGroup] = {}
        for key, options in self.radio_groups.items():
            g = QButtonGroup(self)
            for value, name in options.items():
                b = getattr(self.ui, name)
                b.setProperty("value", value)
                g.addButton(b)
            g.buttonToggled.connect(lambda *_: self._edited())
            self.groups[key] = g
        self.widgets: dict[str, QWidget] = {}
        for f in self.step.fields:
            w = getattr(self.ui, widget_name(f.key), None)
            if w is None:
                continue
            self.widgets[f.key] = w
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self._edited)
            elif isinstance(w, QComboBox):
                w.activated.connect(self._edited)
                w.currentIndexChanged.connect(lambda *_: self.update_visibility())
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self._edited)
        self.setup()
        self.retranslate()

    # ----- hooks for subclasses ----------------------------------------------------------
    def setup(self) -> None:
        pass

    def choices(self, key: str) -> dict[str, str]:
        """Labels of a choice field's values, in the interface language."""
        return {}

    def refresh(self) -> None:
        """Update what depends on the dossier (summaries, statuses)."""

    # ----- language ----------------------------------------------------------------------
    def changeEvent(self, e):
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self._loading = True
        self.ui.retranslateUi(self)
        for key, w in self.widgets.items():
            if isinstance(w, QComboBox):
                current = w.currentData()
                w.clear()
                for value, label in self.choices(key).items():
                    w.addItem(label, value)
                if current is not None:
                    i = w.findData(current)
                    if i >= 0:
                        w.setCurrentIndex(i)
        self._loading = False
        self.retranslate_extra()
        name_controls(self)
        self.update_visibility()
        self.refresh()

    def retranslate_extra(self) -> None:
        pass

    # ----- answers -----------------------------------------------------------------------
    def enter(self) -> None:
        """Show the dossier's answers (the page becomes current)."""
        self._loading = True
        values = self.step.read(self.session.state)
        for key, g in self.groups.items():
            value = values.get(key)
            for b in g.buttons():
                b.setChecked(b.property("value") == value)
        for key, w in self.widgets.items():
            f = next(x for x in self.step.fields if x.key == key)
            value = values.get(key)
            if isinstance(w, QLineEdit):
                w.setText(fmt_date(value) if f.kind == DATE else str(value or ""))
            elif isinstance(w, QComboBox):
                i = w.findData(value if value is not None else "")
                w.setCurrentIndex(i if i >= 0 else -1)
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
        self._loading = False
        self.show_problems([])
        self.update_visibility()
        self.refresh()

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, g in self.groups.items():
            b = g.checkedButton()
            if b is not None:
                out[key] = b.property("value")
        for key, w in self.widgets.items():
            f = next(x for x in self.step.fields if x.key == key)
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QComboBox):
                out[key] = w.currentData() if w.currentIndex() >= 0 else None
            elif isinstance(w, QCheckBox) and f.kind == BOOL:
                out[key] = w.isChecked()
        return out

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self.update_visibility()
        self._timer.start()
        self.edited.emit()

    def commit(self) -> None:
        """Keep the answers typed so far (autosave); no validation."""
        self._timer.stop()
        self.session.wizard.save_answers(self.answers())
        self.session.changed.emit()

    # ----- showing -----------------------------------------------------------------------
    def _form_label(self, w: QWidget) -> QWidget | None:
        parent = w.parentWidget()
        while parent is not None:
            for layout in parent.findChildren(QFormLayout):
                label = layout.labelForField(w)
                if label is not None:
                    return label
            parent = parent.parentWidget() if parent is not self else None
        return None

    def update_visibility(self) -> None:
        state = self.session.state
        answers = {**self.step.read(state), **self.answers()}
        for f in self.step.fields:
            w = self.widgets.get(f.key)
            if w is None:
                continue
            shown = f.shown(state, answers)
            w.setVisible(shown)
            label = self._form_label(w)
            if label is not None:
                label.setVisible(shown)

    def show_problems(self, problems: list[Problem]) -> None:
        lang = self.session.state.lang
        for w in self.widgets.values():
            if w.property("invalid"):  # re-polish only what was marked (a fast first page)
                w.setProperty("invalid", False)
                w.style().polish(w)
        lines = []
        first: QWidget | None = None
        for p in problems:
            key = field_of(p)
            w = self.widgets.get(key)
            label = self._form_label(w) if w is not None else None
            where = plain(label.text()) + " : " if isinstance(label, QLabel) else ""
            sign = "✖" if p.severity == "error" else "⚠"
            lines.append(f"{sign} {escape(where)}{escape(p.message(lang))}")
            if w is not None and p.severity == "error":
                w.setProperty("invalid", True)
                w.style().polish(w)
                first = first or w
        box = self.ui.problems
        if lines:
            # Set here, not in the forms: the first page shows no problem, and the
            # first Qt enum costs ~15 ms of start-up (desktop.ui.qt).
            from desktop.ui.qt import Qt

            box.setTextFormat(Qt.TextFormat.RichText)
        box.setText("<br/>".join(lines))
        box.setVisible(bool(lines))
        if first is not None:
            first.setFocus()


# ======================================================================================
# Each page imports its Designer form when first built: the first page only needs its own.


class WelcomePage(Page):
    step_id = "welcome"

    @staticmethod
    def form() -> Any:
        from desktop.ui.forms.ui_page_welcome import Ui_WelcomePage

        return Ui_WelcomePage()

    radio_groups = {
        "ui.mode": {"self": "mode_self", "helper": "mode_helper", "reception": "mode_reception"}
    }
    language_chosen = Signal(str)

    def setup(self) -> None:
        self.ui.lang.activated.connect(
            lambda _i: self.language_chosen.emit(self.ui.lang.currentData())
        )

    def choices(self, key: str) -> dict[str, str]:
        if key == "lang":
            return dict(i18n.NATIVE)
        return {}


class SituationPage(Page):
    step_id = "situation"

    @staticmethod
    def form() -> Any:
        from desktop.ui.forms.ui_page_situation import Ui_SituationPage

        return Ui_SituationPage()

    radio_groups = {
        "ui.answers.request": {
            "card": "request_card",
            "duplicate": "request_duplicate",
            "change_address": "request_change_address",
        }
    }

    def choices(self, key: str) -> dict[str, str]:
        state = self.session.state
        from desktop.flow import situation as sit

        if key in ("ui.answers.category", "ui.answers.current_category"):
            cats = sit.card_categories(state.catalog)
            return {
                c: state.catalog.categories[c].get(state.lang) or state.catalog.categories[c]["fr"]
                for c in cats
            }
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

        s = situation_summary(self.session.state)
        if not s:
            self.ui.summary.setText(
                translate("SituationPage", "Répondez aux questions : la démarche s'affichera ici.")
            )
            return
        proc = i18n.procedure_labels().get(s["procedure"], s["procedure"])
        lines = [
            translate("SituationPage", "Votre démarche : <b>%1</b> (%2)")
            .replace("%1", escape(s["label"]))
            .replace("%2", escape(proc))
        ]
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
                    "SituationPage", "⚠ La période recommandée est passée : déposez au plus vite."
                ),
                "expired": translate(
                    "SituationPage",
                    "✖ Le titre a expiré : un droit de visa de régularisation peut être demandé.",
                ),
            }[w["state"]]
            lines.append(state_text)
        for fee in s["fees"]:
            text = translate("SituationPage", "Coût : %1 € (taxe %2 € + timbre %3 €).")
            text = (
                text.replace("%1", str(fee["total_eur"]))
                .replace("%2", str(fee["tax_eur"]))
                .replace("%3", str(fee["stamp_eur"]))
            )
            if not fee["confirmed"]:
                text += " " + translate("SituationPage", "(montant 2026 non encore confirmé)")
            lines.append(text)
        self.ui.summary.setText("<br/>".join(lines))


class CivilPage(Page):
    step_id = "civil_status"

    @staticmethod
    def form() -> Any:
        from desktop.ui.forms.ui_page_civil import Ui_CivilPage

        return Ui_CivilPage()

    def setup(self) -> None:
        self.copy_number = CopyIdentifier(
            self, self.ui.applicant_numero_etranger, lambda t: "".join(t.split())
        )

    def retranslate_extra(self) -> None:
        self.copy_number.retranslate()

    def choices(self, key: str) -> dict[str, str]:
        if key == "applicant.sex":
            return i18n.sex_labels()
        if key == "applicant.marital_status":
            return i18n.marital_labels()
        return {}


class PiecesMixin:
    """A page hosting some piece widgets in ``ui.pieces``."""

    def set_pieces(self, ids: list[str]) -> None:
        from desktop.ui.piece import PieceWidget

        current = getattr(self, "_piece_ids", None)
        layout = self.ui.pieces.layout()
        if current == ids:
            for w in self.piece_widgets:
                w.refresh()
            return
        for w in getattr(self, "piece_widgets", []):
            layout.removeWidget(w)
            w.hide()
            w.setParent(None)
            w.deleteLater()
        self.piece_widgets = [PieceWidget(self.session, pid, self.ui.pieces) for pid in ids]
        for w in self.piece_widgets:
            layout.addWidget(w)
        self._piece_ids = list(ids)


class AddressPage(PiecesMixin, Page):
    step_id = "address"

    @staticmethod
    def form() -> Any:
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
        self.ui.host_group.setVisible(kind == "hosted")
        from desktop.flow import address_pieces

        self.set_pieces(address_pieces(self.session.state, kind))
        self.ui.pieces_intro.setVisible(bool(self.piece_widgets))

    def refresh(self) -> None:
        for w in getattr(self, "piece_widgets", []):
            w.refresh()


class EphotoPage(Page):
    step_id = "ephoto"

    @staticmethod
    def form() -> Any:
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


class CerPage(PiecesMixin, Page):
    step_id = "cer"

    @staticmethod
    def form() -> Any:
        from desktop.ui.forms.ui_page_cer import Ui_CerPage

        return Ui_CerPage()

    def setup(self) -> None:
        from desktop.ui.signature import SignaturePad

        self.pad = SignaturePad(self.ui.pad_holder)
        self.pad.setObjectName("signature_pad")
        self.ui.pad_holder.layout().addWidget(self.pad)
        self.ui.clear_signature.clicked.connect(self.pad.clear)
        self.ui.save_signature.clicked.connect(self.save_signature)
        self.set_pieces(["cer"])

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
        state = self.session.state
        target = state.dossier.base_dir / "signature.png"
        if self.pad.save_png(str(target)):
            state.dossier.set("signature.file", "signature.png")
            self.session.touch()
            self.ui.signature_status.setText(
                translate(
                    "CerPage",
                    "✔ Signature enregistrée : elle sera apposée sur les documents à signer.",
                )
            )

    def refresh(self) -> None:
        for w in getattr(self, "piece_widgets", []):
            w.refresh()


class DocumentsPage(PiecesMixin, Page):
    step_id = "documents"

    @staticmethod
    def form() -> Any:
        from desktop.ui.forms.ui_page_documents import Ui_DocumentsPage

        return Ui_DocumentsPage()

    def enter(self) -> None:
        from desktop.flow import checklist

        self.set_pieces(checklist(self.session.state))
        super().enter()
        self.session.inspect_soon()

    def refresh(self) -> None:
        from desktop.ui.qt import translate

        widgets = getattr(self, "piece_widgets", [])
        for w in widgets:
            w.refresh()
        v = self.session.verdict()
        if v is None:
            return
        shown = [p for p in v.pieces if p.id in getattr(self, "_piece_ids", [])]
        required = [p for p in shown if p.required]
        ready = [p for p in required if p.status in ("ok", "warning")]
        to_fix = [p for p in shown if p.status == "error"]
        text = translate("DocumentsPage", "%1 pièce(s) obligatoire(s) prête(s) sur %2.")
        text = text.replace("%1", str(len(ready))).replace("%2", str(len(required)))
        if to_fix:
            text += " " + translate("DocumentsPage", "✖ %n pièce(s) à corriger.", None, len(to_fix))
        self.ui.summary.setText(text)


class LettersPage(Page):
    step_id = "letters"

    @staticmethod
    def form() -> Any:
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

    def retranslate_extra(self) -> None:
        self.controller.retranslate()

    def refresh(self) -> None:
        self.controller.refresh()


class ReviewPage(Page):
    step_id = "review"

    @staticmethod
    def form() -> Any:
        from desktop.ui.forms.ui_page_review import Ui_ReviewPage

        return Ui_ReviewPage()

    def setup(self) -> None:
        from desktop.ui.build import BuildController

        self.controller = BuildController(self)

    def retranslate_extra(self) -> None:
        self.controller.retranslate()

    def refresh(self) -> None:
        self.controller.refresh()


PAGES = (
    WelcomePage,
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

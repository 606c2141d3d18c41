"""The wizard's pages: thin Qt views over the steps of ``desktop.flow``.

A page binds the widgets of its Designer form to the step's fields by name
(field ``applicant.surname`` ↔ widget ``applicant_surname``), reads and
writes answers, shows the flow's problems next to the form, and autosaves
every change through the session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from desktop.core.messages import Problem
from desktop.flow import BY_ID
from desktop.flow.fields import BOOL, DATE, Answers, field_of
from desktop.ui import i18n
from desktop.ui.qt import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimer,
    QWidget,
    Signal,
)
from desktop.ui.style import escape

if TYPE_CHECKING:
    from desktop.ui.date_picker import DatePicker
    from desktop.ui.forms.ui_page_welcome import Ui_WelcomePage
    from desktop.ui.qt import QIcon
    from desktop.ui.session import Session

EDIT_DEBOUNCE_MS = 300


class PageForm(Protocol):
    """What every page's Designer form (``desktop/ui/forms/ui_page_*.py``) has."""

    problems: QLabel

    def setupUi(self, page: QWidget) -> None: ...

    def retranslateUi(self, page: QWidget) -> None: ...


def widget_name(key: str) -> str:
    return key.replace(".", "_")


def plain(text: str) -> str:
    """A label's text as a name: no mnemonic, no trailing colon."""
    return (
        text.replace("&&", "\0")
        .replace("&", "")
        .replace("\0", "&")
        .rstrip(" \u00a0\u202f:：")
        .strip()
    )


def name_controls(root: QWidget) -> None:
    """Give every control an accessible name: its buddy label's text, else its own."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            buddy.setAccessibleName(plain(label.text()))
    for button in root.findChildren(QAbstractButton):
        if button.text():
            button.setAccessibleName(plain(button.text()))
    for label in root.findChildren(QLabel):
        if not label.accessibleName() and label.text():
            label.setAccessibleName(plain(label.text())[:120])


def copy_icon() -> QIcon:
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

    def __init__(
        self, page: Page, edit: QLineEdit, clean: Callable[[str], str] | None = None
    ) -> None:
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
        from desktop.ui.qt import Qt, QToolButton

        for button in self.edit.findChildren(QToolButton):
            if self.action in button.actions() or button.defaultAction() is self.action:
                button.setObjectName(f"{self.edit.objectName()}_copy_button")
                button.setAccessibleName(translate("Pages", "Copier"))
                # Reached with Tab right after its field (Qt's default: mouse only);
                # a click leaves the focus in the field.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.setToolTip(self.action.toolTip())


def fmt_date(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


class Page(QWidget):
    """Base page: binding, answers, problems, retranslation."""

    step_id = ""
    radio_groups: dict[str, dict[str, str]] = {}
    edited = Signal()
    #: ``busy`` changed: the window lets the person move on again, or not yet.
    busy_changed = Signal()
    #: An answer showed or hid part of the page: the window checks its Alt+letters.
    shown_changed = Signal()

    @staticmethod
    def form() -> PageForm:
        """The page's Designer form (each page imports its own when first built)."""
        raise NotImplementedError

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = self.form()
        self.ui.setupUi(self)
        self.setObjectName(f"page_{self.step_id}")
        scroll = getattr(self.ui, "scroll", None)
        if scroll is not None and self.step_id != "welcome":
            # Tab goes to the controls inside (the area scrolls to each one), not to
            # the frame around them. Not on the first page: naming Qt.FocusPolicy
            # builds the Qt namespace's enums (~15 ms of start-up); there the frame
            # is named (retranslate).
            from desktop.ui.qt import Qt

            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
                b: QAbstractButton = getattr(self.ui, name)
                b.setProperty("value", value)
                g.addButton(b)
            g.buttonToggled.connect(lambda *_: self._edited())
            self.groups[key] = g
        self.widgets: dict[str, QWidget] = {}
        self.date_pickers: list[DatePicker] = []
        for f in self.step.fields:
            w = getattr(self.ui, widget_name(f.key), None)
            if w is None:
                continue
            self.widgets[f.key] = w
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self._edited)
                if f.kind == DATE:
                    from desktop.ui.date_picker import DatePicker

                    self.date_pickers.append(DatePicker(w, f.past_only, lambda: self.session.today))
            elif isinstance(w, QComboBox):
                w.activated.connect(self._edited)
                w.currentIndexChanged.connect(lambda *_: self.update_visibility())
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self._edited)
        self.setup()
        self.retranslate()

    # ----- what the window asks every page (Electrum's wizard components) ------------------
    @property
    def valid(self) -> bool:
        """The answers on the page as typed pass the step's checks (warnings allowed)."""
        from desktop.flow import errors

        return not errors(self.step.check(self.session.state, self.answers()))

    @property
    def busy(self) -> bool:
        """Work started from this page is still running (the window holds the person
        on the page until it ends, is cancelled or fails)."""
        return False

    # ----- hooks for subclasses ----------------------------------------------------------
    def first_focus(self) -> QWidget | None:
        """The control the keyboard starts on (None: the first one shown)."""
        return None

    def tab_order(self) -> list[QWidget] | None:
        """The page's controls in Tab order (None: reading order, measured)."""
        return None

    def setup(self) -> None:
        pass

    def choices(self, key: str) -> dict[str, str]:
        """Labels of a choice field's values, in the interface language."""
        return {}

    def refresh(self) -> None:
        """Update what depends on the dossier (summaries, statuses)."""

    def stop(self, wait_ms: int) -> None:
        """The window closes: end the page's background work (waiting up to ``wait_ms``)."""

    # ----- language ----------------------------------------------------------------------
    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
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
        for picker in self.date_pickers:
            picker.retranslate()
        self.retranslate_extra()
        name_controls(self)
        scroll = getattr(self.ui, "scroll", None)
        if scroll is not None:
            scroll.setAccessibleName(i18n.step_titles().get(self.step_id, ""))
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

    def answers(self) -> Answers:
        out: Answers = {}
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

    def _edited(self, *_args: object) -> None:
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
        changed = False
        for f in self.step.fields:
            w = self.widgets.get(f.key)
            if w is None:
                continue
            shown = f.shown(state, answers)
            changed |= self._show(w, shown)
            label = self._form_label(w)
            if label is not None:
                changed |= self._show(label, shown)
        if changed:  # said once for the whole answer, not once per field
            self.shown_changed.emit()

    def set_shown(self, w: QWidget, shown: bool) -> None:
        """Show or hide ``w`` (always: a field of a page not shown yet must be hidden
        explicitly), saying so (``shown_changed``) when that changes it."""
        if self._show(w, shown):
            self.shown_changed.emit()

    @staticmethod
    def _show(w: QWidget, shown: bool) -> bool:
        """Show or hide ``w``; whether that changed it."""
        changed = w.isHidden() == shown
        w.setVisible(shown)
        return changed

    def show_problems(self, problems: list[Problem]) -> None:
        lang = self.session.state.lang
        for w in self.widgets.values():
            if w.property("invalid"):  # re-polish only what was marked (a fast first page)
                w.setProperty("invalid", False)
                w.style().polish(w)
        lines = []
        first: QWidget | None = None
        for p in problems:
            field = self.widgets.get(field_of(p))
            label = self._form_label(field) if field is not None else None
            where = plain(label.text()) + " : " if isinstance(label, QLabel) else ""
            sign = "✖" if p.severity == "error" else "⚠"
            lines.append(f"{sign} {escape(where)}{escape(p.message(lang))}")
            if field is not None and p.severity == "error":
                field.setProperty("invalid", True)
                field.style().polish(field)
                first = first or field
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
    ui: Ui_WelcomePage

    @staticmethod
    def form() -> Ui_WelcomePage:
        from desktop.ui.forms.ui_page_welcome import Ui_WelcomePage

        return Ui_WelcomePage()

    radio_groups = {
        "ui.mode": {"self": "mode_self", "helper": "mode_helper", "reception": "mode_reception"}
    }
    # The language is chosen in the window's header, the one selector on every page
    # (each language named in itself); the page had a second one (issue 15).

    def tab_order(self) -> list[QWidget] | None:
        """Known here: measuring the order asks each widget its focus policy, an
        enum of the Qt namespace, which the first page must not build (~15 ms)."""
        ui = self.ui
        controls = [ui.mode_self, ui.mode_helper, ui.mode_reception, ui.scroll]
        return [w for w in controls if w.isVisibleTo(self) and w.isEnabled()]

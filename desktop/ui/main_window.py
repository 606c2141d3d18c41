"""The main window: the step list, the current page, Back and Next, and the
language switch (always visible, any time, no restart).

The wizard is one of the window's screens; with the vault
(``desktop.ui.vault_ui.ModeController``) the lock screen and the volunteer's
case list are the others, and the header shows the mode's buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.dossier import Dossier
from desktop.flow import BY_ID, FlowState, errors
from desktop.ui import i18n
from desktop.ui.forms.ui_main_window import Ui_MainWindow
from desktop.ui.mnemonics import resolve_under
from desktop.ui.pages import Page, WelcomePage, name_controls
from desktop.ui.qt import (
    QEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QShortcut,
    QWidget,
    Signal,
    translate,
)
from desktop.ui.session import Session
from desktop.ui.style import COLOURS

if TYPE_CHECKING:
    from desktop.ui.qt import QCloseEvent
    from desktop.ui.vault_ui import ModeController

# Item data roles as numbers (Qt.ItemDataRole.UserRole, .AccessibleDescriptionRole):
# the first use of any enum of the Qt namespace makes PySide6 build all of them,
# ~15 ms, and the first page needs none (tests/test_ui.py checks the values).
STEP_ID_ROLE = 256
DESCRIPTION_ROLE = 12
FOREGROUND_ROLE = 9  # a QColor here, not setForeground(): QBrush needs Qt.BrushStyle
# Width and height of a window's frame and title bar, at most, on common desktops.
FRAME_ALLOWANCE = (16, 48)
UPCOMING_COLOUR = "#5f6670"  # contrast 5.8:1 on white (WCAG AA)


def takes_tab(w: QWidget) -> bool:
    """``w`` is reached with Tab (its policy has TabFocus, bit 1: naming
    Qt.FocusPolicy would build the Qt namespace's enums, desktop.ui.qt)."""
    return bool(w.focusPolicy().value & 1) and w.focusProxy() is None


def reading_order(page: QWidget, rtl: bool) -> list[QWidget]:
    """The controls of ``page`` a person can Tab to, in reading order: a control
    wholly above another comes first; side by side, the one the line starts with.
    Hidden or disabled controls keep their place in Qt's chain (after these)."""
    from functools import cmp_to_key

    found: list[QWidget] = []
    w = page.nextInFocusChain()
    seen = 0
    while w is not None and w is not page and seen < 5000:  # the window's chain is a ring
        seen += 1
        if page.isAncestorOf(w) and takes_tab(w) and w.isVisibleTo(page) and w.isEnabled():
            found.append(w)
        w = w.nextInFocusChain()
    index = {id(x): i for i, x in enumerate(found)}
    boxes = {id(x): x.rect().translated(x.mapTo(page, x.rect().topLeft())) for x in found}

    def compare(a: QWidget, b: QWidget) -> int:
        ra, rb = boxes[id(a)], boxes[id(b)]
        if ra.bottom() <= rb.top():
            return -1
        if rb.bottom() <= ra.top():
            return 1
        if ra.left() != rb.left():  # on one line
            before = ra.left() < rb.left()
            return -1 if before != rtl else 1
        return index[id(a)] - index[id(b)]

    return sorted(found, key=cmp_to_key(compare))


def checked_choice(w: QWidget) -> QWidget:
    """Where focus lands on a set of choices: the one chosen (Space on the first
    would change the answer), else ``w``."""
    from desktop.ui.qt import QRadioButton

    if not isinstance(w, QRadioButton) or w.isChecked():
        return w
    group = w.group()
    others = group.buttons() if group is not None else []
    parent = w.parentWidget()
    if not others and w.autoExclusive() and parent is not None:
        others = parent.findChildren(QRadioButton)
    chosen = next((b for b in others if b.isChecked() and b.isVisible()), None)
    return chosen or w


def page_class(step_id: str) -> type[Page]:
    """The page of a step. The later steps' module loads when the person leaves the
    welcome page: importing it costs 4–5 ms the first page does not need (HACKING.md)."""
    if step_id == WelcomePage.step_id:
        return WelcomePage
    from desktop.ui.step_pages import STEP_PAGES

    return next(c for c in STEP_PAGES if c.step_id == step_id)


class MainWindow(QMainWindow):
    page_shown = Signal(str)

    def __init__(self, session: Session, languages: i18n.Languages) -> None:
        super().__init__()
        self.session = session
        self.languages = languages
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, Page] = {}  # built on first visit: a fast first page
        # The vault and the modes (desktop.ui.vault_ui.install); None: a plain dossier file.
        self.controller: ModeController | None = None
        for b in (self.ui.cases_button, self.ui.lock_button, self.ui.end_session):
            b.setVisible(False)
        self.ui.language.activated.connect(
            lambda _i: self.switch_language(self.ui.language.currentData())
        )
        self.ui.next.clicked.connect(self.go_next)
        self.ui.back.clicked.connect(self.go_back)
        self.ui.steps.itemActivated.connect(self._step_clicked)
        self.ui.steps.itemClicked.connect(self._step_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.go_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.go_back)
        session.saved.connect(self._saved)
        session.save_failed.connect(self._save_failed)
        session.changed.connect(self._dossier_changed)
        session.findings_changed.connect(self._findings_changed)
        self.ui.saved_label.setVisible(False)
        self._add_set_aside_banner()
        self.fit_screen(1100, 780)
        self.retranslate(fill_steps=False)  # show_current fills the step list
        self.show_current()

    def fit_screen(self, width: int, height: int) -> None:
        """Open at ``width``×``height``, or smaller: inside the screen's free area
        (a 1366×768 laptop less its task bar), room kept for the window's frame."""
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, free.width() - FRAME_ALLOWANCE[0])
            height = min(height, free.height() - FRAME_ALLOWANCE[1])
        self.resize(width, height)

    # ----- language ----------------------------------------------------------------------
    def switch_language(self, lang: str | None) -> None:
        if not lang:
            return
        state = self.session.state
        self.current_page().commit()
        state.dossier.set("lang", lang)
        self.session.schedule_save()
        self.languages.switch(lang)
        self.retranslate()
        for page in self.pages.values():
            page.retranslate()
        self.current_page().enter()
        self.unique_mnemonics()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self, fill_steps: bool = True) -> None:
        self.ui.retranslateUi(self)
        self.ui.language.blockSignals(True)
        self.ui.language.clear()
        for code, native in i18n.NATIVE.items():
            self.ui.language.addItem(native, code)
        self.ui.language.setCurrentIndex(self.ui.language.findData(self.session.state.lang))
        self.ui.language.blockSignals(False)
        name_controls(self)
        self.ui.steps.setAccessibleName(translate("MainWindow", "Étapes"))
        self.ui.pages.setAccessibleName(translate("MainWindow", "Étape en cours"))
        if fill_steps:
            self._fill_steps()
            self._update_nav()
        self.unique_mnemonics()

    def unique_mnemonics(self) -> None:
        """No two Alt+letters alike on what the window shows (desktop.ui.mnemonics):
        Retour and Suivant keep theirs, then the header, then the screen."""
        ui = self.ui
        first = [ui.back, ui.next, ui.cases_button, ui.lock_button, ui.end_session]
        resolve_under(self, [*first, ui.language_label])

    # ----- screens and dossiers --------------------------------------------------------------
    def show_screen(self, screen: QWidget) -> None:
        self.ui.screens.setCurrentWidget(screen)
        self.unique_mnemonics()

    def show_wizard(self) -> None:
        self.ui.screens.setCurrentWidget(self.ui.wizard_screen)
        self.show_current()

    def commit_current(self) -> None:
        """What the window holds goes into the dossier: the fields of the current page,
        and the files still being added (the window closes, the dossier is exported)."""
        self.session.finish_adding()
        page = self.pages.get(self.session.wizard.current)
        if page is not None:
            page.commit()

    def drop_pages(self) -> None:
        """Forget every page (and what its widgets showed)."""
        for page in self.pages.values():
            page._timer.stop()
            self.ui.pages.removeWidget(page)
            page.hide()
            page.setParent(None)
            page.deleteLater()
        self.pages = {}

    def _add_set_aside_banner(self) -> None:
        """Above the page: the values an opening set aside (``core.salvage``), until
        the person has typed them again."""
        self.set_aside = QLabel(self)
        self.set_aside.setObjectName("set_aside")
        self.set_aside.setWordWrap(True)
        self.set_aside.setStyleSheet(f"color:{COLOURS['error']}; font-weight:bold")
        self.set_aside.setVisible(False)
        parent = self.ui.pages.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            index = layout.indexOf(self.ui.pages)
            if hasattr(layout, "insertWidget"):
                layout.insertWidget(max(index, 0), self.set_aside)

    def _show_set_aside(self) -> None:
        from desktop.flow.wizard import set_aside_pending

        pending = set_aside_pending(self.session.state)
        if not pending:
            self.set_aside.setVisible(False)
            return
        titles = i18n.step_titles()
        items = [
            translate("MainWindow", "« %1 » (étape « %2 »)")
            .replace("%1", text)
            .replace("%2", titles.get(step, step) if step else "—")
            for _key, text, step in pending
        ]
        self.set_aside.setText(
            "⚠ "
            + translate(
                "MainWindow",
                "Ces valeurs de votre dossier n'étaient pas valables : elles ont été mises "
                "de côté, rien n'est perdu. Saisissez-les de nouveau : %1",
            ).replace("%1", " ; ".join(items))
        )
        self.set_aside.setVisible(True)

    def load_state(self, state: FlowState, show: bool = True) -> None:
        """Work on another dossier: fresh pages, resumed where it was left."""
        self.session._timer.stop()
        self.drop_pages()
        self.session.reset(state)
        self.ui.saved_label.setVisible(False)
        self._go_to_set_aside()
        if state.lang != self.languages.lang:
            self.languages.switch(state.lang)
        self.retranslate()
        if show:
            self.show_wizard()

    def load_scratch(self, lang: str, show: bool = True) -> None:
        """The welcome page's in-memory dossier: nothing of anybody."""
        dossier = Dossier.new()
        dossier.set("lang", lang)
        self.load_state(FlowState(dossier, self.session.today), show=show)

    # ----- navigation --------------------------------------------------------------------
    def page(self, step_id: str) -> Page:
        page = self.pages.get(step_id)
        if page is None:
            cls = page_class(step_id)
            # Built inside the stack: with a style sheet, a reparented page is
            # polished a second time (~1.5 ms for the welcome page).
            page = cls(self.session, self.ui.pages)
            page.busy_changed.connect(self._update_nav)
            page.shown_changed.connect(self._page_shows_other_things)
            self.pages[step_id] = page
            self.ui.pages.addWidget(page)
        return page

    def current_page(self) -> Page:
        return self.page(self.session.wizard.current)

    def _fill_steps(self) -> None:
        """The path, numbered; done ✔, current ▶ (◀ right to left). Steps not reached yet are grey,
        say so to screen readers, and do nothing when activated (no item flags:
        see STEP_ID_ROLE)."""
        from desktop.ui.qt import QColor

        wizard = self.session.wizard
        current = "◀ " if self.isRightToLeft() else "▶ "  # points at the page, both ways
        titles = i18n.step_titles()
        upcoming = translate("MainWindow", "Étape pas encore atteinte")
        self.ui.steps.blockSignals(True)
        self.ui.steps.clear()
        path = wizard.path()
        for i, sid in enumerate(path):
            done = sid in wizard.stack and sid != wizard.current
            if done:  # a step passed whose answers no longer hold (changed since) says so
                mark = "✔ " if BY_ID[sid].valid(self.session.state) else "⚠ "
            else:
                mark = current if sid == wizard.current else ""
            item = QListWidgetItem(f"{mark}{i + 1}. {titles[sid]}")
            item.setData(STEP_ID_ROLE, sid)
            if sid not in wizard.stack:
                item.setData(FOREGROUND_ROLE, QColor(UPCOMING_COLOUR))
                item.setData(DESCRIPTION_ROLE, upcoming)
                item.setToolTip(upcoming)
            self.ui.steps.addItem(item)
            if sid == wizard.current:
                self.ui.steps.setCurrentItem(item)
        self.ui.steps.blockSignals(False)

    def _update_nav(self) -> None:
        wizard = self.session.wizard
        busy = self.current_page().busy  # e.g. a build running: finish or cancel it first
        self.ui.back.setEnabled(wizard.can_back and not busy)
        self.ui.next.setEnabled(not busy)
        self.ui.steps.setEnabled(not busy)
        path = wizard.path()
        pos = path.index(wizard.current) + 1 if wizard.current in path else 0
        if self.session.state.situation is None:
            # The path's length depends on the situation: no total until it is known
            # (« sur 6 » then « sur 9 » read as a mistake).
            self.ui.position.setText(translate("MainWindow", "Étape %1").replace("%1", str(pos)))
        else:
            self.ui.position.setText(
                translate("MainWindow", "Étape %1 sur %2")
                .replace("%1", str(pos))
                .replace("%2", str(len(path)))
            )
        self.ui.next.setVisible(not wizard.is_last)

    def show_current(self) -> None:
        self._show_set_aside()
        page = self.current_page()
        self.ui.pages.setCurrentWidget(page)
        page.enter()
        self._fill_steps()
        self._update_nav()
        self.page_shown.emit(self.session.wizard.current)
        self.unique_mnemonics()
        self._focus_first(page)

    def _focus_first(self, page: Page) -> None:
        chain = self.order_tabs(page)
        preferred = page.first_focus()
        if preferred is not None and preferred.isVisibleTo(page) and preferred.isEnabled():
            preferred.setFocus()  # the page's primary action (review: build)
            return
        if not chain:
            return
        w = checked_choice(chain[0])
        w.setFocus()
        if isinstance(w, QLineEdit):
            w.selectAll()  # as when reached with Tab

    def order_tabs(self, page: Page) -> list[QWidget]:
        """Tab goes in reading order: the header, the step list, the page (top to
        bottom, then along the line), Back, Next. Qt's own order is creation order:
        the page first (built after the window), and on a page the controls built
        in code after those of its form. Returns the page's controls in that order."""
        header = [
            self.ui.cases_button,
            self.ui.lock_button,
            self.ui.end_session,
            self.ui.language,
            self.ui.steps,
        ]
        controls = page.tab_order()
        if controls is None:
            controls = reading_order(page, self.isRightToLeft())
        chain = [*header, *controls, self.ui.back, self.ui.next]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        return controls

    def go_next(self) -> None:
        page = self.current_page()
        page._timer.stop()
        if self.controller is not None and self.session.wizard.current == "welcome":
            if self.controller.leave_welcome(page.answers()):
                return
        problems = self.session.wizard.next(page.answers())
        if errors(problems):
            page.show_problems(problems)
            self.session.touch()
            return
        self.session.touch()
        self.show_current()
        if problems:  # warnings of the step we left stay visible on the way back
            page.show_problems(problems)

    def go_back(self) -> None:
        if not self.session.wizard.can_back:
            return
        page = self.current_page()
        page._timer.stop()
        self.session.wizard.back(page.answers())
        self.session.touch()
        self.show_current()

    def _step_clicked(self, item: QListWidgetItem) -> None:
        sid = item.data(STEP_ID_ROLE)
        if not sid or sid == self.session.wizard.current:
            return
        if sid not in self.session.wizard.stack:
            self._fill_steps()  # not reached yet: the current step stays highlighted
            return
        page = self.current_page()
        page.commit()
        if self.session.wizard.go_to(sid):
            self.show_current()
        else:
            self._fill_steps()

    def _go_to_set_aside(self) -> None:
        """A dossier opened with values set aside resumes on the first step that
        asks for one of them (when the person has reached it before)."""
        from desktop.flow.wizard import set_aside_pending

        for _key, _text, step in set_aside_pending(self.session.state):
            if step and self.session.wizard.go_to(step):
                return

    def open_piece(self, piece_id: str) -> bool:
        """Go to the page where ``piece_id`` is filled in (a piece chosen in the review
        page's list): the documents page, scrolled to it, or the e-photo page."""
        pdef = self.session.state.catalog.pieces.get(piece_id)
        sid = "ephoto" if pdef is not None and not pdef.formats else "documents"
        if sid not in self.session.wizard.stack:
            return False
        self.current_page().commit()
        if not self.session.wizard.go_to(sid):
            return False
        self.show_current()
        page = self.current_page()
        widget = next(
            (w for w in getattr(page, "piece_widgets", ()) if w.piece_id == piece_id), None
        )
        scroll = getattr(page.ui, "scroll", None)
        if widget is not None and scroll is not None:
            scroll.ensureWidgetVisible(widget, 0, 0)
            widget.ui.add.setFocus()
        return True

    def _dossier_changed(self) -> None:
        self._show_set_aside()
        self._fill_steps()
        self._update_nav()
        self.current_page().refresh()

    def _findings_changed(self) -> None:
        """Files inspected: a piece may show buttons it did not (a password-protected
        PDF's « Mot de passe… »), so the Alt+letters are checked again (an autosave
        alone does not: it shows nothing new)."""
        self._dossier_changed()
        self.unique_mnemonics()

    def _page_shows_other_things(self) -> None:
        if self.sender() is self.pages.get(self.session.wizard.current):
            self.unique_mnemonics()

    def _saved(self, _path: str) -> None:
        self.ui.saved_label.setStyleSheet("")
        self.ui.saved_label.setText("✔ " + translate("MainWindow", "Enregistré"))
        self.ui.saved_label.setVisible(True)

    def _save_failed(self, text: str) -> None:
        """Said where "Enregistré" shows, until a save succeeds (never silent)."""
        self.ui.saved_label.setStyleSheet(f"color:{COLOURS['error']}; font-weight:bold")
        self.ui.saved_label.setText("✖ " + text)
        self.ui.saved_label.setWordWrap(True)
        self.ui.saved_label.setVisible(True)

    def closeEvent(self, e: QCloseEvent) -> None:
        try:
            self.commit_current()
            self.stop_builds()
            self.session.save_now()
            if self.controller is not None:
                self.controller.shutdown()
            self.session.shutdown()
        finally:
            super().closeEvent(e)

    def stop_builds(self, wait_ms: int = 30000) -> None:
        for page in self.pages.values():
            page.stop(wait_ms)  # (the review page's build; the others run none)

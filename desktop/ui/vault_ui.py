"""The encrypted vault and the three modes, in the window.

``install(window)`` puts a ``ModeController`` on the window (explicitly: nothing
is wired by constructing one). It owns what the welcome page's choice opens —
the mode, the open store, the open dossier — and hands the rest to one object
per job, each in its own module, built when first needed:

- ``vault_lock.Locker``: the lock screen, unlocking (keyring or passphrase) and
  the idle lock; ``vault_lock.IdleWatch`` feeds the idle timers with the
  person's input and polls them;
- ``vault_cases.CaseDesk``: the volunteer's case list (search, new, open,
  hand-over export and import, delete);
- ``vault_reception.ReceptionDesk``: a reception point's session (ephemeral
  store; settings, caches and TMPDIR redirected into its private area), its
  "end session" button and the idle question that wipes when nobody answers.

The modes:

- *personal* ("for myself"): the store in ``default_store_dir()``; first run asks
  how to keep its key (OS keyring when a real one exists, else a passphrase);
  later runs unlock silently through the keyring or on the lock screen; idle
  lock after the policy's delay (the working copy is shredded, the key dropped);
- *volunteer* ("helping someone"): the same store, many dossiers, the case list,
  the encrypted log;
- *reception point*: a ``ReceptionSession``, wiped at the end.

The open dossier is a ``Workspace``: a private clear working copy saved into
the vault by every autosave and shredded when the dossier is closed. Every use
of the vault goes through ``desktop.services.vault``, loaded when a mode is
chosen. The welcome page needs only the names of the modes and where the app
keeps its settings: it reads them from the two modules of the vault made for
the start (standard library only), since anything under ``desktop.services``
would load the services on the first page (HACKING.md, start-up budget).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack

from desktop.core.dossier import Dossier
from desktop.core.messages import normalise_lang
from desktop.errors import UserError
from desktop.flow import FlowState
from desktop.flow.fields import Answers
from desktop.ui import qt
from desktop.ui.qt import QObject, translate
from desktop.vault.appdirs import app_dirs, default_store_dir, store_exists
from desktop.vault.mode import Mode

if TYPE_CHECKING:
    from desktop.services.vault import ReceptionSession, Vault, WipeReport, Workspace
    from desktop.ui.main_window import MainWindow
    from desktop.ui.vault_cases import CaseDesk
    from desktop.ui.vault_lock import IdleWatch, Locker
    from desktop.ui.vault_reception import ReceptionDesk
    from desktop.ui.vault_screens import CaseListScreen, LockScreen

SETTINGS_FILE = "gui.ini"
#: The sweep of clear copies a crash left waits this long after ``start``: the
#: first page shows first, and loading the services is not part of its budget.
SWEEP_DELAY_MS = 300
MODE_OF = {"self": Mode.PERSONAL, "helper": Mode.VOLUNTEER, "reception": Mode.RECEPTION}
UI_MODE = {v: k for k, v in MODE_OF.items()}


class VaultOptions(TypedDict, total=False):
    """Where the vault is and how it is opened (``ModeController``'s keywords; tests
    and ``--selftest`` set them)."""

    store_dir: Path | None
    kdf_strength: str
    session_base: Path | None
    monotonic: Callable[[], float]


class ControllerOptions(VaultOptions, total=False):
    default_lang: str


def new_dossier_id(now: dt.datetime) -> str:
    """A neutral id (nothing about the person): date and a random suffix."""
    return f"D-{now:%Y%m%d-%H%M%S}-{os.urandom(2).hex()}"


def recommended_custody() -> str:
    """``keyring`` when a real OS keyring exists, else ``passphrase`` (the probe
    loads on first call)."""
    from desktop.services.vault import recommended_custody as recommend

    return str(recommend())


def default_out_dir(dossier_id: str, mode: Mode | None) -> Path:
    """Where a build goes unless the person picks a folder: their Documents
    (one folder per dossier for a volunteer; never a name in the path)."""
    docs = qt.QStandardPaths.writableLocation(qt.QStandardPaths.StandardLocation.DocumentsLocation)
    root = Path(docs or Path.home()) / "Dossier Séjour"
    return root / dossier_id if mode is Mode.VOLUNTEER else root / "a-deposer"


def install(window: MainWindow, **options: Unpack[ControllerOptions]) -> ModeController:
    """Put the vault and the modes on ``window``: its ``controller``, the session's
    saver, the header's buttons. ``options`` go to ``ModeController``. Call
    ``controller.start()`` once the window is shown."""
    controller = ModeController(window, **options)
    window.controller = controller
    window.session.saver = controller.save
    window.ui.cases_button.clicked.connect(controller.show_cases)
    window.ui.lock_button.clicked.connect(controller.lock)
    window.ui.end_session.clicked.connect(lambda: controller.end_session(confirm=True))
    controller.update_header()
    return controller


# ======================================================================== the controller
class ModeController(QObject):
    """The chosen mode, the open store and the open dossier; asks the person
    (dialogs); hands the lock, the case list and the reception session to
    their objects."""

    def __init__(
        self,
        window: MainWindow,
        *,
        store_dir: Path | None = None,
        kdf_strength: str = "default",
        session_base: Path | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        default_lang: str = "fr",
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store_dir = Path(store_dir) if store_dir is not None else default_store_dir()
        self.kdf_strength = kdf_strength
        self.session_base = session_base
        self.monotonic = monotonic
        self.default_lang = normalise_lang(default_lang)
        self.mode: Mode | None = None
        self.vault: Vault | None = None
        self.workspace: Workspace | None = None
        self.desk: ReceptionDesk | None = None  # while a reception session runs
        self.last_wipe: WipeReport | None = None
        self._resume: str | None = None  # dossier to reopen after unlock
        self._pending_lang: str | None = None
        self._locker: Locker | None = None  # the jobs, built when first needed
        self._cases: CaseDesk | None = None
        self._idle: IdleWatch | None = None
        self.swept = 0  # clear copies a crash left, removed at this start
        self._sweep_unlogged = 0  # not yet in the store's action log

    # ----- the jobs ----------------------------------------------------------------------
    @property
    def locker(self) -> Locker:
        if self._locker is None:
            from desktop.ui.vault_lock import Locker

            self._locker = Locker(self)
        return self._locker

    @property
    def cases(self) -> CaseDesk:
        if self._cases is None:
            from desktop.ui.vault_cases import CaseDesk

            self._cases = CaseDesk(self)
        return self._cases

    @property
    def idle(self) -> IdleWatch:
        if self._idle is None:
            from desktop.ui.vault_lock import IdleWatch

            self._idle = IdleWatch(self)
        return self._idle

    # What the window's tests and header reach through the controller.
    @property
    def lock_screen(self) -> LockScreen:
        return self.locker.screen

    @property
    def case_list(self) -> CaseListScreen:
        return self.cases.screen

    @property
    def locked(self) -> bool:
        return self._locker is not None and self._locker.locked

    @property
    def reception(self) -> ReceptionSession | None:
        return self.desk.session if self.desk is not None else None

    @property
    def still_there(self) -> qt.QMessageBox | None:
        return self.desk.still_there if self.desk is not None else None

    # ----- where things are ------------------------------------------------------------
    @property
    def lang(self) -> str:
        return normalise_lang(self.window.session.state.lang)

    @property
    def today(self) -> dt.date:
        return self.window.session.today

    def settings(self) -> qt.QSettings:
        """The GUI's own settings: never the default Qt location, so that a wipe
        finds them (a reception session's private folder while one runs)."""
        dirs = self.reception.dirs if self.reception is not None else app_dirs()
        return qt.QSettings(str(dirs.config / SETTINGS_FILE), qt.QSettings.Format.IniFormat)

    def store_exists(self) -> bool:
        return store_exists(self.store_dir)

    def keyring_recommended(self) -> bool:
        return recommended_custody() == "keyring"

    # ----- starting ----------------------------------------------------------------------
    def start(self) -> None:
        """Later runs of personal or volunteer mode open the store at once (keyring
        silently, else the lock screen); otherwise the welcome page. The sweep of
        the clear copies a crash left follows once the first page is shown."""
        qt.QTimer.singleShot(SWEEP_DELAY_MS, self, self.sweep_leftovers)
        settings = self.settings()
        remembered = str(settings.value("mode", "") or "")
        lang = str(settings.value("lang", "") or "")
        if lang:
            self.window.switch_language(normalise_lang(lang))
        if remembered in (Mode.PERSONAL, Mode.VOLUNTEER) and self.store_exists():
            self.mode = Mode(remembered)
            self._resume = str(settings.value("dossier", "") or "") or None
            if not self.locker.open_silently():
                self.locker.show(idle=False)
            return
        if self.window.ui.screens.currentWidget() is not self.window.ui.wizard_screen:
            self.window.show_wizard()  # (the window opens on the welcome page already)

    def sweep_leftovers(self) -> int:
        """Shred the clear working copies whose process died (issue 16), say how many
        once, and note the count in the action log of the store (now, or when it
        opens). Copies of running processes (another window) are left alone."""
        from desktop.services import vault as service

        count = service.sweep_leftovers()
        if count <= 0:
            return 0
        self.swept += count
        self._sweep_unlogged += count
        label = self.window.ui.saved_label
        label.setStyleSheet("")
        label.setText(service.sweep_notice(count, self.lang))
        label.setWordWrap(True)
        label.setVisible(True)
        self._log_sweep()
        return count

    def _log_sweep(self) -> None:
        if self._sweep_unlogged and self.vault is not None and not self.locked:
            from desktop.services import vault as service

            service.note_sweep(self.vault, self._sweep_unlogged)
            self._sweep_unlogged = 0

    # ----- leaving the welcome page --------------------------------------------------------
    def leave_welcome(self, answers: Answers) -> bool:
        """Open what the chosen mode needs. True when it took over the navigation."""
        mode = MODE_OF.get(str(answers.get("ui.mode") or "self"), Mode.PERSONAL)
        self._pending_lang = normalise_lang(answers.get("lang") or self.lang)
        if self.workspace is not None and mode == self.mode:
            return False
        if self.mode is Mode.RECEPTION and mode is not Mode.RECEPTION:
            if not self.end_session(confirm=True):
                return True
        self.close_workspace()
        if mode is Mode.RECEPTION:
            self.close_vault()
            self.start_reception()
            return True
        self.mode = mode
        if self.vault is not None:
            self.remember()
            self.enter_store()
            return True
        if not self.store_exists():
            if not self.first_run():
                self.mode = None
                return True
            self.remember()
            self.enter_store()
            return True
        self.remember()
        if not self.locker.open_silently():
            self.locker.show(idle=False)
        return True

    def remember(self) -> None:
        if self.mode in (Mode.PERSONAL, Mode.VOLUNTEER):
            settings = self.settings()
            settings.setValue("mode", str(self.mode))
            settings.setValue("lang", self._pending_lang or self.lang)
            settings.sync()

    def first_run(self) -> bool:
        """The clear first-run choice; creates the store."""
        from desktop.services import vault as service
        from desktop.ui.vault_screens import SetupDialog

        dialog = SetupDialog(self.keyring_recommended(), self.window)
        if not self.run_dialog(dialog):
            return False
        try:
            self.vault = service.create_store(
                self.store_dir,
                custody=dialog.custody,
                passphrase=dialog.passphrase(),
                kdf_strength=self.kdf_strength,
            )
        except UserError as exc:
            self.warn(exc.message(self.lang))
            return False
        self.locker.unlocked(enter=False)
        return True

    def back_to_welcome(self) -> None:
        """From the lock screen: another choice (nothing is opened)."""
        self.close_workspace()
        self.close_vault()
        self.mode = None
        if self._locker is not None:
            self._locker.locked = False
        self._resume = None
        self.window.load_scratch(self.lang)
        self.update_header()

    # ----- asking the person (tests answer these like a person would) -----------------------
    def run_dialog(self, dialog: qt.QDialog) -> bool:
        """Run a modal dialog."""
        return dialog.exec() == qt.QDialog.DialogCode.Accepted

    def warn(self, text: str) -> None:
        qt.QMessageBox.warning(self.window, translate("Vault", "Dossier Séjour"), text)

    def confirm(self, title: str, text: str, yes: str) -> bool:
        box = qt.QMessageBox(qt.QMessageBox.Icon.Question, title, text, parent=self.window)
        ok = box.addButton(yes, qt.QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(qt.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(qt.QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok

    def ask_save_path(self, suggested: str) -> str:
        from desktop.ui import dialogs  # (not on the first page's path)

        return dialogs.save_file(
            self.window,
            translate("Vault", "Enregistrer le fichier de transmission"),
            dialogs.HANDOVER,
            suggested,
            translate("Vault", "Fichier de transmission (*.dsvx)"),
        )

    def ask_open_path(self) -> str:
        from desktop.ui import dialogs

        return dialogs.open_file(
            self.window,
            translate("Vault", "Importer un fichier de transmission"),
            dialogs.HANDOVER,
            translate("Vault", "Fichier de transmission (*.dsvx)"),
        )

    def ask_folder(self) -> str:
        from desktop.ui import dialogs

        return dialogs.choose_folder(
            self.window, translate("Vault", "Choisir le dossier ou la clé USB"), dialogs.HANDOVER
        )

    def ask_passphrase(self, problem: str = "") -> str | None:
        label = translate("Vault", "Phrase secrète donnée avec le fichier\u00a0:")
        if problem:
            label = problem + "\n\n" + label
        text, ok = qt.QInputDialog.getText(
            self.window,
            translate("Vault", "Importer un fichier de transmission"),
            label,
            qt.QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    # ----- the open store and the open dossier -------------------------------------------
    def enter_store(self) -> None:
        assert self.vault is not None
        self._log_sweep()
        if self.mode is Mode.VOLUNTEER and self._resume is None:
            self.show_cases()
            return
        wanted = self._resume
        self._resume = None
        if wanted is None and self.mode is Mode.PERSONAL:
            wanted = str(self.settings().value("dossier", "") or "") or None
            if wanted is None:
                from desktop.services import vault as service

                cases = service.list_cases(self.vault)
                wanted = cases[0].id if cases else None
        if wanted is not None and self.vault.has_dossier(wanted):
            self.open_case(wanted)
        else:
            self.new_case()

    def new_case(self) -> None:
        vault = self.active_vault()
        self.close_workspace()
        now = self.window.session.clock.now()
        from desktop.services.vault import Workspace

        ws = Workspace.create(vault, new_dossier_id(now), base=self._work_base())
        ws.dossier.set("lang", self._pending_lang or self.lang)
        ws.dossier.set("ui.mode", UI_MODE[self.mode or Mode.PERSONAL])
        ws.dossier.set("ui.step", "situation")
        ws.save(self.today)
        self._use(ws)

    def open_case(self, dossier_id: str | None) -> None:
        if not dossier_id:
            return
        vault = self.active_vault()
        self.close_workspace()
        from desktop.services.vault import Workspace

        try:
            ws = Workspace.open(vault, dossier_id, base=self._work_base())
        except UserError as exc:
            self.case_list.show_message(exc.message(self.lang), error=True)
            return
        self._use(ws)
        if self.mode is Mode.VOLUNTEER:
            self.log(dossier_id, "opened")

    def _work_base(self) -> Path | None:
        return self.reception.work_dir if self.reception is not None else None

    def _use(self, ws: Workspace) -> None:
        self.workspace = ws
        self._pending_lang = None
        if self.mode is Mode.PERSONAL:
            settings = self.settings()
            settings.setValue("dossier", ws.dossier_id)
            settings.sync()
        state = FlowState(ws.dossier, self.today)
        session = self.window.session
        if self.reception is not None:
            # Inside the session area: the person copies the files to a drive they pick.
            session.out_dir_default = self.reception.work_dir / "a-deposer"
        else:
            session.out_dir_default = default_out_dir(ws.dossier_id, self.mode)
        session.export_only_to_chosen_folder = self.mode is Mode.RECEPTION
        self.window.load_state(state)
        self.update_header()

    def save(self, state: FlowState) -> str | None:
        """The session's saver: the working copy into the vault."""
        ws = self.workspace
        if ws is None or self.locked or state.dossier is not ws.dossier:
            return None
        try:
            ws.save(self.today, state.verdict())  # the wizard's verdict: no second run
        except UserError as exc:  # a file of the dossier that cannot be kept (special, too big…)
            self.window.session.save_failed.emit(exc.message(self.lang))
            return None
        except OSError as exc:
            from desktop.ui.session import save_error_text

            self.window.session.save_failed.emit(save_error_text(exc))
            return None
        return ws.dossier_id

    def close_workspace(self) -> None:
        ws, self.workspace = self.workspace, None
        if ws is None:
            return
        self.window.commit_current()
        # Files still being copied (a slow source) stop here, and their copies go,
        # before the working copy is shredded: nothing is written into it afterwards.
        self.window.session.stop_adding()
        self.window.session.pool.waitForDone(30000)
        try:
            ws.close(self.today)
        except (UserError, OSError):
            from desktop.services.vault import shred_tree

            shred_tree(ws.root)
        from desktop.ui import thumbs

        thumbs._cache.clear()
        qt.QPixmapCache.clear()

    def close_vault(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None and self.reception is None:
            vault.close()
        if self._locker is not None:
            self._locker.stop_idle()
        self.watch_input()

    def active_vault(self) -> Vault:
        if self.reception is not None:
            return self.reception.vault
        if self.vault is None:
            raise UserError("vault.closed")
        return self.vault

    def log(self, dossier_id: str, action: str, what: str = "") -> None:
        """A line of the volunteer's action log (never stops the work)."""
        if self.vault is not None and self.mode is Mode.VOLUNTEER:
            from desktop.services import vault as service

            service.note(self.vault, dossier_id, action, what, quiet=True)

    # ----- the jobs, from the window's buttons ----------------------------------------------
    def show_cases(self) -> None:
        self.cases.show()

    def lock(self, idle: bool = False) -> None:
        self.locker.lock(idle=idle)

    def start_reception(self) -> None:
        from desktop.ui.vault_reception import ReceptionDesk

        desk = ReceptionDesk(self)
        desk.start()
        self.desk = desk
        self.mode = Mode.RECEPTION
        self.watch_input()
        self.new_case()

    def export_reception(self) -> Path | None:
        """The visitor takes the dossier away: a .dsvx in a folder they pick."""
        return self.desk.export() if self.desk is not None else None

    def end_session(self, confirm: bool = True) -> bool:
        if self.desk is None:
            return True
        if confirm and not self.desk.confirm_end():
            return False
        self.wipe()
        return True

    def wipe(self) -> WipeReport | None:
        """End the reception session: nothing of the person stays."""
        desk = self.desk
        if desk is None:
            return None
        desk.close_question()
        self.window.session.poll_clipboard(force=True)
        qt.QApplication.clipboard().clear()
        self.close_workspace()
        self.vault = None
        self.desk = None
        self.last_wipe = desk.end()
        self.watch_input()
        self.mode = None
        self.window.session.out_dir_default = None
        self.window.session.export_only_to_chosen_folder = False
        self.window.load_scratch(self.default_lang)
        self.window.switch_language(self.default_lang)
        self.update_header()
        return self.last_wipe

    # ----- idle timers -------------------------------------------------------------------
    def watching(self) -> bool:
        """Whether an idle timer runs (the idle lock, or a reception session's)."""
        return (self._locker is not None and self._locker.idle_lock is not None) or (
            self.desk is not None and self.desk.idle_wipe is not None
        )

    def watch_input(self) -> None:
        """Feed the idle timers the person's input while one runs, and only then."""
        if self.watching() or self._idle is not None:
            self.idle.update()

    def touch(self) -> None:
        if self._locker is not None:
            self._locker.touch()
        if self.desk is not None:
            self.desk.touch()

    def poll(self) -> None:
        if self._locker is not None:
            self._locker.poll()
        if self.desk is not None:
            self.desk.poll()

    # ----- the window's header --------------------------------------------------------------
    def update_header(self) -> None:
        ui = self.window.ui
        open_store = self.vault is not None and not self.locked
        ui.cases_button.setVisible(self.mode is Mode.VOLUNTEER and open_store)
        ui.lock_button.setVisible(self.mode in (Mode.PERSONAL, Mode.VOLUNTEER) and open_store)
        ui.end_session.setVisible(self.mode is Mode.RECEPTION)

    def shutdown(self) -> None:
        """The window closes: save and shred the working copy, wipe a reception session."""
        if self.desk is not None:
            self.wipe()
        else:
            self.window.session.poll_clipboard(force=True)
            self.close_workspace()
            self.close_vault()
        if self._locker is not None:
            self._locker.stop_idle()
        if self._idle is not None:
            self._idle.stop()


def plain_dossier(lang: str | None) -> Dossier:
    """The welcome page's dossier before a mode is chosen: memory only."""
    dossier = Dossier.new()
    dossier.set("lang", normalise_lang(lang))
    return dossier

"""The encrypted vault and the three modes, in the window.

``ModeController`` owns what the welcome page's choice opens:

- *personal* ("for myself"): the store in ``default_store_dir()``; first run asks
  how to keep its key (OS keyring when a real one exists, else a passphrase);
  later runs unlock silently through the keyring or on the lock screen; idle
  lock after the policy's delay (the working copy is shredded, the key dropped);
- *volunteer* ("helping someone"): the same store, many dossiers, the case list
  (search, new, open, hand-over export and import, delete), the encrypted log;
- *reception point*: a ``ReceptionSession`` (ephemeral store, settings, caches
  and TMPDIR redirected into its private area), an "end session" button and an
  idle question that wipes when nobody answers.

The open dossier is a ``Workspace``: a private clear working copy saved into
the vault by every autosave and shredded when the dossier is closed.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.dossier import Dossier
from desktop.core.messages import normalise_lang
from desktop.errors import UserError
from desktop.flow import FlowState
from desktop.ui import qt
from desktop.ui.qt import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    translate,
)
from desktop.vault import Mode, app_dirs, default_store_dir, store_exists

# The store and its cryptography, the services (catalog, rules), the modes'
# timers and policies and the vault's forms load when a mode is chosen: the
# welcome page shows without them.
if TYPE_CHECKING:
    from desktop import services
    from desktop.ui.vault_screens import CaseListScreen, LockScreen
    from desktop.vault import IdleLock, IdleWipe, ReceptionSession, Vault, WipeReport

SETTINGS_FILE = "gui.ini"
MODE_OF = {"self": Mode.PERSONAL, "helper": Mode.VOLUNTEER, "reception": Mode.RECEPTION}
UI_MODE = {v: k for k, v in MODE_OF.items()}
POLL_MS = 1000
XDG_VARS = {
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
}
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


def new_dossier_id(now: dt.datetime) -> str:
    """A neutral id (nothing about the person): date and a random suffix."""
    return f"D-{now:%Y%m%d-%H%M%S}-{os.urandom(2).hex()}"


def recommended_custody() -> str:
    """``desktop.vault.recommended_custody`` (the keyring probe loads on first call)."""
    from desktop.vault import recommended_custody as recommend

    return str(recommend())


def default_out_dir(dossier_id: str, mode: Mode | None) -> Path:
    """Where a build goes unless the person picks a folder: their Documents
    (one folder per dossier for a volunteer; never a name in the path)."""
    docs = qt.QStandardPaths.writableLocation(qt.QStandardPaths.StandardLocation.DocumentsLocation)
    root = Path(docs or Path.home()) / "Dossier Séjour"
    return root / dossier_id if mode is Mode.VOLUNTEER else root / "a-deposer"


# ======================================================================== the controller
class ModeController(QObject):
    """What the welcome page's choice opens, and the timers of each mode."""

    def __init__(
        self,
        window: Any,
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
        self.workspace: services.Workspace | None = None
        self.reception: ReceptionSession | None = None
        self.last_wipe: WipeReport | None = None
        self.idle_lock: IdleLock | None = None
        self.idle_wipe: IdleWipe | None = None
        self.locked = False
        self._resume: str | None = None  # dossier to reopen after unlock
        self._pending_lang: str | None = None
        self._saved_env: dict[str, str | None] = {}
        self._saved_conf: str | None = None
        self.still_there: qt.QMessageBox | None = None
        window.controller = self
        window.session.saver = self.save
        self._lock_screen: LockScreen | None = None  # built when first shown
        self._case_list: CaseListScreen | None = None
        window.ui.cases_button.clicked.connect(self.show_cases)
        window.ui.lock_button.clicked.connect(self.lock)
        window.ui.end_session.clicked.connect(lambda: self.end_session(confirm=True))
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self._filtering = False  # the input filter runs only while an idle timer does
        self.update_header()

    # ----- the vault's screens (built on first use: the welcome page needs neither) -------
    @property
    def lock_screen(self) -> LockScreen:
        if self._lock_screen is None:
            from desktop.ui.vault_screens import LockScreen

            screen = self._lock_screen = LockScreen()
            self.window.ui.screens.addWidget(screen)
            screen.ui.unlock.clicked.connect(self.unlock_clicked)
            screen.ui.passphrase.returnPressed.connect(self.unlock_clicked)
            screen.ui.other_choice.clicked.connect(self.back_to_welcome)
        return self._lock_screen

    @property
    def case_list(self) -> CaseListScreen:
        if self._case_list is None:
            from desktop.ui.vault_screens import CaseListScreen

            screen = self._case_list = CaseListScreen()
            self.window.ui.screens.addWidget(screen)
            cl = screen.ui
            cl.search.textChanged.connect(lambda _t: self.refresh_cases())
            cl.new_case.clicked.connect(self.new_case)
            cl.open_case.clicked.connect(lambda: self.open_case(screen.selected_id()))
            cl.cases.itemActivated.connect(
                lambda item, _c: self.open_case(str(item.data(0, qt.Qt.ItemDataRole.UserRole)))
            )
            cl.export_case.clicked.connect(lambda: self.export_case(screen.selected_id()))
            cl.import_case.clicked.connect(self.import_case)
            cl.delete_case.clicked.connect(lambda: self.delete_case(screen.selected_id()))
        return self._case_list

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

    # ----- starting ----------------------------------------------------------------------
    def start(self) -> None:
        """Later runs of personal or volunteer mode open the store at once (keyring
        silently, else the lock screen); otherwise the welcome page."""
        settings = self.settings()
        remembered = str(settings.value("mode", "") or "")
        lang = str(settings.value("lang", "") or "")
        if lang:
            self.window.switch_language(normalise_lang(lang))
        if remembered in (Mode.PERSONAL, Mode.VOLUNTEER) and self.store_exists():
            self.mode = Mode(remembered)
            self._resume = str(settings.value("dossier", "") or "") or None
            if not self._open_silently():
                self.show_lock(idle=False)
            return
        if self.window.ui.screens.currentWidget() is not self.window.ui.wizard_screen:
            self.window.show_wizard()  # (the window opens on the welcome page already)

    def _keyring_slot(self) -> bool:
        try:
            from desktop.vault.store import read_header

            return any(s.get("type") == "keyring" for s in read_header(self.store_dir)["slots"])
        except UserError:
            return False

    def _passphrase_slot(self) -> bool:
        try:
            from desktop.vault.store import read_header

            return any(s.get("type") == "passphrase" for s in read_header(self.store_dir)["slots"])
        except UserError:
            return True

    def _open_silently(self) -> bool:
        if not self._keyring_slot():
            return False
        from desktop.vault import Vault

        try:
            self.vault = Vault.open(self.store_dir)
        except UserError:
            return False
        self._unlocked()
        return True

    # ----- leaving the welcome page --------------------------------------------------------
    def leave_welcome(self, answers: dict[str, Any]) -> bool:
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
        if not self._open_silently():
            self.show_lock(idle=False)
        return True

    def remember(self) -> None:
        if self.mode in (Mode.PERSONAL, Mode.VOLUNTEER):
            settings = self.settings()
            settings.setValue("mode", str(self.mode))
            settings.setValue("lang", self._pending_lang or self.lang)
            settings.sync()

    def first_run(self) -> bool:
        """The clear first-run choice; creates the store."""
        from desktop.vault import Vault

        keyring = recommended_custody() == "keyring"
        from desktop.ui.vault_screens import SetupDialog

        dialog = SetupDialog(keyring, self.window)
        if not self.run_dialog(dialog):
            return False
        try:
            self.vault = Vault.create(
                self.store_dir,
                custody=dialog.custody,
                passphrase=dialog.passphrase(),
                kdf_strength=self.kdf_strength,
            )
        except UserError as exc:
            self.warn(exc.message(self.lang))
            return False
        self._unlocked(enter=False)
        return True

    def run_dialog(self, dialog: qt.QDialog) -> bool:
        """Run a modal dialog (tests answer it like a person would)."""
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

    # ----- lock and unlock -------------------------------------------------------------------
    def show_lock(self, idle: bool) -> None:
        self.locked = True
        needs = self._passphrase_slot() and not (
            self._keyring_slot() and recommended_custody() == "keyring"
        )
        self.lock_screen.configure(needs_passphrase=needs, idle=idle)
        self.window.show_screen(self.lock_screen)
        self.update_header()
        (self.lock_screen.ui.passphrase if needs else self.lock_screen.ui.unlock).setFocus()

    def unlock_clicked(self) -> None:
        text = self.lock_screen.ui.passphrase.text() if self.lock_screen.needs_passphrase else None
        self.try_unlock(text or None)

    def try_unlock(self, passphrase: str | None) -> bool:
        from desktop.vault import Vault

        try:
            self.vault = Vault.open(self.store_dir, passphrase)
        except UserError as exc:
            if exc.key in ("vault.passphrase_needed", "vault.keyring_missing_key") or (
                exc.key.startswith("vault.keyring") and self._passphrase_slot()
            ):
                self.lock_screen.needs_passphrase = True
                self.lock_screen.retranslate()
            self.lock_screen.show_error(exc.message(self.lang))
            return False
        self._unlocked()
        return True

    def _unlocked(self, enter: bool = True) -> None:
        self.locked = False
        self.lock_screen.ui.passphrase.clear()
        from desktop.vault import IdleLock, policy

        seconds = policy(self.mode or Mode.PERSONAL).idle_lock_seconds or 240.0
        self.idle_lock = IdleLock(seconds, on_lock=self._locked_by_idle, clock=self.monotonic)
        self._watch_input()
        if enter:
            self.enter_store()

    def _locked_by_idle(self) -> None:
        self.lock(idle=True)

    def lock(self, idle: bool = False) -> None:
        """Save, shred the working copy, forget the key, hide everything."""
        if self.vault is None or self.mode not in (Mode.PERSONAL, Mode.VOLUNTEER):
            return
        self._resume = self.workspace.dossier_id if self.workspace is not None else None
        self.window.session.poll_clipboard(force=True)
        self.close_workspace()
        self.close_vault()
        self.window.load_scratch(self.lang)
        self.show_lock(idle=idle)

    def back_to_welcome(self) -> None:
        """From the lock screen: another choice (nothing is opened)."""
        self.close_workspace()
        self.close_vault()
        self.mode = None
        self.locked = False
        self._resume = None
        self.window.load_scratch(self.lang)
        self.update_header()

    # ----- dossiers --------------------------------------------------------------------------
    def enter_store(self) -> None:
        assert self.vault is not None
        if self.mode is Mode.VOLUNTEER and self._resume is None:
            self.show_cases()
            return
        wanted = self._resume
        self._resume = None
        if wanted is None and self.mode is Mode.PERSONAL:
            wanted = str(self.settings().value("dossier", "") or "") or None
            if wanted is None:
                cases = self.vault.list_dossiers()
                wanted = cases[0].id if cases else None
        if wanted is not None and self.vault.has_dossier(wanted):
            self.open_case(wanted)
        else:
            self.new_case()

    def new_case(self) -> None:
        vault = self.active_vault()
        self.close_workspace()
        now = self.window.session.clock.now()
        from desktop import services

        ws = services.Workspace.create(vault, new_dossier_id(now), base=self._work_base())
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
        try:
            from desktop import services

            ws = services.Workspace.open(vault, dossier_id, base=self._work_base())
        except UserError as exc:
            self.case_list.show_message(exc.message(self.lang), error=True)
            return
        self._use(ws)
        if self.mode is Mode.VOLUNTEER:
            self.log(dossier_id, "opened")

    def _work_base(self) -> Path | None:
        return self.reception.work_dir if self.reception is not None else None

    def _use(self, ws: services.Workspace) -> None:
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
            ws.save(self.today)
        except (UserError, OSError):
            return None
        return ws.dossier_id

    def close_workspace(self) -> None:
        ws, self.workspace = self.workspace, None
        if ws is None:
            return
        self.window.commit_current()
        self.window.session.pool.waitForDone(30000)
        try:
            ws.close(self.today)
        except (UserError, OSError):
            from desktop.vault.atomic import shred_tree

            shred_tree(ws.root)
        from desktop.ui import thumbs

        thumbs._cache.clear()
        qt.QPixmapCache.clear()

    def close_vault(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None and self.reception is None:
            vault.close()
        self.idle_lock = None
        self._watch_input()

    def active_vault(self) -> Vault:
        if self.reception is not None:
            return self.reception.vault
        if self.vault is None:
            raise UserError("vault.closed")
        return self.vault

    def log(self, dossier_id: str, action: str, what: str = "") -> None:
        if self.vault is not None and self.mode is Mode.VOLUNTEER:
            try:
                self.vault.log.append(dossier_id, action, what)
            except (UserError, OSError):
                pass

    # ----- the volunteer's case list ---------------------------------------------------------
    def show_cases(self) -> None:
        if self.vault is None:
            return
        self.close_workspace()
        self.window.load_scratch(self.lang, show=False)
        self.case_list.show_message("")
        self.refresh_cases()
        self.window.show_screen(self.case_list)
        self.update_header()
        self.case_list.ui.search.setFocus()

    def refresh_cases(self) -> None:
        if self.vault is None:
            return
        query = self.case_list.ui.search.text().strip()
        cases = self.vault.search(query) if query else self.vault.list_dossiers()
        self.case_list.fill(cases)

    def ask_save_path(self, suggested: str) -> str:
        start = qt.QStandardPaths.writableLocation(
            qt.QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = qt.QFileDialog.getSaveFileName(
            self.window,
            translate("Vault", "Enregistrer le fichier de transmission"),
            str(Path(start or Path.home()) / suggested),
            translate("Vault", "Fichier de transmission (*.dsvx)"),
        )
        return path

    def ask_open_path(self) -> str:
        path, _ = qt.QFileDialog.getOpenFileName(
            self.window,
            translate("Vault", "Importer un fichier de transmission"),
            str(Path.home()),
            translate("Vault", "Fichier de transmission (*.dsvx)"),
        )
        return path

    def ask_folder(self) -> str:
        return qt.QFileDialog.getExistingDirectory(
            self.window, translate("Vault", "Choisir le dossier ou la clé USB"), str(Path.home())
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

    def export_case(self, dossier_id: str | None) -> Path | None:
        """Hand-over: one encrypted .dsvx with its own passphrase, where the volunteer picks."""
        vault = self.vault
        if not dossier_id or vault is None:
            return None
        from desktop.ui.vault_screens import ExportDialog

        dialog = ExportDialog(self.window)
        if not self.run_dialog(dialog):
            return None
        passphrase = dialog.passphrase()
        target = self.ask_save_path(f"dossier-{os.urandom(3).hex()}.dsvx")
        if not target:
            return None
        out = Path(target)
        if out.suffix.lower() != ".dsvx":
            out = out.with_name(out.name + ".dsvx")
        try:
            vault.export_dossier(dossier_id, out, passphrase, kdf_strength=self.kdf_strength)
        except (UserError, OSError) as exc:
            text = exc.message(self.lang) if isinstance(exc, UserError) else str(exc)
            self.case_list.show_message(text, error=True)
            return None
        self.log(dossier_id, "exported", "hand-over file")
        self.case_list.show_message(
            "✔ "
            + translate("Vault", "Fichier enregistré : %1. Donnez la phrase secrète à part : %2")
            .replace("%1", out.name)
            .replace("%2", passphrase)
        )
        return out

    def import_case(self) -> str | None:
        vault = self.vault
        if vault is None:
            return None
        source = self.ask_open_path()
        if not source:
            return None
        problem = ""
        while True:
            passphrase = self.ask_passphrase(problem)
            if passphrase is None:
                return None
            try:
                dossier_id = vault.import_dossier(source, passphrase)
                break
            except UserError as exc:
                if exc.key == "vault.dossier_exists":
                    dossier_id = self._import_again(source, passphrase)
                    if dossier_id is None:
                        return None
                    break
                if exc.key != "vault.wrong_passphrase_file":
                    self.case_list.show_message(exc.message(self.lang), error=True)
                    return None
                problem = exc.message(self.lang)
        self.log(dossier_id, "imported", "hand-over file")
        self.refresh_cases()
        self.case_list.show_message("✔ " + translate("Vault", "Dossier importé."))
        return dossier_id

    def _import_again(self, source: str, passphrase: str) -> str | None:
        assert self.vault is not None
        replace = self.confirm(
            translate("Vault", "Ce dossier existe déjà"),
            translate(
                "Vault",
                "Ce dossier est déjà dans la liste. Le remplacer par la version du fichier ?",
            ),
            translate("Vault", "Remplacer"),
        )
        if not replace:
            return None
        return self.vault.import_dossier(source, passphrase, replace=True)

    def delete_case(self, dossier_id: str | None) -> bool:
        vault = self.vault
        if not dossier_id or vault is None:
            return False
        name = next((c.display_name for c in self.case_list.cases if c.id == dossier_id), "")
        if not self.confirm(
            translate("Vault", "Supprimer le dossier"),
            translate(
                "Vault",
                "Supprimer définitivement le dossier de %1 et tous ses fichiers ? "
                "Cela ne peut pas être annulé.",
            ).replace("%1", name or dossier_id),
            translate("Vault", "Supprimer"),
        ):
            return False
        vault.delete(dossier_id)
        self.log(dossier_id, "deleted")
        self.refresh_cases()
        self.case_list.show_message("✔ " + translate("Vault", "Dossier supprimé."))
        return True

    # ----- reception point -------------------------------------------------------------------
    def start_reception(self) -> None:
        from desktop.vault import IdleWipe, ReceptionSession, policy

        session = ReceptionSession(base=self.session_base)
        session.start()
        self.reception = session
        self.mode = Mode.RECEPTION
        self._redirect_qt()
        rules = policy(Mode.RECEPTION)
        self.idle_wipe = IdleWipe(
            rules.idle_ask_seconds or 240.0,
            rules.idle_wipe_grace_seconds or 60.0,
            on_ask=self.ask_still_there,
            on_wipe=self.wipe,
            clock=self.monotonic,
        )
        self._watch_input()
        self.new_case()

    def _redirect_qt(self) -> None:
        """Settings, caches, recent files and temp files of Qt and of every
        library go into the session's private folder from now on."""
        assert self.reception is not None
        dirs = self.reception.dirs
        self._saved_conf = qt.QStandardPaths.writableLocation(
            qt.QStandardPaths.StandardLocation.GenericConfigLocation
        )
        for var, attr in XDG_VARS.items():
            self._saved_env[var] = os.environ.get(var)
            folder = getattr(dirs, attr)
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.environ[var] = str(folder)
        for fmt in (qt.QSettings.Format.NativeFormat, qt.QSettings.Format.IniFormat):
            qt.QSettings.setPath(fmt, qt.QSettings.Scope.UserScope, str(dirs.config))
        QCoreApplication.setAttribute(qt.Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)

    def _restore_qt(self) -> None:
        for var, value in self._saved_env.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value
        self._saved_env = {}
        if self._saved_conf:
            for fmt in (qt.QSettings.Format.NativeFormat, qt.QSettings.Format.IniFormat):
                qt.QSettings.setPath(fmt, qt.QSettings.Scope.UserScope, self._saved_conf)
        self._saved_conf = None
        QCoreApplication.setAttribute(qt.Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)

    def export_reception(self) -> Path | None:
        """The visitor takes the dossier away: a .dsvx in a folder they pick."""
        if self.reception is None or self.workspace is None:
            return None
        self.window.commit_current()
        self.window.session.save_now()
        from desktop.ui.vault_screens import ExportDialog

        dialog = ExportDialog(self.window)
        if not self.run_dialog(dialog):
            return None
        folder = self.ask_folder()
        if not folder:
            return None
        try:
            return self.reception.export(self.workspace.dossier_id, folder, dialog.passphrase())
        except UserError as exc:
            self.warn(exc.message(self.lang))
            return None

    def end_session(self, confirm: bool = True) -> bool:
        if self.reception is None:
            return True
        if confirm and not self.confirm_end():
            return False
        self.wipe()
        return True

    def confirm_end(self) -> bool:
        box = self.end_session_box()
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.property("take_away_button"):
            self.export_reception()
            return self.confirm_end()
        return clicked is box.property("end_button")

    def end_session_box(self) -> qt.QMessageBox:
        box = qt.QMessageBox(
            qt.QMessageBox.Icon.Warning,
            translate("Vault", "Terminer la séance"),
            translate(
                "Vault",
                "Tout ce qui a été saisi et déposé pendant cette séance va être effacé de "
                "cet ordinateur. Si ce n’est pas encore fait, cliquez d’abord sur « Emporter "
                "mon dossier… » pour le copier sur votre clé USB.",
            ),
            parent=self.window,
        )
        box.setObjectName("end_session_box")
        end = qt.QPushButton(translate("Vault", "Tout effacer"), box)  # owned by the box
        end.setProperty("role", "danger")  # the one that cannot be undone looks it
        box.addButton(end, qt.QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(
            translate("Vault", "Emporter mon dossier…"), qt.QMessageBox.ButtonRole.ActionRole
        )
        cancel = box.addButton(qt.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setProperty("end_button", end)
        box.setProperty("take_away_button", take)
        return box

    def ask_still_there(self) -> None:
        from desktop.vault import policy

        rules = policy(Mode.RECEPTION)
        box = self.still_there
        if box is None:
            box = qt.QMessageBox(qt.QMessageBox.Icon.Question, "", "", parent=self.window)
            box.setObjectName("still_there")
            box.setWindowModality(qt.Qt.WindowModality.NonModal)
            yes = box.addButton(
                translate("Vault", "Oui, je continue"), qt.QMessageBox.ButtonRole.YesRole
            )
            end = box.addButton(
                translate("Vault", "Terminer la séance"), qt.QMessageBox.ButtonRole.NoRole
            )
            yes.clicked.connect(self.touch)
            end.clicked.connect(lambda: self.end_session(confirm=False))
            self.still_there = box
        box.setWindowTitle(translate("Vault", "Êtes-vous toujours là ?"))
        box.setText(
            translate(
                "Vault",
                "Êtes-vous toujours là ? Sans réponse, tout ce qui a été saisi sera effacé "
                "dans %1 secondes.",
            ).replace("%1", str(int(rules.idle_wipe_grace_seconds or 60)))
        )
        box.show()

    def wipe(self) -> WipeReport | None:
        """End the reception session: nothing of the person stays."""
        if self.reception is None:
            return None
        if self.still_there is not None:
            self.still_there.hide()
            self.still_there.deleteLater()
            self.still_there = None
        self.window.session.poll_clipboard(force=True)
        qt.QApplication.clipboard().clear()
        self.close_workspace()
        self.vault = None
        session, self.reception = self.reception, None
        self.last_wipe = session.end_session()
        self._restore_qt()
        self.idle_wipe = None
        self._watch_input()
        self.mode = None
        self.window.session.out_dir_default = None
        self.window.session.export_only_to_chosen_folder = False
        self.window.load_scratch(self.default_lang)
        self.window.switch_language(self.default_lang)
        self.update_header()
        return self.last_wipe

    # ----- timers -------------------------------------------------------------------------
    def touch(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.touch()
        if self.idle_wipe is not None:
            self.idle_wipe.touch()
            if self.still_there is not None and self.still_there.isVisible():
                self.still_there.hide()

    def _watch_input(self) -> None:
        """Every event of the application passes through ``eventFilter`` while an
        idle lock or wipe runs, and only then: at start (welcome page) nobody's
        dossier is open, and a Python filter on hundreds of start-up events costs
        ~25 ms before the first page shows."""
        wanted = self.idle_lock is not None or self.idle_wipe is not None
        app = QCoreApplication.instance()
        if app is None or wanted == self._filtering:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = wanted

    def eventFilter(self, obj, event):
        if event.type() in INPUT_EVENTS:
            self.touch()
        return False

    def poll(self) -> None:
        if self.idle_lock is not None and not self.locked:
            self.idle_lock.poll()
        if self.idle_wipe is not None:
            self.idle_wipe.poll()

    # ----- the window's header --------------------------------------------------------------
    def update_header(self) -> None:
        ui = self.window.ui
        open_store = self.vault is not None and not self.locked
        ui.cases_button.setVisible(self.mode is Mode.VOLUNTEER and open_store)
        ui.lock_button.setVisible(self.mode in (Mode.PERSONAL, Mode.VOLUNTEER) and open_store)
        ui.end_session.setVisible(self.mode is Mode.RECEPTION)

    def shutdown(self) -> None:
        """The window closes: save and shred the working copy, wipe a reception session."""
        if self.reception is not None:
            self.wipe()
        else:
            self.window.session.poll_clipboard(force=True)
            self.close_workspace()
            self.close_vault()
        self.idle_lock = self.idle_wipe = None
        self._watch_input()
        self._timer.stop()


def plain_dossier(lang: str | None) -> Dossier:
    """The welcome page's dossier before a mode is chosen: memory only."""
    dossier = Dossier.new()
    dossier.set("lang", normalise_lang(lang))
    return dossier

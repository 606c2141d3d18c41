"""The lock and the idle timers, in the window (``desktop.ui.vault_ui`` builds them).

``Locker``: the lock screen, unlocking the personal or volunteer store (silently
through the OS keyring, else with the passphrase), the idle lock (after the
policy's delay: save, shred the working copy, forget the key, hide everything).

``IdleWatch``: while an idle timer runs — the idle lock, or a reception
session's question — every key, click, move or touch of the application resets
it, and a one-second timer polls it. Only then: at start (welcome page) nobody's
dossier is open, and a Python event filter on hundreds of start-up events costs
~25 ms before the first page shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.ui.qt import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    from desktop.services.vault import IdleLock
    from desktop.ui.vault_screens import LockScreen
    from desktop.ui.vault_ui import ModeController

POLL_MS = 1000
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatch(QObject):
    """The person's input to ``controller.touch()``, a tick to ``controller.poll()``,
    while ``controller.watching()``."""

    def __init__(self, controller: ModeController) -> None:
        super().__init__(controller)
        self.controller = controller
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(controller.poll)
        self._filtering = False

    def update(self) -> None:
        """Start or stop watching, as the controller's timers need."""
        wanted = self.controller.watching()
        if wanted and not self._timer.isActive():
            self._timer.start()
        elif not wanted:
            self._timer.stop()
        app = QCoreApplication.instance()
        if app is None or wanted == self._filtering:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = wanted

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.controller.touch()
        return False


class Locker:
    """Locking and unlocking the store of personal and volunteer mode."""

    def __init__(self, controller: ModeController) -> None:
        self.ctl = controller
        self.locked = False
        self.idle_lock: IdleLock | None = None
        self._screen: LockScreen | None = None  # built when first shown

    @property
    def screen(self) -> LockScreen:
        if self._screen is None:
            from desktop.ui.vault_screens import LockScreen

            screen = self._screen = LockScreen()
            self.ctl.window.ui.screens.addWidget(screen)
            screen.ui.unlock.clicked.connect(self.unlock_clicked)
            screen.ui.passphrase.returnPressed.connect(self.unlock_clicked)
            screen.ui.other_choice.clicked.connect(self.ctl.back_to_welcome)
        return self._screen

    # ----- the store's key slots -------------------------------------------------------------
    def _slots(self) -> list[str] | None:
        from desktop.services import vault as service

        try:
            return service.store_slots(self.ctl.store_dir)
        except UserError:
            return None

    def keyring_slot(self) -> bool:
        slots = self._slots()
        return slots is not None and "keyring" in slots

    def passphrase_slot(self) -> bool:
        slots = self._slots()
        return slots is None or "passphrase" in slots

    # ----- unlocking ----------------------------------------------------------------------
    def open_silently(self) -> bool:
        """Open the store through the OS keyring, without a question; False when it cannot."""
        if not self.keyring_slot():
            return False
        from desktop.services import vault as service

        try:
            self.ctl.vault = service.open_store(self.ctl.store_dir)
        except UserError:
            return False
        self.unlocked()
        return True

    def show(self, idle: bool) -> None:
        """The lock screen: a passphrase to type, or (keyring) a button to click."""
        self.locked = True
        needs = self.passphrase_slot() and not (
            self.keyring_slot() and self.ctl.keyring_recommended()
        )
        self.screen.configure(needs_passphrase=needs, idle=idle)
        self.ctl.window.show_screen(self.screen)
        self.ctl.update_header()
        (self.screen.ui.passphrase if needs else self.screen.ui.unlock).setFocus()

    def unlock_clicked(self) -> None:
        text = self.screen.ui.passphrase.text() if self.screen.needs_passphrase else None
        self.try_unlock(text or None)

    def try_unlock(self, passphrase: str | None) -> bool:
        from desktop.services import vault as service

        # An earlier try opened the store and failed after (the dossier could not be
        # resumed): close it, or this try would find its own store "already open".
        self.ctl.close_vault()
        try:
            self.ctl.vault = service.open_store(self.ctl.store_dir, passphrase)
        except UserError as exc:
            if exc.key in ("vault.passphrase_needed", "vault.keyring_missing_key") or (
                exc.key.startswith("vault.keyring") and self.passphrase_slot()
            ):
                self.screen.needs_passphrase = True
                self.screen.retranslate()
            self.screen.show_error(exc.message(self.ctl.lang))
            return False
        try:
            self.unlocked()
        except UserError as exc:  # the passphrase was right: say what went wrong next
            self.locked = True
            self.ctl.close_vault()
            self.screen.show_error(exc.message(self.ctl.lang))
            return False
        return True

    def unlocked(self, enter: bool = True) -> None:
        """The store is open: the idle lock runs; ``enter``: show the dossier or the list."""
        from desktop.services import vault as service
        from desktop.services.vault import IdleLock, Mode, policy

        self.locked = False
        if self._screen is not None:
            self._screen.ui.passphrase.clear()
        seconds = policy(self.ctl.mode or Mode.PERSONAL).idle_lock_seconds or 240.0
        self.idle_lock = IdleLock(seconds, on_lock=self._locked_by_idle, clock=self.ctl.monotonic)
        self.ctl.watch_input()
        notice = service.recovery_notice(self.ctl.vault, self.ctl.lang) if self.ctl.vault else ""
        if notice:  # the newest state could not be read: say so, and where it was kept
            self.ctl.warn(notice)
        if enter:
            self.ctl.enter_store()

    # ----- locking ------------------------------------------------------------------------
    def _locked_by_idle(self) -> None:
        self.ctl.lock(idle=True)

    def lock(self, idle: bool = False) -> None:
        """Save, shred the working copy, forget the key, hide everything."""
        from desktop.services.vault import Mode

        ctl = self.ctl
        if ctl.vault is None or ctl.mode not in (Mode.PERSONAL, Mode.VOLUNTEER):
            return
        ctl._resume = ctl.workspace.dossier_id if ctl.workspace is not None else None
        ctl.window.session.poll_clipboard(force=True)
        ctl.close_workspace()
        ctl.close_vault()
        ctl.window.load_scratch(ctl.lang)
        self.show(idle=idle)

    def stop_idle(self) -> None:
        self.idle_lock = None

    # ----- the idle timer -------------------------------------------------------------------
    def touch(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.touch()

    def poll(self) -> None:
        if self.idle_lock is not None and not self.locked:
            self.idle_lock.poll()

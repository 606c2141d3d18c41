"""A reception point's session, in the window (``desktop.ui.vault_ui`` builds it).

One visitor at a shared computer: a ``ReceptionSession`` (an ephemeral store
whose key lives only in memory, in a private temporary area), Qt's settings,
caches, recent files and every library's temporary files redirected into that
area, an "end session" button that offers to take the dossier away first, and
an idle question ("still there?") that wipes everything when nobody answers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.services import vault as service
from desktop.ui import qt
from desktop.ui.qt import QCoreApplication, translate

if TYPE_CHECKING:
    from desktop.services.vault import IdleWipe, ReceptionSession, WipeReport
    from desktop.ui.vault_ui import ModeController

XDG_VARS = {
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_DATA_HOME": "data",
    "XDG_STATE_HOME": "state",
}


class ReceptionDesk:
    """The session, its idle question and its end; the controller wipes the window."""

    def __init__(self, controller: ModeController) -> None:
        self.ctl = controller
        self.session: ReceptionSession = service.ReceptionSession(base=controller.session_base)
        self.idle_wipe: IdleWipe | None = None
        self.still_there: qt.QMessageBox | None = None
        self._saved_env: dict[str, str | None] = {}
        self._saved_conf: str | None = None

    def start(self) -> None:
        """Start the session, send Qt's files into it, start the idle question."""
        self.session.start()
        self._redirect_qt()
        rules = service.policy(service.Mode.RECEPTION)
        self.idle_wipe = service.IdleWipe(
            rules.idle_ask_seconds or 240.0,
            rules.idle_wipe_grace_seconds or 60.0,
            on_ask=self.ask_still_there,
            on_wipe=self.ctl.wipe,
            clock=self.ctl.monotonic,
        )

    def end(self) -> WipeReport:
        """Shred the session's area, restore the app's files and Qt's paths."""
        report = self.session.end_session()
        self._restore_qt()
        from desktop.ui import dialogs

        dialogs.forget()  # the next visitor's dialogs open in the usual places
        self.idle_wipe = None
        return report

    # ----- Qt's files ----------------------------------------------------------------------
    def _redirect_qt(self) -> None:
        """Settings, caches, recent files and temp files of Qt and of every
        library go into the session's private folder from now on."""
        dirs = self.session.dirs
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

    # ----- taking the dossier away -------------------------------------------------------------
    def export(self) -> Path | None:
        """The visitor takes the dossier away: a .dsvx in a folder they pick."""
        ctl = self.ctl
        if ctl.workspace is None:
            return None
        ctl.window.commit_current()
        ctl.window.session.save_now()
        from desktop.ui.vault_screens import ExportDialog

        dialog = ExportDialog(ctl.window)
        if not ctl.run_dialog(dialog):
            return None
        folder = ctl.ask_folder()
        if not folder:
            return None
        try:
            return self.session.export(ctl.workspace.dossier_id, folder, dialog.passphrase())
        except UserError as exc:
            ctl.warn(exc.message(ctl.lang))
            return None

    # ----- ending ------------------------------------------------------------------------
    def confirm_end(self) -> bool:
        box = self.end_session_box()
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.property("take_away_button"):
            self.ctl.export_reception()
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
            parent=self.ctl.window,
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

    # ----- the idle question -------------------------------------------------------------
    def ask_still_there(self) -> None:
        rules = service.policy(service.Mode.RECEPTION)
        box = self.still_there
        if box is None:
            box = qt.QMessageBox(qt.QMessageBox.Icon.Question, "", "", parent=self.ctl.window)
            box.setObjectName("still_there")
            box.setWindowModality(qt.Qt.WindowModality.NonModal)
            yes = box.addButton(
                translate("Vault", "Oui, je continue"), qt.QMessageBox.ButtonRole.YesRole
            )
            end = box.addButton(
                translate("Vault", "Terminer la séance"), qt.QMessageBox.ButtonRole.NoRole
            )
            yes.clicked.connect(self.ctl.touch)
            end.clicked.connect(lambda: self.ctl.end_session(confirm=False))
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

    def close_question(self) -> None:
        if self.still_there is not None:
            self.still_there.hide()
            self.still_there.deleteLater()
            self.still_there = None

    def touch(self) -> None:
        if self.idle_wipe is not None:
            self.idle_wipe.touch()
            if self.still_there is not None and self.still_there.isVisible():
                self.still_there.hide()

    def poll(self) -> None:
        if self.idle_wipe is not None:
            self.idle_wipe.poll()

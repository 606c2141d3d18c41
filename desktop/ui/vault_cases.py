"""The volunteer's case list, in the window (``desktop.ui.vault_ui`` builds it).

Every dossier of the store with its name, number, status, missing pieces, next
deadline and last change; search (case and accents ignored), a new dossier,
open, hand-over export and import (``.dsvx`` under its own passphrase), delete.
Each action is noted in the store's encrypted action log.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.services import vault as service
from desktop.ui import qt
from desktop.ui.qt import translate

if TYPE_CHECKING:
    from desktop.ui.vault_screens import CaseListScreen
    from desktop.ui.vault_ui import ModeController


class CaseDesk:
    """The case list screen and what its buttons do."""

    def __init__(self, controller: ModeController) -> None:
        self.ctl = controller
        self._screen: CaseListScreen | None = None  # built when first shown

    @property
    def screen(self) -> CaseListScreen:
        if self._screen is None:
            from desktop.ui.vault_screens import CaseListScreen

            screen = self._screen = CaseListScreen()
            self.ctl.window.ui.screens.addWidget(screen)
            cl = screen.ui
            cl.search.textChanged.connect(lambda _t: self.refresh())
            cl.new_case.clicked.connect(self.ctl.new_case)
            cl.open_case.clicked.connect(lambda: self.ctl.open_case(screen.selected_id()))
            cl.cases.itemActivated.connect(
                lambda item, _c: self.ctl.open_case(str(item.data(0, qt.Qt.ItemDataRole.UserRole)))
            )
            cl.export_case.clicked.connect(lambda: self.export(screen.selected_id()))
            cl.import_case.clicked.connect(self.import_file)
            cl.delete_case.clicked.connect(lambda: self.delete(screen.selected_id()))
        return self._screen

    def show(self) -> None:
        ctl = self.ctl
        if ctl.vault is None:
            return
        ctl.close_workspace()
        ctl.window.load_scratch(ctl.lang, show=False)
        self.screen.show_message("")
        self.refresh()
        ctl.window.show_screen(self.screen)
        ctl.update_header()
        self.screen.ui.search.setFocus()

    def refresh(self) -> None:
        if self.ctl.vault is None:
            return
        query = self.screen.ui.search.text().strip()
        self.screen.fill(service.list_cases(self.ctl.vault, query))

    def _logged(self) -> bool:
        """Only the volunteer's store keeps the action log (and it never stops the work)."""
        return self.ctl.mode is service.Mode.VOLUNTEER

    def export(self, dossier_id: str | None) -> Path | None:
        """Hand-over: one encrypted .dsvx with its own passphrase, where the volunteer picks."""
        ctl, vault = self.ctl, self.ctl.vault
        if not dossier_id or vault is None:
            return None
        from desktop.ui.vault_screens import ExportDialog

        dialog = ExportDialog(ctl.window)
        if not ctl.run_dialog(dialog):
            return None
        passphrase = dialog.passphrase()
        target = ctl.ask_save_path(f"dossier-{os.urandom(3).hex()}.dsvx")
        if not target:
            return None
        out = Path(target)
        if out.suffix.lower() != ".dsvx":
            out = out.with_name(out.name + ".dsvx")
        try:
            service.export_case(
                vault,
                dossier_id,
                out,
                passphrase,
                kdf_strength=ctl.kdf_strength,
                log=self._logged(),
                quiet_log=True,
            )
        except (UserError, OSError) as exc:
            text = exc.message(ctl.lang) if isinstance(exc, UserError) else str(exc)
            self.screen.show_message(text, error=True)
            return None
        self.screen.show_message(
            "✔ "
            + translate("Vault", "Fichier enregistré : %1. Donnez la phrase secrète à part : %2")
            .replace("%1", out.name)
            .replace("%2", passphrase)
        )
        return out

    def import_file(self) -> str | None:
        ctl, vault = self.ctl, self.ctl.vault
        if vault is None:
            return None
        source = ctl.ask_open_path()
        if not source:
            return None
        problem = ""
        log = self._logged()
        while True:
            passphrase = ctl.ask_passphrase(problem)
            if passphrase is None:
                return None
            try:
                dossier_id = service.import_case(
                    vault, Path(source), passphrase, log=log, quiet_log=True
                )
                break
            except UserError as exc:
                if exc.key == "vault.dossier_exists":
                    again = self._import_again(source, passphrase)
                    if again is None:
                        return None
                    dossier_id = again
                    break
                if exc.key != "vault.wrong_passphrase_file":
                    self.screen.show_message(exc.message(ctl.lang), error=True)
                    return None
                problem = exc.message(ctl.lang)
        self.refresh()
        self.screen.show_message("✔ " + translate("Vault", "Dossier importé."))
        return dossier_id

    def _import_again(self, source: str, passphrase: str) -> str | None:
        ctl = self.ctl
        assert ctl.vault is not None
        replace = ctl.confirm(
            translate("Vault", "Ce dossier existe déjà"),
            translate(
                "Vault",
                "Ce dossier est déjà dans la liste. Le remplacer par la version du fichier ?",
            ),
            translate("Vault", "Remplacer"),
        )
        if not replace:
            return None
        return service.import_case(
            ctl.vault, Path(source), passphrase, replace=True, log=self._logged(), quiet_log=True
        )

    def delete(self, dossier_id: str | None) -> bool:
        ctl, vault = self.ctl, self.ctl.vault
        if not dossier_id or vault is None:
            return False
        name = next((c.display_name for c in self.screen.cases if c.id == dossier_id), "")
        if not ctl.confirm(
            translate("Vault", "Supprimer le dossier"),
            translate(
                "Vault",
                "Supprimer définitivement le dossier de %1 et tous ses fichiers ? "
                "Cela ne peut pas être annulé.",
            ).replace("%1", name or dossier_id),
            translate("Vault", "Supprimer"),
        ):
            return False
        service.delete_case(vault, dossier_id, log=self._logged(), quiet_log=True)
        self.refresh()
        self.screen.show_message("✔ " + translate("Vault", "Dossier supprimé."))
        return True

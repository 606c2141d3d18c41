"""The vault's screens and dialogs: first-run setup, export passphrase, lock
screen and the volunteer's case list. Built when a mode needs them
(``desktop.ui.vault_ui`` and its jobs: ``vault_lock``, ``vault_cases``): the
welcome page shows without them.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Protocol

from desktop.ui import qt
from desktop.ui.mnemonics import resolve_under
from desktop.ui.qt import (
    QDialog,
    QEvent,
    QLineEdit,
    QTreeWidgetItem,
    QWidget,
    translate,
)
from desktop.ui.style import escape

if TYPE_CHECKING:
    from desktop.services.vault import CaseSummary
    from desktop.ui.qt import QCheckBox, QLabel

MIN_PASSPHRASE = 8  # desktop.vault.custody.check_passphrase_strength


def strength_hint(text: str) -> str:
    """A rough strength word for a passphrase (length × alphabet, in bits)."""
    if not text:
        return ""
    if len(text) < MIN_PASSPHRASE:
        return "✖ " + translate("Vault", "Trop courte : au moins %1 caractères.").replace(
            "%1", str(MIN_PASSPHRASE)
        )
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() for c in text) else 0
    pool += 100 if any(ord(c) > 127 for c in text) else 0
    bits = len(text) * math.log2(max(pool, 2))
    if bits < 45:
        return "⚠ " + translate("Vault", "Faible : ajoutez des mots.")
    if bits < 70:
        return "◐ " + translate("Vault", "Moyenne : un ou deux mots de plus la renforceraient.")
    return "✔ " + translate("Vault", "Bonne.")


def format_stamp(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%d/%m/%Y %H:%M")


def format_day(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def case_status_labels() -> dict[str, str]:
    return {
        "draft": translate("Vault", "Brouillon"),
        "incomplete": translate("Vault", "Incomplet"),
        "complete": translate("Vault", "Complet"),
        "filed": translate("Vault", "Déposé"),
    }


def status_text(case: CaseSummary, labels: dict[str, str]) -> str:
    """« Complet, 2 avertissements », as the review page says it (the count was stored
    with the summary: no file is read to show the list)."""
    from desktop.ui.build import warnings_count_text

    shown = labels.get(case.status, case.status)
    warnings = case.extra.get("warnings")
    if case.status == "complete" and isinstance(warnings, int) and warnings > 0:
        return translate("Vault", "Complet, %1").replace("%1", warnings_count_text(warnings))
    return shown


# ======================================================================== widgets
class PassphraseForm(Protocol):
    """The passphrase pair of a form (``ui_setup_dialog``, ``ui_export_dialog``)."""

    passphrase: QLineEdit
    confirm: QLineEdit
    show_passphrase: QCheckBox
    strength: QLabel
    problems: QLabel


def _show_problem(ui: PassphraseForm, problem: str) -> bool:
    """Show ``problem`` under a passphrase form (or hide the line); True when there is one."""
    ui.problems.setText("✖ " + escape(problem) if problem else "")
    ui.problems.setVisible(bool(problem))
    return bool(problem)


def _wire_passphrase_pair(ui: PassphraseForm) -> None:
    def update() -> None:
        # « ✔ Bonne » is never said while the confirmation typed so far differs.
        first, second = ui.passphrase.text(), ui.confirm.text()
        if second and first != second and not first.startswith(second):
            ui.strength.setText(
                "✖ " + translate("Vault", "Les deux phrases ne sont pas identiques : retapez-les.")
            )
            return
        ui.strength.setText(strength_hint(first))

    def show(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        ui.passphrase.setEchoMode(mode)
        ui.confirm.setEchoMode(mode)

    ui.passphrase.textChanged.connect(lambda _t: update())
    ui.confirm.textChanged.connect(lambda _t: update())
    ui.show_passphrase.toggled.connect(show)


def _pair_problem(ui: PassphraseForm) -> str:
    first, second = ui.passphrase.text(), ui.confirm.text()
    if len(first) < MIN_PASSPHRASE:
        return translate("Vault", "La phrase secrète doit avoir au moins %1 caractères.").replace(
            "%1", str(MIN_PASSPHRASE)
        )
    if first != second:
        return translate("Vault", "Les deux phrases ne sont pas identiques : retapez-les.")
    return ""


class SetupDialog(QDialog):
    """First run: keep the store's key in the OS keyring or under a passphrase."""

    def __init__(self, keyring_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.forms.ui_setup_dialog import Ui_SetupDialog

        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.keyring_available = keyring_available
        self.ui.use_keyring.setEnabled(keyring_available)
        self.ui.keyring_help.setEnabled(keyring_available)
        (self.ui.use_keyring if keyring_available else self.ui.use_passphrase).setChecked(True)
        self.ui.use_keyring.toggled.connect(lambda _on: self._update())
        self.ui.use_passphrase.toggled.connect(lambda _on: self._update())
        _wire_passphrase_pair(self.ui)
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.problems.setVisible(False)
        self.retranslate()
        self._update()
        self.resize(560, self.sizeHint().height())

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if not self.keyring_available:
            self.ui.keyring_help.setText(
                translate("Vault", "Aucun trousseau n'est disponible sur cet ordinateur.")
            )
        from desktop.ui.pages import name_controls

        name_controls(self)
        resolve_under(self)

    def _update(self) -> None:
        self.ui.passphrase_box.setEnabled(self.ui.use_passphrase.isChecked())
        if self.ui.use_passphrase.isChecked():
            self.ui.passphrase.setFocus()

    @property
    def custody(self) -> str:
        return "keyring" if self.ui.use_keyring.isChecked() else "passphrase"

    def passphrase(self) -> str | None:
        return self.ui.passphrase.text() if self.custody == "passphrase" else None

    def try_accept(self) -> None:
        if not _show_problem(
            self.ui, _pair_problem(self.ui) if self.custody == "passphrase" else ""
        ):
            self.accept()


class ExportDialog(QDialog):
    """The passphrase of a hand-over file: generated (read out, written down) or chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.vault import suggest_passphrase
        from desktop.ui.forms.ui_export_dialog import Ui_ExportDialog

        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ui.generated.setText(suggest_passphrase())
        self.ui.regenerate.clicked.connect(lambda: self.ui.generated.setText(suggest_passphrase()))
        self.ui.generate.toggled.connect(lambda _on: self._update())
        _wire_passphrase_pair(self.ui)
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.problems.setVisible(False)
        self.retranslate()
        self._update()
        self.resize(580, self.sizeHint().height())

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.generated.setAccessibleName(translate("Vault", "Phrase générée"))
        from desktop.ui.pages import name_controls

        name_controls(self)
        resolve_under(self)

    def _update(self) -> None:
        generated = self.ui.generate.isChecked()
        self.ui.generated.setEnabled(generated)
        self.ui.regenerate.setEnabled(generated)
        self.ui.passphrase_box.setEnabled(not generated)

    def passphrase(self) -> str:
        if self.ui.generate.isChecked():
            return self.ui.generated.text()
        return self.ui.passphrase.text()

    def try_accept(self) -> None:
        if not _show_problem(
            self.ui, "" if self.ui.generate.isChecked() else _pair_problem(self.ui)
        ):
            self.accept()


class LockScreen(QWidget):
    """Hides everything while the store is locked; asks for the key again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.forms.ui_lock_screen import Ui_LockScreen

        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.setObjectName("lock_screen")
        self.ui.box_layout.setContentsMargins(18, 14, 18, 14)
        self.needs_passphrase = True
        self.idle = False
        self.ui.show_passphrase.toggled.connect(
            lambda on: self.ui.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def configure(self, *, needs_passphrase: bool, idle: bool) -> None:
        self.needs_passphrase, self.idle = needs_passphrase, idle
        self.ui.passphrase.clear()
        self.ui.problems.clear()
        self.ui.problems.setVisible(False)
        self.retranslate()

    def show_error(self, text: str) -> None:
        text = text[:1].upper() + text[1:]
        self.ui.problems.setText("✖ " + escape(text))
        self.ui.problems.setVisible(True)
        self.ui.passphrase.selectAll()
        self.ui.passphrase.setFocus()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for w in (self.ui.passphrase_label, self.ui.passphrase, self.ui.show_passphrase):
            w.setVisible(self.needs_passphrase)
        if self.idle:
            text = translate(
                "Vault",
                "Verrouillé après un moment sans activité : vos dossiers sont enregistrés "
                "et chiffrés.",
            )
        else:
            text = translate("Vault", "Vos dossiers sont chiffrés sur cet ordinateur.")
        if self.needs_passphrase:
            text += " " + translate("Vault", "Entrez votre phrase secrète pour continuer.")
        else:
            text += " " + translate(
                "Vault", "Le trousseau de votre session garde la clé : cliquez pour continuer."
            )
        self.ui.message.setText(text)
        from desktop.ui.pages import name_controls

        name_controls(self)
        resolve_under(self)


class CaseListScreen(QWidget):
    """The volunteer's case list: name, number, status, missing pieces, next
    deadline and last change of every dossier in the store; search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.forms.ui_case_list import Ui_CaseList

        self.ui = Ui_CaseList()
        self.ui.setupUi(self)
        self.setObjectName("case_list")
        self.cases: list[CaseSummary] = []
        header = self.ui.cases.header()
        # Every column as wide as what it holds, the name first: a long name or
        # large text scrolls the list sideways rather than cutting the name.
        header.setStretchLastSection(True)
        for col in range(6):
            header.setSectionResizeMode(col, header.ResizeMode.ResizeToContents)
        self.ui.cases.sortByColumn(5, qt.Qt.SortOrder.DescendingOrder)
        self.ui.cases.itemSelectionChanged.connect(self._selection)
        self.ui.problems.setVisible(False)
        self.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.cases.setAccessibleName(translate("Vault", "Liste des dossiers"))
        self.ui.cases.header().setAccessibleName(translate("Vault", "Colonnes"))
        from desktop.ui.pages import name_controls

        name_controls(self)
        resolve_under(self)
        self.fill(self.cases)

    def fill(self, cases: list[CaseSummary]) -> None:
        selected = self.selected_id()
        self.cases = list(cases)
        labels = case_status_labels()
        tree = self.ui.cases
        tree.setSortingEnabled(False)
        tree.clear()
        for case in cases:
            missing = "—" if case.missing is None else str(case.missing)
            item = QTreeWidgetItem(
                [
                    case.display_name or translate("Vault", "(sans nom)"),
                    case.number or "—",
                    status_text(case, labels),
                    missing,
                    format_day(case.deadline),
                    format_stamp(case.updated),
                ]
            )
            item.setData(0, qt.Qt.ItemDataRole.UserRole, case.id)
            item.setToolTip(0, item.text(0))
            item.setData(5, qt.Qt.ItemDataRole.UserRole, case.updated)
            tree.addTopLevelItem(item)
            if case.id == selected:
                item.setSelected(True)
        tree.setSortingEnabled(True)
        first = tree.topLevelItem(0)
        if first is not None and not tree.selectedItems():
            tree.setCurrentItem(first)
        self.ui.count.setText(translate("Vault", "Dossiers : %1").replace("%1", str(len(cases))))
        self._selection()

    def selected_id(self) -> str | None:
        items = self.ui.cases.selectedItems()
        return str(items[0].data(0, qt.Qt.ItemDataRole.UserRole)) if items else None

    def _selection(self) -> None:
        has = self.selected_id() is not None
        for b in (self.ui.open_case, self.ui.export_case, self.ui.delete_case):
            b.setEnabled(has)

    def show_message(self, text: str, error: bool = False) -> None:
        self.ui.problems.setProperty("role", "problems" if error else "saved")
        self.ui.problems.style().polish(self.ui.problems)
        self.ui.problems.setText(escape(text))
        self.ui.problems.setVisible(bool(text))

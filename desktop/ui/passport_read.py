"""« Lire mon passeport »: the machine-readable zone of a passport photo or scan
fills in the civil status, and the person confirms each field.

The zone is read off the GUI thread (``services.papers.read_passport``); each
value read is a line with a box to tick: ticked for an empty field, never for
one the person already typed differently (nothing they typed is replaced
without asking); a value confirmed by the zone's check digits says so, names
and nationality (which have no check digit) say to compare them with the
passport. The chosen file is also attached to the passport piece.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.ui.operations import Operation, Progress
from desktop.ui.pages import fmt_date
from desktop.ui.qt import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    translate,
)

if TYPE_CHECKING:
    from desktop.ui.session import Session


def field_labels() -> dict[str, str]:
    return {
        "applicant.surname": translate("PassportDialog", "Nom"),
        "applicant.given_names": translate("PassportDialog", "Prénoms"),
        "applicant.sex": translate("PassportDialog", "Sexe"),
        "applicant.birth_date": translate("PassportDialog", "Date de naissance"),
        "applicant.nationality": translate("PassportDialog", "Nationalité (code)"),
        "pieces.passport.number": translate("PassportDialog", "Numéro du passeport"),
        "pieces.passport.expires_on": translate("PassportDialog", "Date d'expiration du passeport"),
    }


class PassportDialog(QDialog):
    """Read a passport file, then let the person choose what to carry over."""

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.proposals: list[Any] = []
        self.boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(translate("PassportDialog", "Lu sur votre passeport"))
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(translate("PassportDialog", "Lecture de la bande en bas du passeport…"))
        self.layout_.addWidget(self.intro)
        self.rows = QVBoxLayout()
        self.layout_.addLayout(self.rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(translate("PassportDialog", "Annuler"), self)
        self.apply = QPushButton(translate("PassportDialog", "Reporter les valeurs cochées"), self)
        self.apply.setDefault(True)
        self.apply.setEnabled(False)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.apply)
        self.layout_.addLayout(buttons)
        self.cancel.clicked.connect(self.reject)
        self.apply.clicked.connect(self.carry_over)
        self.op: Operation | None = None
        self._read()

    def _read(self) -> None:
        path = self.path

        def work(_p: Progress, _c: threading.Event) -> Any:
            from desktop.services.papers import read_passport

            return read_passport(path)

        self.op = Operation(work)
        self.op.signals.finished.connect(self._done)
        self.op.signals.failed.connect(self._failed)
        self.op.start(self.session.pool)

    def _failed(self, exc: Any) -> None:
        from desktop.errors import UserError

        self.op = None
        lang = self.session.state.lang
        self.intro.setText(exc.message(lang) if isinstance(exc, UserError) else str(exc))

    def _done(self, read: Any) -> None:
        from desktop.services.papers import passport_proposals

        self.op = None
        if read is None:
            self.intro.setText(
                translate(
                    "PassportDialog",
                    "La bande de lecture (deux lignes de lettres et de « < » en bas de la page "
                    "avec la photo) n'a pas été trouvée. Prenez la page entière, à plat, bien "
                    "éclairée et nette, ou remplissez les champs à la main.",
                )
            )
            return
        self.proposals = passport_proposals(self.session.state.dossier, read)
        labels = field_labels()
        self.intro.setText(
            translate(
                "PassportDialog",
                "Voici ce que dit votre passeport. Vérifiez chaque valeur, puis cochez celles "
                "à reporter. Ce que vous aviez tapé n'est remplacé que si vous le cochez.",
            )
        )
        for p in self.proposals:
            text = f"{labels.get(p.field, p.field)} : {fmt_date(p.read)}"
            if p.conflict:
                text += "  " + translate("PassportDialog", "(vous aviez tapé : %1)").replace(
                    "%1", fmt_date(p.typed)
                )
            box = QCheckBox(text, self)
            box.setChecked(p.new)
            box.setAccessibleName(text)
            note = QLabel(self)
            note.setText(
                "✔ " + translate("PassportDialog", "confirmé par les chiffres de contrôle")
                if p.verified
                else "⚠ " + translate("PassportDialog", "à comparer avec le passeport")
            )
            row = QHBoxLayout()
            row.addWidget(box, 1)
            row.addWidget(note)
            self.rows.addLayout(row)
            self.boxes[p.field] = box
        self.apply.setEnabled(bool(self.proposals))

    def wait(self, ms: int = 30000) -> bool:
        """For tests: let the reading finish."""
        return bool(self.session.pool.waitForDone(ms))

    def carry_over(self) -> None:
        from desktop.services.papers import apply_proposals

        chosen = [k for k, box in self.boxes.items() if box.isChecked()]
        apply_proposals(self.session.state.dossier, self.proposals, chosen)
        if str(self.path) and not self.session.state.dossier.piece("passport").files:
            self.session.attach("passport", [self.path])
        self.session.touch()
        self.accept()

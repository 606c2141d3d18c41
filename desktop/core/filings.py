"""What was filed and what came back: the dossier's ``[[filings]]`` and
``[[answers]]``.

A filing is frozen when it is recorded: its upload files are copied under
``depots/<date>/`` with their SHA-256, the verdict of that moment is written
down, and nothing in the product edits them again (``check_frozen`` says if a
byte changed since). Answers are the prefecture's papers: the attestation de
dépôt, the attestation de prolongation d'instruction, a convocation, a
decision. Both are plain TOML a person can read::

    [[filings]]
    filed_on = 2026-12-01
    request = "7501234567"              # the ANEF request number, if known
    folder = "depots/2026-12-01"
    record = "depots/2026-12-01/recapitulatif-depot.pdf"
    complete = true
    missing = 0
    warnings = 1
    rules_checked = 2026-11-24
    situation = "salarie-renouvellement"
    files = [{ name = "depots/2026-12-01/01-passeport.pdf", sha256 = "…", bytes = 91234, slot = "passport" }]

    [[answers]]
    kind = "prolongation"               # see ANSWER_KINDS
    file = "reponses/attestation-prolongation.pdf"
    sha256 = "…"
    issued_on = 2026-12-20
    valid_until = 2027-03-19
    request = "7501234567"
    foreigner_number = "7501234567"
    work = "yes"                        # yes, no, unknown

These views never stop a dossier from opening: a section in the wrong shape is
a ``UserError`` naming the field, raised only by the code that reads it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.core.dossier import Dossier

#: The papers ANEF and the prefecture send, in the order they usually come.
DEPOSIT, EXTENSION, SUMMONS, FAVOURABLE, REFUSAL, REMOVAL = (
    "depot",
    "prolongation",
    "convocation",
    "decision_favorable",
    "refus",
    "oqtf",
)
ANSWER_KINDS = (DEPOSIT, EXTENSION, SUMMONS, FAVOURABLE, REFUSAL, REMOVAL)
WORK_VALUES = ("yes", "no", "unknown")

FILINGS_DIR = "depots"
ANSWERS_DIR = "reponses"


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def _date(value: Any, where: str) -> dt.date | None:
    from desktop.core.dossier import read_date  # the dossier's own date reading

    return read_date(value, where)


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise UserError("filing.bad_field", field=f"{where}.{key}")
    return str(value)


def _rows(dossier: Dossier, section: str) -> list[dict[str, Any]]:
    rows = dossier.data.get(section) or []
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise UserError("filing.bad_field", field=section)
    return rows


@dataclass(frozen=True)
class FiledFile:
    name: str  # relative to the dossier's folder
    sha256: str
    bytes: int
    slot: str = ""

    def to_toml(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "bytes": self.bytes, "slot": self.slot}


@dataclass(frozen=True)
class Filing:
    filed_on: dt.date
    folder: str
    files: tuple[FiledFile, ...]
    request: str = ""
    record: str = ""
    complete: bool = False
    missing: int = 0
    warnings: int = 0
    rules_checked: dt.date | None = None
    situation: str = ""

    def to_toml(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "filed_on": self.filed_on,
            "folder": self.folder,
            "complete": self.complete,
            "missing": self.missing,
            "warnings": self.warnings,
            "situation": self.situation,
            "files": [f.to_toml() for f in self.files],
        }
        if self.request:
            out["request"] = self.request
        if self.record:
            out["record"] = self.record
        if self.rules_checked:
            out["rules_checked"] = self.rules_checked
        return out


@dataclass(frozen=True)
class Answer:
    kind: str
    file: str = ""
    sha256: str = ""
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None
    notified_on: dt.date | None = None
    appointment_on: dt.date | None = None
    request: str = ""
    foreigner_number: str = ""
    work: str = "unknown"
    #: the appeal deadline in days written on a removal order, when the person typed it
    appeal_days: int | None = None

    def to_toml(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "work": self.work}
        for key in ("file", "sha256", "request", "foreigner_number"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        for key in ("issued_on", "valid_until", "notified_on", "appointment_on"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.appeal_days is not None:
            out["appeal_days"] = self.appeal_days
        return out


def filings(dossier: Dossier) -> list[Filing]:
    """The recorded filings, oldest first."""
    out = []
    for i, row in enumerate(_rows(dossier, "filings")):
        where = f"filings[{i}]"
        filed_on = _date(row.get("filed_on"), f"{where}.filed_on")
        if filed_on is None:
            raise UserError("dossier.bad_date", field=f"{where}.filed_on", value="")
        files_raw = row.get("files") or []
        if not isinstance(files_raw, list):
            raise UserError("filing.bad_field", field=f"{where}.files")
        files = []
        for j, f in enumerate(files_raw):
            if not isinstance(f, dict):
                raise UserError("filing.bad_field", field=f"{where}.files[{j}]")
            size = f.get("bytes", 0)
            files.append(
                FiledFile(
                    name=_text(f, "name", f"{where}.files[{j}]"),
                    sha256=_text(f, "sha256", f"{where}.files[{j}]"),
                    bytes=int(size) if isinstance(size, int) and not isinstance(size, bool) else 0,
                    slot=_text(f, "slot", f"{where}.files[{j}]"),
                )
            )
        out.append(
            Filing(
                filed_on=filed_on,
                folder=_text(row, "folder", where),
                files=tuple(files),
                request=_text(row, "request", where),
                record=_text(row, "record", where),
                complete=row.get("complete") is True,
                missing=_count(row.get("missing")),
                warnings=_count(row.get("warnings")),
                rules_checked=_date(row.get("rules_checked"), f"{where}.rules_checked"),
                situation=_text(row, "situation", where),
            )
        )
    return sorted(out, key=lambda f: f.filed_on)


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def answers(dossier: Dossier) -> list[Answer]:
    """The prefecture's papers added so far, in the order of their dates."""
    out = []
    for i, row in enumerate(_rows(dossier, "answers")):
        where = f"answers[{i}]"
        kind = _text(row, "kind", where)
        if kind not in ANSWER_KINDS:
            raise UserError("filing.bad_field", field=f"{where}.kind")
        work = _text(row, "work", where) or "unknown"
        days = row.get("appeal_days")
        out.append(
            Answer(
                kind=kind,
                file=_text(row, "file", where),
                sha256=_text(row, "sha256", where),
                issued_on=_date(row.get("issued_on"), f"{where}.issued_on"),
                valid_until=_date(row.get("valid_until"), f"{where}.valid_until"),
                notified_on=_date(row.get("notified_on"), f"{where}.notified_on"),
                appointment_on=_date(row.get("appointment_on"), f"{where}.appointment_on"),
                request=_text(row, "request", where),
                foreigner_number=_text(row, "foreigner_number", where),
                work=work if work in WORK_VALUES else "unknown",
                appeal_days=days if isinstance(days, int) and not isinstance(days, bool) else None,
            )
        )
    return sorted(out, key=lambda a: a.issued_on or a.notified_on or dt.date.min)


def add_filing(dossier: Dossier, filing: Filing) -> None:
    dossier.data.setdefault("filings", []).append(filing.to_toml())
    dossier.touch()


def add_answer(dossier: Dossier, answer: Answer) -> None:
    dossier.data.setdefault("answers", []).append(answer.to_toml())
    dossier.touch()


def frozen_files(dossier: Dossier) -> list[str]:
    """Every file a filing or an answer holds (the vault must keep them)."""
    try:
        recorded = filings(dossier)
        names = [f.name for filing in recorded for f in filing.files]
        names += [filing.record for filing in recorded if filing.record]
        names += [a.file for a in answers(dossier) if a.file]
    except UserError:
        return []
    return names


@dataclass
class FrozenCheck:
    """A filing's files as they are now against what was recorded."""

    filing: Filing
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.changed and not self.missing


def check_frozen(dossier: Dossier, filing: Filing) -> FrozenCheck:
    result = FrozenCheck(filing)
    for f in filing.files:
        path = dossier.resolve(f.name)
        if not path.is_file():
            result.missing.append(f.name)
        elif sha256_of(path) != f.sha256:
            result.changed.append(f.name)
    return result

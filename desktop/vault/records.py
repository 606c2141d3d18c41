"""The store's format name and version, the contexts its encryption binds to, and
the values it hands out (no cryptography here: the case list's types load
without it).

``store.py`` keeps the dossiers, ``keyslots.py`` the clear header and its key
slots, ``handover.py`` the hand-over file; all three share what is here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.core.clock import Clock

FORMAT_NAME = "dossier-sejour-vault"
FORMAT_VERSION = 1


def context(store_id: str, role: str, name: object = "") -> bytes:
    """The associated data binding a ciphertext to its store, role and name."""
    return f"{FORMAT_NAME}|{store_id}|{role}|{name}".encode()


def now_iso(clock: Clock | None) -> str:
    moment = clock.now() if clock is not None else dt.datetime.now()
    return moment.replace(microsecond=0).isoformat()


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list (decrypted in memory only)."""

    id: str
    display_name: str
    status: str
    deadline: str | None
    missing: int | None
    number: str | None
    created: str
    updated: str
    files: int
    size: int
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "display_name": self.display_name,
            "status": self.status,
            "deadline": self.deadline,
            "missing": self.missing,
            "number": self.number,
            "created": self.created,
            "updated": self.updated,
            "files": self.files,
            "size": self.size,
            "extra": self.extra,
        }


@dataclass(frozen=True)
class DossierRecord:
    """A dossier as stored: its TOML, its files by relative name, its case-list summary."""

    id: str
    toml: bytes
    files: dict[str, bytes]
    summary: dict[str, Any]
    toml_name: str
    created: str
    updated: str
    revision: int


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the index generation now current, and what it wrote."""

    generation: int
    changed: bool
    blobs_written: int
    bytes_written: int


# ---------------------------------------------------------------- names


def check_relpath(name: str) -> str:
    """A file name relative to the dossier: no absolute path, no '..', no drive.

    A ``:`` is a character like another (``check`` and ``build`` take such names)
    except at the start, where ``C:`` would name a Windows drive.
    """
    if not isinstance(name, str) or not name or "\x00" in name or "\\" in name:
        raise UserError("vault.bad_file_name", file=str(name))
    if len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        raise UserError("vault.bad_file_name", file=name)
    pure = PurePosixPath(name)
    if pure.is_absolute() or any(part in ("", ".", "..") for part in name.split("/")):
        raise UserError("vault.bad_file_name", file=name)
    return str(pure)


def check_dossier_id(dossier_id: str) -> str:
    if (
        not isinstance(dossier_id, str)
        or not dossier_id.strip()
        or len(dossier_id) > 200
        or any(ch in dossier_id for ch in "\x00\n\r")
    ):
        raise UserError("vault.bad_dossier_id", id=str(dossier_id)[:60])
    return dossier_id

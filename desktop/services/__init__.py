"""The one door both front ends use (the CLI in ``desktop/commands`` and the Qt
wizard in ``desktop/ui``): every use case that reads or changes a dossier, checks
it, builds its bundle, writes its letters or keeps it in the vault. Below this
package nothing imports upward; above it nothing reaches past it except value
types from ``desktop.core`` (the import-linter contracts in pyproject.toml).

| module | use cases |
|---|---|
| ``checking`` | inspect files, check a dossier once (``CheckResult``) |
| ``files`` | attach, detach, replace, rotate, unlock, drop a page, signature, piece dates, attempts |
| ``building`` | the upload bundle, ``convert`` |
| ``documents`` | letters, sworn statements, signing, the CER helper |
| ``vault`` | the encrypted store, the working copy, modes |
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop.core.dossier import Dossier
from desktop.demo import write_demo
from desktop.errors import UserError
from desktop.services.checking import (
    FileReport,
    all_files,
    check_dossier,
    check_path,
    inspect_dossier_file,
    inspect_files,
    inspect_path,
    judge,
    owned_files,
)
from desktop.services.files import (
    attach_file,
    detach_file,
    drop_if_unreferenced,
    pdf_protection,
    record_attempt,
    remove_page,
    replace_file,
    rotate_file,
    save_signature,
    set_piece_date,
    sign_cer,
    unlock_pdf,
)

__all__ = [
    "FileReport",
    "Workspace",
    "all_files",
    "attach_file",
    "case_summary",
    "check_dossier",
    "check_path",
    "detach_file",
    "drop_if_unreferenced",
    "inspect_dossier_file",
    "inspect_files",
    "inspect_path",
    "judge",
    "owned_files",
    "pdf_protection",
    "record_attempt",
    "remove_page",
    "replace_file",
    "rotate_file",
    "save_signature",
    "set_piece_date",
    "sign_cer",
    "unlock_pdf",
    "write_demo",
]


def case_summary(dossier: Dossier, today: dt.date) -> dict[str, Any]:
    """What a volunteer's case list shows: name, number, status, missing count, next deadline."""
    out: dict[str, Any] = {
        "display_name": dossier.applicant.display_name,
        "number": dossier.applicant.numero_etranger or None,
        "situation": dossier.situation_id,
        "status": "draft",
    }
    if not dossier.situation_id:
        return out
    try:
        verdict = check_dossier(dossier, today, inspect=False).verdict
    except UserError:  # an unfinished dossier still saves
        return out
    missing = [p.id for p in verdict.pieces if p.status == "missing"]
    out["missing"] = len(missing)
    out["status"] = "complete" if verdict.complete else "incomplete"
    upcoming = [x for x in verdict.deadlines if x.date >= today]
    if upcoming:
        out["deadline"] = upcoming[0].date.isoformat()
    return out


# ----- an open dossier backed by the encrypted vault ---------------------------------
class Workspace:
    """One open dossier: a private clear working copy (0700, shredded on close) of a
    dossier kept encrypted in a vault. Every ``save`` writes the TOML atomically and
    then stores it and its files in the vault (cheap when nothing changed), so an
    autosave after each change loses nothing, even if the process dies.
    """

    def __init__(self, vault: Any, dossier_id: str, root: Path, dossier: Dossier) -> None:
        self.vault = vault
        self.dossier_id = dossier_id
        self.root = root
        self.dossier = dossier
        self._bytes: dict[Path, tuple[tuple[int, int], bytes]] = {}

    @staticmethod
    def _private_root(base: Path | None) -> Path:
        import tempfile

        return Path(tempfile.mkdtemp(prefix="ds-work-", dir=None if base is None else str(base)))

    @classmethod
    def create(
        cls, vault: Any, dossier_id: str, situation: str = "", *, base: Path | None = None
    ) -> Workspace:
        root = cls._private_root(base)
        dossier = Dossier.new(situation)
        dossier.save(root / "d" / "dossier.toml")
        ws = cls(vault, dossier_id, root, dossier)
        ws.save(dt.date.today())
        return ws

    @classmethod
    def open(cls, vault: Any, dossier_id: str, *, base: Path | None = None) -> Workspace:
        root = cls._private_root(base)
        toml_path = vault.materialise(dossier_id, root / "d")
        return cls(vault, dossier_id, root, Dossier.load(toml_path))

    def summary(self, today: dt.date) -> dict[str, Any]:
        return case_summary(self.dossier, today)

    def save(self, today: dt.date) -> Any:
        """Save the TOML atomically, then the dossier and every file it owns to the
        vault. A file unchanged since the last save (same size and mtime) is not
        read again, and the vault does not hash it again, so an autosave after
        each keystroke stays cheap with forty photos attached."""
        path = self.dossier.save()
        base = path.parent.resolve()
        files: dict[str, bytes] = {}
        for rel in owned_files(self.dossier):
            p = self.dossier.resolve(rel).resolve()
            if not p.is_file() or base not in p.parents:
                continue
            st = p.stat()
            key = (st.st_size, st.st_mtime_ns)
            cached = self._bytes.get(p)
            if cached is None or cached[0] != key:
                cached = (key, p.read_bytes())
                self._bytes[p] = cached
            files[p.relative_to(base).as_posix()] = cached[1]
        return self.vault.save_dossier(
            self.dossier_id,
            path.read_bytes(),
            files,
            self.summary(today),
            toml_name=path.name,
        )

    def close(self, today: dt.date | None = None) -> None:
        from desktop.vault.atomic import shred_tree

        try:
            self.save(today or dt.date.today())
        finally:
            shred_tree(self.root)

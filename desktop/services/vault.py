"""The vault's use cases, the one door both front ends go through (never Qt).

The command line (``desktop/commands/vault_cmd.py``) and the window
(``desktop/ui/vault_*.py``) open, create and wipe stores, list, search, add,
export, import and delete dossiers, read the action log and work on an open
dossier (``Workspace``) through here, and take the modes' objects (timers,
policies, the reception session, the clipboard guard) and the vault's value
types from here, not from ``desktop.vault`` itself (the welcome page aside: it
reads the modes' names and the app's folders from ``desktop.vault.mode`` and
``desktop.vault.appdirs``, since importing this module loads ``desktop.services``).

Nothing heavy loads with this module: ``desktop.services`` imports it, and most
callers of the services never touch the vault. The store and its cryptography
load inside the functions that need them, and the names below come from their
module on first use (PEP 562), as in ``desktop.vault``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.dossier import Dossier
from desktop.core.reader import read_checked
from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.core.clock import Clock
    from desktop.core.rules import Verdict
    from desktop.vault.appdirs import AppDirs, app_dirs, default_store_dir, store_exists
    from desktop.vault.atomic import shred_tree
    from desktop.vault.custody import recommended_custody, suggest_passphrase
    from desktop.vault.keyslots import CUSTODIES
    from desktop.vault.log import LogEntry
    from desktop.vault.mode import Mode
    from desktop.vault.modes import (
        ClipboardGuard,
        IdleLock,
        IdleWipe,
        ModePolicy,
        ReceptionSession,
        WipeReport,
        policy,
    )
    from desktop.vault.records import CaseSummary, DossierRecord, SaveResult
    from desktop.vault.store import Vault

_WHERE = {
    "AppDirs": "appdirs",
    "app_dirs": "appdirs",
    "default_store_dir": "appdirs",
    "store_exists": "appdirs",
    "shred_tree": "atomic",
    "recommended_custody": "custody",
    "suggest_passphrase": "custody",
    "CUSTODIES": "keyslots",
    "LogEntry": "log",
    "Mode": "mode",
    "ClipboardGuard": "modes",
    "IdleLock": "modes",
    "IdleWipe": "modes",
    "ModePolicy": "modes",
    "ReceptionSession": "modes",
    "WipeReport": "modes",
    "policy": "modes",
    "CaseSummary": "records",
    "DossierRecord": "records",
    "SaveResult": "records",
    "Vault": "store",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"desktop.vault.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


# ----- stores -----------------------------------------------------------------------
#: What the keyring may refuse with while the store also has a passphrase slot:
#: then the passphrase is asked for (the message of the first try says why).
PASSPHRASE_FALLBACK = frozenset(
    {
        "vault.passphrase_needed",
        "vault.keyring_missing_key",
        "vault.keyring_unavailable",
        "vault.keyring_locked",
    }
)


def store_slots(store: Path) -> list[str]:
    """The kinds of key slot of the store at ``store`` ("keyring", "passphrase",
    "ephemeral"), read from its clear header; UserError when there is no store."""
    from desktop.vault.keyslots import read_header, slot_types

    return slot_types(read_header(Path(store)))


def create_store(
    store: Path,
    *,
    custody: str = "auto",
    passphrase: str | None = None,
    recovery_passphrase: str | None = None,
    kdf_strength: str = "default",
    clock: Clock | None = None,
) -> Vault:
    """A new store (see ``Vault.create``), open; the caller closes it."""
    from desktop.vault.store import Vault

    return Vault.create(
        store,
        custody=custody,
        passphrase=passphrase,
        recovery_passphrase=recovery_passphrase,
        kdf_strength=kdf_strength,
        clock=clock,
    )


def open_store(
    store: Path,
    passphrase: str | None = None,
    *,
    ask: Callable[[], str] | None = None,
    clock: Clock | None = None,
) -> Vault:
    """Unlock the store: with ``passphrase`` when given; else through the OS keyring,
    and when the keyring cannot (no backend, locked, the key missing) and the
    store has a passphrase slot, with the passphrase ``ask()`` returns. UserError
    (nothing altered) when it cannot be opened."""
    from desktop.vault.store import Vault

    if passphrase is not None or ask is None:
        return Vault.open(store, passphrase, clock=clock)
    try:
        return Vault.open(store, clock=clock)  # keyring custody needs no passphrase
    except UserError as exc:
        if exc.key not in PASSPHRASE_FALLBACK or "passphrase" not in store_slots(store):
            raise
    return Vault.open(store, ask(), clock=clock)


def change_passphrase(
    store: Path, old: str | None, new: str, *, kdf_strength: str = "default"
) -> None:
    """Re-wrap the store's key under ``new`` (``old`` opens it, or the keyring does)."""
    from desktop.vault.store import Vault

    with Vault.open(store, old) as vault:
        vault.change_passphrase(old, new, kdf_strength=kdf_strength)


def wipe_store(store: Path) -> int:
    """Destroy a store without unlocking it; the number of files shredded."""
    from desktop.vault.store import wipe_store as wipe

    return wipe(store)


def recovery_notice(vault: Vault, lang: str | None = None) -> str:
    """What to tell the person when the store opened on an older state than its
    newest (``vault.recovered``: newer index generations did not decrypt, and were
    kept aside in ``vault.damaged_dir``, or were written but are gone,
    ``vault.missing``, noted there); "" when nothing was lost."""
    from desktop.core.messages import t

    said = []
    for key, gens in (
        ("vault.recovered", [g for g in vault.recovered if g not in vault.missing]),
        ("vault.missing", vault.missing),
    ):
        if gens:
            said.append(
                t(
                    key,
                    lang,
                    store=str(vault.path),
                    generation=vault.generation,
                    lost=", ".join(str(g) for g in gens),
                    folder=str(vault.damaged_dir),
                )
            )
    return "\n".join(said)


# ----- clear copies a crash left behind --------------------------------------------------
SWEEP_ACTION = "swept"


def sweep_leftovers() -> int:
    """Shred the clear working copies (``ds-work-*``, ``ds-session-*``, ``ds-copy-*``)
    whose process is gone, in this user's runtime, temp and state folders; those of
    running processes are left alone. Returns how many were removed: nothing is
    written anywhere (``note_sweep`` logs the count once a store is open)."""
    from desktop.vault.scratch import sweep

    return sweep().areas


def note_sweep(vault: Vault, count: int) -> None:
    """The sweep in the store's action log: a count only (never a name or a path)."""
    if count > 0:
        note(vault, "-", SWEEP_ACTION, f"{count} clear copies", quiet=True)


def sweep_notice(count: int, lang: str | None = None) -> str:
    """What to tell the person once after a sweep; "" when nothing was removed."""
    from desktop.core.messages import t

    return t("vault.swept", lang, count=count) if count > 0 else ""


# ----- the case list and the action log ------------------------------------------------
def list_cases(vault: Vault, query: str = "") -> list[CaseSummary]:
    """The case list, most recently changed first; only the cases whose name, id or
    number contains ``query`` (ignoring case and accents) when one is given."""
    return vault.search(query) if query else vault.list_dossiers()


def note(
    vault: Vault, dossier_id: str, action: str, what: str = "", *, quiet: bool = False
) -> None:
    """One line of the encrypted action log (``what``: a kind of document, never content
    or a name). ``quiet``: a log that cannot be written does not stop the work (the
    window); otherwise its error is raised (the command line)."""
    try:
        vault.log.append(dossier_id, action, what)
    except (UserError, OSError):
        if not quiet:
            raise


@dataclass(frozen=True)
class LogView:
    """The action log as read: each entry with the case list's name for its dossier."""

    entries: list[tuple[LogEntry, str | None]]
    intact: bool  # False when a line does not verify (tampering or damage)
    torn_tail: bool  # a crash cut the last line
    truncated: bool = False  # records were cut off the end (the log's head counted more)
    expected: int = 0  # how many records the head counted


def read_log(vault: Vault) -> LogView:
    reading = vault.log.read()
    names = {c.id: c.display_name for c in vault.list_dossiers()}
    return LogView(
        [(e, names.get(e.dossier)) for e in reading.entries],
        reading.intact,
        reading.torn_tail,
        reading.truncated,
        reading.expected,
    )


# ----- dossiers in and out --------------------------------------------------------------
HANDOVER = "hand-over file"
BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class DossierFile:
    """A dossier TOML read from disk, parsed and validated once, with every file it owns."""

    path: Path
    raw: bytes
    dossier: Dossier
    files: dict[str, bytes]


def max_file_bytes() -> int:
    """The largest file the vault takes in: intake's cap (assets/catalog/intake.toml),
    the same as ``check`` and ``build`` read."""
    from desktop.intake.limits import DEFAULT_LIMITS

    return DEFAULT_LIMITS.max_file_bytes


def read_dossier_file(path: Path) -> DossierFile:
    """The TOML bytes, the dossier and every file it owns: the pieces' files, the
    drawn signature, the appointment screenshots. Every file is read through the
    checked reader: regular files only, at most ``max_file_bytes()``, the owned
    files inside the TOML's folder (UserError naming the file otherwise)."""
    from desktop.services.checking import owned_files

    cap = max_file_bytes()
    raw = read_checked(path, max_bytes=cap)
    raw = raw.removeprefix(BOM)  # a BOM some editors add is not part of the TOML
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError("vault.toml_unreadable", file=str(path), detail=str(exc)) from None
    dossier = Dossier.from_toml_text(text, path.resolve())
    owner = {f: entry.id for entry in dossier.piece_entries() for f in entry.files}
    folder = path.resolve().parent
    files: dict[str, bytes] = {}
    for rel in owned_files(dossier):
        where = owner.get(rel, "signature / appointment")
        target = dossier.resolve(rel)
        if not target.exists() and not target.is_symlink():
            raise UserError("vault.piece_file_missing", piece=where, file=rel)
        files[rel.replace("\\", "/")] = read_checked(
            target, max_bytes=cap, within=folder, label=rel
        )
    return DossierFile(path, raw, dossier, files)


def add_dossier(
    vault: Vault, source: DossierFile, dossier_id: str, summary: dict[str, Any]
) -> SaveResult:
    """Store a dossier file and its files under ``dossier_id``, and log it."""
    result = vault.save_dossier(
        dossier_id, source.raw, source.files, summary, toml_name=source.path.name
    )
    note(vault, dossier_id, "saved", f"{len(source.files)} files")
    return result


def open_clear_copy(vault: Vault, dossier_id: str, dest: Path) -> Path:
    """Write a dossier and its files in clear under ``dest`` (new or empty, made
    0700), log it; the path of its TOML."""
    toml_path = vault.materialise(dossier_id, dest)
    note(vault, dossier_id, "opened", "clear copy")
    return toml_path


def export_case(
    vault: Vault,
    dossier_id: str,
    out: Path,
    passphrase: str,
    *,
    kdf_strength: str = "default",
    log: bool = True,
    quiet_log: bool = False,
) -> Path:
    """The hand-over file of a dossier under its own passphrase at ``out`` (which must
    not exist); ``log``: noted in the action log (see ``note`` for ``quiet_log``)."""
    written = vault.export_dossier(dossier_id, out, passphrase, kdf_strength=kdf_strength)
    if log:
        note(vault, dossier_id, "exported", HANDOVER, quiet=quiet_log)
    return written


def import_case(
    vault: Vault,
    source: Path,
    passphrase: str,
    *,
    as_id: str | None = None,
    replace: bool = False,
    log: bool = True,
    quiet_log: bool = False,
) -> str:
    """Add the dossier of a hand-over file; its id in this store. ``replace``: over a
    dossier with the same id (else UserError ``vault.dossier_exists``). Logged as
    ``export_case``."""
    dossier_id = vault.import_dossier(source, passphrase, as_id=as_id, replace=replace)
    if log:
        note(vault, dossier_id, "imported", HANDOVER, quiet=quiet_log)
    return dossier_id


def delete_case(
    vault: Vault, dossier_id: str, *, log: bool = True, quiet_log: bool = False
) -> None:
    """Remove a dossier for good (older index generations naming it are shredded).
    Logged as ``export_case``."""
    vault.delete(dossier_id)
    if log:
        note(vault, dossier_id, "deleted", "", quiet=quiet_log)


# ----- an open dossier backed by the encrypted vault ---------------------------------
def case_summary(
    dossier: Dossier, today: dt.date, verdict: Verdict | None = None
) -> dict[str, Any]:
    """What a volunteer's case list shows: name, number, status, missing count, next
    deadline. ``verdict``: the one the wizard already holds for this dossier as it
    is (the rules do not run again); without one, judged without reading files."""
    from desktop.services.checking import check_dossier, warning_count

    out: dict[str, Any] = {
        "display_name": dossier.applicant.display_name,
        "number": dossier.applicant.numero_etranger or None,
        "situation": dossier.situation_id,
        "status": "draft",
    }
    if not dossier.situation_id:
        return out
    if verdict is None:
        try:
            verdict = check_dossier(dossier, today, inspect=False).verdict
        except UserError:  # an unfinished dossier still saves
            return out
    missing = [p.id for p in verdict.pieces if p.status == "missing"]
    out["missing"] = len(missing)
    out["status"] = "complete" if verdict.complete else "incomplete"
    # Stored with the summary: the list says « complet, N avertissements » without
    # reading any dossier's files when it opens.
    out["warnings"] = warning_count(verdict)
    upcoming = verdict.dates.next_deadline()
    if upcoming is not None:
        out["deadline"] = upcoming.date.isoformat()
    _after_filing(dossier, today, out)
    return out


def _after_filing(dossier: Dossier, today: dt.date, out: dict[str, Any]) -> None:
    """Once filed, the case list shows « Déposé » and the timeline's next deadline
    (an attestation's end, the implicit refusal…) instead of the dossier's own."""
    from desktop.core.filings import filings
    from desktop.services.filing import timeline

    try:
        if not filings(dossier):
            return
        nxt = timeline(dossier, today).next
    except UserError:  # a hand-edited filing section: the case list still shows the rest
        return
    out["status"] = "filed"
    out.pop("deadline", None)
    if nxt is not None and nxt.date is not None:
        out["deadline"] = nxt.date.isoformat()
    elif nxt is not None:  # a removal order whose deadline only the paper gives
        out["deadline"] = today.isoformat()


class Workspace:
    """One open dossier: a private clear working copy (0700, shredded on close, or
    by the next start's ``sweep_leftovers`` after a crash) of a dossier kept
    encrypted in a vault. Every ``save`` writes the TOML atomically and
    then stores it and its files in the vault (cheap when nothing changed), so an
    autosave after each change loses nothing, even if the process dies.
    """

    def __init__(self, vault: Vault, dossier_id: str, root: Path, dossier: Dossier) -> None:
        self.vault = vault
        self.dossier_id = dossier_id
        self.root = root
        self.dossier = dossier
        self._bytes: dict[Path, tuple[tuple[int, int], bytes]] = {}
        self._max_bytes = 0

    def _cap(self) -> int:
        if not self._max_bytes:
            self._max_bytes = max_file_bytes()
        return self._max_bytes

    @staticmethod
    def _private_root(base: Path | None) -> Path:
        """A marked ``ds-work-*`` area (``desktop.vault.scratch``): in the user's
        runtime tmpfs when there is one, else the temp dir; swept at the next
        start if this process dies with it open."""
        from desktop.vault.scratch import PREFIX_WORK, new_area

        return new_area(PREFIX_WORK, base)

    @classmethod
    def create(
        cls, vault: Vault, dossier_id: str, situation: str = "", *, base: Path | None = None
    ) -> Workspace:
        root = cls._private_root(base)
        dossier = Dossier.new(situation)
        dossier.save(root / "d" / "dossier.toml")
        ws = cls(vault, dossier_id, root, dossier)
        ws.save(dt.date.today())
        return ws

    @classmethod
    def open(cls, vault: Vault, dossier_id: str, *, base: Path | None = None) -> Workspace:
        root = cls._private_root(base)
        toml_path = vault.materialise(dossier_id, root / "d")
        return cls(vault, dossier_id, root, Dossier.load(toml_path, salvage=True))

    def summary(self, today: dt.date, verdict: Verdict | None = None) -> dict[str, Any]:
        return case_summary(self.dossier, today, verdict)

    def save(self, today: dt.date, verdict: Verdict | None = None) -> SaveResult:
        """Save the TOML atomically, then the dossier and every file it owns to the
        vault. A file unchanged since the last save (same size and mtime) is not
        read again, and the vault does not hash it again, so an autosave after
        each keystroke stays cheap with forty photos attached."""
        from desktop.services.checking import owned_files

        path = self.dossier.save()
        base = path.parent.resolve()
        files: dict[str, bytes] = {}
        for rel in owned_files(self.dossier):
            named = self.dossier.resolve(rel)
            if not named.exists() and not named.is_symlink():
                continue  # a piece whose file is not there yet: the verdict says so
            p = named.resolve()
            if base not in p.parents:  # a link or path out of the working copy
                raise UserError("read.outside_folder", file=rel, folder=str(base))
            st = p.stat()
            key = (st.st_size, st.st_mtime_ns)
            cached = self._bytes.get(p)
            if cached is None or cached[0] != key:
                content = read_checked(p, max_bytes=self._cap(), within=base, label=rel)
                cached = (key, content)
                self._bytes[p] = cached
            files[p.relative_to(base).as_posix()] = cached[1]
        return self.vault.save_dossier(
            self.dossier_id,
            path.read_bytes(),
            files,
            self.summary(today, verdict),
            toml_name=path.name,
        )

    def close(self, today: dt.date | None = None) -> None:
        from desktop.vault.atomic import shred_tree

        try:
            self.save(today or dt.date.today())
        finally:
            shred_tree(self.root)


__all__ = [
    "CUSTODIES",
    "PASSPHRASE_FALLBACK",
    "AppDirs",
    "CaseSummary",
    "ClipboardGuard",
    "DossierFile",
    "DossierRecord",
    "IdleLock",
    "IdleWipe",
    "LogEntry",
    "LogView",
    "Mode",
    "ModePolicy",
    "ReceptionSession",
    "SaveResult",
    "Vault",
    "WipeReport",
    "Workspace",
    "add_dossier",
    "app_dirs",
    "case_summary",
    "change_passphrase",
    "create_store",
    "default_store_dir",
    "delete_case",
    "export_case",
    "import_case",
    "list_cases",
    "max_file_bytes",
    "note",
    "note_sweep",
    "open_clear_copy",
    "open_store",
    "policy",
    "read_dossier_file",
    "read_log",
    "recommended_custody",
    "recovery_notice",
    "shred_tree",
    "store_exists",
    "store_slots",
    "SWEEP_ACTION",
    "suggest_passphrase",
    "sweep_leftovers",
    "sweep_notice",
    "wipe_store",
]

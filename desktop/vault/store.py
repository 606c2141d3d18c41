"""The encrypted store: dossiers (an opaque TOML document plus attached files).

On disk (format version 1)::

    STORE/
      vault.json              clear header: format, version, store id, key slots
      lock                    advisory lock, one writer at a time
      index/<generation>.idx  encrypted index, the newest few generations kept
      objects/ab/<62 hex>     encrypted blobs, named by a keyed hash of the content
      log/actions.log         encrypted append-only log (see log.py)
      log/head                its sealed count and last hash, and the newest index generation
      damaged/                generations lost: <gen>.idx did not decrypt, <gen>.missing was gone

Nothing in clear but the header, which holds no personal data.  A save writes
the new blobs, fsyncs them, then writes index generation N+1 atomically; the
previous generations stay until N+1 is durable, so after a crash the store
opens on the newest index that decrypts, and every blob that index names is
there.  Each index records the log's count and last hash, and the log's head the
newest generation written: an index deleted (or an older copy of the index folder
put back) is said at open like a damaged one, and noted in ``damaged/``.
See ``crypto.py`` for the encryption, ``atomic.py`` for durability,
``keyslots.py`` for the header and its key slots, ``handover.py`` for the
hand-over file and ``records.py`` for the values handed out.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.text import fold
from desktop.errors import UserError

from . import handover, keyslots
from .appdirs import HEADER_FILE
from .atomic import (
    TMP_SUFFIX,
    StoreLock,
    atomic_write,
    fsync_dir,
    make_private_dir,
    shred_file,
    shred_tree,
    walk_files,
)
from .crypto import (
    ROLE_BLOB,
    ROLE_INDEX,
    DecryptError,
    keyed_name,
    open_sealed,
    random_key,
    seal,
    sha256_hex,
    subkey,
)
from .custody import check_passphrase_strength
from .handover import pack_handover, unpack_handover
from .keyslots import CUSTODIES, read_header
from .records import (
    FORMAT_VERSION,
    CaseSummary,
    DossierRecord,
    SaveResult,
    check_dossier_id,
    check_relpath,
    context,
    now_iso,
)
from .scratch import PREFIX_COPY, new_area

if TYPE_CHECKING:
    from desktop.core.clock import Clock

    from .log import ActionLog

KEEP_GENERATIONS = 3
#: Where index generations that no longer decrypt are kept for recovery, and where
#: a generation the log's head says was written but that is gone is noted.
DAMAGED_DIR = "damaged"
DAMAGED_SUFFIX = ".idx"
MISSING_SUFFIX = ".missing"
DEFAULT_TOML_NAME = "dossier.toml"

# Upgrades: version -> function bringing a store of that version to version+1.
# Format 1 is the first; tests/fixtures/vault_v1 keeps a store of it for good.
_MIGRATIONS: dict[int, Callable[[Vault], None]] = {}


# ---------------------------------------------------------------- case list


def _summary_of(dossier_id: str, entry: Mapping[str, Any]) -> CaseSummary:
    summary = dict(entry.get("summary") or {})
    known = ("display_name", "status", "deadline", "missing", "number")
    files = entry.get("files") or {}
    missing = summary.get("missing")
    return CaseSummary(
        id=dossier_id,
        display_name=str(summary.get("display_name") or ""),
        status=str(summary.get("status") or ""),
        deadline=None if summary.get("deadline") is None else str(summary["deadline"]),
        missing=int(missing) if isinstance(missing, int) else None,
        number=None if summary.get("number") is None else str(summary["number"]),
        created=str(entry.get("created", "")),
        updated=str(entry.get("updated", "")),
        files=len(files),
        size=int(entry["toml"]["size"]) + sum(int(ref["size"]) for ref in files.values()),
        extra={k: v for k, v in summary.items() if k not in known},
    )


def _json_summary(summary: Mapping[str, Any]) -> dict[str, Any]:
    try:
        return json.loads(json.dumps(dict(summary), default=str, ensure_ascii=False))
    except (TypeError, ValueError):
        raise UserError("vault.bad_summary") from None


# ---------------------------------------------------------------- the store


class Vault:
    """An open, unlocked store.  Use ``Vault.create`` or ``Vault.open``; close it."""

    def __init__(
        self,
        path: Path,
        header: keyslots.Header,
        data_key: bytes,
        lock: StoreLock,
        clock: Clock | None = None,
    ) -> None:
        self.path = path
        self._header = header
        self.store_id: str = header["store_id"]
        self._enc = subkey(data_key, "enc")
        self._ids = subkey(data_key, "ids")
        self._logkey = subkey(data_key, "log")
        self._lock = lock
        self._clock = clock
        self._closed = False
        self._index: dict[str, Any] = self._empty_index(0)
        self._gen = 0
        self._next_gen = 1
        self._retained: dict[int, set[str]] = {}
        self._digests: dict[int, tuple[bytes, str]] = {}
        self._next_digests: dict[int, tuple[bytes, str]] = {}
        # Newer generations than the one opened that did not decrypt, or that the log's
        # head says were written but are gone: the newest state was lost (damage,
        # deletion, an older copy put back); their files (or a note) are in ``damaged/``.
        self.recovered: list[int] = []
        self.missing: list[int] = []  # those of ``recovered`` that were gone, not damaged
        self.damaged_kept: list[int] = []  # every generation kept (or noted) in ``damaged/``
        self.swept = 0  # orphan blobs and temp files removed at open

    # ------------------------------------------------------------ creation / opening

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        custody: str = "auto",
        passphrase: str | None = None,
        recovery_passphrase: str | None = None,
        kdf_strength: str = "default",
        clock: Clock | None = None,
    ) -> Vault:
        """A new empty store at ``path`` (an empty or missing directory).

        ``custody``: "keyring" (data key in the OS keyring; ``recovery_passphrase``
        adds a passphrase slot too), "passphrase", "ephemeral" (key only in this
        process: reception point) or "auto" (keyring when a real one exists).
        """
        path = Path(path)
        kind = keyslots.choose_custody(custody)
        if (path / HEADER_FILE).exists():
            raise UserError("vault.already_exists", store=str(path))
        if path.exists() and any(path.iterdir()):
            raise UserError("vault.not_empty", store=str(path))
        keyslots.check_new_secrets(kind, passphrase, recovery_passphrase, path)
        make_private_dir(path)
        for sub in ("index", "objects", "log"):
            make_private_dir(path / sub)
        store_id = os.urandom(16).hex()
        data_key = random_key()
        slots = keyslots.new_slots(
            kind,
            store_id,
            data_key,
            passphrase=passphrase,
            recovery_passphrase=recovery_passphrase,
            kdf_strength=kdf_strength,
        )
        header = keyslots.new_header(store_id, slots)
        lock = StoreLock(path / "lock")
        if not lock.acquire():
            raise UserError("vault.busy", store=str(path))
        keyslots.write_header(path, header)
        vault = cls(path, header, data_key, lock, clock)
        vault._write_index(vault._empty_index(1))
        return vault

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str | None = None,
        *,
        clock: Clock | None = None,
        use_keyring: bool = True,
    ) -> Vault:
        """Unlock the store at ``path``; UserError (nothing altered) if it cannot."""
        path = Path(path)
        header = read_header(path)
        lock = StoreLock(path / "lock")
        if not lock.acquire():
            raise UserError("vault.busy", store=str(path))
        try:
            data_key = keyslots.unlock(path, header, passphrase, use_keyring)
            vault = cls(path, header, data_key, lock, clock)
            if header["version"] < FORMAT_VERSION:
                vault._upgrade()
            vault._load()
        except BaseException:
            lock.release()
            raise
        return vault

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ key custody

    @property
    def custody(self) -> list[str]:
        return [slot["type"] for slot in self._header["slots"]]

    def change_passphrase(
        self, old: str | None, new: str, *, kdf_strength: str = "default"
    ) -> None:
        """Re-wrap the data key under ``new``; the data is not touched.

        ``old`` must unlock the current passphrase slot (when there is one);
        a keyring-only store gains a passphrase slot (recovery).
        """
        self._check_open()
        header = keyslots.with_new_passphrase(
            self._header,
            self.path,
            old,
            new,
            is_data_key=lambda key: subkey(key, "enc") == self._enc,
            kdf_strength=kdf_strength,
        )
        keyslots.write_header(self.path, header)
        self._header = header

    # ------------------------------------------------------------ index generations

    def _empty_index(self, generation: int) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "store": self._header["store_id"],
            "generation": generation,
            "dossiers": {},
        }

    def _index_path(self, generation: int) -> Path:
        return self.path / "index" / f"{generation:016x}.idx"

    def _disk_generations(self) -> list[int]:
        gens = []
        for entry in os.scandir(self.path / "index"):
            name = entry.name
            if name.endswith(".idx") and len(name) == 20:
                with contextlib.suppress(ValueError):
                    gens.append(int(name[:16], 16))
        return sorted(gens, reverse=True)

    def _decrypt_index(self, generation: int) -> dict[str, Any]:
        data = self._index_path(generation).read_bytes()
        version, plain = open_sealed(
            self._enc, data, role=ROLE_INDEX, context=context(self.store_id, "index", generation)
        )
        index = json.loads(plain.decode("utf-8"))
        if version > FORMAT_VERSION or index.get("generation") != generation:
            raise DecryptError("unexpected index")
        return dict(index)

    def _damaged_path(self, generation: int, suffix: str = DAMAGED_SUFFIX) -> Path:
        return self.path / DAMAGED_DIR / f"{generation:016x}{suffix}"

    def _kept_damaged(self, suffix: str = DAMAGED_SUFFIX) -> list[int]:
        """Generations set aside earlier because they did not decrypt (``.idx``), or
        noted because they were gone (``.missing``)."""
        folder = self.path / DAMAGED_DIR
        gens = []
        if folder.is_dir():
            for entry in os.scandir(folder):
                name = entry.name
                if name.endswith(suffix) and len(name) == 16 + len(suffix):
                    with contextlib.suppress(ValueError):
                        gens.append(int(name[:16], 16))
        return sorted(gens, reverse=True)

    def _note_missing(self, generation: int) -> None:
        """Note in ``damaged/`` that ``generation`` was written but is gone: until the
        note is removed, nothing it may have named is pruned or swept."""
        make_private_dir(self.path / DAMAGED_DIR)
        atomic_write(self._damaged_path(generation, MISSING_SUFFIX), b"")

    def _set_aside(self, generation: int) -> None:
        """Move an index that does not decrypt to ``damaged/``: kept for recovery,
        out of the way of pruning (which would delete it with the data it names)."""
        make_private_dir(self.path / DAMAGED_DIR)
        os.replace(self._index_path(generation), self._damaged_path(generation))
        fsync_dir(self.path / DAMAGED_DIR)
        fsync_dir(self.path / "index")

    def _load(self) -> None:
        gens = self._disk_generations()
        kept = self._kept_damaged()
        gone = self._kept_damaged(MISSING_SUFFIX)
        if not gens:
            raise UserError("vault.damaged", store=str(self.path))
        written = self._action_log().written_generation()  # None: the head says nothing
        # a lost generation's number is not reused
        self._next_gen = max(gens + kept + gone + [written or 0]) + 1
        loaded = False
        unreadable: list[int] = []
        for gen in gens:
            try:
                index = self._decrypt_index(gen)
            except (OSError, ValueError, DecryptError):
                unreadable.append(gen)
                continue
            if not loaded:
                self._index, self._gen, loaded = index, gen, True
            self._retained[gen] = _refs(index)
            if len(self._retained) >= KEEP_GENERATIONS:
                break
        if not loaded:
            raise UserError("vault.damaged", store=str(self.path))
        for gen in unreadable:
            self._set_aside(gen)
        if written is not None and written > self._gen and written not in kept + unreadable:
            # written, and neither here nor set aside: deleted, or older copies put back
            if written not in gone:
                self._note_missing(written)
                gone.append(written)
        self.damaged_kept = sorted(set(kept + unreadable + gone), reverse=True)
        # The newest state is lost until a save lands on top of the lost one.
        self.recovered = [gen for gen in self.damaged_kept if gen > self._gen]
        self.missing = [gen for gen in self.recovered if gen in gone]
        if not self.damaged_kept and len(gens) <= KEEP_GENERATIONS:
            self._sweep()

    @property
    def damaged_dir(self) -> Path:
        """Where index generations that did not decrypt are kept (see ``damaged_kept``)."""
        return self.path / DAMAGED_DIR

    def _sweep(self) -> None:
        """Remove blobs no kept index names (a save cut short) and stray temp files."""
        keep: set[str] = set().union(*self._retained.values()) if self._retained else set()
        for file in list(walk_files(self.path)):
            if file.name.endswith(TMP_SUFFIX):
                file.unlink(missing_ok=True)
                self.swept += 1
            elif file.parent.parent.name == "objects" and file.parent.parent.parent == self.path:
                if file.parent.name + file.name not in keep:
                    file.unlink(missing_ok=True)
                    self.swept += 1

    def _write_index(self, index: dict[str, Any], *, purge_history: bool = False) -> int:
        generation = self._next_gen
        log = self._action_log()
        try:
            log_state: dict[str, Any] | None = log.state()
        except OSError:  # an unreadable log does not stop a save; this index records none
            log_state = None
        index = dict(
            index, generation=generation, supersedes=self._gen, saved_at=now_iso(self._clock)
        )
        index.pop("log", None)
        if log_state is not None:
            index["log"] = {"count": log_state["count"], "last": log_state["last"]}
        plain = json.dumps(index, sort_keys=True, ensure_ascii=False).encode("utf-8")
        sealed = seal(
            self._enc,
            plain,
            version=FORMAT_VERSION,
            role=ROLE_INDEX,
            context=context(self.store_id, "index", generation),
        )
        atomic_write(self._index_path(generation), sealed)
        if log_state is not None:
            # after the index is durable: a crash between leaves the head behind, not ahead
            with contextlib.suppress(OSError):  # the save stands; only the check is weaker
                log.mark_generation(generation, log_state)
        self._index, self._gen, self._next_gen = index, generation, generation + 1
        self.recovered = [gen for gen in self.recovered if gen > generation]  # [] now
        self.missing = [gen for gen in self.missing if gen > generation]
        self._retained[generation] = _refs(index)
        self._prune(keep=1 if purge_history else KEEP_GENERATIONS, shred=purge_history)
        return generation

    def _prune(self, *, keep: int, shred: bool) -> None:
        kept = sorted(self._retained, reverse=True)[:keep]
        dropped = {g: refs for g, refs in self._retained.items() if g not in kept}
        self._retained = {g: self._retained[g] for g in kept}
        for gen in self._disk_generations():
            if gen not in self._retained:
                (shred_file if shred else _unlink)(self._index_path(gen))
        if self.damaged_kept and not shred:
            return  # a damaged generation may name these blobs: keep them for recovery
        still = set().union(*self._retained.values())
        for refs in dropped.values():
            for name in refs - still:
                (shred_file if shred else _unlink)(self._blob_path(name))

    # ------------------------------------------------------------ blobs

    def _blob_path(self, name: str) -> Path:
        return self.path / "objects" / name[:2] / name[2:]

    def _digest(self, content: bytes) -> str:
        """SHA-256 of ``content``; free when the caller passes the same bytes object again.

        Autosave hands over the same (immutable) file objects each time; the
        cache holds a reference to each, so its id cannot be reused meanwhile.
        """
        hit = self._digests.get(id(content))
        if hit is not None and hit[0] is content:
            digest = hit[1]
        else:
            digest = sha256_hex(content)
        self._next_digests[id(content)] = (content, digest)
        return digest

    def _put_blob(self, content: bytes, dirs: set[Path]) -> tuple[dict[str, Any], int]:
        digest = self._digest(content)
        name = keyed_name(self._ids, digest)
        ref = {"blob": name, "sha256": digest, "size": len(content)}
        target = self._blob_path(name)
        if target.exists():
            return ref, 0
        make_private_dir(target.parent)
        sealed = seal(
            self._enc,
            content,
            version=FORMAT_VERSION,
            role=ROLE_BLOB,
            context=context(self.store_id, "blob", name),
        )
        atomic_write(target, sealed, sync_dir=False)
        dirs.add(target.parent)
        return ref, len(sealed)

    def _get_blob(self, ref: Mapping[str, Any], dossier_id: str = "", label: str = "") -> bytes:
        """The content of one blob; UserError naming the dossier's file it holds when
        it is missing or damaged (the rest of the store is not in question)."""
        name = ref["blob"]
        try:
            data = self._blob_path(name).read_bytes()
            _, content = open_sealed(
                self._enc, data, role=ROLE_BLOB, context=context(self.store_id, "blob", name)
            )
            if sha256_hex(content) != ref["sha256"]:
                raise DecryptError("hash")
        except (OSError, DecryptError):
            raise UserError(
                "vault.file_damaged",
                id=dossier_id,
                file=label or name,
                blob=str(self._blob_path(name).relative_to(self.path)),
                store=str(self.path),
            ) from None
        return content

    # ------------------------------------------------------------ dossiers

    def _check_open(self) -> None:
        if self._closed:
            raise UserError("vault.closed")

    @property
    def generation(self) -> int:
        return self._gen

    def save_dossier(
        self,
        dossier_id: str,
        toml_bytes: bytes,
        files: Mapping[str, bytes],
        summary: Mapping[str, Any],
        *,
        toml_name: str | None = None,
    ) -> SaveResult:
        """Store (or replace) a dossier atomically.  Cheap when nothing changed.

        When this returns, the new state is durable; a crash before that leaves
        the previous state.  ``files`` maps names relative to the TOML to bytes.
        """
        self._check_open()
        check_dossier_id(dossier_id)
        names = {check_relpath(name): content for name, content in files.items()}
        summary_json = _json_summary(summary)
        old = self._index["dossiers"].get(dossier_id)
        toml_name = check_relpath(toml_name or (old["toml_name"] if old else DEFAULT_TOML_NAME))
        dirs: set[Path] = set()
        written = nbytes = 0
        self._next_digests = {}
        toml_ref, n = self._put_blob(bytes(toml_bytes), dirs)
        written, nbytes = written + (n > 0), nbytes + n
        refs: dict[str, Any] = {}
        for name in sorted(names):
            refs[name], n = self._put_blob(bytes(names[name]), dirs)
            written, nbytes = written + (n > 0), nbytes + n
        self._digests, self._next_digests = self._next_digests, {}
        if (
            old is not None
            and old["toml"] == toml_ref
            and old["files"] == refs
            and old["summary"] == summary_json
            and old["toml_name"] == toml_name
        ):
            return SaveResult(self._gen, False, 0, 0)
        for directory in sorted(dirs):
            fsync_dir(directory)
        now = now_iso(self._clock)
        entry = {
            "toml": toml_ref,
            "toml_name": toml_name,
            "files": refs,
            "summary": summary_json,
            "created": old["created"] if old else now,
            "updated": now,
            "revision": (old["revision"] + 1) if old else 1,
        }
        index = dict(self._index)
        index["dossiers"] = dict(self._index["dossiers"], **{dossier_id: entry})
        generation = self._write_index(index)
        return SaveResult(generation, True, written, nbytes)

    def _entry(self, dossier_id: str) -> dict[str, Any]:
        self._check_open()
        entry = self._index["dossiers"].get(dossier_id)
        if entry is None:
            raise UserError("vault.no_such_dossier", id=dossier_id)
        return dict(entry)

    def has_dossier(self, dossier_id: str) -> bool:
        return dossier_id in self._index["dossiers"]

    def load_dossier(self, dossier_id: str) -> DossierRecord:
        entry = self._entry(dossier_id)
        return DossierRecord(
            id=dossier_id,
            toml=self._get_blob(entry["toml"], dossier_id, entry["toml_name"]),
            files={
                name: self._get_blob(ref, dossier_id, name) for name, ref in entry["files"].items()
            },
            summary=dict(entry["summary"]),
            toml_name=entry["toml_name"],
            created=entry["created"],
            updated=entry["updated"],
            revision=entry["revision"],
        )

    def read_file(self, dossier_id: str, name: str) -> bytes:
        entry = self._entry(dossier_id)
        ref = entry["files"].get(name)
        if ref is None:
            raise UserError("vault.no_such_file", id=dossier_id, file=name)
        return self._get_blob(ref, dossier_id, name)

    def list_dossiers(self) -> list[CaseSummary]:
        """The case list, most recently changed first."""
        self._check_open()
        cases = [_summary_of(i, e) for i, e in self._index["dossiers"].items()]
        return sorted(cases, key=lambda c: (c.updated, c.id), reverse=True)

    def search(self, query: str) -> list[CaseSummary]:
        """Cases whose name, id or number contains ``query`` (ignoring case and accents)."""
        needle = fold(query.strip())
        return [
            case
            for case in self.list_dossiers()
            if needle in fold(case.display_name)
            or needle in fold(case.id)
            or (case.number is not None and needle in fold(case.number))
        ]

    def delete(self, dossier_id: str) -> None:
        """Remove a dossier for good: older index generations naming it are shredded."""
        self._entry(dossier_id)
        index = dict(self._index)
        index["dossiers"] = {k: v for k, v in self._index["dossiers"].items() if k != dossier_id}
        self._write_index(index, purge_history=True)

    # ------------------------------------------------------------ materialise

    def materialise(self, dossier_id: str, dest: Path | str) -> Path:
        """Write the TOML and its files under ``dest`` (created 0700, must be empty)."""
        record = self.load_dossier(dossier_id)
        dest = Path(dest)
        if dest.exists() and any(dest.iterdir()):
            raise UserError("vault.not_empty", store=str(dest))
        make_private_dir(dest)
        for name, content in [(record.toml_name, record.toml), *record.files.items()]:
            target = dest.joinpath(*name.split("/"))
            make_private_dir(target.parent)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
        return dest / record.toml_name

    @contextlib.contextmanager
    def materialised(self, dossier_id: str, base: Path | str | None = None) -> Iterator[Path]:
        """A private temporary copy (a marked ``ds-copy-*`` area, 0700, under
        ``scratch.scratch_root()`` unless ``base`` is given) of a dossier, shredded
        on exit, or by the next start's sweep if this process dies first.

        Yields the path of the TOML file; referenced files sit beside it.
        """
        root = new_area(PREFIX_COPY, base)
        try:
            yield self.materialise(dossier_id, root / "d")
        finally:
            shred_tree(root)

    # ------------------------------------------------------------ hand-over

    def export_dossier(
        self,
        dossier_id: str,
        out_file: Path | str,
        passphrase: str,
        *,
        kdf_strength: str = "default",
    ) -> Path:
        """One encrypted file holding the dossier, under its own passphrase."""
        check_passphrase_strength(passphrase)
        record = self.load_dossier(dossier_id)
        return handover.write_handover(record, Path(out_file), passphrase, kdf_strength)

    def import_dossier(
        self,
        in_file: Path | str,
        passphrase: str,
        *,
        as_id: str | None = None,
        replace: bool = False,
    ) -> str:
        """Add the dossier of a hand-over file; returns its id in this store."""
        record = handover.read_handover(Path(in_file), passphrase)
        dossier_id = as_id or record.id
        if self.has_dossier(dossier_id) and not replace:
            raise UserError("vault.dossier_exists", id=dossier_id)
        self.save_dossier(
            dossier_id, record.toml, record.files, record.summary, toml_name=record.toml_name
        )
        return dossier_id

    # ------------------------------------------------------------ log, wipe

    @property
    def log(self) -> ActionLog:
        return self._action_log()

    def _action_log(self) -> ActionLog:
        """The action log; shorter than the open index recorded it reads as truncated."""
        from .log import ActionLog

        return ActionLog(
            self.path / "log" / "actions.log",
            self._logkey,
            self.store_id,
            self._clock,
            floor=self._index.get("log"),
        )

    def wipe(self) -> int:
        """Destroy the store: forget the key (keyring entry, header), shred every file."""
        self._check_open()
        self.close()
        return wipe_store(self.path)

    # ------------------------------------------------------------ upgrades

    def _upgrade(self) -> None:  # pragma: no cover - no older format exists yet
        version = int(self._header["version"])
        while version < FORMAT_VERSION:
            _MIGRATIONS[version](self)
            version += 1
        header = dict(self._header, version=FORMAT_VERSION)
        keyslots.write_header(self.path, header)
        self._header = header


# ---------------------------------------------------------------- module helpers


# The store's own files, folder by folder (names, or patterns of names): a wipe
# removes these and nothing else, so a person's files beside them survive.
_OWN: dict[tuple[str, ...], re.Pattern[str]] = {
    (): re.compile(rf"{re.escape(HEADER_FILE)}|lock"),
    ("index",): re.compile(r"[0-9a-f]{16}\.idx"),
    (DAMAGED_DIR,): re.compile(r"[0-9a-f]{16}\.(?:idx|missing)"),
    ("objects", "*"): re.compile(r"[0-9a-f]{62}"),
    ("log",): re.compile(r"actions\.log|head"),
}
_HEX2 = re.compile(r"[0-9a-f]{2}")


def _own_name(pattern: re.Pattern[str], name: str) -> bool:
    """``name`` is one of the folder's files, or the temporary file of one."""
    if pattern.fullmatch(name):
        return True
    temp = re.fullmatch(r"\.(.+)\.[0-9a-f]{8}" + re.escape(TMP_SUFFIX), name)
    return temp is not None and pattern.fullmatch(temp.group(1)) is not None


def store_files(path: Path) -> tuple[list[Path], list[Path]]:
    """The store's own files and folders (deepest folders first), by their names."""
    files: list[Path] = []
    folders: list[Path] = []
    for where, pattern in _OWN.items():
        if where and where[-1] == "*":
            parent = path.joinpath(*where[:-1])
            subs = [d for d in _entries(parent) if d.is_dir() and not d.is_symlink()]
            dirs = [d for d in subs if _HEX2.fullmatch(d.name)]
            folders.extend([*dirs, parent])
        else:
            dirs = [path.joinpath(*where)]
            if where:
                folders.append(dirs[0])
        for folder in dirs:
            for entry in _entries(folder):
                if _own_name(pattern, entry.name) and (entry.is_symlink() or entry.is_file()):
                    files.append(entry)
    return files, folders


def _entries(folder: Path) -> list[Path]:
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(folder.iterdir())


def wipe_store(path: Path | str) -> int:
    """Destroy a store without unlocking it (a forgotten passphrase must not stop a wipe).

    The key goes first (keyring entry, then the header holding the wrapped key),
    so even blocks an SSD keeps are ciphertext nobody can open. Only the store's
    own files go (``store_files``); a folder without a store header is refused,
    and one holding other files keeps them (and stays). Returns the number of
    files shredded.
    """
    path = Path(path)
    header = read_header(path)
    lock = StoreLock(path / "lock")
    if not lock.acquire():
        raise UserError("vault.busy", store=str(path))
    try:
        keyslots.forget_key(header)
        shred_file(path / HEADER_FILE)
    finally:
        lock.release()
    files, folders = store_files(path)
    for file in files:
        shred_file(file)
    for folder in [*folders, path]:
        with contextlib.suppress(OSError):  # not empty: someone's own files are there
            folder.rmdir()
    return len(files) + 1


def _refs(index: Mapping[str, Any]) -> set[str]:
    refs: set[str] = set()
    for entry in index.get("dossiers", {}).values():
        refs.add(entry["toml"]["blob"])
        refs.update(ref["blob"] for ref in entry["files"].values())
    return refs


def _unlink(path: Path) -> None:
    path.unlink(missing_ok=True)


__all__ = [
    "CUSTODIES",
    "FORMAT_VERSION",
    "KEEP_GENERATIONS",
    "CaseSummary",
    "DossierRecord",
    "SaveResult",
    "Vault",
    "pack_handover",
    "read_header",
    "store_files",
    "unpack_handover",
    "wipe_store",
]

"""The encrypted store: dossiers (an opaque TOML document plus attached files).

On disk (format version 1)::

    STORE/
      vault.json              clear header: format, version, store id, key slots
      lock                    advisory lock, one writer at a time
      index/<generation>.idx  encrypted index, the newest few generations kept
      objects/ab/<62 hex>     encrypted blobs, named by a keyed hash of the content
      log/actions.log         encrypted append-only log (see log.py)

Nothing in clear but the header, which holds no personal data.  A save writes
the new blobs, fsyncs them, then writes index generation N+1 atomically; the
previous generations stay until N+1 is durable, so after a crash the store
opens on the newest index that decrypts, and every blob that index names is
there.  See ``crypto.py`` for the encryption and ``atomic.py`` for durability.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import struct
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.errors import UserError

from . import custody as _custody
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
    ROLE_HANDOVER,
    ROLE_INDEX,
    DecryptError,
    KdfParams,
    b64d,
    b64e,
    keyed_name,
    open_sealed,
    random_key,
    seal,
    sha256_hex,
    subkey,
    unwrap_key,
    wrap_key,
)

FORMAT_NAME = "dossier-sejour-vault"
FORMAT_VERSION = 1
KEEP_GENERATIONS = 3
HANDOVER_MAGIC = b"DSVX"
HANDOVER_VERSION = 1
DEFAULT_TOML_NAME = "dossier.toml"
CUSTODIES = ("auto", "keyring", "passphrase", "ephemeral")

# Upgrades: version -> function bringing a store of that version to version+1.
# Format 1 is the first; tests/fixtures/vault_v1 keeps a store of it for good.
_MIGRATIONS: dict[int, Any] = {}


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
    generation: int
    changed: bool
    blobs_written: int
    bytes_written: int


# ---------------------------------------------------------------- helpers


def _now(clock: Any) -> str:
    moment = clock.now() if clock is not None else dt.datetime.now()
    return moment.replace(microsecond=0).isoformat()


def check_relpath(name: str) -> str:
    """A file name relative to the dossier: no absolute path, no '..', no drive."""
    if not isinstance(name, str) or not name or "\x00" in name or "\\" in name or ":" in name:
        raise UserError("vault.bad_file_name", file=str(name))
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


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


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
        header: dict[str, Any],
        data_key: bytes,
        lock: StoreLock,
        clock: Any = None,
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
        self.recovered: list[int] = []  # generations skipped because they did not decrypt
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
        clock: Any = None,
    ) -> Vault:
        """A new empty store at ``path`` (an empty or missing directory).

        ``custody``: "keyring" (data key in the OS keyring; ``recovery_passphrase``
        adds a passphrase slot too), "passphrase", "ephemeral" (key only in this
        process: reception point) or "auto" (keyring when a real one exists).
        """
        path = Path(path)
        if custody not in CUSTODIES:
            raise UserError("vault.bad_custody", custody=custody, choices=", ".join(CUSTODIES))
        if custody == "auto":
            custody = "keyring" if custody_keyring_ready() else "passphrase"
        if (path / HEADER_FILE).exists():
            raise UserError("vault.already_exists", store=str(path))
        if path.exists() and any(path.iterdir()):
            raise UserError("vault.not_empty", store=str(path))
        if custody == "passphrase":
            if not passphrase:
                raise UserError("vault.passphrase_needed", store=str(path))
            custody_mod_check(passphrase)
        if recovery_passphrase:
            custody_mod_check(recovery_passphrase)
        make_private_dir(path)
        for sub in ("index", "objects", "log"):
            make_private_dir(path / sub)
        store_id = os.urandom(16).hex()
        data_key = random_key()
        slots: list[dict[str, Any]] = []
        if custody == "keyring":
            custody_keyring_put(store_id, data_key)
            slots.append(
                {
                    "type": "keyring",
                    "service": KEYRING_SERVICE,
                    "account": account_for(store_id),
                    "check": b64e(
                        seal(
                            subkey(data_key, "check"),
                            b"",
                            version=FORMAT_VERSION,
                            role=ROLE_INDEX,
                            context=_ctx(store_id, "keycheck"),
                        )
                    ),
                }
            )
            if recovery_passphrase:
                slots.append(
                    _passphrase_slot(store_id, data_key, recovery_passphrase, kdf_strength)
                )
        elif custody == "passphrase":
            assert passphrase is not None
            slots.append(_passphrase_slot(store_id, data_key, passphrase, kdf_strength))
        else:
            slots.append({"type": "ephemeral"})
        header = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "store_id": store_id,
            "slots": slots,
        }
        lock = StoreLock(path / "lock")
        if not lock.acquire():
            raise UserError("vault.busy", store=str(path))
        atomic_write(path / HEADER_FILE, _dump_header(header))
        vault = cls(path, header, data_key, lock, clock)
        vault._write_index(vault._empty_index(1))
        return vault

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str | None = None,
        *,
        clock: Any = None,
        use_keyring: bool = True,
    ) -> Vault:
        """Unlock the store at ``path``; UserError (nothing altered) if it cannot."""
        path = Path(path)
        header = read_header(path)
        lock = StoreLock(path / "lock")
        if not lock.acquire():
            raise UserError("vault.busy", store=str(path))
        try:
            data_key = _unlock(path, header, passphrase, use_keyring)
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
        custody_mod_check(new)
        slots = self._header["slots"]
        pp = [s for s in slots if s["type"] == "passphrase"]
        if pp:
            if old is None:
                raise UserError("vault.passphrase_needed", store=str(self.path))
            data_key = _unwrap_passphrase(self.store_id, pp[0], old)
        else:
            data_key = self._data_key_from_keyring_slot()
        new_slot = _passphrase_slot(self.store_id, data_key, new, kdf_strength)
        header = dict(self._header)
        header["slots"] = [s for s in slots if s["type"] != "passphrase"] + [new_slot]
        atomic_write(self.path / HEADER_FILE, _dump_header(header))
        self._header = header

    def _data_key_from_keyring_slot(self) -> bytes:
        key = _custody.keyring_get(self.store_id)
        if key is None or subkey(key, "enc") != self._enc:
            raise UserError("vault.keyring_missing_key", store=str(self.path))
        return key

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
            self._enc, data, role=ROLE_INDEX, context=_ctx(self.store_id, "index", generation)
        )
        index = json.loads(plain.decode("utf-8"))
        if version > FORMAT_VERSION or index.get("generation") != generation:
            raise DecryptError("unexpected index")
        return dict(index)

    def _load(self) -> None:
        gens = self._disk_generations()
        if not gens:
            raise UserError("vault.damaged", store=str(self.path))
        self._next_gen = gens[0] + 1
        loaded = False
        unreadable = False
        for gen in gens:
            try:
                index = self._decrypt_index(gen)
            except (OSError, ValueError, DecryptError):
                unreadable = True
                if not loaded:
                    self.recovered.append(gen)
                continue
            if not loaded:
                self._index, self._gen, loaded = index, gen, True
            self._retained[gen] = _refs(index)
            if len(self._retained) >= KEEP_GENERATIONS:
                break
        if not loaded:
            raise UserError("vault.damaged", store=str(self.path))
        if not unreadable and len(gens) <= KEEP_GENERATIONS:
            self._sweep()

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
        index = dict(index, generation=generation, saved_at=_now(self._clock))
        plain = json.dumps(index, sort_keys=True, ensure_ascii=False).encode("utf-8")
        sealed = seal(
            self._enc,
            plain,
            version=FORMAT_VERSION,
            role=ROLE_INDEX,
            context=_ctx(self.store_id, "index", generation),
        )
        atomic_write(self._index_path(generation), sealed)
        self._index, self._gen, self._next_gen = index, generation, generation + 1
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
            context=_ctx(self.store_id, "blob", name),
        )
        atomic_write(target, sealed, sync_dir=False)
        dirs.add(target.parent)
        return ref, len(sealed)

    def _get_blob(self, ref: Mapping[str, Any]) -> bytes:
        name = ref["blob"]
        try:
            data = self._blob_path(name).read_bytes()
            _, content = open_sealed(
                self._enc, data, role=ROLE_BLOB, context=_ctx(self.store_id, "blob", name)
            )
        except (OSError, DecryptError):
            raise UserError("vault.damaged", store=str(self.path)) from None
        if sha256_hex(content) != ref["sha256"]:
            raise UserError("vault.damaged", store=str(self.path))
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
        now = _now(self._clock)
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
            toml=self._get_blob(entry["toml"]),
            files={name: self._get_blob(ref) for name, ref in entry["files"].items()},
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
        return self._get_blob(ref)

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
        """A private temporary copy (mkdtemp, 0700) of a dossier, shredded on exit.

        Yields the path of the TOML file; referenced files sit beside it.
        """
        root = Path(tempfile.mkdtemp(prefix="ds-", dir=None if base is None else str(base)))
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
        custody_mod_check(passphrase)
        record = self.load_dossier(dossier_id)
        out = Path(out_file)
        if out.exists():
            raise UserError("vault.export_exists", file=str(out))
        atomic_write(out, pack_handover(record, passphrase, kdf_strength))
        return out

    def import_dossier(
        self,
        in_file: Path | str,
        passphrase: str,
        *,
        as_id: str | None = None,
        replace: bool = False,
    ) -> str:
        """Add the dossier of a hand-over file; returns its id in this store."""
        path = Path(in_file)
        try:
            data = path.read_bytes()
        except OSError:
            raise UserError("vault.file_unreadable", file=str(path)) from None
        record = unpack_handover(data, passphrase, str(path))
        dossier_id = as_id or record.id
        if self.has_dossier(dossier_id) and not replace:
            raise UserError("vault.dossier_exists", id=dossier_id)
        self.save_dossier(
            dossier_id, record.toml, record.files, record.summary, toml_name=record.toml_name
        )
        return dossier_id

    # ------------------------------------------------------------ log, wipe

    @property
    def log(self) -> Any:
        from .log import ActionLog

        return ActionLog(
            self.path / "log" / "actions.log", self._logkey, self.store_id, self._clock
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
        atomic_write(self.path / HEADER_FILE, _dump_header(header))
        self._header = header


# ---------------------------------------------------------------- module helpers


def wipe_store(path: Path | str) -> int:
    """Destroy a store without unlocking it (a forgotten passphrase must not stop a wipe).

    The key goes first (keyring entry, then the header holding the wrapped key),
    so even blocks an SSD keeps are ciphertext nobody can open.  Returns the
    number of files shredded.
    """
    path = Path(path)
    header = read_header(path)
    lock = StoreLock(path / "lock")
    if not lock.acquire():
        raise UserError("vault.busy", store=str(path))
    try:
        if any(slot.get("type") == "keyring" for slot in header["slots"]):
            _custody.keyring_delete(header["store_id"])
        shred_file(path / HEADER_FILE)
    finally:
        lock.release()
    return shred_tree(path) + 1


KEYRING_SERVICE = _custody.KEYRING_SERVICE
account_for = _custody.account_for


def custody_keyring_ready() -> bool:
    return _custody.keyring_backend() is not None


def custody_keyring_put(store_id: str, key: bytes) -> None:
    if not custody_keyring_ready():
        raise UserError("vault.keyring_unavailable", detail="no backend")
    _custody.keyring_put(store_id, key)


def custody_mod_check(passphrase: str) -> None:
    _custody.check_passphrase_strength(passphrase)


def _ctx(store_id: str, role: str, name: object = "") -> bytes:
    return f"{FORMAT_NAME}|{store_id}|{role}|{name}".encode()


def _refs(index: Mapping[str, Any]) -> set[str]:
    refs: set[str] = set()
    for entry in index.get("dossiers", {}).values():
        refs.add(entry["toml"]["blob"])
        refs.update(ref["blob"] for ref in entry["files"].values())
    return refs


def _unlink(path: Path) -> None:
    path.unlink(missing_ok=True)


def _dump_header(header: Mapping[str, Any]) -> bytes:
    return (json.dumps(header, indent=2, sort_keys=True) + "\n").encode("ascii")


def read_header(path: Path) -> dict[str, Any]:
    file = path / HEADER_FILE
    if not file.exists():
        raise UserError("vault.not_found", store=str(path))
    try:
        header = json.loads(file.read_text("ascii"))
        ok = (
            isinstance(header, dict)
            and header.get("format") == FORMAT_NAME
            and isinstance(header.get("version"), int)
            and isinstance(header.get("slots"), list)
            and isinstance(header.get("store_id"), str)
        )
    except (OSError, ValueError):
        ok = False
    if not ok:
        raise UserError("vault.damaged", store=str(path))
    if header["version"] > FORMAT_VERSION:
        raise UserError("vault.too_new", store=str(path), version=header["version"])
    return dict(header)


def _passphrase_slot(
    store_id: str, data_key: bytes, passphrase: str, strength: str
) -> dict[str, Any]:
    kdf = KdfParams.new(strength)
    kek = kdf.derive(passphrase)
    return {
        "type": "passphrase",
        "kdf": kdf.to_json(),
        "wrapped": wrap_key(
            kek, data_key, version=FORMAT_VERSION, context=_ctx(store_id, "keywrap")
        ),
    }


def _unwrap_passphrase(store_id: str, slot: Mapping[str, Any], passphrase: str) -> bytes:
    try:
        kek = KdfParams.from_json(dict(slot["kdf"])).derive(passphrase)
        return unwrap_key(kek, slot["wrapped"], context=_ctx(store_id, "keywrap"))
    except (DecryptError, ValueError, KeyError, TypeError):
        raise UserError("vault.wrong_passphrase") from None


def _unlock(
    path: Path, header: Mapping[str, Any], passphrase: str | None, use_keyring: bool
) -> bytes:
    store_id = header["store_id"]
    slots = header["slots"]
    types = [slot.get("type") for slot in slots]
    if types == ["ephemeral"]:
        raise UserError("vault.ephemeral_gone", store=str(path))
    keyring_error: UserError | None = None
    for slot in slots:
        if slot.get("type") == "keyring" and use_keyring and passphrase is None:
            if not custody_keyring_ready():
                keyring_error = UserError("vault.keyring_unavailable", detail="no backend")
                continue
            try:
                key = _custody.keyring_get(store_id)
            except UserError as exc:
                keyring_error = exc
                continue
            if key is None or not _keyring_check(store_id, key, slot):
                keyring_error = UserError("vault.keyring_missing_key", store=str(path))
                continue
            return key
    for slot in slots:
        if slot.get("type") == "passphrase":
            if passphrase is None:
                # Say why the keyring did not do (its message names the recovery passphrase).
                raise keyring_error or UserError("vault.passphrase_needed", store=str(path))
            return _unwrap_passphrase(store_id, slot, passphrase)
    if keyring_error is not None:
        raise keyring_error
    raise UserError("vault.damaged", store=str(path))


def _keyring_check(store_id: str, key: bytes, slot: Mapping[str, Any]) -> bool:
    try:
        open_sealed(
            subkey(key, "check"),
            b64d(slot["check"]),
            role=ROLE_INDEX,
            context=_ctx(store_id, "keycheck"),
        )
    except (DecryptError, ValueError, KeyError):
        return False
    return True


# ---------------------------------------------------------------- hand-over file

_U32 = struct.Struct(">I")


def pack_handover(record: DossierRecord, passphrase: str, strength: str = "default") -> bytes:
    """``DSVX | u32 len | KDF json | sealed(manifest + contents)``."""
    names = sorted(record.files)
    manifest = {
        "kind": "dossier-handover",
        "format": HANDOVER_VERSION,
        "id": record.id,
        "summary": record.summary,
        "toml_name": record.toml_name,
        "created": record.created,
        "updated": record.updated,
        "toml": {"sha256": sha256_hex(record.toml), "size": len(record.toml)},
        "files": [
            {"path": n, "sha256": sha256_hex(record.files[n]), "size": len(record.files[n])}
            for n in names
        ],
    }
    body = io.BytesIO()
    raw = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode("utf-8")
    body.write(_U32.pack(len(raw)))
    body.write(raw)
    body.write(record.toml)
    for n in names:
        body.write(record.files[n])
    kdf = KdfParams.new(strength)
    kdf_raw = json.dumps(kdf.to_json(), sort_keys=True).encode("ascii")
    sealed = seal(
        kdf.derive(passphrase),
        body.getvalue(),
        version=HANDOVER_VERSION,
        role=ROLE_HANDOVER,
        context=HANDOVER_MAGIC + kdf_raw,
    )
    return HANDOVER_MAGIC + _U32.pack(len(kdf_raw)) + kdf_raw + sealed


def unpack_handover(data: bytes, passphrase: str, label: str = "") -> DossierRecord:
    if data[:4] != HANDOVER_MAGIC or len(data) < 8:
        raise UserError("vault.not_handover", file=label)
    (n,) = _U32.unpack_from(data, 4)
    kdf_raw = data[8 : 8 + n]
    try:
        kdf = KdfParams.from_json(json.loads(kdf_raw.decode("ascii")))
        key = kdf.derive(passphrase)
    except (ValueError, TypeError, KeyError):
        raise UserError("vault.not_handover", file=label) from None
    try:
        version, body = open_sealed(
            key, data[8 + n :], role=ROLE_HANDOVER, context=HANDOVER_MAGIC + kdf_raw
        )
    except DecryptError:
        raise UserError("vault.wrong_passphrase_file", file=label) from None
    if version > HANDOVER_VERSION:
        raise UserError("vault.too_new", store=label, version=version)
    try:
        (m,) = _U32.unpack_from(body, 0)
        manifest = json.loads(body[4 : 4 + m].decode("utf-8"))
        pos = 4 + m
        toml = body[pos : pos + manifest["toml"]["size"]]
        pos += len(toml)
        files: dict[str, bytes] = {}
        for item in manifest["files"]:
            content = body[pos : pos + item["size"]]
            pos += len(content)
            if sha256_hex(content) != item["sha256"]:
                raise ValueError("hash")
            files[check_relpath(item["path"])] = content
        if sha256_hex(toml) != manifest["toml"]["sha256"] or pos != len(body):
            raise ValueError("hash")
    except (ValueError, KeyError, TypeError, struct.error):
        raise UserError("vault.not_handover", file=label) from None
    return DossierRecord(
        id=check_dossier_id(manifest["id"]),
        toml=toml,
        files=files,
        summary=dict(manifest["summary"]),
        toml_name=check_relpath(manifest["toml_name"]),
        created=manifest["created"],
        updated=manifest["updated"],
        revision=1,
    )


__all__ = [
    "FORMAT_VERSION",
    "CaseSummary",
    "DossierRecord",
    "SaveResult",
    "Vault",
    "pack_handover",
    "read_header",
    "unpack_handover",
]

"""Signed catalog updates: the rules stay current on a computer that never goes
online (a reception point, a volunteer's laptop).

An update is ONE file (a zip) holding:

- ``manifest.json``: ``format``, ``format_version``, ``schema`` (the catalog
  schema this app reads: ``SCHEMA``), ``version`` (the catalog's, an integer that
  only grows), ``date`` (the day its rules were checked), ``key`` (the signing
  key's fingerprint) and ``files`` (each ``catalog/NAME.toml`` with its ``sha256``
  and ``bytes``);
- ``manifest.sig``: the Ed25519 signature (64 bytes) of ``manifest.json``'s bytes;
- ``catalog/NAME.toml``: the catalog files it replaces (``catalog.toml`` always).

It is verified against the public keys shipped in ``assets/catalog/keys/*.pub``
(PEM; ``DOSSIER_SEJOUR_CATALOG_KEY`` names another one: the tests' key only),
every size bounded before anything is parsed, and refused with a message naming
the file, the problem and the fix. An accepted update is kept whole, as it came,
in ``<app data>/catalog/update.zip`` (one atomic write) and verified again each
time it is loaded; ``load_active`` uses it instead of the shipped catalog while it
is newer. The files it does not carry, and the app's settings that are not rules
(``NOT_UPDATABLE``), come from the shipped catalog.

Standard library, and ``cryptography`` for the signature, imported only when an
update is read (the start of the app without one never loads it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import tomllib
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from desktop.core import reader
from desktop.core.atomic import atomic_write, fsync_dir
from desktop.errors import UserError
from desktop.paths import CATALOG_DIR

FORMAT = "dossier-sejour-catalog-update"
FORMAT_VERSION = 1
#: The catalog schema this app reads; an update made for another is refused.
SCHEMA = 1
MANIFEST, SIGNATURE, PREFIX = "manifest.json", "manifest.sig", "catalog/"
#: Settings of the app that are not rules: never replaced by an update (the
#: hostile-file caps of intake.toml above all).
NOT_UPDATABLE = frozenset({"bundle.toml", "intake.toml", "vault.toml"})
KEYS_DIR = CATALOG_DIR / "keys"
#: The public key to trust instead of the shipped ones (tests only).
KEY_ENV = "DOSSIER_SEJOUR_CATALOG_KEY"
ENV_HOME = "DOSSIER_SEJOUR_HOME"  # as desktop.vault.appdirs (core cannot import it)
APP_NAME = "dossier-sejour"
INSTALLED_NAME = "update.zip"

# Bounds: the whole catalog is ~150 kB today; an update is read whole into memory.
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_MEMBERS = 64
MAX_MEMBER_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}\.toml$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Update:
    """A verified update: its manifest's facts and its catalog files' bytes."""

    version: int
    date: dt.date
    schema: int
    key: str  # fingerprint of the key that signed it
    files: dict[str, bytes]  # NAME.toml -> bytes
    raw: bytes  # the file as it came (what is installed)

    def summary(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "date": self.date.isoformat(),
            "schema": self.schema,
            "key": self.key,
            "files": sorted(self.files),
        }


# ----- keys -----------------------------------------------------------------------


def fingerprint(raw_public_key: bytes) -> str:
    """A public key's fingerprint: the first 128 bits of the SHA-256 of its 32 raw
    bytes, in groups of four hex digits (what ``catalog status`` and the README show)."""
    digest = hashlib.sha256(raw_public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def key_files() -> list[Path]:
    override = os.environ.get(KEY_ENV)
    if override:
        return [Path(override)]
    return sorted(KEYS_DIR.glob("*.pub"))


def trusted_keys() -> list[tuple[str, Any]]:
    """``(fingerprint, Ed25519PublicKey)`` for every key the app trusts."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    out: list[tuple[str, Any]] = []
    for path in key_files():
        try:
            key = serialization.load_pem_public_key(reader.read_capped(path, 16 * 1024))
        except (reader.Refused, OSError, ValueError):
            continue
        if isinstance(key, Ed25519PublicKey):
            raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            out.append((fingerprint(raw), key))
    return out


# ----- where it lives ---------------------------------------------------------------


def data_dir() -> Path:
    """The app's data folder: the same as ``desktop.vault.appdirs.app_dirs().data``
    (a test keeps them equal; core cannot import the vault)."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home) / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def installed_path() -> Path:
    return data_dir() / "catalog" / INSTALLED_NAME


def shipped_meta(directory: Path = CATALOG_DIR) -> tuple[int, dt.date]:
    """The version and check date of the catalog in ``directory`` (its catalog.toml)."""
    with (directory / "catalog.toml").open("rb") as fh:
        meta = tomllib.load(fh)
    return int(meta["version"]), meta["checked"]


def updatable_names(directory: Path = CATALOG_DIR) -> set[str]:
    return {p.name for p in directory.glob("*.toml")} - NOT_UPDATABLE


# ----- reading an update -----------------------------------------------------------


def _refuse(key: str, name: str, **params: Any) -> UserError:
    return UserError(f"catalog_update.{key}", file=name, **params)


def read_file(path: Path | str) -> bytes:
    """The bytes of an update file, its size bounded before a byte is read."""
    name = str(path)
    try:
        return reader.read_capped(Path(path), MAX_FILE_BYTES)
    except reader.Refused as exc:
        if exc.reason == "missing":
            raise UserError("cli.file_not_found", file=name) from None
        if exc.reason == "too_large":
            raise _refuse(
                "too_large", name, size_kb=-(-exc.size // 1024), limit_kb=MAX_FILE_BYTES // 1024
            ) from None
        raise _refuse("not_an_update", name, detail=exc.reason) from None
    except OSError as exc:
        raise UserError("read.unreadable", file=name, detail=exc.strerror or "") from None


def _members(raw: bytes, name: str) -> dict[str, bytes]:
    """Each member of the zip, bounded (count, each size, total, compression kinds,
    names), read at most one byte past its cap whatever its header says."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _refuse("not_an_update", name, detail="zip") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse("not_an_update", name, detail=f"{len(infos)} entries")
        out: dict[str, bytes] = {}
        total = 0
        for info in infos:
            member = info.filename
            ok_name = member in (MANIFEST, SIGNATURE) or (
                member.startswith(PREFIX) and _NAME.match(member[len(PREFIX) :]) is not None
            )
            if not ok_name or info.is_dir() or member in out:
                raise _refuse("not_an_update", name, detail=member[:80])
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _refuse("not_an_update", name, detail=member[:80])
            try:
                with zf.open(info) as fh:
                    data = fh.read(MAX_MEMBER_BYTES + 1)
            except Exception:
                raise _refuse("not_an_update", name, detail=member[:80]) from None
            if len(data) > MAX_MEMBER_BYTES:
                raise _refuse("not_an_update", name, detail=f"{member[:80]} > 2 MB")
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise _refuse("not_an_update", name, detail="> 8 MB")
            out[member] = data
    if MANIFEST not in out or SIGNATURE not in out:
        raise _refuse("not_an_update", name, detail=MANIFEST)
    return out


def _verify(manifest: bytes, signature: bytes, name: str) -> str:
    """The fingerprint of the trusted key whose signature ``signature`` is."""
    from cryptography.exceptions import InvalidSignature

    if len(manifest) > MAX_MANIFEST_BYTES or len(signature) != 64:
        raise _refuse("bad_signature", name)
    for print_, key in trusted_keys():
        try:
            key.verify(signature, manifest)
        except InvalidSignature:
            continue
        return print_
    raise _refuse("bad_signature", name)


def parse(raw: bytes, name: str, updatable: set[str] | None = None) -> Update:
    """Verify the update ``raw`` (read from the file ``name``): zip and bounds,
    signature, format and schema, each file against its signed fingerprint.
    Raises ``UserError`` (``catalog_update.*``) naming the file, the problem and
    the fix. The version is not compared here (``newer_than``)."""
    members = _members(raw, name)
    key = _verify(members[MANIFEST], members[SIGNATURE], name)
    try:
        manifest = json.loads(members[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse("wrong_format", name, detail=MANIFEST) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse("wrong_format", name, detail="format")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise _refuse(
            "wrong_format", name, detail=f"format_version {manifest.get('format_version')}"
        )
    schema = manifest.get("schema")
    if schema != SCHEMA:
        raise _refuse("wrong_schema", name, got=str(schema), want=SCHEMA)
    version, date, files = manifest.get("version"), manifest.get("date"), manifest.get("files")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse("wrong_format", name, detail="version")
    try:
        day = dt.date.fromisoformat(str(date))
    except ValueError:
        raise _refuse("wrong_format", name, detail="date") from None
    if not isinstance(files, dict):
        raise _refuse("wrong_format", name, detail="files")
    present = {m[len(PREFIX) :] for m in members if m.startswith(PREFIX)}
    if set(files) != present:
        odd = sorted(set(files) ^ present)
        raise _refuse("tampered", name, member=", ".join(odd)[:120])
    out: dict[str, bytes] = {}
    for fname in sorted(present):
        entry = files[fname]
        data = members[PREFIX + fname]
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise _refuse("wrong_format", name, detail=fname)
        if hashlib.sha256(data).hexdigest() != digest or entry.get("bytes") != len(data):
            raise _refuse("tampered", name, member=fname)
        out[fname] = data
    allowed = updatable_names() if updatable is None else updatable
    unknown = sorted(set(out) - allowed)
    if unknown:
        raise _refuse("unknown_file", name, member=", ".join(unknown)[:120])
    if "catalog.toml" not in out:
        raise _refuse("wrong_format", name, detail="catalog/catalog.toml")
    return Update(version, day, SCHEMA, key, out, raw)


def read(path: Path | str) -> Update:
    """``parse`` the update file at ``path``."""
    return parse(read_file(path), str(path))


# ----- what is installed ----------------------------------------------------------------


def installed() -> tuple[Update | None, UserError | None]:
    """The installed update, verified again now (``None, None`` when there is none;
    ``None, why`` when it no longer passes: the shipped catalog is used)."""
    path = installed_path()
    if not path.exists():
        return None, None
    try:
        return read(path), None
    except UserError as exc:
        return None, exc


def install(update: Update) -> Path:
    """Keep ``update`` as the app's catalog update (one atomic write)."""
    path = installed_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, update.raw, mode=0o644)
    return path


def remove() -> bool:
    """Go back to the shipped catalog: the installed update is deleted (True if
    there was one)."""
    path = installed_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    fsync_dir(path.parent, best_effort=True)
    return True


@contextlib.contextmanager
def materialised(update: Update, shipped: Path = CATALOG_DIR) -> Iterator[Path]:
    """A temporary catalog folder: the shipped files, the update's over them."""
    tmp = Path(tempfile.mkdtemp(prefix="ds-catalog-"))
    try:
        for src in shipped.glob("*.toml"):
            shutil.copyfile(src, tmp / src.name)
        for fname, data in update.files.items():
            (tmp / fname).write_bytes(data)  # names checked by parse: NAME.toml only
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


T = TypeVar("T")


def load_active(loader: Callable[[Path], T]) -> tuple[T, Update | None]:
    """The catalog the app uses, and the update it comes from (None: the shipped
    one): an installed update that still verifies, is newer than the shipped
    catalog and loads; otherwise the shipped catalog. The one place that decides it
    (``desktop.core.catalog.active_catalog`` keeps the answer until an update is
    imported or removed)."""
    update, _why = installed()
    if update is not None and update.version > shipped_meta()[0]:
        with materialised(update) as folder:
            try:
                return loader(folder), update
            except (ValueError, KeyError, TypeError, OSError):
                pass  # a signed catalog this app cannot read: the shipped one
    return loader(CATALOG_DIR), None


# ----- making an update (tools/sign_catalog.py, tests) ---------------------------------


def make(directory: Path, private_key: Any, *, names: set[str] | None = None) -> bytes:
    """The update file for the catalog in ``directory``, signed with ``private_key``
    (an ``Ed25519PrivateKey``): every updatable ``*.toml`` of it (or ``names``)."""
    from cryptography.hazmat.primitives import serialization

    version, checked = shipped_meta(directory)
    chosen = sorted(names if names is not None else updatable_names(directory))
    files = {n: (directory / n).read_bytes() for n in chosen}
    raw_pub = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema": SCHEMA,
        "version": version,
        "date": checked.isoformat(),
        "key": fingerprint(raw_pub),
        "files": {
            n: {"sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)} for n, b in files.items()
        },
    }
    body = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, body)
        zf.writestr(SIGNATURE, private_key.sign(body))
        for n, b in files.items():
            zf.writestr(PREFIX + n, b)
    return buf.getvalue()

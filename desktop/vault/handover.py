"""The hand-over file (``.dsvx``): one dossier, encrypted under its own passphrase.

A volunteer gives it to the applicant, a reception point lets the visitor take
it away; any store imports it (``Vault.import_dossier``)::

    DSVX | u32 n | KDF parameters (JSON, n bytes) | sealed(body)
    body = u32 m | manifest (JSON, m bytes) | TOML | file 1 | file 2 | ...

The manifest lists the dossier's id, summary, dates and each file's name, size
and SHA-256; the clear prefix (magic and KDF parameters) is bound into the
encryption, and every hash and length is checked on the way in.
"""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path

from desktop.core.atomic import atomic_write
from desktop.core.reader import read_checked
from desktop.errors import UserError

from .crypto import (
    ROLE_HANDOVER,
    DecryptError,
    KdfParams,
    KdfRefused,
    catalog_table,
    kdf_bounds,
    open_sealed,
    seal,
    sha256_hex,
)
from .records import DossierRecord, check_dossier_id, check_relpath

HANDOVER_MAGIC = b"DSVX"
HANDOVER_VERSION = 1

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
    """The dossier of a hand-over file; UserError when it is not one, is damaged,
    too new, or ``passphrase`` is not its own (``label`` names the file in messages)."""
    if data[:4] != HANDOVER_MAGIC or len(data) < 8:
        raise UserError("vault.not_handover", file=label)
    (n,) = _U32.unpack_from(data, 4)
    if n > kdf_bounds().handover_kdf_json_max or 8 + n > len(data):
        raise UserError("vault.not_handover", file=label)
    kdf_raw = data[8 : 8 + n]
    try:
        kdf = KdfParams.from_json(json.loads(kdf_raw.decode("ascii")))
    except KdfRefused as exc:  # before any derivation: the file chose these costs
        raise UserError("vault.kdf_refused", file=label, detail=exc.detail) from None
    except (ValueError, TypeError, KeyError, RecursionError):
        raise UserError("vault.not_handover", file=label) from None
    key = kdf.derive(passphrase)
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
        summary, created, updated = manifest["summary"], manifest["created"], manifest["updated"]
        if not (
            isinstance(summary, dict) and isinstance(created, str) and isinstance(updated, str)
        ):
            raise ValueError("manifest")
        return DossierRecord(
            id=check_dossier_id(manifest["id"]),
            toml=toml,
            files=files,
            summary=dict(summary),
            toml_name=check_relpath(manifest["toml_name"]),
            created=created,
            updated=updated,
            revision=1,
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, struct.error):
        raise UserError("vault.not_handover", file=label) from None


def write_handover(
    record: DossierRecord, out: Path, passphrase: str, strength: str = "default"
) -> Path:
    """The hand-over file of ``record`` at ``out``, which must not exist yet."""
    if out.exists():
        raise UserError("vault.export_exists", file=str(out))
    atomic_write(out, pack_handover(record, passphrase, strength))
    return out


def read_handover(path: Path, passphrase: str) -> DossierRecord:
    """The dossier of the hand-over file at ``path`` (see ``unpack_handover``)."""
    limit = int(catalog_table("file_limits").get("handover_max_bytes", 1 << 29))
    return unpack_handover(read_checked(path, max_bytes=limit), passphrase, str(path))


__all__ = [
    "HANDOVER_MAGIC",
    "HANDOVER_VERSION",
    "pack_handover",
    "read_handover",
    "unpack_handover",
    "write_handover",
]

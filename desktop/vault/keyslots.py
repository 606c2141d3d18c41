"""The store's clear header (``vault.json``) and the key slots in it.

The header holds no personal data: the format, its version, the store id and
one slot per way of getting the store's random data key:

- ``passphrase``: the data key wrapped (AES-256-GCM) under a key derived from
  the passphrase by Argon2id, or scrypt where OpenSSL lacks it (``crypto.KdfParams``);
- ``keyring``: the data key is in the OS keyring (``custody.py``); the slot keeps
  a sealed empty check so a wrong key in the keyring is told from the right one;
- ``ephemeral``: the key lives only in the process that created the store
  (a reception point); nothing can open it again.

Changing the passphrase re-wraps the data key: the data is not touched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from desktop.core.atomic import atomic_write
from desktop.core.reader import read_checked
from desktop.errors import UserError

from . import custody
from .appdirs import HEADER_FILE
from .crypto import (
    ROLE_INDEX,
    DecryptError,
    KdfParams,
    KdfRefused,
    b64d,
    b64e,
    catalog_table,
    open_sealed,
    seal,
    subkey,
    unwrap_key,
    wrap_key,
)
from .records import FORMAT_NAME, FORMAT_VERSION, context

CUSTODIES = ("auto", "keyring", "passphrase", "ephemeral")
#: The header as read from ``vault.json`` (JSON: format, version, store_id, slots).
Header = dict[str, Any]
Slot = dict[str, Any]


# ---------------------------------------------------------------- the header file


def read_header(path: Path) -> Header:
    """The header of the store at ``path``; UserError when there is none, it is
    damaged, or a newer version of the app wrote it."""
    file = path / HEADER_FILE
    if not file.exists():
        raise UserError("vault.not_found", store=str(path))
    limit = int(catalog_table("file_limits").get("header_max_bytes", 1 << 20))
    raw = read_checked(file, max_bytes=limit)
    try:
        header = json.loads(raw.decode("ascii"))
        ok = (
            isinstance(header, dict)
            and header.get("format") == FORMAT_NAME
            and isinstance(header.get("version"), int)
            and isinstance(header.get("slots"), list)
            and all(isinstance(slot, dict) for slot in header["slots"])
            and isinstance(header.get("store_id"), str)
        )
    except (ValueError, RecursionError):
        ok = False
    if not ok:
        raise UserError("vault.damaged", store=str(path))
    if header["version"] > FORMAT_VERSION:
        raise UserError("vault.too_new", store=str(path), version=header["version"])
    for slot in header["slots"]:  # the costs a passphrase slot asks for, before any work
        if slot.get("type") == "passphrase":
            try:
                KdfParams.from_json(slot.get("kdf"))
            except KdfRefused as exc:
                raise UserError("vault.kdf_refused", file=str(file), detail=exc.detail) from None
            except (ValueError, TypeError):
                raise UserError("vault.damaged", store=str(path)) from None
    return dict(header)


def write_header(path: Path, header: Mapping[str, Any]) -> None:
    """Replace the header of the store at ``path`` (atomically, durably)."""
    data = (json.dumps(header, indent=2, sort_keys=True) + "\n").encode("ascii")
    atomic_write(path / HEADER_FILE, data)


def new_header(store_id: str, slots: list[Slot]) -> Header:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "store_id": store_id,
        "slots": slots,
    }


def slot_types(header: Mapping[str, Any]) -> list[str]:
    return [str(slot.get("type")) for slot in header["slots"]]


# ---------------------------------------------------------------- custody choice


def keyring_ready() -> bool:
    return custody.keyring_backend() is not None


def choose_custody(wanted: str) -> str:
    """``wanted`` checked, and "auto" made concrete (keyring when a real one exists)."""
    if wanted not in CUSTODIES:
        raise UserError("vault.bad_custody", custody=wanted, choices=", ".join(CUSTODIES))
    if wanted == "auto":
        return "keyring" if keyring_ready() else "passphrase"
    return wanted


def check_new_secrets(
    kind: str, passphrase: str | None, recovery_passphrase: str | None, store: Path
) -> None:
    """Refuse, before anything is written, what a new store's slots could not be made of."""
    if kind == "passphrase":
        if not passphrase:
            raise UserError("vault.passphrase_needed", store=str(store))
        custody.check_passphrase_strength(passphrase)
    if recovery_passphrase:
        custody.check_passphrase_strength(recovery_passphrase)


def new_slots(
    kind: str,
    store_id: str,
    data_key: bytes,
    *,
    passphrase: str | None = None,
    recovery_passphrase: str | None = None,
    kdf_strength: str = "default",
) -> list[Slot]:
    """The slots of a new store holding ``data_key`` (keyring custody stores it now)."""
    slots: list[Slot] = []
    if kind == "keyring":
        if not keyring_ready():
            raise UserError("vault.keyring_unavailable", detail="no backend")
        custody.keyring_put(store_id, data_key)
        slots.append(
            {
                "type": "keyring",
                "service": custody.KEYRING_SERVICE,
                "account": custody.account_for(store_id),
                "check": b64e(
                    seal(
                        subkey(data_key, "check"),
                        b"",
                        version=FORMAT_VERSION,
                        role=ROLE_INDEX,
                        context=context(store_id, "keycheck"),
                    )
                ),
            }
        )
        if recovery_passphrase:
            slots.append(passphrase_slot(store_id, data_key, recovery_passphrase, kdf_strength))
    elif kind == "passphrase":
        assert passphrase is not None
        slots.append(passphrase_slot(store_id, data_key, passphrase, kdf_strength))
    else:
        slots.append({"type": "ephemeral"})
    return slots


# ---------------------------------------------------------------- passphrase slots


def passphrase_slot(store_id: str, data_key: bytes, passphrase: str, strength: str) -> Slot:
    kdf = KdfParams.new(strength)
    kek = kdf.derive(passphrase)
    return {
        "type": "passphrase",
        "kdf": kdf.to_json(),
        "wrapped": wrap_key(
            kek, data_key, version=FORMAT_VERSION, context=context(store_id, "keywrap")
        ),
    }


def unwrap_passphrase(store_id: str, slot: Mapping[str, Any], passphrase: str) -> bytes:
    try:
        kek = KdfParams.from_json(dict(slot["kdf"])).derive(passphrase)
        return unwrap_key(kek, slot["wrapped"], context=context(store_id, "keywrap"))
    except (DecryptError, ValueError, KeyError, TypeError):
        raise UserError("vault.wrong_passphrase") from None


def with_new_passphrase(
    header: Mapping[str, Any],
    store: Path,
    old: str | None,
    new: str,
    *,
    is_data_key: Callable[[bytes], bool],
    kdf_strength: str = "default",
) -> Header:
    """The header with its passphrase slot re-wrapped under ``new``.

    ``old`` must unlock the current passphrase slot (when there is one); a
    keyring-only store gains a passphrase slot (recovery), the data key read
    from the keyring and accepted by ``is_data_key``.
    """
    custody.check_passphrase_strength(new)
    store_id = header["store_id"]
    slots = header["slots"]
    pp = [s for s in slots if s["type"] == "passphrase"]
    if pp:
        if old is None:
            raise UserError("vault.passphrase_needed", store=str(store))
        data_key = unwrap_passphrase(store_id, pp[0], old)
    else:
        key = custody.keyring_get(store_id)
        if key is None or not is_data_key(key):
            raise UserError("vault.keyring_missing_key", store=str(store))
        data_key = key
    new_slot = passphrase_slot(store_id, data_key, new, kdf_strength)
    return dict(header, slots=[s for s in slots if s["type"] != "passphrase"] + [new_slot])


# ---------------------------------------------------------------- unlocking


def unlock(
    path: Path, header: Mapping[str, Any], passphrase: str | None, use_keyring: bool
) -> bytes:
    """The data key, from the keyring (no passphrase given) or a passphrase slot."""
    store_id = header["store_id"]
    slots = header["slots"]
    types = [slot.get("type") for slot in slots]
    if types == ["ephemeral"]:
        raise UserError("vault.ephemeral_gone", store=str(path))
    keyring_error: UserError | None = None
    for slot in slots:
        if slot.get("type") == "keyring" and use_keyring and passphrase is None:
            if not keyring_ready():
                keyring_error = UserError("vault.keyring_unavailable", detail="no backend")
                continue
            try:
                key = custody.keyring_get(store_id)
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
            return unwrap_passphrase(store_id, slot, passphrase)
    if keyring_error is not None:
        raise keyring_error
    raise UserError("vault.damaged", store=str(path))


def _keyring_check(store_id: str, key: bytes, slot: Mapping[str, Any]) -> bool:
    try:
        open_sealed(
            subkey(key, "check"),
            b64d(slot["check"]),
            role=ROLE_INDEX,
            context=context(store_id, "keycheck"),
        )
    except (DecryptError, ValueError, KeyError):
        return False
    return True


def forget_key(header: Mapping[str, Any]) -> None:
    """Remove the data key from the OS keyring, when a slot put it there."""
    if any(slot.get("type") == "keyring" for slot in header["slots"]):
        custody.keyring_delete(header["store_id"])


__all__ = [
    "CUSTODIES",
    "Header",
    "check_new_secrets",
    "choose_custody",
    "forget_key",
    "new_header",
    "new_slots",
    "read_header",
    "slot_types",
    "unlock",
    "with_new_passphrase",
    "write_header",
]

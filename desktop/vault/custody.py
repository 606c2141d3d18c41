"""Key custody: the OS keyring (only the random data key, never data) or a passphrase.

On a headless Linux the ``keyring`` package falls back to its "fail" backend;
``keyrings.alt`` only offers base64 files.  Neither counts as a real keyring:
``keyring_backend()`` returns None and the first-run choice is a passphrase.
"""

from __future__ import annotations

import contextlib
import secrets
from typing import Any

from desktop.errors import UserError

from .crypto import KEY_BYTES, b64d, b64e

KEYRING_SERVICE = "dossier-sejour-vault"
_NOT_REAL = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _backends(kr: Any) -> list[Any]:
    from keyring.backends import chainer

    if isinstance(kr, chainer.ChainerBackend):
        return list(kr.backends)
    return [kr]


def keyring_backend() -> str | None:
    """The name of a real OS keyring backend, or None when there is none."""
    try:
        import keyring

        kr = keyring.get_keyring()
    except Exception:  # any failure to initialise means "no keyring"
        return None
    for backend in _backends(kr):
        module = type(backend).__module__
        if module.startswith(_NOT_REAL):
            continue
        try:
            if float(getattr(backend, "priority", 0)) <= 0:
                continue
        except Exception:  # priority raises when the backend is unusable
            continue
        return f"{module}.{type(backend).__name__}"
    return None


def recommended_custody() -> str:
    return "keyring" if keyring_backend() else "passphrase"


def account_for(store_id: str) -> str:
    return f"store-{store_id}"


def _keyring_error(exc: Exception) -> UserError:
    from keyring import errors

    if isinstance(exc, errors.KeyringLocked):
        return UserError("vault.keyring_locked")
    return UserError("vault.keyring_unavailable", detail=type(exc).__name__)


def keyring_put(store_id: str, key: bytes) -> None:
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, account_for(store_id), b64e(key))
    except Exception as exc:
        raise _keyring_error(exc) from None


def keyring_get(store_id: str) -> bytes | None:
    import keyring

    try:
        value = keyring.get_password(KEYRING_SERVICE, account_for(store_id))
    except Exception as exc:
        raise _keyring_error(exc) from None
    if value is None:
        return None
    try:
        key = b64d(value)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def keyring_delete(store_id: str) -> None:
    import keyring

    # Already gone, or no keyring: nothing to forget.
    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, account_for(store_id))


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse passphrases a person could not protect anything with."""
    if len(passphrase) < 8:
        raise UserError("vault.passphrase_too_short", minimum=8)


_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L


def suggest_passphrase(groups: int = 5) -> str:
    """A random passphrase to read out or print for a hand-over (about 100 bits)."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(groups))

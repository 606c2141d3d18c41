"""Encrypted store, key custody, atomic writes and the three modes (no Qt here).

Front ends reach it through ``desktop.services.vault``. Inside: ``store.py``
(the dossiers and the index generations), ``keyslots.py`` (the clear header and
its key slots), ``handover.py`` (the hand-over file), ``records.py`` (the
values handed out), ``crypto.py``, ``custody.py`` (OS keyring, passphrases),
``log.py``, ``atomic.py``, ``modes.py`` / ``mode.py`` and ``appdirs.py``.

from desktop.vault import Vault
with Vault.create(path, custody="passphrase", passphrase=pw) as v:
    v.save_dossier("D-1", toml_bytes, {"pieces/passport.pdf": data}, {"display_name": "…"})
with Vault.open(path, pw) as v:
    record = v.load_dossier("D-1")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Names load from their module on first use (PEP 562): the GUI's welcome page
# needs the modes and the folders, not the cryptography of the store.
_WHERE = {
    "ENV_HOME": "appdirs",
    "HEADER_FILE": "appdirs",
    "AppDirs": "appdirs",
    "app_dirs": "appdirs",
    "default_store_dir": "appdirs",
    "store_exists": "appdirs",
    "keyring_backend": "custody",
    "recommended_custody": "custody",
    "suggest_passphrase": "custody",
    "ActionLog": "log",
    "LogEntry": "log",
    "ClipboardGuard": "modes",
    "IdleLock": "modes",
    "IdleWipe": "modes",
    "Mode": "mode",
    "ModePolicy": "modes",
    "ReceptionSession": "modes",
    "WipeReport": "modes",
    "policy": "modes",
    "FORMAT_VERSION": "records",
    "CaseSummary": "records",
    "DossierRecord": "records",
    "SaveResult": "records",
    "Vault": "store",
}
__all__ = [
    "ActionLog",
    "AppDirs",
    "CaseSummary",
    "ClipboardGuard",
    "DossierRecord",
    "ENV_HOME",
    "FORMAT_VERSION",
    "HEADER_FILE",
    "IdleLock",
    "IdleWipe",
    "LogEntry",
    "Mode",
    "ModePolicy",
    "ReceptionSession",
    "SaveResult",
    "Vault",
    "WipeReport",
    "app_dirs",
    "default_store_dir",
    "keyring_backend",
    "policy",
    "recommended_custody",
    "store_exists",
    "suggest_passphrase",
]

if TYPE_CHECKING:
    from .appdirs import (
        ENV_HOME,
        HEADER_FILE,
        AppDirs,
        app_dirs,
        default_store_dir,
        store_exists,
    )
    from .custody import keyring_backend, recommended_custody, suggest_passphrase
    from .log import ActionLog, LogEntry
    from .mode import Mode
    from .modes import (
        ClipboardGuard,
        IdleLock,
        IdleWipe,
        ModePolicy,
        ReceptionSession,
        WipeReport,
        policy,
    )
    from .records import FORMAT_VERSION, CaseSummary, DossierRecord, SaveResult
    from .store import Vault


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])

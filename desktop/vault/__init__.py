"""Encrypted store, key custody, atomic writes and the three modes (no Qt here).

from desktop.vault import Vault
with Vault.create(path, custody="passphrase", passphrase=pw) as v:
    v.save_dossier("D-1", toml_bytes, {"pieces/passport.pdf": data}, {"display_name": "…"})
with Vault.open(path, pw) as v:
    record = v.load_dossier("D-1")
"""

from __future__ import annotations

from .appdirs import ENV_HOME, AppDirs, app_dirs, default_store_dir
from .custody import keyring_backend, recommended_custody, suggest_passphrase
from .log import ActionLog, LogEntry
from .modes import (
    ClipboardGuard,
    IdleLock,
    IdleWipe,
    Mode,
    ModePolicy,
    ReceptionSession,
    WipeReport,
    policy,
)
from .store import FORMAT_VERSION, CaseSummary, DossierRecord, SaveResult, Vault

__all__ = [
    "ENV_HOME",
    "FORMAT_VERSION",
    "ActionLog",
    "AppDirs",
    "CaseSummary",
    "ClipboardGuard",
    "DossierRecord",
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
    "suggest_passphrase",
]

"""Key custody in a real Secret Service: gnome-keyring-daemon under dbus-run-session.

The test starts its own private D-Bus session and an unlocked keyring in a
throw-away HOME, runs a script there (API and CLI), and reads its JSON report.
It skips, saying why, only when the two programs are not installed
(apt install gnome-keyring dbus).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import base64, json, os, subprocess, sys
from pathlib import Path
import keyring
from desktop.errors import UserError
from desktop.vault import Vault, keyring_backend, recommended_custody
from desktop.vault.custody import KEYRING_SERVICE, account_for

work = Path(sys.argv[1])
out = {"backend": keyring_backend(), "recommended": recommended_custody()}

# API: keyring custody with a recovery passphrase
with Vault.create(work / "a", custody="auto", recovery_passphrase="recovery phrase 1") as v:
    out["custody"] = v.custody
    store_id = v.store_id
    v.save_dossier("K-1", b"k = 1\n", {"p/scan.pdf": b"KEYRING-SECRET-SCAN" * 50}, {"display_name": "Kei Ring"})
secret = keyring.get_password(KEYRING_SERVICE, account_for(store_id))
out["secret_len"] = len(secret)
out["secret_is_key"] = len(base64.b64decode(secret)) == 32
out["header_has_no_key"] = secret not in (work / "a" / "vault.json").read_text()
with Vault.open(work / "a") as v:  # no passphrase: the keyring gives the key
    out["reopened"] = v.load_dossier("K-1").files["p/scan.pdf"][:19].decode()
# the key leaves the keyring: the recovery passphrase still opens the store
keyring.delete_password(KEYRING_SERVICE, account_for(store_id))
try:
    Vault.open(work / "a")
except UserError as exc:
    out["without_key"] = exc.key
with Vault.open(work / "a", "recovery phrase 1") as v:
    out["recovered"] = v.list_dossiers()[0].display_name
    v.change_passphrase("recovery phrase 1", "recovery phrase 2", kdf_strength="test")
try:
    Vault.open(work / "a", "recovery phrase 1")
except UserError as exc:
    out["old_recovery"] = exc.key

# CLI: init picks the keyring, list needs no passphrase, wipe forgets the key
env = dict(os.environ)
env.pop("DOSSIER_SEJOUR_PASSPHRASE", None)
def cli(*args):
    p = subprocess.run([sys.executable, "-m", "desktop", "vault", *args, "--store", str(work / "b"), "--json"],
                       env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr
rc, so, se = cli("init")
out["cli_init"] = [rc, json.loads(so)["custody"] if rc == 0 else se]
rc, so, se = cli("list")
out["cli_list"] = [rc, se]
b_id = json.loads((work / "b" / "vault.json").read_text())["store_id"]
out["cli_key_present"] = keyring.get_password(KEYRING_SERVICE, account_for(b_id)) is not None
rc, so, se = cli("wipe", "--yes")
out["cli_wipe"] = [rc, se]
out["cli_key_after_wipe"] = keyring.get_password(KEYRING_SERVICE, account_for(b_id))
out["b_exists"] = (work / "b").exists()
print("REPORT " + json.dumps(out))
"""


def test_keyring_custody_with_real_secret_service(tmp_path: Path) -> None:
    missing = [p for p in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(p) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (apt install gnome-keyring dbus)")
    home = tmp_path / "home"
    run = home / "run"
    run.mkdir(parents=True, mode=0o700)
    (tmp_path / "work").mkdir()
    script = tmp_path / "script.py"
    script.write_text(SCRIPT)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(run),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PYTHONPATH": str(REPO),
        "DOSSIER_SEJOUR_HOME": str(home / "app"),
        "LANG": "C.UTF-8",
    }
    shell = (
        'printf "%s" "test-login-password" | gnome-keyring-daemon --unlock --components=secrets '
        '>/dev/null && exec "$0" "$@"'
    )
    proc = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            shell,
            sys.executable,
            str(script),
            str(tmp_path / "work"),
        ],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("REPORT ")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    r = json.loads(lines[-1][len("REPORT ") :])
    assert r["backend"] and "SecretService" in r["backend"]
    assert r["recommended"] == "keyring"
    assert r["custody"] == ["keyring", "passphrase"]
    assert r["secret_is_key"] and r["secret_len"] == 44  # only the 256-bit key, base64
    assert r["header_has_no_key"]
    assert r["reopened"] == "KEYRING-SECRET-SCAN"
    assert r["without_key"] == "vault.keyring_missing_key"
    assert r["recovered"] == "Kei Ring"
    assert r["old_recovery"] == "vault.wrong_passphrase"
    assert r["cli_init"] == [0, ["keyring"]]
    assert r["cli_list"][0] == 0, r["cli_list"]
    assert r["cli_key_present"]
    assert r["cli_wipe"][0] == 0, r["cli_wipe"]
    assert r["cli_key_after_wipe"] is None and not r["b_exists"]


def test_no_keyring_means_passphrase(tmp_path: Path) -> None:
    """Headless (CI): keyring's fail backend is not a keyring; custody falls back to a passphrase."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "DOSSIER_SEJOUR_"))}
    env.update(PYTHONPATH=str(REPO), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    code = (
        "from desktop.vault import keyring_backend, recommended_custody;"
        "print(keyring_backend(), recommended_custody())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=REPO
    )
    assert proc.stdout.split() == ["None", "passphrase"], proc.stderr

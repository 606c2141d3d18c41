"""No network: the vault CLI journey runs with sockets forbidden (tests/nonet/sitecustomize.py).

The helper is reusable for the whole journey: put ``tests/nonet`` first on
PYTHONPATH and point ``NONET_LOG`` at a file; any attempt is recorded there
(even one the code swallowed) and the test asserts the file stays empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NONET = REPO / "tests" / "nonet"


def nonet_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_SEJOUR_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(NONET), str(REPO)]),
        NONET_LOG=str(tmp_path / "network-attempts.log"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        DOSSIER_SEJOUR_HOME=str(tmp_path / "home"),
        **extra,
    )
    return env


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_guard_blocks_and_records(tmp_path: Path) -> None:
    env = nonet_env(tmp_path)
    code = (
        "import socket, urllib.request\n"
        "for attempt in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
        "                lambda: socket.socket().connect(('127.0.0.1', 9)),\n"
        "                lambda: socket.getaddrinfo('example.org', 443),\n"
        "                lambda: urllib.request.urlopen('http://example.org', timeout=1)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError as exc:\n"
        "        print('blocked', exc)\n"
    )
    proc = run(env, "-c", code)
    assert proc.stdout.count("blocked") == 4, proc.stdout + proc.stderr
    log = Path(env["NONET_LOG"]).read_text()
    assert "create_connection" in log and "connect" in log and "getaddrinfo" in log


def test_vault_journey_makes_no_network_attempt(tmp_path: Path) -> None:
    env = nonet_env(
        tmp_path,
        DOSSIER_SEJOUR_PASSPHRASE="no network passphrase",
        DOSSIER_SEJOUR_FILE_PASSPHRASE="hand-over passphrase",
    )
    folder = tmp_path / "in"
    (folder / "p").mkdir(parents=True)
    (folder / "p" / "scan.pdf").write_bytes(b"%PDF-1.4 offline\n")
    (folder / "d.toml").write_text(
        'schema_version = 1\nid = "N-1"\n[pieces.passport]\nfiles = ["p/scan.pdf"]\n'
    )
    other = str(tmp_path / "other")
    steps = [
        ["vault", "init"],
        ["vault", "add", str(folder / "d.toml")],
        ["vault", "list", "--json"],
        ["vault", "list", "--search", "n-1"],
        ["vault", "export", "N-1", "--out", str(tmp_path / "n1.dsvx")],
        ["vault", "init", "--store", other],
        ["vault", "import", str(tmp_path / "n1.dsvx"), "--store", other],
        ["vault", "open", "N-1", "--to", str(tmp_path / "out"), "--store", other],
        ["vault", "passwd", "--store", other, "--new-passphrase-file", str(folder / "d.toml")],
        ["vault", "log"],
        ["vault", "delete", "N-1"],
        ["vault", "wipe", "--yes"],
    ]
    for step in steps:
        proc = run(env, "-m", "desktop", *step)
        assert proc.returncode == 0, (step, proc.stdout, proc.stderr)
    assert (tmp_path / "out" / "p" / "scan.pdf").read_bytes() == b"%PDF-1.4 offline\n"
    log = Path(env["NONET_LOG"])
    assert not log.exists() or log.read_text() == "", log.read_text()

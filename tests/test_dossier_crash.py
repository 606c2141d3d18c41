"""A crash mid-save never costs the dossier: ``Dossier.save`` is atomic.

A child process saves a growing dossier in a loop (generation n has n file
entries and an n-dependent note, so each save is bigger than the last) and
acknowledges each save on a pipe. The parent SIGKILLs it at random moments,
then checks that the dossier file parses, validates, and is exactly one of the
states written: at least the last acknowledged generation, at most the one
being written. Temporary copies a killed save leaves behind are swept by a
later save once stale.

``DOSSIER_KILL_COUNT`` sets the number of kills (default 50).
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.core.dossier import STALE_TEMP_SECONDS, Dossier

REPO = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("DOSSIER_KILL_COUNT", "50"))

CONTENT = r"""
import datetime as dt

def content(n):
    return {
        "schema_version": 1,
        "situation": "etudiant-renouvellement",
        "filing_date": dt.date(2026, 11, 24),
        "ui": {"generation": n},
        "applicant": {"surname": "KILL", "given_names": "Test %d" % n},
        "pieces": {
            "resources_proof": {"files": ["documents/releve-%05d.pdf" % i for i in range(n)]},
        },
        "missing": {"grades": {"reason": ("généré %d — " % n) * (1 + n % 50)}},
    }
"""

CHILD = (
    CONTENT
    + r"""
import os, sys
from pathlib import Path
from desktop.core.dossier import Dossier

target, ack = Path(sys.argv[1]), int(sys.argv[2])
n = Dossier.load(target).data["ui"]["generation"]
os.write(ack, b"ready\n")
while True:
    n += 1
    Dossier(data=content(n)).save(target)
    os.write(ack, b"%d\n" % n)
"""
)

_ns: dict[str, object] = {}
exec(CONTENT, _ns)  # our own constant, shared with the child
content = _ns["content"]


def test_kill_during_save_leaves_a_whole_dossier(tmp_path: Path) -> None:
    target = tmp_path / "dossier.toml"
    Dossier(data=content(0)).save(target)  # type: ignore[operator]
    rng = random.Random(int(os.environ.get("DOSSIER_KILL_SEED", "20261124")))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    verified = 0
    failures: list[str] = []
    for i in range(KILLS):
        read_fd, write_fd = os.pipe()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), str(write_fd)],
            pass_fds=(write_fd,),
            env=env,
            cwd=REPO,
            stderr=subprocess.PIPE,
        )
        os.close(write_fd)
        buf = b""
        deadline = time.monotonic() + 20
        while b"ready\n" not in buf and time.monotonic() < deadline:
            if select.select([read_fd], [], [], 0.5)[0]:
                chunk = os.read(read_fd, 65536)
                if not chunk:
                    break
                buf += chunk
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stderr is not None
        err = child.stderr.read().decode(errors="replace")
        child.stderr.close()
        while chunk := os.read(read_fd, 65536):
            buf += chunk
        os.close(read_fd)
        if child.returncode != -signal.SIGKILL:
            failures.append(f"kill {i}: child exited {child.returncode}: {err[-500:]}")
            continue
        acks = [int(x) for x in buf.split() if x.isdigit()]
        try:
            dossier = Dossier.load(target)
        except Exception as exc:  # any failure to reopen is a lost dossier
            failures.append(f"kill {i}: dossier unreadable: {type(exc).__name__}: {exc}")
            break
        gen = int(dossier.data["ui"]["generation"])
        if dossier.data != Dossier(data=content(gen)).data:  # type: ignore[operator]
            failures.append(f"kill {i}: generation {gen} on disk is not what was written")
        if acks:
            verified = max(verified, acks[-1])
        attempted = (acks[-1] + 1) if acks else verified + 1
        if gen < verified:
            failures.append(f"kill {i}: acknowledged generation {verified} lost (has {gen})")
        if gen > attempted:
            failures.append(f"kill {i}: generation {gen} was never written")
        verified = max(verified, gen)
    assert not failures, "\n".join(failures)
    assert verified > KILLS  # saves really happened between kills
    # Orphaned temporary copies (a kill between mkstemp and replace) hold personal data:
    # the next save removes them once they are stale, and never touches anything else.
    orphans = list(tmp_path.glob(".dossier-*.tmp"))
    print(f"\n{KILLS} kills, newest generation {verified}, {len(orphans)} killed mid-write")
    old = time.time() - STALE_TEMP_SECONDS - 60
    for p in orphans:
        os.utime(p, (old, old))
    fresh = tmp_path / ".dossier-fresh.tmp"
    fresh.write_bytes(b"another save in progress")
    Dossier.load(target).save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "dossier.toml"]

"""Never lose work: kill a saving process at random moments, reopen every time.

A child process opens the store and saves a dossier in a loop, each time with
new content derived from a generation number; after each ``save_dossier``
returns it writes that number to a pipe (the acknowledgement).  The parent
SIGKILLs it after a random delay, reopens the store and checks that it opens,
that the dossier holds a generation at least as new as the last acknowledged
one (and at most the one being written), and that every file is exactly the
content of that generation.

``VAULT_KILL_COUNT`` sets the number of kills (default 200).
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

import pytest

from desktop.vault import Vault

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "kill-test passphrase"
KILLS = int(os.environ.get("VAULT_KILL_COUNT", "200"))

# Shared by the parent and the child (exec'd in both): content of generation n.
CONTENT = r"""
import hashlib

def content(n):
    def fill(tag, size):
        seed = hashlib.sha256(tag.encode()).digest()
        return (seed * (size // 32 + 1))[:size]
    toml = ('gen = %d\n[applicant]\nname = "Kill Test"\n' % n).encode()
    files = {
        # changes every 3 generations: sometimes an existing blob is reused
        "pieces/passport.pdf": fill("passport-%d" % (n // 3), 1000 + (n // 3 % 7) * 9000),
        # changes every time
        "pieces/photo.jpg": fill("photo-%d" % n, 3000 + n % 500),
    }
    if n % 4:
        files["pieces/extra-%d.bin" % (n % 5)] = fill("extra-%d" % n, 200 + n % 50)
    summary = {"display_name": "Kill Test", "status": "gen %d" % n, "missing": n % 3}
    return toml, files, summary
"""

CHILD = (
    CONTENT
    + r"""
import os, sys, tomllib
from desktop.vault import Vault

store, passphrase, ack = sys.argv[1], sys.argv[2], int(sys.argv[3])
vault = Vault.open(store, passphrase)
n = tomllib.loads(vault.load_dossier("D-1").toml.decode())["gen"]
os.write(ack, b"ready\n")
while True:
    n += 1
    toml, files, summary = content(n)
    vault.save_dossier("D-1", toml, files, summary)
    if n % 5 == 0:
        vault.save_dossier("D-2", toml, {}, {"display_name": "Second", "status": str(n)})
    os.write(ack, b"%d\n" % n)
"""
)

_ns: dict[str, object] = {}
exec(CONTENT, _ns)  # our own constant, shared with the child
content = _ns["content"]


def _gen_of(vault: Vault) -> int:
    import tomllib

    record = vault.load_dossier("D-1")
    gen = int(tomllib.loads(record.toml.decode())["gen"])
    toml, files, summary = content(gen)  # type: ignore[operator]
    assert record.toml == toml, f"generation {gen}: TOML differs"
    assert record.files == files, f"generation {gen}: files differ"
    assert record.summary == summary
    return gen


@pytest.mark.slow
def test_kill_during_save_never_loses_acknowledged_work(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with Vault.create(store, custody="passphrase", passphrase=PASSPHRASE, kdf_strength="test") as v:
        toml, files, summary = content(0)  # type: ignore[operator]
        v.save_dossier("D-1", toml, files, summary)

    rng = random.Random(int(os.environ.get("VAULT_KILL_SEED", "20261124")))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    verified = 0  # newest generation proven durable so far
    kills_mid_save = early_kills = recovered = 0
    failures: list[str] = []
    started = time.monotonic()
    for i in range(KILLS):
        read_fd, write_fd = os.pipe()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(store), PASSPHRASE, str(write_fd)],
            pass_fds=(write_fd,),
            env=env,
            cwd=REPO,
            stderr=subprocess.PIPE,
        )
        os.close(write_fd)
        buf = b""
        early = rng.random() < 0.1  # sometimes kill while the child is still opening
        if early:
            time.sleep(rng.uniform(0.0, 0.12))
        else:
            deadline = time.monotonic() + 20
            while b"ready\n" not in buf and time.monotonic() < deadline:
                if select.select([read_fd], [], [], 0.5)[0]:
                    chunk = os.read(read_fd, 65536)
                    if not chunk:
                        break
                    buf += chunk
            time.sleep(rng.uniform(0.0, 0.04))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stderr is not None
        err = child.stderr.read().decode(errors="replace")
        child.stderr.close()
        while True:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            buf += chunk
        os.close(read_fd)
        if child.returncode != -signal.SIGKILL:
            failures.append(
                f"kill {i}: child exited {child.returncode} before the kill: {err[-500:]}"
            )
            continue
        acks = [int(x) for x in buf.split() if x.isdigit()]
        if early and b"ready" not in buf:
            early_kills += 1
        if acks:
            kills_mid_save += 1
            assert acks == list(range(acks[0], acks[-1] + 1))
            verified = max(verified, acks[-1])
        try:
            with Vault.open(store, PASSPHRASE) as vault:
                gen = _gen_of(vault)
                recovered += bool(vault.recovered)
        except Exception as exc:  # any failure to reopen is a lost store
            failures.append(f"kill {i}: store unreadable: {type(exc).__name__}: {exc}")
            break
        attempted = (acks[-1] + 1) if acks else verified + 1
        if gen < verified:
            failures.append(f"kill {i}: acknowledged generation {verified} lost (store has {gen})")
        if gen > attempted:
            failures.append(f"kill {i}: generation {gen} was never written")
        verified = max(verified, gen)
    elapsed = time.monotonic() - started
    print(
        f"\n{KILLS} kills in {elapsed:.1f} s: {kills_mid_save} after saves started, "
        f"{early_kills} during open, newest generation {verified}, "
        f"{recovered} opens fell back to an older index"
    )
    assert not failures, "\n".join(failures)
    # Saves really happened between kills: some kills land after saves started, and
    # the store moved on. (How many saves fit before each kill depends on the disk's
    # fsync time and the machine's load, so no count of saves is asserted.)
    assert kills_mid_save >= KILLS // 20
    assert verified >= kills_mid_save


def test_damaged_newest_index_falls_back_to_previous(tmp_path: Path) -> None:
    store = tmp_path / "s"
    with Vault.create(store, custody="passphrase", passphrase=PASSPHRASE, kdf_strength="test") as v:
        for n in (1, 2, 3):
            toml, files, summary = content(n)  # type: ignore[operator]
            v.save_dossier("D-1", toml, files, summary)
    newest = sorted((store / "index").iterdir())[-1]
    data = newest.read_bytes()
    newest.write_bytes(data[: len(data) // 2])  # a torn write (power cut, bad disk)
    with Vault.open(store, PASSPHRASE) as v:
        assert _gen_of(v) == 2
        assert v.recovered
        toml, files, summary = content(4)  # type: ignore[operator]
        v.save_dossier("D-1", toml, files, summary)  # saving goes on after the damage
    with Vault.open(store, PASSPHRASE) as v:
        assert _gen_of(v) == 4
        assert not v.recovered


def test_repeated_identical_saves_write_nothing(tmp_path: Path) -> None:
    with Vault.create(
        tmp_path / "s", custody="passphrase", passphrase=PASSPHRASE, kdf_strength="test"
    ) as v:
        toml, files, summary = content(7)  # type: ignore[operator]
        first = v.save_dossier("D-1", toml, files, summary)
        before = sorted(p.name for p in (tmp_path / "s").rglob("*"))
        again = v.save_dossier("D-1", toml, files, summary)
        assert first.changed and not again.changed
        assert again.generation == first.generation and again.bytes_written == 0
        assert sorted(p.name for p in (tmp_path / "s").rglob("*")) == before
        # only the TOML changed: one small blob plus the index, not the files again
        third = v.save_dossier("D-1", toml + b"# edit\n", files, summary)
        assert third.blobs_written == 1

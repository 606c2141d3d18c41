"""Clear working copies a crash leaves are swept at the next start (issue 16, item 3).

The unit tests build areas by hand (``desktop.vault.scratch``) and check what a
sweep removes and what it must leave: live owners, links, other names, other
folders. The kill test starts children that work on a dossier the way the app
does — the personal/volunteer ``Workspace``, ``Vault.materialised``, a reception
point's session, and the real window in reception mode — SIGKILLs each at a
random moment of open/save, then runs ``python -m desktop vault list`` (a start)
and searches every file under the home, temp and runtime folders for the
dossier's marker text. ``SWEEP_KILL_COUNT`` sets the number of kills (default 20).
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.vault import Vault, scratch
from desktop.vault.scratch import MARKER, Owner

REPO = Path(__file__).resolve().parent.parent
PASS = "kill-test passphrase 42"
KILLS = int(os.environ.get("SWEEP_KILL_COUNT", "20"))


def dead_pid() -> int:
    """The PID of a process that has ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def fake_area(parent: Path, name: str, owner: Owner | None, content: bytes = b"secret") -> Path:
    area = parent / name
    (area / "d").mkdir(parents=True)
    (area / "d" / "dossier.toml").write_bytes(content)
    if owner is not None:
        (area / MARKER).write_text(owner.text(), "ascii")
    return area


@pytest.fixture
def parent(tmp_path: Path) -> Path:
    p = tmp_path / "scratch"
    p.mkdir(mode=0o700)
    return p


# ----- where areas go ----------------------------------------------------------------
def test_areas_go_under_the_runtime_dir_first_then_the_temp_dir(tmp_path, monkeypatch) -> None:
    run, tmp = tmp_path / "run", tmp_path / "tmp"
    run.mkdir()
    tmp.mkdir()
    monkeypatch.setenv("DOSSIER_SEJOUR_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("tempfile.tempdir", str(tmp))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    area = scratch.new_area(scratch.PREFIX_WORK)
    assert area.parent == run / "dossier-sejour"
    assert oct(area.parent.stat().st_mode & 0o777) == "0o700"
    assert oct(area.stat().st_mode & 0o777) == "0o700"
    owner = scratch.owner_of(area)
    assert owner == Owner.me() and owner.pid == os.getpid() and owner.alive()
    marker = (area / MARKER).read_text("ascii")
    assert str(tmp_path) not in marker and len(marker) < 200  # a PID and times, no path

    monkeypatch.delenv("XDG_RUNTIME_DIR")
    area2 = scratch.new_area(scratch.PREFIX_SESSION)
    assert area2.parent == tmp / f"dossier-sejour-{os.getuid()}"
    # A squatted parent (a link, or not a folder): the next candidate.
    area2.parent.rename(tmp / "moved")
    (tmp / f"dossier-sejour-{os.getuid()}").symlink_to(tmp / "moved")
    area3 = scratch.new_area(scratch.PREFIX_COPY)
    assert area3.parent == tmp_path / "home" / "state" / "scratch"
    with pytest.raises(ValueError):
        scratch.new_area("other-")


def test_the_app_makes_its_clear_copies_as_marked_areas(tmp_path, monkeypatch) -> None:
    from desktop import services
    from desktop.vault.appdirs import AppDirs
    from desktop.vault.modes import ReceptionSession

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    root = tmp_path / "dossier-sejour"
    with Vault.create(tmp_path / "s", custody="ephemeral") as v:
        ws = services.Workspace.create(v, "D-1")
        assert ws.root.parent == root and ws.root.name.startswith("ds-work-")
        assert scratch.owner_of(ws.root) == Owner.me()
        with v.materialised("D-1") as toml:
            area = toml.parent.parent
            assert area.parent == root and area.name.startswith("ds-copy-")
            assert scratch.owner_of(area) == Owner.me()
        ws.close()
    session = ReceptionSession(app=AppDirs.under(tmp_path / "app")).start()
    try:
        assert session.root is not None and session.root.parent == root
        assert session.root.name.startswith("ds-session-")
        assert scratch.owner_of(session.root) == Owner.me()
    finally:
        assert session.end_session().clean
    assert sorted(p.name for p in root.iterdir()) == []


# ----- what a sweep removes and what it leaves ----------------------------------------------
def test_sweep_removes_orphans_and_leaves_the_living(parent: Path, tmp_path: Path) -> None:
    me = Owner.me()
    gone = fake_area(parent, "ds-work-gone", Owner(dead_pid(), "1", me.boot))
    reused = fake_area(parent, "ds-session-reused", Owner(me.pid, "not-" + me.start, me.boot))
    reboot = fake_area(parent, "ds-copy-reboot", Owner(me.pid, me.start, "another-boot"))
    live = fake_area(parent, "ds-work-live", me)
    young = fake_area(parent, "ds-work-young", None)  # being made: no marker yet
    other = fake_area(parent, "not-ours", Owner(dead_pid(), "1", ""))
    outside = fake_area(tmp_path, "outside", Owner(dead_pid(), "1", ""))
    (parent / "ds-work-link").symlink_to(outside, target_is_directory=True)
    report = scratch.sweep_parent(parent)
    assert (report.areas, report.files, report.live) == (3, 6, 1)
    for area in (gone, reused, reboot):
        assert not area.exists()
    for area in (live, young, other, outside, parent / "ds-work-link"):
        assert area.exists() or area.is_symlink()
    assert (outside / "d" / "dossier.toml").read_bytes() == b"secret"
    assert (live / "d" / "dossier.toml").read_bytes() == b"secret"


def test_an_unmarked_area_is_never_shredded_only_removed_when_empty(parent: Path) -> None:
    full = fake_area(parent, "ds-work-full", None)
    empty = parent / "ds-work-empty"
    empty.mkdir()
    past = time.time() - 3600
    for p in (full, empty):
        os.utime(p, (past, past))
    assert scratch.sweep_parent(parent).areas == 0
    assert not empty.exists()  # its maker died before writing the marker: nothing in it
    assert (full / "d" / "dossier.toml").exists()
    (full / MARKER).write_text("garbage", "ascii")
    assert scratch.sweep_parent(parent).areas == 0 and full.exists()


def test_sweep_refuses_a_parent_that_is_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    area = fake_area(real, "ds-work-x", Owner(dead_pid(), "1", ""))
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    assert scratch.sweep([tmp_path / "link", tmp_path / "absent"]).areas == 0
    assert area.exists()
    assert scratch.sweep([real]).areas == 1 and not area.exists()


def test_a_vault_command_sweeps_says_so_once_and_logs_the_count(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        TMPDIR=str(tmp_path / "tmp"),
        DOSSIER_SEJOUR_HOME=str(tmp_path / "home"),
        DOSSIER_SEJOUR_PASSPHRASE=PASS,
    )
    for d in ("run", "tmp"):
        (tmp_path / d).mkdir()
    store = tmp_path / "store"
    Vault.create(store, custody="passphrase", passphrase=PASS, kdf_strength="test").close()
    parent = tmp_path / "run" / "dossier-sejour"
    parent.mkdir(mode=0o700)
    for i in range(2):
        fake_area(parent, f"ds-work-{i}", Owner(dead_pid(), "1", ""))

    def vault(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "desktop", "vault", *args, "--store", str(store)]
        return subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=60)

    first = vault("list", "--json", "--lang", "en")
    assert first.returncode == 0, first.stderr
    assert "erased: 2" in first.stderr and json.loads(first.stdout)["dossiers"] == []
    assert list(parent.iterdir()) == [parent / ".sweep-lock"]
    again = vault("log", "--json")
    assert again.returncode == 0 and again.stderr == ""
    [entry] = json.loads(again.stdout)["entries"]
    assert (entry["action"], entry["what"], entry["dossier"]) == ("swept", "2 clear copies", "-")


def test_the_window_sweeps_once_its_first_page_is_shown(qtbot, tmp_path, monkeypatch) -> None:
    pytest.importorskip("PySide6")
    import datetime as dt

    from desktop.core.clock import Clock
    from desktop.ui.app import build_vault_window, make_app, vault_controller

    run = tmp_path / "run"
    parent = run / "dossier-sejour"
    parent.mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    monkeypatch.setenv("DOSSIER_SEJOUR_HOME", str(tmp_path / "home"))
    for i in range(2):
        fake_area(parent, f"ds-work-{i}", Owner(dead_pid(), "1", ""))
    live = fake_area(parent, "ds-session-live", Owner.me())
    make_app()
    window = build_vault_window(Clock(dt.date(2026, 12, 1)), "fr", store_dir=tmp_path / "s")
    qtbot.addWidget(window)
    window.show()
    ctl = vault_controller(window)
    ctl.start()
    assert ctl.swept == 0  # not during the start: after the first page
    qtbot.waitUntil(lambda: ctl.swept == 2, timeout=5000)
    assert window.ui.saved_label.text().endswith("effacées\u00a0: 2.")
    assert live.exists() and sorted(p.name for p in parent.iterdir()) == [
        ".sweep-lock",
        "ds-session-live",
    ]
    # Once a store is open, the counts (and only they) go to its action log: the two
    # swept before it opened and this one.
    fake_area(parent, "ds-copy-x", Owner(dead_pid(), "1", ""))
    with Vault.create(tmp_path / "s", custody="ephemeral") as v:
        ctl.vault = v
        assert ctl.sweep_leftovers() == 1
        [entry] = v.log.read().entries
        assert (entry.action, entry.what, entry.dossier) == ("swept", "3 clear copies", "-")
        ctl.vault = None


# ----- the kill test ---------------------------------------------------------------------------
CHILD = r"""
import datetime as dt, os, sys
mode, store, mark, ack = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
TODAY = dt.date(2026, 11, 24)
PASS = os.environ["DOSSIER_SEJOUR_PASSPHRASE"]

def files(n):
    return {"pieces/passeport.pdf": (b"%PDF-1.4 " + mark.encode() + b" %d" % n) * 200,
            "pieces/releve.jpg": mark.encode() * 50}

def toml(n):
    from desktop.core.dossier import Dossier
    d = Dossier.new("visiteur-premiere")
    d.set("applicant.surname", mark + str(n))
    d.add_file("passport", "pieces/passeport.pdf")
    return d.to_toml().encode()

if mode == "gui":
    from desktop.core.clock import Clock
    from desktop.ui.app import build_vault_window, make_app, vault_controller
    app = make_app()
    window = build_vault_window(Clock(TODAY), "fr")
    ctl = vault_controller(window)
    ctl.start_reception()
    ws = ctl.workspace
    base = ws.dossier.base_dir
    os.write(ack, b"ready\n")
    n = 0
    while True:
        for rel, content in files(n).items():
            (base / rel).parent.mkdir(parents=True, exist_ok=True)
            (base / rel).write_bytes(content)
        ws.dossier.set("applicant.surname", mark + str(n))
        ctl.save(window.session.state)
        n += 1
        if n % 5 == 0:  # a new visitor: the session ends, another starts
            ctl.wipe()
            ctl.start_reception()
            ws = ctl.workspace
            base = ws.dossier.base_dir

from desktop import services
from desktop.vault import Vault
if mode == "session":
    from desktop.vault.modes import ReceptionSession
    os.write(ack, b"ready\n")
    n = 0
    while True:
        session = ReceptionSession().start()
        session.vault.save_dossier("D-1", toml(n), files(n), {"display_name": mark})
        ws = services.Workspace.open(session.vault, "D-1", base=session.work_dir)
        ws.dossier.set("applicant.surname", mark + str(n))
        ws.save(TODAY)
        ws.close(TODAY)
        session.end_session()
        n += 1

vault = Vault.open(store, PASS)
os.write(ack, b"ready\n")
n = 0
while True:
    if mode == "work":
        ws = services.Workspace.open(vault, "D-1")
        ws.dossier.set("applicant.surname", mark + str(n))
        ws.save(TODAY)
        ws.close(TODAY)
    elif mode == "copy":
        with vault.materialised("D-1") as path:
            path.read_bytes()
    elif mode == "hold":
        ws = services.Workspace.open(vault, "D-1")
        os.write(ack, b"holding\n")
        import time
        time.sleep(600)
    n += 1
"""


def _start(mode: str, store: Path, mark: str, env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    r, w = os.pipe()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(store), mark, str(w)],
        cwd=REPO,
        env=env,
        pass_fds=(w,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(w)
    return proc, r


def _wait_for(r: int, word: bytes, proc: subprocess.Popen, timeout: float = 60) -> None:
    got = b""
    deadline = time.monotonic() + timeout
    while word not in got:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([r], [], [], max(0.0, left))
        chunk = os.read(r, 64) if ready else b""
        if not chunk:
            err = proc.stderr.read().decode(errors="replace")[-1500:] if proc.stderr else ""
            proc.kill()
            pytest.fail(f"child gave no {word!r}: {err}")
        got += chunk


def _clear_files(roots: list[Path], mark: bytes) -> list[Path]:
    """Every file under ``roots`` whose bytes hold the dossier's marker (links not followed)."""
    found = []
    for root in roots:
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                p = Path(dirpath) / name
                if p.is_symlink() or not p.is_file():
                    continue
                try:
                    if mark in p.read_bytes():
                        found.append(p)
                except OSError:
                    continue
    return found


def _make_store(store: Path, mark: str) -> None:
    from desktop.core.dossier import Dossier

    dossier = Dossier.new("visiteur-premiere")
    dossier.set("applicant.surname", mark)
    dossier.add_file("passport", "pieces/passeport.pdf")
    with Vault.create(store, custody="passphrase", passphrase=PASS, kdf_strength="test") as v:
        v.save_dossier(
            "D-1",
            dossier.to_toml().encode(),
            {"pieces/passeport.pdf": b"%PDF-1.4 " + mark.encode() * 300},
            {"display_name": "Kill"},
        )


@pytest.mark.parametrize("runtime", [True, False], ids=["runtime-dir", "temp-only"])
def test_kill_during_open_and_save_leaves_nothing_after_the_next_start(
    tmp_path: Path, runtime: bool
) -> None:
    pytest.importorskip("PySide6")
    home, tmp, run = tmp_path / "home", tmp_path / "tmp", tmp_path / "run"
    for d in (home, tmp, run):
        d.mkdir()
    mark = "KILLMARK-" + os.urandom(6).hex()
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        TMPDIR=str(tmp),
        DOSSIER_SEJOUR_HOME=str(home / ".dossier-sejour"),
        DOSSIER_SEJOUR_PASSPHRASE=PASS,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
    )
    env.pop("XDG_RUNTIME_DIR", None)
    if runtime:
        env["XDG_RUNTIME_DIR"] = str(run)
    store, held_store = home / "store", home / "store-held"  # (one process per store)
    for path in (store, held_store):
        _make_store(path, mark)
    roots = [home, tmp, run]
    assert _clear_files(roots, mark.encode()) == []  # the store holds it encrypted only

    # A process still working: its copy must outlive every sweep.
    holder, hr = _start("hold", held_store, mark, env)
    _wait_for(hr, b"holding", holder)
    held = _clear_files(roots, mark.encode())
    assert held, "the live working copy is somewhere under the roots"

    rng = random.Random(int(os.environ.get("SWEEP_KILL_SEED", "16")))
    modes = ["work", "copy", "session", "gui"]
    kills: dict[str, int] = dict.fromkeys(modes, 0)
    try:
        for i in range(KILLS):
            mode = modes[i % len(modes)]
            proc, r = _start(mode, store, mark, env)
            _wait_for(r, b"ready", proc)
            time.sleep(rng.uniform(0.0, 0.4))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            os.close(r)
            kills[mode] += 1
        before = [p for p in _clear_files(roots, mark.encode()) if p not in held]
        areas_before = {
            p.relative_to(tmp_path).parts[:3] for p in before
        }  # parent folders of the areas left
        start = subprocess.run(
            [sys.executable, "-m", "desktop", "vault", "list", "--store", str(store)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert start.returncode == 0, start.stderr
        after = [p for p in _clear_files(roots, mark.encode()) if p not in held]
        still_held = [p for p in held if p.exists()]
        print(
            f"\nkill test ({'XDG_RUNTIME_DIR' if runtime else 'temp dir only'}): "
            f"{KILLS} kills {kills}; clear files left before the start: {len(before)} "
            f"in {len(areas_before)} folders; after `vault list`: {len(after)}; "
            f"live copy kept: {len(still_held)}/{len(held)}; said: {start.stderr.strip()!r}"
        )
        assert after == []
        assert still_held == held
        assert before, "the kills left something to sweep (else the test proves nothing)"
        # Nothing left in the temp dir itself when the runtime dir takes the areas.
        if runtime:
            assert not any(p.is_relative_to(tmp) for p in before + held)
    finally:
        holder.kill()
        holder.wait()
        os.close(hr)
    # The holder is gone now: the next start removes its copy too.
    assert scratch.sweep([run / "dossier-sejour", tmp / f"dossier-sejour-{os.getuid()}"]).areas
    assert _clear_files(roots, mark.encode()) == []


def test_a_normal_exit_shreds_the_areas_left_open(tmp_path: Path) -> None:
    """An exception or ``sys.exit`` with a dossier open: nothing waits for a sweep."""
    code = (
        "import sys\n"
        "from desktop import services\n"
        "from desktop.vault import Vault, scratch\n"
        f"v = Vault.create({str(tmp_path / 's')!r}, custody='ephemeral')\n"
        "ws = services.Workspace.create(v, 'D-1')\n"
        "print(ws.root)\n"
        "raise SystemExit(3)\n"
    )
    env = {**os.environ, "XDG_RUNTIME_DIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 3, out.stderr
    root = Path(out.stdout.strip())
    assert root.parent == tmp_path / "dossier-sejour" and not root.exists()

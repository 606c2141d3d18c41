"""Clear working areas: where they go, how each says whose it is, and the sweep.

While a dossier is open the app works on a clear copy of it (the TOML, the
passport scans, the bank statements): the ``Workspace``'s ``ds-work-*``, a
reception point's ``ds-session-*``, ``Vault.materialised``'s ``ds-copy-*``.
Each is made here, under one known parent per user (``scratch_root``):

1. ``$XDG_RUNTIME_DIR/dossier-sejour`` when the variable names a folder: on
   systemd machines a tmpfs of the user's, emptied at logout and power-off, so
   the clear copy never reaches a disk;
2. else ``<temp dir>/dossier-sejour-<uid>``;
3. else (either is a link, or someone else's) ``<app state dir>/scratch``.

The parent is 0700 and must be a real folder owned by the user. Each area holds
a marker (``.ds-owner``: the owner process's PID, its start time and the boot's
id, nothing about the person), written before anything else goes in. ``sweep``
(run at every start of the window and of every ``vault`` command) shreds the
areas whose owner is gone: the PID not running, or running since another time
(the PID reused), or another boot. It follows no link, touches only folders of
the app's prefixes in the app's own parents, and says only how many it removed.
A process that exits normally shreds its own areas still open (``atexit``).

Standard library and psutil only (plus the vault's ``atomic``): no cryptography loads.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .atomic import StoreLock, make_private_dir, shred_tree

APP_DIR = "dossier-sejour"
MARKER = ".ds-owner"
LOCK = ".sweep-lock"
PREFIX_WORK = "ds-work-"
PREFIX_SESSION = "ds-session-"
PREFIX_COPY = "ds-copy-"
PREFIXES = (PREFIX_WORK, PREFIX_SESSION, PREFIX_COPY)
_MAGIC = "dossier-sejour area 1"
_MARKER_MAX = 4096
#: An area younger than this without a readable marker may be one being made.
GRACE_SECONDS = 60.0


# ---------------------------------------------------------------- processes
# psutil answers on Linux, macOS and Windows alike: whether a PID runs, and since
# when (a reused PID has another start time; so does a PID after a reboot).


def boot_id() -> str:
    """This boot (its start time), "" where the platform does not say."""
    import psutil

    try:
        return str(int(psutil.boot_time()))
    except (psutil.Error, OSError):
        return ""


def process_start(pid: int) -> str | None:
    """When process ``pid`` started (an opaque token), "" when it runs but the
    platform does not say since when, None when no such process runs."""
    import psutil

    if pid <= 0:
        return None
    try:
        proc = psutil.Process(pid)
        if proc.status() == psutil.STATUS_ZOMBIE:  # it has ended
            return None
        return repr(proc.create_time())
    except psutil.NoSuchProcess:
        return None
    except (psutil.AccessDenied, OSError):
        return ""


@dataclass(frozen=True)
class Owner:
    """Whose an area is: a process, told from a later one with the same PID."""

    pid: int
    start: str
    boot: str

    @classmethod
    def me(cls) -> Owner:
        pid = os.getpid()
        return cls(pid, process_start(pid) or "", boot_id())

    def text(self) -> str:
        return f"{_MAGIC}\npid {self.pid}\nstart {self.start}\nboot {self.boot}\n"

    @classmethod
    def parse(cls, text: str) -> Owner | None:
        lines = text.splitlines()
        if not lines or lines[0] != _MAGIC:
            return None
        fields = dict(line.partition(" ")[::2] for line in lines[1:])
        try:
            pid = int(fields["pid"])
        except (KeyError, ValueError):
            return None
        return cls(pid, fields.get("start", ""), fields.get("boot", ""))

    def alive(self) -> bool:
        """Whether the owner still runs: same boot, PID running, same start time
        (when the platform tells them)."""
        now = boot_id()
        if self.boot and now and self.boot != now:
            return False
        start = process_start(self.pid)
        if start is None:
            return False
        return not (self.start and start and start != self.start)


# ---------------------------------------------------------------- the parents
def _usable(parent: Path) -> bool:
    """A real folder (not a link) of this user's, made private; created when absent."""
    try:
        parent.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        st = parent.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    if stat.S_IMODE(st.st_mode) & 0o077:
        try:
            os.chmod(parent, 0o700)
        except OSError:
            return False
    return True


def _uid_suffix() -> str:
    return f"-{os.getuid()}" if hasattr(os, "getuid") else ""


def candidate_parents() -> list[Path]:
    """Where areas may be, best first: the runtime dir, the temp dir, the app's state dir."""
    out: list[Path] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        out.append(Path(runtime) / APP_DIR)
    out.append(Path(tempfile.gettempdir()) / f"{APP_DIR}{_uid_suffix()}")
    from .appdirs import app_dirs

    out.append(app_dirs().state / "scratch")
    return out


def scratch_root() -> Path:
    """The parent of this user's areas (created 0700): the first usable candidate."""
    candidates = candidate_parents()
    for parent in candidates:
        if parent.name == "scratch":
            make_private_dir(parent.parent)
        if _usable(parent):
            return parent
    raise OSError(f"no private folder for the working copy among {len(candidates)} candidates")


# ---------------------------------------------------------------- areas
_MINE: list[Path] = []  # the areas this process made: shredded at a normal exit too


def _shred_mine() -> None:
    """At interpreter exit (an exception, ``sys.exit``, a window closed without
    closing its dossier): this process's areas still there. Not a forked child's
    business: only areas whose marker names this very process."""
    me = Owner.me()
    for area in _MINE:
        if os.path.lexists(area) and owner_of(area) == me:
            with contextlib.suppress(OSError):
                shred_tree(area)
    _MINE.clear()


atexit.register(_shred_mine)


def new_area(prefix: str, base: Path | str | None = None) -> Path:
    """A fresh private folder (0700) named ``prefix…`` under ``base`` (default:
    ``scratch_root()``), holding its owner's marker before anything else."""
    if prefix not in PREFIXES:
        raise ValueError(f"not an area prefix: {prefix!r}")
    parent = scratch_root() if base is None else Path(base)
    root = Path(tempfile.mkdtemp(prefix=prefix, dir=str(parent)))
    fd = os.open(root / MARKER, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, Owner.me().text().encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    _MINE[:] = [a for a in _MINE if os.path.lexists(a)]  # (those closed are gone)
    _MINE.append(root)
    return root


def owner_of(area: Path) -> Owner | None:
    """The owner its marker names; None when the marker is missing or unreadable."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(area / MARKER, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        data = os.read(fd, _MARKER_MAX)
    except OSError:
        return None
    finally:
        os.close(fd)
    return Owner.parse(data.decode("ascii", "replace"))


@dataclass(frozen=True)
class SweepReport:
    """What a sweep removed: areas (copies) and the files in them. No names."""

    areas: int = 0
    files: int = 0
    live: int = 0  # areas left alone: their owner runs

    def __add__(self, other: SweepReport) -> SweepReport:
        return SweepReport(
            self.areas + other.areas, self.files + other.files, self.live + other.live
        )


def _orphan(area: Path, grace: float) -> bool | None:
    """True: shred it; False: its owner runs; None: not an area this sweep may
    shred (no readable marker). An unmarked one that stayed empty past the grace
    (its maker died before writing the marker) is only removed, being empty."""
    owner = owner_of(area)
    if owner is not None:
        return not owner.alive()
    with contextlib.suppress(OSError):
        if time.time() - area.lstat().st_mtime >= grace:
            area.rmdir()  # fails unless empty
    return None


def sweep_parent(parent: Path, *, grace: float = GRACE_SECONDS) -> SweepReport:
    """Shred the orphaned areas directly under ``parent`` (a real folder of this
    user's; links and other names are not touched)."""
    try:
        st = parent.lstat()
    except OSError:
        return SweepReport()
    if not stat.S_ISDIR(st.st_mode):
        return SweepReport()
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return SweepReport()
    lock = StoreLock(parent / LOCK)
    try:
        if not lock.acquire():
            return SweepReport()  # another start sweeps it now
    except OSError:
        return SweepReport()
    report = SweepReport()
    try:
        with os.scandir(parent) as entries:
            areas = [
                Path(e.path)
                for e in entries
                if e.name.startswith(PREFIXES) and e.is_dir(follow_symlinks=False)
            ]
        for area in areas:
            verdict = _orphan(area, grace)
            if verdict is False:
                report += SweepReport(live=1)
            elif verdict:
                files = 0
                with contextlib.suppress(OSError):
                    files = shred_tree(area)
                if not os.path.lexists(area):
                    report += SweepReport(areas=1, files=files)
    finally:
        lock.release()
    return report


def sweep(parents: list[Path] | None = None, *, grace: float = GRACE_SECONDS) -> SweepReport:
    """Shred every orphaned area in this user's parents (``candidate_parents()``
    by default). Areas of running processes are left alone."""
    report = SweepReport()
    seen: set[Path] = set()
    for parent in candidate_parents() if parents is None else parents:
        if parent in seen:
            continue
        seen.add(parent)
        report += sweep_parent(parent, grace=grace)
    return report


__all__ = [
    "MARKER",
    "PREFIXES",
    "Owner",
    "SweepReport",
    "candidate_parents",
    "new_area",
    "owner_of",
    "scratch_root",
    "sweep",
    "sweep_parent",
]

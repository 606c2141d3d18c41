"""The three ways the app is used, as headless policy objects the GUI wires up.

- *personal*: one store in the user's data directory, locked after idle,
  copied identifiers cleared from the clipboard after a few seconds;
- *reception point*: a private temporary area (``scratch.new_area``, 0700) holding an
  ephemeral store whose key lives only in memory; export only to a folder the
  person picks; ``end_session()`` shreds everything and restores the app's
  settings/caches to their state at session start;
- *volunteer*: many dossiers in one store, a case list, search, hand-over
  files, and the encrypted action log (``Vault.log``).

Timers take an injectable clock (``time.monotonic`` by default) and are
driven by ``poll()``: the GUI calls it from a QTimer, tests call it directly.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError
from desktop.paths import CATALOG_DIR

from .appdirs import AppDirs, app_dirs, default_store_dir
from .atomic import atomic_write, make_private_dir, shred_file, shred_tree, walk_files
from .mode import Mode
from .scratch import PREFIX_SESSION, new_area

if TYPE_CHECKING:  # the store (and the cryptography) loads when a session starts
    from desktop.core.clock import Clock as DateClock

    from .store import Vault

Clock = Callable[[], float]


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    import tomllib  # on first use: not part of start-up

    with (CATALOG_DIR / "vault.toml").open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class ModePolicy:
    """How a mode behaves, from assets/catalog/vault.toml (see ``policy``)."""

    mode: Mode
    persistent: bool  # keeps a store on disk between sessions
    store_dir: Path | None
    idle_lock_seconds: float | None  # personal/volunteer: lock (ask for the key again)
    idle_ask_seconds: float | None  # reception: ask "still there?"
    idle_wipe_grace_seconds: float | None  # reception: then wipe
    clipboard_clear_seconds: float
    case_list: bool  # show many dossiers, search
    action_log: bool


def policy(mode: Mode | str) -> ModePolicy:
    """The settings of a mode, from assets/catalog/vault.toml."""
    mode = Mode(mode)
    conf = _settings()
    lock = float(conf["idle_lock"]["seconds"])
    clip = float(conf["clipboard_clear"]["seconds"])
    if mode is Mode.RECEPTION:
        return ModePolicy(
            mode,
            persistent=False,
            store_dir=None,
            idle_lock_seconds=None,
            idle_ask_seconds=float(conf["reception_idle"]["ask_seconds"]),
            idle_wipe_grace_seconds=float(conf["reception_idle"]["grace_seconds"]),
            clipboard_clear_seconds=clip,
            case_list=False,
            action_log=False,
        )
    return ModePolicy(
        mode,
        persistent=True,
        store_dir=default_store_dir(),
        idle_lock_seconds=lock,
        idle_ask_seconds=None,
        idle_wipe_grace_seconds=None,
        clipboard_clear_seconds=clip,
        case_list=mode is Mode.VOLUNTEER,
        action_log=mode is Mode.VOLUNTEER,
    )


# ---------------------------------------------------------------- timers


class IdleLock:
    """Locks after ``timeout`` seconds without ``touch()``.

    GUI wiring: an event filter calls ``touch()`` on input; a QTimer calls
    ``poll()`` every second; ``on_lock`` closes the Vault and shows the unlock
    page; ``unlock()`` after the key was given again.
    """

    def __init__(
        self,
        timeout: float,
        *,
        on_lock: Callable[[], None] | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        self.timeout = float(timeout)
        self._clock = clock
        self._on_lock = on_lock
        self._last = clock()
        self.locked = False

    def touch(self) -> None:
        if not self.locked:
            self._last = self._clock()

    def remaining(self) -> float:
        return 0.0 if self.locked else max(0.0, self.timeout - (self._clock() - self._last))

    def poll(self) -> bool:
        """True exactly once, when the lock happens."""
        if self.locked or self._clock() - self._last < self.timeout:
            return False
        self.locked = True
        if self._on_lock is not None:
            self._on_lock()
        return True

    def lock_now(self) -> None:
        self._last = self._clock() - self.timeout
        self.poll()

    def unlock(self) -> None:
        self.locked = False
        self._last = self._clock()


class IdleWipe:
    """Reception point: ask after ``ask_after`` idle seconds, wipe ``grace`` seconds later.

    ``poll()`` returns "ask" once (show the dialog), then "wipe" once (call
    ``ReceptionSession.end_session``); any ``touch()`` (the person answered or
    moved) cancels the question and restarts the count.
    """

    def __init__(
        self,
        ask_after: float,
        grace: float,
        *,
        on_ask: Callable[[], None] | None = None,
        on_wipe: Callable[[], object] | None = None,  # (its result is not used)
        clock: Clock = time.monotonic,
    ) -> None:
        self.ask_after, self.grace = float(ask_after), float(grace)
        self._clock = clock
        self._on_ask, self._on_wipe = on_ask, on_wipe
        self._last = clock()
        self.state = "active"  # active -> asking -> wiped

    def touch(self) -> None:
        if self.state != "wiped":
            self.state = "active"
            self._last = self._clock()

    def poll(self) -> str | None:
        if self.state == "wiped":
            return None
        idle = self._clock() - self._last
        if self.state == "active" and idle >= self.ask_after:
            self.state = "asking"
            if self._on_ask is not None:
                self._on_ask()
            if idle < self.ask_after + self.grace:
                return "ask"
        if self.state == "asking" and idle >= self.ask_after + self.grace:
            self.state = "wiped"
            if self._on_wipe is not None:
                self._on_wipe()
            return "wipe"
        return None


class ClipboardGuard:
    """When to clear the clipboard after the app copied an identifier.

    Only a digest of the copied text is kept.  The GUI calls ``copied(text)``
    after ``QClipboard.setText`` and, from a 1-second QTimer,
    ``if guard.poll(clipboard.text()): clipboard.clear()``.  It clears only if
    the clipboard still holds what the app put there (as KeePassXC does), and
    ``poll(..., force=True)`` at lock or exit.
    """

    def __init__(self, clear_after: float, *, clock: Clock = time.monotonic) -> None:
        self.clear_after = float(clear_after)
        self._clock = clock
        self._digest: bytes | None = None
        self._deadline = 0.0
        self._salt = os.urandom(16)  # what secrets.token_bytes does

    def _hash(self, text: str) -> bytes:
        import hashlib  # here: OpenSSL's load is not part of start-up

        return hashlib.sha256(self._salt + text.encode("utf-8")).digest()

    def copied(self, text: str) -> None:
        self._digest = self._hash(text)
        self._deadline = self._clock() + self.clear_after

    @property
    def pending(self) -> bool:
        return self._digest is not None

    def seconds_left(self) -> float | None:
        return None if self._digest is None else max(0.0, self._deadline - self._clock())

    def poll(self, current: str | None, *, force: bool = False) -> bool:
        """True when the GUI should clear the clipboard now."""
        if self._digest is None:
            return False
        ours = current is not None and self._hash(current) == self._digest
        if not ours:
            self._digest = None  # the person copied something else: leave it alone
            return False
        if force or self._clock() >= self._deadline:
            self._digest = None
            return True
        return False


# ---------------------------------------------------------------- reception point


@dataclass
class WipeReport:
    """What ending a reception session removed, restored and how long it took."""

    files_shredded: int = 0
    app_files_removed: list[str] = field(default_factory=list)
    app_files_restored: list[str] = field(default_factory=list)
    not_restorable: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)  # should stay empty
    seconds: float = 0.0

    @property
    def clean(self) -> bool:
        return not self.leftovers and not self.not_restorable

    def to_json(self) -> dict[str, Any]:
        return {
            "clean": self.clean,
            "files_shredded": self.files_shredded,
            "app_files_removed": self.app_files_removed,
            "app_files_restored": self.app_files_restored,
            "not_restorable": self.not_restorable,
            "leftovers": self.leftovers,
            "seconds": round(self.seconds, 3),
        }


_SNAPSHOT_MAX = 4 * 1024 * 1024


def _snapshot(dirs: AppDirs) -> dict[Path, bytes | tuple[int, int]]:
    """Content of the app's own files (or size/mtime for big ones), to restore later."""
    snap: dict[Path, bytes | tuple[int, int]] = {}
    for root in dirs.all():
        if not root.is_dir():
            continue
        for file in walk_files(root):
            with contextlib.suppress(OSError):
                st = file.stat()
                snap[file] = (
                    file.read_bytes()
                    if st.st_size <= _SNAPSHOT_MAX
                    else (st.st_size, st.st_mtime_ns)
                )
    return snap


class ReceptionSession:
    """One visitor at a shared computer: nothing survives ``end_session()``.

    - ``root``: private area (``scratch.new_area``: the runtime tmpfs when there is
      one, else the temp dir; 0700, marked with its owner) holding ``store/`` (an
      ephemeral Vault: key in memory only), ``work/`` and ``tmp/``;
    - while active, ``tempfile`` and the TMPDIR/TEMP/TMP variables point into
      ``tmp/`` so every library's temporary files land in the area;
    - ``dirs`` are redirected app dirs (settings, recent files, caches) inside
      the area: the GUI uses them instead of ``app_dirs()`` in this mode;
    - the real app dirs are snapshotted at start: at the end, new files are
      shredded and changed ones restored.
    """

    def __init__(
        self,
        *,
        base: Path | str | None = None,
        app: AppDirs | None = None,
        clock: DateClock | None = None,
    ) -> None:
        self._base = None if base is None else str(base)
        self._app = app if app is not None else app_dirs()
        self._clock = clock
        self.root: Path | None = None
        self._vault: Vault | None = None
        self._snapshot: dict[Path, bytes | tuple[int, int]] = {}
        self._dirs_before: set[Path] = set()
        self._saved_env: dict[str, str | None] = {}
        self._saved_tempdir: str | None = None

    def start(self) -> ReceptionSession:
        self._snapshot = _snapshot(self._app)
        self._dirs_before = {
            Path(dirpath) for r in self._app.all() if r.is_dir() for dirpath, _d, _f in os.walk(r)
        }
        import tempfile  # not part of the app's start-up

        # A marked area (scratch.py): under $XDG_RUNTIME_DIR (a tmpfs, gone at
        # power-off) when there is one, else swept at the next start if we die.
        root = new_area(PREFIX_SESSION, self._base)
        self.root = root
        for sub in ("work", "tmp"):
            make_private_dir(root / sub)
        from .store import Vault

        self._vault = Vault.create(root / "store", custody="ephemeral", clock=self._clock)
        self._saved_tempdir = tempfile.tempdir
        tempfile.tempdir = str(root / "tmp")
        for var in ("TMPDIR", "TEMP", "TMP"):
            self._saved_env[var] = os.environ.get(var)
            os.environ[var] = str(root / "tmp")
        return self

    def __enter__(self) -> ReceptionSession:
        return self.start() if self.root is None else self

    def __exit__(self, *exc: object) -> None:
        if self.root is not None:
            self.end_session()

    @property
    def active(self) -> bool:
        return self.root is not None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise UserError("vault.session_over")
        return self._vault

    @property
    def work_dir(self) -> Path:
        if self.root is None:
            raise UserError("vault.session_over")
        return self.root / "work"

    @property
    def dirs(self) -> AppDirs:
        if self.root is None:
            raise UserError("vault.session_over")
        return AppDirs.under(self.root / "app")

    def export(self, dossier_id: str, dest_dir: Path | str, passphrase: str) -> Path:
        """Hand-over file into a folder the person picked (never inside the temp area)."""
        dest = Path(dest_dir).resolve()
        if self.root is None:
            raise UserError("vault.session_over")
        if not dest.is_dir():
            raise UserError("vault.export_folder_missing", folder=str(dest))
        if dest == self.root.resolve() or self.root.resolve() in dest.parents:
            raise UserError("vault.export_inside_session", folder=str(dest))
        # A neutral name: nothing about the person in a file name outside the vault.
        out = dest / f"dossier-{os.urandom(3).hex()}.dsvx"
        return self.vault.export_dossier(dossier_id, out, passphrase)

    def end_session(self) -> WipeReport:
        """Shred the temp area, restore the app dirs, forget the key.  Idempotent."""
        started = time.monotonic()
        report = WipeReport()
        if self._vault is not None:
            self._vault.close()
            self._vault = None
        import tempfile

        tempfile.tempdir = self._saved_tempdir
        for var, value in self._saved_env.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value
        self._saved_env = {}
        if self.root is not None:
            root, self.root = self.root, None
            with contextlib.suppress(OSError):
                report.files_shredded += shred_tree(root)
            if root.exists():
                report.leftovers.extend(str(p) for p in walk_files(root))
                report.leftovers.append(str(root))
        self._restore_app_dirs(report)
        report.seconds = time.monotonic() - started
        return report

    def _restore_app_dirs(self, report: WipeReport) -> None:
        after = _snapshot(self._app)
        for file, now in after.items():
            before = self._snapshot.get(file)
            if before is None:
                shred_file(file)
                report.app_files_removed.append(str(file))
                report.files_shredded += 1
            elif before != now:
                if isinstance(before, bytes):
                    atomic_write(file, before)
                    report.app_files_restored.append(str(file))
                else:
                    report.not_restorable.append(str(file))
        for file, before in self._snapshot.items():
            if file not in after and isinstance(before, bytes):
                make_private_dir(file.parent)
                atomic_write(file, before)
                report.app_files_restored.append(str(file))
        # Directories the session created in the app dirs (now empty), deepest first.
        for root in self._app.all():
            if not root.is_dir():
                continue
            created = [
                Path(dirpath)
                for dirpath, _dirs, _files in os.walk(root)
                if Path(dirpath) not in self._dirs_before
            ]
            for path in sorted(created, key=lambda p: len(p.parts), reverse=True):
                with contextlib.suppress(OSError):
                    path.rmdir()
        for file in walk_files_all(self._app):
            if file not in self._snapshot:
                report.leftovers.append(str(file))


def walk_files_all(dirs: AppDirs) -> list[Path]:
    return [f for root in dirs.all() if root.is_dir() for f in walk_files(root)]


__all__ = [
    "ClipboardGuard",
    "IdleLock",
    "IdleWipe",
    "Mode",
    "ModePolicy",
    "ReceptionSession",
    "WipeReport",
    "policy",
]

"""The vault's file operations: private folders, overwrite-then-delete, the store lock.

The atomic write itself is the application's one (``desktop.core.atomic``),
re-exported here: the store's blobs, indexes and header are written with it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from desktop.core.atomic import TMP_SUFFIX, atomic_write, fsync_dir

_PRIVATE_FILE = 0o600
_PRIVATE_DIR = 0o700


def make_private_dir(path: Path) -> Path:
    path.mkdir(mode=_PRIVATE_DIR, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, _PRIVATE_DIR)
    return path


def shred_file(path: Path) -> None:
    """Overwrite a file with random bytes, fsync, then delete it.

    On SSDs and copy-on-write filesystems the old blocks may survive; that is
    why the vault never writes clear text in the first place and relies on
    forgetting the key (crypto-shredding).  The overwrite is a second line.
    """
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(st.st_mode) and st.st_size:
        with contextlib.suppress(OSError), open(path, "r+b", buffering=0) as fh:
            remaining = st.st_size
            chunk = 1 << 20
            while remaining > 0:
                n = min(chunk, remaining)
                fh.write(os.urandom(n))
                remaining -= n
            os.fsync(fh.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def shred_tree(root: Path) -> int:
    """Shred every file under ``root``, then remove the directories.  Returns files shredded."""
    if not root.exists() and not root.is_symlink():
        return 0
    if root.is_symlink() or not root.is_dir():
        shred_file(root)
        return 1
    count = 0
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        base = Path(dirpath)
        for name in filenames:
            shred_file(base / name)
            count += 1
        for name in dirnames:
            sub = base / name
            if sub.is_symlink():
                sub.unlink()
            else:
                with contextlib.suppress(OSError):
                    os.chmod(sub, _PRIVATE_DIR)
                sub.rmdir()
    root.rmdir()
    return count


def walk_files(root: Path) -> Iterator[Path]:
    for dirpath, _dirnames, filenames in os.walk(root):
        for name in filenames:
            yield Path(dirpath) / name


class StoreLock:
    """An exclusive advisory lock on a file (released by the OS if the process dies)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: int | None = None

    def acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, _PRIVATE_FILE)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fh = fd
        return True

    def release(self) -> None:
        if self._fh is not None:
            os.close(self._fh)  # closing releases flock / msvcrt locks
            self._fh = None


__all__ = [
    "TMP_SUFFIX",
    "StoreLock",
    "atomic_write",
    "fsync_dir",
    "make_private_dir",
    "shred_file",
    "shred_tree",
    "walk_files",
]

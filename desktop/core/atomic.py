"""One atomic write for the whole application (standard library only).

``atomic_write`` writes a temporary file *in the same folder* (private: 0600 by
default), fsyncs it, ``os.replace``s it over the target and fsyncs the folder,
so after a crash or a power cut the target holds either the old or the new
bytes, never a mix; when anything fails on the way, the temporary file is
removed and the target is left as it was. The vault, the dossier file and the
builds all write this way.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

#: Every temporary file ends so: a folder's leftovers of a killed write are
#: recognisable (the vault sweeps them at open, the dossier when stale).
TMP_SUFFIX = ".tmp"
PRIVATE_FILE = 0o600


def temp_path(path: Path, prefix: str | None = None) -> Path:
    """A fresh temporary name beside ``path``: ``{prefix}{random}.tmp``, where the
    prefix defaults to ``.{name}.`` (hidden, and says whose it is)."""
    head = f".{path.name}." if prefix is None else prefix
    return path.with_name(f"{head}{os.urandom(4).hex()}{TMP_SUFFIX}")


def fsync_dir(path: Path, *, best_effort: bool = False) -> None:
    """Make a rename or creation in the folder ``path`` durable.

    A no-op where folders cannot be opened for fsync (Windows). ``best_effort``:
    a folder that cannot be opened or synced (some network or FUSE filesystems)
    is not an error.
    """
    if sys.platform == "win32":
        return
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        if best_effort:
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not best_effort:
            raise
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace_with(
    path: Path, fill: Callable[[int], None], mode: int, tmp_prefix: str | None
) -> None:
    """Write a temporary file beside ``path`` with ``fill(fd)``, fsync it and rename it
    over ``path``; on any failure the temporary file is removed and ``path`` is as it
    was."""
    tmp = temp_path(path, tmp_prefix)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, mode)
    try:
        try:
            fill(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write(
    path: Path,
    data: bytes,
    *,
    mode: int = PRIVATE_FILE,
    sync_dir: bool = True,
    tmp_prefix: str | None = None,
) -> None:
    """Replace ``path`` by ``data`` atomically and durably (the file gets ``mode``).

    ``sync_dir=False`` leaves the folder's fsync to the caller (many files
    written into one folder, then one fsync); ``tmp_prefix`` names the temporary
    file (see ``temp_path``). The folder must exist.
    """
    _replace_with(path, lambda fd: _write_all(fd, data), mode, tmp_prefix)
    if sync_dir:
        fsync_dir(path.parent)


def atomic_copy(
    source: Path, path: Path, *, mode: int = PRIVATE_FILE, chunk: int = 1 << 20
) -> None:
    """Copy the file ``source`` to ``path`` atomically and durably, in chunks (a large
    scan never sits whole in memory); the same guarantees as ``atomic_write``."""

    def fill(fd: int) -> None:
        with open(source, "rb") as src:
            while block := src.read(chunk):
                _write_all(fd, block)

    _replace_with(path, fill, mode, None)
    fsync_dir(path.parent, best_effort=True)


def copy_to_temp(
    source: Path, tmp: Path, *, max_bytes: int, mode: int = PRIVATE_FILE, chunk: int = 1 << 20
) -> None:
    """The first half of ``atomic_copy``: ``source`` copied to the new file ``tmp``
    (created exclusively, ``mode``) and fsynced, not renamed. The caller renames it
    into place later (``os.replace``) or removes it; on failure ``tmp`` is removed.

    ``source`` comes from anywhere (a person's pick, copied on a worker thread): it
    must be a regular file of at most ``max_bytes``, checked when it is opened and
    while it is read (``reader.Refused``): a FIFO swapped in never hangs the copy, a
    file still growing never fills the disk."""
    from desktop.core import reader

    src = reader.open_regular(source, max_bytes)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, mode)
    except BaseException:
        os.close(src)
        raise
    try:
        try:
            total = 0
            while block := os.read(src, chunk):
                total += len(block)
                if total > max_bytes:
                    raise reader.Refused("too_large", total)
                _write_all(fd, block)
            os.fsync(fd)
        finally:
            os.close(fd)
            os.close(src)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


__all__ = [
    "PRIVATE_FILE",
    "TMP_SUFFIX",
    "atomic_copy",
    "atomic_write",
    "copy_to_temp",
    "fsync_dir",
    "temp_path",
]

"""Reading a file the person (or someone else) named, without trusting it.

``read_checked`` reads a whole file only when it is a regular file no bigger
than the cap its caller passes (the caller knows the policy: intake's
``max_file_bytes`` for a dossier's pieces, the vault's for a hand-over file),
and, given ``within``, only when its real path lies inside that folder (no
``..``, no absolute path, no symbolic link leading out). Everything else is a
``UserError`` naming the file: a FIFO or a device (``/dev/zero``) is refused
from its type before a byte is read, so nothing hangs or fills the memory.

The file is opened non-blocking (a FIFO without a writer would otherwise block
the ``open`` itself) and judged by ``fstat`` on the open descriptor, so a file
swapped between the check and the read is judged as what was opened; the read
stops one byte past the cap whatever the size said.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop.errors import UserError

_CHUNK = 1 << 20


def is_within(path: Path | str, folder: Path | str) -> bool:
    """Whether the real path of ``path`` (links followed) lies inside ``folder``'s."""
    real = os.path.realpath(path)
    base = os.path.realpath(folder)
    return os.path.commonpath([real, base]) == base and real != base


def read_checked(
    path: Path | str, *, max_bytes: int, within: Path | str | None = None, label: str = ""
) -> bytes:
    """The bytes of ``path``: a regular file of at most ``max_bytes``, inside ``within``
    when given. ``label`` names the file in messages (default: ``path``)."""
    name = label or str(path)
    target = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    if within is not None:
        if not is_within(path, within):
            raise UserError("read.outside_folder", file=name, folder=str(within))
        target = os.path.realpath(path)  # what was checked is what is opened
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags)
    except FileNotFoundError:
        raise UserError("cli.file_not_found", file=name) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UserError("read.outside_folder", file=name, folder=str(within)) from None
        if exc.errno in (errno.ENXIO, errno.EISDIR):
            raise UserError("read.not_regular", file=name) from None
        raise UserError("read.unreadable", file=name, detail=exc.strerror or "") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UserError("read.not_regular", file=name)
        if st.st_size > max_bytes:
            raise _too_large(name, st.st_size, max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise _too_large(name, total, max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        raise UserError("read.unreadable", file=name, detail=exc.strerror or "") from None
    finally:
        os.close(fd)


def _too_large(name: str, size: int, limit: int) -> UserError:
    mb = 1024 * 1024
    return UserError("read.too_large", file=name, size_mb=-(-size // mb), limit_mb=limit // mb)


__all__ = ["is_within", "read_checked"]

"""The one checked way to read a file someone else may have prepared.

- ``inside(base, entry)``: where a dossier's entry really points, or ``None`` when
  it leaves the dossier's folder (an absolute path, a ``..`` part, a symbolic link
  whose target is elsewhere). A link that stays inside the folder is followed.
- ``check_regular(path, max_bytes)`` / ``read_capped(path, max_bytes)``: a regular
  file only (never a FIFO, which would block the reader forever, a device such as
  ``/dev/zero`` or a socket), its size compared with the cap *before* a byte is
  read, and never more than the cap read even if it grows meanwhile. The file is
  opened non-blocking, so opening a FIFO returns at once and ``fstat`` says what it
  is; what is checked is the opened file itself, not a name looked up again.

Refusals raise ``Refused`` with a ``reason``: ``missing``, ``folder``, ``special``
(FIFO, device, socket), ``unopenable`` (permission, link loop), ``too_large``.
Callers turn it into their own finding, or call ``read_checked``, which says it as
a ``UserError`` naming the file (the vault: ``vault add``, autosave, headers,
hand-over files). Standard library only.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from desktop.errors import UserError

#: Reads are made in pieces of this size (a large file never needs one big buffer
#: besides the result).
CHUNK = 1024 * 1024


class Refused(Exception):
    """A file the reader will not read; ``reason`` says why, ``size`` when too large."""

    def __init__(self, reason: str, size: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.size = size


def escapes(entry: str) -> bool:
    """An entry written to leave its folder: absolute (``/x``, ``C:\\x``, ``\\\\host``)
    or with a ``..`` part (either separator)."""
    if not entry or PurePosixPath(entry).is_absolute() or PureWindowsPath(entry).anchor:
        return True
    return ".." in entry.replace("\\", "/").split("/")


def inside(base: Path, entry: str) -> Path | None:
    """The real path of ``entry`` under ``base``, or ``None`` when it is written to
    leave the folder or a link on the way leads out of it."""
    if escapes(entry):
        return None
    root = os.path.realpath(base)
    real = os.path.realpath(os.path.join(root, entry))
    if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
        return None
    return Path(real)


def _open(path: Path) -> tuple[int, os.stat_result]:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise Refused("missing") from None
    except IsADirectoryError:
        raise Refused("folder") from None
    except (OSError, ValueError):
        raise Refused("unopenable") from None
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise Refused("unopenable") from None
    if stat.S_ISDIR(st.st_mode):
        os.close(fd)
        raise Refused("folder")
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise Refused("special")
    return fd, st


def check_regular(path: Path, max_bytes: int) -> int:
    """The size of the regular file at ``path`` (``Refused`` otherwise, or above
    ``max_bytes``). Nothing is read."""
    fd, st = _open(path)
    os.close(fd)
    if st.st_size > max_bytes:
        raise Refused("too_large", st.st_size)
    return st.st_size


def open_regular(path: Path, max_bytes: int) -> int:
    """A blocking file descriptor on the regular file at ``path`` of at most
    ``max_bytes`` (``Refused`` otherwise). Opened without blocking first, so a FIFO
    put in the file's place never hangs the caller; the caller closes it."""
    fd, st = _open(path)
    if st.st_size > max_bytes:
        os.close(fd)
        raise Refused("too_large", st.st_size)
    if hasattr(os, "O_NONBLOCK"):
        os.set_blocking(fd, True)
    return fd


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them
    (``Refused("too_large")`` when it holds more, checked before and while reading)."""
    fd = open_regular(path, max_bytes)
    try:
        parts: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise Refused("too_large", total)
        return b"".join(parts)
    finally:
        os.close(fd)


def is_within(path: Path | str, folder: Path | str) -> bool:
    """Whether the real path of ``path`` (links followed) lies inside ``folder``'s."""
    real = os.path.realpath(path)
    base = os.path.realpath(folder)
    return os.path.commonpath([real, base]) == base and real != base


def read_checked(
    path: Path | str, *, max_bytes: int, within: Path | str | None = None, label: str = ""
) -> bytes:
    """``read_capped``, its refusals said as a ``UserError`` naming the file (``label``,
    default ``path``); with ``within``, only a file whose real path lies inside it."""
    name = label or str(path)
    target = Path(path)
    if within is not None:
        if not is_within(path, within):
            raise UserError("read.outside_folder", file=name, folder=str(within))
        target = Path(os.path.realpath(path))  # what was checked is what is opened
    try:
        return read_capped(target, max_bytes)
    except Refused as exc:
        if exc.reason == "missing":
            raise UserError("cli.file_not_found", file=name) from None
        if exc.reason in ("folder", "special"):
            raise UserError("read.not_regular", file=name) from None
        if exc.reason == "too_large":
            mb = 1024 * 1024
            raise UserError(
                "read.too_large", file=name, size_mb=-(-exc.size // mb), limit_mb=max_bytes // mb
            ) from None
        raise UserError("read.unreadable", file=name, detail="") from None
    except OSError as exc:
        raise UserError("read.unreadable", file=name, detail=exc.strerror or "") from None

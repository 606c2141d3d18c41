"""How the photo workers start (standard library only, so a front end can start
them before it loads the rest of the bundle: pypdf, the page writers).

Spawned, each a new interpreter importing the image code (Pillow, numpy, OpenCV:
~0.3 s of CPU each), except for photos to clean on Linux: a fork server loads the
photo code once and forks every worker ready to work, and such a worker exits at
once (bench/README.md, « Phone photo → scanned page »: the first page ~0.5 s
sooner, the shutdown ~0.25 s shorter). Not in a frozen build, not on macOS
(Accelerate and OpenCV are not safe to fork once loaded), Windows cannot fork.
The server lives as long as the process; a build of scans only never starts it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from multiprocessing.context import BaseContext
from pathlib import Path

#: What a fork server loads once for the workers it forks.
PHOTO_MODULES = ["desktop.bundle.images", "desktop.intake.scan", "desktop.intake.orient"]


def _forkserver() -> bool:
    return (
        sys.platform.startswith("linux")
        and not getattr(sys, "frozen", False)
        and "forkserver" in multiprocessing.get_all_start_methods()
    )


def context(warm: bool) -> BaseContext:
    """The start method of a pool: the photo fork server when ``warm`` (photos to
    clean) and the platform allows it, else spawn."""
    if warm and _forkserver():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PHOTO_MODULES)  # no effect once the server runs
        return ctx
    return multiprocessing.get_context("spawn")


def start_photo_server() -> bool:
    """Start the fork server now, so it imports the photo code while the caller
    imports the rest (a ``convert`` of photos: ~0.2 s of the main process's imports
    no longer delay the first page). False where workers are spawned instead."""
    if not _forkserver():
        return False
    from multiprocessing import forkserver

    context(True)
    forkserver.ensure_running()
    return True


def worth_warming(files: Sequence[str | os.PathLike[str]], max_workers: int = 2) -> bool:
    """Enough pictures among ``files`` (by their names; they are sniffed later) for
    two workers to share, started before the files are read."""
    from desktop.intake.sniff import EXTENSIONS, IMAGE_KINDS

    if min(max_workers, os.cpu_count() or 1) < 2:
        return False
    pictures = frozenset().union(*(EXTENSIONS[k] for k in IMAGE_KINDS))
    return sum(1 for f in files if Path(f).suffix.lower() in pictures) >= 3

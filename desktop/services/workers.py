"""Starting the photo workers before the rest of the bundle loads (``convert``)."""

from __future__ import annotations

import os
from collections.abc import Sequence


def start_photo_workers(files: Sequence[str | os.PathLike[str]], max_workers: int = 2) -> bool:
    """When ``files`` hold enough photos for the workers, start their fork server
    now: it imports the photo code (OpenCV, numpy) while this process imports the
    page writers (pypdf; ~0.2 s). Call it before ``services.building``. True when a
    server was started (Linux); elsewhere the workers are spawned later as before."""
    from desktop.bundle.workers import start_photo_server, worth_warming

    return worth_warming(files, max_workers) and start_photo_server()

"""Long work off the GUI thread (Anki's ``aqt.operations``): a function runs
in the thread pool with a progress callback and a cancel flag; its result,
failure and progress come back as signals, on the GUI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from desktop.ui.qt import QObject, QRunnable, QThreadPool, Signal

#: ``progress(fraction, label)``, as the work calls it.
Progress = Callable[[float, str], None]
#: ``fn(progress, cancel)``: its result is what ``finished`` carries.
Work = Callable[[Progress, threading.Event], object]


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)


class Operation(QRunnable):
    """``fn(progress, cancel)``: ``progress(fraction, label)``; ``cancel`` is a
    ``threading.Event`` the function checks between units of work."""

    def __init__(self, fn: Work) -> None:
        super().__init__()
        self.fn = fn
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel)
        except BaseException as exc:  # reported to the GUI, never a crash
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def _progress(self, fraction: float, label: str = "") -> None:
        self.signals.progress.emit(float(fraction), str(label))

    def start(self, pool: QThreadPool | None = None) -> Operation:
        (pool or QThreadPool.globalInstance()).start(self)
        return self


#: How much lower than the window the background threads run (Linux ``nice``): an
#: inspection of a 12 MP photo takes seconds of CPU; the window must never wait for a
#: core behind it.
BACKGROUND_NICE = 10


def lower_thread_priority() -> None:
    """Run the calling (worker) thread below the GUI thread. On Linux a thread has its
    own nice value (``setpriority`` on its thread id), inherited by the threads it
    starts (OpenCV's). Elsewhere nothing changes (there ``setpriority`` would slow the
    whole process, the window included)."""
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return
    tid = threading.get_native_id()
    try:
        now = os.getpriority(os.PRIO_PROCESS, tid)
        if now < BACKGROUND_NICE:
            os.setpriority(os.PRIO_PROCESS, tid, BACKGROUND_NICE)
    except OSError:
        pass

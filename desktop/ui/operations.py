"""Long work off the GUI thread (Anki's ``aqt.operations``): a function runs
in the thread pool with a progress callback and a cancel flag; its result,
failure and progress come back as signals, on the GUI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from desktop.ui.qt import QCoreApplication, QObject, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)


class Operation:
    """``fn(progress, cancel)``: ``progress(fraction, label)``; ``cancel`` is a
    ``threading.Event`` the function checks between units of work.

    Lifetimes are Qt's, not the garbage collector's: the pool runs a callable
    (PySide wraps it in a runnable the pool owns and deletes), and the object
    carrying the signals belongs to the application until its last signal has
    been delivered (then ``deleteLater``). A slot may drop the last reference
    to its Operation without Qt ever touching a deleted sender or runnable."""

    def __init__(self, fn: Callable[[Callable[[float, str], None], threading.Event], Any]) -> None:
        self.fn = fn
        self.cancel = threading.Event()
        self.done = threading.Event()
        self.signals = _Signals(QCoreApplication.instance())
        # Connected first, so delivered first: deleteLater queues the deletion
        # behind the other slots' deliveries of the same signal.
        self.signals.finished.connect(self.signals.deleteLater)
        self.signals.failed.connect(self.signals.deleteLater)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel)
        except BaseException as exc:  # reported to the GUI, never a crash
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.done.set()
            self.signals.failed.emit(exc)
        else:
            self.done.set()
            self.signals.finished.emit(result)

    def _progress(self, fraction: float, label: str = "") -> None:
        self.signals.progress.emit(float(fraction), str(label))

    def start(self, pool: QThreadPool | None = None) -> Operation:
        (pool or QThreadPool.globalInstance()).start(self.run)
        return self

"""Progress and cancellation for long builds (the GUI runs them off its thread).

``progress`` is any callable taking a ``ProgressEvent``; ``cancel`` is a
``CancelToken``, a ``threading.Event`` or any callable returning True once the
person pressed Cancel. The token is checked between pages; a cancelled build
raises ``BuildCancelled`` and leaves nothing behind in the output folder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

#: Stages, in the order a build goes through them.
STAGES = ("check", "slot", "page", "fit", "complete", "guide", "done")


@dataclass(frozen=True)
class ProgressEvent:
    """One step of a build.

    ``stage``: one of ``STAGES``; ``piece``: the piece id (or None);
    ``page``/``pages``: the page just done and the page count of that piece;
    ``fraction``: overall progress 0..1 (never goes back).
    """

    stage: str
    fraction: float
    piece: str | None = None
    page: int | None = None
    pages: int | None = None
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


ProgressCallback = Callable[[ProgressEvent], None]


class BuildCancelled(Exception):
    """The person cancelled; partial outputs were removed."""


class CancelToken:
    """A thread-safe flag the GUI sets; the build checks it between pages."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def is_set(self) -> bool:
        return self._event.is_set()


class Cancellable(Protocol):
    """What a build checks between pages: ``threading.Event`` or ``CancelToken``."""

    def is_set(self) -> bool: ...


def is_cancelled(cancel: Cancellable | None) -> bool:
    return cancel is not None and cancel.is_set()


class Tracker:
    """Turns work units into monotonic fractions and forwards events."""

    def __init__(
        self, callback: ProgressCallback | None, cancel: Cancellable | None, total_units: float
    ) -> None:
        self.callback = callback
        self.cancel = cancel
        self.total = max(total_units, 1.0)
        self.done = 0.0
        self._last = 0.0

    def check(self) -> None:
        if is_cancelled(self.cancel):
            raise BuildCancelled()

    def emit(
        self,
        stage: str,
        units: float = 0.0,
        *,
        piece: str | None = None,
        page: int | None = None,
        pages: int | None = None,
        detail: str = "",
        final: bool = False,
    ) -> None:
        self.done += units
        frac = 1.0 if final else min(0.99, self.done / self.total)
        frac = max(frac, self._last)
        self._last = frac
        if self.callback is not None:
            self.callback(ProgressEvent(stage, round(frac, 4), piece, page, pages, detail))
        self.check()

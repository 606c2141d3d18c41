"""The one clock every date-dependent rule reads; tests and ``--today`` set it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Clock:
    """Today's date for every rule: the system's, or ``fixed`` (``--today``, tests)."""

    fixed: dt.date | None = None

    def today(self) -> dt.date:
        return self.fixed if self.fixed is not None else dt.date.today()

    def now(self) -> dt.datetime:
        if self.fixed is not None:
            return dt.datetime.combine(self.fixed, dt.time(12, 0))
        return dt.datetime.now()


SYSTEM_CLOCK = Clock()


def parse_date(text: str) -> dt.date:
    """ISO date (YYYY-MM-DD) or French DD/MM/YYYY."""
    text = text.strip()
    if "/" in text:
        day, month, year = text.split("/")
        return dt.date(int(year), int(month), int(day))
    return dt.date.fromisoformat(text)

"""The one clock every date-dependent rule reads; tests and ``--today`` set it."""

from __future__ import annotations

import datetime as dt
import re
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


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """A date as people type it: ISO (YYYY-MM-DD), or day first with ``/``, ``.`` or
    ``-`` (24/11/2026, 24.11.2026, 1-3-2027). A two-digit year is read in the
    century that puts it nearest: up to 20 years ahead of ``today``'s year, else the
    century before (``11/3/27`` is 2027, ``5/6/90`` is 1990), never year 27. A
    one- or three-digit year is refused: it is a typing slip."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        year, month, day = (int(x) for x in text.split("-"))
        return dt.date(year, month, day)
    found = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", text)
    if found is None:
        raise ValueError(f"not a date: {text!r}")
    day, month, year_text = int(found[1]), int(found[2]), found[3]
    year = int(year_text)
    if len(year_text) == 2:
        this_year = (today or dt.date.today()).year
        year += (this_year // 100) * 100
        if year > this_year + 20:
            year -= 100
    return dt.date(year, month, day)

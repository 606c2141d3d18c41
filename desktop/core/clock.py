"""The one clock every date-dependent rule reads; tests and ``--today`` set it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.text import fold


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

#: Month names as people type them in the six interface languages (full, genitive,
#: usual abbreviations; Arabic of the Mashriq and of the Maghreb), compared folded
#: (``core.text.fold``: no case, no accents, no hamza).
MONTH_WORDS: dict[int, str] = {
    1: "janvier janv jan january января январь янв січня січень січ يناير جانفي",
    2: "février févr fév fev february feb февраля февраль фев лютого лютий лют فبراير فيفري",
    3: "mars march mar марта март мар березня березень бер مارس",
    4: "avril avr april apr апреля апрель апр квітня квітень квіт أبريل أفريل",
    5: "mai may мая май травня травень трав مايو ماي",
    6: "juin june jun июня июнь июн червня червень черв يونيو يونيه جوان",
    7: "juillet juil july jul июля июль июл липня липень лип يوليو يوليه جويلية",
    8: "août aout august aug августа август авг серпня серпень серп أغسطس أوت",
    9: "septembre sept sep september сентября сентябрь сен вересня вересень вер سبتمبر",
    10: "octobre oct october октября октябрь окт жовтня жовтень жовт أكتوبر",
    11: "novembre nov november ноября ноябрь ноя листопада листопад лист نوفمبر",
    12: "décembre déc dec december декабря декабрь дек грудня грудень груд ديسمبر",
}
_MONTH_OF: dict[str, int] = {}


def _month(word: str) -> int | None:
    if not _MONTH_OF:
        for number, words in MONTH_WORDS.items():
            for w in words.split():
                _MONTH_OF[fold(w)] = number
    return _MONTH_OF.get(fold(word).rstrip("."))


# « 11 mars 2027 », « 1er mars 2027 », « 11 марта 2027 г. », « 11 مارس 2027 »
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([^\d\s,]+)\s*,?\s+(\d{4})")
# « March 11, 2027 »
_MONTH_DAY_YEAR = re.compile(r"([^\d\s,]+)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})")
# « 2027年3月11日 »
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
# what may follow a year: « г. » (ru), « р. », « року » (uk)
_YEAR_TAIL = re.compile(r"\s*(?:г\.?|года|р\.?|року)$")


def _in_words(text: str) -> dt.date | None:
    """A date written with its month's name (six languages), or None."""
    text = _YEAR_TAIL.sub("", text)
    found = _CHINESE.fullmatch(text)
    if found is not None:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    found = _DAY_MONTH_YEAR.fullmatch(text)
    if found is not None and (month := _month(found[2])) is not None:
        return dt.date(int(found[3]), month, int(found[1]))
    found = _MONTH_DAY_YEAR.fullmatch(text)
    if found is not None and (month := _month(found[1])) is not None:
        return dt.date(int(found[3]), month, int(found[2]))
    return None


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """A date as people type it: ISO (YYYY-MM-DD), or day first with ``/``, ``.`` or
    ``-`` (24/11/2026, 24.11.2026, 1-3-2027). A two-digit year is read in the
    century that puts it nearest: up to 20 years ahead of ``today``'s year, else the
    century before (``11/3/27`` is 2027, ``5/6/90`` is 1990), never year 27. A
    one- or three-digit year is refused: it is a typing slip. A month may be written
    out, in any of the six languages (« 11 mars 2027 », « 11 марта 2027 », « March
    11, 2027 », « 2027年3月11日 », « 11 مارس 2027 »), with a four-digit year."""
    text = " ".join(text.split())
    worded = _in_words(text)
    if worded is not None:
        return worded
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

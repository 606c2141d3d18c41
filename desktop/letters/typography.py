"""French typography for the letters: spaces, dates, amounts.  No locale needed.

API::

    NBSP, NNBSP                          # U+00A0 no-break space, U+202F narrow one
    fr_text(text, space=NBSP) -> str     # no-break space before ; : ! ? » and after «
    fr_date(day) -> str                  # "24 novembre 2026", "1er mars 2027"
    fr_datetime(moment) -> str           # "24 novembre 2026 à 9 h 05"
    fr_time(moment) -> str               # "9 h 05"
    fr_money(amount, cents=None) -> str  # "1 234,50 €", "225 €"
    fr_number(n) -> str                  # "10 000" (no-break thousands separator)

The default space is U+00A0: reportlab's Paragraph treats U+202F as a place
where a line may break (and prints it as an ordinary space), so U+202F is only
for plain text (``space=NNBSP``, e.g. the e-mail body).  Either way a line
never starts with "?" or "»".
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
NNBSP = "\u202f"

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

_URLISH = re.compile(r"(?:https?://|www\.|mailto:)\S+|\S+@\S+")
# a space (ordinary or not) or nothing before ; ! ? » : — added/normalised
_BEFORE_TIGHT = re.compile(r"(?<=[^\s(«;!?])[ \u00a0\u202f]*([;!?»])")
_BEFORE_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]+:(?=\s|$)|(?<=[^\s\d:/]):(?=\s|$)")
_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")


def fr_text(text: str, space: str = NBSP) -> str:
    """Put French no-break spaces before ``; : ! ? »`` and after ``«``.

    Web addresses and e-mail addresses are left alone; "14:05" and "?" inside a
    word-less context are not touched.  Idempotent.
    """
    kept: list[str] = []

    def _keep(m: re.Match[str]) -> str:
        token = m.group(0)
        core = token.rstrip(".,;:!?»)")
        kept.append(core)
        return f"\ue000{len(kept) - 1}\ue001" + token[len(core) :]

    text = _fr_plain(_URLISH.sub(_keep, text), space)
    return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text)


def _fr_plain(text: str, space: str) -> str:
    text = _AFTER_OPEN.sub("«" + space, text)
    text = _BEFORE_TIGHT.sub(lambda m: space + m.group(1), text)
    text = _BEFORE_COLON.sub(space + ":", text)
    return text


def fr_date(day: dt.date) -> str:
    """``24 novembre 2026``; the first of the month is written ``1er``."""
    d = "1er" if day.day == 1 else str(day.day)
    return f"{d} {MONTHS[day.month - 1]} {day.year}"


def fr_time(moment: dt.datetime | dt.time) -> str:
    return f"{moment.hour} h {moment.minute:02d}"


def fr_datetime(moment: dt.datetime) -> str:
    return f"{fr_date(moment.date())} à {fr_time(moment)}"


def fr_number(n: int, space: str = NBSP) -> str:
    sign = "-" if n < 0 else ""
    digits = str(abs(int(n)))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sign + space.join(reversed(groups))


def fr_money(amount: float | int | Decimal | str, cents: bool | None = None) -> str:
    """``1 234,50 €``.  ``cents=None``: shown only when the amount is not whole."""
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole = int(value)
    frac = abs(value - whole)
    neg = value < 0 and whole == 0
    text = ("-" if neg else "") + fr_number(whole)
    show = cents if cents is not None else frac != 0
    if show:
        text += "," + f"{int(frac * 100):02d}"
    return text + NBSP + "€"

"""Identifiers the applicant types: numéro étranger, e-photo code, timbre fiscal,
passport MRZ (ICAO 9303), French postcode.

Each validator returns a list of ``Problem`` (empty when fine). Where the rule is
uncertain (no public checksum, unpublished alphabet) it warns rather than blocks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.messages import Problem

_WEIGHTS = (7, 3, 1)


def normalise_code(text: str) -> str:
    """Remove spaces, dashes and dots people type or paste; upper-case."""
    return re.sub(r"[\s\-.·]", "", text or "").upper()


# --- numéro étranger (AGDREF) -------------------------------------------------
def check_numero_etranger(text: str) -> list[Problem]:
    value = normalise_code(text)
    if not value:
        return []
    if not re.fullmatch(r"[0-9]+", value):
        return [Problem("id.numero_etranger.not_digits", "error", {"value": text})]
    if len(value) == 10:
        return []
    if len(value) == 9:
        return [Problem("id.numero_etranger.nine_digits", "warning", {"value": value})]
    return [Problem("id.numero_etranger.length", "error", {"value": value, "length": len(value)})]


# --- e-photo code --------------------------------------------------------------
def check_ephoto_code(text: str, length: int, alphabet: str) -> list[Problem]:
    value = normalise_code(text)
    if not value:
        return [Problem("id.ephoto.empty", "error")]
    problems = []
    if len(value) != length:
        problems.append(
            Problem("id.ephoto.length", "error", {"length": len(value), "expected": length})
        )
    odd = sorted({c for c in value if c not in alphabet})
    if odd:
        problems.append(Problem("id.ephoto.characters", "warning", {"chars": " ".join(odd)}))
    return problems


# --- timbre fiscal électronique ------------------------------------------------
def check_timbre(text: str) -> list[Problem]:
    value = normalise_code(text)
    if not value:
        return []
    if not re.fullmatch(r"[0-9]{16}", value):
        return [Problem("id.timbre.format", "error", {"value": text})]
    return []


# --- French postcode -------------------------------------------------------------
def check_postcode(text: str) -> list[Problem]:
    value = re.sub(r"\s", "", text or "")
    if not value:
        return []
    if not re.fullmatch(r"[0-9]{5}", value):
        return [Problem("id.postcode.format", "error", {"value": text})]
    dep = int(value[:2])
    if value == "00000" or dep == 0 or (dep == 96) or (dep >= 99):
        return [Problem("id.postcode.unknown", "error", {"value": value})]
    if dep == 97 and value[2] not in "12346":
        return [Problem("id.postcode.unknown", "error", {"value": value})]
    if dep == 98 and value[2] not in "0":  # 980xx Monaco; 98x other COM use their own rules
        return [Problem("id.postcode.overseas", "warning", {"value": value})]
    return []


# --- MRZ (ICAO 9303) -------------------------------------------------------------
def mrz_char_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    if c == "<":
        return 0
    raise ValueError(f"invalid MRZ character {c!r}")


def mrz_check_digit(field: str) -> str:
    total = sum(mrz_char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field))
    return str(total % 10)


@dataclass(frozen=True)
class PassportMRZ:
    document_type: str
    issuing_state: str
    surname: str
    given_names: str
    number: str
    nationality: str
    birth_date: dt.date | None
    sex: str
    expiry_date: dt.date | None


#: An expiry date is at most this many years ahead of today: no passport, identity
#: card or residence permit is issued for longer (passports 10 years, a French
#: identity card 15, a resident card 10).
MRZ_EXPIRY_AHEAD_YEARS = 20


def mrz_date(text: str, *, expiry: bool, today: dt.date) -> dt.date | None:
    """The date of an MRZ field (``YYMMDD``; None when it is not one). The zone
    gives two digits of the year; the century is chosen by what the date is:

    - a birth date is in the past: the latest date not after ``today`` (``261215``
      read on 2026-12-06 is 1926-12-15: nobody is born in ten days);
    - an expiry date falls in the hundred years ending ``MRZ_EXPIRY_AHEAD_YEARS``
      years after ``today``'s year: further ahead, it is from the century before,
      an expired document (read in 2026, ``461231`` is 2046-12-31 and ``471231``
      is 1947-12-31).
    """
    if len(text) != 6 or not text.isdigit():
        return None
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    year = today.year - today.year % 100 + yy
    if expiry:
        latest = today.year + MRZ_EXPIRY_AHEAD_YEARS
        year += 100 if year <= latest - 100 else -100 if year > latest else 0
    elif (year, mm, dd) > (today.year, today.month, today.day):
        year -= 100
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


def parse_td3(
    line1: str, line2: str, today: dt.date | None = None
) -> tuple[PassportMRZ | None, list[Problem]]:
    """Parse a passport's two MRZ lines and verify its five check digits."""
    today = today or dt.date.today()
    l1 = (line1 or "").strip().upper().replace(" ", "")
    l2 = (line2 or "").strip().upper().replace(" ", "")
    if len(l1) != 44 or len(l2) != 44:
        return None, [Problem("id.mrz.length", "error", {"len1": len(l1), "len2": len(l2)})]
    if not re.fullmatch(r"[A-Z0-9<]{44}", l1) or not re.fullmatch(r"[A-Z0-9<]{44}", l2):
        return None, [Problem("id.mrz.characters", "error")]
    if l1[0] != "P":
        return None, [Problem("id.mrz.not_passport", "error")]
    problems: list[Problem] = []
    fields = {
        "number": (l2[0:9], l2[9]),
        "birth_date": (l2[13:19], l2[19]),
        "expiry_date": (l2[21:27], l2[27]),
    }
    for name, (value, digit) in fields.items():
        if mrz_check_digit(value) != digit:
            problems.append(Problem("id.mrz.check_digit", "error", {"field": name}))
    optional, opt_digit = l2[28:42], l2[42]
    if not (opt_digit == "<" and set(optional) == {"<"}) and mrz_check_digit(optional) != opt_digit:
        problems.append(Problem("id.mrz.check_digit", "error", {"field": "personal_number"}))
    composite = l2[0:10] + l2[13:20] + l2[21:43]
    if mrz_check_digit(composite) != l2[43]:
        problems.append(Problem("id.mrz.check_digit", "error", {"field": "composite"}))
    names = l1[5:].split("<<", 1)
    surname = names[0].replace("<", " ").strip()
    given = names[1].replace("<", " ").strip() if len(names) > 1 else ""
    mrz = PassportMRZ(
        document_type=l1[0:2].replace("<", ""),
        issuing_state=l1[2:5].replace("<", ""),
        surname=surname,
        given_names=" ".join(given.split()),
        number=l2[0:9].replace("<", ""),
        nationality=l2[10:13].replace("<", ""),
        birth_date=mrz_date(l2[13:19], expiry=False, today=today),
        sex=l2[20],
        expiry_date=mrz_date(l2[21:27], expiry=True, today=today),
    )
    return mrz, problems


def make_td3(
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    issuing_state: str | None = None,
    personal: str = "",
) -> tuple[str, str]:
    """Build valid passport MRZ lines (for the demo dossier and tests)."""

    def clean(s: str) -> str:
        return re.sub(r"[^A-Z0-9]", "<", s.upper())

    name = clean(surname) + "<<" + clean(given_names).replace("<", "<")
    line1 = ("P<" + (issuing_state or nationality).ljust(3, "<") + name)[:44].ljust(44, "<")
    num = clean(number)[:9].ljust(9, "<")
    b = birth.strftime("%y%m%d")
    e = expiry.strftime("%y%m%d")
    pers = clean(personal)[:14].ljust(14, "<")
    pers_digit = "<" if set(pers) == {"<"} else mrz_check_digit(pers)
    body = (
        num
        + mrz_check_digit(num)
        + nationality.ljust(3, "<")
        + b
        + mrz_check_digit(b)
        + (sex or "<")
        + e
        + mrz_check_digit(e)
        + pers
        + pers_digit
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    line2 = body + mrz_check_digit(composite)
    return line1, line2

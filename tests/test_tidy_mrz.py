"""One MRZ date rule for the typed passport lines (core.identifiers.parse_td3) and
the zone read from a picture (intake.mrz.parse): a birth date is in the past, an
expiry date at most 20 years ahead. Before, the two disagreed: the typed lines made
every expiry 20YY (a passport expired in 1995 read as valid until 2095) and the
picture reader put a birth ten days ahead in this century."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.identifiers import make_td3, mrz_date, parse_td3
from desktop.intake import mrz

TODAY = dt.date(2026, 12, 6)


def both(birth: dt.date, expiry: dt.date) -> list[tuple[dt.date | None, dt.date | None]]:
    """(birth, expiry) as each reader reads a zone made with these dates."""
    l1, l2 = make_td3("TESTOVA", "MARIA", "AB1234567", "RUS", birth, "F", expiry)
    typed, problems = parse_td3(l1, l2, today=TODAY)
    assert problems == [] and typed is not None
    read = mrz.parse([l1, l2], today=TODAY)
    assert read is not None and read.valid
    return [
        (typed.birth_date, typed.expiry_date),
        (read.date("birth_date"), read.date("expiry_date")),
    ]


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("261206", dt.date(2026, 12, 6)),  # born today: this century
        ("261207", dt.date(1926, 12, 7)),  # tomorrow: nobody is born in the future
        ("000229", dt.date(2000, 2, 29)),
        ("960229", dt.date(1996, 2, 29)),  # 2096-02-29 does not exist; 1996's does
        ("740812", dt.date(1974, 8, 12)),
    ],
)
def test_a_birth_date_is_the_latest_not_after_today(birth: str, expected: dt.date) -> None:
    assert mrz_date(birth, expiry=False, today=TODAY) == expected


@pytest.mark.parametrize(
    ("expiry", "expected"),
    [
        ("461231", dt.date(2046, 12, 31)),  # 20 years ahead: still ahead
        ("470101", dt.date(1947, 1, 1)),  # 21 years ahead: the century before
        ("951231", dt.date(1995, 12, 31)),  # long expired, not valid until 2095
        ("120415", dt.date(2012, 4, 15)),
        ("261205", dt.date(2026, 12, 5)),  # expired yesterday
        ("991301", None),  # no 13th month
    ],
)
def test_an_expiry_date_is_at_most_20_years_ahead(expiry: str, expected: dt.date | None) -> None:
    assert mrz_date(expiry, expiry=True, today=TODAY) == expected


@pytest.mark.parametrize(
    ("birth", "expiry"),
    [
        (dt.date(1926, 12, 7), dt.date(2046, 12, 31)),  # the edges of both rules
        (dt.date(2026, 12, 6), dt.date(1947, 1, 1)),
        (dt.date(1990, 1, 15), dt.date(1995, 12, 31)),  # an old passport, expired
        (dt.date(1980, 5, 1), dt.date(2069, 6, 30)),  # "69" used to be 2069 for one
    ],
)
def test_typed_lines_and_a_read_zone_give_the_same_dates(birth: dt.date, expiry: dt.date) -> None:
    # Dates the zone cannot tell from their twin a century away are read as the rule says.
    want_birth = birth if birth <= TODAY else birth.replace(year=birth.year - 100)
    want_expiry = expiry if expiry.year <= 2046 else expiry.replace(year=expiry.year - 100)
    assert both(birth, expiry) == [(want_birth, want_expiry)] * 2


def test_a_character_no_zone_holds_fails_its_check_digit() -> None:
    birth = dt.date(1990, 1, 15)
    l1, l2 = make_td3("TESTOVA", "MARIA", "AB12345", "RUS", birth, "F", TODAY)
    assert l2[:9] == "AB12345<<"
    good = mrz.parse([l1, l2], today=TODAY)
    assert good is not None and good.fields["document_number"].check is True
    # An accent typed or pasted in place of a filler counted as "<" before: it passed.
    read = mrz.parse([l1, l2[:7] + "É" + l2[8:]], today=TODAY)
    assert read is not None and read.fields["document_number"].check is False

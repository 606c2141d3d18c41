"""Identifiers: property-based tests (hypothesis) for each validator."""

from __future__ import annotations

import datetime as dt
import re
import string

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.catalog import default_catalog
from desktop.core.identifiers import (
    check_ephoto_code,
    check_numero_etranger,
    check_postcode,
    check_timbre,
    make_td3,
    mrz_check_digit,
    parse_td3,
)

RULE = default_catalog().rule("ephoto")
LENGTH, ALPHABET = int(RULE["code_length"]), str(RULE["alphabet"])
MRZ_ALPHABET = string.ascii_uppercase + string.digits + "<"
names = st.text(alphabet=string.ascii_uppercase + " ", min_size=1, max_size=15).filter(str.strip)
dates = st.dates(min_value=dt.date(1931, 1, 1), max_value=dt.date(2030, 12, 31))
# Read on 2030-12-31 (the round trip below): an expiry is at most 20 years ahead
# (identifiers.MRZ_EXPIRY_AHEAD_YEARS), a later "year" is from the century before.
expiries = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2050, 12, 31))


def codes(problems) -> list[str]:
    return [p.code for p in problems]


# --- numéro étranger ------------------------------------------------------------
@given(st.text(alphabet=string.digits, min_size=10, max_size=10))
def test_ten_digits_accepted(value: str) -> None:
    assert check_numero_etranger(value) == []


@given(st.text(alphabet=string.digits, min_size=10, max_size=10), st.sampled_from([" ", "-", "."]))
def test_separators_people_type_are_ignored(value: str, sep: str) -> None:
    spaced = sep.join([value[:3], value[3:6], value[6:]])
    assert check_numero_etranger(spaced) == []


@given(st.text(alphabet=string.digits, min_size=9, max_size=9))
def test_nine_digits_warn_only(value: str) -> None:
    problems = check_numero_etranger(value)
    assert codes(problems) == ["id.numero_etranger.nine_digits"]
    assert problems[0].severity == "warning"


@given(
    st.text(alphabet=string.digits, min_size=1, max_size=20).filter(lambda s: len(s) not in (9, 10))
)
def test_other_lengths_fail(value: str) -> None:
    assert codes(check_numero_etranger(value)) == ["id.numero_etranger.length"]


@given(st.text(min_size=1).filter(lambda s: any(c.isalpha() for c in s)))
def test_letters_fail(value: str) -> None:
    problems = check_numero_etranger(value)
    assert problems and problems[0].severity == "error"


# --- e-photo ------------------------------------------------------------------
@given(st.text(alphabet=ALPHABET, min_size=LENGTH, max_size=LENGTH))
def test_ephoto_valid(code: str) -> None:
    assert check_ephoto_code(code, LENGTH, ALPHABET) == []
    grouped = " ".join(code[i : i + 4] for i in range(0, LENGTH, 4)).lower()
    assert check_ephoto_code(grouped, LENGTH, ALPHABET) == []


@given(st.text(alphabet=ALPHABET, min_size=1, max_size=40).filter(lambda s: len(s) != LENGTH))
def test_ephoto_wrong_length_blocks(code: str) -> None:
    problems = check_ephoto_code(code, LENGTH, ALPHABET)
    assert codes(problems) == ["id.ephoto.length"] and problems[0].severity == "error"


@given(
    st.text(alphabet=ALPHABET, min_size=LENGTH - 1, max_size=LENGTH - 1),
    st.sampled_from(list("ÉÀ_#@Ö")),
)
def test_ephoto_unusual_characters_warn(code: str, odd: str) -> None:
    problems = check_ephoto_code(code + odd, LENGTH, ALPHABET)
    assert codes(problems) == ["id.ephoto.characters"]
    assert problems[0].severity == "warning"


# --- timbre fiscal -----------------------------------------------------------------
@given(st.text(alphabet=string.digits, min_size=16, max_size=16))
def test_timbre_valid(value: str) -> None:
    assert check_timbre(value) == []
    assert check_timbre(" ".join(value[i : i + 4] for i in range(0, 16, 4))) == []


@given(
    st.text(alphabet=string.digits + "AB", min_size=1, max_size=30).filter(
        lambda s: len(s) != 16 or not s.isdigit()
    )
)
def test_timbre_invalid(value: str) -> None:
    assert codes(check_timbre(value)) == ["id.timbre.format"]


# --- postcode ----------------------------------------------------------------------
@given(st.integers(min_value=1, max_value=95), st.integers(min_value=0, max_value=999))
def test_metropolitan_postcodes(dep: int, rest: int) -> None:
    assert check_postcode(f"{dep:02d}{rest:03d}") == []


@given(st.sampled_from(["971", "972", "973", "974", "976"]), st.integers(min_value=0, max_value=99))
def test_overseas_departments(prefix: str, rest: int) -> None:
    assert check_postcode(f"{prefix}{rest:02d}") == []


@given(st.text(min_size=1, max_size=8))
def test_malformed_postcodes(value: str) -> None:
    compact = re.sub(r"\s", "", value)
    if compact == "" or re.fullmatch(r"[0-9]{5}", compact):
        return
    problems = check_postcode(value)
    assert problems and problems[0].severity == "error"


def test_unknown_departments() -> None:
    assert codes(check_postcode("00123")) == ["id.postcode.unknown"]
    assert codes(check_postcode("96100")) == ["id.postcode.unknown"]
    assert codes(check_postcode("97500")) == ["id.postcode.unknown"]


# --- MRZ ---------------------------------------------------------------------------
def test_icao_specimen() -> None:
    l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    l2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    mrz, problems = parse_td3(l1, l2, today=dt.date(2010, 1, 1))
    assert problems == []
    assert mrz is not None
    assert (mrz.surname, mrz.given_names, mrz.number) == ("ERIKSSON", "ANNA MARIA", "L898902C3")
    assert mrz.birth_date == dt.date(1974, 8, 12) and mrz.expiry_date == dt.date(2012, 4, 15)


@given(
    names,
    names,
    st.text(alphabet=string.ascii_uppercase + string.digits, min_size=6, max_size=9),
    st.sampled_from(["RUS", "CHN", "DZA", "UKR", "SEN", "D<<"]),
    dates,
    st.sampled_from(["F", "M", "<"]),
    expiries,
)
def test_generated_mrz_round_trips(surname, given_names, number, nat, birth, sex, expiry) -> None:
    l1, l2 = make_td3(surname, given_names, number, nat, birth, sex, expiry)
    assert len(l1) == len(l2) == 44
    mrz, problems = parse_td3(l1, l2, today=dt.date(2030, 12, 31))
    assert problems == []
    assert mrz is not None and mrz.number == number and mrz.expiry_date == expiry


@given(
    names,
    st.text(alphabet=string.ascii_uppercase + string.digits, min_size=9, max_size=9),
    dates,
    expiries,
    st.integers(min_value=0, max_value=43),
    st.sampled_from(list(MRZ_ALPHABET)),
)
def test_any_single_change_in_a_checked_field_is_caught(surname, number, birth, expiry, pos, char):
    l1, l2 = make_td3(surname, "X", number, "RUS", birth, "F", expiry)
    checked = set(range(0, 10)) | set(range(13, 20)) | set(range(21, 28)) | {43}
    if pos not in checked or l2[pos] == char:
        return
    # weights 7, 3, 1 are prime to 10: a substitution is caught unless the
    # character values differ by a multiple of 10 (e.g. "0" and "A" = 10).
    from desktop.core.identifiers import mrz_char_value

    if pos != 43 and (mrz_char_value(char) - mrz_char_value(l2[pos])) % 10 == 0:
        return
    tampered = l2[:pos] + char + l2[pos + 1 :]
    _, problems = parse_td3(l1, tampered, today=dt.date(2030, 1, 1))
    assert any(p.code == "id.mrz.check_digit" for p in problems)


@given(st.text(alphabet=MRZ_ALPHABET, max_size=30))
def test_check_digit_is_a_digit(field: str) -> None:
    assert mrz_check_digit(field) in string.digits


@given(st.text(max_size=60), st.text(max_size=60))
def test_parse_never_crashes(a: str, b: str) -> None:
    mrz, problems = parse_td3(a, b)
    assert mrz is not None or problems

"""The machine-readable zone of a passport (TD3: 2 × 44) or an identity card or
residence permit (TD1: 3 × 30), ICAO Doc 9303 parts 4 and 5.

``parse(lines, alternatives=None, today=None)`` reads the fields and checks every
check digit (``desktop.core.identifiers.mrz_check_digit``: weights 7, 3, 1; ``<`` =
0, A–Z = 10–35; dates by ``identifiers.mrz_date``). A field with a check digit that
fails is corrected only when the check digit (and the composite one) confirms
exactly one candidate: each character may be swapped for its usual OCR
confusion (0/O, 1/I, 8/B, 5/S, 2/Z, 6/G) or for the reader's second choice at
that place (``alternatives``), at most two changes. A field is *verified* only
when its own check digit and the composite check digit pass; names, sex and
countries have no check digit and are never verified: the person confirms them.

``desktop.intake.mrz_ocr`` finds and reads the zone in a picture or a PDF page.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.identifiers import mrz_check_digit, mrz_date

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
ALNUM = DIGITS + LETTERS
CONFUSIONS = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S", "S": "5"}
CONFUSIONS.update({"2": "Z", "Z": "2", "6": "G", "G": "6", "D": "0"})

#: More corrections than this in a zone: it was not read, whatever the check digits say.
MAX_CORRECTIONS = 3

#: (name, line, start, end, alphabet, check digit (line, index) or None)
Layout = tuple[tuple[str, int, int, int, str, tuple[int, int] | None], ...]

TD3: Layout = (
    ("document_code", 0, 0, 2, LETTERS, None),
    ("issuing_country", 0, 2, 5, LETTERS, None),
    ("names", 0, 5, 44, LETTERS, None),
    ("document_number", 1, 0, 9, ALNUM, (1, 9)),
    ("nationality", 1, 10, 13, LETTERS, None),
    ("birth_date", 1, 13, 19, DIGITS, (1, 19)),
    ("sex", 1, 20, 21, "MFX<", None),
    ("expiry_date", 1, 21, 27, DIGITS, (1, 27)),
    ("personal_number", 1, 28, 42, ALNUM, (1, 42)),
)
# Composite check digit: the line, its place, and the spans it covers.
TD3_COMPOSITE = (1, 43, ((1, 0, 10), (1, 13, 20), (1, 21, 43)))

TD1: Layout = (
    ("document_code", 0, 0, 2, LETTERS, None),
    ("issuing_country", 0, 2, 5, LETTERS, None),
    ("document_number", 0, 5, 14, ALNUM, (0, 14)),
    ("optional_1", 0, 15, 30, ALNUM, None),
    ("birth_date", 1, 0, 6, DIGITS, (1, 6)),
    ("sex", 1, 7, 8, "MFX<", None),
    ("expiry_date", 1, 8, 14, DIGITS, (1, 14)),
    ("nationality", 1, 15, 18, LETTERS, None),
    ("optional_2", 1, 18, 29, ALNUM, None),
    ("names", 2, 0, 30, LETTERS, None),
)
TD1_COMPOSITE = (1, 29, ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)))

FORMATS = {"TD3": (2, 44, TD3, TD3_COMPOSITE), "TD1": (3, 30, TD1, TD1_COMPOSITE)}


def alphabet_at(fmt: str, line: int, index: int) -> str:
    """Which characters may stand at a place of the zone (its grammar)."""
    _, _, layout, composite = FORMATS[fmt]
    for _, ln, start, end, alphabet, check in layout:
        if check == (line, index):
            return DIGITS + "<" if alphabet == ALNUM and fmt == "TD3" and index == 42 else DIGITS
        if ln == line and start <= index < end:
            return alphabet
    if (composite[0], composite[1]) == (line, index):
        return DIGITS
    return ALNUM


def _passes(text: str, digit: str) -> bool:
    # An empty optional field may carry '<' as its check digit.
    if digit == "<":
        return set(text) <= {"<"}
    try:
        return mrz_check_digit(text) == digit
    except ValueError:  # a character no zone holds: no check digit passes
        return False


@dataclass
class MrzField:
    name: str
    value: str  # as in the zone (fillers kept)
    check: bool | None = None  # None: the field has no check digit
    corrected: bool = False
    ambiguous: bool = False  # another reading the reader hesitated over passes too


@dataclass
class MrzRead:
    format: str
    lines: list[str]
    fields: dict[str, MrzField]
    composite: bool
    corrections: list[str] = field(default_factory=list)
    today: dt.date | None = None

    @property
    def valid(self) -> bool:
        """Every check digit passes, with few corrections (noise can be "corrected"
        into passing check digits; a real zone needs one or two)."""
        return (
            self.composite
            and len(self.corrections) <= MAX_CORRECTIONS
            and all(f.check is not False for f in self.fields.values())
        )

    def verified(self, name: str) -> bool:
        """Confirmed by the field's own check digit, with every check digit of the
        zone passing (the composite one too): a zone read as noise may pass one
        check digit by chance (1 in 10), hardly all of them."""
        f = self.fields.get(name)
        return bool(f and f.check and not f.ambiguous and self.valid)

    # ----- values --------------------------------------------------------------
    def _text(self, name: str) -> str:
        f = self.fields.get(name)
        return f.value.replace("<", " ").strip() if f else ""

    @property
    def surname(self) -> str:
        names = self.fields["names"].value
        return " ".join(w for w in names.split("<<", 1)[0].split("<") if w)

    @property
    def given_names(self) -> str:
        parts = self.fields["names"].value.split("<<", 1)
        return " ".join(w for w in parts[1].split("<") if w) if len(parts) > 1 else ""

    def date(self, name: str) -> dt.date | None:
        """The date of ``birth_date`` or ``expiry_date``, its century chosen as
        ``desktop.core.identifiers.mrz_date`` says (a birth in the past, an expiry
        at most 20 years ahead)."""
        today = self.today or dt.date.today()
        return mrz_date(self.fields[name].value, expiry=name != "birth_date", today=today)

    def fields_out(self) -> dict[str, Any]:
        """The values a form wants (dates as ISO dates)."""
        birth, expiry = self.date("birth_date"), self.date("expiry_date")
        return {
            "document_code": self._text("document_code"),
            "issuing_country": self._text("issuing_country"),
            "surname": self.surname,
            "given_names": self.given_names,
            "document_number": self._text("document_number"),
            "nationality": self._text("nationality"),
            "birth_date": birth.isoformat() if birth else None,
            "sex": self._text("sex"),
            "expiry_date": expiry.isoformat() if expiry else None,
        }

    def to_json(self) -> dict[str, Any]:
        values = self.fields_out()
        return {
            "format": self.format,
            "lines": list(self.lines),
            "fields": values,
            "checks": {f.name: f.check for f in self.fields.values() if f.check is not None}
            | {"composite": self.composite},
            "verified": sorted(n for n in values if self.verified(n)),
            "corrected": list(self.corrections),
            "valid": self.valid,
        }


def _composite_text(lines: Sequence[str], spans: tuple[tuple[int, int, int], ...]) -> str:
    return "".join(lines[ln][a:b] for ln, a, b in spans)


def _candidates(c: str, alts: Sequence[str], alphabet: str, confusions: bool = True) -> list[str]:
    out = []
    for cand in (*alts, CONFUSIONS.get(c, "") if confusions else ""):
        if cand and cand != c and cand in alphabet and cand not in out:
            out.append(cand)
    return out


def parse(
    lines: Sequence[str],
    alternatives: Sequence[Sequence[Sequence[str]]] | None = None,
    today: dt.date | None = None,
) -> MrzRead | None:
    """The fields of a TD3 or TD1 zone, checked (None when the shape is neither).
    ``alternatives[line][index]`` lists the reader's other choices at each place."""
    lines = [ln.strip().upper().replace(" ", "") for ln in lines]
    fmt = next(
        (
            name
            for name, (n, width, _, _) in FORMATS.items()
            if len(lines) == n and all(len(ln) == width for ln in lines)
        ),
        None,
    )
    if fmt is None:
        return None
    _, _, layout, (c_line, c_index, c_spans) = FORMATS[fmt]
    grid = [list(ln) for ln in lines]
    corrections: list[str] = []

    def text(ln: int, a: int, b: int) -> str:
        return "".join(grid[ln][a:b])

    def composite_ok() -> bool:
        return _passes(_composite_text(["".join(r) for r in grid], c_spans), grid[c_line][c_index])

    fields: dict[str, MrzField] = {}
    for name, ln, a, b, alphabet, check in layout:
        f = MrzField(name, text(ln, a, b))
        if check is not None:
            cl, ci = check
            f.check = _passes(f.value, grid[cl][ci])
            if not f.check:
                fixed = _correct(grid, ln, a, b, alphabet, check, alternatives, composite_ok)
                if fixed is not None:
                    for (pl, pi), ch in fixed:
                        corrections.append(f"{name}: {grid[pl][pi]}→{ch}")
                        grid[pl][pi] = ch
                    f.value, f.check, f.corrected = text(ln, a, b), True, True
        fields[name] = f
    for name, ln, a, b, alphabet, check in layout:
        f = fields[name]
        if check is not None and f.check and not f.corrected and alternatives:
            # Passing is not enough when the reader hesitated at some places and
            # another of its readings passes as well: the person must look.
            f.ambiguous = _other_reading(
                grid, ln, a, b, alphabet, check, alternatives, composite_ok
            )
    composite = composite_ok()
    read = MrzRead(fmt, ["".join(r) for r in grid], fields, composite, corrections, today)
    return read


def _correct(
    grid: list[list[str]],
    ln: int,
    a: int,
    b: int,
    alphabet: str,
    check: tuple[int, int],
    alternatives: Sequence[Sequence[Sequence[str]]] | None,
    composite_ok: Any,
) -> list[tuple[tuple[int, int], str]] | None:
    """The one set of at most two changes (in the field or its check digit) that
    makes the check digit pass; None when there is none or more than one. Among
    several, the composite check digit decides when it keeps exactly one."""
    # First the reader's own second choices, then the usual confusions too.
    for use_confusions in (False, True):
        places: list[tuple[tuple[int, int], list[str]]] = []
        for pos in [(ln, i) for i in range(a, b)] + [check]:
            pl, pi = pos
            alts = alternatives[pl][pi] if alternatives else ()
            allowed = DIGITS if pos == check else alphabet
            cands = _candidates(grid[pl][pi], alts, allowed, use_confusions)
            if cands:
                places.append((pos, cands))
        found: list[list[tuple[tuple[int, int], str]]] = []
        for k in (1, 2):
            for combo in itertools.combinations(places, k):
                for choice in itertools.product(*(c for _, c in combo)):
                    changes = [(pos, ch) for (pos, _), ch in zip(combo, choice, strict=True)]
                    trial = {pos: ch for pos, ch in changes}
                    value = "".join(trial.get((ln, i), grid[ln][i]) for i in range(a, b))
                    digit = trial.get(check, grid[check[0]][check[1]])
                    if _passes(value, digit):
                        found.append(changes)
            if found:
                break
        if len(found) > 1:
            found = [changes for changes in found if _composite_with(grid, changes, composite_ok)]
        if len(found) == 1:
            return found[0]
    return None


def _composite_with(
    grid: list[list[str]], changes: list[tuple[tuple[int, int], str]], composite_ok: Any
) -> bool:
    saved = [(pos, grid[pos[0]][pos[1]]) for pos, _ in changes]
    for (pl, pi), ch in changes:
        grid[pl][pi] = ch
    ok = bool(composite_ok())
    for (pl, pi), ch in saved:
        grid[pl][pi] = ch
    return ok


def _other_reading(
    grid: list[list[str]],
    ln: int,
    a: int,
    b: int,
    alphabet: str,
    check: tuple[int, int],
    alternatives: Sequence[Sequence[Sequence[str]]],
    composite_ok: Any,
) -> bool:
    """Whether changing one place to the reader's own second choice gives another
    value that passes the check digit and the composite one."""
    places = []
    for pos in [(ln, i) for i in range(a, b)] + [check]:
        allowed = DIGITS if pos == check else alphabet
        alts = [
            c for c in alternatives[pos[0]][pos[1]] if c in allowed and c != grid[pos[0]][pos[1]]
        ]
        if alts:
            places.append((pos, alts))
    for k in (1,):
        for combo in itertools.combinations(places, k):
            for choice in itertools.product(*(c for _, c in combo)):
                saved = [(pos, grid[pos[0]][pos[1]]) for pos, _ in combo]
                for (pos, _), ch in zip(combo, choice, strict=True):
                    grid[pos[0]][pos[1]] = ch
                value = "".join(grid[ln][a:b])
                ok = _passes(value, grid[check[0]][check[1]]) and composite_ok()
                for pos, ch in saved:
                    grid[pos[0]][pos[1]] = ch
                if ok:
                    return True
    return False

"""Read a paper the prefecture sent back (ANEF's attestations, a convocation, a
decision) from its PDF text layer: what it is, its dates, the request number,
the numéro étranger, whether it allows work.

The wording matched here is the one printed on ANEF's attestations and the
prefectures' decisions as published by service-public and associations'
guides (confidence M: ANEF changes its templates without notice). A paper
whose kind cannot be told is reported as such, never guessed: the person says
what it is (``attach-answer --kind``). A scan without text gives ``no_text``;
the 2D-Doc reader, when it lands, reads those.

Pure function on bytes: the PDF is opened through intake's bounded opener.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.core.text import fold as text_fold
from desktop.intake.limits import DEFAULT_LIMITS, Limits

#: Pages read for the text: an attestation is one page, a decision a few.
MAX_PAGES = 6
#: Characters kept from the text layer (a decision is a few thousand).
MAX_CHARS = 60_000

# Kinds, most specific first: a decision of refusal often also names the
# attestation it ends, an OQTF is also a refusal.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("oqtf", re.compile(r"obligation de quitter le territoire")),
    (
        "refus",
        re.compile(
            r"refus (?:de (?:delivrance|renouvellement|sejour)|du titre)|rejet de (?:votre|la) demande|portant refus"
        ),
    ),
    ("decision_favorable", re.compile(r"decision favorable")),
    ("prolongation", re.compile(r"prolongation d.?instruction")),
    ("convocation", re.compile(r"\bconvocation\b|vous etes convoque")),
    (
        "depot",
        re.compile(r"attestation de depot|confirmation de depot|attestation de depot en ligne"),
    ),
)

_DATE = r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})"
_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
_DATE_WORDS = r"(\d{1,2})(?:er)? (" + "|".join(_MONTHS) + r") (\d{4})"
_ANY_DATE = rf"(?:{_DATE}|{_DATE_WORDS})"

_VALID_UNTIL = re.compile(
    r"(?:valable|valide|validite)\s+(?:jusqu.?au|jusqu.?a|au)\s*:?\s*" + _ANY_DATE
)
_ISSUED = re.compile(
    r"(?:delivree?|etablie?|fait|edite|deposee?|notifiee?|en date)\s+(?:a [a-z\- ]+ )?(?:le|du)\s*:?\s*"
    + _ANY_DATE
)
_APPOINTMENT = re.compile(r"(?:convoque|rendez-vous|presenter)[^.]{0,80}?le\s*:?\s*" + _ANY_DATE)
_NOTIFIED = re.compile(r"notifiee?\s+le\s*:?\s*" + _ANY_DATE)
_REQUEST = re.compile(
    r"(?:numero|n°|no|num\.?)\s*(?:de (?:la )?demande|demande)\s*:?\s*([a-z0-9\-]{6,24})"
)
_FOREIGNER = re.compile(r"(?:numero|n°|no)\s*(?:d.?)?etranger\s*:?\s*(\d{10})")
_WORK_NO = re.compile(
    r"n.?autorise pas (?:son titulaire|le titulaire|l.?interesse)?\s*a travailler|sans autorisation de travail|ne permet pas de travailler"
)
_WORK_YES = re.compile(
    r"autorise (?:son titulaire|le titulaire|l.?interesse)?\s*a travailler|autorisation de travail|permet de travailler"
)
_APPEAL_DAYS = re.compile(r"delai de (\d{1,2}) jours")
_APPEAL_HOURS = re.compile(r"delai de (\d{2}) heures")


@dataclass
class AnswerReading:
    """What the text of the paper says. ``kind`` is "" when it cannot be told."""

    kind: str = ""
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None
    notified_on: dt.date | None = None
    appointment_on: dt.date | None = None
    request: str = ""
    foreigner_number: str = ""
    work: str = "unknown"
    appeal_days: int | None = None
    has_text: bool = True
    found: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "work": self.work, "has_text": self.has_text}
        for key in ("issued_on", "valid_until", "notified_on", "appointment_on"):
            value = getattr(self, key)
            out[key] = value.isoformat() if value else None
        out["request"] = self.request
        out["foreigner_number"] = self.foreigner_number
        out["appeal_days"] = self.appeal_days
        return out


def fold(text: str) -> str:
    """Lower case, no accents (``core.text.fold``), one space between words, straight
    apostrophes."""
    return re.sub(r"\s+", " ", text_fold(text).replace("’", "'"))


def _to_date(groups: tuple[str | None, ...]) -> dt.date | None:
    d, m, y, wd, wm, wy = groups[:6]
    try:
        if d and m and y:
            return dt.date(int(y), int(m), int(d))
        if wd and wm and wy:
            return dt.date(int(wy), _MONTHS[wm], int(wd))
    except (ValueError, KeyError):
        return None
    return None


def _first_date(pattern: re.Pattern[str], text: str) -> dt.date | None:
    for m in pattern.finditer(text):
        day = _to_date(m.groups()[-6:])
        if day is not None and 1990 <= day.year <= 2199:
            return day
    return None


def read_text(text: str) -> AnswerReading:
    """The reading of a paper's text (already extracted)."""
    folded = fold(text)[:MAX_CHARS]
    reading = AnswerReading(has_text=bool(folded.strip()))
    for kind, pattern in _KINDS:
        if pattern.search(folded):
            reading.kind = kind
            break
    reading.valid_until = _first_date(_VALID_UNTIL, folded)
    reading.issued_on = _first_date(_ISSUED, folded)
    reading.notified_on = _first_date(_NOTIFIED, folded)
    if reading.kind == "convocation":
        reading.appointment_on = _first_date(_APPOINTMENT, folded)
    if m := _REQUEST.search(folded):
        reading.request = m.group(1).upper()
    if m := _FOREIGNER.search(folded):
        reading.foreigner_number = m.group(1)
    if _WORK_NO.search(folded):
        reading.work = "no"
    elif _WORK_YES.search(folded):
        reading.work = "yes"
    if reading.kind == "oqtf":
        if m := _APPEAL_HOURS.search(folded):
            reading.appeal_days = max(1, int(m.group(1)) // 24)
        elif m := _APPEAL_DAYS.search(folded):
            reading.appeal_days = int(m.group(1))
    return reading


def pdf_text(data: bytes, file_name: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text layer of the first pages of a PDF, opened through the bounded
    opener (``IntakeError`` naming the file when it cannot be)."""
    import pypdfium2 as pdfium

    from desktop.intake.pdf import open_pdf, quiet

    opened = open_pdf(data, file_name, None, limits)
    parts: list[str] = []
    with quiet():
        doc = pdfium.PdfDocument(opened.data, password=opened.password)
        try:
            for index in range(min(len(doc), MAX_PAGES)):
                page = doc[index]
                textpage = page.get_textpage()
                try:
                    parts.append(textpage.get_text_range())
                finally:
                    textpage.close()
                    page.close()
                if sum(map(len, parts)) > MAX_CHARS:
                    break
        finally:
            doc.close()
    return "\n".join(parts)[:MAX_CHARS]


def read_answer(data: bytes, file_name: str, limits: Limits = DEFAULT_LIMITS) -> AnswerReading:
    """Read a PDF the prefecture sent (see the module's note)."""
    return read_text(pdf_text(data, file_name, limits))

"""The documents the product writes in the person's name, always in French:
the missing-piece and appointment letters, the sworn statements, a signature
stamped on a PDF, the CER helper; and the summary, in the person's language,
of what each says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from desktop.core.dossier import Dossier
from desktop.errors import UserError
from desktop.letters import (
    KINDS_ALL,
    STATEMENT_KINDS,
    LetterResult,
    Stamped,
    appointment_letter,
    missing_piece_letter,
    stamp_signature,
    statement,
    statement_kinds_for,
    summary,
)
from desktop.letters.after import AFTER_KINDS, after_letter
from desktop.letters.common import drawn_signature

#: The letters: before filing (a missing piece, no appointment) and after it
#: (a lapsed attestation, the reasons of a silent refusal, a recours gracieux).
LETTER_KINDS: tuple[str, ...] = ("missing", "appointment", *AFTER_KINDS)

__all__ = [
    "KINDS_ALL",
    "LETTER_KINDS",
    "STATEMENT_KINDS",
    "LetterResult",
    "Stamped",
    "drawn_signature",
    "letter_summary",
    "sign_pdf",
    "statement_kinds",
    "write_letter",
    "write_statement",
]


def write_letter(
    kind: str,
    dossier: Dossier,
    out: str | Path,
    today: dt.date,
    pieces: Sequence[str] = (),
) -> LetterResult:
    """``missing`` (for ``pieces``; by default those the dossier explains under
    ``[missing]``) or ``appointment``."""
    if kind == "missing":
        chosen = list(pieces) or list((dossier.get("missing", {}) or {}).keys())
        return missing_piece_letter(dossier, chosen, None, out, today)
    if kind == "appointment":
        return appointment_letter(dossier, out, today)
    if kind in AFTER_KINDS:
        return after_letter(kind, dossier, out, today)
    raise UserError("letters.unknown_statement", kind=kind, known=", ".join(LETTER_KINDS))


def statement_kinds(dossier: Dossier) -> tuple[str, ...]:
    """The sworn statements worth offering for this dossier (the hosting attestation
    only when the applicant is hosted): what the letters page should list."""
    return statement_kinds_for(dossier)


def write_statement(kind: str, dossier: Dossier, out: str | Path, today: dt.date) -> LetterResult:
    """A sworn statement of ``kind`` (``STATEMENT_KINDS``)."""
    return statement(kind, dossier, out, today)


def letter_summary(kind: str, dossier: Dossier, lang: str, pieces: Sequence[str] = ()) -> str:
    """What the French document ``kind`` says and commits to, in ``lang``."""
    if kind == "missing" and not pieces:
        pieces = list((dossier.get("missing", {}) or {}).keys())
    return summary(kind, dossier, lang, pieces)


def sign_pdf(
    pdf: str | Path,
    signature: str | Path,
    page: int,
    at: tuple[float, float],
    place: str,
    day: dt.date,
    out: str | Path,
) -> Stamped:
    """A copy of ``pdf`` with the signature and « Fait à …, le … » on ``page``."""
    return stamp_signature(pdf, signature, page, at, place, day, out)

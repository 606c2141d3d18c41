"""Letters, sworn statements, the CER helper and signature stamping.

Every document is written in French (whatever the interface language), with the
fonts embedded from ``assets/fonts`` and anonymous, reproducible PDF metadata.

Public API::

    missing_piece_letter(dossier, piece_ids, answers, out_path, today) -> LetterResult
    appointment_letter(dossier, out_path, today) -> LetterResult   # .text: e-mail body
    statement(kind, dossier, out_path, today) -> LetterResult      # kind in STATEMENT_KINDS
    statement_kinds_for(dossier) -> tuple[str, ...]                # those that fit the dossier
    stamp_signature(in_pdf, signature_png, page, at_xy, place, date, out_pdf) -> Stamped
    summary(kind, dossier, lang, piece_ids=()) -> str              # translated preview
    check_cer(path, dossier, today) -> list[Problem]
    cer_info(lang) -> dict ; file_cer(dossier, path) -> str

Submodules ``fonts`` and ``typography`` are usable on their own (the bundle uses
them) and do not import the letter modules.
"""

from __future__ import annotations

from desktop.letters.appointment import appointment_letter
from desktop.letters.cer import cer_info, check_cer, file_cer
from desktop.letters.common import LetterResult
from desktop.letters.missing import MissingAnswers, missing_piece_letter
from desktop.letters.sign import Stamped, stamp_signature
from desktop.letters.statements import KINDS as STATEMENT_KINDS
from desktop.letters.statements import kinds_for as statement_kinds_for
from desktop.letters.statements import statement
from desktop.letters.summary import KINDS_ALL, summary

__all__ = [
    "KINDS_ALL",
    "STATEMENT_KINDS",
    "LetterResult",
    "MissingAnswers",
    "Stamped",
    "appointment_letter",
    "cer_info",
    "check_cer",
    "file_cer",
    "missing_piece_letter",
    "stamp_signature",
    "statement",
    "statement_kinds_for",
    "summary",
]

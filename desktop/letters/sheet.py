"""Note d'information: one page in French an employer, the CAF or France Travail
can read, saying what the person's latest paper from the prefecture allows and
until when, with the rule it rests on; then the same in the person's language.
It explains the official papers and never replaces them (they go with it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core.dossier import Dossier
from desktop.core.filings import (
    DEPOSIT,
    EXTENSION,
    FAVOURABLE,
    REFUSAL,
    REMOVAL,
    SUMMONS,
    Answer,
    Filing,
)
from desktop.core.messages import t
from desktop.letters.common import full_name, situation_fr
from desktop.letters.layout import Block
from desktop.letters.typography import fr_date

_WORK_FR = {
    "yes": "Selon sa mention, ce document autorise son titulaire à travailler.",
    "no": "Selon sa mention, ce document n’autorise pas son titulaire à travailler.",
    "unknown": "Le droit au travail est celui indiqué sur le document lui-même.",
}


def _facts(a: Answer) -> list[str]:
    if a.kind == EXTENSION:
        until = fr_date(a.valid_until) if a.valid_until else "la date indiquée sur le document"
        return [
            f"Le titulaire détient une attestation de prolongation d’instruction valable "
            f"jusqu’au {until}. Accompagnée du titre de séjour expiré, elle justifie de la "
            "régularité de son séjour jusqu’à cette date (article R. 431-15-1 du code de "
            "l’entrée et du séjour des étrangers et du droit d’asile).",
            "Tant que la préfecture n’a pas statué, cette attestation est renouvelée "
            "(même article) : une attestation expirée n’est pas une décision de refus.",
            _WORK_FR[a.work],
        ]
    if a.kind == DEPOSIT:
        return [
            "Le titulaire a reçu l’attestation de dépôt de sa demande. Ce document ne "
            "justifie pas à lui seul de la régularité du séjour (article R. 431-15-1 du code "
            "de l’entrée et du séjour des étrangers et du droit d’asile) : il prouve que la "
            "demande a été déposée, à la date qu’il indique."
        ]
    if a.kind == FAVOURABLE:
        day = fr_date(a.issued_on) if a.issued_on else "la date indiquée sur le document"
        return [
            f"Une décision favorable a été prise sur la demande le {day}. Le titre de "
            "séjour est en cours de fabrication ; l’attestation de décision favorable permet "
            "d’en justifier dans l’attente de sa remise.",
            _WORK_FR[a.work],
        ]
    if a.kind == SUMMONS:
        day = fr_date(a.appointment_on) if a.appointment_on else "la date indiquée"
        return [f"Le titulaire est convoqué à la préfecture le {day} pour sa demande."]
    if a.kind in (REFUSAL, REMOVAL):
        return [
            "La préfecture a pris une décision défavorable. Cette décision peut être "
            "contestée dans des délais stricts ; le titulaire est invité à se faire conseiller."
        ]
    return []


def answer_sheet_blocks(
    dossier: Dossier, answer: Answer, filing: Filing | None, lang: str, today: dt.date
) -> list[Block]:
    a = dossier.applicant
    who = full_name(a) or "—"
    lines = [f"Titulaire : {who}"]
    if a.numero_etranger:
        lines.append(f"Numéro étranger : {a.numero_etranger}")
    if filing is not None:
        request = filing.request or str(dossier.get("anef.request_number", "") or "")
        what = situation_fr(dossier) or "titre de séjour"
        line = f"Demande ({what}) déposée sur l’ANEF le {fr_date(filing.filed_on)}"
        lines.append(line + (f", n° {request}" if request else ""))
    lines.append(f"Document expliqué : {t('answer.kind.' + answer.kind, 'fr')}")
    blocks = [
        Block("title", ["Note d’information sur la situation de séjour"]),
        Block("line", lines),
        Block("para", _facts(answer)),
        Block(
            "para",
            [
                f"Note établie le {fr_date(today)} par le titulaire à partir de ses documents "
                "officiels, qui y sont joints et font seuls foi."
            ],
        ),
    ]
    if lang != "fr" and lang not in RTL_LANGS:
        blocks.append(Block("gap", ["6"]))
        blocks.append(Block("para", summary_lines(answer, lang)))
    return blocks


#: Interface languages written right to left: their summary is a ``BidiParagraph``
#: (lines broken before the bidi algorithm reorders each one).
RTL_LANGS = ("ar",)


def summary_lines(answer: Answer, lang: str) -> list[str]:
    return [
        t(f"sheet.summary.{answer.kind}", lang, until=answer.valid_until or "—"),
        t(f"sheet.work.{answer.work}", lang),
    ]


def rtl_summary(answer: Answer, lang: str) -> list[Any]:
    """The summary of a right-to-left language, as flowables after the French."""
    if lang not in RTL_LANGS:
        return []
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from desktop.letters.layout import BidiParagraph

    style = ParagraphStyle("rtl", fontSize=10, leading=15, alignment=TA_RIGHT, spaceAfter=4)
    return [Spacer(1, 6 * mm), *(BidiParagraph(x, style) for x in summary_lines(answer, lang))]

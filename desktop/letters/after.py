"""Letters for after filing, in French, from the recorded filing and answers
(``desktop.core.filings``) and the timeline's dates (``desktop.core.timeline``):

- ``attestation``: the attestation de prolongation d'instruction has lapsed and
  no decision came: ask for a new one (CESEDA R.431-15-1);
- ``motifs``: no decision four months after filing: ask for the reasons of the
  implicit refusal (CRPA L.232-4; CESEDA R.432-1, R.432-2);
- ``recours_gracieux``: a skeleton of an administrative appeal against a refusal
  (written or implicit), listing the dossier and the filing record as enclosures;
  the grounds are the person's (or their adviser's) to write.

Each letter states only facts the dossier records; the summary in the person's
language says what it commits them to (``letters.summary.<kind>``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.dossier import Dossier
from desktop.core.filings import EXTENSION, REFUSAL, Filing, answers, filings
from desktop.core.timeline import after_filing
from desktop.errors import UserError
from desktop.letters.common import (
    LetterResult,
    drawn_signature,
    identity_lines,
    place_date,
    prefecture_lines,
    signature_lines,
    situation_fr,
)
from desktop.letters.layout import Block, render_pdf, render_text
from desktop.letters.typography import fr_date

AFTER_KINDS: tuple[str, ...] = ("attestation", "motifs", "recours_gracieux")


def _last_filing(dossier: Dossier) -> Filing:
    recorded = filings(dossier)
    if not recorded:
        raise UserError("filing.none")
    return recorded[-1]


def _filed_line(f: Filing, dossier: Dossier) -> str:
    request = f.request or str(dossier.get("anef.request_number", "") or "")
    what = situation_fr(dossier) or "titre de séjour"
    line = f"J’ai déposé le {fr_date(f.filed_on)}, sur l’ANEF, ma demande ({what})"
    return line + (f", enregistrée sous le numéro {request}." if request else ".")


def _frame(dossier: Dossier, today: dt.date, subject: str, body: list[str]) -> list[Block]:
    return [
        Block("sender", identity_lines(dossier)),
        Block("addressee", prefecture_lines(dossier)),
        Block("right", [place_date(dossier, today)]),
        Block("line", ["Lettre recommandée avec accusé de réception n° ……………………"]),
        Block("subject", [f"Objet : {subject}"]),
        Block("para", ["Madame, Monsieur,", *body]),
    ]


def _close(dossier: Dossier, enclosures: list[str]) -> list[Block]:
    a = dossier.applicant
    return [
        Block(
            "para",
            [
                "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations "
                "distinguées."
            ],
        ),
        Block("signature", signature_lines(a), image=drawn_signature(dossier)),
        Block("list", ["Pièces jointes :", *enclosures]),
    ]


def _enclosures(f: Filing, dossier: Dossier, extra: list[str]) -> list[str]:
    out = [f"récapitulatif du dépôt du {fr_date(f.filed_on)} (liste des fichiers envoyés)"]
    if any(a.kind == "depot" for a in answers(dossier)):
        out.append("attestation de dépôt délivrée par l’ANEF")
    return [*out, *extra, "copie de mon passeport"]


def attestation_blocks(dossier: Dossier, today: dt.date) -> list[Block]:
    f = _last_filing(dossier)
    ext = [a for a in answers(dossier) if a.kind == EXTENSION and a.valid_until]
    body = [_filed_line(f, dossier)]
    extra = []
    if ext:
        last = max(ext, key=lambda a: a.valid_until or dt.date.min)
        assert last.valid_until is not None
        verb = "a expiré" if last.valid_until < today else "expire"
        body.append(
            f"L’attestation de prolongation d’instruction qui m’a été délivrée {verb} le "
            f"{fr_date(last.valid_until)}, et aucune décision ne m’a été notifiée à ce jour."
        )
        extra.append(
            f"dernière attestation de prolongation d’instruction (fin le {fr_date(last.valid_until)})"
        )
    else:
        body.append(
            "Mon titre de séjour arrive à expiration pendant l’instruction de ma demande, et "
            "aucune attestation de prolongation d’instruction ne m’a été délivrée à ce jour."
        )
    body.append(
        "En application de l’article R. 431-15-1 du code de l’entrée et du séjour des "
        "étrangers et du droit d’asile, lorsque l’instruction d’une demande complète déposée "
        "dans les délais se poursuit, cette attestation est renouvelée aussi longtemps qu’il "
        "n’a pas été statué sur la demande. Je vous demande donc de bien vouloir me délivrer "
        "une nouvelle attestation de prolongation d’instruction, qui me permet de justifier "
        "de la régularité de mon séjour et, le cas échéant, de mon droit au travail."
    )
    subject = "Demande de délivrance d’une nouvelle attestation de prolongation d’instruction"
    return _frame(dossier, today, subject, body) + _close(dossier, _enclosures(f, dossier, extra))


def motifs_blocks(dossier: Dossier, today: dt.date) -> list[Block]:
    f = _last_filing(dossier)
    events = {e.id: e for e in after_filing(f, answers(dossier), today)}
    born = events.get("implicit_refusal")
    if born is None or born.date is None:
        raise UserError("letters.after.decided")
    if born.date > today:
        raise UserError("letters.after.too_early", date=born.date)
    until = events["reasons_until"].date
    body = [
        _filed_line(f, dossier),
        f"Aucune décision ne m’ayant été notifiée, une décision implicite de rejet est née le "
        f"{fr_date(born.date)} (articles R. 432-1 et R. 432-2 du code de l’entrée et du séjour "
        "des étrangers et du droit d’asile).",
        "En application de l’article L. 232-4 du code des relations entre le public et "
        "l’administration, je vous demande de bien vouloir me communiquer les motifs de "
        "cette décision. Cette demande est présentée dans le délai de recours contentieux ; "
        "les motifs doivent m’être communiqués dans le mois qui suit sa réception, et le "
        "délai de recours est prorogé jusqu’à l’expiration de deux mois suivant le jour où "
        "ils m’auront été communiqués.",
    ]
    if until and until < today:
        raise UserError("letters.after.too_late", date=until)
    subject = "Demande de communication des motifs d’une décision implicite de rejet"
    return _frame(dossier, today, subject, body) + _close(dossier, _enclosures(f, dossier, []))


def recours_blocks(dossier: Dossier, today: dt.date) -> list[Block]:
    f = _last_filing(dossier)
    refusals = [a for a in answers(dossier) if a.kind == REFUSAL and a.notified_on]
    if refusals:
        decision = (
            f"la décision du {fr_date(refusals[-1].notified_on or today)} refusant ma demande"
        )
        extra = ["copie de la décision contestée"]
    else:
        events = {e.id: e for e in after_filing(f, answers(dossier), today)}
        born = events.get("implicit_refusal")
        if born is None or born.date is None or born.date > today:
            raise UserError("letters.after.nothing_to_contest")
        decision = f"la décision implicite de rejet née le {fr_date(born.date)} sur ma demande"
        extra = []
    body = [
        _filed_line(f, dossier),
        f"Par la présente, je forme un recours gracieux contre {decision}, et je vous "
        "demande de bien vouloir la retirer et me délivrer le titre de séjour demandé.",
        "[À compléter avec l’aide d’une association ou d’un avocat : les faits de votre "
        "situation et les raisons pour lesquelles la décision doit être retirée.]",
        "Mon dossier complet, tel que déposé, est joint au présent recours.",
    ]
    enclosures = _enclosures(f, dossier, [*extra, "dossier complet tel que déposé sur l’ANEF"])
    subject = f"Recours gracieux contre {decision}"
    return _frame(dossier, today, subject, body) + _close(dossier, enclosures)


BUILDERS = {
    "attestation": attestation_blocks,
    "motifs": motifs_blocks,
    "recours_gracieux": recours_blocks,
}


def after_letter(kind: str, dossier: Dossier, out: str | Path, today: dt.date) -> LetterResult:
    blocks = BUILDERS[kind](dossier, today)
    out_path = Path(out)
    pages = render_pdf(blocks, out_path)
    return LetterResult(pdf=out_path, text=render_text(blocks), pages=pages, kind=kind)

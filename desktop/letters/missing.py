"""Lettre explicative – pièce manquante (one piece, or several in one letter).

In ANEF the letter is uploaded in the slot of the missing piece, so the GUI
calls this once per piece; the CLI can also put several pieces in one letter.

Answers come from the caller (``answers``) and, for what the caller leaves out,
from the dossier's optional ``[missing.<piece_id>]`` table::

    [missing.birth_certificate]
    reason = "le consulat n'a pas encore répondu à ma demande"
    steps = [{ date = 2026-10-03, what = "demande écrite au consulat" }]
    expected_on = 2026-12-15        # optional
    substitute = "copie de l'ancien acte"   # optional: what is given instead
    attachments = ["accusé de réception du consulat"]   # optional
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.dossier import Dossier, read_date
from desktop.errors import UserError
from desktop.letters.common import (
    LetterResult,
    drawn_signature,
    identity_lines,
    piece_label,
    place_date,
    prefecture_lines,
    signature_lines,
    situation_fr,
)
from desktop.letters.layout import Block, render_pdf, render_text
from desktop.letters.typography import fr_date


@dataclass
class MissingAnswers:
    """Why a piece is missing, what was done (dated), when it is expected, what instead."""

    reason: str = ""
    steps: list[tuple[dt.date | None, str]] = field(default_factory=list)
    expected_on: dt.date | None = None
    substitute: str = ""
    attachments: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str) -> MissingAnswers:
        steps: list[tuple[dt.date | None, str]] = []
        for i, s in enumerate(data.get("steps", []) or []):
            if isinstance(s, Mapping):
                steps.append((read_date(s.get("date"), f"{where}.steps[{i}].date"), str(s["what"])))
            elif isinstance(s, (tuple, list)) and len(s) == 2:
                steps.append((read_date(s[0], f"{where}.steps[{i}]"), str(s[1])))
            else:
                steps.append((None, str(s)))
        return cls(
            reason=str(data.get("reason", "") or "").strip(),
            steps=steps,
            expected_on=read_date(data.get("expected_on"), f"{where}.expected_on"),
            substitute=str(data.get("substitute", "") or "").strip(),
            attachments=[str(x) for x in data.get("attachments", []) or []],
        )


def gather(
    dossier: Dossier,
    piece_id: str,
    answers: Mapping[str, MissingAnswers | Mapping[str, Any]] | None,
) -> MissingAnswers:
    stored = dossier.get(f"missing.{piece_id}", {}) or {}
    merged = MissingAnswers.from_mapping(stored, f"missing.{piece_id}")
    given = (answers or {}).get(piece_id)
    if given is not None:
        g = (
            given
            if isinstance(given, MissingAnswers)
            else MissingAnswers.from_mapping(given, piece_id)
        )
        merged = MissingAnswers(
            reason=g.reason or merged.reason,
            steps=g.steps or merged.steps,
            expected_on=g.expected_on or merged.expected_on,
            substitute=g.substitute or merged.substitute,
            attachments=g.attachments or merged.attachments,
        )
    if not merged.reason:
        raise UserError("letters.missing_no_reason", piece=piece_label(piece_id, "fr"), id=piece_id)
    return merged


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    return text if text[-1] in ".!?…" else text + "."


def blocks(
    dossier: Dossier,
    piece_ids: Sequence[str],
    answers: Mapping[str, MissingAnswers | Mapping[str, Any]] | None,
    today: dt.date,
) -> list[Block]:
    if not piece_ids:
        raise UserError("letters.missing_no_piece")
    labels = [piece_label(p, "fr") for p in piece_ids]
    several = len(piece_ids) > 1
    subject = (
        "Objet : Lettre explicative – pièces manquantes : " + " ; ".join(labels)
        if several
        else f"Objet : Lettre explicative – pièce manquante : {labels[0]}"
    )
    procedure = situation_fr(dossier)
    intro = (
        "Dans le cadre de ma demande de titre de séjour"
        + (f" ({procedure})" if procedure else "")
        + (
            ", je ne suis pas en mesure de fournir à ce jour les pièces suivantes. "
            "Je vous en expose les raisons ci-dessous."
            if several
            else f", je ne suis pas en mesure de fournir à ce jour la pièce « {labels[0]} ». "
            "Je vous en expose les raisons ci-dessous."
        )
    )
    out = [
        Block("sender", identity_lines(dossier)),
        Block("addressee", prefecture_lines(dossier)),
        Block("right", [place_date(dossier, today)]),
        Block("subject", [subject]),
        Block("para", ["Madame, Monsieur,", intro]),
    ]
    attachments: list[str] = []
    for pid, label in zip(piece_ids, labels, strict=True):
        ans = gather(dossier, pid, answers)
        paras: list[str] = []
        if several:
            out.append(Block("subject", [label]))
        paras.append(f"Cette pièce ne peut pas être fournie maintenant : {_sentence(ans.reason)}")
        out.append(Block("para", paras))
        if ans.steps:
            out.append(
                Block(
                    "list",
                    [
                        "Démarches effectuées pour l’obtenir :",
                        *[
                            (f"le {fr_date(d)} : " if d else "") + _sentence(what)
                            for d, what in sorted(ans.steps, key=lambda s: s[0] or dt.date.min)
                        ],
                    ],
                )
            )
        tail: list[str] = []
        if ans.expected_on:
            tail.append(f"Je devrais l’obtenir aux alentours du {fr_date(ans.expected_on)}.")
        else:
            tail.append("Je ne connais pas encore la date à laquelle je l’obtiendrai.")
        if ans.substitute:
            tail.append(f"À la place, je joins : {_sentence(ans.substitute)}")
        out.append(Block("para", [" ".join(tail)]))
        attachments.extend(ans.attachments)
        if ans.substitute:
            attachments.append(ans.substitute.rstrip("."))
    commit = (
        "Je m’engage à vous transmettre "
        + ("ces documents dès leur réception" if several else "ce document dès sa réception")
        + " et reste à votre disposition pour tout renseignement complémentaire."
    )
    out.append(
        Block(
            "para",
            [
                commit,
                "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations "
                "distinguées.",
            ],
        )
    )
    out.append(
        Block("signature", signature_lines(dossier.applicant), image=drawn_signature(dossier))
    )
    enclosed = _unique(attachments)
    if enclosed:
        out.append(Block("list", ["Pièces jointes :", *enclosed]))
    else:  # said, so the reader does not look for what is not there
        out.append(Block("line", ["Pièce jointe : aucune."]))
    return out


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for x in items:
        if x and x not in seen:
            seen.append(x)
    return seen


def missing_piece_letter(
    dossier: Dossier,
    piece_ids: Sequence[str],
    answers: Mapping[str, MissingAnswers | Mapping[str, Any]] | None,
    out_path: str | Path,
    today: dt.date,
) -> LetterResult:
    """Write the explanation letter for ``piece_ids`` to ``out_path`` (PDF, French)."""
    bl = blocks(dossier, list(piece_ids), answers, today)
    out = Path(out_path)
    pages = render_pdf(bl, out)
    return LetterResult(pdf=out, text=render_text(bl), pages=pages, kind="missing")

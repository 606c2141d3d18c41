"""Récapitulatif de dépôt: one page listing what was filed on ANEF, when, under
which request number, with each file's size and SHA-256, and the verdict of
that day. ANEF keeps no copy of what was uploaded: this page and the frozen
files are the person's proof. Always in French (it may be shown to a lawyer,
an employer or a court); the words are the product's, not the person's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from desktop.core.dossier import Dossier
from desktop.core.filings import FiledFile
from desktop.core.text import file_size
from desktop.letters.common import full_name
from desktop.letters.layout import Block, render_pdf
from desktop.letters.typography import fr_date


def filing_record_blocks(
    dossier: Dossier,
    *,
    filed_on: dt.date,
    request: str,
    files: Sequence[FiledFile],
    complete: bool,
    missing: int,
    warnings: int,
    rules_checked: dt.date | None,
    situation_label: str,
) -> list[Block]:
    a = dossier.applicant
    who = full_name(a) or "—"
    lines = [
        f"Demandeur : {who}",
        f"Démarche : {situation_label}",
        f"Déposé sur ANEF le {fr_date(filed_on)}",
        f"Numéro de la demande : {request or 'non indiqué'}",
    ]
    if a.numero_etranger:
        lines.append(f"Numéro étranger : {a.numero_etranger}")
    if complete and not warnings:
        state = "complet selon les règles de l'application"
    elif complete:
        state = f"complet, {warnings} point{'s' if warnings > 1 else ''} à vérifier"
    else:
        s = "s" if missing > 1 else ""
        state = f"incomplet : {missing} pièce{s} manquante{s} ou refusée{s}"
    verdict = f"État du dossier ce jour-là : {state}"
    if rules_checked:
        verdict += f" (règles vérifiées le {fr_date(rules_checked)})"
    rows = [["N°", "Fichier envoyé", "Taille", "Empreinte SHA-256"]]
    for i, f in enumerate(files, 1):
        digest = f.sha256
        rows.append(
            [str(i), Path(f.name).name, file_size(f.bytes), f"{digest[:32]}\n{digest[32:]}"]
        )
    return [
        Block("title", ["Récapitulatif de dépôt"]),
        Block("line", lines),
        Block("para", [verdict]),
        Block("table", rows=rows, widths=[9, 68, 17, 80]),
        Block(
            "para",
            [
                "ANEF ne garde pas de copie consultable des fichiers envoyés. Ces fichiers sont "
                "conservés tels qu'envoyés avec ce récapitulatif ; l'empreinte SHA-256 de "
                "chacun permet de prouver qu'il n'a pas été modifié depuis.",
                "Gardez aussi l'attestation de dépôt délivrée par ANEF : ce récapitulatif ne la "
                "remplace pas et ne prouve pas à lui seul le droit au séjour.",
            ],
        ),
    ]


def write_filing_record(out: Path, blocks: list[Block]) -> int:
    """Write the record (``render_pdf``: anonymous metadata, atomic); its page count."""
    return render_pdf(blocks, out, size=9.5)


def timeline_blocks(
    dossier: Dossier,
    rows: Sequence[tuple[str, str, str, str]],
    today: dt.date,
) -> list[Block]:
    """The printable timeline, in French (it is shown to an association, a lawyer or
    an employer): one row per step or deadline — date, what, what to do, the rule."""
    who = full_name(dossier.applicant) or "—"
    table = [["Date", "Étape ou délai", "À faire", "Règle"]]
    table.extend([list(r) for r in rows])
    return [
        Block("title", ["Après le dépôt : ce qui vient, et quand"]),
        Block("line", [f"Demandeur : {who}", f"Établi le {fr_date(today)}"]),
        Block("table", rows=table, widths=[27, 56, 56, 35]),
        Block(
            "para",
            [
                "Les délais de recours courent à partir de la notification d'une décision, ou "
                "de la naissance d'un refus implicite. En cas de refus, voyez au plus vite une "
                "association ou un avocat (aide juridictionnelle possible)."
            ],
        ),
    ]

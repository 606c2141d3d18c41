"""Sworn statements, in plain French, from the dossier data.

Kinds (``KINDS``):

- ``hebergement``: attestation d'hébergement, signed by the host (``[host]``);
  optional ``hosting.since`` (date the applicant moved in).
- ``non-polygamie``: déclaration sur l'honneur de non-polygamie (applicant).
- ``perte``: déclaration de perte du titre de séjour; optional
  ``current_permit.number``, ``current_permit.lost_on``,
  ``current_permit.lost_place``, ``current_permit.lost_circumstances``.
- ``non-travail``: visiteur's undertaking not to work.  It must be written by
  hand, so the PDF is a MODEL TO COPY, saying so in a banner, with no place to
  sign on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.dossier import Dossier
from desktop.core.records import Person
from desktop.errors import UserError
from desktop.letters.common import (
    LetterResult,
    birth_phrase,
    drawn_signature,
    e,
    full_name,
    nationality_fr,
    place,
    place_date,
    signature_lines,
)
from desktop.letters.layout import Block, render_pdf, render_text
from desktop.letters.typography import fr_date

KINDS: tuple[str, ...] = ("hebergement", "non-polygamie", "perte", "non-travail")


#: A line left to be filled in by hand.
BLANK = "……………………"


def kinds_for(dossier: Dossier) -> tuple[str, ...]:
    """The statements that fit this dossier: the hosting attestation only when the
    applicant is hosted (``address.kind = "hosted"``)."""
    return tuple(k for k in KINDS if k != "hebergement" or dossier.address.kind == "hosted")


def _nationality(dossier: Dossier, section: str) -> str:
    nat = nationality_fr(dossier, section)
    return f"de nationalité {nat}" if nat else ""


def _who(p: Person, dossier: Dossier, section: str) -> str:
    """ "IVANOVA Anna (ИВАНОВА Анна), née le … à …, de nationalité …"."""
    parts = [full_name(p)]
    birth = birth_phrase(p)
    if birth:
        parts.append(birth)
    nat = nationality_fr(dossier, section)
    if nat:
        parts.append(f"de nationalité {nat}")
    return ", ".join(parts)


def _address(dossier: Dossier) -> str:
    return ", ".join(dossier.address.lines()) or "……………………"


def _require(p: Person, section: str) -> None:
    if not (p.surname or p.surname_native):
        raise UserError("letters.person_missing", section=section)


def blocks(kind: str, dossier: Dossier, today: dt.date) -> list[Block]:
    a = dossier.applicant
    _require(a, "applicant")
    ident = _who(a, dossier, "applicant")
    closing = Block("right", [f"Fait à {place_date(dossier, today)}"])
    if kind == "hebergement":
        if dossier.address.kind != "hosted":
            raise UserError("letters.hosting_not_hosted")
        h = dossier.host
        _require(h, "host")
        since = dossier.date("hosting.since")
        # What the prefecture checks is always there: the host's birth and the date
        # the applicant moved in, typed in the dossier or left as a line to fill by hand.
        born = f"né{e(h)} le {fr_date(h.birth_date) if h.birth_date else BLANK}"
        born += f" à {h.birth_place or BLANK}"
        host_ident = ", ".join(x for x in (full_name(h), born, _nationality(dossier, "host")) if x)
        text = (
            f"Je soussigné{e(h)} {host_ident}, demeurant {_address(dossier)}, "
            f"atteste sur l’honneur héberger à mon domicile, à cette adresse, "
            f"{ident}, depuis le {fr_date(since) if since else BLANK}."
        )
        return [
            Block("title", ["ATTESTATION D’HÉBERGEMENT"]),
            Block("gap", ["6"]),
            Block(
                "para",
                [
                    text,
                    "Je joins à la présente attestation une copie de ma pièce d’identité (ou de "
                    "mon titre de séjour) et un justificatif de domicile récent à mon nom.",
                    "Je suis informé" + e(h) + " qu’établir une attestation faisant état de "
                    "faits matériellement inexacts est puni par l’article 441-7 du code pénal.",
                    "Fait pour servir et valoir ce que de droit.",
                ],
            ),
            Block("gap", ["4"]),
            closing,
            Block("signature", ["Signature de l’hébergeant" + e(h) + " :", full_name(h)]),
        ]
    if kind == "non-polygamie":
        return [
            Block("title", ["DÉCLARATION SUR L’HONNEUR DE NON-POLYGAMIE"]),
            Block("gap", ["6"]),
            Block(
                "para",
                [
                    f"Je soussigné{e(a)} {ident}, demeurant {_address(dossier)}, déclare sur "
                    "l’honneur ne pas vivre en France en situation de polygamie.",
                    "Je suis informé" + e(a) + " qu’une fausse déclaration m’expose au retrait "
                    "de mon titre de séjour et aux sanctions prévues par l’article 441-7 du "
                    "code pénal.",
                    "Fait pour servir et valoir ce que de droit.",
                ],
            ),
            Block("gap", ["4"]),
            closing,
            Block("signature", signature_lines(a), image=drawn_signature(dossier)),
        ]
    if kind == "perte":
        number = str(dossier.get("current_permit.number", "") or "")
        permit = str(dossier.get("current_permit.kind", "") or "titre de séjour")
        expiry = dossier.current_permit_expiry
        lost_on = dossier.date("current_permit.lost_on")
        lost_place = str(dossier.get("current_permit.lost_place", "") or "")
        how = str(dossier.get("current_permit.lost_circumstances", "") or "").strip()
        what = f"mon {permit}" + (f" n° {number}" if number else "")
        if expiry:
            what += f", valable jusqu’au {fr_date(expiry)}"
        when = (f" le {fr_date(lost_on)}" if lost_on else "") + (
            f" à {lost_place}" if lost_place else ""
        )
        paras = [
            f"Je soussigné{e(a)} {ident}, demeurant {_address(dossier)}, "
            f"déclare sur l’honneur avoir perdu {what}{when}."
        ]
        if how:
            paras.append(f"Circonstances : {how.rstrip('.')}.")
        paras += [
            "Je déclare ne pas être en mesure de le retrouver et sollicite la délivrance "
            "d’un duplicata. Je m’engage à restituer l’original s’il venait à être retrouvé.",
            "Je suis informé" + e(a) + " qu’une fausse déclaration est punie par l’article "
            "441-7 du code pénal.",
        ]
        return [
            Block("title", ["DÉCLARATION DE PERTE DE TITRE DE SÉJOUR"]),
            Block("gap", ["6"]),
            Block("para", paras),
            Block("gap", ["4"]),
            closing,
            Block("signature", signature_lines(a), image=drawn_signature(dossier)),
        ]
    if kind == "non-travail":
        return [
            Block(
                "banner",
                [
                    "MODÈLE À RECOPIER À LA MAIN – ne signez pas cette feuille.",
                    "Recopiez le texte ci-dessous à la main, sur une feuille blanche, "
                    "puis datez et signez votre copie manuscrite.",
                ],
            ),
            Block("title", ["Engagement sur l’honneur"]),
            Block(
                "handwriting",
                [
                    f"Je soussigné{e(a)} {ident}, demeurant {_address(dossier)},",
                    "m’engage sur l’honneur à n’exercer aucune activité professionnelle en "
                    "France pendant toute la durée de validité de mon titre de séjour portant "
                    "la mention « visiteur ».",
                    f"Fait à {place(dossier)}, le (date du jour où vous recopiez)",
                    "Signature",
                ],
            ),
        ]
    raise UserError("letters.unknown_statement", kind=kind, known=", ".join(KINDS))


def statement(kind: str, dossier: Dossier, out_path: str | Path, today: dt.date) -> LetterResult:
    """Write the statement ``kind`` (see ``KINDS``) as a one-page French PDF."""
    bl = blocks(kind, dossier, today)
    out = Path(out_path)
    size = 11.0
    pages = render_pdf(bl, out, size=size)
    return LetterResult(pdf=out, text=render_text(bl), pages=pages, kind=kind)

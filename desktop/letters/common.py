"""Pieces every letter shares: the identity block, names as in the passport,
gendered French words, the place and date line, result type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.core import reader
from desktop.core.catalog import default_catalog
from desktop.core.dossier import Dossier
from desktop.core.records import Person
from desktop.errors import UserError
from desktop.letters.places import prefecture_title
from desktop.letters.typography import fr_date


@dataclass
class LetterResult:
    """What a letter function wrote: the PDF, its French text, pages, annexes."""

    pdf: Path
    text: str
    pages: int = 1
    annexes: list[str] = field(default_factory=list)  # captions, numbered in order
    kind: str = ""


def full_name(p: Person) -> str:
    """Surname then given names, exactly as typed from the passport, then the
    native-script spelling in parentheses when there is one."""
    latin = " ".join(x for x in (p.surname, p.given_names) if x).strip()
    native = p.native_name
    if native and native != latin:
        return f"{latin} ({native})" if latin else native
    return latin


def e(p: Person) -> str:
    """French agreement: "e" for a woman, "" for a man, "(e)" when unknown."""
    return {"F": "e", "M": ""}.get(p.sex.upper()[:1], "(e)")


def civility(p: Person) -> str:
    return {"F": "Madame", "M": "Monsieur"}.get(p.sex.upper()[:1], "Madame, Monsieur")


def named(p: Person) -> str:
    """ "Mme IVANOVA Anna (ИВАНОВА Анна)": the name with its short civility when
    the sex is known (so « Lettre de Mme IVANOVA », never « de IVANOVA »)."""
    name = full_name(p)
    short = {"F": "Mme", "M": "M."}.get(p.sex.upper()[:1], "")
    return f"{short} {name}" if short and name else name


def nationality_fr(dossier: Dossier, section: str = "applicant") -> str:
    """The nationality in French: the dossier's own wording if it gives one, else the
    catalog's name for the passport code ("RUS" → "russe"), else the code."""
    text = str(dossier.get(f"{section}.nationality_fr", "") or "")
    if text:
        return text
    code = str(dossier.get(f"{section}.nationality", "") or "").upper()
    return french_nationalities().get(code, code)


@lru_cache(maxsize=1)
def french_nationalities() -> dict[str, str]:
    """ICAO code → French name (assets/catalog/nationalities.toml)."""
    import tomllib

    from desktop.paths import CATALOG_DIR

    with (CATALOG_DIR / "nationalities.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {str(k): str(v) for k, v in data["nationalities"]["names"].items()}


def birth_phrase(p: Person) -> str:
    """ "né(e) le 12 avril 1998 à Novossibirsk (Russie)" with the right agreement."""
    parts = []
    if p.birth_date:
        parts.append(f"le {fr_date(p.birth_date)}")
    if p.birth_place:
        parts.append(f"à {p.birth_place}")
    return f"né{e(p)} " + " ".join(parts) if parts else ""


def identity_lines(dossier: Dossier, with_request: bool = True) -> list[str]:
    """Sender block: name, birth, nationality, address, phone, e-mail, identifiers."""
    a = dossier.applicant
    lines = [full_name(a) or "…"]
    birth = birth_phrase(a)
    if birth:
        lines.append(birth[0].upper() + birth[1:])
    nat = nationality_fr(dossier)
    if nat:
        lines.append(f"Nationalité : {nat}")
    lines.extend(dossier.address.lines())
    if a.phone:
        lines.append(f"Téléphone : {a.phone}")
    if a.email:
        lines.append(f"Courriel : {a.email}")
    if a.numero_etranger:
        lines.append(f"N° étranger : {a.numero_etranger}")
    request = str(dossier.get("anef.request_number", "") or "")
    if with_request and request:
        lines.append(f"N° de demande ANEF : {request}")
    return lines


#: Where an address the dossier does not hold is written by hand.
ADDRESS_BLANK = "……………………………………"


def prefecture_address(dossier: Dossier) -> list[str]:
    """The prefecture's postal address as the dossier gives it (``letters.prefecture_address``,
    else the appointment's ``service_address``), one line per item."""
    for key in ("letters.prefecture_address", "appointment.service_address"):
        value = dossier.get(key, []) or []
        lines = [value] if isinstance(value, str) else [str(x) for x in value]
        lines = [x.strip() for x in lines if x and x.strip()]
        if lines:
            return lines
    return []


def prefecture_lines(dossier: Dossier) -> list[str]:
    """The addressee block: the prefecture, its foreigners' service, its postal
    address, or two dotted lines to write it on when the dossier has none."""
    pref = prefecture_title(dossier.prefecture or "")
    lines = [pref, "Service des étrangers"]
    lines.extend(prefecture_address(dossier) or [ADDRESS_BLANK, ADDRESS_BLANK])
    return lines


def place(dossier: Dossier) -> str:
    return str(dossier.get("letters.place", "") or "") or dossier.address.city or "…"


def place_date(dossier: Dossier, today: dt.date) -> str:
    return f"{place(dossier)}, le {fr_date(today)}"


def situation_fr(dossier: Dossier) -> str:
    sid = dossier.situation_id
    if not sid:
        return ""
    try:
        return default_catalog().situation(sid).label_in("fr")
    except Exception:  # an unknown situation is reported by `check`, not here
        return sid


def piece_label(piece_id: str, lang: str = "fr") -> str:
    catalog = default_catalog()
    piece = catalog.pieces.get(piece_id)
    if piece is None:
        raise UserError(
            "letters.unknown_piece", piece=piece_id, known=", ".join(sorted(catalog.pieces))
        )
    return piece.label_in(lang)


def signature_lines(p: Person) -> list[str]:
    return ["Signature :", full_name(p)]


def drawn_signature(dossier: Dossier) -> Path | None:
    """The applicant's signature drawn in the wizard (``[signature] file``), if the
    file is there: the applicant's letters and statements carry it."""
    rel = dossier.get("signature.file")
    if not isinstance(rel, str) or not rel.strip():
        return None
    path = reader.inside(dossier.base_dir, rel)  # never a file outside the dossier
    return path if path is not None and path.is_file() else None

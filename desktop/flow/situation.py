"""From a short questionnaire to a catalog situation.

The person answers what they have (current document and its kind, its expiry),
what they ask for (a card of some category, a duplicate, a change of address)
and their nationality; ``desktop.core.routing`` — the same code that reads a
hand-written dossier's ``[facts]`` — decides the situation, or says that the
request is not covered and where to go. Nothing here falls back to the nearest
category.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core import calendar
from desktop.core.routing import (
    AGREEMENT_REGIMES,
    CURRENT_DOCUMENTS,
    DUPLICATE_PIECE,
    REGIME_NATIONALITY,
    REQUEST_CATEGORIES,
    REQUESTS,
    Reason,
)
from desktop.errors import UserError

if TYPE_CHECKING:  # the GUI's first page imports the flow without the catalog and rules
    from desktop.core.catalog import Catalog, Situation

__all__ = ["CURRENT_DOCUMENTS", "REQUESTS"]
LOST_REASONS = ("loss", "theft")
APPOINTMENT = ("online", "booked", "none")


def card_categories(catalog: Catalog) -> list[str]:
    """Categories a person can apply for as a card (catalog order), then the
    requests the catalog knows it does not cover (choosing one says where to go).
    The Algerian certificats are reached through the nationality, not listed."""
    special = set(REQUEST_CATEGORIES.values())
    out: list[str] = []
    for s in catalog.situations.values():
        if s.category not in special and s.regime == "ceseda" and s.category not in out:
            out.append(s.category)
    out += [n for n in catalog.not_covered if n in NOT_COVERED_CHOICES]
    return out


def held_categories(catalog: Catalog) -> list[str]:
    """Categories of a title a person may hold: the cards one can apply for, then the
    Tunisian and Moroccan agreements' own cards (the 10-year card of the agreement
    renews from itself, not from the CESEDA carte de résident)."""
    out = card_categories(catalog)
    for s in catalog.situations.values():
        if s.regime in AGREEMENT_REGIMES and s.category not in out:
            out.append(s.category)
    return out


#: not-covered entries offered as a choice of card (the others are answers' outcomes)
NOT_COVERED_CHOICES = (
    "talent_autres",
    "ict",
    "famille_ue",
    "accord_retrait",
    "protection_temporaire",
    "regroupement_familial",
)


def category_label(catalog: Catalog, category: str, lang: str) -> str:
    if category in catalog.categories:
        labels = catalog.categories[category]
    else:
        labels = catalog.not_covered[category].label
    return labels.get(lang) or labels["fr"]


def facts_of(answers: dict[str, Any]) -> dict[str, Any]:
    """The questionnaire's answers as the routing facts."""
    return {
        "request": answers.get("request") or "card",
        "requested": answers.get("category") or "",
        "current_document": answers.get("current_document") or "",
        "current_category": answers.get("current_category") or "",
        "lost_reason": answers.get("lost_reason") or "",
        "nationality": (answers.get("nationality") or "").upper(),
    }


def explain(
    catalog: Catalog, answers: dict[str, Any]
) -> tuple[Situation | None, list[Reason], UserError | None]:
    """The situation these answers describe and why; or, when the catalog does not
    cover them, the error that says where to go; (None, [], None) while incomplete."""
    from desktop.core.routing import derive as route_derive

    facts = facts_of(answers)
    if facts["request"] == "card" and not facts["requested"]:
        return None, [], None
    try:
        situation, reasons = route_derive(catalog, facts)
    except UserError as exc:
        return None, [], exc
    return situation, reasons, None


def derive(catalog: Catalog, answers: dict[str, Any]) -> Situation | None:
    """The situation these answers describe, or None (incomplete or not covered)."""
    return explain(catalog, answers)[0]


def answers_for(catalog: Catalog, situation: Situation) -> dict[str, Any]:
    """Questionnaire answers that lead to ``situation`` (the inverse of ``derive``)."""
    inverse = {v: k for k, v in REQUEST_CATEGORIES.items()}
    if situation.category in inverse:
        request = inverse[situation.category]
        answers: dict[str, Any] = {"request": request, "current_document": "permit"}
        if request == "duplicate":
            has_police = any(r.piece == DUPLICATE_PIECE["theft"] for r in situation.requirements)
            answers["lost_reason"] = "theft" if has_police else "loss"
        return answers
    category = situation.equivalent or situation.category
    out: dict[str, Any] = {"request": "card", "category": category, "current_document": "none"}
    if situation.procedure == "renewal":
        # an agreement's card that is not its only card of that kind (the Tunisian or
        # Moroccan 10-year card) is renewed from itself, named
        own = situation.category if situation.regime in AGREEMENT_REGIMES else category
        out.update(current_document="permit", current_category=own)
        if f"{category}.second_renewal" in catalog.not_covered:
            # renewable once, its first year the VLS-TS (au pair, CESEDA L.426-22)
            out["current_document"] = "vls_ts"
    if situation.held:
        held = next(c for c in situation.held if c != "*")
        out.update(current_document="permit", current_category=held)
    if situation.regime in REGIME_NATIONALITY:
        out["nationality"] = REGIME_NATIONALITY[situation.regime]
    return out


# Dates live in one place (desktop.core.calendar); the wizard's pages read them here.
ephoto_valid_until = calendar.ephoto_valid_until


# ----- nationality: a country list in the interface language, the code stored --------------
def _fold(text: str) -> str:
    from desktop.core.text import fold

    return fold(text).strip()


def countries() -> dict[str, dict[str, str]]:
    """ICAO / ISO alpha-3 code → country name by language (assets/catalog/countries.toml)."""
    return dict(_countries())


def _countries() -> dict[str, dict[str, str]]:
    global _COUNTRIES
    if _COUNTRIES is None:
        import tomllib

        from desktop.paths import CATALOG_DIR

        with (CATALOG_DIR / "countries.toml").open("rb") as fh:
            names = tomllib.load(fh)["countries"]["names"]
        _COUNTRIES = {
            str(code): {str(k): str(v) for k, v in n.items()} for code, n in names.items()
        }
    return _COUNTRIES


_COUNTRIES: dict[str, dict[str, str]] | None = None


def country_name(code: str, lang: str) -> str:
    names = _countries().get(code.upper())
    if not names:
        return ""
    return names.get(lang) or names["fr"]


def country_choices(lang: str) -> list[tuple[str, str]]:
    """(code, name in ``lang``) sorted by name as ``lang`` reads it (accents folded)."""
    items = [(code, n.get(lang) or n["fr"]) for code, n in _countries().items()]
    return sorted(items, key=lambda item: _fold(item[1]))


def resolve_nationality(text: str) -> str:
    """The code a person meant: a 3-letter code as typed, or a country's name in any
    of the six languages (case and accents ignored, "Algerie" is DZA); else the text."""
    typed = text.strip()
    if not typed:
        return ""
    folded = _fold(typed)
    for code, names in _countries().items():
        if folded == code.casefold() or any(_fold(n) == folded for n in names.values()):
            return code
    # a part of one country's name only ("Russie" for « Fédération de Russie »)
    if len(folded) >= 4:
        partial = {
            code
            for code, names in _countries().items()
            if any(folded in _fold(n) for n in names.values())
        }
        if len(partial) == 1:
            return partial.pop()
    # "Algérie (DZA)", as the list shows an entry
    if typed.endswith(")") and "(" in typed:
        inner = typed[typed.rfind("(") + 1 : -1].strip().upper()
        if inner in _countries():
            return inner
    if len(typed) == 3 and typed.isalpha():
        return typed.upper()
    return typed

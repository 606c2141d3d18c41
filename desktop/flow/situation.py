"""From a short questionnaire to a catalog situation.

The person answers what they have (current document, its expiry, its kind),
what they ask for (a card of some category, a duplicate, a change of address)
and their nationality; the catalog decides the rest. A card of the same kind
as the one held is a renewal, anything else is a first application.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core import calendar

if TYPE_CHECKING:  # the GUI's first page imports the flow without the catalog and rules
    from desktop.core.catalog import Catalog, Situation

REQUESTS = ("card", "duplicate", "change_address")
CURRENT_DOCUMENTS = ("none", "visa", "permit", "receipt")
LOST_REASONS = ("loss", "theft")
APPOINTMENT = ("online", "booked", "none")

# Categories that are not "a card of some kind" but a request about a card held.
REQUEST_CATEGORIES = {"duplicate": "duplicata", "change_address": "changement_adresse"}
# For duplicates, the piece that tells a lost card from a stolen one.
DUPLICATE_PIECE = {"loss": "loss_declaration", "theft": "police_report"}


def card_categories(catalog: Catalog) -> list[str]:
    """Categories a person can apply for as a card (catalog order)."""
    special = set(REQUEST_CATEGORIES.values())
    out: list[str] = []
    for s in catalog.situations.values():
        if s.category not in special and s.category not in out:
            out.append(s.category)
    return out


def procedure_for(answers: dict[str, Any]) -> str:
    request = answers.get("request") or "card"
    if request == "duplicate":
        return "duplicate"
    if request == "change_address":
        return "change"
    same_kind = (answers.get("current_category") or answers.get("category")) == answers.get(
        "category"
    )
    if answers.get("current_document") == "permit" and same_kind:
        return "renewal"
    return "first"


def derive(catalog: Catalog, answers: dict[str, Any]) -> Situation | None:
    """The situation these answers describe, or None when they are incomplete."""
    request = answers.get("request") or "card"
    if request in REQUEST_CATEGORIES:
        category = REQUEST_CATEGORIES[request]
    else:
        category = answers.get("category") or ""
    if not category:
        return None
    procedure = procedure_for(answers)
    candidates = [
        s
        for s in catalog.situations.values()
        if s.category == category and s.procedure == procedure
    ]
    if not candidates:
        # a category offered for one procedure only: take what the catalog has
        candidates = [s for s in catalog.situations.values() if s.category == category]
    if request == "duplicate" and len(candidates) > 1:
        piece = DUPLICATE_PIECE.get(answers.get("lost_reason") or "loss", "")
        marked = [s for s in candidates if any(r.piece == piece for r in s.requirements)]
        candidates = marked or candidates
    return candidates[0] if candidates else None


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
    if situation.procedure == "renewal":
        return {
            "request": "card",
            "category": situation.category,
            "current_document": "permit",
            "current_category": situation.category,
        }
    return {"request": "card", "category": situation.category, "current_document": "visa"}


# Dates live in one place (desktop.core.calendar); the wizard's pages read them here.
ephoto_valid_until = calendar.ephoto_valid_until

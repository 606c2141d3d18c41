"""Where each part of a verdict comes from: the catalog entry (``Dated``: the text,
its link, the day it was checked, a confidence, a note where sources disagree)
behind a requirement, a problem, a deadline or a fee.

The engine names the rule each result comes from (``RuleResult.rule``: "freshness",
"renewal.window"…); this module finds the catalog entry that sets it. A result
that already carries its ``dated`` keeps it. A finding no catalog rule sets (a file
that is not a PDF, a check digit) has none: ``None``, said as such.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from desktop.core.catalog import Catalog, Dated, PieceDef, Requirement

if TYPE_CHECKING:
    from desktop.core.calendar import Deadline
    from desktop.core.rules import RuleResult

#: Engine rules read from a catalog rule whose name is not theirs with "." → "_".
_RULE_OF: dict[str, str] = {
    "passport.expires_soon": "passport_validity",
    "ephoto.format": "ephoto",
    "ephoto.age": "ephoto",
    "ephoto.activation": "ephoto",
    "cer.signed_for_this": "cer",
    "integration.exempt": "integration",
    "catalog.age": "catalog_age",
    "duplicate.renew_instead": "duplicate",
}

#: Deadlines and the catalog rule that sets their date.
_DEADLINE_RULE: dict[str, str] = {
    "renewal_opens": "renewal_window",
    "renewal_closes": "renewal_window",
    "ephoto_valid_until": "ephoto",
}

#: Low confidence: shown with a mark (DOMAIN.md: L = weak or conflicting sources).
LOW = "L"

_URL = re.compile(r"https?://[^\s;,)]+")


def rule_dated(catalog: Catalog, name: str) -> Dated | None:
    table = catalog.rules.get(name)
    return Dated.from_table(table) if table is not None else None


def split_source(source: str) -> tuple[str, list[str]]:
    """A source as a person reads it: the text without the links written in it
    (older entries put them after " — "), and those links."""
    urls = _URL.findall(source)
    text = source
    for url in urls:
        text = text.replace(url, "")
    text = re.sub(r"\s*[—;:]\s*(?=[;—]|$)", "", text.strip())
    text = re.sub(r"(\s*[—;]\s*)+$", "", text).strip()
    text = re.sub(r"\s*;\s*;\s*", " ; ", text)
    return text or source, urls


def links(dated: Dated) -> list[str]:
    """Where a person can read the text: the entry's ``url``, then any link
    written inside its ``source``."""
    found = [dated.url] if dated.url else []
    for url in split_source(dated.source)[1]:
        if url not in found:
            found.append(url)
    return found


def flagged(dated: Dated) -> bool:
    """Whether a person should be warned: low confidence, or a note saying the
    sources disagree or the reading is uncertain."""
    return dated.confidence == LOW or bool(dated.note)


def for_requirement(requirement: Requirement) -> Dated:
    return requirement.dated


def for_result(
    catalog: Catalog,
    result: RuleResult,
    piece: PieceDef | None = None,
    requirement: Requirement | None = None,
) -> Dated | None:
    """The catalog entry behind one rule result (None when no catalog rule sets it)."""
    if result.dated is not None:
        return result.dated
    name = result.rule
    code = result.problem.code if result.problem is not None else ""
    if name == "completeness":
        return requirement.dated if requirement is not None else None
    if name == "freshness" and piece is not None:
        if piece.freshness_rule:
            return rule_dated(catalog, piece.freshness_rule) or piece.dated
        return piece.dated
    if name == "validity":
        if code == "passport.expires_soon":
            return rule_dated(catalog, "passport_validity")
        return piece.dated if piece is not None else None
    if name in ("file.format", "file.page_cap", "file.sides"):
        return piece.dated if piece is not None else None
    if code in _RULE_OF:
        return rule_dated(catalog, _RULE_OF[code])
    if name in _RULE_OF:
        return rule_dated(catalog, _RULE_OF[name])
    for candidate in (name.replace(".", "_"), name.split(".")[0]):
        found = rule_dated(catalog, candidate)
        if found is not None:
            return found
    return None


def for_deadline(catalog: Catalog, deadline: Deadline) -> Dated | None:
    rule = _DEADLINE_RULE.get(deadline.id)
    if rule is not None:
        return rule_dated(catalog, rule)
    if deadline.id == "piece_fresh_until":
        pdef = catalog.pieces.get(str(deadline.params.get("id", "")))
        if pdef is None:
            return None
        if pdef.freshness_rule:
            return rule_dated(catalog, pdef.freshness_rule) or pdef.dated
        return pdef.dated
    return None  # the person's own documents (card, passport) set these dates


def to_json(dated: Dated | None) -> dict[str, Any] | None:
    """The provenance in ``check --json``: the entry, its links and whether it is
    flagged (None: no catalog rule sets this item)."""
    if dated is None:
        return None
    out = dated.to_json()
    out["links"] = links(dated)
    out["flagged"] = flagged(dated)
    return out

"""The catalog as both front ends show it: where each requirement, problem, fee and
deadline of a verdict comes from (the text, its link, the day it was checked, a
mark where confidence is low or sources disagree), and the signed catalog
updates (import, status, revert)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import catalog_update, provenance
from desktop.core.calendar import add_months, months_between
from desktop.core.catalog import (
    Catalog,
    Dated,
    Situation,
    active_catalog,
    catalog_changed,
    default_catalog,
    load_catalog,
)
from desktop.core.messages import Problem, t
from desktop.core.rules import CheckResult, PieceVerdict, RuleResult, Verdict
from desktop.errors import UserError

# ----- sources a person sees ------------------------------------------------------


def source_line(dated: Dated | None, lang: str | None, number: int | None = None) -> str:
    """One line saying where a rule comes from, in ``lang``: « règle : CESEDA
    R.431-5 — vérifiée le 24/11/2026 », followed by a mark when its confidence is
    low or a note says the sources disagree ("" when no catalog rule sets it).
    With ``number``, the source is tagged « [n] » for later lines to refer to."""
    if dated is None:
        return ""
    text, _ = provenance.split_source(dated.source)
    if number is not None:
        text = f"[{number}] {text}"
    line = t("sources.line", lang, source=text, date=dated.checked)
    return " ".join([line, *_warnings(dated, lang)])


def _warnings(dated: Dated, lang: str | None) -> list[str]:
    """What a person is warned of about a source: low confidence, disagreeing sources."""
    out = []
    if dated.confidence == provenance.LOW:
        out.append(t("sources.low_confidence", lang))
    if dated.note:
        out.append(t("sources.disputed", lang, note=dated.note))
    return out


def source_lines(dated: Dated | None, lang: str | None, number: int | None = None) -> list[str]:
    """``source_line`` and, below it, the links where the text can be read."""
    if dated is None:
        return []
    return [
        source_line(dated, lang, number),
        *(t("sources.link", lang, url=u) for u in provenance.links(dated)),
    ]


def source_mark(dated: Dated, lang: str | None) -> str:
    """The short mark beside a flagged rule (« ⚠ source peu sûre », « ⚠ sources
    divergentes ou incertaines »), "" when it is not flagged."""
    if dated.confidence == provenance.LOW:
        return t("sources.mark_low", lang)
    if dated.note:
        return t("sources.mark_disputed", lang)
    return ""


_PARENS = re.compile(r"\s*\([^()]*\)")


def short_source(text: str, limit: int = 90) -> str:
    """A source as one short line: the texts it names without their glosses
    (parentheses, what follows « : »), « CESEDA R.431-5 ; L.436-5 ; R.431-15-1 »;
    cut at a part when still longer than ``limit`` characters (the whole text is
    in the details)."""
    whole = text
    while True:  # nested parentheses, innermost first
        shorter = _PARENS.sub("", text)
        if shorter == text:
            break
        text = shorter
    parts: list[str] = []
    for part in text.split(";"):
        part = re.split(r"\s+:\s|\s+—\s", part, maxsplit=1)[0]
        part = part.strip(" ,.;—")
        if part and part not in parts:
            parts.append(part)
    if not parts:
        return whole
    out = parts[0]
    for part in parts[1:]:
        if len(out) + 3 + len(part) > limit:
            return out + " ; …"
        out += " ; " + part
    if len(out) > limit:
        return out[: limit - 1].rstrip() + "…"
    return out


def _isolated(text: str) -> str:
    """Text in its own direction inside a sentence of another (FSI … PDI): a French
    source inside an Arabic line keeps its order."""
    return f"\u2068{text}\u2069"


@dataclass(frozen=True)
class SourceView:
    """Where a rule comes from, as the wizard shows it: one short line, a mark when
    it is flagged, and the details (the whole text, the warnings, the links)."""

    dated: Dated
    #: « règle : CESEDA R.431-5 ; L.436-5 — vérifiée le 24/11/2026 » (short text)
    line: str
    #: the same line with the source's whole text
    full: str
    #: « ⚠ source peu sûre » / « ⚠ sources divergentes ou incertaines » / ""
    mark: str
    #: the warnings in full: check with the prefecture, what the note says
    warnings: tuple[str, ...]
    #: where the text can be read (opened in the browser only if the person chooses)
    links: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.mark)

    @property
    def plain(self) -> str:
        """The line and its mark, as one text (an accessible name)."""
        return f"{self.line} {self.mark}".strip()

    @property
    def description(self) -> str:
        """The whole source and its warnings (a tooltip, an accessible description)."""
        return "\n".join([self.full, *self.warnings])


def source_view(dated: Dated | None, lang: str | None) -> SourceView | None:
    """``dated`` as the wizard shows it (None when no catalog rule sets the item)."""
    if dated is None:
        return None
    text, _ = provenance.split_source(dated.source)
    return SourceView(
        dated=dated,
        line=t("sources.line", lang, source=_isolated(short_source(text)), date=dated.checked),
        full=t("sources.line", lang, source=_isolated(text), date=dated.checked),
        mark=source_mark(dated, lang),
        warnings=tuple(_warnings(dated, lang)),
        links=tuple(provenance.links(dated)),
    )


@dataclass(frozen=True)
class PieceSources:
    """A piece's sources in the wizard: its requirement's, and each problem's."""

    requirement: SourceView | None
    problems: tuple[tuple[Problem, SourceView | None], ...]

    def problem_view(self, problem: Problem) -> SourceView | None:
        return next((v for p, v in self.problems if p is problem), None)


def piece_sources(catalog: Catalog, pv: PieceVerdict, lang: str | None) -> PieceSources:
    """Where a piece's requirement and each of its problems come from (the card on
    the documents page, the review page)."""
    problems = tuple(
        (
            r.problem,
            source_view(provenance.for_result(catalog, r, pv.definition, pv.requirement), lang),
        )
        for r in pv.results
        if r.problem is not None
    )
    return PieceSources(source_view(pv.requirement.dated, lang), problems)


def dossier_problem_sources(
    catalog: Catalog, verdict: Verdict, lang: str | None
) -> list[tuple[Problem, SourceView | None]]:
    """Each of the dossier's own problems (not a piece's) with where it comes from."""
    return [
        (r.problem, source_view(provenance.for_result(catalog, r), lang))
        for r in verdict.dossier_results
        if r.problem is not None
    ]


def situation_view(situation: Situation, lang: str | None) -> SourceView | None:
    """Where the situation and its procedure come from (the situation page)."""
    return source_view(situation.dated, lang)


def rule_view(catalog: Catalog, name: str, lang: str | None) -> SourceView | None:
    """Where a catalog rule (``renewal_window``…) comes from."""
    return source_view(provenance.rule_dated(catalog, name), lang)


def fee_view(catalog: Catalog, fee_id: str, day: dt.date, lang: str | None) -> SourceView | None:
    """Where the amount of fee ``fee_id`` on ``day`` comes from."""
    fee = catalog.fees.get(fee_id)
    return source_view(fee.on(day)["dated"], lang) if fee is not None else None


@dataclass(frozen=True)
class RulesAge:
    """The date of the rules in use and, past the catalog's months, a warning that
    they may have changed, where to check and how to import a signed update."""

    checked: dt.date
    origin: str  # "shipped" | "imported"
    stale: bool
    #: « Règles de l'application vérifiées le 24/11/2026. »
    line: str
    #: the staleness warning ("" while the rules are recent)
    warning: str


def rules_age(catalog: Catalog, today: dt.date, lang: str | None) -> RulesAge:
    """How old the rules of ``catalog`` are on ``today`` (the wizard shows it; the
    rule engine warns with the same rule, ``catalog_age``)."""
    months = int(catalog.rule("catalog_age")["warn_after_months"])
    origin = catalog_origin(catalog)
    stale = today > add_months(catalog.checked, months)
    if origin == "imported":
        line = t("sources.rules_date_imported", lang, date=catalog.checked, version=catalog.version)
    else:
        line = t("sources.rules_date", lang, date=catalog.checked)
    warning = t("catalog.stale", lang, checked=catalog.checked, months=months) if stale else ""
    return RulesAge(catalog.checked, origin, stale, line, warning)


def _piece(result: CheckResult, piece_id: str) -> PieceVerdict | None:
    return result.verdict.piece(piece_id)


def requirement_dated(result: CheckResult, piece_id: str) -> Dated | None:
    pv = _piece(result, piece_id)
    return pv.requirement.dated if pv is not None else None


def requirement_source_line(result: CheckResult, piece_id: str, lang: str | None) -> str:
    """Where the requirement of ``piece_id`` comes from, as a line in ``lang``."""
    return source_line(requirement_dated(result, piece_id), lang)


def _result_of(result: CheckResult, problem: Problem) -> tuple[RuleResult, PieceVerdict | None]:
    for pv in result.verdict.pieces:
        for r in pv.results:
            if r.problem is problem:
                return r, pv
    for r in result.verdict.dossier_results:
        if r.problem is problem:
            return r, None
    raise KeyError(problem.code)


def problem_dated(result: CheckResult, problem: Problem) -> Dated | None:
    """The catalog entry behind one of the verdict's problems (None: no catalog
    rule sets it, e.g. a file that is not a PDF)."""
    r, pv = _result_of(result, problem)
    return _result_dated(result, r, pv)


def problem_source_line(result: CheckResult, problem: Problem, lang: str | None) -> str:
    """Where one of the verdict's problems comes from, as a line in ``lang``."""
    return source_line(problem_dated(result, problem), lang)


def _result_dated(result: CheckResult, r: RuleResult, pv: PieceVerdict | None) -> Dated | None:
    return provenance.for_result(
        result.catalog,
        r,
        pv.definition if pv is not None else None,
        pv.requirement if pv is not None else None,
    )


def _with_problems(results: list[RuleResult]) -> list[RuleResult]:
    return [r for r in results if r.problem is not None]


def _pair(
    results: list[RuleResult], items: list[dict[str, Any]]
) -> list[tuple[RuleResult | None, dict[str, Any]]]:
    """Each JSON problem with the result it came from: in order, as the verdict
    writes them; by code if the two lists ever differ (never a crash: an unmatched
    problem gets no provenance)."""
    with_problems = _with_problems(results)
    if len(with_problems) == len(items):
        return list(zip(with_problems, items, strict=True))
    pool = list(with_problems)
    out: list[tuple[RuleResult | None, dict[str, Any]]] = []
    for item in items:
        match = next((r for r in pool if r.problem and r.problem.code == item.get("code")), None)
        if match is not None:
            pool.remove(match)
        out.append((match, item))
    return out


def verdict_json(result: CheckResult, lang: str | None) -> dict[str, Any]:
    """``result.to_json(lang)`` with the provenance of every item: each piece's
    requirement, each problem, each deadline and each fee carry ``provenance``
    (``source``, ``checked``, ``confidence``, ``url``, ``note``, ``links``,
    ``flagged``), or null when no catalog rule sets it."""
    data = result.to_json(lang)
    verdict = result.verdict
    catalog = result.catalog
    pieces = {pv.id: pv for pv in verdict.pieces}
    for pdata in data["pieces"]:
        pv = pieces.get(pdata.get("id", ""))
        pdata["provenance"] = provenance.to_json(pv.requirement.dated) if pv else None
        for r, prob in _pair(pv.results if pv else [], pdata["problems"]):
            prob["provenance"] = provenance.to_json(
                _result_dated(result, r, pv) if r is not None else None
            )
    for r, prob in _pair(verdict.dossier_results, data["problems"]):
        dated = _result_dated(result, r, None) if r is not None else None
        prob["provenance"] = provenance.to_json(dated)
    by_key = {(d.id, d.date.isoformat()): d for d in verdict.deadlines}
    in_order = len(verdict.deadlines) == len(data["deadlines"])
    for i, ddata in enumerate(data["deadlines"]):
        d = (
            verdict.deadlines[i]
            if in_order
            else by_key.get((ddata.get("id", ""), ddata.get("date", "")))
        )
        ddata["provenance"] = provenance.to_json(
            provenance.for_deadline(catalog, d) if d is not None else None
        )
    for fdata in data["fees"]:
        fee = catalog.fees.get(fdata.get("id", ""))
        dated = fee.on(verdict.filing_date)["dated"] if fee is not None else None
        fdata["provenance"] = provenance.to_json(dated)
    data["catalog"] = {
        "version": catalog.version,
        "checked": catalog.checked.isoformat(),
        "origin": catalog_origin(catalog),
    }
    return data


def catalog_origin(catalog: Catalog) -> str:
    """Where ``catalog`` comes from: "imported" (a signed update) or "shipped". The
    catalog in use says so itself (``active_catalog``); another one loaded from a
    folder is "imported" when newer than the shipped one."""
    active = active_catalog()
    if catalog is active.catalog:
        return active.origin
    return "imported" if catalog.version > active.shipped_version else "shipped"


def status_lines(lang: str | None, today: dt.date) -> list[str]:
    """What ``catalog status`` says, line by line, in ``lang`` (the wizard shows the
    same): the shipped catalog, the imported update (or why it is not used), the
    one in use with its age, the staleness warning past its months, the keys."""
    status = catalog_status()
    lines = [
        t(
            "catalog_status.shipped",
            lang,
            version=status.shipped_version,
            date=status.shipped_checked,
        )
    ]
    if status.update is not None:
        u = status.update
        lines.append(
            t(
                "catalog_status.imported",
                lang,
                version=u.version,
                date=u.date,
                key=u.key,
                file=str(status.update_file),
            )
        )
        if u.version <= status.shipped_version:
            lines.append(t("catalog_status.older", lang, version=u.version))
    elif status.update_problem is not None:
        lines.append(t("catalog_status.broken", lang, reason=status.update_problem.message(lang)))
    else:
        lines.append(t("catalog_status.no_update", lang))
    key = f"catalog_status.in_use_{status.in_use}"
    lines.append(t(key, lang, date=status.checked, months=status.age_months(today)))
    if status.stale(today):
        lines.append(
            t("catalog.stale", lang, checked=status.checked, months=status.warn_after_months)
        )
    lines += [t("catalog_status.key", lang, key=fp) for fp in status.keys]
    return lines


def json_dated(item: dict[str, Any] | None) -> Dated | None:
    """A ``provenance`` object of ``verdict_json`` back as a ``Dated`` (the CLI's
    text output reads the JSON it printed)."""
    return Dated.from_json(item)


# ----- signed catalog updates ------------------------------------------------------


@dataclass(frozen=True)
class CatalogStatus:
    """Which catalog the app uses and why: the shipped one, the imported update
    (verified again now), the keys it trusts."""

    shipped_version: int
    shipped_checked: dt.date
    update: catalog_update.Update | None  # the installed update, when it verifies
    update_problem: UserError | None  # why an installed update is not used
    update_file: Path
    keys: tuple[str, ...]
    warn_after_months: int
    in_use: str  # "imported" or "shipped": where the catalog in use comes from
    checked: dt.date  # the day the rules of the catalog in use were checked

    def age_months(self, today: dt.date) -> int:
        return max(0, months_between(self.checked, today))

    def stale(self, today: dt.date) -> bool:
        return today > add_months(self.checked, self.warn_after_months)

    def to_json(self, lang: str | None, today: dt.date) -> dict[str, Any]:
        return {
            "in_use": self.in_use,
            "checked": self.checked.isoformat(),
            "age_months": self.age_months(today),
            "stale": self.stale(today),
            "warn_after_months": self.warn_after_months,
            "shipped": {
                "version": self.shipped_version,
                "checked": self.shipped_checked.isoformat(),
            },
            "imported": self.update.summary() if self.update is not None else None,
            "imported_file": str(self.update_file) if self.update_file.exists() else None,
            "imported_problem": self.update_problem.message(lang)
            if self.update_problem is not None
            else None,
            "keys": list(self.keys),
        }


def catalog_status() -> CatalogStatus:
    """The catalogs present and the one in use (``catalog status``, the wizard)."""
    active = active_catalog()
    update, problem = catalog_update.installed()
    return CatalogStatus(
        shipped_version=active.shipped_version,
        shipped_checked=active.shipped_checked,
        update=update,
        update_problem=problem,
        update_file=catalog_update.installed_path(),
        keys=tuple(k for k, _ in catalog_update.trusted_keys()),
        warn_after_months=int(active.catalog.rule("catalog_age")["warn_after_months"]),
        in_use=active.origin,
        checked=active.catalog.checked,
    )


def import_catalog(path: str | Path) -> catalog_update.Update:
    """Import the signed catalog update at ``path``: verified (bounds, signature,
    format, schema, each file), newer than the catalog in use, loadable by this app;
    then kept in the app's data folder (one atomic write) and used from now on.
    Raises ``UserError`` naming the file, the problem and the fix; nothing changes
    then."""
    name = str(path)
    update = catalog_update.read(path)
    in_use = default_catalog()
    current = in_use.version, in_use.checked
    if update.version <= current[0]:
        raise UserError(
            "catalog_update.not_newer",
            file=name,
            version=update.version,
            date=update.date,
            installed=current[0],
            installed_date=current[1],
        )
    with catalog_update.materialised(update) as folder:
        try:
            loaded = load_catalog(folder)
        except (ValueError, KeyError, TypeError) as exc:
            detail = f"{type(exc).__name__}: {exc}"[:200]
            raise UserError("catalog_update.invalid_catalog", file=name, detail=detail) from None
    if loaded.version != update.version or loaded.checked != update.date:
        raise UserError(
            "catalog_update.invalid_catalog",
            file=name,
            detail=f"catalog.toml {loaded.version}/{loaded.checked} ≠ manifest "
            f"{update.version}/{update.date}",
        )
    catalog_update.install(update)
    catalog_changed()
    return update


def revert_catalog() -> bool:
    """Back to the catalog shipped with the app (True if an update was removed)."""
    removed = catalog_update.remove()
    catalog_changed()
    return removed


def shipped_catalog() -> tuple[int, dt.date]:
    """The version and check date of the catalog shipped with the app."""
    active = active_catalog()
    return active.shipped_version, active.shipped_checked

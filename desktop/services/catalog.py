"""The catalog as both front ends show it: where each requirement, problem, fee and
deadline of a verdict comes from (the text, its link, the day it was checked, a
mark where confidence is low or sources disagree), and the signed catalog
updates (import, status, revert)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core import provenance
from desktop.core.catalog import Dated
from desktop.core.messages import Problem, t
from desktop.core.rules import CheckResult, PieceVerdict, RuleResult

# ----- sources a person sees ------------------------------------------------------


def source_line(dated: Dated | None, lang: str | None) -> str:
    """One line saying where a rule comes from, in ``lang``: « règle : CESEDA
    R.431-5 — vérifiée le 24/11/2026 », followed by a mark when its confidence is
    low or a note says the sources disagree ("" when no catalog rule sets it)."""
    if dated is None:
        return ""
    text, _ = provenance.split_source(dated.source)
    line = t("sources.line", lang, source=text, date=dated.checked)
    if dated.confidence == provenance.LOW:
        line += " " + t("sources.low_confidence", lang)
    if dated.note:
        line += " " + t("sources.disputed", lang, note=dated.note)
    return line


def source_lines(dated: Dated | None, lang: str | None) -> list[str]:
    """``source_line`` and, below it, the links where the text can be read."""
    if dated is None:
        return []
    return [
        source_line(dated, lang),
        *(t("sources.link", lang, url=u) for u in provenance.links(dated)),
    ]


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


def verdict_json(result: CheckResult, lang: str | None) -> dict[str, Any]:
    """``result.to_json(lang)`` with the provenance of every item: each piece's
    requirement, each problem, each deadline and each fee carry ``provenance``
    (``source``, ``checked``, ``confidence``, ``url``, ``note``, ``links``,
    ``flagged``), or null when no catalog rule sets it."""
    data = result.to_json(lang)
    verdict = result.verdict
    catalog = result.catalog
    for pv, pdata in zip(verdict.pieces, data["pieces"], strict=True):
        pdata["provenance"] = provenance.to_json(pv.requirement.dated)
        for r, prob in zip(_with_problems(pv.results), pdata["problems"], strict=True):
            prob["provenance"] = provenance.to_json(_result_dated(result, r, pv))
    for r, prob in zip(_with_problems(verdict.dossier_results), data["problems"], strict=True):
        prob["provenance"] = provenance.to_json(_result_dated(result, r, None))
    for d, ddata in zip(verdict.deadlines, data["deadlines"], strict=True):
        ddata["provenance"] = provenance.to_json(provenance.for_deadline(catalog, d))
    for f, fdata in zip(verdict.fees, data["fees"], strict=True):
        regime = catalog.fees[f.id].on(verdict.filing_date)
        fdata["provenance"] = provenance.to_json(regime["dated"])
    return data


def json_dated(item: dict[str, Any] | None) -> Dated | None:
    """A ``provenance`` object of ``verdict_json`` back as a ``Dated`` (the CLI's
    text output reads the JSON it printed)."""
    if not item:
        return None
    return Dated(
        item["source"],
        dt.date.fromisoformat(item["checked"]),
        item.get("confidence", "M"),
        url=item.get("url", ""),
        note=item.get("note", ""),
    )

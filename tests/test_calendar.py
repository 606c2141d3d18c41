"""Dates live once: every surface that shows the filing day, the renewal window,
the fees or the next deadline reads ``desktop.core.calendar``. A grid of
(planned filing day, permit expiry, today) goes through the rule engine, the
wizard's situation summary, ``check --json``, the volunteer's case list and the
cover sheet; they must all say the same thing.

The issue's example is the first row: planned 2026-09-01, expiry 2026-12-20,
today 2026-12-01. The situation page said "✔ C'est le bon moment pour déposer"
(it judged the planned day, gone by) while the engine said ``renewal.late``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import services
from desktop.core import calendar
from desktop.core.catalog import default_catalog
from desktop.core.dossier import Dossier
from desktop.flow import FlowState, situation_summary
from tests.helpers import make_dossier

ROOT = Path(__file__).resolve().parent.parent
D = dt.date
EXAMPLE = (D(2026, 9, 1), D(2026, 12, 20), D(2026, 12, 1))

#: What the engine's window rule says for each state of the window.
RULE_OF_STATE = {
    calendar.OPEN: None,
    calendar.EARLY: "renewal.too_early",
    calendar.LATE: "renewal.late",
    calendar.EXPIRED: "renewal.after_expiry",
}

TODAYS = (D(2026, 8, 1), D(2026, 12, 1))
EXPIRIES = (D(2026, 9, 10), D(2026, 12, 20), D(2027, 3, 1), D(2027, 6, 30))
PLANNED_OFFSETS: tuple[int | None, ...] = (None, -92, -1, 0, 10, 45, 150)


def grid() -> list[tuple[D | None, D, D]]:
    rows: list[tuple[D | None, D, D]] = [EXAMPLE]
    for today, expiry, offset in itertools.product(TODAYS, EXPIRIES, PLANNED_OFFSETS):
        planned = None if offset is None else today + dt.timedelta(days=offset)
        rows.append((planned, expiry, today))
    return rows


def renewal(tmp: Path, planned: D | None, expiry: D, today: D) -> Dossier:
    d = make_dossier(tmp, "salarie-renouvellement", current_permit__expires_on=expiry)
    d.set("filing_date", planned)
    d.set("ephoto.taken_on", today - dt.timedelta(days=20))
    d.set("cer.signed_on", today - dt.timedelta(days=3))
    d.save()
    return d


@pytest.mark.parametrize(("planned", "expiry", "today"), grid())
def test_every_surface_agrees(tmp_path: Path, planned: D | None, expiry: D, today: D) -> None:
    catalog = default_catalog()
    dossier = renewal(tmp_path, planned, expiry, today)
    verdict = services.check_dossier(dossier, today, inspect=False).verdict
    summary = situation_summary(FlowState(dossier, today, catalog))
    case = services.case_summary(dossier, today)

    # The one computation.
    filing = calendar.filing_day(planned, today)
    window = calendar.renewal_window(catalog, expiry)
    state = window.state_on(filing)

    # The rule engine.
    assert verdict.filing_date == filing
    rule_results = [r for r in verdict.dossier_results if r.rule == "renewal.window"]
    assert len(rule_results) == 1
    code = rule_results[0].problem.code if rule_results[0].problem else None
    assert code == RULE_OF_STATE[state]
    # The wizard's situation page.
    assert summary["filing"] == filing
    assert summary["window"]["state"] == state
    assert (summary["window"]["opens"], summary["window"]["closes"]) == (
        window.opens,
        window.closes,
    )
    # Fees: the same amounts, the late fee only where the engine charges it.
    assert [f["total_eur"] for f in summary["fees"]] == [f.total_eur for f in verdict.fees]
    late = any(f.id == calendar.late_fee_id(catalog) for f in verdict.fees)
    assert late == (state in (calendar.LATE, calendar.EXPIRED))  # L.436-5: after the deadline
    # The volunteer's case list: the next deadline the engine lists.
    upcoming = [d.date for d in verdict.deadlines if d.date >= today]
    assert case.get("deadline") == (upcoming[0].isoformat() if upcoming else None)


def test_the_example_shows_late_on_check_and_on_the_cover(tmp_path: Path) -> None:
    """The issue's example end to end: ``check --json`` and the cover sheet of the
    complete dossier both judge the filing on today (the planned day is gone),
    and both say late."""
    planned, expiry, today = EXAMPLE
    (tmp_path / "d").mkdir()
    dossier = renewal(tmp_path / "d", planned, expiry, today)
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(dossier.path), "--json"]
        + ["--today", today.isoformat(), "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    data = json.loads(run.stdout)
    assert data["filing_date"] == today.isoformat()
    codes = [p["code"] for p in data["problems"]]
    assert "renewal.late" in codes and "filing_date.passed" in codes
    assert "renewal.after_expiry" not in codes
    summary = situation_summary(FlowState(dossier, today, default_catalog()))
    assert summary["window"]["state"] == calendar.LATE

    from pypdf import PdfReader

    from desktop.services.building import build

    report = build(dossier, tmp_path / "out", today=today, lang="en")
    assert report.checked.verdict.filing_date == today
    cover = PdfReader(tmp_path / "out" / "dossier-complet.pdf").pages[0].extract_text()
    assert "1er décembre 2026" in cover  # the filing day the rules judged, in French
    assert "septembre" not in cover
    on_disk = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert "renewal.late" in [p["code"] for p in on_disk["check"]["problems"]]

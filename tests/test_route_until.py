"""A route the law opens until a date: « métiers en tension » (CESEDA L.435-4, created
by loi n° 2024-42 du 26 janvier 2024, art. 27, « à titre expérimental » until
31 December 2026 — https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049040245,
checked 2026-12-07). Before the end the person is warned to file in time; after it
the app must not call a dossier complete on a route that no longer exists.

Run as a person uses it: ``check --json`` as a subprocess on a dossier file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _check(tmp: Path, filing: str, today: str) -> dict[str, Any]:
    path = tmp / f"mt-{filing}.toml"
    path.write_text(
        "\n".join(
            [
                "schema_version = 1",
                f"filing_date = {filing}",
                'situation = "metiers-tension-premiere"',
                "[applicant]",
                'surname = "EXEMPLE"',
                'given_names = "Test"',
                "birth_date = 1990-05-04",
                'nationality = "MLI"',
                'marital_status = "single"',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(path), "--json"]
        + ["--today", today, "--lang", "fr"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert r.stdout.strip(), r.stderr
    data: dict[str, Any] = json.loads(r.stdout)
    return data


def _problem(data: dict[str, Any], code: str) -> dict[str, Any] | None:
    return next((p for p in data["problems"] if p["code"] == code), None)


@pytest.mark.parametrize(
    ("filing", "today", "code", "severity"),
    [
        # 60 days before the end (rules.toml route_ending.warn_days): a warning, not a block
        ("2026-11-01", "2026-10-20", "situation.ending", "warning"),
        ("2026-12-31", "2026-12-07", "situation.ending", "warning"),
        # the first day after the experiment: an error, the dossier is not complete
        ("2027-01-01", "2026-12-07", "situation.ended", "error"),
    ],
)
def test_route_until(tmp_path: Path, filing: str, today: str, code: str, severity: str) -> None:
    data = _check(tmp_path, filing, today)
    problem = _problem(data, code)
    assert problem is not None, [p["code"] for p in data["problems"]]
    assert problem["severity"] == severity
    assert "31/12/2026" in problem["message"] or "31 décembre 2026" in problem["message"]
    assert "L.435-4" in problem["provenance"]["source"]  # shown under it as « règle : … »
    if severity == "error":
        assert data["complete"] is False


def test_route_open_long_before_its_end(tmp_path: Path) -> None:
    data = _check(tmp_path, "2026-09-01", "2026-08-01")  # 121 days before: nothing said
    assert _problem(data, "situation.ending") is None
    assert _problem(data, "situation.ended") is None

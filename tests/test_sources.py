"""Sources a person sees: each requirement, problem, deadline and fee of a verdict
says which text sets it, when it was checked, and warns where the source is weak
or disputed (issue 14, part 4)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.catalog import Dated, default_catalog, load_catalog
from desktop.paths import CATALOG_DIR
from desktop.services import check_dossier
from desktop.services.catalog import (
    problem_source_line,
    requirement_source_line,
    source_line,
    verdict_json,
)
from tests.helpers import TODAY, make_dossier

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "etudiant-renouvellement" / "dossier.toml"
DATE = re.compile(r"\d\d/\d\d/\d{4}")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOSSIER_LANG": "fr"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_check_text_says_under_each_requirement_which_rule_and_when_checked() -> None:
    r = run("check", str(EXAMPLE))
    assert r.returncode in (0, 1), r.stderr
    lines = r.stdout.splitlines()
    pieces = [i for i, line in enumerate(lines) if line[:1] and line[0] in "✔⚠✖"]
    assert len(pieces) >= 5
    for i in pieces:
        below = lines[i + 1]
        assert below.startswith("    règle : "), (lines[i], below)
        assert " — vérifiée le " in below and DATE.search(below), below
    # the passport's requirement: CESEDA R.431-10, as the catalog says
    passport = next(i for i in pieces if "Passeport" in lines[i])
    assert "R.431-10" in lines[passport + 1]


def test_check_text_in_english_says_it_in_english() -> None:
    r = run("check", str(EXAMPLE), "--lang", "en")
    assert r.returncode in (0, 1), r.stderr
    assert re.search(r"^    rule: .+ — checked on \d+ \w{3} \d{4}", r.stdout, re.M), r.stdout
    assert "règle :" not in r.stdout


def _renewal_rule_source() -> str:
    return str(default_catalog().rule("renewal_window")["source"])


def test_check_json_carries_the_provenance_of_every_item() -> None:
    # After the card's expiry and more than six months after the rules were checked:
    # a renewal-window problem and the catalog-age warning both appear.
    r = run("check", str(EXAMPLE), "--json", "--today", "2027-07-01")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    keys = {"source", "checked", "confidence", "links", "flagged"}
    for p in data["pieces"]:
        assert keys <= set(p["provenance"]), p
        for prob in p["problems"]:
            assert "provenance" in prob, prob
    assert data["problems"] and data["deadlines"] and data["fees"]
    for item in data["problems"] + data["deadlines"]:
        assert "provenance" in item, item
    for fee in data["fees"]:
        assert keys <= set(fee["provenance"]) and fee["provenance"]["checked"], fee
    renewal = [p for p in data["problems"] if p["code"].startswith("renewal.")]
    assert renewal and renewal[0]["provenance"]["source"] == _renewal_rule_source()
    assert any("legifrance.gouv.fr" in u for u in renewal[0]["provenance"]["links"])
    stale = [p for p in data["problems"] if p["code"] == "catalog.stale"]
    assert (
        stale
        and stale[0]["provenance"]["source"] == default_catalog().rule("catalog_age")["source"]
    )
    closes = next(d for d in data["deadlines"] if d["id"] == "renewal_closes")
    assert closes["provenance"]["source"] == _renewal_rule_source()
    expiry = next(d for d in data["deadlines"] if d["id"] == "permit_expiry")
    assert expiry["provenance"] is None  # the person's card sets it, not a rule


def test_check_text_names_the_rule_under_a_dossier_problem() -> None:
    r = run("check", str(EXAMPLE), "--today", "2027-07-01")
    lines = r.stdout.splitlines()
    bang = [i for i, line in enumerate(lines) if line.startswith("! ")]
    sourced = [i for i in bang if lines[i + 1].startswith("    règle : ")]
    assert sourced, r.stdout
    assert any("R.431-5" in lines[i + 1] for i in sourced), r.stdout


def _catalog_with(tmp_path: Path, situation: str, extra: str) -> Path:
    """A copy of the shipped catalog whose ``situation`` carries ``extra`` lines."""
    d = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, d)
    text = (d / "situations.toml").read_text(encoding="utf-8")
    head = f"[situations.{situation}]\n"
    assert head in text
    text = text.replace(head, head + extra, 1)
    # a situation's own confidence and note: drop the lines it had, keep ours
    start = text.index(head)
    end = text.find("\n[situations.", start + 1)
    block = text[start:end]
    fixed = re.sub(r'\n(confidence|note) = "[^\n]*"', "", block[len(head) + len(extra) :])
    (d / "situations.toml").write_text(text[:start] + head + extra + fixed + text[end:])
    return d


def test_a_weak_or_disputed_rule_is_marked(tmp_path: Path) -> None:
    sid = "etudiant-renouvellement"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = check_dossier(make_dossier(tmp_path / "a", sid), TODAY)
    line = requirement_source_line(plain, "enrolment_certificate", "fr")
    assert line.startswith("règle : ") and "⚠" not in line
    weak_dir = _catalog_with(
        tmp_path,
        sid,
        'confidence = "L"\nnote = "La préfecture de Paris demande aussi les relevés."\n',
    )
    weak = load_catalog(weak_dir)
    result = check_dossier(make_dossier(tmp_path / "b", sid), TODAY, catalog=weak)
    line = requirement_source_line(result, "enrolment_certificate", "fr")
    assert "⚠ source peu sûre" in line
    assert "⚠ sources divergentes" in line and "La préfecture de Paris" in line
    en = requirement_source_line(result, "enrolment_certificate", "en")
    assert "weak source" in en and "sources disagree" in en
    item = verdict_json(result, "fr")
    piece = next(p for p in item["pieces"] if p["id"] == "enrolment_certificate")
    assert piece["provenance"]["flagged"] is True
    assert piece["provenance"]["note"].startswith("La préfecture")


def test_problem_source_line_names_the_rule_that_found_it(tmp_path: Path) -> None:
    import datetime as dt

    # The proof of address issued 5 months before filing: too old for the
    # proof_of_address rule, which names its source.
    d = make_dossier(tmp_path, "etudiant-renouvellement")
    d.data["pieces"]["proof_of_address"]["issued_on"] = TODAY - dt.timedelta(days=150)
    d.touch()
    result = check_dossier(d, TODAY)
    pv = result.verdict.piece("proof_of_address")
    assert pv is not None and [p.code for p in pv.problems] == ["freshness.too_old_relaxable"]
    line = problem_source_line(result, pv.problems[0], "fr")
    rule = Dated.from_table(default_catalog().rule("proof_of_address"))
    assert rule is not None and line == source_line(rule, "fr")
    assert "vérifiée le" in line


def test_no_source_for_what_no_rule_sets() -> None:
    assert source_line(None, "fr") == ""


@pytest.mark.parametrize("lang", ["fr", "en", "ru", "zh", "ar", "uk"])
def test_source_line_in_every_language_names_the_date(lang: str) -> None:
    rule = Dated.from_table(default_catalog().rule("renewal_window"))
    assert rule is not None
    line = source_line(rule, lang)
    assert "R.431-5" in line and str(rule.checked.year) in line
    assert "http" not in line  # the links go on their own lines

"""A piece's freshness rule is named, never found by name (issue 14, part 4).

The freshness check once fell back to a rule named after the piece when the
piece had no ``freshness_rule``, while the provenance shown to the person did
not follow that fallback: a too-old marriage certificate was a warning (the
rule's ``blocking = false``) but its line cited the piece, without the rule's
note that only prefecture lists set the 3 months. Now the piece names its rule
and the line the person reads is that rule's, with its note."""

from __future__ import annotations

import datetime as dt
import shutil
import tomllib
from pathlib import Path

from desktop.core.catalog import Dated, default_catalog, load_catalog
from desktop.paths import CATALOG_DIR
from desktop.services import check_dossier
from desktop.services.catalog import problem_source_line, source_line, verdict_json
from tests.helpers import TODAY, make_dossier

SITUATION = "vpf-conjoint-francais-premiere"
FRESHNESS_KEYS = {"months", "relaxed_months", "blocking"}


def _old_marriage_certificate(tmp_path: Path, catalog=None):  # type: ignore[no-untyped-def]
    d = make_dossier(tmp_path, SITUATION, applicant__marital_status="married")
    # five months before filing: older than the prefecture lists' 3 months
    d.data["pieces"]["marriage_certificate"]["issued_on"] = TODAY - dt.timedelta(days=150)
    d.touch()
    result = check_dossier(d, TODAY, catalog=catalog) if catalog else check_dossier(d, TODAY)
    pv = result.verdict.piece("marriage_certificate")
    assert pv is not None
    return result, pv


def test_marriage_certificate_names_its_freshness_rule() -> None:
    piece = default_catalog().pieces["marriage_certificate"]
    assert piece.freshness_rule == "marriage_certificate"
    assert piece.freshness_months == default_catalog().rule("marriage_certificate")["months"] == 3


def test_a_too_old_marriage_certificate_warns_and_shows_the_rules_note(tmp_path: Path) -> None:
    result, pv = _old_marriage_certificate(tmp_path)
    codes = [p.code for p in pv.problems]
    assert codes == ["freshness.too_old"], codes
    problem = pv.problems[0]
    assert problem.severity == "warning"  # no national text sets the 3 months
    rule = Dated.from_table(default_catalog().rule("marriage_certificate"))
    assert rule is not None and rule.note
    line = problem_source_line(result, problem, "fr")
    assert line == source_line(rule, "fr")
    assert "⚠ sources divergentes" in line and "listes des préfectures" in line
    # and the same provenance in check --json
    piece = next(
        p for p in verdict_json(result, "fr")["pieces"] if p["id"] == "marriage_certificate"
    )
    prov = piece["problems"][0]["provenance"]
    assert prov["source"] == rule.source and prov["note"] == rule.note and prov["flagged"]


def test_a_rule_named_after_a_piece_is_not_applied_unless_the_piece_names_it(
    tmp_path: Path,
) -> None:
    # The piece carries its months itself and names no rule: a rule of the same name
    # that would make it a warning is not used (it would be invisible to the person).
    d = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, d)
    pieces = (d / "pieces.toml").read_text(encoding="utf-8")
    head = "[pieces.marriage_certificate]\n"
    start = pieces.index(head)
    end = pieces.index("\n[pieces.", start + 1)
    block = pieces[start:end].replace(
        'freshness_rule = "marriage_certificate"\n', "freshness_months = 3\n"
    )
    assert "freshness_months = 3" in block
    (d / "pieces.toml").write_text(pieces[:start] + block + pieces[end:], encoding="utf-8")
    catalog = load_catalog(d)
    assert catalog.pieces["marriage_certificate"].freshness_rule is None
    assert catalog.rule("marriage_certificate")["blocking"] is False
    (tmp_path / "dossier").mkdir()
    _, pv = _old_marriage_certificate(tmp_path / "dossier", catalog)
    assert [(p.code, p.severity) for p in pv.problems] == [("freshness.too_old", "error")]


def test_no_freshness_rule_is_left_for_a_piece_to_find_by_name() -> None:
    with (CATALOG_DIR / "pieces.toml").open("rb") as fh:
        pieces = tomllib.load(fh)["pieces"]
    with (CATALOG_DIR / "rules.toml").open("rb") as fh:
        rules = tomllib.load(fh)["rules"]
    for pid, piece in pieces.items():
        if "freshness_months" in piece and pid in rules:
            assert not FRESHNESS_KEYS & set(rules[pid]), (
                f"pieces.{pid} has freshness_months and rules.{pid} sets freshness: "
                f'give the piece freshness_rule = "{pid}" instead'
            )

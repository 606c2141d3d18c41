"""``check``'s text output writes each source out once (issue 14 part 4): the
situation's source sat under every piece it sets; now the first piece carries it
with a number and the others refer to it, every link still written once, the
⚠ still beside each flagged reference. ``--json`` keeps every provenance."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from desktop.core.catalog import default_catalog
from desktop.core.provenance import split_source

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "etudiant-renouvellement" / "dossier.toml"
LATE = "2027-07-01"  # after the card's expiry, the rules older than their months
REF = re.compile(r"^\s+règle : \[(\d+)\] \(voir plus haut\) — vérifiée le \d\d/\d\d/\d{4}")
DEFINED = re.compile(r"^\s+règle : \[(\d+)\] (.+) — vérifiée le \d\d/\d\d/\d{4}")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOSSIER_LANG": "fr", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def _texts(provenances: list[dict | None]) -> list[str]:
    return [split_source(p["source"])[0] for p in provenances if p]


def test_a_source_is_written_out_once_and_referred_to_after() -> None:
    r = run("check", str(EXAMPLE), "--today", LATE)
    assert r.returncode == 1, r.stderr
    out = r.stdout
    lines = out.splitlines()
    # The student situation's source sets three pieces: written once, then referred to.
    situation = default_catalog().situations["etudiant-renouvellement"].dated
    text = split_source(situation.source)[0]
    assert out.count(text) == 1, out
    first = next(i for i, line in enumerate(lines) if text in line)
    number = DEFINED.match(lines[first]).group(1)  # type: ignore[union-attr]
    refs = [line for line in lines[first + 1 :] if (m := REF.match(line)) and m[1] == number]
    assert len(refs) == 2, out
    # No source text is written out twice, whatever it sets.
    data = json.loads(run("check", str(EXAMPLE), "--json", "--today", LATE).stdout)
    items = [p["provenance"] for p in data["pieces"] if p["status"] != "not_required"]
    items += [q["provenance"] for p in data["pieces"] for q in p["problems"]]
    items += [q["provenance"] for q in data["problems"]]
    items += [d["provenance"] for d in data["deadlines"] + data["fees"]]
    texts = Counter(_texts(items))
    assert any(n > 1 for n in texts.values())  # the case this is about exists
    for source_text in texts:
        said = sum(1 for line in lines if "règle : " in line and source_text in line)
        assert said == 1, (source_text, out)
    # Every reference points to a number written out above it, never ahead.
    defined: set[str] = set()
    for line in lines:
        if m := DEFINED.match(line):
            defined.add(m[1])
        elif m := REF.match(line):
            assert m[1] in defined, line
    # Every link of every item is still in the text (two texts may share one).
    links = {u for p in items if p for u in p["links"]}
    assert links
    for url in links:
        assert f"texte : {url}" in out, url


def test_a_flagged_source_keeps_its_mark_where_it_is_referred_to() -> None:
    r = run("check", str(EXAMPLE), "--today", LATE)
    lines = r.stdout.splitlines()
    # The proof of address: its freshness rule is disputed (Annexe 10 vs prefectures),
    # written out under the problem, referred to under its deadline.
    rule = default_catalog().rule("proof_of_address")
    text = split_source(str(rule["source"]))[0]
    first = next(i for i, line in enumerate(lines) if text in line)
    assert "⚠ sources divergentes" in lines[first]
    number = DEFINED.match(lines[first]).group(1)  # type: ignore[union-attr]
    refs = [line for line in lines if (m := REF.match(line)) and m[1] == number]
    assert refs and all(line.endswith("⚠ sources divergentes ou incertaines") for line in refs)


def test_json_keeps_every_provenance_in_full() -> None:
    data = json.loads(run("check", str(EXAMPLE), "--json", "--today", LATE).stdout)
    situation = default_catalog().situations["etudiant-renouvellement"].dated
    own = [p for p in data["pieces"] if p["provenance"]["source"] == situation.source]
    assert len(own) >= 3  # repeated in the JSON: each item stands alone there
    for p in own:
        assert p["provenance"]["checked"] == situation.checked.isoformat()
        assert p["provenance"]["links"]

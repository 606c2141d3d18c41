"""Letters and statements as a prefecture reads them (issue 15, minor items):
prefecture names with their article, « de »/« d’ » before a name, the hosting
attestation's required facts, the missing-piece letter's enclosures and
addressee block."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from pypdf import PdfReader

from desktop.core.dossier import Dossier
from desktop.demo import write_demo
from desktop.letters.places import prefecture_phrase
from desktop.services import documents

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DOSSIER_LANG": "fr"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--today", TODAY.isoformat()],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("demo"), TODAY)


def variant(demo: Path, name: str, **changes: Any) -> Path:
    data = tomllib.loads(demo.read_text(encoding="utf-8"))
    for key, value in changes.items():
        node = data
        *path, last = key.split(".")
        for part in path:
            node = node.setdefault(part, {})
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
    out = demo.parent / f"{name}.toml"
    out.write_text(tomli_w.dumps(data), encoding="utf-8")
    return out


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("Rhône", "préfecture du Rhône"),
        ("rhone", "préfecture du Rhône"),
        ("69", "préfecture du Rhône"),
        ("Gironde", "préfecture de la Gironde"),
        ("la Gironde", "préfecture de la Gironde"),
        ("Ain", "préfecture de l’Ain"),
        ("Yvelines", "préfecture des Yvelines"),
        ("Paris", "préfecture de Paris"),
        ("Eure-et-Loir", "préfecture d’Eure-et-Loir"),
        ("Préfecture du Rhône", "préfecture du Rhône"),
        ("Préfecture de police de Paris", "préfecture de police de Paris"),
        ("Orléans", "préfecture d’Orléans"),  # not a département: « de » elided all the same
    ],
)
def test_prefecture_names_take_their_article(typed: str, phrase: str) -> None:
    assert prefecture_phrase(typed) == phrase


def test_the_table_has_every_departement_with_its_source() -> None:
    from desktop.paths import ASSETS

    data = tomllib.loads((ASSETS / "letters" / "departements.toml").read_text(encoding="utf-8"))
    assert data["source"] and data["url"].startswith("https://") and data["checked"]
    assert len(data["departements"]) == 101
    assert {d["tncc"] for d in data["departements"].values()} <= {0, 1, 2, 3, 4, 5}


def test_watermark_names_the_prefecture_with_its_article(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = run_cli("build", str(demo), "--out", str(out), "--watermark", "Rhône")
    assert r.returncode in (0, 1), r.stderr
    from tests.pdf_glyphs import page_glyphs

    drawn = " ".join(g.text for g in page_glyphs(out / "upload" / "01-passport.pdf", 0))
    assert "uniquement à la préfecture du Rhône pour" in drawn
    assert "à la Rhône" not in drawn


def test_a_letter_is_from_mme_or_d_apostrophe_never_de_vowel(demo: Path) -> None:
    female = Dossier.load(variant(demo, "f", **{"missing.grades.reason": "pas encore publié"}))
    text = documents.letter_summary("missing", female, "fr", ["grades"])
    assert text.startswith("Lettre de Mme IVANOVA Anna")
    unknown = Dossier.load(
        variant(demo, "u", **{"applicant.sex": None, "missing.grades.reason": "pas encore"})
    )
    text = documents.letter_summary("missing", unknown, "fr", ["grades"])
    assert text.startswith("Lettre d’IVANOVA Anna") and "de IVANOVA" not in text
    assert "à la préfecture du Rhône" in text


def test_hosting_attestation_has_since_and_the_hosts_birth(demo: Path, tmp_path: Path) -> None:
    host = {"surname": "MARTIN", "given_names": "Paul", "sex": "M"}
    blank = variant(demo, "h1", **{"address.kind": "hosted", "host": host})
    out = tmp_path / "h1.pdf"
    r = run_cli("statement", "hebergement", str(blank), "--out", str(out))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "né le ……" in text and "à ……" in text  # lines to fill in by hand
    assert "depuis le ……" in text
    full = variant(
        demo,
        "h2",
        **{
            "address.kind": "hosted",
            "host": {**host, "birth_date": dt.date(1970, 5, 2), "birth_place": "Lyon"},
            "hosting.since": dt.date(2025, 9, 1),
        },
    )
    out = tmp_path / "h2.pdf"
    assert run_cli("statement", "hebergement", str(full), "--out", str(out)).returncode == 0
    text = pdf_text(out)
    assert "MARTIN Paul, né le 2 mai 1970 à Lyon" in text
    assert "depuis le 1er septembre 2025" in text


def test_no_hosting_attestation_for_someone_at_home(demo: Path, tmp_path: Path) -> None:
    own = variant(demo, "own", **{"address.kind": "own", "host": {"surname": "MARTIN"}})
    assert "hebergement" not in documents.statement_kinds(Dossier.load(own))
    hosted = variant(demo, "hosted", **{"address.kind": "hosted", "host": {"surname": "MARTIN"}})
    assert "hebergement" in documents.statement_kinds(Dossier.load(hosted))
    out = tmp_path / "own.pdf"
    r = run_cli("statement", "hebergement", str(own), "--out", str(out))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "hébergement" in r.stderr and "address.kind" in r.stderr
    assert not out.exists()


def test_missing_letter_lists_enclosures_and_the_addressee_block(
    demo: Path, tmp_path: Path
) -> None:
    why = {"reason": "l'université n'a pas encore publié les notes"}
    bare = variant(demo, "m1", **{"missing.grades": why})
    out = tmp_path / "m1.pdf"
    r = run_cli("letter", "missing", str(bare), "--out", str(out), "--piece", "grades")
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "Pièce jointe : aucune." in text
    assert "Préfecture du Rhône Service des étrangers ……" in text  # the address, by hand
    with_all = variant(
        demo,
        "m2",
        **{
            "missing.grades": {**why, "attachments": ["courriel du secrétariat"]},
            "letters.prefecture_address": ["18 rue de Bonnel", "69003 Lyon"],
        },
    )
    out = tmp_path / "m2.pdf"
    r = run_cli("letter", "missing", str(with_all), "--out", str(out), "--piece", "grades")
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "Pièces jointes : • courriel du secrétariat" in text
    assert "Service des étrangers 18 rue de Bonnel 69003 Lyon" in text
    assert "……" not in text

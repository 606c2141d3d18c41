"""A card asked for « recto-verso » given on one side only (issue 17, noticed with
the recto/verso pages): a photo keeps one document, so a card alone in its piece
is a missing side, or a verso cropped away from a photo of both. The verdict
says so, with the fix, in every language; a PDF, a second side or a passport
page says nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.catalog import default_catalog
from desktop.core.dossier import Dossier
from desktop.core.messages import LANGS
from desktop.services.checking import check_dossier
from tests import scan_corpus as sc
from tests.helpers import TODAY, make_dossier

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sides")
    made = {
        "recto": sc.make_case(folder, "recto", "id_card", "wood", size=(1600, 1200), fill=0.6,
                              seed=1, angle=3),
        "verso": sc.make_case(folder, "verso", "id_card", "slate", size=(1600, 1200), fill=0.6,
                              seed=2, angle=-4),
        "passport": sc.make_case(folder, "passport", "passport", "wood", size=(1600, 1200),
                                 fill=0.7, seed=3),
    }  # fmt: skip
    return {k: c.path for k, c in made.items()}


def _dossier(tmp_path: Path, piece: str, files: list[Path]) -> Dossier:
    tmp_path.mkdir(parents=True, exist_ok=True)
    dossier = make_dossier(tmp_path, "visiteur-renouvellement")
    rels = []
    (tmp_path / "docs").mkdir(parents=True, exist_ok=True)
    for i, f in enumerate(files):
        rel = f"docs/{piece}-{i}{f.suffix}"
        (tmp_path / rel).write_bytes(f.read_bytes())
        rels.append(rel)
    dossier.data["pieces"].setdefault(piece, {})["files"] = rels
    dossier.save()
    return Dossier.load(dossier.path)


def _one_side(dossier: Dossier, piece: str = "current_permit") -> list[object]:
    pv = check_dossier(dossier, TODAY).verdict.piece(piece)
    return [r.problem for r in pv.results if r.problem and r.problem.code == "piece.one_side"]


def test_one_card_photo_is_one_side_missing(tmp_path: Path, photos: dict[str, Path]) -> None:
    found = _one_side(_dossier(tmp_path, "current_permit", [photos["recto"]]))
    assert len(found) == 1
    problem = found[0]
    assert problem.severity == "warning"  # type: ignore[attr-defined]
    for lang in LANGS:
        text = problem.message(lang)  # type: ignore[attr-defined]
        fix = problem.fix(lang)  # type: ignore[attr-defined]
        assert text and "{" not in text and fix, lang
        assert "1" in text, (lang, text)  # the count of card photos it found
    assert "verso" in problem.message("fr")  # type: ignore[attr-defined]
    assert "Ajouter des fichiers" in problem.fix("fr")  # type: ignore[attr-defined]


def test_recto_and_verso_say_nothing(tmp_path: Path, photos: dict[str, Path]) -> None:
    assert _one_side(_dossier(tmp_path, "current_permit", [photos["recto"], photos["verso"]])) == []


def test_a_pdf_in_the_piece_may_hold_the_other_side(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes((ROOT / "examples").glob("**/*.pdf").__next__().read_bytes())
    assert _one_side(_dossier(tmp_path, "current_permit", [photos["recto"], pdf])) == []


def test_a_passport_page_or_a_piece_not_asked_both_sides(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    # A visa in the passport, given as the current permit: a passport page, no verso.
    assert _one_side(_dossier(tmp_path / "a", "current_permit", [photos["passport"]])) == []
    # The passport piece is one page: a card there is another problem, not a side.
    assert _one_side(_dossier(tmp_path / "b", "passport", [photos["recto"]]), "passport") == []


def test_the_pieces_asked_both_sides_are_those_that_say_so() -> None:
    """``both_sides`` in pieces.toml is set exactly where the French label or help
    asks for « recto-verso »."""
    catalog = default_catalog()
    says = {
        pid
        for pid, p in catalog.pieces.items()
        if "recto-verso" in (p.label.get("fr", "") + p.help.get("fr", "")).lower()
    }
    flagged = {pid for pid, p in catalog.pieces.items() if p.both_sides}
    assert flagged == says
    assert {"current_permit", "host_id"} <= flagged


def test_check_on_the_command_line_says_it(tmp_path: Path, photos: dict[str, Path]) -> None:
    dossier = _dossier(tmp_path, "current_permit", [photos["recto"]])
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(dossier.path), "--json"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert "Traceback" not in r.stderr, r.stderr
    assert "piece.one_side" in r.stdout, r.stdout[-2000:]
    json.loads(r.stdout)

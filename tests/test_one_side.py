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
        # In steep perspective: a sheet's ratio to a finder not told the piece
        "tilted": sc.make_case(folder, "tilted", "id_card", "slate", size=(2400, 1800),
                               fill=0.8, seed=4, tilt=0.12),
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


def test_a_card_in_perspective_is_a_card_as_the_piece_says(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    """Intake looks for the document as the bundle does, told what the piece holds: a
    verso photographed at a slant is a card (the bundle pairs it with its recto),
    so no side is said to be missing."""
    from desktop.intake import inspect_file

    kinds = [
        (inspect_file(photos["tilted"], doc_hint=hint).page_info[0].document or {}).get("kind")
        for hint in (None, "id_card")
    ]
    assert kinds == ["a4", "id_card"]
    both = [photos["recto"], photos["tilted"]]
    assert _one_side(_dossier(tmp_path, "current_permit", both)) == []


def test_a_photo_kept_as_taken_is_not_counted(tmp_path: Path, photos: dict[str, Path]) -> None:
    """« Garder la photo telle quelle »: the photo goes in whole (both sides may be on
    it), so no card is counted in it; the wizard's finding is made again."""
    from desktop.services.checking import finding_context
    from desktop.services.files import set_scan_choice

    dossier = _dossier(tmp_path, "current_permit", [photos["recto"]])
    rel = dossier.piece("current_permit").files[0]
    before = finding_context(dossier, rel, TODAY)
    set_scan_choice(dossier, rel, keep=True)
    assert finding_context(dossier, rel, TODAY) != before  # the wizard inspects it again
    assert _one_side(dossier) == []


def test_the_warning_shows_its_source(tmp_path: Path, photos: dict[str, Path]) -> None:
    from desktop.core import provenance

    result = check_dossier(_dossier(tmp_path, "current_permit", [photos["recto"]]), TODAY)
    pv = result.verdict.piece("current_permit")
    (rule,) = [r for r in pv.results if r.problem and r.problem.code == "piece.one_side"]
    dated = provenance.for_result(result.catalog, rule, result.catalog.pieces["current_permit"])
    assert dated is not None and dated.source and dated.checked


def test_the_persons_corners_are_where_intake_looks(
    tmp_path: Path, photos: dict[str, Path]
) -> None:
    """Corners placed by hand (« Recadrer… ») are where intake takes the document, as
    the bundle does: its finding is made again, and it is of that document."""
    from desktop.services.checking import finding_context
    from desktop.services.files import set_scan_choice

    dossier = _dossier(tmp_path, "current_permit", [photos["recto"], photos["verso"]])
    rel = dossier.piece("current_permit").files[1]
    before = check_dossier(dossier, TODAY).findings[rel]
    assert before.page_info[0].document["method"] != "given"  # type: ignore[attr-defined]
    context = finding_context(dossier, rel, TODAY)
    # Half the photo, top left: no card's shape (2:1.5 of the photo's 4:3), far smaller
    quad = [[0.05, 0.05], [0.55, 0.05], [0.55, 0.55], [0.05, 0.55]]
    set_scan_choice(dossier, rel, quad=quad)
    assert finding_context(dossier, rel, TODAY) != context
    after = check_dossier(dossier, TODAY).findings[rel]
    doc = after.page_info[0].document  # type: ignore[attr-defined]
    assert doc["method"] == "given"
    assert doc["kind"] != "id_card"  # a 4:3 region: not a card, so one side is missing
    assert len(_one_side(dossier)) == 1

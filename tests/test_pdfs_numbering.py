"""The complete dossier an agent can follow (issue 15, item 11): one numbering
across the cover's list, the upload files' names and the footers; the
applicant's own reason and date on the cover; footers inside the printable area."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import tomli_w
from pypdf import PdfReader

from desktop.core.catalog import default_catalog
from desktop.demo import write_demo
from tests.pdf_glyphs import page_glyphs, visual_lines

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)
MM = 72 / 25.4
FOOTER = re.compile(r"pièce \d+/\d+ — page \d+/\d+")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    demo = write_demo(tmp_path_factory.mktemp("demo"), TODAY)
    data = tomllib.loads(demo.read_text(encoding="utf-8"))
    # A piece in the middle of the list without a file, and the applicant's word on
    # it; another at the end, without a word.
    del data["pieces"]["current_permit"]
    del data["pieces"]["grades"]
    data["missing"] = {
        "current_permit": {
            "reason": "la carte a été volée le 2 octobre 2026",
            "steps": [{"date": dt.date(2026, 10, 3), "what": "plainte déposée au commissariat"}],
            "expected_on": dt.date(2027, 1, 15),
        }
    }
    dossier = demo.parent / "incomplete.toml"
    dossier.write_text(tomli_w.dumps(data), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "build", str(dossier), "--out", str(out)]
        + ["--today", TODAY.isoformat(), "--lang", "fr"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == 1, r.stderr
    return out


def _footers(pdf: Path, index: int) -> list[tuple[str, float, float, float]]:
    """(text, x, baseline, size) of the footer strings drawn on a page."""
    return [(g.text, g.x, g.y, g.size) for g in page_glyphs(pdf, index) if FOOTER.search(g.text)]


def test_cover_files_and_footers_share_one_numbering(built: Path) -> None:
    pdf = built / "dossier-complet.pdf"
    slots = sorted(p.name for p in (built / "upload").glob("[0-9][0-9]-*.pdf"))
    numbers = sorted({int(n[:2]) for n in slots})
    assert numbers == list(range(1, len(numbers) + 1))
    total = len(numbers)
    cover = visual_lines(pdf, 0)
    catalog = default_catalog()
    pieces = {p.id.replace("_", "-"): p for p in catalog.pieces.values()}
    for name in slots:
        k = int(name[:2])
        piece = pieces[re.sub(r"^\d\d-|(-\dof\d)?(-lettre)?\.pdf$", "", name)]
        label = piece.label_in("fr")
        row = next(x for x in cover if x.startswith(f"{k}.") and label[:25] in x)
        first, last = re.search(r"p\. (\d+)(?:–(\d+))?$", row).groups()  # type: ignore[union-attr]
        for page in range(int(first), int(last or first) + 1):
            texts = [f[0] for f in _footers(pdf, page - 1)]
            assert any(f"pièce {k}/{total} " in x for x in texts), (name, page, texts)
    # The piece without a file or a word is on the list, without a number.
    grades = catalog.pieces["grades"].label_in("fr")
    row = next(x for x in cover if grades[:25] in x)
    assert row.startswith("—") and "manquant" in row


def test_the_explanation_letter_is_listed_and_there(built: Path) -> None:
    """The applicant explained a missing piece: the letter is the piece's upload file,
    the cover lists it in the piece's place, and its pages are in the dossier."""
    pdf = built / "dossier-complet.pdf"
    letters = sorted((built / "upload").glob("*-current-permit-lettre.pdf"))
    assert len(letters) == 1
    k = int(letters[0].name[:2])
    assert k == 2  # in the catalog's order: after the passport
    assert "Lettre explicative" in " ".join(visual_lines(letters[0], 0))
    cover = visual_lines(pdf, 0)
    row = next(x for x in cover if x.startswith(f"{k}.") and "Titre de séjour" in x)
    assert "manquant" in row
    assert any("lettre explicative jointe" in x for x in cover)
    first = int(re.search(r"p\. (\d+)", row).group(1))  # type: ignore[union-attr]
    page = " ".join(visual_lines(pdf, first - 1))
    assert "Objet : Lettre explicative – pièce manquante : Titre de séjour" in page
    assert "la carte a été volée le 2 octobre 2026" in page


def test_cover_gives_the_applicants_reason_and_date(built: Path) -> None:
    text = " ".join(visual_lines(built / "dossier-complet.pdf", 0))
    why = text[text.index("Ce qui manque et pourquoi") :]
    assert "la carte a été volée le 2 octobre 2026" in why
    assert "plainte déposée au commissariat" in why and "3 octobre 2026" in why
    assert "15 janvier 2027" in why


def test_footers_are_inside_the_printable_area(built: Path) -> None:
    pdf = built / "dossier-complet.pdf"
    reader = PdfReader(str(pdf))
    seen = 0
    for i, page in enumerate(reader.pages[1:], start=1):
        w = float(page.mediabox.width)
        for _text, x, y, size in _footers(pdf, i):
            seen += 1
            assert size >= 8
            assert y - 0.3 * size >= 10 * MM  # the lowest ink (descenders) 10 mm up
            assert x >= 10 * MM and w - x >= 10 * MM
        # Nothing of the document itself is drawn in the footer's band.
        others = [g for g in page_glyphs(pdf, i) if not FOOTER.search(g.text) and g.text.strip()]
        assert all(g.y >= 10 * MM + 8 for g in others), i
    assert seen == len(reader.pages) - 1

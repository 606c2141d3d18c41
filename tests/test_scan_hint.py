"""What the piece says a photo shows (« a card », « a passport page ») widens the
tolerance of the document's shape, but a sheet that fits much better stays a sheet:
a landscape A4 page in the residence-permit piece was shrunk to 85.6 × 54 mm (and
two in a row were paired on one page as a card's recto and verso). And every
piece whose help asks for both sides of a card says it holds cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bundle.images import ImageJob, prepare
from desktop.bundle.slots import DOC_HINTS
from desktop.core.catalog import load_catalog
from desktop.intake.scan import kind_of
from tests import scan_corpus as sc
from tests.test_bundle_recto_verso import photo

CARD = 85.6 / 53.98
A4 = 297 / 210


@pytest.mark.parametrize(
    ("aspect", "hint", "kind"),
    [
        (A4, "id_card", "a4"),  # a landscape sheet in the card's piece stays a sheet
        (CARD, "id_card", "id_card"),
        (1.47, "id_card", "id_card"),  # a foreshortened card: the hint still wins
        (1.47, None, "a4"),  # without it, the nearer sheet
        (125 / 88, "passport", "passport"),
        (1.50, "passport", "passport"),  # a passport page in perspective
        (CARD, "passport", "id_card"),  # a card in the passport's piece stays a card
        (CARD, None, "id_card"),
    ],
)
def test_a_hint_does_not_beat_a_sheet_that_fits_much_better(
    aspect: float, hint: str | None, kind: str
) -> None:
    assert kind_of(aspect, hint) == kind


def test_a_landscape_page_in_the_permit_piece_keeps_its_size(tmp_path: Path) -> None:
    page = photo(tmp_path, "page", sc.a4_page(900).rotate(90, expand=True), A4,
                 angle=4, fill=0.85, bg="wood", seed=3)  # fmt: skip
    card = photo(tmp_path, "card", sc.id_card(900), CARD, angle=8)
    as_page = prepare(ImageJob(path=str(page), doc_hint="id_card"))
    as_card = prepare(ImageJob(path=str(card), doc_hint="id_card"))
    assert as_card.real_mm is not None and abs(as_card.real_mm[0] - 85.6) < 1
    assert as_page.real_mm is None, as_page.document
    assert as_page.document is not None and as_page.document["kind"] == "a4"


def test_every_piece_asking_for_both_sides_of_a_card_says_so() -> None:
    catalog = load_catalog()
    asking = {
        pid
        for pid, piece in catalog.pieces.items()
        if any(w in piece.help.get("fr", "").lower() for w in ("recto-verso", "deux faces"))
    }
    assert {"current_permit", "host_id", "previous_permits_3y"} <= asking
    missing = sorted(asking - set(DOC_HINTS))
    assert missing == [], missing


def test_converting_photos_loads_no_pdf_library(tmp_path: Path) -> None:
    """pikepdf and pdfium are for PDFs: a process converting photos does not pay
    them (about 65 ms and 8 MiB before its workers could start)."""
    import subprocess
    import sys

    card = photo(tmp_path, "card", sc.id_card(900), CARD, angle=8)
    code = (
        "import sys\n"
        "from desktop.bundle.build import convert_files\n"
        f"convert_files([{str(card)!r}], {str(tmp_path / 'out.pdf')!r}, max_bytes=10**7,"
        " max_workers=1)\n"
        "print(sorted(m for m in ('pikepdf', 'pypdfium2') if m in sys.modules))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
    assert (tmp_path / "out.pdf").stat().st_size > 1000

"""The review document a jurist annotates (``catalog review``), after the jurist's
review of 2026-12-07: it shows what the person reads (each situation's notice, each
not-covered entry's « where »), states a situation's source and note once rather
than under every piece that inherits them, and keeps long URLs inside the source
column of the PDF."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.catalog import default_catalog
from desktop.letters.review import COLS, MARGIN, URL_RUN, url_runs

ROOT = Path(__file__).resolve().parent.parent


def _review(out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DOSSIER_LANG": "fr"}
    env.pop("DISPLAY", None)
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "catalog", "review", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="module")
def html_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("review") / "r.html"
    _review(out)
    return out.read_text(encoding="utf-8")


def _plain(text: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("\u202f", " ").replace("\xa0", " ")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\xa0", " "))


def test_review_shows_notices_and_where_texts(html_text: str) -> None:
    catalog = default_catalog()
    plain = _norm(_plain(html_text))
    for s in catalog.situations.values():
        if s.notice:
            head = _norm(s.notice["fr"])[:40].replace("\u202f", " ")
            assert _norm(head.split("«")[0])[:20] in plain, s.id
    assert "Annexe E — Demandes non couvertes" in plain
    for e in catalog.not_covered.values():
        assert _norm(e.where["fr"])[:20] in plain, e.id


def test_situation_note_is_not_repeated_under_each_piece(html_text: str) -> None:
    """A piece with no source of its own inherits the situation's (catalog.py): the
    review says « celle de la situation » instead of repeating the source and note."""
    catalog = default_catalog()
    s = catalog.situations["changement-etat-civil"]
    inheriting = [r for r in s.requirements if r.dated is s.dated]
    assert inheriting, "the case needs a piece inheriting the situation's source"
    plain = _norm(_plain(html_text))
    note_start = _norm(s.dated.note)[:50]
    assert plain.count(note_start) == 1
    assert "celle de la situation" in plain


def test_url_runs_fit_and_rejoin() -> None:
    url = (
        "https://www.immigration.interieur.gouv.fr/Europe-et-International/Les-accords-bilateraux/"
        "Les-accords-bilateraux-en-matiere-de-circulation-de-sejour-et-d-emploi/L-accord-franco-tunisien"
    )
    runs = url_runs(url)
    assert "".join(runs) == url
    assert all(len(r) <= URL_RUN for r in runs)
    assert len(runs) > 2


def test_pdf_links_stay_in_the_source_column(tmp_path: Path) -> None:
    """No word of the PDF crosses into the annotations column (pdftotext -bbox)."""
    out = tmp_path / "r.pdf"
    _review(out)
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, timeout=120
    ).stdout
    edge = (MARGIN + COLS[0] + COLS[1]) / 1.0  # points
    crossing = [
        (float(a), float(b), w)
        for a, b, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', bbox
        )
        if float(a) < edge - 1 and float(b) > edge + 1 and ("/" in w or "http" in w)
    ]
    assert not crossing, crossing[:5]

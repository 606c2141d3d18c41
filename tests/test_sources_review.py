"""The review document (issue 14, part 4): the whole catalog, situation by
situation, each item with its source, check date and confidence, and a column
for a jurist's annotations; rendered, opened and read back."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from desktop.core.catalog import default_catalog

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DOSSIER_LANG": "fr"},
        timeout=300,
    )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


@pytest.fixture(scope="module")
def review_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review") / "catalogue.pdf"
    r = run("catalog", "review", "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out


def test_the_pdf_holds_every_situation_piece_and_fee_with_its_source(review_pdf: Path) -> None:
    reader = pypdf.PdfReader(review_pdf)
    catalog = default_catalog()
    assert len(reader.pages) >= len(catalog.situations)  # one situation per page at least
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape: room for the annotations
    text = _flat(" ".join(page.extract_text() or "" for page in reader.pages))
    for s in catalog.situations.values():
        assert s.id in text, s.id
        for req in s.requirements:
            label = _flat(catalog.pieces[req.piece].label["fr"])
            assert label[:40] in text, (s.id, label)
    for fee in catalog.fees.values():
        for regime in fee.regimes:
            total = int(regime["tax"]) + int(regime["stamp"])
            assert f"= {total} €" in text, (fee.id, total)
    assert text.count("Annotations") >= len(catalog.situations)
    assert "vérifiée le 24 novembre 2026" in text
    assert "confiance L (faible) (!)" in text  # the ANEF limits: users' reports only
    assert "legifrance.gouv.fr" in text
    meta = reader.metadata or {}
    assert not meta.get("/Author") and not meta.get("/Title")


def test_the_html_has_an_annotation_cell_for_each_item(tmp_path: Path) -> None:
    out = tmp_path / "catalogue.html"
    r = run("catalog", "review", "--out", str(out))
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    rows = html.count("<tr") - html.count("<th>Élément")  # header rows excluded
    assert rows > 100 and html.count('<td class="notes"></td>') == rows
    catalog = default_catalog()
    for s in catalog.situations.values():
        assert s.id in html
    assert '<a href="https://www.legifrance.gouv.fr/' in html
    assert 'class="flag"' in html  # a low-confidence item is marked


def test_a_review_in_another_format_is_refused(tmp_path: Path) -> None:
    r = run("catalog", "review", "--out", str(tmp_path / "review.docx"))
    assert r.returncode == 2
    assert "review.docx" in r.stderr and ".pdf" in r.stderr
    assert not (tmp_path / "review.docx").exists()

"""One file-size wording (core.text.file_size) for the review page and the filing
record; one image decoder and one PDF renderer behind the thumbnails and the large
preview (desktop.ui.thumbs)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.core.text import file_size


@pytest.mark.parametrize(
    ("n", "shown"),
    [
        (0, "1 ko"),  # never « 0 ko » for a file that exists
        (499, "1 ko"),
        (340_400, "340 ko"),
        (999_999, "1000 ko"),
        (1_000_000, "1,0 Mo"),
        (1_234_567, "1,2 Mo"),
        (12_960_000, "13,0 Mo"),
    ],
)
def test_a_file_size_reads_the_same_in_every_document(n: int, shown: str) -> None:

    assert file_size(n) == shown
    assert file_size(n, "%1 KB", "%1 MB", ".") == shown.replace(",", ".").replace(
        " ko", " KB"
    ).replace(" Mo", " MB")


def _pdf(path: Path, sizes: list[tuple[float, float]]) -> Path:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for w, h in sizes:
        c.setPageSize((w, h))
        c.drawString(20, 20, "page")
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.gui
def test_thumbnails_and_preview_keep_each_page_s_shape(qapp, tmp_path: Path) -> None:
    from PIL import Image

    from desktop.ui import thumbs
    from desktop.ui.qt import QSize

    pdf = _pdf(tmp_path / "a.pdf", [(595, 842), (842, 595), (300, 300)])
    pages, count = thumbs.thumbnails(pdf)
    assert count == 3 and len(pages) == 3
    assert [(p.width(), p.height()) for p in pages] == [(90, 128), (96, 67), (96, 96)]
    big = thumbs.page_image(pdf, 1, QSize(800, 800))
    assert (big.width(), big.height()) == (800, 565)
    assert thumbs.page_image(pdf, 3, QSize(800, 800)).isNull()  # no 4th page

    photo = tmp_path / "p.jpg"
    Image.new("RGB", (4000, 3000), (200, 190, 180)).save(photo, "JPEG")
    pages, count = thumbs.thumbnails(photo)
    assert count == 1 and (pages[0].width(), pages[0].height()) == (96, 72)
    shown = thumbs.page_image(photo, 0, QSize(800, 800))
    assert (shown.width(), shown.height()) == (800, 600)  # decoded at that size at most
    small = tmp_path / "s.png"
    Image.new("RGB", (40, 30), (0, 0, 0)).save(small)
    assert thumbs.page_image(small, 0, QSize(800, 800)).size() == QSize(40, 30)
    pages, _ = thumbs.thumbnails(small)
    assert pages[0].size() == QSize(96, 72)  # a thumbnail fills its box
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    assert thumbs.thumbnails(bad) == ([], 0) and thumbs.page_image(bad, 0, QSize(8, 8)).isNull()

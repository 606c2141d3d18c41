"""One grey decode for the searches that read a picture (``intake.decode``), and a
scanned PDF's first page rendered once for both the 2D-Doc search and the MRZ
reader (``inspect``).

The decode is what ``inspect._grey_picture``, ``twoddoc.scan_file`` and
``mrz_ocr.read_file`` each did on their own: measured here on the formats they met
(16-bit PNG, palette PNG, CMYK JPEG, a JPEG with an EXIF orientation), against
that same recipe written out, and each of the three is shown to go through it.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from desktop.intake import decode, inspect_file, mrz_ocr, twoddoc
from tests.mrz_corpus import render, td3


def _recipe(path: Path) -> Image.Image:
    """The three copies as they were, written out once."""
    with Image.open(path) as im:
        im.seek(0)
        return ImageOps.exif_transpose(im.convert("L"))


def _marked(w: int = 120, h: int = 80) -> np.ndarray:
    """Grey page with a dark block in its top-left corner (to see which way up)."""
    a = np.full((h, w), 200, np.uint8)
    a[5:25, 5:35] = 30
    return a


@pytest.fixture()
def pictures(tmp_path: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    a = _marked()
    # 16-bit greyscale PNG (samples using 0-255, as some scanners write them).
    p = tmp_path / "grey16.png"
    Image.fromarray(a.astype(np.uint16)).save(p)
    out["png16"] = p
    # Palette PNG.
    p = tmp_path / "palette.png"
    Image.fromarray(a).convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE).save(p)
    out["palette"] = p
    # CMYK JPEG.
    p = tmp_path / "cmyk.jpg"
    Image.fromarray(a).convert("RGB").convert("CMYK").save(p, "JPEG", quality=95)
    out["cmyk"] = p
    # A phone JPEG stored sideways with EXIF orientation 6 (turn 90° clockwise).
    p = tmp_path / "exif6.jpg"
    stored = Image.fromarray(a).transpose(Image.Transpose.ROTATE_90)  # 90° anticlockwise
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.convert("RGB").save(p, "JPEG", quality=95, exif=exif.tobytes())
    out["exif6"] = p
    return out


@pytest.mark.parametrize("fmt", ["png16", "palette", "cmyk", "exif6"])
def test_grey_upright_reads_every_format_as_the_three_copies_did(
    pictures: dict[str, Path], fmt: str
) -> None:
    path = pictures[fmt]
    with Image.open(path) as im:
        source_mode = im.mode
    got = decode.grey_upright(path)
    assert got.mode == "L"
    assert np.array_equal(np.asarray(got), np.asarray(_recipe(path)))
    arr = np.asarray(got)
    assert arr.shape == (80, 120)  # upright: EXIF 6 turned back to landscape
    # The dark block is at the top left, the paper light (not black: the 16-bit
    # samples are not divided by 256, the CMYK inks not inverted).
    assert arr[10:20, 10:30].mean() < 80, (fmt, source_mode)
    assert arr[40:, 60:].mean() > 160, (fmt, source_mode)
    assert {"png16": "I;16", "palette": "P", "cmyk": "CMYK", "exif6": "RGB"}[fmt] in (
        source_mode,
        "I",  # some Pillow versions open a 16-bit grey PNG as "I"
    )


def test_a_broken_picture_raises_and_the_searches_find_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    with pytest.raises(Exception):  # noqa: B017 - whatever Pillow raises
        decode.grey_upright(bad)
    assert twoddoc.scan_file(bad, "png") == []
    assert mrz_ocr.read_file(bad, "png") is None


def test_the_three_searches_decode_through_it(
    pictures: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []
    real = decode.grey_upright

    def counted(path: Path) -> Image.Image:
        calls.append(Path(path))
        return real(path)

    monkeypatch.setattr(decode, "grey_upright", counted)
    path = pictures["exif6"]
    twoddoc.scan_file(path, "jpeg")
    assert calls == [path]
    mrz_ocr.read_file(path, "jpeg")
    assert calls == [path, path]
    calls.clear()
    inspect_file(path, mrz=True)  # both searches, one decode
    assert calls == [path]


TODAY = dt.date(2026, 12, 7)


def _scanned_passport_pdf(tmp_path: Path) -> tuple[Path, list[str]]:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    lines, _ = td3(random.Random(9), TODAY)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    jpeg = tmp_path / "page.jpg"
    render(lines, dpi=300).save(jpeg, "JPEG", quality=90)
    c.drawImage(ImageReader(str(jpeg)), 60, 480, width=354, height=249)
    c.showPage()
    c.save()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(buf.getvalue())
    return scan, lines


def test_a_scanned_pdf_first_page_is_rendered_once_for_both_searches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2D-Docs and MRZ on a scanned PDF: its first page rendered once at the search's
    scale (before: once at 216 dpi for the 2D-Docs, once at 200 dpi for the MRZ),
    besides the small render that judges the page's quality; the zone still read."""
    import pypdfium2 as pdfium

    renders: list[float] = []
    real = pdfium.PdfPage.render

    def counted(self: pdfium.PdfPage, *args: object, **kw: object) -> object:
        renders.append(float(kw.get("scale", 1.0)))  # type: ignore[arg-type]
        return real(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pdfium.PdfPage, "render", counted)
    scan, lines = _scanned_passport_pdf(tmp_path)
    report = inspect_file(scan, mrz=True)
    assert report.mrz is not None and report.mrz.lines == lines and report.mrz.valid
    big = [s for s in renders if s >= 2.5]  # 200 dpi is 2.78, 216 dpi is 3.0
    assert big == [twoddoc.PDF_SCALE], renders

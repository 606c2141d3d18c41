"""Issue 17, the photo pipeline as the bundle's workers run it: measured on the
synthetic photos of tests/scan_corpus.py (known corners) through ``prepare``, the
path ``convert`` and ``build`` take (a reduced decode finds the document, the full
photo is decoded once in grey, as stored, and warped straight to the page), not
only through ``detect`` and ``flatten``. Also: the EXIF orientations without
turning the pixels, a person's corners on a 4:3 photo, what a worker imports, the
picture decoded once for the 2D-Doc search and the MRZ."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from desktop.bundle.images import ImageJob, prepare
from desktop.intake import inspect_file
from desktop.intake import scan as docscan
from tests import scan_corpus as sc
from tests.test_scan import border_background, corner_error, rule_angle

ROOT = Path(__file__).resolve().parent.parent
HINTS = {"passport": "passport"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[sc.Case]:
    return sc.corpus(tmp_path_factory.mktemp("photos"))


def _page(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"))


def test_the_workers_path_finds_corners_and_makes_square_clean_pages(
    corpus: list[sc.Case],
) -> None:
    """The same bounds as tests/test_scan.py's, on the page a worker makes."""
    worst = 0.0
    for case in corpus:
        out = prepare(
            ImageJob(
                path=str(case.path),
                file_bytes=case.path.stat().st_size,
                doc_hint=HINTS.get(case.kind),
            )
        )
        assert out.document is not None, case.name
        quad = np.array(out.document["quad"]) * np.array(case.size)
        err = corner_error(quad, case.corners)
        worst = max(worst, err / max(case.size))
        assert err <= 0.0025 * max(case.size), (case.name, err)
        page = _page(out.data)
        h, w = page.shape
        if case.kind in ("a4", "receipt"):
            aspect = max(w, h) / min(w, h)
            want = 297 / 210 if case.kind == "a4" else case.aspect
            assert aspect == pytest.approx(want, rel=0.005 if case.kind == "a4" else 0.03)
            assert border_background(page) <= 0.02, (case.name, border_background(page))
            if case.name != "a4_wood_landscape_exif8":
                angle = rule_angle(page)
                assert angle is not None and abs(angle) <= 0.35, (case.name, angle)
    assert worst > 0


def test_a_cleaned_a4_page_has_150_dpi_of_the_document(corpus: list[sc.Case]) -> None:
    """1240 x 1754 pixels for 210 x 297 mm, whatever the page's margins (before: the
    page was fitted in the margins first, 141 dpi of the document)."""
    case = next(c for c in corpus if c.name == "a4_big_wood")
    out = prepare(ImageJob(path=str(case.path), file_bytes=case.path.stat().st_size))
    assert (out.width, out.height) == (1240, 1754)
    assert out.dpi == pytest.approx(150, abs=0.5)
    assert out.document is not None and out.document["document_dpi"] >= 150


def test_the_stamp_keeps_its_colour_and_the_text_stays_black(corpus: list[sc.Case]) -> None:
    case = next(c for c in corpus if c.name == "a4_big_wood")
    out = prepare(ImageJob(path=str(case.path), file_bytes=case.path.stat().st_size))
    assert not out.grey and out.colour
    rgb = np.asarray(Image.open(io.BytesIO(out.data)).convert("RGB")).astype(int)
    blue = (rgb[..., 2] - rgb[..., 0] > 60) & (rgb[..., 2] > 120)
    assert blue.mean() > 0.002  # the blue stamp
    grey = rgb.mean(axis=2)
    assert np.percentile(grey, 1) < 90  # ink
    assert np.percentile(grey, 60) >= 250  # paper


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientations_map_without_turning_the_pixels(orientation: int) -> None:
    """A point of the upright photo lands on the same pixel in the stored picture."""
    w, h = 40, 30
    stored = Image.new("L", (w, h), 0)
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    for x, y in ((3, 5), (31, 22), (17, 2)):
        stored.putpixel((x, y), 255)
        stored.save(buf, "PNG", exif=exif.tobytes())
        upright = np.asarray(ImageOps.exif_transpose(Image.open(io.BytesIO(buf.getvalue()))))
        uy, ux = (int(v[0]) for v in np.nonzero(upright == 255))
        uh, uw = upright.shape
        quad = tuple(((ux + 0.5) / uw, (uy + 0.5) / uh) for _ in range(4))
        got = docscan.stored_quad(quad, orientation, w, h)[0]  # type: ignore[arg-type]
        assert got == pytest.approx((x + 0.5, y + 0.5), abs=1e-3)
        back = docscan.upright_quad(docscan.stored_quad(quad, orientation, w, h), orientation, w, h)  # type: ignore[arg-type]
        assert back[0] == pytest.approx(quad[0], abs=1e-6)
        stored.putpixel((x, y), 0)
        buf = io.BytesIO()


def test_a_persons_corners_on_a_4_3_photo_give_the_right_kind() -> None:
    """An A4 page standing in a landscape 4032 x 3024 photo: 40 % of the width, 75 %
    of the height. Scaling both fractions by the same 1000 read it as 1 : 1.9 (a
    receipt); on the photo's own proportions it is A4."""
    quad = ((0.30, 0.125), (0.70, 0.125), (0.70, 0.875), (0.30, 0.875))
    wide = docscan.given(quad, size=(4032, 3024))  # type: ignore[arg-type]
    assert wide.kind == "a4"
    assert np.allclose(np.array(wide.quad), np.array(quad), atol=1e-6)
    assert docscan.given(quad, size=(3024, 4032)).kind != "a4"  # type: ignore[arg-type]


def test_prepare_uses_the_photos_proportions_for_a_persons_corners(tmp_path: Path) -> None:
    case = sc.make_case(tmp_path, "landscape", "a4", "wood", size=(1600, 1200), fill=0.8)
    quad = tuple((float(x) / 1600, float(y) / 1200) for x, y in case.corners)
    out = prepare(ImageJob(path=str(case.path), quad=quad))  # type: ignore[arg-type]
    assert out.document is not None and out.document["kind"] == "a4"
    page = _page(out.data)
    assert page.shape[0] / page.shape[1] == pytest.approx(297 / 210, rel=0.01)


def test_a_worker_loads_neither_opencv_for_a_scan_nor_the_pdf_libraries(tmp_path: Path) -> None:
    scan = tmp_path / "scan.png"
    sc.clean_scan(scan)
    code = f"""
import sys
from desktop.bundle.images import ImageJob, prepare
out = prepare(ImageJob(path={str(scan)!r}))
assert out.document is None
print(sorted(m for m in ("cv2", "numpy", "pypdf", "pikepdf", "pypdfium2") if m in sys.modules))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_convert_checks_a_file_without_measuring_it(tmp_path: Path, corpus: list[sc.Case]) -> None:
    case = next(c for c in corpus if c.name == "a4_big_wood")
    quick = inspect_file(case.path, scan=False, codes=False, measure=False)
    assert quick.accepted and not any(p.analysed for p in quick.page_info)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(case.path.read_bytes()[: case.path.stat().st_size // 2])
    refused = inspect_file(cut, scan=False, codes=False, measure=False)
    assert [p.code for p in refused.problems] == ["truncated"]


def test_a_photo_is_decoded_once_for_the_2ddoc_search_and_the_mrz(
    corpus: list[sc.Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.intake import mrz_ocr, twoddoc

    seen: list[object] = []
    real_find, real_read = twoddoc.find_2ddocs, mrz_ocr.read

    def find(image: object, *a: object, **k: object) -> list[object]:
        seen.append(image)
        return real_find(image, *a, **k)  # type: ignore[arg-type]

    def read(image: object, *a: object, **k: object) -> object:
        seen.append(image)
        return real_read(image, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(twoddoc, "find_2ddocs", find)
    monkeypatch.setattr(mrz_ocr, "read", read)
    case = next(c for c in corpus if c.name == "passport_wood")
    inspect_file(case.path, mrz=True)
    assert len(seen) == 2 and seen[0] is seen[1]

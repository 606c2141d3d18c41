"""Every pixel format Pillow may hand over is read right by the quality checks and
the image pipeline (issue 17): a 16-bit greyscale PNG whose samples use 0-255 used
to be divided by 256, turn black, and be refused as a blank page."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from desktop.bundle.images import ImageJob, prepare
from desktop.intake import inspect_file
from desktop.intake.quality import to_grey, to_rgb
from tests.intake_corpus import text_page

PAGE = text_page(100).convert("L")  # dark text (25) on paper (248)


def _mean(img: Image.Image) -> float:
    return float(ImageStat.Stat(img).mean[0])


def _i16_8bit(g: Image.Image) -> Image.Image:
    return g.convert("I").convert("I;16")  # 16-bit words holding 0-255


def _i16_full(g: Image.Image) -> Image.Image:
    return g.convert("I").point(lambda v: v * 257).convert("I;16")


def _i16_12bit(g: Image.Image) -> Image.Image:
    return g.convert("I").point(lambda v: v * 16).convert("I;16")


def _i16b(g: Image.Image) -> Image.Image:
    return g.convert("I").point(lambda v: v * 257).convert("I;16B")


def _i32(g: Image.Image) -> Image.Image:
    return g.convert("I")


def _f_unit(g: Image.Image) -> Image.Image:
    return g.convert("F").point(lambda v: v / 255)


def _f_255(g: Image.Image) -> Image.Image:
    return g.convert("F")


def _la(g: Image.Image) -> Image.Image:
    # black ink whose opacity is the darkness; paper transparent
    black = Image.new("L", g.size, 0)
    return Image.merge("LA", (black, g.point(lambda v: 255 - v)))


def _p_transparent(g: Image.Image) -> Image.Image:
    p = g.convert("P")
    p.info["transparency"] = p.getpixel((0, 0))  # the paper's index: transparent
    return p


def _cmyk(g: Image.Image) -> Image.Image:
    return g.convert("RGB").convert("CMYK")


def _bilevel(g: Image.Image) -> Image.Image:
    return g.point(lambda v: 255 if v > 128 else 0).convert("1")


MODES: dict[str, Callable[[Image.Image], Image.Image]] = {
    "I;16 0-255": _i16_8bit,
    "I;16 full": _i16_full,
    "I;16 12-bit": _i16_12bit,
    "I;16B": _i16b,
    "I": _i32,
    "F 0-1": _f_unit,
    "F 0-255": _f_255,
    "LA": _la,
    "P+transparency": _p_transparent,
    "CMYK": _cmyk,
    "1": _bilevel,
}


@pytest.mark.parametrize("name", sorted(MODES))
def test_to_grey_keeps_paper_light_and_ink_dark(name: str) -> None:
    img = MODES[name](PAGE)
    grey = to_grey(img)
    assert grey.mode == "L" and grey.size == PAGE.size
    tolerance = 12 if name == "1" else 6  # bilevel: the anti-aliasing is thresholded
    assert _mean(grey) == pytest.approx(_mean(PAGE), abs=tolerance), name
    lo, hi = grey.getextrema()
    assert hi >= 240 and lo <= 40, (name, lo, hi)
    assert _mean(to_rgb(img).convert("L")) == pytest.approx(_mean(PAGE), abs=tolerance)


FILES = {
    "I;16 0-255": ("PNG", "png"),
    "I;16 full": ("PNG", "png"),
    "I;16 12-bit": ("PNG", "png"),
    "I;16B": ("TIFF", "tif"),
    "I": ("TIFF", "tif"),
    "F 0-1": ("TIFF", "tif"),
    "LA": ("PNG", "png"),
    "P+transparency": ("PNG", "png"),
    "CMYK": ("TIFF", "tif"),
    "1": ("PNG", "png"),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_file_in_every_mode_is_a_page_not_a_blank(tmp_path: Path, name: str) -> None:
    fmt, ext = FILES[name]
    path = tmp_path / f"page.{ext}"
    MODES[name](PAGE).save(path, fmt)
    report = inspect_file(path)
    assert not report.has("blank_page"), (name, report.colour_mode, report.problems)
    assert report.accepted, report.problems
    info = report.page_info[0]
    assert info.analysed and info.blank is False
    assert info.orientation == "upright"
    # The image pipeline gives a light page with dark text, not a black one.
    out = prepare(ImageJob(path=str(path), passthrough=False, file_bytes=0))
    page = Image.open(io.BytesIO(out.data)).convert("L")
    assert _mean(page) > 200, (name, _mean(page))
    assert page.getextrema()[0] < 80

"""Cheap image-quality measures on a small grey picture of a page (Pillow only).

All functions take the *analysis image*: grey (mode ``L``), long side about
``Limits.analysis_long_side`` pixels, already upright (EXIF applied, PDF
``/Rotate`` applied by the renderer).

What they can and cannot tell
-----------------------------
- **Blank**: share of "ink" pixels (clearly darker than the paper). A black
  picture (lens cap) is blank too. A photo of an empty sheet with strong
  shadows may pass as not blank (false negative, never a false refusal).
- **Sharpness**: variance of the Laplacian over the tiles that contain ink
  (the text band), 75th percentile. Measured at analysis scale, so it catches
  blur that smears text at print size, not a slight softness visible only at
  100 % zoom. A page with no text band (a photo, a plain drawing) gets no
  figure and no verdict.
- **Orientation**: text lines make the ink profile across them strongly
  modulated (line, gap, line) and the profile along them flat. Comparing the
  two profiles tells *horizontal* lines (upright or upside down) from
  *vertical* lines (sideways). It cannot tell upright from upside down: the
  profiles of a page turned 180° are the same, mirrored. Upside-down is only
  reported for PDFs whose text layer says so (see ``pdf.py``). Tables, forms
  with heavy rules, or pages with little text give no verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter, ImageStat

from desktop.intake.limits import DEFAULT_LIMITS, Limits

_LAPLACIAN = ImageFilter.Kernel((3, 3), (0, 1, 0, 1, -4, 1, 0, 1, 0), scale=1, offset=128)


@dataclass(frozen=True)
class PageQuality:
    blank: bool
    sharpness: float | None
    orientation: str | None  # "upright" (horizontal lines), "sideways", or None
    ink_fraction: float


def fit_long_side(img: Image.Image, long_side: int) -> Image.Image:
    """Downscale (never upscale) so that the long side is at most ``long_side``."""
    w, h = img.size
    scale = long_side / max(w, h)
    if scale >= 1:
        return img
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return img.resize(size, Image.Resampling.BOX, reducing_gap=2.0)


#: Modes whose samples are wider than a byte (Pillow decodes 16-bit PNG/TIFF to these).
WIDE_MODES = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")
_DEPTHS = (8, 10, 12, 14, 16)


def wide_to_l(img: Image.Image) -> Image.Image:
    """``L`` from a mode with wide samples, scaled by the range the samples really use.

    A 16-bit file does not promise 16-bit samples: some writers store 0-255 (or a
    10/12/14-bit sensor's range) in 16-bit words. Dividing by 256 blindly turns such
    a page black (and blank). The scale comes from the smallest usual bit depth that
    holds the largest sample; a float image (``F``) in 0-1 is scaled by 255.
    """
    wide = img if img.mode == "F" else img.convert("I")
    extrema = wide.getextrema()  # one band: (min, max)
    lo, hi = float(extrema[0]), float(extrema[1])  # type: ignore[arg-type]  # stub: any band count
    if img.mode == "F" and 0 <= lo and hi <= 1.0:
        return img.point(lambda v: v * 255).convert("L")
    top = max(0.0, hi)
    depth = next((d for d in _DEPTHS if top <= (1 << d) - 1), None)
    full = float((1 << depth) - 1) if depth is not None else top
    scale = 255 / max(1.0, full)
    if scale == 1:
        return wide.convert("L")  # Pillow clamps below 0 and above 255
    return wide.point(lambda v: v * scale).convert("L")


def _on_white(img: Image.Image) -> Image.Image:
    """RGBA composited on white paper (transparent areas are paper, not black)."""
    rgba = img.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    white.alpha_composite(rgba)
    return white


def _has_alpha(img: Image.Image) -> bool:
    return img.mode in ("RGBA", "RGBa", "LA", "La", "PA") or (
        img.mode == "P" and "transparency" in img.info
    )


def to_grey(img: Image.Image) -> Image.Image:
    """Grey ``L`` from any mode, transparent areas on white paper."""
    if _has_alpha(img):
        return _on_white(img).convert("L")
    if img.mode in WIDE_MODES:
        return wide_to_l(img)
    return img.convert("L")


def to_rgb(img: Image.Image) -> Image.Image:
    if _has_alpha(img):
        return _on_white(img).convert("RGB")
    if img.mode in WIDE_MODES:
        return wide_to_l(img).convert("RGB")
    return img.convert("RGB")


def is_colour(img: Image.Image, *, min_chroma: int = 48, min_share: float = 0.002) -> bool:
    """True when a visible share of the picture is coloured (a stamp is enough).

    Chroma is max(R, G, B) - min(R, G, B) on a thumbnail; JPEG fringes around
    black text stay below ``min_chroma``.
    """
    if img.mode in ("L", "1", "LA", "La") or img.mode in WIDE_MODES:
        return False
    small = fit_long_side(to_rgb(img), 256)
    r, g, b = small.split()
    chroma = ImageChops.subtract(
        ImageChops.lighter(ImageChops.lighter(r, g), b),
        ImageChops.darker(ImageChops.darker(r, g), b),
    )
    hist = chroma.histogram()
    coloured = sum(hist[min_chroma:])
    return coloured / max(1, small.width * small.height) >= min_share


def _percentile(hist: list[int], q: float) -> int:
    total = sum(hist)
    target = total * q
    acc = 0
    for level, count in enumerate(hist):
        acc += count
        if acc >= target:
            return level
    return len(hist) - 1


def ink_mask(grey: Image.Image, limits: Limits = DEFAULT_LIMITS) -> Image.Image:
    """255 where a pixel is ink (clearly darker than the paper), else 0."""
    paper = _percentile(grey.histogram(), 0.90)
    delta = max(25, min(limits.ink_delta, round(paper * 0.4)))
    cut = paper - delta
    return grey.point([255 if v < cut else 0 for v in range(256)])


def _cv(values: list[float]) -> float:
    if not values:
        return 0.0
    mean = sum(values) / len(values)
    if mean <= 0:
        return 0.0
    var = sum((v - mean) ** 2 for v in values) / len(values)
    return float(var**0.5 / mean)


def _runs(profile: list[float], cut: float) -> tuple[int, float]:
    """(number of runs above ``cut`` at least 2 long, share of values at or below it)."""
    runs, length, gaps = 0, 0, 0
    for v in profile:
        if v > cut:
            length += 1
        else:
            gaps += 1
            if length >= 2:
                runs += 1
            length = 0
    if length >= 2:
        runs += 1
    return runs, gaps / max(1, len(profile))


def _profiles(mask: Image.Image) -> tuple[list[float], list[float]]:
    w, h = mask.size
    rows = list(mask.resize((1, h), Image.Resampling.BOX).tobytes())
    cols = list(mask.resize((w, 1), Image.Resampling.BOX).tobytes())
    return [float(v) for v in rows], [float(v) for v in cols]


def text_orientation(mask: Image.Image, limits: Limits = DEFAULT_LIMITS) -> str | None:
    """Direction of the text lines: ``upright`` (horizontal), ``sideways`` or None."""
    box = mask.getbbox()
    if box is None:
        return None
    crop = mask.crop(box)
    if crop.width < 40 or crop.height < 40:
        return None
    rows, cols = _profiles(crop)
    row_cut = 0.15 * (sum(rows) / len(rows))
    col_cut = 0.15 * (sum(cols) / len(cols))
    row_lines, row_gaps = _runs(rows, row_cut)
    col_lines, col_gaps = _runs(cols, col_cut)
    if (
        row_gaps >= limits.orientation_min_gaps
        and col_gaps <= limits.orientation_max_cross
        and row_lines >= limits.orientation_min_lines
    ):
        return "upright"
    if (
        col_gaps >= limits.orientation_min_gaps
        and row_gaps <= limits.orientation_max_cross
        and col_lines >= limits.orientation_min_lines
    ):
        return "sideways"
    return None


def sharpness(
    grey: Image.Image, mask: Image.Image, limits: Limits = DEFAULT_LIMITS
) -> float | None:
    """Variance of the Laplacian over the ink-bearing tiles (75th percentile)."""
    w, h = grey.size
    tile = max(32, max(w, h) // 20)
    lap = grey.filter(_LAPLACIAN)
    scores: list[float] = []
    for top in range(0, h - tile // 2, tile):
        for left in range(0, w - tile // 2, tile):
            box = (left, top, min(w, left + tile), min(h, top + tile))
            if mask.crop(box).getbbox() is None:
                continue
            if ImageStat.Stat(grey.crop(box)).stddev[0] < limits.text_tile_min_std:
                continue
            scores.append(ImageStat.Stat(lap.crop(box)).var[0])
    if len(scores) < 3:
        return None
    scores.sort()
    return scores[min(len(scores) - 1, int(len(scores) * 0.75))]


def assess(grey: Image.Image, limits: Limits = DEFAULT_LIMITS) -> PageQuality:
    """All measures on one analysis image."""
    grey = fit_long_side(grey, limits.analysis_long_side)
    mask = ink_mask(grey, limits)
    hist = mask.histogram()
    ink = hist[255] / max(1, grey.width * grey.height)
    if ink < limits.blank_ink_fraction:
        return PageQuality(blank=True, sharpness=None, orientation=None, ink_fraction=ink)
    return PageQuality(
        blank=False,
        sharpness=sharpness(grey, mask, limits),
        orientation=text_orientation(mask, limits),
        ink_fraction=ink,
    )

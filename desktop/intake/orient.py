"""Which way up is a page? The rotation that makes its text upright (issue 17).

A page photographed sideways or upside down, with no EXIF orientation (or a wrong
one), comes out of ``scan.flatten`` flat, clean and still turned. ``orientation``
reads the text on the cleaned page and says how many degrees *clockwise* turn it
upright (0, 90, 180 or 270), with a confidence in [0, 1]; below the threshold
(``MIN_CONFIDENCE``) the answer is "don't know" and the rotation is 0: a page
wrongly turned is worse than a page left as it came.

How (on a copy reduced to ``WORK_LONG_SIDE`` px, binarised)
-----------------------------------------------------------
1. **Characters**: connected components of ink of a character's size and shape;
   rules, table borders, logos, photos and specks are left out.
2. **Axis** (0/180 against 90/270): the characters smeared along x (a closing as
   long as a character) join into long thin lines of text when the lines are
   horizontal, and into blocks or upright strips when they are not. The length of
   text line found along x, against the same along y (the mask turned a quarter),
   decides.
3. **Up or down** (0 against 180): inside each line of text, the median top and
   bottom of its characters are the x-height band. In Latin and Cyrillic text,
   far more characters rise above it (capitals, b d f h k l t, the dots of i and j,
   French accents) than fall below it (g j p q y, commas): about 3 to 5 for 1. A
   page upside down shows the reverse. The count over the page, and the number of
   lines agreeing, give the confidence.

What it cannot tell (it says "don't know", confidence low)
-----------------------------------------------------------
- Pages with little text: a photo, an ID card's few lines in capitals, a blank
  page, a page of figures (digits and capitals have no ascenders or descenders).
- Chinese and Japanese: square characters, no x-height band; tops and bottoms are
  balanced, so up and down cannot be told (the axis can: rows of characters are
  still lines). Measured in tests/test_orient.py.
- Arabic (Naskh): the baseline is strong, but letters and dots go both above and
  below it: measured in tests/test_orient.py, which says what the module answers.
- Handwriting: irregular lines; usually too few clean lines to pass the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

#: The page is analysed at this long side (px): an A4 page's 10-point text keeps an
#: x-height of about 6 px, enough to tell a letter's top from its body.
WORK_LONG_SIDE = 1000
#: Tops and bottoms of letters are read on the page at up to this long side (a
#: cleaned A4 page at 150 dpi is 1754 px: read as it is).
FINE_LONG_SIDE = 2000
#: The longest lines of text read for up and down (enough for a vote, bounded time).
MAX_LINES = 60
#: Below this confidence nothing is turned (calibrated on tests/test_orient.py's
#: corpus: no upright page and no control reaches it).
MIN_CONFIDENCE = 0.5

ROTATIONS = (0, 90, 180, 270)


@dataclass(frozen=True)
class Orientation:
    """What ``orientation`` found. ``rotation`` is what to apply (0 when unsure)."""

    rotation: int  # degrees clockwise making the text upright; 0 when unsure
    confidence: float  # 0-1
    guess: int  # the best guess, even when unsure (for logs and tests)
    axis: float  # -1..1: text lines along x (+) or along y (-)
    updown: float  # -1..1: characters rising above the x-height (+) or below (-)
    lines: int  # lines of text used
    marks: int  # characters above or below the x-height counted
    reason: str  # "text" | "no_text" | "no_lines" | "unsure"

    @property
    def sure(self) -> bool:
        return self.rotation != 0 or self.confidence >= MIN_CONFIDENCE


def _as_grey(grey: np.ndarray) -> np.ndarray:
    if grey.ndim == 3:
        grey = cv2.cvtColor(grey, cv2.COLOR_RGB2GRAY)
    if grey.dtype != np.uint8:
        grey = np.clip(grey, 0, 255).astype(np.uint8)
    return grey


def _reduce(grey: np.ndarray, long_side: int) -> np.ndarray:
    h, w = grey.shape
    scale = long_side / max(h, w)
    if scale < 1:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        grey = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(grey)


def _ink(grey: np.ndarray) -> np.ndarray:
    """Ink as 1, paper as 0: darker than its neighbourhood, and dark enough."""
    local = cv2.adaptiveThreshold(
        grey, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 18
    )
    dark = (grey < 170).astype(np.uint8)
    return local & dark


def _characters(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(mask of the character-like components, their stats x y w h area)."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    st = stats[1:]
    h, w = ink.shape
    cap = 0.05 * max(h, w)  # a character is under 5 % of the page's long side
    bw, bh, area = st[:, 2], st[:, 3], st[:, 4]
    big, small = np.maximum(bw, bh), np.minimum(bw, bh)
    fill = area / np.maximum(1, bw * bh)
    keep = (
        (area >= 3)
        & (big <= cap)
        & (big >= 2)
        & (big <= 12 * np.maximum(1, small))  # not a rule or a table border
        & (fill >= 0.08)
    )
    lut = np.zeros(n, np.uint8)
    lut[1:][keep] = 1
    return lut[labels], st[keep]


def _lines(mask: np.ndarray, size: float) -> tuple[float, np.ndarray]:
    """Text lines along x in a character mask: (their total length in character
    sizes, their boxes x y w h, longest first)."""
    k = max(3, round(1.3 * size))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1))
    smear = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    _, _, stats, _ = cv2.connectedComponentsWithStats(smear, connectivity=8)
    bw, bh = stats[:, 2], stats[:, 3]
    line = (bw >= 4 * bh) & (bh >= 0.5 * size) & (bh <= 3.0 * size) & (bw >= 3 * size)
    line[0] = False
    boxes = stats[line, :4]
    boxes = boxes[np.argsort(-boxes[:, 2], kind="stable")]
    return float(bw[line].sum()) / size, boxes


def _updown(fine: np.ndarray, boxes: np.ndarray, f: float) -> tuple[int, int, float]:
    """(lines that vote, net vote, ink share) for lines along x: +1 a line whose ink
    rises above its x-height band more than it falls below it, -1 the reverse.
    ``fine``: the page at up to ``FINE_LONG_SIDE``; ``f``: fine px per box px."""
    votes = net = 0
    above = below = 0.0
    H, W = fine.shape
    for x, y, w, h in boxes[:MAX_LINES].tolist():
        y0, y1 = max(0, round((y - 0.5) * f)), min(H, round((y + h + 0.5) * f))
        x0, x1 = max(0, round(x * f)), min(W, round((x + w) * f))
        strip = fine[y0:y1, x0:x1].astype(np.float32)
        if strip.shape[0] < 6:
            continue
        paper = float(np.percentile(strip, 90))
        dark = np.clip(paper - strip - 30, 0, None)
        # Pieces a few line-heights long: a line skewed by a degree still has a
        # sharp x-height band in each.
        piece = max(8, 5 * strip.shape[0])
        up = down = 0.0
        for c in range(0, dark.shape[1] - piece // 2, piece):
            prof = dark[:, c : c + piece].sum(axis=1)
            step = np.diff(prof)
            top = int(np.argmax(step)) + 1  # first row of the x-height band
            bottom = int(np.argmin(step))  # last row of the band
            if bottom - top < 2:
                continue
            up += float(prof[: top - 1].sum()) if top > 1 else 0.0
            down += float(prof[bottom + 2 :].sum())
        above += up
        below += down
        if up + down > 0:
            votes += 1
            net += 1 if up > down else -1
    share = (above - below) / (above + below) if above + below else 0.0
    return votes, net, share


def orientation(grey: np.ndarray, *, threshold: float = MIN_CONFIDENCE) -> Orientation:
    """The clockwise rotation (0, 90, 180, 270) that makes the page's text upright,
    and how sure; ``rotation`` is 0 when the confidence is under ``threshold``.
    ``grey``: the flattened page, uint8, greyscale (RGB is converted), any size."""
    fine = _reduce(_as_grey(grey), FINE_LONG_SIDE)
    small = _reduce(fine, WORK_LONG_SIDE)
    mask, stats = _characters(_ink(small))
    if len(stats) < 40:
        return Orientation(0, 0.0, 0, 0.0, 0.0, 0, 0, "no_text")
    size = max(3.0, float(np.median(np.maximum(stats[:, 2], stats[:, 3]))))
    len_x, boxes_x = _lines(mask, size)
    len_y, boxes_y = _lines(cv2.rotate(mask, cv2.ROTATE_90_CLOCKWISE), size)
    total = len_x + len_y
    if total < 20:
        return Orientation(0, 0.0, 0, 0.0, 0.0, 0, 0, "no_lines")
    axis = (len_x - len_y) / total
    f = fine.shape[0] / small.shape[0]
    if axis >= 0:
        votes, net, share = _updown(fine, boxes_x, f)
    else:  # lines along y: read them turned a quarter clockwise
        votes, net, share = _updown(cv2.rotate(fine, cv2.ROTATE_90_CLOCKWISE), boxes_y, f)
    updown = net / votes if votes else 0.0
    # Along y: upright (+) once turned 90 clockwise means the page needs that turn;
    # upside down (-) there, the opposite one.
    if axis >= 0:
        guess = 0 if updown >= 0 else 180
    else:
        guess = 90 if updown >= 0 else 270
    c_axis = _ramp(abs(axis), 0.2, 0.6)
    c_updown = _ramp(abs(updown), 0.3, 0.7) * _ramp(share * np.sign(updown), 0.1, 0.3)
    c_evidence = _ramp(abs(net) / np.sqrt(max(1.0, votes)), 2.0, 4.0)
    confidence = float(round(c_axis * c_updown * c_evidence, 3))
    sure = confidence >= threshold
    return Orientation(
        rotation=guess if sure else 0,
        confidence=confidence,
        guess=guess,
        axis=round(float(axis), 3),
        updown=round(float(updown), 3),
        lines=votes,
        marks=round(100 * share),
        reason="text" if sure else "unsure",
    )


def _ramp(x: float, lo: float, hi: float) -> float:
    """0 at ``lo`` or below, 1 at ``hi`` or above, straight between."""
    return float(min(1.0, max(0.0, (x - lo) / (hi - lo))))


def rotate(arr: np.ndarray, degrees_cw: int) -> np.ndarray:
    """An array turned ``degrees_cw`` clockwise (0, 90, 180, 270)."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    if degrees_cw % 360 == 0:
        return arr
    return cv2.rotate(arr, codes[degrees_cw % 360])


def rotate_image(im: Image.Image, degrees_cw: int) -> Image.Image:
    """A Pillow image turned ``degrees_cw`` clockwise (0, 90, 180, 270), losslessly."""
    ops = {
        90: Image.Transpose.ROTATE_270,  # Pillow turns counter-clockwise
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    if degrees_cw % 360 == 0:
        return im
    return im.transpose(ops[degrees_cw % 360])


def upright(im: Image.Image, *, threshold: float = MIN_CONFIDENCE) -> tuple[Image.Image, Orientation]:
    """A cleaned page turned upright when its text says so with confidence."""
    found = orientation(np.asarray(im.convert("L")), threshold=threshold)
    return rotate_image(im, found.rotation), found


__all__ = [
    "MIN_CONFIDENCE",
    "ROTATIONS",
    "WORK_LONG_SIDE",
    "Orientation",
    "orientation",
    "rotate",
    "rotate_image",
    "upright",
]

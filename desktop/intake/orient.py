"""Which way up is a page? The rotation that makes its text upright (issue 17).

A page photographed sideways or upside down, with no EXIF orientation (or a wrong
one), comes out of ``scan.flatten`` flat, clean and still turned. ``orientation``
reads the text on the cleaned page and says how many degrees *clockwise* turn it
upright (0, 90, 180 or 270), with a confidence in [0, 1]; below the threshold
(``MIN_CONFIDENCE``) the answer is "don't know" and the rotation is 0: a page
wrongly turned is worse than a page left as it came.

How
---
1. **Characters** (the page reduced to ``WORK_LONG_SIDE``, binarised): connected
   components of ink of a character's size and shape; rules, table borders, logos
   and photos are kept apart, specks dropped.
2. **Axis** (0/180 against 90/270): the characters smeared along x (a closing as
   long as a character) join into long thin blobs when the lines of text are
   horizontal, into blocks or upright strips when they are not. The length of line
   found along x against the same along y decides. Square characters on a grid
   (Chinese) join both ways: when that leaves it undecided, a closing half as long
   (which joins them along the lines only) decides.
3. **Each line's profile**: each line of a dozen characters or more is cut from the
   page (its own ink only: its characters and the faint stems just above and below
   them, no rule, no neighbour), sheared level (its slope from the blob's moments),
   and its row profile read: the band between the profile's steepest rise and
   steepest fall (Latin's x-height band; Arabic's baseline) and the ink above and
   below it; and the narrow marks standing alone in the line's lower or upper part
   (commas, full stops, Chinese 。，、). Read first on the 1000-px copy; when that is
   not sure, again on the page at up to ``FINE_LONG_SIDE`` (Arabic needs it).
4. **The witnesses, by script** (the script told by the band, which a half turn
   keeps: Latin/Cyrillic 0.45-0.75 of the line, Arabic under 0.3 with half the ink
   outside it, Chinese over 0.75). Any turn needs two witnesses that agree and none
   that denies them:
   - *Latin*: far more ink above the band (capitals, b d f h k l t, i's dots,
     accents) than below it (g j p q y), as a Student's t over the lines; and line
     starts aligned (ragged right) in the frame that calls upright. Commas and full
     stops, low, veto the reading when they say the opposite; with the ascenders,
     they read a justified page (no alignment) when the line starts do not deny it.
   - *Cyrillic*: lowercase Cyrillic has more descenders (р у д ц щ ф) than
     ascenders (б й): upright, it reads like Latin upside down, and its ragged
     right contradicts that. When the commas and full stops (low) and the line
     starts agree against the ascenders, they turn the page.
   - *Arabic*: ascenders (alef, lam, kaf, ta) above the baseline outweigh what falls
     below it (ra, waw, ya, nun, ain); line ends aligned (ragged left).
   - *Arabic and French on one page* (Maghreb civil status): each script's reading
     is the other's witness; when they disagree, "don't know".
   - *Chinese*: the punctuation standing alone low in its cell (a large majority
     of the marks), the line starts not contradicting. Chinese without punctuation
     has no mark: "don't know".

Measured (tests/test_orient.py, tests/test_orient_scripts.py: synthetic pages)
------------------------------------------------------------------------------
Blur, noise, uneven light, a degree of skew; 4 turns each; right / don't know /
wrong over the four turns (``python tests/test_orient_scripts.py --seeds N``):

- French (bills, payslips, attestations, half justified; NotoSans): 72/72 right at
  150-300 dpi; 21/24 at 120 dpi (misses: "don't know").
- 48 pages of each kind below at 150/200/300 dpi, 192 page turns each
  (``python tests/test_orient_scripts.py --seeds 48``):
  French in other faces (DejaVu Serif/Sans, Nimbus Roman): 188 right, 4 don't
  know; French set flush right (the alignment witness lies): 32 right.
  Arabic attestations (Naskh regular and bold, DejaVu Sans): 136 right (misses:
  pages of few lines); civil-status extracts 176; bilingual Arabic/French
  extracts 188. Russian letters 92, civil-status extracts 66 (justified pages, or
  too few commas and full stops: don't know). Chinese letters 152, extracts 87
  (DroidSansFallback only, the one face here; its punctuation sits low-left as in
  mainland fonts; fonts that centre it, as in Taiwan, would read "don't know").
  Random ideographs without punctuation: never turned.
- A page of tables of figures with labels in French: right (12/12). A photo, a
  blank page, an ID card: "don't know".
- **No wrong turn anywhere** (1 920 page turns above, test_orient.py's 96 and
  its controls); no upright page turned.
- Smallest resolution (6 pages a kind at 150-300 dpi, shrunk before the call):
  at 1000 px long side (an A4 page at ~85 dpi) French reads 24/24, Chinese 20/24,
  Russian 4/24 (8/24 at full size), Arabic 0/24, all misses "don't know". Arabic's
  thin band needs the page at 150 dpi (1754 px long side for A4): with
  ``FINE_LONG_SIDE`` lowered to 1500 px it read 8/24 letters, at 1300 px 4/24
  (20/24 at 2000). Give ``orientation`` the page at 150 dpi or more; a smaller
  page is never turned wrong, only less often turned.
- Handwriting: not measured.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

#: Characters and lines are found on the page reduced to this long side: 10-point
#: text on an A4 page is 6 px high there, enough to find lines, not to read letters.
WORK_LONG_SIDE = 1000
#: Tops and bottoms of letters are read on the page reduced to this long side (a
#: cleaned A4 page at 150 dpi, 1754 px, is read as it is).
FINE_LONG_SIDE = 2000
#: The longest lines of text read for up and down (enough for a vote, bounded time).
MAX_LINES = 60
#: The x-height band's share of a line of Latin text (measured 0.56-0.65).
LATIN_BAND = (0.45, 0.75)
#: Arabic: the baseline band's share of a line at most this (measured 0.11-0.30)...
ARABIC_BAND = 0.3
#: ... and at least this share of the line's ink above or below it (measured
#: 0.38-0.52; Latin 0.04-0.09).
ARABIC_OUT = 0.25
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
    updown: float  # -1..1: ink rising above the x-height band (+) or below (-)
    lines: int  # lines of Latin-like text read for up and down
    align: float  # -1..1: line starts aligned (+) or line ends (-)
    band: float  # the x-height band's share of a line's height (median of all lines)
    t: float  # Student's t of the lines' up/down readings (sign: up +)
    reason: str  # "text" (sure) | "no_text" | "no_lines" | "unsure"


def _unsure(reason: str) -> Orientation:
    return Orientation(0, 0.0, 0, 0.0, 0.0, 0, 0.0, 0.0, 0.0, reason)


def _as_grey(grey: np.ndarray) -> np.ndarray:
    if grey.ndim == 3:
        grey = cv2.cvtColor(grey, cv2.COLOR_RGB2GRAY)
    if grey.dtype != np.uint8:
        grey = np.clip(grey, 0, 255).astype(np.uint8)
    return grey


def _reduce(grey: np.ndarray, long_side: int) -> np.ndarray:
    """The long side brought to ``long_side`` (never enlarged): halved first while it
    is twice that or more (INTER_AREA at exactly 1/2 is OpenCV's fast path, ~100x
    cheaper than at an arbitrary ratio), then bilinear for the rest of the way."""
    while max(grey.shape) >= 2 * long_side:
        h, w = grey.shape[0] // 2 * 2, grey.shape[1] // 2 * 2
        grey = cv2.resize(grey[:h, :w], (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    scale = long_side / max(grey.shape)
    if scale < 1:
        size = (max(1, round(grey.shape[1] * scale)), max(1, round(grey.shape[0] * scale)))
        grey = cv2.resize(grey, size, interpolation=cv2.INTER_LINEAR)
    return np.ascontiguousarray(grey)


def _components(img: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """Connected components (8-connected): count, labels, stats. 16-bit labels (three
    times faster) when there cannot be more than 65 535 of them."""
    ltype = cv2.CV_16U if cv2.countNonZero(img) < 65_535 else cv2.CV_32S
    n, labels, stats, _ = cv2.connectedComponentsWithStats(img, connectivity=8, ltype=ltype)
    return n, labels, stats


def _ink(grey: np.ndarray) -> np.ndarray:
    """Ink as 1, paper as 0: darker than its neighbourhood, and dark enough."""
    local = cv2.adaptiveThreshold(
        grey, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 18
    )
    dark = (grey < 170).astype(np.uint8)
    return cv2.bitwise_and(local, dark)


def _characters(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mask of the character-like components, their stats x y w h area, mask of
    the other ink: rules, table borders, logos, photos)."""
    n, labels, stats = _components(ink)
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
    lut = np.zeros(n, np.uint8)  # 1 a character, 2 other ink, 0 paper or a speck
    lut[1:][keep] = 1
    lut[1:][~keep & (area >= 3)] = 2
    kind = np.take(lut, labels)  # (3x faster than lut[labels] on 16-bit labels)
    return (kind == 1).view(np.uint8), st[keep], (kind == 2).view(np.uint8)


Line = tuple[int, int, int, int, float, np.ndarray]  # x y w h, slope, own ink


Smear = tuple[float, np.ndarray, np.ndarray, np.ndarray]  # length, labels, stats, lines


def _smear(mask: np.ndarray, size: float, reach: float = 1.3) -> Smear:
    """Text lines along x in a character mask: the characters smeared along x (a
    closing as long as a character) and the long thin blobs that makes: (their
    total length in character sizes, labels, stats, which labels are lines)."""
    k = max(3, round(reach * size)) if reach >= 1 else max(2, round(reach * size))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1))
    smear = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    _, labels, stats = _components(smear)
    bw, bh = stats[:, 2], stats[:, 3]
    line = (bw >= 4 * bh) & (bh >= 0.5 * size) & (bh <= 3.0 * size) & (bw >= 3 * size)
    line[0] = False
    return float(bw[line].sum()) / size, labels, stats, line


def _lines(smeared: Smear, other: np.ndarray, size: float) -> list[Line]:
    """The lines worth reading for up and down, longest first: box x y w h, slope,
    and a mask of the line's own ink over the box a little larger."""
    _, labels, stats, line = smeared
    bw, bh = stats[:, 2], stats[:, 3]
    # Up and down are read on lines of a dozen characters or more (a cell of figures,
    # "1 729,92 €": digits fill the x-height band, the comma falls below: says
    # nothing), and not on two lines run together (taller than most).
    read = line & (bw >= 8 * size)
    if read.any():
        read &= bh <= 1.5 * float(np.median(bh[read]))
    found = np.flatnonzero(read)
    found = found[np.argsort(-bw[found], kind="stable")][:MAX_LINES]
    rows, cols = labels.shape
    # A line's own ink: its characters and what is just above and below them (the
    # thin stem of an ascender or the dot of an i can be too faint to be a character
    # at this scale: it is the very thing read), never a rule or a logo.
    r = max(1, round(0.3 * size))
    grow = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 2 * r + 1))
    free = 1 - cv2.dilate(other, np.ones((3, 3), np.uint8))
    out: list[Line] = []
    for i in found.tolist():
        x, y, w, h = (int(v) for v in stats[i, :4])
        own = labels[y : y + h, x : x + w] == i
        m = cv2.moments(own.astype(np.uint8), binaryImage=True)
        slope = m["mu11"] / m["mu20"] if m["mu20"] > 0 else 0.0  # least squares y on x
        y0, y1, x0, x1 = max(0, y - r), min(rows, y + h + r), max(0, x - 1), min(cols, x + w + 1)
        near = cv2.dilate((labels[y0:y1, x0:x1] == i).astype(np.uint8), grow)
        out.append(
            (x0, y0, x1 - x0, y1 - y0, float(slope), cv2.bitwise_and(near, free[y0:y1, x0:x1]))
        )
    return out


def _alignment(boxes: np.ndarray, size: float) -> float:
    """-1..1: lines starting where the line above starts (+, ragged right: most
    documents) against lines ending where the line above ends (-); near 0 when
    justified. Each line is paired with the nearest line above and below it that it
    overlaps."""
    boxes = boxes[boxes[:, 2] >= 6 * size]  # lines, not a word or a cell of figures
    if len(boxes) < 3:
        return 0.0
    x0 = boxes[:, 0].astype(np.float32)
    x1 = x0 + boxes[:, 2]
    yc = boxes[:, 1] + boxes[:, 3] / 2
    gap = yc[:, None] - yc[None, :]  # [i, j] > 0: j above i
    overlap = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
    shorter = np.minimum(boxes[:, 2][:, None], boxes[:, 2][None, :])
    high = float(np.median(boxes[:, 3]))  # a line's height
    tol = max(1.5, 0.4 * max(size, high))
    nl = nr = 0
    for sign in (1, -1):  # the nearest line above, then below: the same pairs either way up
        near = (sign * gap > 0.5 * high) & (sign * gap <= 2.5 * high)
        ok = near & (overlap >= 0.5 * shorter)
        has = ok.any(axis=1)
        other = np.where(ok, sign * gap, np.inf).argmin(axis=1)[has]
        nl += int((np.abs(x0[has] - x0[other]) <= tol).sum())
        nr += int((np.abs(x1[has] - x1[other]) <= tol).sum())
    return (nl - nr) / (nl + nr) if nl + nr else 0.0


_UNREAD = (np.nan, 0.0, 0.0, 0.0, 0.0, 0.0)


def _profiles(fine: np.ndarray, lines: list[Line], f: float) -> np.ndarray:
    """For each line along x: (the x-height band's share of the line's height, ink
    above the band, ink below it, the line's ink), one row a line. Upright Latin has
    far more ink above its band than below; Arabic too, above a far thinner band.
    ``fine``: the page at up to ``FINE_LONG_SIDE``; ``f``: fine px per box px."""
    out: list[tuple[float, ...]] = []
    rows, cols = fine.shape
    for x, y, w, h, slope, own in lines:
        y0, y1 = max(0, round(y * f)), min(rows, round((y + h) * f))
        x0, x1 = max(0, round(x * f)), min(cols, round((x + w) * f))
        if y1 - y0 < 6 or x1 - x0 < 6:
            out.append(_UNREAD)
            continue
        s = fine[y0:y1, x0:x1].astype(np.float32)
        sample = s[::2, ::4].ravel()
        paper = float(np.partition(sample, (9 * len(sample)) // 10)[(9 * len(sample)) // 10])
        keep = own
        if own.shape != (y1 - y0, x1 - x0):
            keep = cv2.resize(own, (x1 - x0, y1 - y0), interpolation=cv2.INTER_NEAREST)
        dark = np.clip(paper - s - 30, 0, None) * keep
        if abs(slope) * (x1 - x0) > 1:  # straighten the line: shear it level
            xc = (x1 - x0) / 2
            shear = np.array([[1, 0, 0], [slope, 1, -slope * xc]], np.float32)
            dark = cv2.warpAffine(
                dark,
                shear,
                (dark.shape[1], dark.shape[0]),
                flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                borderMode=cv2.BORDER_CONSTANT,
            )
        prof = dark.sum(axis=1)
        step = np.diff(prof)
        top = int(np.argmax(step)) + 1  # first row of the x-height band
        bottom = int(np.argmin(step))  # last row of the band
        if bottom - top < 2:
            out.append(_UNREAD)
            continue
        # The row either side of the band is half in it (blur, rounding): left out.
        up = float(prof[: top - 1].sum()) if top > 1 else 0.0
        down = float(prof[bottom + 2 :].sum())
        inked = np.flatnonzero(prof > 0.02 * prof.max())
        band = (bottom - top + 1) / max(1, inked[-1] - inked[0] + 1)
        low = high = 0.0
        if band > LATIN_BAND[1]:  # no x-height band: Chinese, or capitals and figures
            low, high = _marks(dark, inked[0], inked[-1], 0.5)
        elif band >= LATIN_BAND[0]:  # Latin or Cyrillic: commas and full stops
            low, high = _marks(dark, inked[0], inked[-1], 0.2)
        out.append((band, up, down, float(prof.sum()), low, high))
    return np.array(out, np.float64).reshape(-1, 6)


def _marks(dark: np.ndarray, top: int, bottom: int, alone: float) -> tuple[float, float]:
    """Narrow marks standing alone in the lower part of a line (Chinese 。，、：, a
    comma or a full stop) and in its upper part (the same upside down). A mark is a
    run of inked columns narrower than 0.45 of the line's height whose ink stays in
    its lower (or upper) 45 %."""
    height = bottom - top + 1
    b = dark > 0.2 * float(dark.max())
    col = b.any(axis=0)
    edges = np.diff(np.concatenate(([0], col.view(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    # A mark stands alone: a gap of ``alone`` line heights before or after it (half
    # a cell for Chinese: a stroke of a character, the dot of 门, has its character
    # next to it; a word space for Latin and Cyrillic).
    gaps = np.concatenate(([dark.shape[1]], starts[1:] - ends[:-1], [dark.shape[1]]))
    isolated = np.maximum(gaps[:-1], gaps[1:]) >= alone * height
    low = high = 0
    cand = isolated & (ends - starts <= 0.45 * height)
    for s0, e0 in zip(starts[cand].tolist(), ends[cand].tolist(), strict=True):
        rows = np.flatnonzero(b[:, s0:e0].any(axis=1))
        if rows[0] == 0 or rows[-1] == b.shape[0] - 1:
            continue  # cut by the strip's edge: a descender of the line above
        if rows[0] - top >= 0.55 * height:
            low += 1
        elif rows[-1] - top <= 0.45 * height:
            high += 1
    return float(low), float(high)


@dataclass(frozen=True)
class _Vote:
    """One script's reading of up and down, in the frame the lines are read in."""

    d: np.ndarray  # each line's (above - below) / (above + below)
    ink: np.ndarray  # each line's ink (the weights)
    align: float  # the lines' alignment: starts (+) or ends (-)

    @property
    def votes(self) -> int:
        return len(self.d)

    @property
    def updown(self) -> float:
        return float(np.average(self.d, weights=self.ink)) if self.votes else 0.0

    @property
    def t(self) -> float:
        d = self.d
        if len(d) < 3:
            return 0.0
        return float(np.clip(d.mean() / (d.std(ddof=1) / np.sqrt(len(d)) + 1e-9), -99, 99))


def _vote(p: np.ndarray, sel: np.ndarray, align: float | tuple[np.ndarray, float]) -> _Vote:
    """The lines ``sel`` of ``p`` (band, above, below, weight) as one vote; ``align``:
    the witness as measured, or (boxes, size) to measure it on these lines alone."""
    band, up, down, ink = p[:, :4].T
    sel = sel & (up + down > 0)
    d = (up[sel] - down[sel]) / (up[sel] + down[sel])
    if isinstance(align, tuple):
        align = _alignment(align[0][sel], align[1])
    return _Vote(d, ink[sel], align)


def _confidence(v: _Vote, agree: float, spread: tuple[float, float]) -> float:
    """How sure one script's reading is: its lines' t, its |updown| (``spread``: the
    ramp, 0 to 1), and the second witness (``agree``: the alignment the script has
    upright, in the frame its reading calls upright)."""
    z = abs(v.t) + 8.0 * min(0.5, max(0.0, agree))  # aligned as the script is: up to +4
    c_updown = _ramp(abs(v.updown), *spread) * _ramp(agree, 0.05, 0.2)
    return c_updown * _ramp(z, 3.0, 6.0) * _ramp(v.votes, 3, 6)


def orientation(grey: np.ndarray, *, threshold: float = MIN_CONFIDENCE) -> Orientation:
    """The clockwise rotation (0, 90, 180, 270) that makes the page's text upright,
    and how sure; ``rotation`` is 0 when the confidence is under ``threshold``.
    ``grey``: the flattened page, uint8, greyscale (RGB is converted), any size."""
    if min(grey.shape[:2]) < 8:
        return _unsure("no_text")  # a sliver: nothing to read (and nothing to halve)
    fine = _reduce(_as_grey(grey), FINE_LONG_SIDE)
    small = _reduce(fine, WORK_LONG_SIDE)
    mask, stats, other = _characters(_ink(small))
    if len(stats) < 40:
        return _unsure("no_text")
    size = max(3.0, float(np.median(np.maximum(stats[:, 2], stats[:, 3]))))
    quarter = cv2.ROTATE_90_CLOCKWISE
    along_x = _smear(mask, size)
    along_y = _smear(cv2.rotate(mask, quarter), size)
    total = along_x[0] + along_y[0]
    if total < 20:
        return _unsure("no_lines")
    axis = (along_x[0] - along_y[0]) / total
    if abs(axis) < 0.2:
        # Square characters on a grid (Chinese): a character's length joins them
        # across the lines as well as along them. Half of it joins them only along
        # (and breaks the lines at each punctuation mark: the lines read are the
        # longer smear's, along the axis found).
        near_x = _smear(mask, size, 0.5)
        near_y = _smear(cv2.rotate(mask, quarter), size, 0.5)
        near = near_x[0] + near_y[0]
        if near >= 20 and abs(near_x[0] - near_y[0]) / near > abs(axis):
            axis = (near_x[0] - near_y[0]) / near
    if axis >= 0:
        lines = _lines(along_x, other, size)
        align = _alignment(along_x[2][along_x[3], :4], size)
    else:  # lines along y: read them turned a quarter clockwise
        lines = _lines(along_y, cv2.rotate(other, quarter), size)
        align = _alignment(along_y[2][along_y[3], :4], size)
    # Read first on the page as small as the lines were found on (Latin, Cyrillic
    # and Chinese read there as well as at 150 dpi); when that is not sure, again on
    # the page at up to FINE_LONG_SIDE (Arabic's thin band needs it).
    turned = small if axis >= 0 else cv2.rotate(small, quarter)
    found = _judge(_profiles(turned, lines, 1.0), lines, align, axis, size, threshold)
    if found.confidence >= threshold or fine.shape == small.shape:
        return found
    turned = fine if axis >= 0 else cv2.rotate(fine, quarter)
    p = _profiles(turned, lines, fine.shape[0] / small.shape[0])
    return _judge(p, lines, align, axis, size, threshold)


def _judge(
    p: np.ndarray, lines: list[Line], align: float, axis: float, size: float, threshold: float
) -> Orientation:
    """The witnesses read from the lines' profiles (``_profiles``), weighed."""
    band, up, down, ink, low, high = p.T
    boxes = np.array([ln[:4] for ln in lines], np.int64).reshape(-1, 4)
    read = ~np.isnan(band)
    bandr = np.where(read, band, 0.0)
    out = np.where(read, (up + down) / np.maximum(1e-9, ink), 0.0)
    # Latin (and Cyrillic): an x-height band 0.45-0.75 of the line. Arabic: a thin
    # baseline band (~0.15) with half the line's ink outside it (Latin: ~5 %).
    lat = read & (bandr >= LATIN_BAND[0]) & (bandr <= LATIN_BAND[1])
    latin = _vote(p, lat, align)  # the page's lines: the witness as measured
    ara = read & (bandr <= ARABIC_BAND) & (out >= ARABIC_OUT)
    # A page of Arabic: its lines' alignment is the page's; beside Latin, its own.
    arabic = _vote(p, ara, align if latin.votes < 3 else (boxes, size))
    # Chinese (no band): its punctuation (。，、：) sits low in the cell. Counted marks
    # low and high are the line's "above" and "below" for a vote of the same kind.
    cjk = read & (bandr > LATIN_BAND[1])
    marks = np.column_stack((band, low, high, np.maximum(1.0, low + high)))
    chinese = _vote(marks, cjk, align)
    n_marks = float((low + high)[cjk].sum())
    c_axis = _ramp(abs(axis), 0.2, 0.6)
    # Latin: upright, line starts aligned (ragged right). Cyrillic has more descenders
    # than ascenders (р у д ц щ ф against б й): upright, it reads like Latin upside
    # down; its ragged right then contradicts the reading (a justified page gives no
    # witness): the commas and full stops below decide, or nothing does.
    up_latin = latin.updown >= 0
    c_latin = _confidence(latin, align * (1.0 if up_latin else -1.0), (0.1, 0.3))
    # Their commas and full stops sit low, standing alone after a word: a third
    # witness. Against the ascenders, it vetoes their reading; with the line starts,
    # it reads a page whose ascenders say the opposite (Cyrillic).
    stops = _vote(marks, lat, align)
    n_stops = float((low + high)[lat].sum())
    share = float((low - high)[lat].sum()) / max(1.0, n_stops)
    up_stops = share >= 0
    sure_stops = _ramp(abs(share), 0.5, 0.7) * _ramp(n_stops, 6, 12) * _ramp(stops.votes, 3, 5)
    if sure_stops > 0 and up_stops != up_latin:
        c_latin = 0.0
    c_cyrillic = c_stops = 0.0
    if up_stops == up_latin:  # both say the same, the line starts do not deny it
        c_stops = (
            sure_stops
            * _ramp(abs(latin.updown), 0.3, 0.5)
            * _ramp(abs(latin.t), 4.0, 8.0)
            * _ramp(latin.votes, 3, 6)
            * _ramp(align * (1.0 if up_latin else -1.0), -0.2, -0.1)
        )
    else:
        c_cyrillic = sure_stops * _ramp(align * (1.0 if up_stops else -1.0), 0.1, 0.3)
    # Arabic: upright, ascenders (alef, lam, kaf, ta) above the baseline outweigh what
    # falls below it (ra, waw, ya, nun, ain); line ends aligned (ragged left).
    up_arabic = arabic.updown >= 0
    c_arabic = _confidence(arabic, -arabic.align * (1.0 if up_arabic else -1.0), (0.2, 0.4))
    # Both scripts on one page (Maghreb civil status): each is the other's witness.
    c_both = 0.0
    if latin.votes >= 3 and arabic.votes >= 3 and up_latin == up_arabic:
        c_both = (
            _ramp(abs(latin.updown), 0.3, 0.5)
            * _ramp(abs(arabic.updown), 0.3, 0.5)
            * _ramp(min(abs(latin.t), abs(arabic.t)), 4.0, 8.0)
        )
    # Chinese, on a page with no Latin or Arabic to read: the punctuation low (a
    # large majority of the marks on one side), the line starts not contradicting.
    c_chinese = 0.0
    if latin.votes < 3 and arabic.votes < 3:
        up_chinese = chinese.updown >= 0
        agree = align * (1.0 if up_chinese else -1.0)
        c_chinese = (
            _ramp(abs(chinese.updown), 0.6, 0.8)
            * _ramp(n_marks, 8, 16)
            * _ramp(chinese.votes, 3, 5)
            * _ramp(agree, -0.2, -0.1)
        )
    conflict = (
        min(abs(latin.t), abs(arabic.t)) >= 3.0
        and latin.votes >= 3
        and arabic.votes >= 3
        and up_latin != up_arabic
    )
    best = max(
        (c_latin, 0, latin),
        (c_arabic, 1, arabic),
        (c_both, 2, latin),
        (c_chinese, 3, chinese),
        (c_cyrillic, 4, stops),
        (c_stops, 5, latin),
        key=lambda c: c[0],
    )
    c_read, _, chosen = best
    upright_reading = chosen.updown >= 0
    if axis >= 0:
        guess = 0 if upright_reading else 180
    else:  # along y: upright once turned 90 clockwise needs that turn; else the other
        guess = 90 if upright_reading else 270
    confidence = 0.0 if conflict else float(round(c_axis * c_read, 3))
    sure = confidence >= threshold
    return Orientation(
        rotation=guess if sure else 0,
        confidence=confidence,
        guess=guess,
        axis=round(float(axis), 3),
        updown=round(chosen.updown, 3),
        lines=chosen.votes,
        align=round(float(align), 3),
        band=round(float(np.median(band[read])), 3) if read.any() else 0.0,
        t=round(chosen.t, 2),
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


def upright(
    im: Image.Image, *, threshold: float = MIN_CONFIDENCE
) -> tuple[Image.Image, Orientation]:
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

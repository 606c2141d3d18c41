"""Reading a machine-readable zone from a picture, offline, without a model.

The zone is printed in OCR-B, monospaced, with 37 glyphs (0–9, A–Z, ``<``): template
matching against the glyphs of the shipped OCR-B font is enough, and fast.

1. Work on a copy about 1000 px wide: normalise the light (divide by a blurred
   copy: shadows and glare go), find the skew by maximising the row profile's
   contrast over small rotations, and find the text lines.
2. The zone is the lowest run of two (TD3, 44 characters) or three (TD1, 30)
   long, evenly spaced lines of equal height.
3. Read it again from the full picture, scaled so a character is ~22 px: each
   line's cell pitch comes from its ink extent, each cell is cut around its ink,
   normalised to the line's height and compared (normalised correlation, small
   shifts) with the 37 templates; only the characters the zone's grammar allows
   at that place are considered (``mrz.alphabet_at``).
4. ``mrz.parse`` checks every check digit and corrects only what they confirm.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image, ImageFilter, ImageFont

from desktop.intake import mrz
from desktop.paths import FONTS_DIR

GLYPHS = mrz.DIGITS + mrz.LETTERS  # 37
CELL_W, CELL_H = 20, 28
ANALYSIS_WIDTH = 1000
TARGET_PITCH = 22.0
#: Part of the pitch a cell keeps around its glyph (the neighbours' edges stay out).
WINDOW = 1.0
#: Room kept below the baseline (over the pitch): Q's tail tells it from O.
BELOW = 0.25
#: A second choice scoring within this of the best is kept as an alternative
#: (corrections try it first; one that also passes makes a field not verified).
ALT_GAP = 0.06


# ----- templates ---------------------------------------------------------------
def _normalise(patch: np.ndarray) -> np.ndarray:
    v = patch.astype(np.float32).ravel()
    v = v - v.mean()
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-6 else v


@lru_cache(maxsize=1)
def _glyph_box() -> tuple[float, float, list[Image.Image]]:
    """The font's pitch, the height of the zone's glyphs over the pitch (digits are
    a little taller than capitals: 0 and O differ by it), and each glyph drawn."""
    from PIL import ImageDraw

    font = ImageFont.truetype(str(FONTS_DIR / "OCRB.otf"), 120)
    pitch = font.getlength("H")
    images = []
    for ch in GLYPHS:
        img = Image.new("L", (200, 200), 0)
        ImageDraw.Draw(img).text((40, 20), ch, font=font, fill=255)
        images.append(img)
    # The baseline: the lowest bottom but Q's tail.
    boxes = [img.getbbox() for ch, img in zip(GLYPHS, images, strict=True) if ch != "Q"]
    top = min(b[1] for b in boxes if b)
    bottom = max(b[3] for b in boxes if b)
    return pitch, (bottom - top) / pitch, images


@lru_cache(maxsize=1)
def templates() -> np.ndarray:
    """(37, CELL_H*CELL_W) unit vectors: each glyph in its advance box, from the top
    of the tallest glyph to the lowest baseline (ink = high values)."""
    pitch, height, images = _glyph_box()
    boxes = [img.getbbox() for ch, img in zip(GLYPHS, images, strict=True) if ch != "Q"]
    bottom = max(b[3] for b in boxes if b)
    top = bottom - height * pitch
    out = []
    for img in images:
        half = pitch * WINDOW / 2
        centre = 40 + pitch / 2
        low = bottom + BELOW * pitch
        crop = img.crop((round(centre - half), round(top), round(centre + half), round(low)))
        crop = crop.resize((CELL_W, CELL_H), Image.Resampling.BOX)
        crop = crop.filter(ImageFilter.GaussianBlur(0.7))
        out.append(_normalise(np.asarray(crop)))
    return np.stack(out)


# ----- finding the zone ----------------------------------------------------------
def _ink(grey: Image.Image, radius: int) -> np.ndarray:
    """Ink strength 0..1 after dividing by the local background (light evened out)."""
    a = np.asarray(grey, dtype=np.float32)
    bg = np.asarray(grey.filter(ImageFilter.BoxBlur(radius)), dtype=np.float32)
    ratio = a / np.maximum(bg, 1.0)
    return np.clip((0.85 - ratio) / 0.45, 0.0, 1.0)


def _skew(binary: Image.Image) -> float:
    """The rotation (degrees) making text lines horizontal: coarse on a half-size
    copy, fine on the full one."""
    half = binary.resize((binary.width // 2, max(1, binary.height // 2)), Image.Resampling.BOX)

    def score(img: Image.Image, angle: float) -> float:
        rot = img.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        prof = np.asarray(rot, dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(prof)).sum())

    best = max(np.arange(-12.0, 12.01, 1.0), key=lambda a: score(half, a))
    fine = max(np.arange(best - 0.8, best + 0.81, 0.2), key=lambda a: score(binary, a))
    return float(fine)


def _bands(ink: np.ndarray, min_frac: float = 0.02) -> list[tuple[int, int]]:
    prof = (ink > 0.5).sum(axis=1)
    on = prof >= max(3, ink.shape[1] * min_frac)
    bands, start = [], None
    for y, v in enumerate(on):
        if v and start is None:
            start = y
        elif not v and start is not None:
            bands.append((start, y))
            start = None
    if start is not None:
        bands.append((start, len(on)))
    return bands


def _line_runs(ink: np.ndarray, y0: int, y1: int) -> tuple[int, int, int]:
    """(x start, x end, number of glyph-like ink runs) of the longest chain of
    glyphs on a text line: runs wider than a glyph (a table's edge, a picture)
    and far-apart runs (other text on the same row) are left out."""
    h = y1 - y0
    cols = (ink[y0:y1] > 0.5).sum(axis=0) >= 1
    padded = np.concatenate(([0], cols.astype(np.int8), [0]))
    edges = np.diff(padded)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    runs = [(int(a), int(b)) for a, b in zip(starts, ends, strict=True) if b - a <= 3 * h]
    best: tuple[int, int, int] = (0, 0, 0)
    chain: list[tuple[int, int]] = []
    for run in runs + [(10**9, 10**9)]:
        if chain and run[0] - chain[-1][1] > 1.6 * h:
            if len(chain) > best[2]:
                best = (int(chain[0][0]), int(chain[-1][1]), len(chain))
            chain = []
        chain.append(run)
    return best


def _find_zone(ink: np.ndarray) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """The zone's lines (y0, y1, x0, x1) bottom-most first found, and its format."""
    lines = []
    for y0, y1 in _bands(ink):
        h = y1 - y0
        if h < 5:
            continue
        x0, x1, runs = _line_runs(ink, y0, y1)
        width = x1 - x0
        if runs >= 12 and width >= 14 * h:
            lines.append((y0, y1, x0, x1))
    for n, fmt in ((3, "TD1"), (2, "TD3")):
        for i in range(len(lines) - n, -1, -1):
            group = lines[i : i + n]
            hs = [g[1] - g[0] for g in group]
            ws = [g[3] - g[2] for g in group]
            if max(hs) > 1.6 * min(hs) or max(ws) > 1.25 * min(ws):
                continue
            gaps = [group[k + 1][0] - group[k][1] for k in range(n - 1)]
            if any(g > 2.5 * max(hs) for g in gaps):
                continue
            ratio = np.median(ws) / np.median(hs)
            # 44 or 30 characters of 2.54 mm on lines about 2.6 mm high (~43 or ~29).
            if (fmt == "TD3") != (ratio >= 35):
                continue
            return fmt, group
    return None


# ----- reading -------------------------------------------------------------------
def _grid(ink: np.ndarray, top: int, bottom: int, x0: int, x1: int, count: int) -> np.ndarray:
    """The centre of each of the ``count`` cells: a straight line fitted through the
    glyphs' ink centroids (twice, the second time around the first fit)."""
    width = ink.shape[1]
    pitch = (x1 - x0) / (count - 0.25)
    centres = x0 + (np.arange(count) + 0.5) * pitch
    band = ink[top:bottom]
    for _ in range(2):
        xs, idx = [], []
        for i, c in enumerate(centres):
            lo, hi = max(0, int(c - pitch / 2)), min(width, int(np.ceil(c + pitch / 2)))
            col = band[:, lo:hi].sum(axis=0)
            if col.sum() > (bottom - top) * 0.5:
                xs.append(lo + float((col * (np.arange(len(col)) + 0.5)).sum() / col.sum()))
                idx.append(i)
        if len(xs) < count // 2:
            break
        slope, intercept = np.polyfit(np.array(idx, dtype=np.float64), np.array(xs), 1)
        centres = intercept + slope * np.arange(count)
    return np.asarray(centres)


def _cells(ink: np.ndarray, line: tuple[int, int, int, int], count: int) -> np.ndarray:
    """(count, shifts, CELL_H*CELL_W): each cell's patch at small shifts."""
    y0, y1, x0, x1 = line
    band = ink[y0:y1]
    counts = (band > 0.5).sum(axis=1)
    rows = np.flatnonzero(counts >= max(2, 0.2 * counts.max()))  # a Q's tail is not the baseline
    top, bottom = (y0 + int(rows[0]), y0 + int(rows[-1]) + 1) if len(rows) else (y0, y1)
    centres = _grid(ink, top, bottom, x0, x1, count)
    pitch = float(np.median(np.diff(centres))) if count > 1 else float(x1 - x0)
    # The glyphs' box from the baseline and the pitch (a line of capitals only is
    # lower than one with digits; the font's proportions are fixed).
    top = bottom - round(_glyph_box()[1] * pitch)
    bottom = bottom + round(BELOW * pitch)
    # One crop per cell, with a margin for the shifts, resized once to the cell's
    # scale; the shifted windows are slices of it.
    margin_x, margin_y = 2, 2  # in cell pixels
    sx = CELL_W / (pitch * WINDOW)
    sy = CELL_H / max(1, bottom - top)
    half = pitch * WINDOW / 2
    out = np.zeros((count, 15, CELL_H * CELL_W), dtype=np.float32)
    for i, cx in enumerate(centres):
        big = _crop(
            ink,
            cx - half - margin_x / sx,
            top - margin_y / sy,
            cx + half + margin_x / sx,
            bottom + margin_y / sy,
            (CELL_W + 2 * margin_x, CELL_H + 2 * margin_y),
        )
        k = 0
        for dy in (0, margin_y, 2 * margin_y):
            for dx in range(0, 2 * margin_x + 1):
                out[i, k] = _normalise(big[dy : dy + CELL_H, dx : dx + CELL_W])
                k += 1
    return out


def _crop(
    ink: np.ndarray, xa: float, ya: float, xb: float, yb: float, size: tuple[int, int]
) -> np.ndarray:
    h, w = ink.shape
    ia, ib = int(round(xa)), int(round(xb))
    ja, jb = int(round(ya)), int(round(yb))
    pad = np.zeros((max(1, jb - ja), max(1, ib - ia)), dtype=np.float32)
    sa, sb = max(0, ia), min(w, ib)
    ta, tb = max(0, ja), min(h, jb)
    if sb > sa and tb > ta:
        pad[ta - ja : tb - ja, sa - ia : sb - ia] = ink[ta:tb, sa:sb]
    img = Image.fromarray((pad * 255).astype(np.uint8)).resize(size, Image.Resampling.BOX)
    return np.asarray(img.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32)


def _classify(patches: np.ndarray, fmt: str, line_no: int) -> tuple[str, list[list[str]]]:
    scores = (patches @ templates().T).max(axis=1)  # (count, 37)
    text, alts = [], []
    for i, row in enumerate(scores):
        allowed = mrz.alphabet_at(fmt, line_no, i)
        idx = [GLYPHS.index(c) for c in allowed]
        order = sorted(idx, key=lambda j: -row[j])
        best = order[0]
        text.append(GLYPHS[best])
        alts.append([GLYPHS[j] for j in order[1:3] if row[best] - row[j] < ALT_GAP])
    return "".join(text), alts


def _read_upright(grey: Image.Image, today: dt.date | None, seen: list[bool]) -> mrz.MrzRead | None:
    scale = ANALYSIS_WIDTH / grey.width
    small = grey.resize((ANALYSIS_WIDTH, max(1, round(grey.height * scale))), Image.Resampling.BOX)
    ink_small = _ink(small, 12)
    binary = Image.fromarray(((ink_small > 0.5) * 255).astype(np.uint8))
    angle = _skew(binary)
    rotated = binary.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
    found = _find_zone(np.asarray(rotated, dtype=np.float32) / 255.0)
    if found is None:
        return None
    seen.append(True)
    fmt, lines = found
    count = 44 if fmt == "TD3" else 30
    pitch_small = float(np.median([(x1 - x0) / count for _, _, x0, x1 in lines]))
    zoom = scale * TARGET_PITCH / max(pitch_small, 1.0)
    # Cut the zone out of the full picture before zooming and turning it (turning a
    # whole page at reading size costs more than reading). PIL turns by ``angle``
    # counter-clockwise about the centre: an output point d' comes from the input
    # point R(angle)·d' (image axes, y down), and goes back by the inverse.
    t = np.radians(angle)
    cos, sin = float(np.cos(t)), float(np.sin(t))
    cx, cy = small.width / 2, small.height / 2
    ya, yb = min(ln[0] for ln in lines), max(ln[1] for ln in lines)
    xa, xb = min(ln[2] for ln in lines), max(ln[3] for ln in lines)
    corners = [(xa, ya), (xb, ya), (xa, yb), (xb, yb)]
    src = [
        (cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
        for x, y in corners
    ]
    pad = 3 * TARGET_PITCH * scale / zoom  # in analysis pixels
    box = (
        max(0, int((min(p[0] for p in src) - pad) / scale)),
        max(0, int((min(p[1] for p in src) - pad) / scale)),
        min(grey.width, int((max(p[0] for p in src) + pad) / scale) + 1),
        min(grey.height, int((max(p[1] for p in src) + pad) / scale) + 1),
    )
    part = grey.crop(box)
    big = part.resize(
        (max(1, round(part.width * zoom)), max(1, round(part.height * zoom))),
        Image.Resampling.LANCZOS if zoom > 1 else Image.Resampling.BOX,
    )
    turned = big.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    # Where the zone's corners land in the turned cut-out; keep the zone only.
    bx, by = big.width / 2, big.height / 2
    pts = []
    for x, y in src:
        ix, iy = (x / scale - box[0]) * zoom - bx, (y / scale - box[1]) * zoom - by
        pts.append((bx + ix * cos + iy * sin, by - ix * sin + iy * cos))
    margin = 2 * TARGET_PITCH
    region = turned.crop(
        (
            max(0, int(min(p[0] for p in pts) - margin)),
            max(0, int(min(p[1] for p in pts) - margin)),
            min(turned.width, int(max(p[0] for p in pts) + margin)),
            min(turned.height, int(max(p[1] for p in pts) + margin)),
        )
    )
    ink = _ink(region, 20)
    found_big = _find_zone(ink)
    if found_big is None or found_big[0] != fmt:
        return None
    # The zone's lines share their left and right edges: a glyph lost in glare at
    # one end of a line does not shift that line's grid.
    zone_lines = found_big[1]
    if len(zone_lines) >= 3:  # a card: two lines out of three agree (a smudge on one)
        left = int(np.median([ln[2] for ln in zone_lines]))
        right = int(np.median([ln[3] for ln in zone_lines]))
    else:
        left, right = min(ln[2] for ln in zone_lines), max(ln[3] for ln in zone_lines)
    texts, alternatives = [], []
    for line_no, (ya, yb, _, _) in enumerate(zone_lines):
        line = (ya, yb, left, right)
        text, alts = _classify(_cells(ink, line, count), fmt, line_no)
        texts.append(text)
        alternatives.append(alts)
    return mrz.parse(texts, alternatives, today)


def _quality(read: mrz.MrzRead | None) -> int:
    if read is None:
        return -1
    # Corrected fields do not count: noise read the wrong way up can be "corrected".
    return sum(1 for f in read.fields.values() if f.check and not f.corrected) + int(read.composite)


def read(image: Any, today: dt.date | None = None) -> mrz.MrzRead | None:
    """The zone of a picture, upright or turned by a quarter or a half turn."""
    grey = image if image.mode == "L" else image.convert("L")
    first: mrz.MrzRead | None = None
    seen: list[bool] = []
    for turn in (0, 180, 90, 270):
        if turn in (90, 270) and seen and grey.width >= grey.height:
            break  # zone-like lines across a landscape picture: not a sideways page
        pic = grey.rotate(turn, expand=True) if turn else grey
        try:
            got = _read_upright(pic, today, seen)
        except (ValueError, ZeroDivisionError):
            got = None
        if got is not None and (got.valid or _quality(got) >= 3):
            return got  # the right way up: most check digits pass
        first = first or got
    # No turn reads a valid zone. A zone that passes fewer than two check digits
    # unaided is text that looks like one (a page of print), not a zone.
    return first if _quality(first) >= 2 else None


def read_file(
    path: Any,
    kind: str,
    *,
    data: bytes | None = None,
    password: str | None = None,
    today: dt.date | None = None,
    image: Any = None,
) -> mrz.MrzRead | None:
    """The zone of a file intake accepted: a picture, or a PDF's first page rendered
    at 200 dpi. ``image``: the picture's upright grey decode, or the PDF's first page
    already rendered (intake: the 2D-Doc search's 216 dpi render), when the caller
    has it.
    Never raises: a file that cannot be read has none."""
    try:
        if image is not None:
            return read(image, today)
        if kind == "pdf":
            import pypdfium2 as pdfium

            if data is None:
                from desktop.core import reader
                from desktop.intake.limits import DEFAULT_LIMITS

                data = reader.read_capped(path, DEFAULT_LIMITS.max_file_bytes)
            pdf = pdfium.PdfDocument(data, password=password)
            try:
                if len(pdf) == 0:
                    return None
                page = pdf[0]
                try:
                    image = page.render(scale=200 / 72, grayscale=True).to_pil()
                finally:
                    page.close()
            finally:
                pdf.close()
            return read(image, today)
        from desktop.intake import decode

        return read(decode.grey_upright(path), today)
    except Exception:
        return None

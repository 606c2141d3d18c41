"""What the bundle draws over pages: the footer stamp of the complete dossier
and the watermark across identity pieces, kept off barcodes, the MRZ and the
photo.

Keep-out zones are found on a small grey rendering of the page:
- barcodes (2D-Doc DataMatrix, QR, PDF417, …) with zxing-cpp, by their box;
- the MRZ: the lowest group of two or three long, evenly inked text lines
  of similar width (ICAO 9303 TD1/TD3), when the piece is an identity document;
- the photo: a large region that is darker than the paper but smooth (few
  edges, unlike a block of text), not touching the page border.
A zone is a rectangle in page fractions, origin at the top left.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageFilter

from desktop.letters import fonts

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions, y down


@dataclass(frozen=True)
class KeepOut:
    kind: str  # barcode | mrz | photo
    rect: Rect


# ----- detection -----------------------------------------------------------------
def _paper_level(grey: Image.Image) -> int:
    hist = grey.histogram()
    total = sum(hist)
    acc = 0
    for v in range(255, -1, -1):
        acc += hist[v]
        if acc >= total * 0.3:
            return v
    return 255


def find_barcodes(grey: Image.Image) -> list[KeepOut]:
    try:
        import zxingcpp
    except ImportError:  # pragma: no cover - a dependency in pyproject
        return []
    out = []
    w, h = grey.size
    try:
        found = zxingcpp.read_barcodes(grey)
    except Exception:
        return []
    for b in found:
        p = b.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        out.append(KeepOut("barcode", (min(xs) / w, min(ys) / h, max(xs) / w, max(ys) / h)))
    return out


def _bands(mask: Image.Image, min_ratio: float) -> list[tuple[int, int]]:
    w, h = mask.size
    prof = list(mask.resize((1, h), Image.Resampling.BOX).tobytes())
    bands, start = [], None
    for y, v in enumerate(prof):
        on = v >= 255 * min_ratio
        if on and start is None:
            start = y
        elif not on and start is not None:
            bands.append((start, y))
            start = None
    if start is not None:
        bands.append((start, h))
    return bands


def find_mrz(grey: Image.Image) -> list[KeepOut]:
    """The lowest group of 2-3 long text lines of similar width and height."""
    full_w, full_h = grey.size
    paper = _paper_level(grey)
    # Work inside the sheet: a photographed document lies on a darker table.
    sheet = grey.point(lambda v: 255 if v >= paper * 0.85 else 0).getbbox()
    ox, oy = (sheet[0], sheet[1]) if sheet else (0, 0)
    if sheet:
        grey = grey.crop(sheet)
    w, h = grey.size
    mask = grey.point(lambda v: 255 if v < paper * 0.55 else 0)
    lines = []
    for y0, y1 in _bands(mask, 0.02):
        if y1 - y0 < max(3, h // 300) or y1 - y0 > h // 12:
            continue
        box = mask.crop((0, y0, w, y1)).getbbox()
        if box is None:
            continue
        width = box[2] - box[0]
        if width < 0.45 * w:
            continue
        lines.append((y0, y1, box[0], box[2]))
    best: list[tuple[int, int, int, int]] = []
    for i in range(len(lines)):
        group = [lines[i]]
        for nxt in lines[i + 1 :]:
            last = group[-1]
            height = last[1] - last[0]
            similar = abs((nxt[3] - nxt[2]) - (last[3] - last[2])) < 0.12 * w
            close = nxt[0] - last[1] < 2.2 * height
            same_h = abs((nxt[1] - nxt[0]) - height) <= max(2, 0.4 * height)
            if similar and close and same_h and len(group) < 3:
                group.append(nxt)
            else:
                break
        if len(group) >= 2 and (not best or group[0][0] > best[0][0]):
            best = group
    if not best:
        return []
    x0 = min(g[2] for g in best) + ox
    x1 = max(g[3] for g in best) + ox
    y0, y1 = best[0][0] + oy, best[-1][1] + oy
    return [KeepOut("mrz", (x0 / full_w, y0 / full_h, x1 / full_w, y1 / full_h))]


def find_photo(grey: Image.Image) -> list[KeepOut]:
    """Large smooth regions darker than the paper, away from the page border."""
    cell = 8
    w, h = grey.size
    cw, ch = max(1, w // cell), max(1, h // cell)
    paper = _paper_level(grey)
    mean = list(grey.resize((cw, ch), Image.Resampling.BOX).tobytes())
    edges = grey.filter(ImageFilter.FIND_EDGES).point(lambda v: 255 if v > 40 else 0)
    edge = list(edges.resize((cw, ch), Image.Resampling.BOX).tobytes())
    dense = [m < paper - 25 and e < 255 * 0.12 for m, e in zip(mean, edge, strict=True)]
    seen = [False] * (cw * ch)
    out = []
    for start in range(cw * ch):
        if not dense[start] or seen[start]:
            continue
        stack, cells = [start], []
        seen[start] = True
        while stack:
            i = stack.pop()
            cells.append(i)
            x, y = i % cw, i // cw
            for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if 0 <= nx < cw and 0 <= ny < ch:
                    j = ny * cw + nx
                    if dense[j] and not seen[j]:
                        seen[j] = True
                        stack.append(j)
        xs = [i % cw for i in cells]
        ys = [i // cw for i in cells]
        bx0, bx1, by0, by1 = min(xs), max(xs) + 1, min(ys), max(ys) + 1
        if bx0 == 0 or by0 == 0 or bx1 == cw or by1 == ch:
            continue  # the table around a photographed document
        area = (bx1 - bx0) * (by1 - by0)
        if area < 0.01 * cw * ch or len(cells) < 0.5 * area:
            continue
        aspect = (bx1 - bx0) / (by1 - by0)
        if not 0.4 <= aspect <= 2.5:
            continue
        out.append(KeepOut("photo", (bx0 / cw, by0 / ch, bx1 / cw, by1 / ch)))
    return out


def keep_outs(grey: Image.Image, identity: bool) -> list[KeepOut]:
    zones = find_barcodes(grey)
    if identity:
        zones += find_mrz(grey) + find_photo(grey)
    return zones


# ----- drawing -----------------------------------------------------------------------
def _canvas(buf: io.BytesIO, size: tuple[float, float]) -> Any:
    return fonts.new_canvas(buf, pagesize=size, invariant=1, pageCompression=1)


#: The footer stays where printers print: its lowest ink this far from the
#: page's edge (most office printers leave 4-6 mm unprinted; 10 mm leaves room
#: for a sheet fed askew), at a size read without a magnifier.
FOOTER_EDGE_PT = 10 / 25.4 * 72
FOOTER_SIZE = 8.5
FOOTER_MIN_SIZE = 8.0
#: The band kept empty at the bottom of each page for the footer (the page's
#: own drawing is shrunk above it, ``pdfout.make_room_below``).
FOOTER_BAND_PT = FOOTER_EDGE_PT + FOOTER_SIZE + 5 + 4


def footer_overlay(sizes: Sequence[tuple[float, float]], texts: Sequence[str]) -> bytes:
    """One page per target page, each with its footer line (bottom centre), on a
    light box, inside the printable area (``FOOTER_EDGE_PT`` from every edge)."""
    buf = io.BytesIO()
    c = _canvas(buf, sizes[0] if sizes else (595, 842))
    for (w, h), text in zip(sizes, texts, strict=True):
        c.setPageSize((w, h))
        size = FOOTER_SIZE
        room = w - 2 * FOOTER_EDGE_PT - 8
        while fonts.text_width(text, size) > room and size > FOOTER_MIN_SIZE:
            size -= 0.25
        tw = fonts.text_width(text, size)
        box_h = size + 5
        c.setFillColorRGB(1, 1, 1, alpha=0.8)
        c.rect((w - tw) / 2 - 4, FOOTER_EDGE_PT, tw + 8, box_h, stroke=0, fill=1)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        # Baseline above the box's floor by more than the font's descent.
        fonts.draw_text(c, w / 2, FOOTER_EDGE_PT + 3, text, size, align="center")
        c.showPage()
    c.save()
    return buf.getvalue()


def watermark_overlay(
    sizes: Sequence[tuple[float, float]],
    zones: Sequence[Sequence[KeepOut]],
    text: str,
    *,
    opacity: float,
    colour: tuple[float, float, float],
    margin_pt: float,
) -> bytes:
    """Diagonal repeated text, clipped so it never crosses a keep-out zone."""
    buf = io.BytesIO()
    c = _canvas(buf, sizes[0] if sizes else (595, 842))
    for (w, h), page_zones in zip(sizes, zones, strict=True):
        c.setPageSize((w, h))
        c.saveState()
        path = c.beginPath()
        path.rect(0, 0, w, h)
        for z in page_zones:
            x0, y0, x1, y1 = z.rect
            rx0, rx1 = x0 * w - margin_pt, x1 * w + margin_pt
            ry0, ry1 = h - y1 * h - margin_pt, h - y0 * h + margin_pt
            path.rect(rx0, ry0, rx1 - rx0, ry1 - ry0)
        c.clipPath(path, stroke=0, fill=0, fillMode=0)  # even-odd: zones are holes
        c.setFillColorRGB(*colour, alpha=opacity)
        size = max(9.0, min(w, h) / 44)
        angle = math.degrees(math.atan2(h, w)) * 0.6
        c.translate(w / 2, h / 2)
        c.rotate(angle)
        tw = fonts.text_width(text, size)
        diag = math.hypot(w, h)
        step = size * 5.5
        rows = int(diag / step) + 2
        for r in range(-rows // 2, rows // 2 + 1):
            y = r * step
            shift = (r % 2) * tw * 0.35
            x = -diag / 2 - shift
            while x < diag / 2:
                fonts.draw_text(c, x, y, text, size)
                x += tw + size * 3
        c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()

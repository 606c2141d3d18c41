"""Phone photo -> scanned page: find the document, flatten it, clean it (issue 17).

``detect`` looks for the document's four corners on a reduced copy of an upright
photo (OpenCV, headless); ``flatten`` warps the document to its true aspect ratio,
removes the last few degrees of skew, and divides out uneven light and shadow, so
the paper is white and the text black while stamps, photos and logos keep their
colour. ``looks_like_photo`` says whether a picture is a camera photo at all: scans,
screenshots and PDFs are never cropped.

What it can and cannot tell
---------------------------
- Two strategies, scored together: edges and contours (Canny, then the outline's
  polygon), and, for a background close to the paper's colour, the distance of
  every pixel to the colour of the photo's border, thresholded (Otsu). A quad is
  scored by the contrast across each of its sides (the weakest side counts) and by
  how rectangular it is; below ``scan_min_confidence`` nothing is cropped.
- The kind of document comes from the aspect ratio: A4, letter, ID-1 card, a
  receipt (long and narrow). A passport data page (ID-3, 125 x 88 mm) has nearly
  A4's ratio: it is only chosen when the caller says the piece is a passport.
- A document lying on paper of the same white, or a photo taken from a very low
  angle, gives no detection: the photo is kept as taken and the person is told
  how to take it again.

Quads are given as four (x, y) corners, top-left, top-right, bottom-right,
bottom-left, in fractions of the upright photo's width and height (resolution
independent: a corrected quad stored with the dossier stays valid at any scale).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from desktop.intake.limits import DEFAULT_LIMITS, Limits
from desktop.intake.photo import looks_like_photo

# One thread per process: the bundle runs one worker per core already, and a wizard
# working on one photo at a time does not need more than the few ms it gains.
cv2.setNumThreads(1)

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]

#: Document kinds, their reading in messages and JSON.
KINDS = ("a4", "letter", "passport", "id_card", "receipt", "document")
MM_PER_IN = 25.4


@dataclass(frozen=True)
class Detection:
    """Where the document is in the photo, and how sure we are."""

    quad: Quad  # fractions of the upright photo (TL, TR, BR, BL)
    confidence: float  # 0-1
    kind: str  # one of KINDS
    area: float  # share of the photo the document covers
    touches_edge: bool  # a corner at the photo's edge: maybe cut off
    method: str  # "edges" | "colour" | "given" (a person's corners)

    def to_json(self, width: int | None = None, height: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "quad": [[round(x, 4), round(y, 4)] for x, y in self.quad],
            "confidence": round(self.confidence, 3),
            "kind": self.kind,
            "area": round(self.area, 3),
            "touches_edge": self.touches_edge,
            "method": self.method,
        }
        if width and height:
            out["quad_px"] = [[round(x * width), round(y * height)] for x, y in self.quad]
        return out


# ----- detection ---------------------------------------------------------------------
def _order(pts: np.ndarray) -> np.ndarray:
    """Four points as TL, TR, BR, BL."""
    pts = pts.reshape(4, 2).astype(np.float32)
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    out = np.zeros((4, 2), np.float32)
    out[0], out[2] = pts[np.argmin(s)], pts[np.argmax(s)]
    out[1], out[3] = pts[np.argmin(d)], pts[np.argmax(d)]
    if len({tuple(p) for p in out.tolist()}) < 4:  # degenerate: order by angle
        c = pts.mean(axis=0)
        ang = np.arctan2(pts[:, 1] - c[1], pts[:, 0] - c[0])
        out = pts[np.argsort(ang)]
        start = int(np.argmin(out.sum(axis=1)))
        out = np.roll(out, -start, axis=0)
    return out


def _quad_of(contour: np.ndarray) -> np.ndarray | None:
    """Four corners of an outline: its polygon when it has four sides, else the
    hull's four extreme points when the hull is nearly a quadrilateral."""
    hull = cv2.convexHull(contour)
    peri = cv2.arcLength(hull, True)
    for eps in (0.015, 0.02, 0.03, 0.045):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            return _order(approx)
    pts = hull.reshape(-1, 2).astype(np.float32)
    if len(pts) < 4:
        return None
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    quad = np.array(
        [pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]], np.float32
    )
    area = abs(cv2.contourArea(quad))
    if area < 0.9 * cv2.contourArea(hull):
        return None
    return _order(quad)


def _side_contrast(lab: np.ndarray, quad: np.ndarray, step: float) -> list[float | None]:
    """Median colour distance (Lab) across each side: inside vs outside, in Lab units.
    None for a side lying on the photo's edge (nothing outside to compare)."""
    h, w = lab.shape[:2]
    centre = quad.mean(axis=0)
    out: list[float | None] = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        seg = b - a
        length = float(np.hypot(*seg))
        if length < 4:
            out.append(0.0)
            continue
        normal = np.array([-seg[1], seg[0]], np.float32) / length
        if np.dot(centre - (a + b) / 2, normal) < 0:
            normal = -normal  # pointing inside
        ts = np.linspace(0.1, 0.9, 24, dtype=np.float32)
        pts = a[None, :] + ts[:, None] * seg[None, :]
        inner = np.rint(pts + normal * step).astype(int)
        outer = np.rint(pts - normal * step).astype(int)
        ok = (
            (outer[:, 0] >= 0)
            & (outer[:, 0] < w)
            & (outer[:, 1] >= 0)
            & (outer[:, 1] < h)
            & (inner[:, 0] >= 0)
            & (inner[:, 0] < w)
            & (inner[:, 1] >= 0)
            & (inner[:, 1] < h)
        )
        if ok.sum() < 6:
            out.append(None)
            continue
        li = lab[inner[ok, 1], inner[ok, 0]].astype(np.float32)
        lo = lab[outer[ok, 1], outer[ok, 0]].astype(np.float32)
        out.append(float(np.median(np.linalg.norm(li - lo, axis=1))))
    return out


def _rectangularity(quad: np.ndarray) -> float:
    """1 for a rectangle, less as the corners leave 90 degrees (perspective allows some)."""
    worst = 0.0
    for i in range(4):
        p, a, b = quad[i], quad[i - 1], quad[(i + 1) % 4]
        u, v = a - p, b - p
        cos = abs(float(np.dot(u, v)) / (float(np.hypot(*u) * np.hypot(*v)) + 1e-6))
        worst = max(worst, cos)
    # cos 0.26 (75 degrees or 105) still scores 0.8; 0.6 (53 degrees) scores 0
    return float(max(0.0, min(1.0, 1 - max(0.0, worst - 0.1) / 0.5)))


def _edge_candidates(grey: np.ndarray) -> list[tuple[np.ndarray, str]]:
    blur = cv2.GaussianBlur(cv2.medianBlur(grey, 5), (5, 5), 0)
    v = float(np.median(blur))
    out: list[tuple[np.ndarray, str]] = []
    for lo, hi in ((max(10, 0.5 * v), min(255, 1.2 * v)), (20, 60)):
        edges = cv2.Canny(blur, lo, hi)
        edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
        contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in sorted(contours, key=cv2.contourArea, reverse=True)[:4]:
            q = _quad_of(c)
            if q is not None:
                out.append((q, "edges"))
    return out


def _border_colour(lab: np.ndarray) -> np.ndarray:
    h, w = lab.shape[:2]
    m = max(2, round(0.03 * min(h, w)))
    ring = np.concatenate(
        [lab[:m].reshape(-1, 3), lab[-m:].reshape(-1, 3), lab[:, :m].reshape(-1, 3)]
        + [lab[:, -m:].reshape(-1, 3)]
    )
    return np.median(ring, axis=0).astype(np.float32)


def _colour_candidates(lab: np.ndarray) -> list[tuple[np.ndarray, str]]:
    """The region whose colour differs from the photo's border (background close to
    the paper: a light grey table, a beige cloth)."""
    smooth = cv2.GaussianBlur(lab, (7, 7), 0)
    bg = _border_colour(smooth)
    # The distance to the border's colour, one channel at a time: two float planes
    # (the sum and one difference), not three-channel float copies of the picture.
    dist = np.zeros(smooth.shape[:2], np.float32)
    for channel, level in zip(cv2.split(smooth), bg, strict=True):
        diff = cv2.subtract(channel, float(level), dtype=cv2.CV_32F)  # type: ignore[call-overload]
        cv2.accumulateSquare(diff, dist)
    cv2.sqrt(dist, dist)
    cv2.multiply(dist, 4.0, dist)
    dist8 = np.minimum(dist, 255, out=dist).astype(np.uint8)
    _, mask = cv2.threshold(dist8, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    k = max(3, round(min(lab.shape[:2]) / 60)) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel, iterations=2)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out: list[tuple[np.ndarray, str]] = []
    for c in sorted(contours, key=cv2.contourArea, reverse=True)[:2]:
        q = _quad_of(c)
        if q is not None:
            out.append((q, "colour"))
    return out


def _aspect(quad: np.ndarray) -> float:
    """Long side over short side, from the mean of opposite sides."""
    top, bottom = np.hypot(*(quad[1] - quad[0])), np.hypot(*(quad[2] - quad[3]))
    left, right = np.hypot(*(quad[3] - quad[0])), np.hypot(*(quad[2] - quad[1]))
    w, h = (top + bottom) / 2, (left + right) / 2
    return float(max(w, h) / max(1e-6, min(w, h)))


def _landscape(quad: np.ndarray) -> bool:
    top, bottom = np.hypot(*(quad[1] - quad[0])), np.hypot(*(quad[2] - quad[3]))
    left, right = np.hypot(*(quad[3] - quad[0])), np.hypot(*(quad[2] - quad[1]))
    return bool(top + bottom > left + right)


def document_sizes(limits: Limits = DEFAULT_LIMITS) -> dict[str, tuple[float, float]]:
    """Known documents, (short, long) side in mm."""
    return {
        "a4": (limits.a4_width_mm, limits.a4_height_mm),
        "letter": (limits.letter_width_mm, limits.letter_height_mm),
        "id_card": (limits.id1_height_mm, limits.id1_width_mm),
        "passport": (limits.id3_height_mm, limits.id3_width_mm),
    }


def kind_of(
    aspect: float,
    hint: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    landscape: bool = True,
) -> str:
    """The document a long/short ratio most likely is (``hint``: the piece says
    passport or ID card). A passport's data page and an ID card lie landscape: a
    portrait quad of that ratio is an opened booklet or a sheet, never snapped to them."""
    sizes = document_sizes(limits)
    tol = limits.scan_snap_tolerance

    def error(kind: str) -> float:
        short, long = sizes[kind]
        return abs(aspect / (long / short) - 1)

    if hint in sizes and landscape:
        # The hint widens the tolerance (a foreshortened card measures short) but
        # does not beat a sheet that fits much better: a landscape A4 page in the
        # card's piece is 10.8 % off a card and 0 % off A4, so it stays a page. Nor,
        # in the passport's piece, a card: 11.7 % off a passport page, 0 % off ID-1.
        near = ("a4", "letter", "id_card") if hint == "passport" else ("a4", "letter")
        others = min(error(k) for k in near if k != hint)
        if error(hint) <= 2 * tol and error(hint) < others + tol:
            return hint
    if aspect >= limits.receipt_min_aspect:
        return "receipt"
    best, err = "document", tol
    for kind in ("a4", "letter", "id_card"):
        e = error(kind)
        if e <= err:
            best, err = kind, e
    return best


def _touches(quad: np.ndarray, w: int, h: int, limits: Limits) -> bool:
    m = limits.scan_edge_touch * max(w, h) + 1
    return bool(
        np.any(quad[:, 0] <= m)
        or np.any(quad[:, 1] <= m)
        or np.any(quad[:, 0] >= w - 1 - m)
        or np.any(quad[:, 1] >= h - 1 - m)
    )


def _paper_border(lab: np.ndarray) -> bool:
    """The photo's border is light, plain paper: a page filling the frame (a scan)."""
    h, w = lab.shape[:2]
    m = max(2, round(0.02 * min(h, w)))
    ring = np.concatenate(
        [lab[:m].reshape(-1, 3), lab[-m:].reshape(-1, 3)]
        + [lab[:, :m].reshape(-1, 3), lab[:, -m:].reshape(-1, 3)]
    ).astype(np.float32)
    light = np.mean(ring[:, 0] > 185)  # OpenCV's 8-bit L: 0-255
    plain = np.mean(np.hypot(ring[:, 1] - 128, ring[:, 2] - 128) < 12)
    return bool(light > 0.9 and plain > 0.9)


def _work_copy(img: Image.Image | np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    if isinstance(img, np.ndarray):
        rgb = img if img.ndim == 3 else cv2.cvtColor(img, cv2.COLOR_GRAY2RGB)
    else:
        rgb = np.asarray(img if img.mode == "RGB" else img.convert("RGB"))
    h, w = rgb.shape[:2]
    scale = min(1.0, long_side / max(w, h))
    if scale < 1:  # bilinear: the edges are found on it, then refined on the photo
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        rgb = cv2.resize(rgb, size, interpolation=cv2.INTER_LINEAR)
    return rgb, scale


def detect(
    img: Image.Image | np.ndarray,
    *,
    hint: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    refined: bool = True,
) -> Detection | None:
    """The document in an upright photo (any size; it is reduced first), or None.
    ``img``: a Pillow image or an RGB array. ``refined``: the corners are placed on
    ``img`` itself when it is larger than the work copy (False: the caller places
    them on a larger decode, ``refine_px``)."""
    arr, _ = _work_copy(img, limits.scan_work_long_side)
    h, w = arr.shape[:2]
    if min(h, w) < 32:
        return None
    lab = cv2.cvtColor(arr, cv2.COLOR_RGB2LAB)
    grey = cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY)
    frame = float(w * h)
    step = max(3.0, 0.008 * max(w, h))
    best: tuple[tuple[float, float], np.ndarray, str] | None = None
    for quad, method in _edge_candidates(grey) + _colour_candidates(lab):
        area = abs(cv2.contourArea(quad)) / frame
        if area < limits.scan_min_area or area > limits.scan_full_frame:
            continue
        sides = _side_contrast(lab, quad, step)
        seen = [s for s in sides if s is not None]
        if len(seen) < 2:
            continue
        # 25 Lab units across the weakest side is a clear edge.
        contrast = min(1.0, min(seen) / 25.0)
        score = contrast * _rectangularity(quad)
        key = (
            round(score, 2),
            area,
        )  # equal scores: the larger outline (the page, not a box on it)
        if best is None or key > best[0]:
            best = (key, quad, method)
    if best is None or best[0][0] < limits.scan_min_confidence:
        return None
    (score, _), quad, method = best
    found = _detection(quad, w, h, score, method, hint, limits)
    full = img.shape[:2] if isinstance(img, np.ndarray) else img.size
    return refine(img, found) if refined and max(full) > max(w, h) else found


def _detection(
    quad: np.ndarray, w: int, h: int, score: float, method: str, hint: str | None, limits: Limits
) -> Detection:
    norm = tuple((float(x) / w, float(y) / h) for x, y in quad)
    area = abs(cv2.contourArea(quad)) / float(w * h)
    return Detection(
        quad=norm,  # type: ignore[arg-type]  # four pairs, by construction
        confidence=round(float(score), 3),
        kind=kind_of(_aspect(quad), hint, limits, _landscape(quad)),
        area=area,
        touches_edge=_touches(quad, w, h, limits),
        method=method,
    )


def given(
    quad: Quad,
    *,
    hint: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    size: tuple[int, int] | None = None,
) -> Detection:
    """A person's corners (fractions), as a detection of full confidence. ``size``: the
    upright photo's (width, height): the fractions are of each side, so the document's
    shape (A4 or a card) is only known on the photo's own proportions."""
    w, h = size if size and size[0] > 0 and size[1] > 0 else (1, 1)
    k = 1000.0 / max(w, h)
    sw, sh = max(1, round(w * k)), max(1, round(h * k))
    q = _order(np.array(quad, np.float32) * np.array([sw, sh], np.float32))
    return _detection(q, sw, sh, 1.0, "given", hint, limits)


# Blur (3 x 3 Gaussian, [1 2 1] / 4) then Sobel, as one 5 x 5 kernel: the gradient is
# computed only where ``refine`` looks, never over the whole photo.
_SMOOTH = np.array([1, 4, 6, 4, 1], np.float32) / 4
_DERIV = np.array([-1, -2, 0, 2, 1], np.float32) / 4
_KX = np.outer(_SMOOTH, _DERIV).ravel()  # rows: y, columns: x
_KY = np.outer(_DERIV, _SMOOTH).ravel()
_NEIGH = np.array([(dy, dx) for dy in range(-2, 3) for dx in range(-2, 3)], np.int64)


def _grey_at(arr: np.ndarray, ys: np.ndarray, xs: np.ndarray, bgr: bool) -> np.ndarray:
    """Grey values of ``arr`` at the given pixels (OpenCV's weights)."""
    px = arr[ys, xs].astype(np.float32)
    if arr.ndim == 2:
        return px
    weights = (0.114, 0.587, 0.299) if bgr else (0.299, 0.587, 0.114)
    return px[..., :3] @ np.array(weights, np.float32)


def refine_px(
    arr: np.ndarray, quad: np.ndarray, *, long_side: int = 1600, bgr: bool = False
) -> np.ndarray:
    """Corners (pixels of ``arr``, four in cyclic order) placed more precisely: each
    side is moved onto the strongest edge within a few pixels of it (a line fitted
    through them), the corners are where those lines cross. A side with no clear edge
    stays put. The edges are measured on every k-th pixel (about ``long_side`` across),
    and only in the bands along the sides: no full-size grey copy or gradient."""
    full_h, full_w = arr.shape[:2]
    k = max(1, max(full_h, full_w) // long_side)
    h, w = -(-full_h // k), -(-full_w // k)  # the virtual grid: every k-th pixel
    q = np.asarray(quad, np.float32).reshape(4, 2) / k
    r = max(4, round(0.01 * max(w, h)))
    offsets = np.arange(-r, r + 1, dtype=np.float32)
    lines: list[tuple[np.ndarray, np.ndarray] | None] = []
    for i in range(4):
        a, b = q[i], q[(i + 1) % 4]
        seg = b - a
        length = float(np.hypot(*seg))
        if length < 10:
            lines.append(None)
            continue
        normal = np.array([-seg[1], seg[0]], np.float32) / length
        ts = np.linspace(0.08, 0.92, 48, dtype=np.float32)
        base = a[None, :] + ts[:, None] * seg[None, :]
        probe = base[:, None, :] + offsets[None, :, None] * normal[None, None, :]
        xs = np.clip(np.rint(probe[..., 0]).astype(np.int64), 0, w - 1)
        ys = np.clip(np.rint(probe[..., 1]).astype(np.int64), 0, h - 1)
        inside = (
            (probe[..., 0] >= 0) & (probe[..., 0] < w) & (probe[..., 1] >= 0) & (probe[..., 1] < h)
        )
        # 5 x 5 neighbourhoods on the virtual grid, clamped at its edges (replicate)
        ny = np.clip(ys[..., None] + _NEIGH[:, 0], 0, h - 1) * k
        nx = np.clip(xs[..., None] + _NEIGH[:, 1], 0, w - 1) * k
        g = _grey_at(arr, np.minimum(ny, full_h - 1), np.minimum(nx, full_w - 1), bgr)
        mag = np.hypot(g @ _KX, g @ _KY)
        vals = np.where(inside, mag, 0)
        best = vals.argmax(axis=1)
        strong = vals.max(axis=1) > 3 * max(1.0, float(np.median(vals)))
        if strong.sum() < 12:
            lines.append(None)
            continue
        pts = base[strong] + offsets[best[strong], None] * normal[None, :]
        vx, vy, x0, y0 = cv2.fitLine(pts.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
        lines.append((np.array([x0, y0], np.float32), np.array([vx, vy], np.float32)))
    out = q.copy()
    for i in range(4):
        l1, l2 = lines[i - 1], lines[i]  # the sides meeting at corner i
        if l1 is None or l2 is None:
            continue
        (p1, d1), (p2, d2) = l1, l2
        denom = d1[0] * d2[1] - d1[1] * d2[0]
        if abs(denom) < 1e-3:
            continue
        t = ((p2[0] - p1[0]) * d2[1] - (p2[1] - p1[1]) * d2[0]) / denom
        corner = p1 + t * d1
        if float(np.hypot(*(corner - q[i]))) <= 2 * r:
            out[i] = corner
    return out * k


def refine(img: Image.Image | np.ndarray, det: Detection, *, long_side: int = 1600) -> Detection:
    """``det`` with its corners placed more precisely on a larger copy (``refine_px``).
    ``img``: a Pillow image or an RGB (or grey) array of the upright photo."""
    if det.method == "given":
        return det
    if isinstance(img, np.ndarray):
        arr = img
    else:
        arr = np.asarray(img if img.mode in ("RGB", "L") else img.convert("RGB"))
    h, w = arr.shape[:2]
    quad = np.array(det.quad, np.float32) * np.array([w, h], np.float32)
    out = refine_px(arr, quad, long_side=long_side)
    norm = tuple((float(x) / w, float(y) / h) for x, y in out)
    return Detection(
        quad=norm,  # type: ignore[arg-type]  # four pairs, by construction
        confidence=det.confidence,
        kind=det.kind,
        area=det.area,
        touches_edge=det.touches_edge,
        method=det.method,
    )


# ----- EXIF orientation without turning the pixels ------------------------------------
def _to_stored(x: float, y: float, orientation: int) -> tuple[float, float]:
    """A point of the upright photo (fractions) in the stored, unturned picture."""
    return {
        2: (1 - x, y),
        3: (1 - x, 1 - y),
        4: (x, 1 - y),
        5: (y, x),
        6: (y, 1 - x),
        7: (1 - y, 1 - x),
        8: (1 - y, x),
    }.get(orientation, (x, y))


def _to_upright(x: float, y: float, orientation: int) -> tuple[float, float]:
    """The inverse of ``_to_stored``."""
    return {
        2: (1 - x, y),
        3: (1 - x, 1 - y),
        4: (x, 1 - y),
        5: (y, x),
        6: (1 - y, x),
        7: (1 - y, 1 - x),
        8: (y, 1 - x),
    }.get(orientation, (x, y))


def stored_quad(quad: Quad, orientation: int, width: int, height: int) -> np.ndarray:
    """The upright quad (fractions) as pixels of the stored ``width`` x ``height``
    picture, corners still in the upright order (TL, TR, BR, BL as seen): a warp from
    these to a rectangle gives an upright page without turning the photo first."""
    pts = [_to_stored(float(x), float(y), orientation) for x, y in quad]
    return np.array(pts, np.float32) * np.array([width, height], np.float32)


def upright_quad(pts: np.ndarray, orientation: int, width: int, height: int) -> Quad:
    """``stored_quad``'s inverse: fractions of the upright photo."""
    fr = np.asarray(pts, np.float32) / np.array([width, height], np.float32)
    return tuple(_to_upright(float(x), float(y), orientation) for x, y in fr)  # type: ignore[return-value]


def is_scan_like(img: Image.Image, limits: Limits = DEFAULT_LIMITS) -> bool:
    """Paper to the photo's edges: nothing to find, and nothing to warn about."""
    arr, _ = _work_copy(img, 256)
    return _paper_border(cv2.cvtColor(arr, cv2.COLOR_RGB2LAB))


def detect_file(
    path: Any, *, hint: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> dict[str, Any] | None:
    """The document in a photo file (JSON-ready, with ``document_dpi``), or None for a
    scan, a screenshot, a PDF or a photo where nothing was found."""
    from PIL import ImageOps

    try:
        im = Image.open(path)
    except Exception:  # not a picture (a PDF…): nothing to find
        return None
    with im:
        if not looks_like_photo(im, limits):
            return None
        w, h = im.size
        if im.format == "JPEG":
            k = limits.scan_work_long_side
            im.draft("RGB", (max(1, w * k // max(w, h)), max(1, h * k // max(w, h))))
        upright = ImageOps.exif_transpose(im)
        det = detect(upright.convert("RGB"), hint=hint, limits=limits)
        if det is None:
            return None
        orientation = im.getexif().get(0x0112)
        uw, uh = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
        return det.to_json(uw, uh) | {"document_dpi": round(document_dpi(det, uw, uh, limits), 1)}


def preview(
    path: Any,
    quad: list[list[float]] | None = None,
    *,
    long_side: int = 1000,
    hint: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Image.Image, Image.Image | None, dict[str, Any] | None]:
    """(before, after, detection) at ``long_side``: the upright photo and its cleaned
    document (None when no document is found and no corners are given)."""
    from PIL import ImageOps

    with Image.open(path) as im:
        if im.format == "JPEG":
            w, h = im.size
            k = max(long_side, limits.scan_work_long_side)
            im.draft("RGB", (max(1, w * k // max(w, h)), max(1, h * k // max(w, h))))
        before = ImageOps.exif_transpose(im).convert("RGB")
    before.thumbnail((long_side, long_side))
    if quad is not None:
        corners = tuple(tuple(p) for p in quad)
        det: Detection | None = given(corners, hint=hint, limits=limits, size=before.size)  # type: ignore[arg-type]
    else:
        det = detect(before, hint=hint, limits=limits)
    if det is None:
        return before, None, None
    after = flatten(before, det, limits=limits).image
    return before, after, det.to_json(before.width, before.height)


# ----- flattening ----------------------------------------------------------------------
@dataclass
class Flattened:
    """The cleaned document and what was done to it."""

    image: Image.Image  # RGB, upright, the document only
    kind: str
    dpi: float  # of the document at this size (its true size known or assumed A4)
    source_dpi: float  # the most the photo had on the document
    skew: float  # degrees corrected after the warp
    glare: float  # share of the document blown out to white
    size_mm: tuple[float, float] | None  # true size when the kind has one
    turned: int = 0  # degrees clockwise the text lines asked for (``intake.orient``)


def _true_size_mm(kind: str, aspect: float, limits: Limits) -> tuple[float, float] | None:
    sizes = document_sizes(limits)
    if kind in sizes:
        return sizes[kind]
    return None


def source_extent(det: Detection, width: int, height: int) -> tuple[float, float]:
    """The document's (short, long) side in pixels of a ``width`` x ``height`` photo."""
    q = np.array(det.quad, np.float32) * np.array([width, height], np.float32)
    top, bottom = np.hypot(*(q[1] - q[0])), np.hypot(*(q[2] - q[3]))
    left, right = np.hypot(*(q[3] - q[0])), np.hypot(*(q[2] - q[1]))
    w, h = float(max(top, bottom)), float(max(left, right))
    return min(w, h), max(w, h)


def document_dpi(det: Detection, width: int, height: int, limits: Limits = DEFAULT_LIMITS) -> float:
    """Dots per inch the photo has on the document (its true size, else fitted to A4)."""
    short_px, long_px = source_extent(det, width, height)
    size = _true_size_mm(det.kind, long_px / max(1.0, short_px), limits)
    if size is None:  # a receipt or an unknown document: as printed to fill A4
        a_short, a_long = limits.a4_width_mm, limits.a4_height_mm
        scale = min(a_short / short_px, a_long / long_px)
        size = (short_px * scale, long_px * scale)
    return min(short_px / (size[0] / MM_PER_IN), long_px / (size[1] / MM_PER_IN))


def _deskew_angle(grey: np.ndarray, limits: Limits) -> float:
    """Residual skew (degrees) of the text lines, from the projection profile."""
    small = grey
    scale = 700 / max(grey.shape)
    if scale < 1:
        small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    thr = cv2.adaptiveThreshold(
        small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15
    )
    h, w = thr.shape
    m = round(0.04 * min(h, w))  # the warp's own edge is not text
    thr[:m], thr[-m:], thr[:, :m], thr[:, -m:] = 0, 0, 0, 0
    ys, xs = np.nonzero(thr)
    if len(xs) < 200:
        return 0.0
    if len(xs) > 40_000:
        pick = np.random.default_rng(0).choice(len(xs), 40_000, replace=False)
        xs, ys = xs[pick], ys[pick]
    xs = xs.astype(np.float32) - w / 2
    ys = ys.astype(np.float32) - h / 2
    best, best_score = 0.0, -1.0
    span = limits.scan_deskew_max
    for coarse in (True, False):
        angles = (
            np.arange(-span, span + 1e-6, 0.5)
            if coarse
            else np.arange(best - 0.5, best + 0.5 + 1e-6, 0.1)
        )
        for a in angles:
            t = math.radians(float(a))
            proj = ys * math.cos(t) - xs * math.sin(t)
            hist = np.bincount((proj - proj.min()).astype(np.int32))
            score = float(np.dot(hist.astype(np.float64), hist))
            if score > best_score:
                best, best_score = float(a), score
    return best


def _illumination(small: np.ndarray) -> np.ndarray:
    """The light falling on the paper, per channel, as a smooth surface (a degree-3
    polynomial in x and y) fitted to the paper's pixels only: text, photos, logos and
    stamps are left out (they are darker than the fit), so a large grey photo on the
    page is not mistaken for shadow and washed out."""
    h, w = small.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    x, y = (xx / max(1, w - 1) * 2 - 1).ravel(), (yy / max(1, h - 1) * 2 - 1).ravel()
    terms = np.stack(
        [np.ones_like(x), x, y, x * x, x * y, y * y, x**3, x * x * y, x * y * y, y**3], axis=1
    )
    vals = small.reshape(-1, 3).astype(np.float32)
    lum = vals.mean(axis=1)
    mask = lum >= np.percentile(lum, 40)
    fit = np.empty_like(vals)
    for _ in range(3):
        if mask.sum() < 50:
            break
        a = terms[mask].astype(np.float64)
        # Normal equations (10 x 10): no LAPACK threads fighting the other workers.
        coef = np.linalg.solve(a.T @ a + 1e-6 * np.eye(a.shape[1]), a.T @ vals[mask])
        fit = (terms @ coef).astype(np.float32)
        mask = lum >= 0.9 * fit.mean(axis=1)
    else:
        return fit.reshape(h, w, 3)
    return np.broadcast_to(np.percentile(vals, 90, axis=0), vals.shape).reshape(h, w, 3)


#: The long side (pixels) of the light map: a smooth surface (degree 3) fitted to
#: the paper needs few (96 against 160: the page differs by under 1 grey level on
#: average, the fit costs a third).
LIGHT_MAP_SIDE = 96


def light_map(rgb: np.ndarray, limits: Limits, strong: bool = True) -> np.ndarray:
    """The light on the paper of a flattened document, as a small picture (long side
    ``LIGHT_MAP_SIDE``): computed on any reduced copy of the page, stretched to the
    page by ``even_light``."""
    h, w = rgb.shape[:2]
    f = LIGHT_MAP_SIDE / max(h, w)
    small = cv2.resize(
        rgb, (max(8, round(w * f)), max(8, round(h * f))), interpolation=cv2.INTER_AREA
    )
    light = _illumination(small)
    paper = np.percentile(light.reshape(-1, 3), 95, axis=0)
    light = np.maximum(light, paper * limits.scan_shadow_floor)
    if not strong:  # a card: one white balance for the whole picture, no local lift
        light = np.broadcast_to(paper, light.shape)
    return np.clip(light, 1, 255).astype(np.uint8)


#: Levels: the paper (and anything within a few levels of it) white, ink darker.
_LEVELS = np.clip((np.arange(256, dtype=np.float32) - 20) * 255 / (238 - 20), 0, 255)
_LEVELS = (255 * (_LEVELS / 255) ** 1.25).astype(np.uint8)


def even_light(page: np.ndarray, light: np.ndarray, *, bgr: bool = False) -> np.ndarray:
    """Divide each channel of ``page`` by ``light`` (``light_map``'s RGB, any size):
    shadow and uneven light go, the paper turns white, colours keep their hue. A grey
    page is divided by the light's grey."""
    h, w = page.shape[:2]
    if page.ndim == 2:
        light = cv2.cvtColor(light, cv2.COLOR_RGB2GRAY)
    elif bgr:
        light = np.ascontiguousarray(light[..., ::-1])
    bg = cv2.resize(light, (w, h), interpolation=cv2.INTER_LINEAR)
    out = cv2.divide(page, bg, dst=bg, scale=255)  # the light's array, reused
    return cv2.LUT(out, _LEVELS, dst=out)


def _flatten_light(rgb: np.ndarray, limits: Limits, strong: bool) -> np.ndarray:
    """Divide each channel by the light on the paper (``light_map``, ``even_light``)."""
    return even_light(rgb, light_map(rgb, limits, strong))


def _glare(rgb: np.ndarray) -> float:
    """Share of the document blown out to pure white in blobs (a reflection)."""
    small = rgb
    f = 400 / max(rgb.shape[:2])
    if f < 1:
        small = cv2.resize(rgb, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    blown = cv2.inRange(small, (250, 250, 250), (255, 255, 255)) // 255  # every channel
    blown = cv2.morphologyEx(blown, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    return float(blown.mean())


def target_pixels(
    det: Detection, width: int, height: int, limits: Limits = DEFAULT_LIMITS
) -> tuple[int, int]:
    """(width, height) of the flattened document: its true aspect ratio, at
    ``scan_target_dpi`` on the document when the photo has that much, never enlarged."""
    short_px, long_px = source_extent(det, width, height)
    q = np.array(det.quad, np.float32) * np.array([width, height], np.float32)
    portrait = (np.hypot(*(q[3] - q[0])) + np.hypot(*(q[2] - q[1]))) >= (
        np.hypot(*(q[1] - q[0])) + np.hypot(*(q[2] - q[3]))
    )
    size = _true_size_mm(det.kind, long_px / max(1.0, short_px), limits)
    if size is not None:
        ratio = size[1] / size[0]
        want_long = size[1] / MM_PER_IN * limits.scan_target_dpi
        long_out = min(long_px, want_long)
        short_out = long_out / ratio
    else:
        ratio = long_px / max(1.0, short_px)
        a_scale = min(limits.a4_width_mm / short_px, limits.a4_height_mm / long_px)
        want_long = long_px * a_scale / MM_PER_IN * limits.scan_target_dpi
        long_out = min(long_px, want_long)
        short_out = long_out / ratio
    lw, sw = max(1, round(long_out)), max(1, round(short_out))
    return (sw, lw) if portrait else (lw, sw)


def flatten(
    img: Image.Image | np.ndarray,
    det: Detection,
    *,
    limits: Limits = DEFAULT_LIMITS,
    deskew: bool = True,
) -> Flattened:
    """The document of an upright photo, warped flat (``target_pixels``), deskewed,
    light evened out, turned upright from its text (the bundle's workers do the same
    in two decodes: ``survey`` and ``render``)."""
    if isinstance(img, np.ndarray):
        rgb = img
    else:
        rgb = np.asarray(img if img.mode == "RGB" else img.convert("RGB"))
    h, w = rgb.shape[:2]
    tw, th = target_pixels(det, w, h, limits)
    src = np.array(det.quad, np.float32) * np.array([w, h], np.float32)
    angle = 0.0
    if deskew:
        # Measure on a small warp, correct in the one full-size warp.
        f = min(1.0, 900 / max(tw, th))
        d = 0.004 * max(tw, th)  # the outline ``_page_matrix`` warps, smaller
        dst = np.array(
            [[-d, -d], [tw - 1 + d, -d], [tw - 1 + d, th - 1 + d], [-d, th - 1 + d]], np.float32
        )
        sm = cv2.getPerspectiveTransform(src, dst * f)
        small = cv2.warpPerspective(
            rgb, sm, (max(1, round(tw * f)), max(1, round(th * f))), flags=cv2.INTER_AREA
        )
        angle = _deskew_angle(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), limits)
        if abs(angle) < limits.scan_deskew_min:
            angle = 0.0
    warped = cv2.warpPerspective(
        rgb,
        _page_matrix(src, (tw, th), angle),
        (tw, th),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    glare = _glare(warped)
    # A card or a passport page is printed in colour to its edges: evening out its
    # "paper" would wash its tint (and its outline) to white. It stays as photographed.
    card = det.kind in ("id_card", "passport")
    clean = warped if card else _flatten_light(warped, limits, strong=True)
    turned = 0
    if not card:  # which way up, from the text lines; turned only when sure
        from desktop.intake import orient

        turned = orient.orientation(cv2.cvtColor(clean, cv2.COLOR_RGB2GRAY)).rotation
        clean = orient.rotate(clean, turned)
    kind = det.kind
    true_mm = _true_size_mm(kind, max(tw, th) / max(1, min(tw, th)), limits)
    short_px, long_px = min(tw, th), max(tw, th)
    if true_mm is None:
        a_scale = min(limits.a4_width_mm / short_px, limits.a4_height_mm / long_px)
        dpi = long_px / (long_px * a_scale / MM_PER_IN)
    else:
        dpi = long_px / (true_mm[1] / MM_PER_IN)
    return Flattened(
        image=Image.fromarray(clean),
        kind=kind,
        dpi=float(dpi),
        source_dpi=document_dpi(det, w, h, limits),
        skew=angle,
        glare=glare,
        size_mm=true_mm,
        turned=turned,
    )


@dataclass
class Survey:
    """What the reduced copy of a photo tells before the full decode: the skew left
    after the warp, the glare, the light on the paper, and the cleaned page (small),
    on which the colour is judged."""

    angle: float
    glare: float
    light: np.ndarray | None  # ``light_map``; None for a card (no light evened)
    small: np.ndarray  # the cleaned page, RGB, about 900 px


def _page_matrix(src: np.ndarray, size: tuple[int, int], angle: float) -> np.ndarray:
    """Perspective from ``src`` (four corners, pixels) to a ``size`` page, a few pixels
    inside the outline (no sliver of the table), turned by ``angle`` degrees."""
    tw, th = size
    d = 0.004 * max(tw, th)
    dst = np.array(
        [[-d, -d], [tw - 1 + d, -d], [tw - 1 + d, th - 1 + d], [-d, th - 1 + d]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(np.asarray(src, np.float32), dst)
    if angle:
        rot = cv2.getRotationMatrix2D((tw / 2, th / 2), angle, 1.0)
        matrix = np.vstack([rot, [0, 0, 1]]) @ matrix
    return matrix


def survey(
    small: np.ndarray,
    det: Detection,
    size: tuple[int, int],
    *,
    limits: Limits = DEFAULT_LIMITS,
    deskew: bool = True,
) -> Survey:
    """Measure on ``small`` (the upright photo reduced, RGB) what the page of ``size``
    pixels will need: each measure wants a few hundred pixels, not twelve million."""
    h, w = small.shape[:2]
    src = np.array(det.quad, np.float32) * np.array([w, h], np.float32)
    _, long_px = source_extent(det, w, h)
    f = min(1.0, 900 / max(size), long_px / max(size))
    sz = (max(8, round(size[0] * f)), max(8, round(size[1] * f)))
    angle = 0.0
    if deskew:
        first = cv2.warpPerspective(small, _page_matrix(src, sz, 0.0), sz, flags=cv2.INTER_AREA)
        angle = _deskew_angle(cv2.cvtColor(first, cv2.COLOR_RGB2GRAY), limits)
        if abs(angle) < limits.scan_deskew_min:
            angle = 0.0
    warped = cv2.warpPerspective(
        small,
        _page_matrix(src, sz, angle),
        sz,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    card = det.kind in ("id_card", "passport")
    light = None if card else light_map(warped, limits)
    clean = warped if light is None else even_light(warped, light)
    return Survey(angle=angle, glare=_glare(warped), light=light, small=clean)


def render(
    pixels: np.ndarray,
    quad: np.ndarray,
    size: tuple[int, int],
    look: Survey,
    *,
    bgr: bool = False,
) -> np.ndarray:
    """The page: ``pixels`` (any orientation, grey, RGB or BGR) warped once from
    ``quad`` (its pixels, upright order) straight to ``size``, turned by the survey's
    angle, its light evened with the survey's map. Grey in, grey out; colour comes out
    RGB."""
    page = cv2.warpPerspective(
        pixels,
        _page_matrix(quad, size, look.angle),
        size,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    if look.light is not None:
        page = even_light(page, look.light, bgr=bgr)
    if page.ndim == 3 and bgr:
        page = cv2.cvtColor(page, cv2.COLOR_BGR2RGB)
    return page


def antialias(page: np.ndarray, sigma: float) -> np.ndarray:
    """A light Gaussian smoothing (``sigma`` in pixels; 0: none)."""
    if sigma <= 0:
        return page
    return cv2.GaussianBlur(page, (0, 0), sigma)


def with_colour(grey: np.ndarray, look: Survey, *, bgr: bool = False) -> np.ndarray:
    """An RGB page (BGR with ``bgr``) from its full-size grey (the detail) and the
    survey's small cleaned page (the colour): JPEG keeps colour at half the
    resolution of the grey at best (4:2:0), and the survey's page has about that
    much. The full photo is then only ever decoded in grey: a third of the memory,
    no colour conversion. The page is made in one array, converted in place."""
    h, w = grey.shape[:2]
    chroma = cv2.cvtColor(look.small, cv2.COLOR_RGB2YCrCb)
    chroma = cv2.resize(chroma, (w, h), interpolation=cv2.INTER_LINEAR)
    chroma[..., 0] = grey
    return cv2.cvtColor(chroma, cv2.COLOR_YCrCb2BGR if bgr else cv2.COLOR_YCrCb2RGB, dst=chroma)


__all__ = [
    "KINDS",
    "antialias",
    "Detection",
    "Flattened",
    "Quad",
    "detect",
    "detect_file",
    "document_dpi",
    "document_sizes",
    "flatten",
    "given",
    "is_scan_like",
    "kind_of",
    "light_map",
    "even_light",
    "looks_like_photo",
    "preview",
    "refine",
    "refine_px",
    "render",
    "source_extent",
    "stored_quad",
    "survey",
    "upright_quad",
    "with_colour",
    "target_pixels",
]

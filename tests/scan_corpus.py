"""Synthetic phone photos of documents with KNOWN corners (issue 17), and controls
that must not be cropped. Made with Pillow, numpy and OpenCV; no personal data.

A ``Case`` is a photo on disk (JPEG with a camera's EXIF, possibly stored turned
with an EXIF orientation) and the document's true corners in the *upright* photo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

WORDS = "le la de des pour avec titre séjour préfecture avis impôt loyer bail facture".split()
PAPER = (246, 244, 238)
BACKGROUNDS = ("wood", "slate", "light_grey", "beige_cloth")


@dataclass
class Case:
    name: str
    path: Path
    kind: str  # a4 | passport | id_card | receipt
    corners: np.ndarray  # 4x2, TL TR BR BL, upright photo pixels
    size: tuple[int, int]  # upright photo (w, h)
    aspect: float  # true long/short of the document
    background: str
    extra: dict[str, object] = field(default_factory=dict)


def _font(px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=max(6, px))


def a4_page(width: int, seed: int = 1, rule: bool = True, stamp: bool = True) -> Image.Image:
    """A4 portrait page with text lines, a dark rule near the top (for measuring skew)
    and a blue stamp."""
    rng = random.Random(seed)
    h = round(width * 297 / 210)
    img = Image.new("RGB", (width, h), PAPER)
    d = ImageDraw.Draw(img)
    m = round(width * 0.1)
    fs = max(7, width // 60)
    y = round(h * 0.16)
    if rule:
        d.rectangle((m, round(h * 0.1), width - m, round(h * 0.1) + max(3, width // 150)), fill=20)
    while y < h * 0.85:
        line = " ".join(rng.choice(WORDS) for _ in range(40))
        d.text(
            (m, y),
            line[: max(10, (width - 2 * m) // (fs // 2 + 1))],
            fill=(30, 30, 35),
            font=_font(fs),
        )
        y += round(fs * 1.6)
    if stamp:
        r = width // 10
        cx, cy = width - 2 * r, h - 2 * r
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(40, 70, 190), width=max(2, r // 8))
    return img


def passport_page(width: int, seed: int = 2) -> Image.Image:
    """ID-3 data page (125 x 88 mm, landscape): tinted paper, a photo, an MRZ."""
    h = round(width * 88 / 125)
    img = Image.new("RGB", (width, h), (232, 226, 236))
    d = ImageDraw.Draw(img)
    for k in range(0, width, max(4, width // 60)):  # guilloche-ish pattern
        d.line((k, 0, k + h // 2, h), fill=(222, 214, 230), width=1)
    pw = width // 4
    d.rectangle(
        (width // 20, h // 6, width // 20 + pw, h // 6 + round(pw * 1.3)), fill=(150, 120, 100)
    )
    fs = max(7, width // 40)
    for i in range(5):
        d.text(
            (width // 3, h // 6 + i * fs * 2),
            "NOM / SURNAME  EXEMPLE",
            fill=(40, 40, 60),
            font=_font(fs),
        )
    mrz = "P<FRAEXEMPLE<<JEAN<<<<<<<<<<<<<<<<<<<<<<<<<"
    for i in range(2):
        d.text(
            (width // 25, round(h * 0.78) + i * fs * 1.5), mrz, fill=(20, 20, 20), font=_font(fs)
        )
    return img


def id_card(width: int, seed: int = 3) -> Image.Image:
    """ID-1 card (85.6 x 53.98 mm, landscape): pale colour, photo, text."""
    h = round(width * 53.98 / 85.6)
    img = Image.new("RGB", (width, h), (214, 228, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, h // 7), fill=(60, 90, 160))
    pw = width // 4
    d.rectangle(
        (width // 20, h // 4, width // 20 + pw, h // 4 + round(pw * 1.25)), fill=(140, 110, 95)
    )
    fs = max(7, width // 30)
    for i in range(4):
        d.text(
            (width // 3, h // 4 + i * fs * 2),
            "CARTE EXEMPLE 0123",
            fill=(30, 30, 50),
            font=_font(fs),
        )
    return img


def receipt(width: int, seed: int = 4) -> Image.Image:
    """A till receipt: narrow, long (1 : 3)."""
    rng = random.Random(seed)
    h = width * 3
    img = Image.new("RGB", (width, h), (250, 250, 247))
    d = ImageDraw.Draw(img)
    fs = max(7, width // 18)
    y = fs * 2
    d.rectangle((width // 10, y, width - width // 10, y + max(2, width // 80)), fill=20)
    y += fs * 2
    while y < h - fs * 3:
        d.text(
            (width // 10, y),
            f"{rng.choice(WORDS)[:8]:<10}{rng.randint(1, 99):>4},00",
            fill=30,
            font=_font(fs),
        )
        y += round(fs * 1.5)
    return img


def background(kind: str, w: int, h: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        grain = np.sin(xx / w * 60 + 3 * np.sin(yy / h * 7)) * 18 + np.sin(xx / w * 230) * 6
        base = np.stack([120 + grain, 78 + grain * 0.7, 45 + grain * 0.4], axis=2)
        noise = rng.normal(0, 6, (h, w, 1))
    elif kind == "slate":
        base = np.full((h, w, 3), (62, 66, 72), np.float32)
        noise = rng.normal(0, 8, (h, w, 1))
    elif kind == "light_grey":  # close to the paper: the colour fallback's case
        base = np.full((h, w, 3), (206, 206, 203), np.float32)
        noise = rng.normal(0, 3, (h, w, 1))
    else:  # beige cloth: a weave texture, light
        weave = (np.sin(xx * 0.9) + np.sin(yy * 0.9)) * 5
        base = np.stack([196 + weave, 182 + weave, 160 + weave], axis=2)
        noise = rng.normal(0, 4, (h, w, 1))
    return np.clip(base + noise, 0, 255).astype(np.uint8)


def place(
    doc: Image.Image,
    bg: np.ndarray,
    corners: np.ndarray,
    *,
    shadow: float = 0.0,
    blur: float = 0.0,
    glare: bool = False,
) -> np.ndarray:
    """The document warped onto the background at ``corners``; a shadow gradient
    (the darkest side ``1 - shadow``), an optional lens blur and reflection."""
    h, w = bg.shape[:2]
    src = np.array(doc)
    dh, dw = src.shape[:2]
    s = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    m = cv2.getPerspectiveTransform(s, corners.astype(np.float32))
    warped = cv2.warpPerspective(src, m, (w, h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((dh, dw), 255, np.uint8), m, (w, h), flags=cv2.INTER_AREA)
    a = (mask.astype(np.float32) / 255)[:, :, None]
    out = warped * a + bg * (1 - a)
    if shadow:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        ramp = 1 - shadow * np.clip((xx / w + yy / h) / 2, 0, 1) ** 1.5
        out = out * ramp[:, :, None]
    if glare:
        c = corners.mean(axis=0)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r = 0.06 * max(w, h)
        spot = np.exp(-(((xx - c[0]) ** 2 + (yy - c[1]) ** 2) / (2 * r * r)))
        out = out + 400 * spot[:, :, None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    return out


def corners_for(
    w: int,
    h: int,
    doc_aspect: float,
    portrait: bool,
    fill: float,
    angle: float,
    tilt: float,
    offset: tuple[float, float] = (0.0, 0.0),
) -> np.ndarray:
    """Corners of a document of ``doc_aspect`` filling ``fill`` of the frame's short
    side, turned ``angle`` degrees, with ``tilt`` (0-0.2) of keystone perspective."""
    short = fill * min(w, h)
    if portrait:
        dw, dh = short / doc_aspect, short
    else:
        dw, dh = short, short / doc_aspect
    if max(dw, dh) > 0.95 * max(w, h):
        k = 0.95 * max(w, h) / max(dw, dh)
        dw, dh = dw * k, dh * k
    pts = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]])
    pts[0, 0] += tilt * dw / 2  # keystone: the far (top) edge is shorter
    pts[1, 0] -= tilt * dw / 2
    t = np.radians(angle)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    pts = pts @ rot.T
    pts += np.array([w / 2 + offset[0] * w, h / 2 + offset[1] * h])
    return pts.astype(np.float32)


#: EXIF orientation -> how the upright picture is stored (the inverse transform).
_STORE = {
    1: None,
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,  # shown turned 90 clockwise: stored turned the other way
    8: Image.Transpose.ROTATE_270,
}


def save_photo(arr: np.ndarray, path: Path, orientation: int = 1, quality: int = 88) -> None:
    img = Image.fromarray(arr)
    op = _STORE[orientation]
    if op is not None:
        img = img.transpose(op)
    exif = Image.Exif()
    exif[0x010F] = "TestPhone"
    exif[0x0110] = "Synthetic 1"
    exif[0x0112] = orientation
    img.save(path, "JPEG", quality=quality, exif=exif.tobytes())


DOCS = {
    "a4": (lambda w: a4_page(w), 297 / 210, True),
    "passport": (lambda w: passport_page(w), 125 / 88, False),
    "id_card": (lambda w: id_card(w), 85.6 / 53.98, False),
    "receipt": (lambda w: receipt(w), 3.0, True),
}


def make_case(
    folder: Path,
    name: str,
    kind: str,
    bg: str,
    *,
    size: tuple[int, int] = (1200, 900),
    fill: float = 0.8,
    angle: float = 0.0,
    tilt: float = 0.0,
    shadow: float = 0.0,
    blur: float = 0.0,
    orientation: int = 1,
    glare: bool = False,
    offset: tuple[float, float] = (0.0, 0.0),
    seed: int = 0,
) -> Case:
    w, h = size
    make, aspect, portrait = DOCS[kind]
    corners = corners_for(w, h, aspect, portrait, fill, angle, tilt, offset)
    # A big photo is drawn at half size and enlarged (as a phone's demosaicing
    # softens it anyway): seconds saved, corners exact.
    k = 2 if max(w, h) > 2000 else 1
    small = corners / k
    extent = max(np.ptp(small[:, 0]), np.ptp(small[:, 1]))
    doc_w = int(max(200, extent * (1 if not portrait else 1 / aspect) * 1.3))
    doc = make(doc_w)
    arr = place(
        doc, background(bg, w // k, h // k, seed), small, shadow=shadow, blur=blur, glare=glare
    )
    if k > 1:
        # corner (x, y) of the small picture lands on (k x + (k-1)/2, …): pixel centres
        arr = cv2.resize(arr, (w, h), interpolation=cv2.INTER_CUBIC)
        corners = small * k + (k - 1) / 2
    path = folder / f"{name}.jpg"
    save_photo(arr, path, orientation)
    return Case(name, path, kind, corners, (w, h), aspect, bg)


def corpus(folder: Path) -> list[Case]:
    """The photos the tests measure (reduced sizes, one 4032 x 3024)."""
    specs = [
        ("a4_wood_tilt", "a4", "wood", dict(angle=9, tilt=0.08, shadow=0.35, size=(900, 1200))),
        ("a4_slate_rot", "a4", "slate", dict(angle=-14, tilt=0.05, size=(900, 1200))),
        (
            "a4_grey_close",
            "a4",
            "light_grey",
            dict(angle=4, tilt=0.04, shadow=0.2, size=(900, 1200)),
        ),
        ("a4_cloth_exif6", "a4", "beige_cloth", dict(angle=-6, size=(900, 1200), orientation=6)),
        (
            "a4_wood_blur_exif3",
            "a4",
            "wood",
            dict(angle=3, blur=1.5, orientation=3, size=(900, 1200)),
        ),
        ("a4_wood_landscape_exif8", "a4", "wood", dict(angle=88, fill=0.85, orientation=8)),
        ("passport_wood", "passport", "wood", dict(angle=-7, tilt=0.05, fill=0.7)),
        ("passport_grey", "passport", "light_grey", dict(angle=5, fill=0.65)),
        ("id_card_slate", "id_card", "slate", dict(angle=11, tilt=0.06, fill=0.55)),
        ("id_card_wood", "id_card", "wood", dict(angle=-4, fill=0.6, shadow=0.25)),
        ("receipt_slate", "receipt", "slate", dict(angle=6, fill=0.92, size=(900, 1200))),
        ("receipt_wood", "receipt", "wood", dict(angle=-3, fill=0.9, size=(900, 1200))),
        ("a4_big_wood", "a4", "wood", dict(angle=8, tilt=0.06, shadow=0.3, size=(3024, 4032))),
    ]
    return [
        make_case(folder, name, kind, bg, seed=i, **kw)  # type: ignore[arg-type]
        for i, (name, kind, bg, kw) in enumerate(specs)
    ]


# ----- controls: must not be cropped ------------------------------------------------
def clean_scan(path: Path) -> None:
    """A flatbed scan: the page to the edges, 300 dpi declared, PNG."""
    a4_page(620).save(path, "PNG", dpi=(300, 300))


def scan_jpeg(path: Path) -> None:
    """A scan saved as JPEG by a phone app (no scanner dpi): paper to the edges."""
    a4_page(900).save(path, "JPEG", quality=90)


def screenshot(path: Path) -> None:
    """A screenshot: dark window chrome, a white document pane inside, PNG."""
    img = Image.new("RGB", (1280, 800), (40, 44, 52))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 1280, 40), fill=(30, 30, 34))
    d.rectangle((300, 80, 980, 780), fill=(255, 255, 255))
    for y in range(120, 740, 22):
        d.text((340, y), "Attestation de domicile - exemple de texte", fill=20, font=_font(14))
    img.save(path, "PNG")


def full_bleed_photo(path: Path) -> None:
    """A camera photo with no document: sky, hills, a house; camera EXIF."""
    w, h = 1200, 900
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sky = np.stack([120 + 60 * yy / h, 170 + 40 * yy / h, 235 - 20 * yy / h], axis=2)
    hill = yy > (h * 0.55 + 60 * np.sin(xx / w * 5))
    sky[hill] = (70, 130, 60)
    arr = np.clip(sky + np.random.default_rng(5).normal(0, 5, (h, w, 1)), 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    d = ImageDraw.Draw(img)
    d.rectangle((700, 420, 900, 600), fill=(180, 160, 140))
    d.polygon([(690, 420), (800, 340), (910, 420)], fill=(140, 60, 50))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    arr = np.asarray(img)
    save_photo(arr, path)

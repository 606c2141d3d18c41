"""Is a picture a camera photo (the document in it may need finding and flattening)
or a scan, a screenshot? Pillow only: nothing of OpenCV is loaded to ask. Shared by
``intake.images`` (what intake measures) and ``intake.scan`` (what it cleans)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from desktop.intake.limits import DEFAULT_LIMITS, Limits

#: Formats a camera writes; PNG, GIF, BMP and TIFF are scans and screenshots unless
#: their EXIF names a camera.
PHOTO_FORMATS = frozenset({"JPEG", "MPO", "HEIF", "AVIF", "WEBP"})
_EXIF_MAKE, _EXIF_MODEL = 0x010F, 0x0110
#: What a piece's photo is, for the document finder (a passport page has A4's ratio):
#: the bundle cleans with it and intake judges with it, so both see the same document.
DOC_HINTS = {
    "passport": "passport",
    "current_permit": "id_card",
    "previous_permits": "id_card",
    "previous_permits_dz": "id_card",
    "previous_permits_3y": "id_card",
    "host_id": "id_card",
}


Point = tuple[float, float]
Corners = tuple[Point, Point, Point, Point]


def corners(quad: Sequence[Sequence[float]] | None) -> Corners | None:
    """A person's corners as stored (``[[x, y]] * 4``, fractions of the upright
    photo) as four points, or None: none given, or not four points of two numbers
    (the document is then looked for)."""
    try:
        pts = [(float(x), float(y)) for x, y in quad or ()]
    except (TypeError, ValueError):
        return None
    if len(pts) != 4:
        return None
    a, b, c, d = pts
    return (a, b, c, d)


@dataclass(frozen=True)
class Framing:
    """What is known of a photo's document before it is looked for, as the bundle is
    told it: what its piece says it is (``hint``, from ``DOC_HINTS``) and the
    person's corners (``quad``: four (x, y), fractions of the upright photo)."""

    hint: str | None = None
    quad: Corners | None = None


def looks_like_photo(im: Image.Image, limits: Limits = DEFAULT_LIMITS) -> bool:
    """A camera photo (cropping may apply), not a scan or a screenshot (Pillow only:
    nothing of OpenCV is loaded to ask).

    A camera's format (JPEG, HEIC, WebP, AVIF) unless it declares a scanner's
    resolution; any format whose EXIF names a camera (Make or Model).
    """
    try:
        exif = im.getexif()
        camera = bool(exif.get(_EXIF_MAKE) or exif.get(_EXIF_MODEL))
    except Exception:  # broken EXIF: judge by the format
        camera = False
    if camera:
        return True
    if (im.format or "").upper() not in PHOTO_FORMATS:
        return False
    dpi = im.info.get("dpi")
    try:
        declared = min(float(dpi[0]), float(dpi[1])) if isinstance(dpi, tuple) else 0.0
    except (TypeError, ValueError, IndexError):
        declared = 0.0
    return declared < limits.dpi_warning  # phones declare 72 (or nothing); scanners 150+

"""Inspecting pictures (JPEG, PNG, TIFF, GIF, WebP, HEIC, AVIF, BMP) at reduced scale.

Bounded work: the size comes from the header (``Image.open`` decodes nothing)
and is checked against the pixel caps *before* any decoding; JPEGs are
decoded by libjpeg at 1/2 to 1/8 scale (``Image.draft``), other formats are
decoded once and reduced straight away. EXIF orientation is applied before
any measure, so sizes and orientation are those a person sees.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from desktop.intake import quality
from desktop.intake.limits import A4_INCHES, Limits
from desktop.intake.photo import Framing, looks_like_photo
from desktop.intake.report import ERROR, WARNING, FileReport, PageInfo, problem
from desktop.intake.sniff import Kind

try:  # HEIC/HEIF (iPhone photos); AVIF may come from Pillow itself
    import pillow_heif

    pillow_heif.register_heif_opener()
    HAVE_HEIF = True
except ImportError:  # pragma: no cover - pillow-heif is a dependency
    HAVE_HEIF = False

#: Pillow plugin names allowed for each sniffed kind (no plugin guessing).
PIL_FORMATS: dict[Kind, tuple[str, ...]] = {
    Kind.JPEG: ("JPEG", "MPO"),
    Kind.PNG: ("PNG",),
    Kind.TIFF: ("TIFF",),
    Kind.GIF: ("GIF",),
    Kind.WEBP: ("WEBP",),
    Kind.HEIC: ("HEIF",),
    Kind.AVIF: ("AVIF", "HEIF"),
    Kind.BMP: ("BMP", "DIB"),
}

_ROTATING_ORIENTATIONS = {5, 6, 7, 8}


def header_size(head: bytes) -> tuple[int, int] | None:
    """Pixel size read straight from a PNG, GIF or BMP header (for messages)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
    if head[:2] == b"BM" and len(head) >= 26:
        return int.from_bytes(head[18:22], "little"), abs(
            int.from_bytes(head[22:26], "little", signed=True)
        )
    return None


def effective_dpi(width: int, height: int, declared: float | None, limits: Limits) -> float:
    """Dots per inch of the picture once printed.

    Printed to fill A4 in its own orientation, unless the file declares a
    scanner-like resolution (≥ ``dpi_warning``) at which the document is
    smaller than A4 (an ID card scanned at 300 dpi is printed at its size,
    not blown up to a full page). Phones declare 72 dpi: ignored.
    """
    short_in, long_in = A4_INCHES
    if width >= height:
        fit = min(width / long_in, height / short_in)
    else:
        fit = min(width / short_in, height / long_in)
    if declared and declared >= limits.dpi_warning:
        w_in, h_in = width / declared, height / declared
        if max(w_in, h_in) <= long_in + 0.1 and min(w_in, h_in) <= short_in + 0.1:
            return declared
    return fit


def _declared_dpi(info: Mapping[Any, Any]) -> float | None:
    dpi = info.get("dpi")
    if isinstance(dpi, tuple) and len(dpi) == 2:
        try:
            value = min(float(dpi[0]), float(dpi[1]))
        except (TypeError, ValueError):
            return None
        return value if value > 1 else None
    return None


def _is_truncation(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, EOFError) or "truncated" in text or "end of file" in text


def inspect_image(
    path: Path,
    head: bytes,
    report: FileReport,
    limits: Limits,
    scan: bool = True,
    measure: bool = True,
    *,
    framing: Framing | None = None,
) -> None:
    """``scan``: a camera photo is judged by the document found in it (its
    resolution, sharpness, framing), as the bundle will clean it (issue 17);
    ``framing``: what the bundle is told about it too (what its piece says it
    shows, the person's corners).
    ``measure=False``: only whether the picture can be used (its header, and a
    decode at the smallest scale, which reads every byte of a JPEG): no blank,
    sharpness or orientation measure, no document search."""
    # Pillow warns about corrupt EXIF or oversized pictures: verdicts say it better.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _inspect_image(path, head, report, limits, scan, measure, framing)


def _inspect_image(
    path: Path,
    head: bytes,
    report: FileReport,
    limits: Limits,
    scan: bool,
    measure: bool = True,
    framing: Framing | None = None,
) -> None:
    name = report.file_name
    try:
        im = Image.open(path, formats=PIL_FORMATS.get(report.kind))
    except Image.DecompressionBombError:
        size = header_size(head)
        _too_large(report, size, limits)
        return
    except (UnidentifiedImageError, SyntaxError, ValueError, EOFError, OSError) as exc:
        if report.kind in (Kind.HEIC, Kind.AVIF) and not _is_truncation(exc):
            report.add(problem("unsupported_image", ERROR, file=name, format=report.detail))
        elif _is_truncation(exc):
            report.add(problem("truncated", ERROR, file=name))
        else:
            report.add(problem("unreadable", ERROR, file=name))
        return
    with im:
        try:
            _inspect_open_image(im, report, limits, scan, measure, framing)
        except Image.DecompressionBombError:
            _too_large(report, im.size, limits)
        except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
            report.page_info.clear()
            if _is_truncation(exc):
                report.add(problem("truncated", ERROR, file=name))
            else:
                report.add(problem("unreadable", ERROR, file=name))


def _too_large(report: FileReport, size: tuple[int, int] | None, limits: Limits) -> None:
    width, height = size if size else ("?", "?")
    report.add(
        problem(
            "image_too_large",
            ERROR,
            file=report.file_name,
            width=width,
            height=height,
            max_mp=limits.max_pixels_full // 1_000_000,
        )
    )


def _pixel_cap(kind: Kind, limits: Limits) -> int:
    return limits.max_pixels_draft if kind == Kind.JPEG else limits.max_pixels_full


def _inspect_open_image(
    im: Image.Image,
    report: FileReport,
    limits: Limits,
    scan: bool,
    measure: bool = True,
    framing: Framing | None = None,
) -> None:
    name = report.file_name
    report.colour_mode = im.mode
    cap = _pixel_cap(report.kind, limits)
    frames = 1
    if report.kind == Kind.TIFF:
        frames = _count_tiff_frames(im, limits)
        if frames > limits.max_pages:
            report.pages = frames
            report.add(
                problem(
                    "too_many_pages", ERROR, file=name, count=frames, max_pages=limits.max_pages
                )
            )
            return
    elif getattr(im, "is_animated", False) and im.format != "MPO":
        # (an MPO is a phone's photo with its depth map or preview after it, not an
        # animation: the photo is its first picture, and nothing needs saying)
        report.add(problem("animated_image", WARNING, file=name))
    report.pages = frames
    try:
        orientation = im.getexif().get(0x0112)
    except (OSError, SyntaxError, ValueError, TypeError):  # broken EXIF: ignore it
        orientation = None
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        report.exif_orientation = orientation
    for index in range(frames):
        if frames > 1:
            im.seek(index)
        w, h = im.size
        if w * h > cap or w <= 0 or h <= 0:
            _too_large(report, (w, h), limits)
            return
        analyse = index < limits.max_analysed_pages
        if not measure:
            report.page_info.append(_frame(im, index + 1, report, limits, False))
            if analyse:
                _decodes(im, report.kind)
            continue
        photo = scan and index == 0 and frames == 1 and looks_like_photo(im, limits)
        report.page_info.append(_frame(im, index + 1, report, limits, analyse, photo, framing))


def _decodes(im: Image.Image, kind: Kind) -> None:
    """Decode the picture at the smallest scale its format allows (a JPEG at 1/8:
    every byte is still read, so a cut file raises here). A JPEG that ends on its
    end-of-image marker was not cut: its header was read, its decode is left to the
    page's maker (libjpeg goes past damage inside a complete file)."""
    if kind == Kind.JPEG:
        if _ends_whole(im):
            return
        w, h = im.size
        im.draft(None, (max(1, w // 8), max(1, h // 8)))
    im.load()


def _ends_whole(im: Image.Image) -> bool:
    """The JPEG's file ends with the end-of-image marker (FFD9)."""
    fp = getattr(im, "fp", None)
    if fp is None:
        return False
    try:
        where = fp.tell()
        fp.seek(-2, 2)
        tail = fp.read(2)
        fp.seek(where)
    except (OSError, ValueError):
        return False
    return bool(tail == b"\xff\xd9")


def _count_tiff_frames(im: Image.Image, limits: Limits) -> int:
    count = 1
    try:
        while count <= limits.max_pages:
            im.seek(count)
            count += 1
    except EOFError:
        pass
    im.seek(0)
    return count


def _frame(
    im: Image.Image,
    number: int,
    report: FileReport,
    limits: Limits,
    analyse: bool,
    photo: bool = False,
    framing: Framing | None = None,
) -> PageInfo:
    w, h = im.size
    orientation = report.exif_orientation or 1
    upright = (h, w) if orientation in _ROTATING_ORIENTATIONS else (w, h)
    dpi = effective_dpi(upright[0], upright[1], _declared_dpi(im.info), limits)
    info = PageInfo(number=number, width_px=upright[0], height_px=upright[1], dpi=dpi)
    if not analyse:
        return info
    target = limits.analysis_long_side
    if report.kind == Kind.JPEG:
        scale = target / max(w, h)
        if scale < 1:
            # libjpeg decodes at the smallest 1/2^k scale still >= the request.
            im.draft(None, (max(1, int(w * scale)), max(1, int(h * scale))))
    im.load()
    frame: Image.Image = im
    if im.mode in quality.WIDE_MODES:
        frame = quality.to_grey(im)
    factor = max(frame.size) // target
    if factor >= 2 and frame.mode in ("L", "RGB", "RGBA", "LA", "CMYK", "P", "1"):
        if frame.mode in ("P", "1"):
            frame = frame.convert("RGBA" if frame.mode == "P" else "L")
        frame = frame.reduce(factor)
    if number == 1 and orientation != 1:
        frame = _transpose(frame, orientation)
    info.colour = quality.is_colour(frame)
    grey = quality.fit_long_side(quality.to_grey(frame), target)
    if photo:
        info.photo = True
        document = _document(frame, upright, info, limits, framing)
        if document is not None:
            grey = quality.to_grey(document)  # the document is judged, not the table
    q = quality.assess(grey, limits)
    info.blank, info.sharpness, info.orientation = q.blank, q.sharpness, q.orientation
    info.analysed = True
    return info


def _document(
    frame: Image.Image,
    upright: tuple[int, int],
    info: PageInfo,
    limits: Limits,
    framing: Framing | None = None,
) -> Image.Image | None:
    """Find the document in a photo's analysis frame; record it (with its resolution,
    which replaces the whole photo's) and return it flattened, or None."""
    from desktop.intake import scan as docscan  # OpenCV + numpy: 75-90 ms, photos only

    rgb = quality.to_rgb(frame)
    framing = framing or Framing()
    det: docscan.Detection | None
    if framing.quad is not None:  # the person's corners, as the bundle takes them
        det = docscan.given(framing.quad, hint=framing.hint, limits=limits, size=upright)
    else:
        det = docscan.detect(rgb, hint=framing.hint, limits=limits)
    if det is None:
        info.scan_like = docscan.is_scan_like(rgb, limits)
        return None
    flat = docscan.flatten(rgb, det, limits=limits, deskew=False)
    dpi = docscan.document_dpi(det, upright[0], upright[1], limits)
    info.dpi = dpi
    info.document = det.to_json(*upright) | {
        "document_dpi": round(dpi, 1),
        "glare": round(flat.glare, 4),
    }
    return flat.image


_TRANSPOSE = {
    2: [Image.Transpose.FLIP_LEFT_RIGHT],
    3: [Image.Transpose.ROTATE_180],
    4: [Image.Transpose.FLIP_TOP_BOTTOM],
    5: [Image.Transpose.TRANSPOSE],
    6: [Image.Transpose.ROTATE_270],
    7: [Image.Transpose.TRANSVERSE],
    8: [Image.Transpose.ROTATE_90],
}


def _transpose(img: Image.Image, orientation: int) -> Image.Image:
    for op in _TRANSPOSE.get(orientation, []):
        img = img.transpose(op)
    return img

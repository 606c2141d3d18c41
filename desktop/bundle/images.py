"""The image pipeline: one photo or scan in, one page-sized JPEG out.

Runs in worker processes (``prepare`` takes and returns plain data), so it
imports Pillow only. For each image page:

1. keep a good JPEG byte for byte when it is already upright, RGB or grey, not
   oversized for A4 and small enough for its share of the slot;
2. otherwise decode at reduced scale (``Image.draft``: the JPEG decoder skips
   the detail we would throw away), apply the EXIF orientation to the pixels,
   convert CMYK (Pillow undoes Adobe's inverted CMYK) and palettes to RGB,
   flatten transparency on white;
3. fit A4 at the resolution asked (never upscaled), go grey only when the page
   has no colour (a blue stamp or a red signature keeps the page in colour);
4. encode as baseline JPEG down the quality ladder until the page fits its
   byte share, then down the resolution ladder, never below the floor.

Never JBIG2, never bilevel: text stays legible.

A camera photo (``intake.photo.looks_like_photo``) is first turned into a scanned
page (issue 17), unless the job says to keep it as taken: the document is found on
a 1/8 decode, the photo decoded again at the scale that gives the document
``scan_target_dpi``, warped flat, deskewed, its light evened out; an ID card or a
passport page is placed at its real size on A4. No document found: the photo
goes on as taken (intake's ``scan_no_document`` tells the person what to do).
Scans, screenshots and PDFs are never cropped.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import sys
import tempfile
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, BinaryIO

from PIL import Image, ImageChops, ImageOps

from desktop.intake import quality
from desktop.intake.photo import Corners, looks_like_photo

if TYPE_CHECKING:
    import numpy as np

    from desktop.intake import scan

try:  # HEIC/HEIF photos from iPhones
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - optional at runtime
    pass

A4_IN = (210 / 25.4, 297 / 25.4)
MM_IN = 1 / 25.4
#: The whole decompressed image is refused above this (a decompression bomb).
MAX_PIXELS = 200_000_000
ORIENTATION = 0x0112
#: A reduced JPEG decode is accepted down to this share of the top resolution.
DRAFT_SLACK = 0.8
_TRANSPOSED = {5, 6, 7, 8}


@dataclass(frozen=True)
class ImageJob:
    """What to do with one image page (plain data: crosses process boundaries)."""

    path: str
    frame: int = 0
    dpi_ladder: tuple[int, ...] = (200, 175, 150)
    quality_ladder: tuple[int, ...] = (75, 65, 55, 45, 38)
    byte_share: int | None = None  # None: the first rung is good enough
    grey: str = "auto"  # auto | always | never
    passthrough: bool = True
    passthrough_max_dpi: int = 220
    margin_mm: float = 6.0
    min_chroma: int = 48
    min_share: float = 0.002
    file_bytes: int = 0
    cleanup: bool = True  # a camera photo becomes a scanned page (False: as taken)
    quad: Corners | None = None  # a person's corners (fractions)
    doc_hint: str | None = None  # "passport", "id_card": what the piece says it is


@dataclass
class PreparedImage:
    """One page's JPEG and how it was made. A worker hands it back with ``data``;
    the process writing the PDF moves the bytes into a ``Spool`` (``data`` empty,
    ``spooled`` says where), so pages never pile up in memory."""

    data: bytes
    width: int
    height: int
    grey: bool
    dpi: float  # effective resolution on the A4 page
    quality: int | None  # None: the original JPEG, kept as is
    colour: bool
    passthrough: bool = False
    over_share: bool = False
    notes: list[str] = field(default_factory=list)
    document: dict[str, Any] | None = None  # the detection, when the photo was cleaned
    # An ID card or a passport page: its real size as placed (width, height mm); the
    # PDF puts it at that size on A4, two in a row on one page (``bundle.layout``).
    real_mm: tuple[float, float] | None = None
    spooled: tuple[Spool, int, int] | None = field(default=None, repr=False)  # where, length

    @property
    def size(self) -> int:
        return self.spooled[2] if self.spooled is not None else len(self.data)

    def read(self) -> bytes:
        """The JPEG's bytes (from the spool when spooled)."""
        if self.spooled is None:
            return self.data
        spool, offset, length = self.spooled
        return spool.read(offset, length)


class Spool:
    """Compressed pages on disk instead of in memory: an anonymous temporary file
    (removed by the system when closed, or when the process dies: no page of a
    person's documents is left behind) in ``folder`` (the output's disk: a /tmp in
    memory, tmpfs, would hold the pages in RAM again)."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.file = tempfile.TemporaryFile(prefix=".pages-", dir=folder)
        self.end = 0

    def put(self, img: PreparedImage) -> PreparedImage:
        """``img`` with its bytes moved here."""
        if img.spooled is not None:
            return img
        self.file.seek(self.end)
        self.file.write(img.data)
        where = (self, self.end, len(img.data))
        self.end += len(img.data)
        return replace(img, data=b"", spooled=where)

    def read(self, offset: int, length: int) -> bytes:
        self.file.seek(offset)
        return self.file.read(length)

    def close(self) -> None:
        self.file.close()


def content_box(margin_mm: float) -> tuple[float, float]:
    """The A4 area (inches) an image page may fill."""
    m = 2 * margin_mm * MM_IN
    return A4_IN[0] - m, A4_IN[1] - m


def fit_dpi(width: int, height: int, margin_mm: float) -> float:
    """The resolution of an image fitted (never enlarged beyond the box) on A4."""
    bw, bh = content_box(margin_mm)
    return max(width / bw, height / bh)


def target_size(width: int, height: int, dpi: float, margin_mm: float) -> tuple[int, int]:
    """Pixel size of an image (already upright) fitted in the A4 box at ``dpi``."""
    bw, bh = content_box(margin_mm)
    scale = min(bw * dpi / width, bh * dpi / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))


def orientation_of(im: Image.Image) -> int:
    try:
        value = int(im.getexif().get(ORIENTATION, 1) or 1)
    except Exception:  # broken EXIF: treat as upright
        return 1
    return value if 1 <= value <= 8 else 1


def open_frame(path: str, frame: int = 0) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    im = Image.open(path)
    if frame:
        im.seek(frame)
    return im


def _flatten(im: Image.Image) -> Image.Image:
    """RGB or L, transparency on white, CMYK and palettes converted."""
    if im.mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    if im.mode in ("PA", "La"):
        im = im.convert("RGBA" if im.mode == "PA" else "LA")
    if im.mode in ("RGBA", "LA", "RGBa"):
        base = "L" if im.mode == "LA" else "RGB"
        alpha = im.getchannel("A")
        white = Image.new(base, im.size, 255 if base == "L" else (255, 255, 255))
        white.paste(im.convert(base), mask=alpha)
        return white
    if im.mode == "CMYK":
        return im.convert("RGB")  # Pillow already undid Adobe's inversion on decode
    if im.mode == "1":
        return im.convert("L")
    if im.mode in quality.WIDE_MODES:
        return quality.wide_to_l(im)  # by the range the samples use, not always / 256
    if im.mode not in ("RGB", "L"):
        return im.convert("RGB")
    return im


def has_colour(im: Image.Image, min_chroma: int = 48, min_share: float = 0.002) -> bool:
    """True when enough pixels are clearly coloured (a stamp, a signature in ink)."""
    if im.mode == "L":
        return False
    factor = max(1, max(im.size) // 600)
    small = im.reduce(factor) if factor > 1 else im
    _, s, v = small.convert("HSV").split()
    chroma = ImageChops.multiply(s, v)  # S*V/255 = max(R,G,B) - min(R,G,B)
    hist = chroma.histogram()
    coloured = sum(hist[min_chroma:])
    return coloured >= max(1, min_share * small.width * small.height)


def has_colour_px(rgb: np.ndarray, min_chroma: int = 48, min_share: float = 0.002) -> bool:
    """``has_colour`` of an RGB array (the cleaned page's small copy): the same
    measure, max(R,G,B) - min(R,G,B), in OpenCV (no HSV conversion)."""
    import cv2

    r, g, b = cv2.split(rgb)
    chroma = cv2.subtract(cv2.max(cv2.max(r, g), b), cv2.min(cv2.min(r, g), b))
    coloured = int((chroma >= min_chroma).sum())
    return coloured >= max(1, min_share * chroma.size)


def _dims(page: Image.Image | np.ndarray) -> tuple[int, int]:
    """(width, height) of a page."""
    if isinstance(page, Image.Image):
        return page.size
    return page.shape[1], page.shape[0]


def _is_grey(page: Image.Image | np.ndarray) -> bool:
    return page.mode == "L" if isinstance(page, Image.Image) else page.ndim == 2


def _resized(page: Image.Image | np.ndarray, size: tuple[int, int]) -> Image.Image | np.ndarray:
    """``page`` at ``size`` (smaller): Lanczos in Pillow, pixel area in OpenCV."""
    if _dims(page) == size:
        return page
    if isinstance(page, Image.Image):
        return page.resize(size, Image.Resampling.LANCZOS)
    import cv2

    return cv2.resize(page, size, interpolation=cv2.INTER_AREA)


def _encode(page: Image.Image | np.ndarray, quality: int) -> bytes:
    """Baseline JPEG with optimised Huffman tables, 4:2:0 for colour. An array goes
    to OpenCV's encoder (the same libjpeg, the same bytes: bench/README.md, « Memory
    of a worker »): Pillow would first copy a colour page to 4 bytes a pixel (8 MiB at
    150 dpi on A4) and buffer the output several times."""
    if not isinstance(page, Image.Image):
        import cv2

        params = [cv2.IMWRITE_JPEG_QUALITY, quality, cv2.IMWRITE_JPEG_OPTIMIZE, 1]
        ok, data = cv2.imencode(".jpg", page, params)
        if not ok:  # pragma: no cover - libjpeg refuses only an empty picture
            raise ValueError("JPEG encoding failed")
        return data.tobytes()
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=quality, optimize=True, progressive=False)
    return buf.getvalue()


def _passthrough(job: ImageJob, im: Image.Image) -> PreparedImage | None:
    if not job.passthrough or im.format != "JPEG" or im.mode not in ("RGB", "L"):
        return None
    if orientation_of(im) != 1 or job.file_bytes <= 0:
        return None
    if job.byte_share is not None and job.file_bytes > job.byte_share:
        return None
    dpi = fit_dpi(im.width, im.height, job.margin_mm)
    if dpi > job.passthrough_max_dpi:
        return None
    if job.grey == "always" and im.mode != "L":
        return None
    with open(job.path, "rb") as fh:
        data = fh.read()
    colour = im.mode != "L"
    return PreparedImage(data, im.width, im.height, im.mode == "L", dpi, None, colour, True)


def prepare(job: ImageJob) -> PreparedImage:
    """Turn one image page into a page-sized JPEG (see the module docstring)."""
    im = open_frame(job.path, job.frame)
    # A scan or a screenshot is known from its header (Pillow): the document finder
    # (OpenCV and numpy, ~27 MiB of RSS) is only loaded for a camera photo.
    if job.cleanup and job.frame == 0 and looks_like_photo(im):
        cleaned = _scanned_page(job, im)
        if cleaned is not None:
            return cleaned
        im = open_frame(job.path, job.frame)
    kept = _passthrough(job, im)
    if kept is not None:
        return kept
    orientation = orientation_of(im)
    w, h = im.size
    uw, uh = (h, w) if orientation in _TRANSPOSED else (w, h)
    top = max(job.dpi_ladder)
    tw, th = target_size(uw, uh, top, job.margin_mm)
    if im.format == "JPEG":
        # The decoder halves, quarters… the image for free: accept a decode a bit
        # under the top rung (12 MP at ½ gives ~190 dpi on A4) rather than a full one.
        slack = DRAFT_SLACK
        want = (round(th * slack), round(tw * slack))
        if orientation not in _TRANSPOSED:
            want = (want[1], want[0])
        floor = min(job.dpi_ladder) / top
        if slack < floor:
            want = (round(want[0] * floor / slack), round(want[1] * floor / slack))
        im.draft(im.mode if im.mode in ("RGB", "L") else None, want)
    im.load()
    upright = ImageOps.exif_transpose(im) if orientation != 1 else im
    flat = _flatten(upright)
    colour = has_colour(flat, job.min_chroma, job.min_share)
    if job.grey == "always" or (job.grey == "auto" and not colour):
        flat = flat.convert("L")
    return _ladder(job, flat, colour)


def _ladder(
    job: ImageJob,
    flat: Image.Image | np.ndarray,
    colour: bool,
    real_size_mm: tuple[float, float] | None = None,
    detail_dpi: float | None = None,
    as_is: bool = False,
) -> PreparedImage:
    """Down the resolution and quality ladders until the page fits its byte share.
    With ``real_size_mm`` the picture is made at that size (the PDF places it).
    ``as_is``: ``flat`` is a document already at the first rung's resolution (of the
    document, not of the page's margins): the rungs scale it, and the resolution
    said is the document's. ``flat``: a Pillow image, or an OpenCV array (grey or
    BGR)."""
    best: PreparedImage | None = None
    placed_mm: tuple[float, float] | None = None
    first = job.dpi_ladder[0]
    fw, fh = _dims(flat)
    for dpi in job.dpi_ladder:
        if as_is:
            f = dpi / first
            size = (max(1, round(fw * f)), max(1, round(fh * f)))
            page = flat if f >= 1 else _resized(flat, size)
        elif real_size_mm is not None:
            page, placed_mm = _at_real_size(flat, real_size_mm, dpi)
        else:
            page = _resized(flat, target_size(fw, fh, dpi, job.margin_mm))
        pw, ph = _dims(page)
        eff = fit_dpi(pw, ph, job.margin_mm)
        if as_is:
            eff = float(dpi)
        if real_size_mm is not None:  # the document's own detail, not the canvas's
            eff = min(float(dpi), max(fw, fh) / (max(real_size_mm) * MM_IN))
        if detail_dpi is not None:
            eff = min(eff, detail_dpi)
        for q in job.quality_ladder:
            data = _encode(page, q)
            best = PreparedImage(data, pw, ph, _is_grey(page), eff, q, colour)
            best.real_mm = placed_mm
            if job.byte_share is None or len(data) <= job.byte_share:
                return best
    assert best is not None
    best.over_share = True
    return best


def _at_real_size(
    doc: Image.Image | np.ndarray, size_mm: tuple[float, float], dpi: float
) -> tuple[Image.Image | np.ndarray, tuple[float, float]]:
    """The document at its real size (``size_mm``: short, long side) at ``dpi``, and
    that size as placed (width, height mm). No white page around it: the PDF puts it
    on the A4 page (``bundle.layout``), alone or with its verso."""
    short, long = size_mm
    dw, dh = _dims(doc)
    w_mm, h_mm = (short, long) if dw < dh else (long, short)
    w = max(1, round(w_mm * MM_IN * dpi))
    h = max(1, round(h_mm * MM_IN * dpi))
    return _resized(doc, (w, h)), (w_mm, h_mm)


#: Reduced JPEG decodes OpenCV offers (libjpeg's 1/2, 1/4, 1/8 scaling): grey, colour.
_CV_REDUCED = (
    (8, "IMREAD_REDUCED_GRAYSCALE_8", "IMREAD_REDUCED_COLOR_8"),
    (4, "IMREAD_REDUCED_GRAYSCALE_4", "IMREAD_REDUCED_COLOR_4"),
    (2, "IMREAD_REDUCED_GRAYSCALE_2", "IMREAD_REDUCED_COLOR_2"),
)


def _cv_flag(k: int, grey: bool) -> int:
    """OpenCV's imdecode flag for a 1/``k`` decode (1, 2, 4 or 8), grey or colour; the
    EXIF orientation is always left to the caller."""
    import cv2

    names = {scale: (g, c) for scale, g, c in _CV_REDUCED}
    flag = getattr(cv2, names[k][0 if grey else 1]) if k in names else (
        cv2.IMREAD_GRAYSCALE if grey else cv2.IMREAD_COLOR
    )  # fmt: skip
    return int(flag) | cv2.IMREAD_IGNORE_ORIENTATION


def _upright_px(arr: np.ndarray, orientation: int) -> np.ndarray:
    """``arr`` turned as the EXIF ``orientation`` says (``ImageOps.exif_transpose``)."""
    import numpy as np

    turn = {
        2: lambda a: a[:, ::-1],
        3: lambda a: a[::-1, ::-1],
        4: lambda a: a[::-1],
        5: lambda a: a.swapaxes(0, 1),
        6: lambda a: np.rot90(a, -1),
        7: lambda a: np.rot90(a, 2).swapaxes(0, 1),
        8: lambda a: np.rot90(a, 1),
    }.get(orientation)
    return arr if turn is None else np.ascontiguousarray(turn(arr))


def _plain_jpeg(im: Image.Image) -> bool:
    """A JPEG OpenCV decodes as Pillow would (RGB or grey: no CMYK, no first-frame
    question)."""
    return im.format == "JPEG" and im.mode in ("RGB", "L")


def _small_copy(im: Image.Image, data: np.ndarray | None, want: int) -> np.ndarray:
    """The upright photo, RGB, reduced by libjpeg (1/2, 1/4, 1/8: the decoder skips
    the detail) to a long side of ``want`` or a little more. ``data``: the bytes of a
    plain JPEG (``_plain_jpeg``), decoded by OpenCV straight into the array; else
    Pillow decodes ``im``."""
    import cv2
    import numpy as np

    w, h = im.size
    if data is not None:
        scale = max(w, h) // max(1, want)  # as Pillow's ``draft`` picks it
        k = next((k for k in (8, 4, 2) if scale >= k), 1)
        bgr = cv2.imdecode(data, _cv_flag(k, grey=False))
        if bgr is not None:
            return cv2.cvtColor(_upright_px(bgr, orientation_of(im)), cv2.COLOR_BGR2RGB)
    if im.format == "JPEG":
        im.draft("RGB", (max(1, w * want // max(w, h)), max(1, h * want // max(w, h))))
    im.load()
    orientation = orientation_of(im)
    small_img = _flatten(ImageOps.exif_transpose(im) if orientation != 1 else im)
    return np.asarray(small_img if small_img.mode == "RGB" else small_img.convert("RGB"))


def _scaled_shape(size: tuple[int, int], k: int, grey: bool) -> tuple[int, ...]:
    """The array shape of a 1/``k`` libjpeg decode of a JPEG of ``size`` (width,
    height as stored: no EXIF turn): libjpeg rounds each side up."""
    w, h = size
    return (-(-h // k), -(-w // k)) if grey else (-(-h // k), -(-w // k), 3)


def _imread_into(
    fh: BinaryIO, data: np.ndarray, shape: tuple[int, ...], flag: int
) -> np.ndarray | None:
    """The JPEG whose bytes ``data`` were read from ``fh`` (still open) decoded again
    from that same open file straight into one new array of ``shape``, or None: the
    caller decodes ``data`` with ``cv2.imdecode``, which decodes into OpenCV's own
    buffer and hands Python a copy (twice the memory at a worker's peak: 11.6 MiB
    more for a 12 MP grey decode; bench/README.md, « Memory of a worker »).

    Linux only: the file is named by its descriptor (``/proc/self/fd/N``), so what
    is decoded is the file read, even if its name now leads to another one, and no
    name in a person's encoding reaches OpenCV (a name that is not UTF-8 crashes
    ``cv2.haveImageReader``). None when the file's size changed since it was read
    or it no longer decodes to ``shape``. ``imread`` into an array says nothing when
    it cannot read the file and leaves the array as it was: hence the reader's check
    first, and zeros rather than whatever memory the array reuses (never an earlier
    page's pixels)."""
    import cv2
    import numpy as np

    if not sys.platform.startswith("linux"):
        return None
    try:
        if os.fstat(fh.fileno()).st_size != data.size:
            return None
    except (OSError, ValueError):  # closed, or not a file
        return None
    name = f"/proc/self/fd/{fh.fileno()}"
    if not os.path.exists(name) or not cv2.haveImageReader(name):  # no /proc (OpenCV
        return None  # would warn on stderr for each page), or not a JPEG any more
    dst = np.zeros(shape, np.uint8)
    try:
        out = cv2.imread(name, dst, flag)
    except cv2.error:  # another size than the header said
        return None
    return out if out is not None and out.shape == shape else None


def _decode(
    job: ImageJob,
    need: float,
    grey: bool,
    data: np.ndarray | None = None,
    orientation: int = 1,
    *,
    read_from: tuple[BinaryIO, tuple[int, int]] | None = None,
) -> tuple[np.ndarray, int, bool]:
    """The photo as an array at the smallest 1/2^k scale still at least ``need``:
    (pixels, EXIF orientation still to apply, BGR order). A plain JPEG (``data``: its
    bytes, ``orientation``: its EXIF tag) is decoded by OpenCV straight into the
    array, grey when the page will be grey (no colour conversion, a third of the
    memory), left as stored (the warp turns it upright: no 12 MP rotation) and in
    OpenCV's BGR order; ``read_from``: the open file ``data`` came from and its size
    as stored (``_imread_into``). Other formats go through Pillow (upright, RGB or
    grey)."""
    import cv2  # with numpy, only where pages are made (see ``prepare``)
    import numpy as np

    if data is not None:
        k = next((k for k, _, _ in _CV_REDUCED if 1 / k >= need), 1)
        pixels = None
        whole = data.size >= 2 and data[-2] == 0xFF and data[-1] == 0xD9  # ends whole
        if read_from is not None and whole:
            # (a truncated file: ``imread`` pads it grey where ``imdecode`` refuses it)
            fh, stored_size = read_from
            shape = _scaled_shape(stored_size, k, grey)
            pixels = _imread_into(fh, data, shape, _cv_flag(k, grey))
        if pixels is None:
            pixels = cv2.imdecode(data, _cv_flag(k, grey))
        if pixels is not None:
            return pixels, orientation, pixels.ndim == 3
    full = open_frame(job.path, job.frame)
    with full:
        if full.format == "JPEG" and need < 1:
            w, h = full.size
            full.draft("RGB" if full.mode in ("RGB", "CMYK", "YCbCr") else None,
                       (math.ceil(w * need), math.ceil(h * need)))  # fmt: skip
        full.load()
        upright = ImageOps.exif_transpose(full) if orientation_of(full) != 1 else full
        flat = _flatten(upright)
        flat = flat.convert("L") if grey else flat.convert("RGB")
        return np.asarray(flat), 1, False


#: A cleaned page is white paper and dark ink, smoothed (``CLEANED_SMOOTHING``): its
#: JPEG starts at this quality (Ghostscript's /ebook is about IJG 60 too). Text
#: stays sharp at 150 dpi (bench/README.md shows a page).
CLEANED_QUALITY = 60
#: Gaussian sigma (pixels of the page) applied after the warp of a cleaned page.
CLEANED_SMOOTHING = 0.65


def _cleaned_qualities(ladder: tuple[int, ...]) -> tuple[int, ...]:
    """The quality ladder of a cleaned page: ``CLEANED_QUALITY`` at most."""
    below = tuple(q for q in ladder if q < CLEANED_QUALITY)
    return (min(CLEANED_QUALITY, max(ladder)), *below) if ladder else ladder


def _page_size(det: scan.Detection, uw: int, uh: int, top: float) -> tuple[int, int]:
    """The page's pixels for the document ``det`` of a ``uw`` x ``uh`` upright photo at
    ``top`` dpi: a card or a passport page at its real size, any other document at
    ``target_pixels`` (never more than the photo has on it)."""
    from desktop.intake import scan

    tw, th = scan.target_pixels(det, uw, uh)
    if det.kind in ("id_card", "passport"):
        short, long = scan.document_sizes()[det.kind]
        w_mm, h_mm = (short, long) if tw < th else (long, short)
        return round(w_mm * MM_IN * top), round(h_mm * MM_IN * top)
    f = top / scan.DEFAULT_LIMITS.scan_target_dpi
    return max(1, round(tw * f)), max(1, round(th * f))


def _scanned_page(job: ImageJob, im: Image.Image) -> PreparedImage | None:
    """The document of a camera photo as a scanned page, or None (none found).

    One reduced decode (about 1000 px) finds the document and measures what the page
    needs: its skew, glare, the light on its paper, whether it has colour. Then one
    decode at the smallest scale that keeps ``scan_target_dpi`` on the document (grey
    when the page is grey), the corners placed on it, one warp straight to the page's
    size. 150 dpi of an A4 document is 1240 x 1754 pixels, whatever its margins."""
    import numpy as np

    from desktop.intake import scan

    orientation = orientation_of(im)
    w, h = im.size
    uw, uh = (h, w) if orientation in _TRANSPOSED else (w, h)
    limits = scan.DEFAULT_LIMITS
    # A plain JPEG is read once; both decodes below are OpenCV's, of this file: the
    # reduced one from its bytes, the full one from the same open file
    # (``_imread_into``), which stays open until then.
    with open(job.path, "rb") if _plain_jpeg(im) else contextlib.nullcontext() as fh:
        data = np.fromfile(fh, np.uint8) if fh is not None else None
        small = _small_copy(im, data, limits.scan_work_long_side)
        if job.quad is not None:
            det: scan.Detection | None = scan.given(job.quad, hint=job.doc_hint, size=(uw, uh))
        else:
            det = scan.detect(small, hint=job.doc_hint, refined=False)  # refined below
        if det is None:
            return None
        top = min(max(job.dpi_ladder), limits.scan_target_dpi)
        real_kind = det.kind in ("id_card", "passport")
        size = _page_size(det, uw, uh, top)
        _, long_px = scan.source_extent(det, uw, uh)
        need = min(1.0, max(size) / max(1.0, long_px))
        # Grey even for a colour page: its colour comes from the survey (``with_colour``).
        pixels, stored, is_bgr = _decode(
            job, need, True, data, orientation, read_from=None if fh is None else (fh, im.size)
        )
        del data
    ph, pw = pixels.shape[:2]
    quad = scan.stored_quad(det.quad, stored, pw, ph)
    if det.method != "given":  # the corners, placed on this decode (not the reduced one)
        quad = scan.refine_px(pixels, quad, bgr=is_bgr)
        det = replace(det, quad=scan.upright_quad(quad, stored, pw, ph))
        size = _page_size(det, uw, uh, top)
    # Measured on the reduced copy with the corners just placed: the skew left after
    # the warp is the page's own, not the reduced copy's corner error.
    look = scan.survey(small, det, size, limits=limits)
    del small
    colour = has_colour_px(look.small, job.min_chroma, job.min_share)
    grey = job.grey == "always" or (job.grey == "auto" and not colour)
    page_px = scan.render(pixels, quad, size, look, bgr=is_bgr)
    del pixels
    turned = 0
    if not real_kind:
        # Which way up, from the text lines (a page photographed flat on a table often
        # has a wrong EXIF tag): turned only when sure (``orient.MIN_CONFIDENCE``).
        from desktop.intake import orient

        turned = orient.orientation(page_px).rotation
        if turned:
            page_px = orient.rotate(page_px, turned)
            look = replace(look, small=orient.rotate(look.small, turned))
        # The warp samples the photo (about twice the page's resolution) without
        # averaging: smoothing by about what averaging would have done takes the
        # aliasing off the letters' edges, which JPEG pays for and nobody reads.
        page_px = scan.antialias(page_px, CLEANED_SMOOTHING)
    if not grey:  # BGR: OpenCV encodes it (``_encode``)
        page_px = scan.with_colour(page_px, look, bgr=True)
    source_dpi = scan.document_dpi(det, uw, uh, limits)
    job = replace(
        job,
        dpi_ladder=tuple(d for d in job.dpi_ladder if d <= top) or (round(top),),
        quality_ladder=_cleaned_qualities(job.quality_ladder),
    )
    if real_kind:
        real = scan.document_sizes()[det.kind]
        out = _ladder(job, page_px, colour, real, source_dpi)
    else:
        out = _ladder(job, page_px, colour, detail_dpi=source_dpi, as_is=True)
    out.document = det.to_json(uw, uh) | {
        "document_dpi": round(source_dpi, 1),
        "skew": round(look.angle, 2),
        "glare": round(look.glare, 4),
        "turned": turned,
    }
    return out


def decode_small(data: bytes, long_side: int = 1200) -> Image.Image:
    """A reduced decode of a prepared JPEG (for watermark placement)."""
    src = Image.open(io.BytesIO(data))
    src.draft("L", (long_side // 2, long_side // 2))
    grey = src.convert("L")
    grey.thumbnail((long_side, long_side))
    return grey


def warm_up() -> None:
    """Run once in a new worker: load the photo code (OpenCV, numpy) before the first
    page arrives, while the writing process is still reading the files."""
    from desktop.intake import orient, scan  # noqa: F401  (the import is the work)


#: glibc's ``mallopt`` parameters (malloc.h): M_TRIM_THRESHOLD, M_MMAP_THRESHOLD.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
#: A worker keeps up to this much freed memory for the next page instead of handing
#: it back to the system (its peak, ~105 MiB, is reached on the first photo anyway).
WORKER_KEEP_BYTES = 256 << 20


def worker_init() -> None:
    """Run first in every worker process (``ProcessPoolExecutor(initializer=...)``).

    Each photo allocates and frees the same large buffers (a 12 MP decode, warps,
    float copies): by default glibc returns every block over ~128 KiB to the system
    when freed and the next page faults it back in, zeroed, 4 KiB at a time (~5 000
    faults a photo, 10 % of a worker's CPU measured on the dev machine). Keeping the
    freed memory for reuse makes the worker's memory flat at its peak rather than
    going up and down between pages. glibc (Linux) only; elsewhere nothing changes."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own libc (no ldconfig run)
    except (OSError, AttributeError):  # musl or another libc: no mallopt
        return
    mallopt(_M_TRIM_THRESHOLD, WORKER_KEEP_BYTES)
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)  # glibc's ceiling: a 12 MP grey decode is 12 MiB

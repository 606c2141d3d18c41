"""Writing upload-ready PDFs with pypdf: image pages, sanitised PDF pages,
stamps drawn over pages, outline, page labels, scrubbed metadata.

What leaves this module: unencrypted PDFs whose pages are upright (``/Rotate``
moved into the content), with no JavaScript, no OpenAction, no AcroForm, no
attachments, no annotations (form fields and stamps with an appearance are
drawn into the page first, so filled-in values stay visible), no XMP, and an
info dictionary holding only the fixed producer.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from desktop.bundle import layout
from desktop.bundle.images import PreparedImage
from desktop.bundle.layout import A4_PT

#: Page keys dropped from every copied page.
_PAGE_DROP = ("/AA", "/Annots", "/Metadata", "/PieceInfo", "/Thumb", "/B", "/StructParents")
_SKIP_ANNOTS = {"/Link", "/Popup", "/Widget_hidden"}
_counter = itertools.count()


@dataclass
class Written:
    path: Path
    bytes: int
    pages: int


def _n(name: str) -> NameObject:
    return NameObject(name)


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    s = DecodedStreamObject()
    s.set_data(data)
    return writer._add_object(s.flate_encode())


def new_writer() -> PdfWriter:
    return PdfWriter()


def _image_xobject(img: PreparedImage) -> StreamObject:
    x = StreamObject()
    x._data = img.read()
    x.update(
        {
            _n("/Type"): _n("/XObject"),
            _n("/Subtype"): _n("/Image"),
            _n("/Width"): NumberObject(img.width),
            _n("/Height"): NumberObject(img.height),
            _n("/ColorSpace"): _n("/DeviceGray" if img.grey else "/DeviceRGB"),
            _n("/BitsPerComponent"): NumberObject(8),
            _n("/Filter"): _n("/DCTDecode"),
        }
    )
    return x


def add_image_page(
    writer: PdfWriter, img: PreparedImage | Sequence[PreparedImage], margin_mm: float
) -> PageObject:
    """An A4 portrait page with the JPEG (stored as is) in the margins, or with the
    JPEGs of one sheet (a card's recto and verso: ``layout``) as ``/Im0``, ``/Im1``."""
    imgs = [img] if isinstance(img, PreparedImage) else list(img)
    pw, ph = A4_PT
    page = writer.add_blank_page(pw, ph)
    refs = {_n(f"/Im{k}"): writer._add_object(_image_xobject(im)) for k, im in enumerate(imgs)}
    page[_n("/Resources")] = DictionaryObject({_n("/XObject"): DictionaryObject(refs)})
    page[_n("/Contents")] = _stream(writer, layout.content(imgs, margin_mm))
    return page


class ImagePdfStream:
    """A PDF of image pages written as the pages come (issue 17): each page's JPEG
    goes to ``out`` when it is added and is not kept; only the objects' offsets
    stay until ``close`` writes the page tree, the info dictionary (the fixed
    producer, nothing else) and the cross-reference table. The same pages as
    ``add_image_page`` + ``finish_bytes``; the bytes depend on the pages only.

    ``out=None`` writes nothing and reads no JPEG: ``close`` still returns the
    size the file would have (to cut a piece into parts that fit)."""

    CATALOG, PAGES, INFO = 1, 2, 3

    def __init__(self, out: BinaryIO | None, producer: str, margin_mm: float) -> None:
        self.out = out
        self.margin_mm = margin_mm
        self.producer = producer
        self.pos = 0
        self.offsets: dict[int, int] = {}
        self.kids: list[int] = []
        self.objects = self.INFO  # the last object number given out
        self._put(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def _put(self, data: bytes, length: int | None = None) -> None:
        if self.out is not None:
            self.out.write(data)
        self.pos += len(data) if length is None else length

    def _object(self, num: int, head: bytes, stream: bytes | None = None, size: int = 0) -> None:
        self.offsets[num] = self.pos
        self._put(b"%d 0 obj\n" % num + head)
        if stream is not None:
            self._put(b"\nstream\n")
            self._put(stream, size)
            self._put(b"\nendstream")
        self._put(b"\nendobj\n")

    def add(self, img: PreparedImage | Sequence[PreparedImage]) -> None:
        """One A4 portrait page with ``img`` in the margins (stored as is), or with
        the images of one sheet (``layout``: a card's recto above its verso)."""
        imgs = [img] if isinstance(img, PreparedImage) else list(img)
        names = []
        for k, im in enumerate(imgs):
            n = self._next()
            jpeg = im.read() if self.out is not None else b""
            space = b"/DeviceGray" if im.grey else b"/DeviceRGB"
            self._object(
                n,
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>"
                % (im.width, im.height, space, im.size),
                jpeg,
                im.size,
            )
            names.append(b"/Im%d %d 0 R" % (k, n))
        content = layout.content(imgs, self.margin_mm)
        n = self._next()
        self._object(n, b"<< /Length %d >>" % len(content), content, len(content))
        page = self._next()
        self._object(
            page,
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.4f %.4f] "
            b"/Resources << /XObject << %s >> >> /Contents %d 0 R >>"
            % (self.PAGES, A4_PT[0], A4_PT[1], b" ".join(names), n),
        )
        self.kids.append(page)

    def _next(self) -> int:
        self.objects += 1
        return self.objects

    def close(self) -> int:
        """Write the page tree, info and cross-reference table; the file's size."""
        kids = b" ".join(b"%d 0 R" % k for k in self.kids)
        self._object(
            self.PAGES, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(self.kids))
        )
        self._object(self.CATALOG, b"<< /Type /Catalog /Pages %d 0 R >>" % self.PAGES)
        producer = io.BytesIO()
        TextStringObject(self.producer).write_to_stream(producer)
        self._object(self.INFO, b"<< /Producer %s >>" % producer.getvalue())
        size = self.objects + 1
        start = self.pos
        lines = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
        lines += [b"%010d 00000 n \n" % self.offsets[i] for i in range(1, size)]
        self._put(b"".join(lines))
        self._put(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, self.CATALOG, self.INFO, start)
        )
        return self.pos


def _contents_refs(writer: PdfWriter, page: PageObject) -> list[Any]:
    raw = page.get("/Contents")
    if raw is None:
        return []
    obj = raw.get_object()
    if isinstance(obj, ArrayObject):
        return list(obj)
    if isinstance(raw, IndirectObject):
        return [raw]
    return [writer._add_object(obj)]


def _resources(page: PageObject) -> DictionaryObject:
    res = page.get("/Resources")
    if res is None:
        res = DictionaryObject()
        page[_n("/Resources")] = res
    res = res.get_object()
    assert isinstance(res, DictionaryObject)
    return res


def _xobjects(page: PageObject) -> DictionaryObject:
    res = _resources(page)
    xo = res.get("/XObject")
    if xo is None:
        xo = DictionaryObject()
        res[_n("/XObject")] = xo
    xo = xo.get_object()
    assert isinstance(xo, DictionaryObject)
    return xo


def append_content(writer: PdfWriter, page: PageObject, draws: Sequence[tuple[Any, str]]) -> None:
    """Draw Form XObjects over the page: ``draws`` = (xobject ref, "a b c d e f" matrix).

    The page's own content is wrapped in q/Q so its graphics state cannot leak
    into what we draw; nothing is parsed, so this is cheap on big pages.
    """
    if not draws:
        return
    xo = _xobjects(page)
    ops = []
    for ref, matrix in draws:
        name = f"/DsX{next(_counter)}"
        xo[_n(name)] = ref
        ops.append(f"q {matrix} cm {name} Do Q")
    before = _stream(writer, b"q\n")
    after = _stream(writer, ("\nQ\n" + "\n".join(ops) + "\n").encode())
    page[_n("/Contents")] = ArrayObject([before, *_contents_refs(writer, page), after])


def make_room_below(writer: PdfWriter, page: PageObject, band_pt: float) -> None:
    """Shrink the page's drawing (evenly, about its top centre) so that a band of
    ``band_pt`` at the bottom is left empty for a footer: the footer then never
    covers a word of the document, whatever its own margins."""
    x0, y0, w, h = visible_box(page)
    if h <= band_pt * 2:
        return
    k = (h - band_pt) / h
    dx = x0 + w * (1 - k) / 2 - x0 * k
    dy = y0 + band_pt - y0 * k
    before = _stream(writer, f"q {k:.5f} 0 0 {k:.5f} {dx:.3f} {dy:.3f} cm\n".encode())
    after = _stream(writer, b"\nQ\n")
    page[_n("/Contents")] = ArrayObject([before, *_contents_refs(writer, page), after])


def _num(v: Any) -> float:
    return float(v.get_object() if hasattr(v, "get_object") else v)


def _flatten_annotations(writer: PdfWriter, page: PageObject) -> None:
    """Draw visible annotation appearances (filled form fields, stamps) into the page."""
    annots = page.get("/Annots")
    if annots is None:
        return
    draws: list[tuple[Any, str]] = []
    try:
        items = list(annots.get_object())
    except Exception:
        return
    for item in items:
        try:
            a = item.get_object()
            if a.get("/Subtype") in _SKIP_ANNOTS or int(a.get("/F", 0)) & 2:
                continue
            ap = a.get("/AP")
            if ap is None:
                continue
            normal = ap.get_object().get("/N")
            if normal is None:
                continue
            normal_obj = normal.get_object()
            if not isinstance(normal_obj, StreamObject):  # on/off states: pick the current one
                state = a.get("/AS")
                if state is None or state not in normal_obj:
                    continue
                normal = normal_obj[state]
                normal_obj = normal.get_object()
            rect = [_num(v) for v in a["/Rect"]]
            bbox = [_num(v) for v in normal_obj.get("/BBox", [0, 0, 1, 1])]
            m = [_num(v) for v in normal_obj.get("/Matrix", [1, 0, 0, 1, 0, 0])]
            xs, ys = [], []
            for px, py in (
                (bbox[0], bbox[1]),
                (bbox[2], bbox[1]),
                (bbox[0], bbox[3]),
                (bbox[2], bbox[3]),
            ):
                xs.append(m[0] * px + m[2] * py + m[4])
                ys.append(m[1] * px + m[3] * py + m[5])
            bw, bh = max(xs) - min(xs), max(ys) - min(ys)
            if bw <= 0 or bh <= 0:
                continue
            rx0, ry0 = min(rect[0], rect[2]), min(rect[1], rect[3])
            sx = abs(rect[2] - rect[0]) / bw
            sy = abs(rect[3] - rect[1]) / bh
            e, f = rx0 - sx * min(xs), ry0 - sy * min(ys)
            ref = normal if isinstance(normal, IndirectObject) else writer._add_object(normal_obj)
            draws.append((ref, f"{sx:.5f} 0 0 {sy:.5f} {e:.3f} {f:.3f}"))
        except Exception:  # a malformed annotation is dropped, never fatal
            continue
    append_content(writer, page, draws)


def add_pdf_pages(
    writer: PdfWriter, reader: PdfReader, pages: Iterable[int] | None = None
) -> list[PageObject]:
    """Copy pages (sanitised and upright) from ``reader`` into ``writer``."""
    out = []
    indices = range(len(reader.pages)) if pages is None else pages
    for i in indices:
        page = writer.add_page(reader.pages[i])
        _flatten_annotations(writer, page)
        for key in _PAGE_DROP:
            if key in page:
                del page[key]
        if int(page.get("/Rotate", 0) or 0) % 360:
            page.transfer_rotation_to_content()
        out.append(page)
    return out


def visible_box(page: PageObject) -> tuple[float, float, float, float]:
    box = page.cropbox
    return float(box.left), float(box.bottom), float(box.width), float(box.height)


def form_xobject(writer: PdfWriter, page: PageObject) -> IndirectObject:
    """A reportlab page turned into a Form XObject of ``writer`` (for stamps)."""
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    x = DecodedStreamObject()
    x.set_data(data)
    box = page.mediabox
    x.update(
        {
            _n("/Type"): _n("/XObject"),
            _n("/Subtype"): _n("/Form"),
            _n("/BBox"): ArrayObject(
                [
                    FloatObject(box.left),
                    FloatObject(box.bottom),
                    FloatObject(box.right),
                    FloatObject(box.top),
                ]
            ),
        }
    )
    res = page.get("/Resources")
    if res is not None:
        x[_n("/Resources")] = res.get_object().clone(writer)
    return writer._add_object(x.flate_encode())


def stamp_pages(writer: PdfWriter, pages: Sequence[PageObject], overlay_pdf: bytes) -> None:
    """Draw page i of ``overlay_pdf`` over ``pages[i]`` (same visible size)."""
    overlay = PdfReader(io.BytesIO(overlay_pdf))
    for page, over in zip(pages, overlay.pages, strict=True):
        x0, y0, _, _ = visible_box(page)
        ref = form_xobject(writer, over)
        append_content(writer, page, [(ref, f"1 0 0 1 {x0:.3f} {y0:.3f}")])


def _scrub(writer: PdfWriter, producer: str, keep: tuple[str, ...] = ()) -> None:
    root = writer._root_object
    for key in (
        "/Metadata",
        "/OpenAction",
        "/AA",
        "/AcroForm",
        "/Names",
        "/JavaScript",
        "/StructTreeRoot",
        "/MarkInfo",
        "/Outlines",
        "/PageLabels",
    ):
        if key in root and key not in keep:
            del root[key]
    info = cast(DictionaryObject | None, writer._info.get_object() if writer._info else None)
    if info is not None:
        for key in list(info.keys()):
            del info[key]
        info[_n("/Producer")] = TextStringObject(producer)
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)


def finish_bytes(writer: PdfWriter, producer: str, *, keep_navigation: bool = False) -> bytes:
    """The scrubbed bytes of ``writer`` (see the module docstring)."""
    _scrub(writer, producer, ("/Outlines", "/PageLabels") if keep_navigation else ())
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def recompress_images(data: bytes, dpi: int, quality: int, producer: str) -> bytes:
    """``data`` with each picture above ``dpi`` (on its page) resampled to ``dpi``
    and stored as JPEG; text and vector content untouched."""
    from PIL import Image

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    changed = False
    for page in writer.pages:
        w_in = float(page.mediabox.width) / 72
        h_in = float(page.mediabox.height) / 72
        try:
            images = list(page.images)
        except Exception:
            continue
        for image in images:
            try:
                ref = image.indirect_reference
                obj = cast(DictionaryObject | None, ref.get_object() if ref else None)
                if obj is None or "/SMask" in obj or "/Mask" in obj:
                    continue
                pil = image.image
                if pil is None or pil.mode not in ("RGB", "L", "CMYK"):
                    continue
                px_w, px_h = pil.size
                eff = max(min(px_w, px_h) / max(1e-3, min(w_in, h_in)), 1.0)
                if eff <= dpi * 1.1 and obj.get("/Filter") == "/DCTDecode":
                    continue
                scale = min(1.0, dpi / eff)
                new = pil.convert("RGB" if pil.mode == "CMYK" else pil.mode)
                if scale < 1.0:
                    size = (max(1, round(px_w * scale)), max(1, round(px_h * scale)))
                    new = new.resize(size, Image.Resampling.LANCZOS)
                before = len(obj.get_data()) if hasattr(obj, "get_data") else 0
                trial = io.BytesIO()
                new.save(trial, "JPEG", quality=quality, optimize=True)
                if before and trial.tell() >= before:
                    continue
                image.replace(new, quality=quality)
                changed = True
            except Exception:  # an exotic picture stays as it is
                continue
    if not changed:
        return data
    return finish_bytes(writer, producer)

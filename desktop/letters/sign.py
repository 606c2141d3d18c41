"""Signing without a printer: stamp a handwritten signature image and the line
"Fait à …, le …" onto one page of a PDF, writing a new PDF.

The original file is never modified.  In the new PDF, every page other than
the chosen one is the original page object, and on the chosen page the original
content streams are kept byte for byte: the stamp is a separate Form XObject
drawn by an extra content stream after them (the originals are wrapped in
``q``/``Q`` so no graphics state leaks into the stamp).

API::

    stamp_signature(in_pdf, signature_png, page, at_xy, place, date, out_pdf,
                    width_mm=50) -> Stamped
    # page: 1-based; at_xy: (x, y) in points (1/72 in) from the bottom-left corner
    # of the page as it is displayed (rotation taken into account): the lower-left
    # corner of the stamp (signature image, with the "Fait à" line above it).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.letters.fonts import draw_text, new_canvas, register_fonts, text_width
from desktop.letters.ink import load_signature as _load_signature
from desktop.letters.layout import PDF_META, write_pdf_atomic
from desktop.letters.typography import fr_date

TEXT_SIZE = 10.0
TEXT_GAP = 4.0  # points between the image top and the text baseline
STAMP_NAME = "/DSSignature"


@dataclass
class Stamped:
    pdf: Path
    page: int  # 1-based
    bbox: tuple[float, float, float, float]  # displayed coordinates, points
    text: str


def _read_pdf(path: Path) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not path.is_file():
        raise UserError("cli.file_not_found", file=str(path))
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise UserError("letters.not_pdf", file=path.name)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise UserError("letters.pdf_encrypted", file=path.name)
        _ = len(reader.pages)
    except UserError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError):
        raise UserError("letters.not_pdf", file=path.name) from None
    return reader


def stamp_size(img: Any, width: float, text: str) -> tuple[float, float, float, float]:
    """The signature's drawn size (``width`` wide, at most half as high) and the
    whole stamp's, with the "Fait à" line above it: (w, h, stamp_w, stamp_h)."""
    register_fonts()
    iw, ih = img.size
    w = width
    h = w * ih / iw
    max_h = width / 2
    if h > max_h:
        h = max_h
        w = h * iw / ih
    return w, h, max(w, text_width(text, TEXT_SIZE)), h + TEXT_GAP + TEXT_SIZE


def _overlay(
    disp_w: float, disp_h: float, img: Any, x: float, y: float, width: float, text: str
) -> tuple[bytes, float, float]:
    from reportlab.lib.utils import ImageReader

    w, h, sw, sh = stamp_size(img, width, text)
    buf = io.BytesIO()
    c = new_canvas(
        buf, pagesize=(disp_w, disp_h), **{k: v for k, v in PDF_META.items() if k in ("invariant",)}
    )
    c.setProducer(PDF_META["producer"])
    c.drawImage(ImageReader(img), x, y, width=w, height=h, mask="auto")
    c.setFillColorRGB(0, 0, 0)
    draw_text(c, x, y + h + TEXT_GAP, text, TEXT_SIZE)
    c.showPage()
    c.save()
    return buf.getvalue(), sw, sh


def _matrix(rotate: int, x0: float, y0: float, w: float, h: float) -> list[float]:
    """Displayed coordinates -> the page's user space, for /Rotate 0/90/180/270."""
    return {
        0: [1, 0, 0, 1, x0, y0],
        90: [0, 1, -1, 0, x0 + w, y0],
        180: [-1, 0, 0, -1, x0 + w, y0 + h],
        270: [0, -1, 1, 0, x0, y0 + h],
    }[rotate]


def _inherited(page: Any, key: str) -> Any:
    node = page
    while node is not None:
        if key in node:
            return node[key].get_object()
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def stamp_signature(
    in_pdf: str | Path,
    signature_png: str | Path,
    page: int,
    at_xy: tuple[float, float],
    place: str,
    date: dt.date,
    out_pdf: str | Path,
    width_mm: float = 50.0,
) -> Stamped:
    """Stamp the signature and "Fait à {place}, le {date}" on ``page`` (1-based)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    src, out = Path(in_pdf), Path(out_pdf)
    if out.resolve() == src.resolve():
        raise UserError("letters.same_output", file=src.name)
    reader = _read_pdf(src)
    n = len(reader.pages)
    if not 1 <= page <= n:
        raise UserError("letters.page_out_of_range", file=src.name, page=page, pages=n)
    img = _load_signature(Path(signature_png))
    place = place.strip()
    if not place:
        raise UserError("letters.place_missing")
    text = f"Fait à {place}, le {fr_date(date)}"

    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({"/Producer": PDF_META["producer"]})
    target = writer.pages[page - 1]
    box = target.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    rotate = int(target.get("/Rotate", 0) or 0) % 360
    if rotate not in (0, 90, 180, 270):
        rotate = 0
    disp_w, disp_h = (h, w) if rotate in (90, 270) else (w, h)
    x, y = float(at_xy[0]), float(at_xy[1])
    width = width_mm * 72 / 25.4
    data, sw, sh = _overlay(disp_w, disp_h, img, x, y, width, text)
    if x < 0 or y < 0 or x + sw > disp_w + 0.5 or y + sh > disp_h + 0.5:
        raise UserError(
            "letters.stamp_outside",
            file=src.name,
            page=page,
            x=round(x),
            y=round(y),
            width=round(disp_w),
            height=round(disp_h),
        )

    ov_page = PdfReader(io.BytesIO(data)).pages[0]
    form = DecodedStreamObject()
    form.set_data(ov_page.get_contents().get_data())  # type: ignore[union-attr]
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        [FloatObject(0), FloatObject(0), FloatObject(disp_w), FloatObject(disp_h)]
    )
    form[NameObject("/Resources")] = ov_page["/Resources"].get_object().clone(writer)  # type: ignore[union-attr]
    form_ref = writer._add_object(form)

    resources = _inherited(target, "/Resources")
    new_res = DictionaryObject(resources.items()) if resources is not None else DictionaryObject()
    xobjects = new_res.get("/XObject")
    new_x = (
        DictionaryObject(xobjects.get_object().items())
        if xobjects is not None
        else (DictionaryObject())
    )
    name = STAMP_NAME
    i = 0
    while NameObject(name) in new_x:
        i += 1
        name = f"{STAMP_NAME}{i}"
    new_x[NameObject(name)] = form_ref
    new_res[NameObject("/XObject")] = new_x
    target[NameObject("/Resources")] = new_res

    m = _matrix(rotate, x0, y0, w, h)
    stamp = DecodedStreamObject()
    stamp.set_data(("q " + " ".join(f"{v:g}" for v in m) + f" cm {name} Do Q\n").encode())
    push = DecodedStreamObject()
    push.set_data(b"q\n")
    pop = DecodedStreamObject()
    pop.set_data(b"\nQ\n")
    contents = target.get("/Contents")
    refs: list[Any] = []
    if contents is not None:
        raw = target.raw_get("/Contents")
        obj = contents.get_object()
        refs = list(obj) if isinstance(obj, ArrayObject) else [raw]
    target[NameObject("/Contents")] = ArrayObject(
        [writer._add_object(push), *refs, writer._add_object(pop), writer._add_object(stamp)]
    )

    def build(buf: io.BytesIO) -> None:
        writer.write(buf)

    write_pdf_atomic(out, build)
    return Stamped(pdf=out, page=page, bbox=(x, y, x + sw, y + sh), text=text)

"""One letter, two renderings: a list of ``Block`` becomes a PDF (reportlab) and
the same words as plain text (the e-mail body).  Both read the same blocks, so
the e-mail never says something the PDF does not.

API::

    Block(kind, lines=[...], rows=[...])   # kinds below
    render_pdf(blocks, out_path, after=None) -> int      # pages written
    render_text(blocks) -> str
    write_pdf_atomic(out_path, build) -> None             # temp file + replace
    PDF_META                                              # fixed, anonymous metadata

Kinds: ``sender`` (left, first line bold), ``addressee`` (right column),
``right`` (right column, e.g. "Lyon, le …"), ``line`` (one paragraph, small gap),
``subject`` (bold), ``para``, ``bullets``, ``numbered``, ``list`` (first line a heading kept with its items), ``table`` (rows; first row
is the header), ``signature``, ``title`` (centred, bold), ``banner`` (framed
notice), ``gap``, ``handwriting`` (large, widely spaced: a model to copy by hand).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)
from reportlab.platypus import TableStyle as _TableStyle

from desktop.core.atomic import atomic_write
from desktop.letters import fonts
from desktop.letters.fonts import SANS, SANS_BOLD, para_markup, register_fonts
from desktop.letters.ink import load_signature
from desktop.letters.typography import NNBSP, fr_text

PRODUCER = "Dossier Séjour"
PDF_META: dict[str, Any] = {
    "title": "",
    "author": "",
    "subject": "",
    "creator": PRODUCER,
    "producer": PRODUCER,
    "keywords": "",
    "invariant": 1,
}
MARGIN = 20 * mm
PAGE_W, PAGE_H = A4
FRAME_W = PAGE_W - 2 * MARGIN
RIGHT_COL = 95 * mm  # where the addressee block starts, from the left margin


@dataclass
class Block:
    kind: str
    lines: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # table column widths in mm
    image: Path | None = None  # "signature": the drawn signature, put where ink would go


def TableStyle(commands: Sequence[tuple[Any, ...]]) -> _TableStyle:
    """reportlab's table style, cells starting in the embedded ``SANS``: a table
    otherwise sets its default Helvetica in every cell (``BT /F1 10 Tf ET``), which
    lands in the PDF unembedded."""
    return _TableStyle([("FONT", (0, 0), (-1, -1), SANS), *commands])


SIGNATURE_H = 14 * mm  # the room left for a handwritten signature, or the drawn one
SIGNATURE_MAX_W = 60 * mm


def _signature_image(path: Path) -> Flowable:
    """The drawn signature (transparent PNG, cropped to its ink), under the
    signature lines, at most ``SIGNATURE_H`` high and ``SIGNATURE_MAX_W`` wide.
    A file that is not a picture, or an empty one, is a ``UserError`` naming it
    (letters.ink)."""
    from reportlab.platypus import Image as PdfImage

    ink = load_signature(path)
    # 300 dpi at the printed size is plenty: a 4000-pixel scan would weigh on every letter.
    ink.thumbnail((round(SIGNATURE_MAX_W / 72 * 300), round(SIGNATURE_H / 72 * 300)))
    scale = min(SIGNATURE_H / ink.height, SIGNATURE_MAX_W / ink.width)
    png = io.BytesIO()
    ink.save(png, "PNG")
    png.seek(0)
    image = PdfImage(png, width=ink.width * scale, height=ink.height * scale, mask="auto")
    image.hAlign = "LEFT"
    # Under the signature lines, which start at the right-hand column.
    cell = Table([["", image]], colWidths=[RIGHT_COL, FRAME_W - RIGHT_COL])
    cell.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)])
    )
    return cell


def _styles(size: float = 10.0) -> dict[str, ParagraphStyle]:
    register_fonts()
    lead = size * 1.3
    base = ParagraphStyle(
        "base",
        fontName=SANS,
        bulletFontName=SANS,
        fontSize=size,
        leading=lead,
        alignment=TA_LEFT,
    )
    return {
        "base": base,
        "bold": ParagraphStyle("bold", parent=base, fontName=SANS_BOLD),
        "para": ParagraphStyle("para", parent=base, alignment=TA_JUSTIFY, spaceAfter=size * 0.6),
        "right": ParagraphStyle("right", parent=base, leftIndent=RIGHT_COL),
        "subject": ParagraphStyle("subject", parent=base, fontName=SANS_BOLD, spaceAfter=4),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=size + 3,
            leading=lead + 4,
            alignment=TA_CENTER,
            spaceAfter=8,
        ),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellh": ParagraphStyle(
            "cellh", parent=base, fontName=SANS_BOLD, fontSize=size - 1, leading=(size - 1) * 1.25
        ),
        "banner": ParagraphStyle("banner", parent=base, fontName=SANS_BOLD, alignment=TA_CENTER),
        "hand": ParagraphStyle(
            "hand", parent=base, fontSize=size + 3, leading=(size + 3) * 2.1, alignment=TA_LEFT
        ),
    }


def _p(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(para_markup(fr_text(text), bold=bold), style)


def flowables(blocks: Sequence[Block], size: float = 10.0) -> list[Flowable]:
    st = _styles(size)
    out: list[Flowable] = []
    for b in blocks:
        k = b.kind
        if k == "sender":
            for i, line in enumerate(b.lines):
                out.append(_p(line, st["bold"] if i == 0 else st["base"], bold=i == 0))
            out.append(Spacer(1, 4 * mm))
        elif k in ("addressee", "right"):
            for i, line in enumerate(b.lines):
                bold = k == "addressee" and i == 0
                out.append(_p(line, st["right"], bold=bold))
            out.append(Spacer(1, 4 * mm))
        elif k == "line":
            for line in b.lines:
                out.append(_p(line, st["base"]))
            out.append(Spacer(1, 2 * mm))
        elif k == "subject":
            for line in b.lines:
                out.append(_p(line, st["subject"], bold=True))
            out.append(Spacer(1, 2 * mm))
        elif k == "para":
            for line in b.lines:
                out.append(_p(line, st["para"]))
        elif k in ("bullets", "numbered", "list"):
            items = b.lines[1:] if k == "list" else b.lines
            group: list[Flowable] = [_p(b.lines[0], st["base"])] if k == "list" else []
            for i, line in enumerate(items, 1):
                bullet = f"{i}." if k == "numbered" else "•"
                para = Paragraph(para_markup(fr_text(line)), st["bullet"], bulletText=bullet)
                group.append(para)
            out.append(KeepTogether([*group, Spacer(1, 2 * mm)]) if k == "list" else group[0])
            if k != "list":
                out.extend(group[1:])
                out.append(Spacer(1, 2 * mm))
        elif k == "table":
            out.append(_table(b, st))
            out.append(Spacer(1, 3 * mm))
        elif k == "signature":
            sig = [_p(line, st["right"]) for line in b.lines]
            ink = _signature_image(b.image) if b.image else Spacer(1, SIGNATURE_H)
            out.append(KeepTogether([Spacer(1, 1 * mm), *sig, ink]))
        elif k == "title":
            for line in b.lines:
                out.append(_p(line, st["title"], bold=True))
        elif k == "banner":
            cell = [_p(line, st["banner"], bold=True) for line in b.lines]
            t = Table([[cell]], colWidths=[FRAME_W])
            t.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.93, 0.93, 0.93)),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                )
            )
            out.extend([t, Spacer(1, 5 * mm)])
        elif k == "handwriting":
            for line in b.lines:
                out.append(_p(line, st["hand"]))
        elif k == "gap":
            out.append(Spacer(1, float(b.lines[0]) * mm if b.lines else 4 * mm))
        else:  # pragma: no cover - programming error
            raise ValueError(f"unknown block kind {k!r}")
    return out


def _table(b: Block, st: dict[str, ParagraphStyle]) -> Table:
    data = []
    for r, row in enumerate(b.rows):
        style = st["cellh"] if r == 0 else st["cell"]
        data.append([_p(c, style, bold=r == 0) for c in row])
    widths = [w * mm for w in b.widths] if b.widths else None
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


class BidiParagraph(Flowable):
    """A paragraph of right-to-left text (Arabic), broken into lines before the
    bidi algorithm reorders each line (``fonts.wrap_runs``).

    Reads ``fontSize``, ``leading``, ``alignment``, ``textColor``, ``spaceBefore``
    and ``spaceAfter`` from ``style``; bold when ``bold``.  Splits between lines
    across pages.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, bold: bool = False, base: str = "R"
    ) -> None:
        super().__init__()
        self.text, self.style, self.bold, self.base = text, style, bold, base
        self.lines: list[list[fonts.Run]] | None = None
        self._avail = -1.0

    def _lines(self, avail: float) -> list[list[fonts.Run]]:
        if self.lines is None or avail != self._avail:
            size = float(self.style.fontSize)
            self.lines = fonts.wrap_runs(self.text, size, avail, self.bold, self.base)
            self._avail = avail
        return self.lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._lines(availWidth)) * float(self.style.leading)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lines(availWidth)
        fit = int(availHeight // float(self.style.leading))
        if fit < 1 or fit >= len(lines):
            return [] if fit < 1 else [self]
        head, tail = (BidiParagraph(self.text, self.style, self.bold, self.base) for _ in "ht")
        head.lines, tail.lines = lines[:fit], lines[fit:]
        head._avail = tail._avail = availWidth
        tail.style = ParagraphStyle("tail", parent=self.style, spaceBefore=0)
        head.style = ParagraphStyle("head", parent=self.style, spaceAfter=0)
        return [head, tail]

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        c = self.canv
        size, lead = float(self.style.fontSize), float(self.style.leading)
        c.setFillColor(self.style.textColor)
        for i, runs in enumerate(self.lines or []):
            w = fonts.runs_width(runs, size)
            if self.style.alignment == TA_RIGHT:
                x = self.width - w
            elif self.style.alignment == TA_CENTER:
                x = (self.width - w) / 2
            else:
                x = 0.0
            y = self.height - i * lead - size
            for r in runs:
                c.setFont(r.font, size)
                c.drawString(x, y, r.text)
                x += pdfmetrics.stringWidth(r.text, r.font, size)


def write_pdf_atomic(out_path: Path, build: Callable[[io.BytesIO], None]) -> None:
    """Build the PDF in memory, then write it next to ``out_path`` and rename.

    Nothing half-written is left behind if building fails.
    """
    buf = io.BytesIO()
    build(buf)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out_path, buf.getvalue(), tmp_prefix=".letter-")


class EmbeddedFontsDocument(SimpleDocTemplate):
    """A platypus document drawn on ``fonts.new_canvas``: no standard (unembedded)
    font is referenced by any page."""

    def build(  # the same call, another default canvas
        self, flowables: list[Flowable], onFirstPage: Any = None, onLaterPages: Any = None
    ) -> None:
        kw: dict[str, Any] = {"canvasmaker": fonts.new_canvas}
        if onFirstPage is not None:
            kw["onFirstPage"] = onFirstPage
        if onLaterPages is not None:
            kw["onLaterPages"] = onLaterPages
        super().build(flowables, **kw)


def a4_document(buf: Any, *, side_mm: float = 18, top_bottom_mm: float = 16, **kw: Any) -> Any:
    """An A4 platypus document with the product's fixed, anonymous metadata
    (no title, author or producer carrying a name; reproducible bytes), every
    font embedded."""
    return EmbeddedFontsDocument(
        buf,
        pagesize=A4,
        leftMargin=side_mm * mm,
        rightMargin=side_mm * mm,
        topMargin=top_bottom_mm * mm,
        bottomMargin=top_bottom_mm * mm,
        **{**PDF_META, **kw},
    )


def render_pdf(
    blocks: Sequence[Block],
    out_path: Path,
    after: Sequence[Flowable] = (),
    size: float = 10.0,
) -> int:
    """Write ``blocks`` (then the extra flowables ``after``, e.g. an annex) as a PDF."""
    pages = [0]

    def build(buf: io.BytesIO) -> None:
        doc = EmbeddedFontsDocument(
            buf,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            lang="fr-FR",
            **PDF_META,
        )

        def footer(canvas: Any, d: Any) -> None:
            pages[0] = d.page

        doc.build([*flowables(blocks, size), *after], onFirstPage=footer, onLaterPages=footer)

    write_pdf_atomic(out_path, build)
    return pages[0]


def render_text(blocks: Sequence[Block]) -> str:
    """The same letter as plain text (UTF-8, French spaces as U+202F)."""
    out: list[str] = []

    def tx(s: str) -> str:
        return fr_text(s, space=NNBSP)

    for b in blocks:
        k = b.kind
        if k in ("sender", "addressee", "right", "line", "subject", "title", "banner"):
            out.extend(tx(line) for line in b.lines)
            out.append("")
        elif k in ("para", "handwriting"):
            for line in b.lines:
                out.extend([tx(line), ""])
        elif k in ("bullets", "numbered", "list"):
            if k == "list":
                out.append(tx(b.lines[0]))
            items = b.lines[1:] if k == "list" else b.lines
            for i, line in enumerate(items, 1):
                out.append(f"{i}. {tx(line)}" if k == "numbered" else f"- {tx(line)}")
            out.append("")
        elif k == "table":
            for row in b.rows[1:]:
                out.append("- " + " — ".join(tx(c) for c in row if c))
            out.append("")
        elif k == "signature":
            out.extend(tx(line) for line in b.lines)
            out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"

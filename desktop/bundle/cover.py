"""The cover sheet of the complete dossier, in French (it is read at the
prefecture): applicant, request, filing date, the checklist with each piece's
status and pages, and what is missing and why."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from desktop.core.messages import t
from desktop.letters import fonts
from desktop.letters.layout import TableStyle, a4_document
from desktop.letters.typography import fr_date

FR = "fr"
STATUS_COLOURS = {
    "ok": colors.HexColor("#1b7a3a"),
    "warning": colors.HexColor("#a86400"),
    "error": colors.HexColor("#b3261e"),
    "missing": colors.HexColor("#b3261e"),
    "not_required": colors.HexColor("#666666"),
}


@dataclass
class CoverRow:
    label: str
    status: str
    pages: tuple[int, int] | None  # first and last page in the complete dossier
    number: int | None = None  # as in the upload file's name and the footers; None: no file


@dataclass
class CoverData:
    applicant: str
    native_name: str
    birth: dt.date | None
    numero_etranger: str
    situation: str
    filing_date: dt.date
    prefecture: str
    complete: bool
    rows: list[CoverRow]
    missing: list[tuple[str, list[str]]] = field(default_factory=list)  # piece, reasons
    made_on: dt.date | None = None


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle(
        "base", fontName=fonts.SANS, bulletFontName=fonts.SANS, fontSize=9.5, leading=12.5
    )
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#555555")
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=17,
            leading=21,
            spaceAfter=4 * mm,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.8, leading=11),
    }


def _p(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(fonts.para_markup(text, bold=bold), style)


def render_cover(data: CoverData) -> bytes:
    st = _styles()
    buf = io.BytesIO()
    doc = a4_document(buf)
    story: list = []
    story.append(_p(t("bundle.cover.title", FR), st["title"]))
    name = data.applicant + (f" ({data.native_name})" if data.native_name else "")
    facts = [(t("bundle.cover.applicant", FR), name)]
    if data.birth:
        facts.append((t("bundle.cover.birth", FR), fr_date(data.birth)))
    if data.numero_etranger:
        facts.append((t("bundle.cover.numero_etranger", FR), data.numero_etranger))
    facts.append((t("bundle.cover.situation", FR), data.situation))
    facts.append((t("bundle.cover.filing_date", FR), fr_date(data.filing_date)))
    if data.prefecture:
        facts.append((t("bundle.cover.prefecture", FR), data.prefecture))
    ft = Table(
        [[_p(k, st["base"], bold=True), _p(v, st["base"])] for k, v in facts],
        colWidths=[42 * mm, None],
    )
    ft.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story.append(ft)
    story.append(Spacer(1, 4 * mm))
    verdict = t("bundle.cover.complete" if data.complete else "bundle.cover.incomplete", FR)
    vstyle = ParagraphStyle(
        "v",
        parent=st["base"],
        fontName=fonts.SANS_BOLD,
        textColor=STATUS_COLOURS["ok" if data.complete else "error"],
    )
    story.append(_p(verdict, vstyle, bold=True))
    story.append(_p(t("bundle.cover.checklist", FR), st["h2"], bold=True))
    rows = [
        [
            _p(t("bundle.cover.col_piece", FR), st["cell"], True),
            _p("", st["cell"]),
            _p(t("bundle.cover.col_status", FR), st["cell"], True),
            _p(t("bundle.cover.col_pages", FR), st["cell"], True),
        ]
    ]
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 0), (1, 0)),
    ]
    for i, row in enumerate(data.rows, start=1):
        if not row.pages:
            pages = "—"
        elif row.pages[0] == row.pages[1]:
            pages = t("bundle.cover.page_single", FR, page=row.pages[0])
        else:
            pages = t("bundle.cover.pages_range", FR, first=row.pages[0], last=row.pages[1])
        sstyle = ParagraphStyle(f"s{i}", parent=st["cell"], textColor=STATUS_COLOURS[row.status])
        rows.append(
            [
                _p(f"{row.number}." if row.number else "—", st["cell"]),
                _p(row.label, st["cell"]),
                _p(t(f"status.{row.status}", FR), sstyle),
                _p(pages, st["cell"]),
            ]
        )
    table = Table(rows, colWidths=[8 * mm, None, 30 * mm, 24 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    if data.missing:
        story.append(_p(t("bundle.cover.missing_title", FR), st["h2"], bold=True))
        for piece, reasons in data.missing:
            story.append(_p(piece, st["base"], bold=True))
            for r in reasons:
                story.append(
                    _p("• " + r, ParagraphStyle("r", parent=st["base"], leftIndent=4 * mm))
                )
            story.append(Spacer(1, 1.5 * mm))
    story.append(Spacer(1, 6 * mm))
    story.append(
        _p(
            t("bundle.cover.footer", FR, date=fr_date(data.made_on or data.filing_date)),
            st["small"],
        )
    )
    doc.build(story)
    return buf.getvalue()

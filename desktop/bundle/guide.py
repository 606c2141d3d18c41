"""GUIDE.pdf and GUIDE.txt: where each upload file goes on ANEF, what to do for
pieces that have no file yet, what to fix, the dates to remember — in French
and, when the interface is in another language, in that language too."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from desktop.bundle.settings import BundleSettings
from desktop.core.catalog import pick
from desktop.core.messages import RTL_LANGS, t
from desktop.letters import fonts
from desktop.letters.layout import BidiParagraph, a4_document


@dataclass
class GuideFile:
    file: str
    piece_label: dict[str, str]  # lang -> label
    slot: dict[str, str]
    confirmed: bool


@dataclass
class GuideMissing:
    piece_label: dict[str, str]
    slot: dict[str, str]
    confirmed: bool
    help: dict[str, str]


@dataclass
class GuideData:
    limit_mb: str
    files: list[GuideFile]
    missing: list[GuideMissing]
    deadlines: dict[str, list[str]]  # lang -> lines
    problems: dict[str, list[str]]  # lang -> lines
    ephoto_code: str = ""
    langs: list[str] = field(default_factory=lambda: ["fr"])


def _sections(data: GuideData, s: BundleSettings, lang: str) -> list[tuple[str, list[str]]]:
    """(heading, lines) for one language; the first heading is the title."""
    out: list[tuple[str, list[str]]] = []
    intro = t("bundle.guide.intro", lang, site=s.anef_site, limit_mb=data.limit_mb)
    out.append((t("bundle.guide.title", lang), [intro]))
    steps = []
    for n, step in enumerate(s.guide_steps, start=1):
        line = f"{n}. {pick(step.label, lang)}"
        if not step.confirmed:
            line += " " + t("bundle.guide.unconfirmed", lang)
        steps.append(line)
    out.append((t("bundle.guide.steps", lang), steps))
    files = []
    for f in data.files:
        line = t(
            "bundle.guide.goes_to",
            lang,
            file=fonts.ltr(f.file) if lang in RTL_LANGS else f.file,
            piece=pick(f.piece_label, lang),
            slot=pick(f.slot, lang) if f.slot else "—",
        )
        if not f.confirmed:
            line += " " + t("bundle.guide.unconfirmed", lang)
        files.append(line)
    if data.ephoto_code:
        files.append(t("bundle.guide.ephoto", lang, code=data.ephoto_code))
    if any(not f.confirmed for f in data.files) or any(not m.confirmed for m in data.missing):
        files.append(t("bundle.guide.unconfirmed_note", lang))
    out.append((t("bundle.guide.files", lang), files))
    if data.missing:
        lines = []
        for m in data.missing:
            line = t(
                "bundle.guide.no_file_line",
                lang,
                piece=pick(m.piece_label, lang),
                slot=pick(m.slot, lang) if m.slot else "—",
                help=pick(m.help, lang) if m.help else "",
            )
            if m.slot and not m.confirmed:
                line += " " + t("bundle.guide.unconfirmed", lang)
            lines.append(line)
        out.append((t("bundle.guide.no_file", lang), lines))
    if data.problems.get(lang):
        out.append((t("bundle.guide.problems", lang), data.problems[lang]))
    if data.deadlines.get(lang):
        out.append((t("bundle.guide.deadlines", lang), data.deadlines[lang]))
    return out


def guide_text(data: GuideData, s: BundleSettings) -> str:
    chunks = []
    for lang in data.langs:
        secs = _sections(data, s, lang)
        title, intro = secs[0]
        chunks.append(f"{title}\n{'=' * len(title)}\n\n" + "\n".join(intro) + "\n")
        for n, (heading, lines) in enumerate(secs[1:]):
            bullet = "" if n == 0 else "- "  # the steps are numbered already
            body = "\n".join(bullet + x for x in lines)
            chunks.append(f"\n{heading}\n{'-' * len(heading)}\n{body}\n")
        chunks.append("\n")
    return "".join(chunks).rstrip() + "\n"


def guide_pdf(data: GuideData, s: BundleSettings) -> bytes:
    fonts.register_fonts()
    buf = io.BytesIO()
    doc = a4_document(buf)
    story: list[Flowable] = []
    for n, lang in enumerate(data.langs):
        rtl = lang in RTL_LANGS
        align = TA_RIGHT if rtl else 0
        base = ParagraphStyle(
            f"b{lang}",
            fontName=fonts.SANS,
            fontSize=9.5,
            leading=13,
            alignment=align,
            spaceAfter=1.5 * mm,
        )
        title = ParagraphStyle(
            f"t{lang}",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=3 * mm,
        )
        h2 = ParagraphStyle(
            f"h{lang}",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
            textColor=colors.HexColor("#1d3a6e"),
        )
        if n:
            story.append(PageBreak())

        def para(text: str, style: ParagraphStyle, bold: bool = False, rtl: bool = rtl) -> Flowable:
            # Right to left: lines broken first, then each reordered (bidi per line).
            if rtl:
                return BidiParagraph(text, style, bold=bold)
            return Paragraph(fonts.para_markup(text, bold=bold), style)

        secs = _sections(data, s, lang)
        story.append(para(secs[0][0], title, bold=True))
        story.append(para(t("bundle.guide.language_note", lang), base))
        for line in secs[0][1]:
            story.append(para(line, base))
        for heading, lines in secs[1:]:
            story.append(para(heading, h2, bold=True))
            for line in lines:
                story.append(para(line, base))
        story.append(Spacer(1, 4 * mm))
    doc.build(story)
    return buf.getvalue()

"""Embedded fonts for every PDF the product writes, and text runs per script.

Only the TrueType files shipped in ``assets/fonts`` are used (never a system
font), so a PDF renders the same on every machine and names in Cyrillic, Greek,
Arabic or Chinese/Japanese/Korean show real glyphs, not empty boxes.

API (small on purpose)::

    register_fonts() -> None                 # idempotent; registers the families below
    new_canvas(*args, **kw) -> Canvas        # a reportlab canvas that starts in SANS
    SANS, SANS_BOLD, SANS_ITALIC             # reportlab font names (Noto Sans)
    font_runs(text, bold=False, italic=False, base="L") -> list[Run]   # visual order, shaped
    wrap_runs(text, size, width, bold=False, base="R") -> list[list[Run]]  # bidi per wrapped line
    para_markup(text, bold=False, italic=False) -> str       # for platypus Paragraph
    draw_text(canvas, x, y, text, size, bold=False, align="left") -> float (width)
    text_width(text, size, bold=False) -> float
    missing_glyphs(text) -> list[str]        # characters no shipped font covers
    font_file(font_name) -> Path             # the .ttf behind a registered name
    covers(font_name, char) -> bool

Fonts (see ``assets/fonts/README.md``): Noto Sans Regular/Bold/Italic (Latin,
Cyrillic, Greek; OFL-1.1), Noto Naskh Arabic Regular/Bold (OFL-1.1), Droid Sans
Fallback Full (Chinese, Japanese; Apache-2.0), NanumGothic (Korean Hangul;
OFL-1.1).  The CJK and Hangul fonts (4 MB each) are parsed only when a text needs
them.

Arabic: letters are shaped into their joined presentation forms
(``arabic_reshaper``) and the line is put in visual order with the Unicode bidi
algorithm (``python-bidi``, its full pure-Python implementation, which mirrors
brackets at right-to-left levels, rule L4) *before* being split into font runs,
so a name such as "محمد" draws joined and right-to-left inside a French
(left-to-right) line.  ``font_runs`` reorders one line; a paragraph that may
wrap goes through ``wrap_runs``: it is broken into lines in logical order
(widths measured on the shaped text), then each line is reordered on its own
(UAX #9 rule L1-L4 apply per line), so a full stop never jumps to the start of
the next line and a parenthesis stays with its words.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import FONTS_DIR

SANS = "DS-Sans"
SANS_BOLD = "DS-Sans-Bold"
SANS_ITALIC = "DS-Sans-Italic"
ARABIC = "DS-Arabic"
ARABIC_BOLD = "DS-Arabic-Bold"
CJK = "DS-CJK"
HANGUL = "DS-Hangul"

_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
}

_lock = threading.Lock()
NBSP = "\u00a0"
LRM = "\u200e"
#: Directional marks and embeddings: they steer the bidi algorithm, then are not drawn.
_BIDI_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class Run:
    """A piece of a line drawn with one font, already shaped and in visual order."""

    text: str
    font: str


def font_file(font_name: str) -> Path:
    return Path(FONTS_DIR) / _FILES[font_name]


@cache
def _font(font_name: str) -> TTFont:
    """Parse and register one shipped font (once per process)."""
    with _lock:
        try:
            return pdfmetrics.getFont(font_name)
        except KeyError:
            pass
        path = font_file(font_name)
        if not path.is_file():  # a broken install, not a user's mistake
            raise FileNotFoundError(f"font file missing from the installation: {path}")
        font = TTFont(font_name, str(path))
        pdfmetrics.registerFont(font)
        return font


def register_fonts() -> None:
    """Register the Latin/Arabic fonts and the ``DS-Sans`` family (idempotent).

    The CJK font is registered on first use (see ``font_runs``).
    """
    from reportlab.lib.fonts import addMapping

    for name in (SANS, SANS_BOLD, SANS_ITALIC, ARABIC, ARABIC_BOLD):
        _font(name)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)


def new_canvas(*args: Any, **kw: Any) -> Any:
    """A reportlab canvas whose starting font is the embedded ``SANS``.

    reportlab's canvas starts every page in its standard Helvetica (``BT /F1 12 Tf``),
    which is then listed in the PDF without being embedded: a viewer substitutes
    a font of its own.  Every canvas and document of the product is made here
    (``layout.a4_document``, ``layout.render_pdf``, the bundle's stamps, signing).
    """
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    if not kw.get("initialFontName"):  # platypus passes its own, None by default
        kw["initialFontName"] = SANS
    return Canvas(*args, **kw)


@cache
def _cmap(font_name: str) -> frozenset[int]:
    return frozenset(_font(font_name).face.charToGlyph)


def covers(font_name: str, char: str) -> bool:
    return ord(char) in _cmap(font_name)


def _is_arabic(cp: int) -> bool:
    return (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFF
    )


def _is_hangul(cp: int) -> bool:
    return 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xAC00 <= cp <= 0xD7AF


def _is_cjk(cp: int) -> bool:
    return (
        0x2E80 <= cp <= 0x9FFF
        or 0xAC00 <= cp <= 0xD7AF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x2FA1F
    )


def _neutral(ch: str) -> bool:
    """Spaces, digits and punctuation: they stay in the font of the run around them."""
    cat = unicodedata.category(ch)
    return cat[0] in "ZPN" or ch in "+-/°"


def _candidates(cp: int, bold: bool, italic: bool) -> tuple[str, ...]:
    base = SANS_BOLD if bold else (SANS_ITALIC if italic else SANS)
    arabic = ARABIC_BOLD if bold else ARABIC
    if _is_arabic(cp):
        return (arabic, base, CJK)
    if _is_hangul(cp):
        return (HANGUL, CJK, base)
    if _is_cjk(cp):
        return (CJK, base)
    return (base, arabic, CJK) if cp > 0x2FF else (base,)


def _pick(ch: str, bold: bool, italic: bool) -> str:
    cp = ord(ch)
    cands = _candidates(cp, bold, italic)
    for name in cands:
        if cp in _cmap(name):
            return name
    return cands[0]


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def shaped(text: str) -> str:
    """``text`` (logical order) with Arabic letters in their joined presentation forms."""
    if not _has_rtl(text):
        return text
    import arabic_reshaper

    return str(arabic_reshaper.reshape(text))


def _reorder(line: str, base: str) -> str:
    """One line of shaped text in visual order, brackets mirrored (UAX #9 L1-L4).

    ``bidi.algorithm`` is python-bidi's pure-Python implementation: unlike the
    compiled ``bidi.get_display`` (0.5+), it applies rule L4 (mirroring), without
    which « (ANEF) » inside Arabic prints as « )ANEF( ».
    """
    if base == "L" and not _has_rtl(line):
        return line
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir=base))


def ltr(text: str) -> str:
    """``text`` (a file name, an identifier) kept in reading order inside right-to-left
    text: between left-to-right marks, "01-passport.pdf" does not print as
    "passport.pdf-01" (UAX #9 W7 then N1)."""
    return f"{LRM}{text}{LRM}"


def visual(text: str, base: str = "L") -> str:
    """One line: ``text`` with Arabic letters shaped, in visual (display) order.

    ``base`` is the paragraph direction: "L" (a French line holding a name in
    Arabic) or "R" (a line of an Arabic text).
    """
    if base == "L" and not _has_rtl(text):
        return text
    return _reorder(shaped(text), base)


def font_runs(text: str, bold: bool = False, italic: bool = False, base: str = "L") -> list[Run]:
    """Split one line into runs drawn left to right, each with the font that has its glyphs.

    Neutral characters (spaces, digits, punctuation) between two characters of the
    same font stay in that run, so a name does not break into many tiny runs;
    elsewhere they use the Latin font.
    """
    return _runs(visual(text, base), bold, italic)


def _runs(line: str, bold: bool, italic: bool) -> list[Run]:
    """``line`` (already shaped, in the order it is drawn) split into font runs."""
    register_fonts()
    runs: list[Run] = []
    cur_font = ""
    buf: list[str] = []
    line = "".join(ch for ch in line if ch not in _BIDI_MARKS)
    for i, ch in enumerate(line):
        if buf and _neutral(ch) and ord(ch) in _cmap(cur_font):
            nxt = next((c for c in line[i + 1 :] if not _neutral(c)), "")
            if nxt and _pick(nxt, bold, italic) == cur_font:
                buf.append(ch)  # e.g. the space between two Arabic words
                continue
        font = _pick(ch, bold, italic)
        if font != cur_font and buf:
            runs.append(Run("".join(buf), cur_font))
            buf = []
        cur_font = font
        buf.append(ch)
    if buf:
        runs.append(Run("".join(buf), cur_font))
    return runs


def para_markup(text: str, bold: bool = False, italic: bool = False) -> str:
    """Paragraph markup (XML-escaped) for ``text``, with ``<font>`` tags per script.

    Latin/Cyrillic/Greek text is left untagged (it uses the paragraph's font), so a
    French sentence stays one run and wraps normally.  Only runs that need another
    font (Arabic, CJK) are wrapped in ``<font face=...>``.
    """
    base = SANS_BOLD if bold else (SANS_ITALIC if italic else SANS)
    out: list[str] = []
    for lines_i, line in enumerate(text.split("\n")):
        if lines_i:
            out.append("<br/>")
        for run in font_runs(line, bold=bold, italic=italic):
            piece = escape(run.text)
            if run.font != base:  # a name in another script never wraps inside itself
                piece = f'<font face="{run.font}">{piece.replace(" ", NBSP)}</font>'
            out.append(piece)
    return "".join(out)


def runs_width(runs: list[Run], size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in runs))


def wrap_runs(
    text: str, size: float, width: float, bold: bool = False, base: str = "R"
) -> list[list[Run]]:
    """``text`` broken into lines no wider than ``width``, each line in visual order.

    The break points are chosen on the logical (reading-order) text, the width of
    each word measured on its shaped glyphs; only then is each line reordered by
    the bidi algorithm with paragraph direction ``base``.  ``\n`` forces a break.
    A word wider than ``width`` gets a line of its own (it is not cut).
    """
    out: list[list[Run]] = []
    space = pdfmetrics.stringWidth(" ", SANS_BOLD if bold else SANS, size)
    for para in shaped(text).split("\n"):
        line: list[str] = []
        used = 0.0
        for word in para.split(" "):
            if not word:
                continue
            w = runs_width(_runs(word, bold, False), size)
            if line and used + space + w > width:
                out.append(_runs(_reorder(" ".join(line), base), bold, False))
                line, used = [], 0.0
            used += (space if line else 0.0) + w
            line.append(word)
        out.append(_runs(_reorder(" ".join(line), base), bold, False) if line else [])
    return out


def text_width(text: str, size: float, bold: bool = False) -> float:
    return float(
        sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in font_runs(text, bold=bold))
    )


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line on a reportlab canvas with per-script fonts; returns its width."""
    runs = font_runs(text, bold=bold)
    width = sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in runs)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for r in runs:
        canvas.setFont(r.font, size)
        canvas.drawString(x, y, r.text)
        x += pdfmetrics.stringWidth(r.text, r.font, size)
    return float(width)


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` (after Arabic shaping) that no shipped font can draw."""
    out: list[str] = []
    for ch in visual(text):
        if ch in "\n\t" or unicodedata.category(ch) in ("Cf", "Cc"):
            continue
        if not any(ord(ch) in _cmap(f) for f in _candidates(ord(ch), False, False)):
            if ch not in out:
                out.append(ch)
    return out

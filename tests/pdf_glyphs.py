"""What a PDF page really draws, read from its content stream: each shown string
decoded through its font's ToUnicode map, placed at its baseline (CTM and text
matrix followed), then grouped into lines in drawing (visual, left-to-right)
order.  Text extractors (pypdf, poppler, pdfium) each reorder or mirror
right-to-left text their own way; this does neither, so a test sees the
glyphs as a reader does."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class Glyphs:
    x: float  # start of the string, page points
    y: float  # baseline
    size: float  # font size after the CTM's scale
    text: str
    font: str  # BaseFont


def _tounicode(font: Any) -> dict[int, str]:
    out: dict[int, str] = {}
    tu = font.get("/ToUnicode")
    if tu is None:
        return out
    data = tu.get_object().get_data()
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in _BFCHAR.findall(block):
            out[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for a, b, dst in re.findall(rb"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            start = int(dst, 16)
            for k, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                out[code] = chr(start + k)
    return out


def _mul(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _bytes(operand: Any) -> bytes:
    if hasattr(operand, "get_original_bytes"):
        return bytes(operand.get_original_bytes())
    if isinstance(operand, bytes):
        return operand
    return str(operand).encode("latin-1")


def page_glyphs(path: Path | str, index: int) -> list[Glyphs]:
    """Every string the page shows, Form XObjects (stamps, overlays) included."""
    reader = PdfReader(str(path))
    page = reader.pages[index]
    out: list[Glyphs] = []
    _walk(reader, page.get_contents(), page["/Resources"], [1.0, 0, 0, 1, 0, 0], out, 0)
    return out


def _walk(
    reader: PdfReader,
    contents: Any,
    resources: Any,
    ctm: list[float],
    out: list[Glyphs],
    depth: int,
) -> None:
    if contents is None or depth > 8:
        return
    resources = resources.get_object() if resources is not None else {}
    fonts = resources.get("/Font", {})
    fonts = fonts.get_object() if hasattr(fonts, "get_object") else fonts
    maps = {name: _tounicode(fonts[name].get_object()) for name in fonts}
    bases = {name: str(fonts[name].get_object().get("/BaseFont", "")) for name in fonts}
    xobjects = resources.get("/XObject", {})
    xobjects = xobjects.get_object() if hasattr(xobjects, "get_object") else xobjects
    stack: list[list[float]] = []
    tm = [1.0, 0, 0, 1, 0, 0]
    line = list(tm)
    font, size, leading = "", 0.0, 0.0
    for operands, op in ContentStream(contents, reader).operations:
        if op == b"q":
            stack.append(list(ctm))
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _mul([float(v) for v in operands], ctm)
        elif op == b"Do":
            x = xobjects[operands[0]].get_object()
            if x.get("/Subtype") == "/Form":
                m = [float(v) for v in x.get("/Matrix", [1, 0, 0, 1, 0, 0])]
                _walk(reader, x, x.get("/Resources", resources), _mul(m, ctm), out, depth + 1)
        elif op == b"BT":
            tm, line = [1.0, 0, 0, 1, 0, 0], [1.0, 0, 0, 1, 0, 0]
        elif op == b"Tm":
            tm = [float(v) for v in operands]
            line = list(tm)
        elif op in (b"Td", b"TD"):
            line = _mul([1, 0, 0, 1, float(operands[0]), float(operands[1])], line)
            tm = list(line)
            if op == b"TD":
                leading = -float(operands[1])
        elif op == b"TL":
            leading = float(operands[0])
        elif op == b"T*":
            line = _mul([1, 0, 0, 1, 0, -leading], line)
            tm = list(line)
        elif op == b"Tf":
            font, size = str(operands[0]), float(operands[1])
        elif op in (b"Tj", b"TJ", b"'"):
            parts = operands[0] if op == b"TJ" else [operands[0]]
            text = "".join(
                maps.get(font, {}).get(c, chr(c))
                for p in parts
                if not isinstance(p, (int, float))
                for c in _bytes(p)
            )
            m = _mul(tm, ctm)
            out.append(Glyphs(m[4], m[5], size * abs(m[3]), text, bases.get(font, "")))


def visual_lines(path: Path | str, index: int, nfkc: bool = True) -> list[str]:
    """The page's lines top to bottom, each as drawn left to right (``nfkc``: Arabic
    presentation forms back to their letters, glyph by glyph)."""
    rows: dict[float, list[Glyphs]] = {}
    for g in page_glyphs(path, index):
        if g.text.strip():
            rows.setdefault(round(g.y, 1), []).append(g)
    return [
        "".join(
            unicodedata.normalize("NFKC", g.text) if nfkc else g.text
            for g in sorted(rows[y], key=lambda g: g.x)
        )
        for y in sorted(rows, reverse=True)
    ]

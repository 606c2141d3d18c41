"""Right-to-left text in the PDFs: the Arabic half of GUIDE.pdf, read glyph by
glyph as drawn (tests/pdf_glyphs.py), says what GUIDE.txt says, in reading
order, line after line (issue 15, item 4)."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from desktop.core.messages import t
from desktop.demo import write_demo
from desktop.letters import fonts
from tests.pdf_glyphs import visual_lines

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)
WORD = re.compile(r"[^\W\d_]+")


def _arabic(s: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in s)


def _nfkc(s: str) -> str:
    """Compatibility form, without format marks and without Arabic vowel marks
    (harakat: the shaper leaves them out; reportlab cannot place a mark)."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if unicodedata.category(c) not in ("Cf", "Mn"))


def reading_words(visual: str) -> list[str]:
    """The words of one right-to-left line as a reader meets them: right to left,
    each Arabic word's glyphs read right to left; a run of Latin words (no Arabic
    between them) left to right, as one group."""
    groups: list[list[str]] = []
    for w in WORD.findall(visual):
        if not _arabic(w) and groups and not _arabic(groups[-1][-1]):
            groups[-1].append(w)
        else:
            groups.append([w])
    return [_nfkc(w[::-1] if _arabic(w) else w) for g in groups[::-1] for w in g]


@pytest.fixture(scope="module")
def guide_ar(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    demo = write_demo(tmp_path_factory.mktemp("demo"), TODAY)
    out = tmp_path_factory.mktemp("out")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "desktop", "build", str(demo), "--out", str(out)]
    r = subprocess.run(
        [*cmd, "--today", TODAY.isoformat(), "--lang", "ar"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode in (0, 1), r.stderr
    return out / "upload" / "GUIDE.pdf", out / "upload" / "GUIDE.txt"


def _arabic_pages(pdf: Path) -> list[list[str]]:
    from pypdf import PdfReader

    pages = []
    for i in range(len(PdfReader(str(pdf)).pages)):
        lines = visual_lines(pdf, i, nfkc=False)
        if any(_arabic(x) for x in lines):
            pages.append(lines)
    assert pages, "no Arabic page in GUIDE.pdf"
    return pages


def test_arabic_guide_reads_in_order_line_by_line(guide_ar: tuple[Path, Path]) -> None:
    pdf, txt = guide_ar
    text = txt.read_text(encoding="utf-8")
    title = t("bundle.guide.title", "ar")
    arabic_txt = text[text.index(title) :]
    expected = [_nfkc(w) for w in WORD.findall(_nfkc(arabic_txt))]
    # The PDF adds one line under the title, saying which language the page is in.
    note = [_nfkc(w) for w in WORD.findall(_nfkc(t("bundle.guide.language_note", "ar")))]
    head = len(WORD.findall(_nfkc(title)))
    expected = expected[:head] + note + expected[head:]
    read = [w for page in _arabic_pages(pdf) for line in page for w in reading_words(line)]
    assert read == expected


def test_arabic_guide_lines_start_with_words_and_brackets_pair(
    guide_ar: tuple[Path, Path],
) -> None:
    depth = 0
    lines = [_nfkc(x) for page in _arabic_pages(guide_ar[0]) for x in page]
    for line in lines:
        if not _arabic(line):
            continue
        # A right-to-left line starts at its right end: never with a full stop or comma.
        assert line.rstrip()[-1] not in ".,،:;؛)", line
        # Read right to left, a bracket that opens is drawn « ) » (mirrored, UAX #9 L4).
        for ch in reversed(line):
            depth += {")": 1, "(": -1}.get(ch, 0)
            assert depth >= 0, line
    assert depth == 0
    step = next(x for x in lines if "FranceConnect" in x)
    latin = [w for w in reading_words(step) if not _arabic(w)]
    assert latin == ["ANEF", "FranceConnect", "ANEF"]


def test_file_names_keep_their_order_inside_arabic() -> None:
    line = "\u0627\u0644\u0645\u0644\u0641 " + fonts.ltr("01-passport.pdf") + ": \u0647\u0646\u0627"
    drawn = "".join(r.text for r in fonts.font_runs(line, base="R"))
    assert "01-passport.pdf" in drawn
    assert fonts.LRM not in drawn  # the marks steer the algorithm, they are not drawn


def test_wrap_breaks_before_reordering() -> None:
    # A sentence wider than the line: the full stop stays at the end of the last line.
    text = " ".join(["\u0643\u0644\u0645\u0629"] * 30) + "."
    lines = fonts.wrap_runs(text, 10, 150, base="R")
    assert len(lines) > 2
    drawn = ["".join(r.text for r in runs) for runs in lines]
    assert all(fonts.runs_width(runs, 10) <= 150 for runs in lines)
    assert drawn[-1].startswith(".")  # visual left end = logical end
    assert not any(d.rstrip().endswith(".") for d in drawn)

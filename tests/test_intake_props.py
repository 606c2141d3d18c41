"""Properties: sniffing and inspecting never crash; every intake message is complete."""

from __future__ import annotations

import ast
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.messages import LANGS, all_messages, placeholders
from desktop.intake import READABLE_KINDS, Kind, inspect_file, sniff
from tests import intake_corpus

ROOT = Path(__file__).resolve().parent.parent

MAGICS = [
    b"",
    b"%PDF-1.7\n",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    b"\x00\x00\x00\x18ftypheic",
    b"BM",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
]


@given(st.binary(max_size=4096))
def test_sniff_never_raises(data: bytes) -> None:
    assert isinstance(sniff(data), Kind)


@given(st.sampled_from(MAGICS), st.binary(max_size=2048))
def test_sniff_with_magic_never_raises(magic: bytes, rest: bytes) -> None:
    assert isinstance(sniff(magic + rest), Kind)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(MAGICS), st.binary(min_size=1, max_size=3000))
def test_inspect_never_raises_on_garbage(magic: bytes, rest: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fichier.bin"
        path.write_bytes(magic + rest)
        report = inspect_file(path)
    if report.kind not in READABLE_KINDS:
        assert not report.accepted and report.errors
    for prob in report.problems:
        assert prob.severity in ("error", "warning")
        assert "fichier.bin" in prob.message("fr")


_SAMPLES: dict[str, bytes] = {}


def _samples() -> dict[str, bytes]:
    if not _SAMPLES:
        with tempfile.TemporaryDirectory() as tmp:
            d = Path(tmp)
            page = intake_corpus.text_page(50)
            for fmt, name in (("PNG", "a.png"), ("JPEG", "a.jpg"), ("TIFF", "a.tif")):
                page.save(d / name, fmt)
                _SAMPLES[name] = (d / name).read_bytes()
            _SAMPLES["a.pdf"] = intake_corpus.pdf_text(d / "a.pdf").read_bytes()
    return _SAMPLES


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["a.png", "a.jpg", "a.tif", "a.pdf"]), st.floats(0.01, 0.99))
def test_cut_files_are_refused_or_read_never_crash(name: str, share: float) -> None:
    data = _samples()[name]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data[: max(1, int(len(data) * share))])
        report = inspect_file(path)
    assert report.accepted == (not report.errors)
    if name == "a.pdf":
        assert not report.accepted  # no %%EOF: truncated


# --- messages ------------------------------------------------------------------


def _intake_messages() -> dict[str, dict[str, str]]:
    return {k: v for k, v in all_messages().items() if k.startswith("intake.")}


def test_every_intake_message_in_six_languages_naming_the_file() -> None:
    messages = _intake_messages()
    assert len(messages) > 30
    for key, table in messages.items():
        assert set(LANGS) <= set(table), key
        for lang in LANGS:
            assert placeholders(table[lang]) == placeholders(table["fr"]), (key, lang)
        # intake.cli.*: the command's own lines; intake.twoddoc.*: a 2D-Doc's signature
        # verdict, a label printed on the line of the file it was read in.
        if not key.startswith(("intake.cli.", "intake.twoddoc.")):
            assert "file" in placeholders(table["fr"]), key
        if key.endswith(".page"):
            assert "pages" in placeholders(table["fr"]), key


def test_every_problem_code_in_the_code_has_its_messages() -> None:
    """Each ``problem("code", …)`` has ``intake.code``; page-level ones also ``.page``."""
    messages = _intake_messages()
    used: set[str] = set()
    for path in (ROOT / "desktop" / "intake").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("problem", "flag")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                used.add(node.args[0].value)
    assert len(used) > 20
    assert sorted(c for c in used if f"intake.{c}" not in messages) == []
    page_level = {"blank_page", "resolution_too_low", "resolution_low", "blurry", "sideways"}
    page_level |= {"upside_down"}
    assert sorted(c for c in page_level if f"intake.{c}.page" not in messages) == []

"""The promise, end to end on the headless front end: bad input gets a clear error
and loses nothing.

Every awkward file of the intake corpus (``tests/intake_corpus.py``: truncated,
encrypted, Office, empty, a decompression bomb, CMYK, 16-bit, HEIC, wrong
extensions, odd names…) plus a missing file, a folder and symlink tricks becomes,
in turn, the only file of one piece of an otherwise complete dossier. The CLI runs
as a subprocess, as a person would run it:

- ``check D --json`` for every case (French), a subset again in Arabic;
- ``build D --out X --json`` for a representative subset;
- ``convert FILE --out Y.pdf`` for every case that is a different kind of file.

Each time: the exit code is the contract's (0 only when the file is fine), no
traceback, the JSON parses, the problem about the piece names the file, and the
dossier file and the person's document are byte-identical afterwards.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.core.dossier import Dossier

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "etudiant-renouvellement"
TODAY = "2026-11-24"
PIECE = "proof_of_address"  # accepts PDF and pictures, issued_on already set in the example
ARABIC = re.compile(r"[\u0600-\u06ff]")

# Cases whose file is fine for the piece: the dossier is complete (exit 0); warnings allowed.
FINE = {
    "jpeg",
    "png",
    "webp",
    "cmyk_jpeg",
    "png16",
    "png_transparent",
    "tiff_multipage",
    "heic",
    "exif_3",
    "exif_6",
    "exif_8",
    "jpeg_named_pdf",
    "pdf_named_jpg",
    "name_spaces",
    "name_accents",
    "name_arabic",
    "name_long",
    "pdf",
    "pdf_multipage_blank",
    "pdf_owner_only",
    "pdf_active",
    "soft",
    "sideways_jpeg",
    "pdf_scan",
    "pdf_upside_down",
    "pdf_rotate_90",
    "pdf_rotated_fixed",
}
# Not files at all, or nothing there: made by the fixture, not by the corpus.
SPECIAL = ("missing", "folder", "symlink_loop", "dangling_symlink")
# Files nothing can be made of: ``convert`` refuses them (exit 2) and says why.
UNUSABLE = {
    "empty",
    "truncated_pdf",
    "truncated_jpeg",
    "pdf_user_password",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "docx_named_pdf",
    "doc",
    "zip",
    "gzip",
    "text",
    "text_named_pdf",
    "unknown",
    "bomb",
    *SPECIAL,
}
# Same kind of file as another case, differing only in quality: one convert is enough.
QUALITY_VARIANTS = {
    "exif_6",
    "exif_8",
    "soft",
    "blurred",
    "low_res",
    "very_low_res",
    "blank_pdf",
    "black_jpeg",
    "sideways_jpeg",
    "pdf_scan_low",
    "pdf_scan_blurred",
    "pdf_upside_down",
    "pdf_rotate_90",
    "pdf_rotated_fixed",
    "name_spaces",
    "name_long",
}
BUILD_SUBSET = (
    "pdf_user_password",
    "truncated_pdf",
    "truncated_jpeg",
    "bomb",
    "docx",
    "empty",
    "missing",
    "folder",
    "jpeg_named_pdf",
    "name_arabic",
)
ARABIC_SUBSET = (
    "pdf_user_password",
    "truncated_jpeg",
    "bomb",
    "xlsx",
    "empty",
    "missing",
    "folder",
    "symlink_loop",
    "gif",
    "name_arabic",
)


# Every case ``tests/intake_corpus.build`` makes (the fixture checks the list is whole),
# plus the decompression bomb it makes apart.
CORPUS = (
    "black_jpeg blank_jpeg blank_pdf blurred bmp cmyk_jpeg doc docx docx_named_pdf empty "
    "exif_3 exif_6 exif_8 gif gzip heic jpeg jpeg_named_pdf low_res name_accents name_arabic "
    "name_long name_spaces ods odt pdf pdf_active pdf_multipage_blank pdf_named_jpg "
    "pdf_owner_only pdf_rotate_90 pdf_rotated_fixed pdf_scan pdf_scan_blurred pdf_scan_low "
    "pdf_upside_down pdf_user_password png png16 png_transparent pptx sideways_jpeg soft text "
    "text_named_pdf tiff_multipage truncated_jpeg truncated_pdf unknown very_low_res webp "
    "xlsx zip"
).split()
CASES = [*CORPUS, "bomb", *SPECIAL]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The corpus, the bomb, the special cases and the example's documents, once."""
    from tests.intake_corpus import build, png_bomb

    root = tmp_path_factory.mktemp("robust")
    corpus = build(root / "corpus")
    assert sorted(corpus) == sorted(CORPUS), "intake corpus changed: update CORPUS and FINE"
    corpus["bomb"] = png_bomb(root / "corpus" / "bombe.png")
    special = root / "special"
    special.mkdir()
    corpus["missing"] = special / "absent.pdf"
    (special / "scans du passeport").mkdir()
    corpus["folder"] = special / "scans du passeport"
    os.symlink("boucle.pdf", special / "boucle.pdf")
    corpus["symlink_loop"] = special / "boucle.pdf"
    os.symlink("nulle-part.pdf", special / "lien.pdf")
    corpus["dangling_symlink"] = special / "lien.pdf"
    shutil.copytree(EXAMPLE / "documents", root / "documents")
    digests = {name: _digest(p) for name, p in corpus.items()}
    return {"root": root, "corpus": corpus, "digests": digests}


def _digest(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


def _dossier(world: dict[str, Any], case: str, tag: str) -> tuple[Path, Path]:
    """A copy of the complete example whose piece has the case's file (only)."""
    root: Path = world["root"]
    src: Path = world["corpus"][case]
    folder = root / "cases" / f"{tag}-{case}"
    folder.mkdir(parents=True)
    text = (EXAMPLE / "dossier.toml").read_text(encoding="utf-8")
    dossier = Dossier.from_toml_text(text)
    # A dossier reads only files inside its folder: hard links (ordinary files, no
    # copying) of the example's documents and of the case's file.
    shutil.copytree(EXAMPLE / "documents", folder / "documents", copy_function=os.link)
    (folder / "case").mkdir()
    here = folder / "case" / src.name
    if src.is_symlink():  # the loop and the dangling link, as they are
        os.symlink(os.readlink(src), here)
    elif src.is_dir():
        here.mkdir()
    elif src.exists():
        os.link(src, here)
    dossier.data["pieces"][PIECE]["files"] = [f"case/{src.name}"]
    path = dossier.save(folder / "dossier.toml")
    return path, src


def _run(*args: str, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), DOSSIER_LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--today", TODAY, "--lang", lang],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def _no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert "Traceback" not in proc.stdout, proc.stdout[-3000:]


def _piece(check: dict[str, Any]) -> dict[str, Any]:
    return next(p for p in check["pieces"] if p["id"] == PIECE)


def _names_file(messages: list[str], src: Path) -> bool:
    return any(src.name in m for m in messages)


def _unchanged(world: dict[str, Any], case: str, dossier: Path, before: bytes) -> None:
    assert dossier.read_bytes() == before, "the dossier file changed"
    src: Path = world["corpus"][case]
    assert _digest(src) == world["digests"][case], f"{src.name} changed"
    leftovers = [p.name for p in dossier.parent.iterdir() if p.name.startswith(".dossier-")]
    assert not leftovers, leftovers


def _assert_verdict(check: dict[str, Any], case: str, src: Path, lang: str) -> None:
    piece = _piece(check)
    messages = [p["message"] for p in piece["problems"]]
    assert all(m.strip() for m in messages)
    if case in FINE:
        assert piece["status"] in ("ok", "warning"), piece
        assert check["complete"] is True
        if piece["status"] == "warning":
            assert _names_file(messages, src), messages
        return
    assert piece["status"] == "error", piece
    assert check["complete"] is False
    errors = [p["message"] for p in piece["problems"] if p["severity"] == "error"]
    assert _names_file(errors, src), (src.name, errors)
    if lang == "ar":
        assert any(ARABIC.search(m) for m in errors), errors


@pytest.mark.parametrize("case", CASES)
def test_check_every_awkward_file(world: dict[str, Any], case: str) -> None:
    dossier, src = _dossier(world, case, "check")
    before = dossier.read_bytes()
    proc = _run("check", str(dossier), "--json")
    _no_traceback(proc)
    assert proc.returncode == (0 if case in FINE else 1), proc.stderr
    _assert_verdict(json.loads(proc.stdout), case, src, "fr")
    _unchanged(world, case, dossier, before)


@pytest.mark.parametrize("case", ARABIC_SUBSET)
def test_check_in_arabic(world: dict[str, Any], case: str) -> None:
    dossier, src = _dossier(world, case, "ar")
    before = dossier.read_bytes()
    proc = _run("check", str(dossier), "--json", lang="ar")
    _no_traceback(proc)
    assert proc.returncode == (0 if case in FINE else 1), proc.stderr
    _assert_verdict(json.loads(proc.stdout), case, src, "ar")
    _unchanged(world, case, dossier, before)


@pytest.mark.parametrize("case", BUILD_SUBSET)
def test_build_refuses_what_it_cannot_use(world: dict[str, Any], case: str) -> None:
    from pypdf import PdfReader

    dossier, src = _dossier(world, case, "build")
    before = dossier.read_bytes()
    out = dossier.parent / "out"
    proc = _run("build", str(dossier), "--out", str(out), "--json")
    _no_traceback(proc)
    assert proc.returncode == (0 if case in FINE else 1), proc.stderr
    report = json.loads(proc.stdout)
    _assert_verdict(report["check"], case, src, "fr")
    assert json.loads((out / "report.json").read_text(encoding="utf-8")) == report
    for output in report["outputs"]:  # whatever was written is whole and opens
        path = out / output["path"]
        assert path.stat().st_size == output["bytes"]
        if path.suffix == ".pdf":
            assert len(PdfReader(path).pages) == output["pages"] >= 1
    slot = [o for o in report["outputs"] if o.get("piece") == PIECE]
    if case in FINE:
        assert len(slot) == 1
    else:
        # Nothing half-made from a file that cannot be used: the piece says why instead.
        assert slot == []
        mine = [p for p in report["problems"] if p["piece"] == PIECE and p["severity"] == "error"]
        assert _names_file([p["message"] for p in mine], src), mine
    assert not [p for p in out.iterdir() if p.name.startswith(".bundle-")]
    _unchanged(world, case, dossier, before)


@pytest.mark.parametrize("case", [c for c in CASES if c not in QUALITY_VARIANTS])
def test_convert_every_kind_of_file(world: dict[str, Any], case: str) -> None:
    from pypdf import PdfReader

    src: Path = world["corpus"][case]
    out = world["root"] / "converted" / f"{case}.pdf"
    proc = _run("convert", str(src), "--out", str(out))
    _no_traceback(proc)
    assert _digest(src) == world["digests"][case]
    if case in UNUSABLE:
        assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
        assert src.name in proc.stderr, proc.stderr
        assert not out.exists()
        return
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(PdfReader(out).pages) >= 1
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]


def test_convert_mixed_good_and_bad_keeps_the_good_and_names_the_bad(
    world: dict[str, Any],
) -> None:
    from pypdf import PdfReader

    corpus = world["corpus"]
    out = world["root"] / "converted" / "mix.pdf"
    proc = _run(
        "convert",
        str(corpus["pdf"]),
        str(corpus["truncated_jpeg"]),
        str(corpus["bomb"]),
        str(corpus["jpeg"]),
        "--out",
        str(out),
        "--json",
    )
    _no_traceback(proc)
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    messages = " ".join(p["message"] for p in report["problems"])
    assert corpus["truncated_jpeg"].name in messages and corpus["bomb"].name in messages
    assert len(PdfReader(out).pages) == 2

"""Hostile files through the CLI, as a person would meet them (issue 16): PDF
bombs, entries that leave the dossier's folder, special files, names that try to
forge terminal output. Each case: exit code, a message naming the file and the
problem, peak memory < 500 MB and < 20 s (psutil, in a subprocess), nothing
written outside the requested output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests import hostile_pdfs

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "etudiant-renouvellement"
TODAY = "2026-11-24"
MAX_RSS = 500 * 2**20
MAX_SECONDS = 20.0


def run_measured(*args: str | Path) -> tuple[int, str, float, float]:
    """(exit code, stdout, peak RSS of the process and its children, seconds)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DOSSIER_LANG": "en"}
    argv = [sys.executable, "-m", "desktop", *map(str, args)]
    started = time.perf_counter()
    with psutil.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    ) as proc:
        peak = 0
        while proc.poll() is None:
            try:
                rss = proc.memory_info().rss
                for child in proc.children(recursive=True):
                    rss += child.memory_info().rss
                peak = max(peak, rss)
            except psutil.Error:
                pass
            if time.perf_counter() - started > 3 * MAX_SECONDS:
                proc.kill()
            time.sleep(0.02)
        out = proc.stdout.read().decode("utf-8") if proc.stdout else ""
    return proc.returncode, out, peak, time.perf_counter() - started


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DOSSIER_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile_pdfs.build_all(tmp_path_factory.mktemp("hostile"))


PROBLEMS = {
    "flate_bomb": ("pdf_bomb", "swells beyond"),
    "many_objects": ("pdf_too_many_objects", "internal objects"),
    "huge_image": ("pdf_image_too_large", "100000 × 100000"),
    "many_pages": ("too_many_pages", "50000 pages"),
    "deep_nesting": (None, None),
}


@pytest.mark.parametrize("case", list(hostile_pdfs.BUILDERS))
def test_inspect_refuses_each_bomb_in_bounded_memory(corpus: dict[str, Path], case: str) -> None:
    pdf = corpus[case]
    code, out, peak, seconds = run_measured("inspect", pdf, "--json")
    assert code == 1, out
    assert peak < MAX_RSS, f"{case}: {peak / 2**20:.0f} MB"
    assert seconds < MAX_SECONDS, f"{case}: {seconds:.1f} s"
    data = json.loads(out)
    assert data["accepted"] is False
    wanted, words = PROBLEMS[case]
    errors = [p for p in data["problems"] if p["severity"] == "error"]
    assert errors and all(pdf.name in p["message"] for p in errors)
    if wanted:
        assert errors[0]["code"] == wanted and words in errors[0]["message"]


def make_dossier(folder: Path, passport: str) -> Path:
    """A copy of the example (its documents inside the folder) whose passport entry
    is ``passport``."""
    shutil.copytree(EXAMPLE / "documents", folder / "documents")
    text = (EXAMPLE / "dossier.toml").read_text(encoding="utf-8")
    text = text.replace('"documents/passeport.jpg"', json.dumps(passport))
    target = folder / "dossier.toml"
    target.write_text(text, encoding="utf-8")
    return target


def passport_piece(out: str) -> dict[str, object]:
    data = json.loads(out)
    return next(p for p in data["pieces"] if p["id"] == "passport")


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def test_build_skips_a_bomb_and_writes_only_its_output(
    corpus: dict[str, Path], tmp_path: Path
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    dossier = make_dossier(folder, "documents/bombe.pdf")
    shutil.copy(corpus["flate_bomb"], folder / "documents" / "bombe.pdf")
    before = files_under(tmp_path)
    out = tmp_path / "out"
    code, text, peak, seconds = run_measured(
        "build", dossier, "--out", out, "--today", TODAY, "--json"
    )
    assert code == 1, text
    assert peak < MAX_RSS and seconds < MAX_SECONDS, (peak, seconds)
    report = json.loads(text)
    assert "bombe.pdf" in json.dumps(report, ensure_ascii=False)
    uploads = sorted(p.name for p in (out / "upload").iterdir())
    assert not any("passport" in n or "passeport" in n for n in uploads), uploads
    # Every PDF that went to upload/ is a rewritten copy (our producer), not the bomb.
    assert all(len(p.read_bytes()) < 2_000_000 for p in out.rglob("*.pdf"))
    assert files_under(tmp_path) - before == files_under(out) | {out}
    assert (out / "dossier-complet.pdf").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_an_entry_outside_the_dossier_is_refused_unread(tmp_path: Path, how: str) -> None:
    secret = tmp_path / "secret.pdf"
    shutil.copy(EXAMPLE / "documents" / "facture-electricite.pdf", secret)
    folder = tmp_path / "received"
    folder.mkdir()
    entry = {"dotdot": "../secret.pdf", "absolute": str(secret), "symlink": "documents/lien.pdf"}
    dossier = make_dossier(folder, entry[how])
    if how == "symlink":
        os.symlink(secret, folder / "documents" / "lien.pdf")
    r = run("check", dossier, "--today", TODAY, "--json")
    assert r.returncode == 1, r.stderr
    piece = passport_piece(r.stdout)
    assert piece["status"] == "error"
    problems = piece["problems"]
    assert isinstance(problems, list)
    (prob,) = [p for p in problems if p["code"] == "outside_dossier"]
    assert entry[how] in prob["message"] and "copy the document into the dossier" in prob["message"]
    out = tmp_path / "out"
    b = run("build", dossier, "--out", out, "--today", TODAY)
    assert b.returncode == 1 and "outside the dossier" in b.stdout
    assert not [p for p in (out / "upload").iterdir() if "passport" in p.name]


def test_a_link_inside_the_dossier_is_followed(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    dossier = make_dossier(folder, "documents/lien.jpg")
    os.symlink("passeport.jpg", folder / "documents" / "lien.jpg")
    r = run("check", dossier, "--today", TODAY, "--json")
    assert passport_piece(r.stdout)["status"] == "ok", r.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_never_blocks(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    dossier = make_dossier(folder, "documents/tube.pdf")
    os.mkfifo(folder / "documents" / "tube.pdf")
    r = run("check", dossier, "--today", TODAY, "--json")  # timeout=60 would raise
    assert r.returncode == 1 and passport_piece(r.stdout)["status"] == "error"
    i = run("inspect", folder / "documents" / "tube.pdf")
    assert i.returncode == 2 and "tube.pdf" in i.stderr and "not an ordinary file" in i.stderr
    b = run("build", dossier, "--out", tmp_path / "out", "--today", TODAY)
    assert b.returncode == 1


def test_attach_refuses_special_files(tmp_path: Path) -> None:
    from desktop.core.dossier import Dossier
    from desktop.errors import UserError
    from desktop.services import attach_file

    d = Dossier.new("etudiant_renouvellement")
    d.path = tmp_path / "d.toml"
    with pytest.raises(UserError) as err:
        attach_file(d, "passport", "/dev/zero")
    assert err.value.key == "intake.not_regular_file"
    assert not (tmp_path / "documents").exists() or not any((tmp_path / "documents").iterdir())


NASTY = "scan\nFAKE ✔ accepted\x1b[2J\u202egpj.pdf"


def test_names_cannot_forge_terminal_output(tmp_path: Path) -> None:
    pdf = tmp_path / NASTY
    shutil.copy(EXAMPLE / "documents" / "facture-electricite.pdf", pdf)
    r = run("inspect", pdf)
    assert "\x1b" not in r.stdout and "\u202e" not in r.stdout
    assert not any(line.startswith("FAKE") for line in r.stdout.splitlines())
    assert "\\x0a" in r.stdout and "\\x1b" in r.stdout and "\\u202e" in r.stdout
    j = run("inspect", pdf, "--json")  # JSON stays exact
    assert json.loads(j.stdout)["file"] == str(pdf)
    missing = run("inspect", tmp_path / ("x\x1b[31m\n" + "y.pdf"))
    assert missing.returncode == 2 and "\x1b" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


def test_dossier_entries_cannot_forge_check_output(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    dossier = make_dossier(folder, "documents/" + NASTY)
    shutil.copy(EXAMPLE / "documents" / "passeport.jpg", folder / "documents" / NASTY)
    for args in (("check", dossier), ("build", dossier, "--out", tmp_path / "out")):
        r = run(*args, "--today", TODAY)
        assert "\x1b" not in r.stdout + r.stderr and "\u202e" not in r.stdout + r.stderr
        assert not any(line.startswith("FAKE") for line in r.stdout.splitlines())


# ----- the reader itself ---------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    ["/etc/passwd", "../x.pdf", "a/../../x.pdf", "a/..", "C:\\x.pdf", "\\\\host\\share\\x", ""],
)
def test_entries_written_to_leave_the_folder(tmp_path: Path, entry: str) -> None:
    from desktop.core import reader

    assert reader.escapes(entry)
    assert reader.inside(tmp_path, entry) is None


def test_inside_follows_links_only_within_the_folder(tmp_path: Path) -> None:
    from desktop.core import reader

    base = tmp_path / "d"
    (base / "sub").mkdir(parents=True)
    (base / "sub" / "a.pdf").write_bytes(b"%PDF-")
    (tmp_path / "out.pdf").write_bytes(b"%PDF-")
    os.symlink("sub/a.pdf", base / "in.pdf")
    os.symlink(tmp_path / "out.pdf", base / "out.pdf")
    os.symlink(tmp_path, base / "up")
    assert reader.inside(base, "in.pdf") == (base / "sub" / "a.pdf").resolve()
    assert reader.inside(base, "sub/a.pdf") == (base / "sub" / "a.pdf").resolve()
    assert reader.inside(base, "out.pdf") is None
    assert reader.inside(base, "up/out.pdf") is None


def test_read_capped_refuses_before_reading(tmp_path: Path) -> None:
    from desktop.core import reader

    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 1000)
    assert reader.read_capped(big, 1000) == b"x" * 1000
    with pytest.raises(reader.Refused) as err:
        reader.read_capped(big, 999)
    assert err.value.reason == "too_large" and err.value.size == 1000
    with pytest.raises(reader.Refused) as err:
        reader.check_regular(tmp_path, 10)
    assert err.value.reason == "folder"
    with pytest.raises(reader.Refused) as err:
        reader.read_capped(tmp_path / "none", 10)
    assert err.value.reason == "missing"
    if os.path.exists("/dev/zero"):
        with pytest.raises(reader.Refused) as err:
            reader.read_capped(Path("/dev/zero"), 10)
        assert err.value.reason == "special"
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo")
        with pytest.raises(reader.Refused) as err:  # returns at once: opened non-blocking
            reader.read_capped(tmp_path / "fifo", 10)
        assert err.value.reason == "special"


def test_safe_text_escapes_only_what_is_unsafe() -> None:
    from desktop.commands.context import safe_text

    assert safe_text("a\nb\x1b[2J\u202ec\u2066d\x7f\x85") == (
        "a\\x0ab\\x1b[2J\\u202ec\\u2066d\\x7f\\x85"
    )
    arabic = "الملف \u200e«doc.pdf»"  # the messages' bidi marks stay
    assert safe_text(arabic) == arabic
    assert safe_text("Pièce « passeport.jpg » — 中文") == "Pièce « passeport.jpg » — 中文"


def test_detach_never_deletes_outside_the_dossier(tmp_path: Path) -> None:
    from desktop.core.dossier import Dossier
    from desktop.services import detach_file

    keep = tmp_path / "keep.pdf"
    keep.write_bytes(b"%PDF-1.4 mine")
    folder = tmp_path / "d"
    (folder / "documents").mkdir(parents=True)
    os.symlink(keep, folder / "documents" / "lien.pdf")
    d = Dossier.new("etudiant_renouvellement")
    d.path = folder / "d.toml"
    for rel in ("documents/../../keep.pdf", "documents/lien.pdf"):
        d.add_file("passport", rel)
        detach_file(d, "passport", rel)
    assert keep.read_bytes() == b"%PDF-1.4 mine"


def test_letters_never_pull_a_file_from_outside_the_dossier(tmp_path: Path) -> None:
    """A dossier received from someone else names a signature and a screenshot
    outside its folder: the letters use neither."""
    import datetime as dt

    from desktop.core.dossier import Dossier
    from desktop.errors import UserError
    from desktop.services import documents, write_demo

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG not yours")
    d = Dossier.load(write_demo(tmp_path / "case", dt.date(2026, 11, 24)))
    d.set("signature.file", "../secret.png")
    assert documents.drawn_signature(d) is None
    d.set("signature.file", str(secret))
    assert documents.drawn_signature(d) is None
    d.data.setdefault("appointment", {})["attempts"] = [
        {"at": dt.datetime(2026, 11, 20, 9, 0), "message": "x", "screenshot": "../secret.png"}
    ]
    d.touch()
    with pytest.raises(UserError) as caught:
        documents.write_letter("appointment", d, tmp_path / "l.pdf", dt.date(2026, 11, 24))
    assert caught.value.key == "letters.screenshot_missing"

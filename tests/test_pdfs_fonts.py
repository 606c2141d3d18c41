"""Every font in every PDF the product draws is embedded (issue 15, minor):
letters, statements, the guide, the cover, the footers and watermarks over the
pieces, the signature stamp.  A standard font that is only named (reportlab's
Helvetica) is drawn by whatever the reader's viewer substitutes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import tomli_w

from desktop.demo import write_demo

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DOSSIER_LANG": "fr"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--today", TODAY.isoformat()],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def pdffonts(pdf: Path) -> list[tuple[str, bool]]:
    """(name, embedded) of each font poppler's ``pdffonts`` lists."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        cols = line.split()
        # name type [type] encoding emb sub uni object ID: "emb" is the 5th from the end.
        rows.append((cols[0], cols[-5] == "yes"))
    return rows


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    demo = write_demo(tmp_path_factory.mktemp("demo"), TODAY)
    data = tomllib.loads(demo.read_text(encoding="utf-8"))
    data["missing"] = {"grades": {"reason": "l'université n'a pas encore publié les notes"}}
    data["address"]["kind"] = "hosted"
    data["host"] = {"surname": "MARTIN", "given_names": "Paul", "sex": "M"}
    path = demo.parent / "fonts.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("letter", "missing", "--piece", "grades"),
        ("statement", "hebergement"),
        ("statement", "non-polygamie"),
        ("statement", "perte"),
        ("statement", "non-travail"),
    ],
)
def test_letters_and_statements_embed_every_font(
    dossier: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    out = tmp_path / "doc.pdf"
    r = run_cli(*args[:2], str(dossier), "--out", str(out), *args[2:])
    assert r.returncode == 0, r.stderr
    fonts = pdffonts(out)
    assert fonts and all(emb for _, emb in fonts), fonts


def _pictures_only(dossier: Path) -> Path:
    """The dossier with each of its PDFs replaced by a photo of its pages: what the
    build then writes holds only what the product drew (the demo's own PDFs name
    Helvetica, as many real documents do, and the build keeps a document as it is)."""
    import pypdfium2 as pdfium

    data = tomllib.loads(dossier.read_text(encoding="utf-8"))
    for piece in data["pieces"].values():
        files = []
        for rel in piece.get("files", []):
            if not rel.endswith(".pdf"):
                files.append(rel)
                continue
            doc = pdfium.PdfDocument(str(dossier.parent / rel))
            for i in range(len(doc)):
                jpg = f"{rel[:-4]}-p{i + 1}.jpg"
                doc[i].render(scale=150 / 72).to_pil().convert("RGB").save(dossier.parent / jpg)
                files.append(jpg)
            doc.close()
        piece["files"] = files
    path = dossier.parent / "pictures.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_guide_cover_footers_and_watermark_embed_every_font(dossier: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pictures = _pictures_only(dossier)
    r = run_cli("build", str(pictures), "--out", str(out), "--lang", "ar", "--watermark", "Rhône")
    assert r.returncode in (0, 1), r.stderr
    written = [out / "dossier-complet.pdf", *sorted((out / "upload").glob("*.pdf"))]
    assert len(written) > 3
    for pdf in written:
        fonts = pdffonts(pdf)
        assert all(emb for _, emb in fonts), (pdf.name, fonts)
    # The cover, the footers and the watermark do draw text.
    assert pdffonts(out / "dossier-complet.pdf")
    assert pdffonts(out / "upload" / "01-passport.pdf")  # the watermark's words


def test_signature_stamp_embeds_every_font(dossier: Path, tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    sig = tmp_path / "sig.png"
    img = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(img).line((10, 80, 290, 20), fill=(0, 0, 80, 255), width=6)
    img.save(sig)
    src = tmp_path / "letter.pdf"
    assert run_cli("statement", "non-polygamie", str(dossier), "--out", str(src)).returncode == 0
    out = tmp_path / "signed.pdf"
    r = run_cli(
        "sign", str(src), "--signature", str(sig), "--page", "1", "--at", "300,200",
        "--place", "Lyon", "--out", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    fonts = pdffonts(out)
    assert fonts and all(emb for _, emb in fonts), fonts

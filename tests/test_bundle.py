"""The bundle: slot files, complete dossier, guide, convert — real outputs,
opened, measured and rendered."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from desktop.bundle.images import ImageJob, content_box, has_colour, prepare
from desktop.bundle.progress import BuildCancelled, CancelToken, ProgressEvent
from desktop.bundle.settings import default_settings
from desktop.demo import write_demo

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)
LIMIT = 2_000_000


def run_cli(*args: str, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOSSIER_LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def render(pdf: Path | bytes, index: int = 0, dpi: int = 40) -> Image.Image:
    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        return doc[index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def assert_clean(path: Path, name_fragments: tuple[str, ...] = ()) -> PdfReader:
    """Unencrypted, no active content, only the fixed producer as metadata."""
    data = path.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert not reader.is_encrypted
    root = reader.trailer["/Root"]
    for key in ("/OpenAction", "/AcroForm", "/Names", "/AA", "/Metadata"):
        assert key not in root, (path.name, key)
    assert b"/JavaScript" not in data and b"/JS " not in data and b"/EmbeddedFile" not in data
    info = dict(reader.metadata or {})
    assert info == {"/Producer": "Dossier Séjour"}, info
    for frag in name_fragments:
        assert frag.encode() not in data  # no name in clear in the file's structure
    for page in reader.pages:
        assert int(page.get("/Rotate", 0) or 0) % 360 == 0
        assert "/Annots" not in page and "/AA" not in page
    return reader


# ----- inputs ------------------------------------------------------------------
def marker_photo(path: Path, *, exif_rotate: bool, size: tuple[int, int] = (900, 1200)) -> Path:
    """Portrait sheet with a red square top-left and text lines; stored sideways
    with EXIF orientation 6 when ``exif_rotate``."""
    w, h = size
    img = Image.new("RGB", (w, h), (250, 250, 248))
    d = ImageDraw.Draw(img)
    d.rectangle((40, 40, w // 4, h // 6), fill=(220, 20, 20))
    for y in range(h // 4, h - 80, 40):
        d.rectangle((60, y, w - 60 - (y * 7) % 200, y + 14), fill=(20, 20, 20))
    exif = Image.Exif()
    if exif_rotate:
        img = img.transpose(Image.Transpose.ROTATE_90)
        exif[0x0112] = 6
    img.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def noisy_photo(path: Path, seed: int, size: tuple[int, int] = (1240, 1754)) -> Path:
    w, h = size
    img = Image.new("RGB", (w, h), (240, 238, 230))
    d = ImageDraw.Draw(img)
    for y in range(100, h - 100, 36):
        d.rectangle((80, y, w - 80 - (y * seed) % 300, y + 12), fill=(30, 30, 30))
    d.ellipse((w - 400, h - 420, w - 120, h - 140), outline=(30, 60, 180), width=14)
    noise = Image.merge("RGB", [Image.effect_noise((w, h), 70) for _ in range(3)])
    Image.blend(img, noise, 0.2).save(path, "JPEG", quality=92)
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("demo"), TODAY)


@pytest.fixture(scope="module")
def built(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], int]:
    out = tmp_path_factory.mktemp("out")
    r = run_cli(
        "build",
        str(demo),
        "--out",
        str(out),
        "--json",
        "--today",
        TODAY.isoformat(),
        "--watermark",
        "préfecture du Rhône",
        "--lang",
        "ru",
    )
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
    return out, json.loads(r.stdout), r.returncode


# ----- build -----------------------------------------------------------------------
def test_build_layout_report_and_exit_code(built: tuple[Path, dict[str, Any], int]) -> None:
    out, report, code = built
    # Complete when the check says so (every slot fits here): exit 0, else 1.
    assert report["complete"] is report["check"]["complete"]
    assert code == (0 if report["complete"] else 1) == report["exit_code"]
    on_disk = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert on_disk["complete"] is report["complete"]
    slots = [o for o in report["outputs"] if o["kind"] == "slot"]
    names = [Path(o["path"]).name for o in slots]
    assert names == [
        "01-passport.pdf",
        "02-current-permit.pdf",
        "03-proof-of-address.pdf",
        "04-cer.pdf",
        "05-enrolment-certificate.pdf",
        "06-resources-proof.pdf",
        "07-grades.pdf",
    ]
    for o in report["outputs"]:
        p = out / o["path"]
        assert p.is_file() and p.stat().st_size == o["bytes"]
        if p.suffix == ".pdf":
            assert len(PdfReader(p).pages) == o["pages"]
        assert p.stat().st_mode & 0o077 == 0, p  # the person's papers: not for other users
    assert {p.name for p in out.iterdir()} == {"upload", "dossier-complet.pdf", "report.json"}


def test_slot_files_clean_upright_and_under_limit(built: tuple[Path, dict[str, Any], int]) -> None:
    out, report, _ = built
    for o in report["outputs"]:
        if o["kind"] != "slot":
            continue
        p = out / o["path"]
        assert p.stat().st_size <= o["limit_bytes"] <= LIMIT
        reader = assert_clean(p, ("IVANOVA",) if "passport" not in p.name else ())
        for i, page in enumerate(reader.pages):
            assert float(page.mediabox.height) > float(page.mediabox.width)
            img = render(p, i, 20)
            assert img.height > img.width


def test_passport_photo_is_upright_in_slot(built: tuple[Path, dict[str, Any], int]) -> None:
    """The demo passport is stored sideways (EXIF 6): its title must be at the top."""
    out, _, _ = built
    img = render(out / "upload" / "01-passport.pdf", 0, 40).convert("L")
    w, h = img.size
    # The sheet's photo box (grey) sits in the top-left quarter of the upright page.
    box = img.crop((int(w * 0.12), int(h * 0.14), int(w * 0.33), int(h * 0.32)))
    mean = sum(box.tobytes()) / (box.width * box.height)
    assert 120 < mean < 200, mean
    bottom = img.crop((int(w * 0.12), int(h * 0.70), int(w * 0.33), int(h * 0.85)))
    assert sum(bottom.tobytes()) / (bottom.width * bottom.height) > mean + 30


def test_complete_pdf_cover_outline_labels_footer(built: tuple[Path, dict[str, Any], int]) -> None:
    out, report, _ = built
    path = out / "dossier-complet.pdf"
    reader = assert_clean(path)
    pieces = [o for o in report["outputs"] if o["kind"] == "slot"]
    assert len(reader.pages) == 1 + sum(o["pages"] for o in pieces)
    outline = reader.outline
    assert len(outline) == 1 + len(pieces)
    assert outline[1].title.startswith("1. Passeport")
    assert reader.page_labels[0] == "i"
    assert reader.page_labels[1] == "1-1"
    cover = reader.pages[0].extract_text()
    assert "IVANOVA Anna" in cover
    assert ("Dossier complet" if report["complete"] else "Dossier incomplet") in cover
    assert "24 novembre 2026" in cover
    # page numbers of each piece: "p. 3" for one page, "p. 2–3" for several, never "p. 3–3"
    start = 2
    for o in pieces:
        end = start + o["pages"] - 1
        expected = f"p. {start}" if start == end else f"p. {start}–{end}"
        assert expected in cover, (o, expected)
        assert f"p. {start}–{start}" not in cover
        start = end + 1
    last = reader.pages[-1].extract_text()
    assert f"pièce {len(pieces)}/{len(pieces)} — page 1/1" in last


def test_guide_in_french_and_interface_language(built: tuple[Path, dict[str, Any], int]) -> None:
    out, _, _ = built
    txt = (out / "upload" / "GUIDE.txt").read_text(encoding="utf-8")
    assert "Guide de dépôt sur ANEF" in txt and "Руководство по загрузке в ANEF" in txt
    assert "04-cer.pdf : Justificatifs › Justificatifs de domicile" in txt
    assert "(intitulé non confirmé)" in txt  # the passport slot name is not confirmed
    cer_line = next(x for x in txt.splitlines() if x.startswith("- 04-cer.pdf"))
    assert "non confirmé" not in cer_line  # the CER's slot is confirmed in the catalog
    reader = PdfReader(out / "upload" / "GUIDE.pdf")
    assert len(reader.pages) >= 2
    assert "01-passport.pdf" in reader.pages[0].extract_text()


def test_watermark_keeps_off_photo_and_mrz(built: tuple[Path, dict[str, Any], int]) -> None:
    out, _, _ = built
    img = render(out / "upload" / "01-passport.pdf", 0, 72)
    w, h = img.size

    def bluish(region: tuple[float, float, float, float]) -> int:
        crop = img.crop(
            (int(region[0] * w), int(region[1] * h), int(region[2] * w), int(region[3] * h))
        )
        return sum(1 for r, g, b in crop.get_flattened_data() if b > r + 25)

    # Demo sheet: photo at (260,420)-(860,1180), MRZ from y≈2600 on a 2480×3300 picture
    # whose paper starts 120 px in: the photo is cleaned to the paper (issue 17), its
    # 2240×3060 sheet taken for A4 (2240×3168) and fitted in the top-aligned content box.
    s = default_settings()
    bw, bh = content_box(s.margin_mm)
    stretch = 2240 * 297 / 210 / 3060
    scale = min(bw / 2240, bh / 3168)
    left = (210 / 25.4 - 2240 * scale) / 2 / (210 / 25.4)
    top = s.margin_mm / 297

    def frac(x: float, y: float) -> tuple[float, float]:
        x, y = x - 120, (y - 120) * stretch
        return left + x * scale / (210 / 25.4), top + y * scale / (297 / 25.4)

    photo = (*frac(280, 440), *frac(840, 1160))
    mrz = (*frac(220, 2610), *frac(1500, 2760))
    assert bluish(photo) == 0
    assert bluish(mrz) == 0
    assert bluish((0.05, 0.35, 0.95, 0.6)) > 100  # the watermark is there elsewhere


def test_incomplete_dossier_exit_1_and_cover_says_why(demo: Path, tmp_path: Path) -> None:
    data = tomllib.loads(demo.read_text(encoding="utf-8"))
    import tomli_w

    del data["pieces"]["grades"]
    data["pieces"]["cer"]["files"] = ["documents/nowhere.pdf"]
    bad = demo.parent / "incomplete.toml"
    bad.write_text(tomli_w.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("build", str(bad), "--out", str(out), "--today", TODAY.isoformat())
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    cover = PdfReader(out / "dossier-complet.pdf").pages[0].extract_text()
    assert "Dossier incomplet" in cover
    assert "Ce qui manque et pourquoi" in cover
    assert "Relevés de notes" in cover
    guide = (out / "upload" / "GUIDE.txt").read_text(encoding="utf-8")
    assert "Pièces sans fichier" in guide
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["complete"] is False and report["exit_code"] == 1


def test_hostile_pdf_is_sanitised(demo: Path, tmp_path: Path) -> None:
    w = PdfWriter()
    w.add_blank_page(595, 842)
    js = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
    )
    root = w._root_object
    root[NameObject("/OpenAction")] = w._add_object(js)
    root[NameObject("/AcroForm")] = w._add_object(
        DictionaryObject({NameObject("/Fields"): ArrayObject()})
    )
    root[NameObject("/Names")] = DictionaryObject(
        {
            NameObject("/JavaScript"): DictionaryObject(
                {NameObject("/Names"): ArrayObject([TextStringObject("x"), w._add_object(js)])}
            )
        }
    )
    w.add_metadata({"/Author": "IVANOVA Anna", "/Title": "secret"})
    w.add_attachment("note.txt", b"hidden")
    hostile = demo.parent / "documents" / "hostile.pdf"
    with hostile.open("wb") as fh:
        w.write(fh)
    data = tomllib.loads(demo.read_text(encoding="utf-8"))
    import tomli_w

    data["pieces"]["grades"]["files"] = ["documents/hostile.pdf"]
    dossier = demo.parent / "hostile.toml"
    dossier.write_text(tomli_w.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("build", str(dossier), "--out", str(out), "--today", TODAY.isoformat())
    assert r.returncode in (0, 1), r.stderr
    slot = out / "upload" / "07-grades.pdf"
    assert_clean(slot, ("IVANOVA", "secret"))
    assert b"hidden" not in slot.read_bytes()
    assert_clean(out / "dossier-complet.pdf")


def test_bad_input_exit_2_without_traceback(tmp_path: Path) -> None:
    r = run_cli("build", str(tmp_path / "none.toml"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and "none.toml" in r.stderr
    txt = tmp_path / "notes.txt"
    txt.write_text("bonjour")
    r = run_cli("convert", str(txt), "--out", str(tmp_path / "x.pdf"), lang="en")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "notes.txt" in r.stderr
    r = run_cli("convert", str(txt), "--out", str(tmp_path / "x.pdf"), "--max-mb", "-1")
    assert r.returncode == 2 and "--max-mb" in r.stderr
    afile = tmp_path / "afile"
    afile.write_text("x")
    r = run_cli("build", str(tmp_path / "none.toml"), "--out", str(afile))
    assert r.returncode == 2 and "Traceback" not in r.stderr


# ----- convert and the image pipeline ------------------------------------------------
def test_convert_exif_rotated_photo_is_upright(tmp_path: Path) -> None:
    src = marker_photo(tmp_path / "side.jpg", exif_rotate=True)
    out = tmp_path / "out.pdf"
    r = run_cli("convert", str(src), "--out", str(out), "--json")
    assert r.returncode == 0, r.stderr
    reader = assert_clean(out)
    assert len(reader.pages) == 1
    img = render(out, 0, 30)
    assert img.height > img.width
    w, h = img.size

    def red(x0: float, y0: float, x1: float, y1: float) -> int:
        crop = img.crop((int(x0 * w), int(y0 * h), int(x1 * w), int(y1 * h)))
        return sum(1 for r_, g, b in crop.get_flattened_data() if r_ > 170 and g < 90 and b < 90)

    assert red(0, 0, 0.5, 0.5) > 20  # the marker is top-left, where it was drawn
    assert red(0.5, 0, 1, 1) == 0 and red(0, 0.5, 1, 1) == 0


def test_cmyk_jpeg_not_inverted(tmp_path: Path) -> None:
    src = tmp_path / "cmyk.jpg"
    img = Image.new("CMYK", (600, 800), (0, 0, 0, 0))  # white paper
    ImageDraw.Draw(img).rectangle((100, 100, 500, 700), fill=(0, 255, 255, 0))  # red
    img.save(src, "JPEG", quality=90)
    assert Image.open(src).mode == "CMYK"
    out = tmp_path / "cmyk.pdf"
    r = run_cli("convert", str(src), "--out", str(out))
    assert r.returncode == 0, r.stderr
    page = render(out, 0, 30)
    w, h = page.size
    r_, g, b = page.getpixel((w // 2, int(h * 0.3)))
    assert r_ > 180 and g < 90 and b < 90, (r_, g, b)
    assert min(page.getpixel((w // 2, int(h * 0.02)))) > 230  # paper stays white


def test_transparent_png_on_white(tmp_path: Path) -> None:
    src = tmp_path / "alpha.png"
    img = Image.new("RGBA", (600, 800), (0, 0, 0, 0))
    ImageDraw.Draw(img).rectangle((200, 300, 400, 500), fill=(10, 10, 10, 255))
    img.save(src)
    out = tmp_path / "alpha.pdf"
    assert run_cli("convert", str(src), "--out", str(out)).returncode == 0
    page = render(out, 0, 30).convert("L")
    w, h = page.size
    assert page.getpixel((int(w * 0.1), int(h * 0.05))) > 240  # transparent → white, not black
    dark = [page.getpixel((x, y)) for x in range(w) for y in range(h) if page.getpixel((x, y)) < 60]
    assert dark  # the opaque square survived


def test_grey_only_without_colour(tmp_path: Path) -> None:
    plain = marker_photo(tmp_path / "plain.jpg", exif_rotate=False)
    grey_img = Image.open(plain).convert("L").convert("RGB")
    grey_path = tmp_path / "grey-content.jpg"
    grey_img.save(grey_path, "JPEG", quality=90)
    s = default_settings()
    kw: dict[str, Any] = dict(
        dpi_ladder=s.dpi_ladder, quality_ladder=s.quality_ladder, passthrough=False
    )
    coloured = prepare(ImageJob(str(plain), **kw))
    assert coloured.colour and not coloured.grey  # the red marker keeps the page in colour
    plain_grey = prepare(ImageJob(str(grey_path), **kw))
    assert plain_grey.grey and not plain_grey.colour
    forced = prepare(ImageJob(str(plain), grey="always", **kw))
    assert forced.grey
    assert not has_colour(Image.new("RGB", (100, 100), (246, 244, 236)))


def test_good_jpeg_kept_as_is(tmp_path: Path) -> None:
    src = tmp_path / "small.jpg"
    Image.new("RGB", (1240, 1754), (200, 210, 220)).save(src, "JPEG", quality=80)
    job = ImageJob(str(src), byte_share=LIMIT, file_bytes=src.stat().st_size)
    prepared = prepare(job)
    assert prepared.passthrough and prepared.data == src.read_bytes()


def test_convert_over_limit_offers_choices_then_splits(tmp_path: Path) -> None:
    photos = [noisy_photo(tmp_path / f"p{i}.jpg", i + 3) for i in range(8)]
    one = tmp_path / "one.pdf"
    assert run_cli("convert", str(photos[0]), "--out", str(one), "--max-mb", "100").returncode == 0
    limit_mb = round(one.stat().st_size * 0.6 / 1e6, 3)
    out = tmp_path / "all.pdf"
    r = run_cli("convert", *map(str, photos), "--out", str(out), "--max-mb", str(limit_mb))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "découper" in r.stdout and "gris" in r.stdout  # colour stamps: both choices
    r = run_cli(
        "convert",
        *map(str, photos),
        "--out",
        str(out),
        "--max-mb",
        str(limit_mb),
        "--split",
        "--json",
    )
    assert r.returncode == 0, r.stdout + r.stderr
    report = json.loads(r.stdout)
    parts = [Path(o["path"]) for o in report["outputs"]]
    assert len(parts) >= 2
    assert sum(len(PdfReader(p).pages) for p in parts) == 8
    for p in parts:
        assert p.stat().st_size <= limit_mb * 1e6
        assert_clean(p)
    assert report["min_dpi"] >= default_settings().floor_dpi - 1


def test_progress_events_and_cancel(tmp_path: Path) -> None:
    from desktop.services.building import build, convert

    photos = [marker_photo(tmp_path / f"m{i}.jpg", exif_rotate=bool(i % 2)) for i in range(4)]
    events: list[ProgressEvent] = []
    convert(photos, tmp_path / "p.pdf", max_bytes=LIMIT, progress=events.append, max_workers=1)
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert sum(1 for e in events if e.stage == "page") == 4
    token = CancelToken()

    def cancel_after_first_page(e: ProgressEvent) -> None:
        if e.stage == "page":
            token.cancel()

    with pytest.raises(BuildCancelled):
        convert(
            photos,
            tmp_path / "c.pdf",
            max_bytes=LIMIT,
            progress=cancel_after_first_page,
            cancel=token,
            max_workers=1,
        )
    assert not (tmp_path / "c.pdf").exists()
    demo = write_demo(tmp_path / "demo", TODAY)
    token2 = CancelToken()
    out = tmp_path / "bout"

    def cancel_on_page(e: ProgressEvent) -> None:
        if e.stage == "page":
            token2.cancel()

    with pytest.raises(BuildCancelled):
        build(demo, out, today=TODAY, lang="en", progress=cancel_on_page, cancel=token2)
    assert list(out.iterdir()) == []  # nothing half-written left behind


def test_parallel_pool_gives_same_pages(tmp_path: Path) -> None:
    from desktop.services.building import convert

    photos = [marker_photo(tmp_path / f"q{i}.jpg", exif_rotate=bool(i % 2)) for i in range(4)]
    a = convert(photos, tmp_path / "a.pdf", max_bytes=LIMIT, max_workers=1)
    b = convert(photos, tmp_path / "b.pdf", max_bytes=LIMIT, max_workers=2)
    assert a.outputs[0].pages == b.outputs[0].pages == 4
    assert abs(a.outputs[0].bytes - b.outputs[0].bytes) < 64


def test_watermark_keeps_barcodes_readable(tmp_path: Path) -> None:
    import zxingcpp

    from desktop.services.building import convert

    code = zxingcpp.create_barcode("DC04FR000001", zxingcpp.BarcodeFormat.DataMatrix).to_image(
        scale=8
    )
    m = memoryview(code)
    barcode = Image.frombytes("L", (m.shape[1], m.shape[0]), m.tobytes()).convert("RGB")
    sheet = Image.new("RGB", (1240, 1754), (250, 250, 250))
    sheet.paste(barcode, (820, 120))
    src = tmp_path / "bill.png"
    sheet.save(src)
    plain = tmp_path / "plain.pdf"
    convert([src], plain, max_bytes=LIMIT, max_workers=1)
    from desktop.bundle.build import _watermark
    from desktop.bundle.slots import Runner, SlotBuilder, plan_sources

    s = default_settings()
    res = SlotBuilder(s, Runner(None), lambda *a: None).build(
        "x", plan_sources([("b", src)]), LIMIT
    )
    marked = _watermark(
        res.data,
        "Document transmis uniquement à la préfecture de Test — 24 novembre 2026",
        s,
        res,
        True,
    )
    img = render(marked, 0, 150).convert("L")
    found = zxingcpp.read_barcodes(img)
    assert [b.text for b in found] == ["DC04FR000001"]

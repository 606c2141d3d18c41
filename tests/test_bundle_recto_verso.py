"""Recto and verso on one page (issue 17, « ce qui va dans le PDF »): two photos of an
ID-1 card in a row become one A4 page, each at its real size (85.6 x 54 mm), the
recto above the verso, like a photocopy; a third card starts a new page, a card next
to a full page stays alone; two passport pages share a page too. Synthetic phone
photos (tests/scan_corpus.py), the real CLI as a subprocess, the PDFs opened with
pypdf and the placed sizes read from the content streams."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import tomli_w
from PIL import Image, ImageDraw
from pypdf import PdfReader

from desktop.bundle.images import PreparedImage
from desktop.demo import write_demo
from tests import scan_corpus as sc
from tests.test_bundle import TODAY, assert_clean, render, run_cli

PT_MM = 25.4 / 72
CARD_MM = (85.6, 53.98)
PASSPORT_MM = (125.0, 88.0)


# ----- photos ------------------------------------------------------------------------
def card_verso(width: int) -> Image.Image:
    """The back of an ID-1 card: pale, a green band, an address block, a 3-line MRZ."""
    h = round(width * 53.98 / 85.6)
    img = Image.new("RGB", (width, h), (222, 238, 222))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, h // 7), fill=(40, 150, 70))
    fs = max(7, width // 32)
    for i in range(3):
        d.text((width // 12, h // 8 + i * fs * 2), "ADRESSE EXEMPLE 0123", fill=(30, 50, 30),
               font=sc._font(fs))  # fmt: skip
    d.rectangle((0, round(h * 0.6), width, h), fill=(245, 245, 240))
    mrz = "IRFRA0123456789<<<<<<<<<<<<<<<"
    for i in range(3):
        d.text((width // 25, round(h * 0.64) + i * fs * 1.3), mrz, fill=(15, 15, 15),
               font=sc._font(fs))  # fmt: skip
    return img


def photo(folder: Path, name: str, doc: Image.Image, aspect: float, *, angle: float,
          bg: str = "slate", fill: float = 0.55, seed: int = 0) -> Path:  # fmt: skip
    """A phone photo (1200 x 900) of ``doc`` lying landscape on a table."""
    w, h = 1200, 900
    corners = sc.corners_for(w, h, aspect, False, fill, angle, 0.04)
    arr = sc.place(doc, sc.background(bg, w, h, seed), corners)
    path = folder / f"{name}.jpg"
    sc.save_photo(arr, path)
    return path


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cards")
    card = 85.6 / 53.98
    return {
        "recto": photo(folder, "recto", sc.id_card(900), card, angle=8),
        "verso": photo(folder, "verso", card_verso(900), card, angle=-6, bg="wood", seed=1),
        "recto2": photo(folder, "recto2", sc.id_card(900, seed=5), card, angle=-3, seed=2),
        "a4": photo(
            folder,
            "page",
            sc.a4_page(900).rotate(90, expand=True),
            297 / 210,
            angle=4,
            fill=0.85,
            bg="wood",
            seed=3,
        ),  # fmt: skip
        "pass1": photo(folder, "pass1", sc.passport_page(1000), 125 / 88, angle=5, fill=0.7),
        "pass2": photo(
            folder,
            "pass2",
            sc.passport_page(1000, seed=7),
            125 / 88,
            angle=-4,
            fill=0.7,
            bg="wood",
            seed=4,
        ),  # fmt: skip
    }


# ----- reading the PDF ---------------------------------------------------------------
_CM = re.compile(rb"q\s+([-\d.]+) 0 0 ([-\d.]+) ([-\d.]+) ([-\d.]+) cm\s+/(Im\d+) Do\s+Q")


def placed(page: Any) -> list[tuple[str, float, float, float, float]]:
    """The images a page draws: (name, width mm, height mm, left mm, top mm from the
    page's top), read from its content stream, top to bottom."""
    data = page.get_contents().get_data()
    ph = float(page.mediabox.height)
    out = []
    for w, h, x, y, name in _CM.findall(data):
        w, h, x, y = float(w), float(h), float(x), float(y)
        top = ph - y - h
        out.append((name.decode(), w * PT_MM, h * PT_MM, x * PT_MM, top * PT_MM))
    xobjects = page["/Resources"]["/XObject"]
    images = {k for k in xobjects if xobjects[k].get_object()["/Subtype"] == "/Image"}
    assert {f"/{n}" for n, *_ in out} == images  # each image drawn once
    return sorted(out, key=lambda p: p[4])


def assert_real_size(item: tuple[str, float, float, float, float], mm: tuple[float, float]) -> None:
    _, w, h, _, _ = item
    assert w == pytest.approx(mm[0], abs=1.0) and h == pytest.approx(mm[1], abs=1.0), item


def assert_stacked(items: list[tuple[str, float, float, float, float]]) -> None:
    """One above the other, apart, each centred across A4, inside the page."""
    (_, w0, h0, x0, t0), (_, w1, h1, x1, t1) = items
    assert t0 + h0 + 5 <= t1, items  # a gap between recto and verso
    assert t1 + h1 <= 297 - 6, items
    for w, x in ((w0, x0), (w1, x1)):
        assert x + w / 2 == pytest.approx(105, abs=0.5)


def colour_rows(img: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    """Rows of a rendered page with the recto's blue band / the verso's green band."""
    a = np.asarray(img.convert("RGB")).astype(np.int16)
    r, g, b = a[:, :, 0], a[:, :, 1], a[:, :, 2]
    blue = ((b - r > 15) & (b > 150)).sum(axis=1) > 0.1 * a.shape[1]
    green = ((g - r > 40) & (g - b > 30)).sum(axis=1) > 0.1 * a.shape[1]
    return np.nonzero(blue)[0], np.nonzero(green)[0]


def convert(*files: Path, out: Path, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    r = run_cli("convert", *map(str, files), "--out", str(out), "--json", *extra)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    return dict(json.loads(r.stdout))


# ----- convert -------------------------------------------------------------------------
def test_recto_and_verso_share_one_page_at_real_size(
    photos: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "carte.pdf"
    report = convert(photos["recto"], photos["verso"], out=out)
    assert report["outputs"][0]["pages"] == 1
    # The report counts pages, as « pages » does: one page, cleaned, in colour.
    assert report["cleaned_pages"] == report["colour_pages"] == 1
    assert report["grey_pages"] == report["kept_as_is_pages"] == 0
    reader = assert_clean(out)
    assert len(reader.pages) == 1
    items = placed(reader.pages[0])
    assert len(items) == 2
    for item in items:
        assert_real_size(item, CARD_MM)
    assert_stacked(items)
    assert [n for n, *_ in items] == ["Im0", "Im1"]  # the first file on top
    # Rendered: the blue recto is above the green verso (the person's order).
    img = render(out, 0, 60)
    blue, green = colour_rows(img)
    assert len(blue) and len(green)
    assert blue.max() < green.min(), (blue.min(), blue.max(), green.min(), green.max())
    # 85.6 mm wide on the rendered page too (60 dpi: about 202 px)
    a = np.asarray(img.convert("L"))
    cols = np.nonzero((a[blue] < 235).any(axis=0))[0]
    assert (cols.max() - cols.min() + 1) / 60 * 25.4 == pytest.approx(85.6, abs=2)


def test_order_is_the_persons(photos: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "inverse.pdf"
    convert(photos["verso"], photos["recto"], out=out)
    blue, green = colour_rows(render(out, 0, 60))
    assert green.max() < blue.min()  # the verso given first is on top


def test_a_third_card_starts_a_new_page(photos: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "trois.pdf"
    report = convert(photos["recto"], photos["verso"], photos["recto2"], out=out)
    reader = PdfReader(out)
    assert len(reader.pages) == report["outputs"][0]["pages"] == 2
    first, second = placed(reader.pages[0]), placed(reader.pages[1])
    assert len(first) == 2 and len(second) == 1
    assert_real_size(second[0], CARD_MM)
    assert second[0][4] == pytest.approx(first[0][4], abs=0.5)  # same place as a first card


def test_a_card_next_to_a_full_page_stays_alone(photos: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "melange.pdf"
    report = convert(photos["recto"], photos["a4"], photos["verso"], out=out)
    reader = PdfReader(out)
    assert len(reader.pages) == report["outputs"][0]["pages"] == 3
    card, page, card2 = (placed(p) for p in reader.pages)
    assert len(card) == len(page) == len(card2) == 1
    assert_real_size(card[0], CARD_MM)
    assert_real_size(card2[0], CARD_MM)
    assert page[0][1] > 150  # the A4 page fills the page's width
    # A card followed by an A4 page: two pages as well.
    out2 = tmp_path / "carte-page.pdf"
    convert(photos["recto"], photos["a4"], out=out2)
    assert len(PdfReader(out2).pages) == 2


def test_kept_as_taken_is_not_paired(photos: dict[str, Path], tmp_path: Path) -> None:
    """No real size known (the photo kept as taken): one page per photo, as before."""
    out = tmp_path / "brut.pdf"
    convert(photos["recto"], photos["verso"], out=out, extra=("--photos-as-taken",))
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    for p in reader.pages:
        (item,) = placed(p)
        assert item[1] > 150  # the whole photo, fitted across the page


def test_passport_pages_are_paired_only_in_the_passport_piece(
    photos: dict[str, Path], tmp_path: Path
) -> None:
    """A passport page is only known as one when the piece says so (in a dossier:
    ``test_build_pairs_passport_pages``)."""
    out = tmp_path / "pp.pdf"
    convert(photos["pass1"], photos["pass2"], out=out)
    # Without the hint, an ID-3 page has about A4's ratio: full pages, not paired.
    assert len(PdfReader(out).pages) == 2


def test_split_never_cuts_a_pair(photos: dict[str, Path], tmp_path: Path) -> None:
    one = tmp_path / "un.pdf"
    convert(photos["recto"], photos["verso"], out=one, extra=("--max-mb", "100"))
    limit_mb = round(one.stat().st_size * 1.4 / 1e6, 4)  # one page fits, not two
    out = tmp_path / "quatre.pdf"
    files = (photos["recto"], photos["verso"], photos["recto2"], photos["verso"])
    report = convert(*files, out=out, extra=("--max-mb", str(limit_mb), "--split"))
    parts = [Path(o["path"]) for o in report["outputs"]]
    assert len(parts) == 2, report
    for p, o in zip(parts, report["outputs"], strict=True):
        reader = PdfReader(p)
        assert len(reader.pages) == o["pages"] == 1
        assert len(placed(reader.pages[0])) == 2
        assert p.stat().st_size <= limit_mb * 1e6


# ----- build -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def built(
    photos: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    """The demo dossier, its permit given as two photos (recto, verso), its passport
    as two photographed pages, built with a watermark."""
    folder = tmp_path_factory.mktemp("dossier")
    demo = write_demo(folder, TODAY)
    data = tomllib.loads(demo.read_text(encoding="utf-8"))
    docs = demo.parent / "documents"
    for key in ("recto", "verso", "pass1", "pass2"):
        (docs / f"{key}.jpg").write_bytes(photos[key].read_bytes())
    data["pieces"]["current_permit"]["files"] = ["documents/recto.jpg", "documents/verso.jpg"]
    data["pieces"]["passport"]["files"] = ["documents/pass1.jpg", "documents/pass2.jpg"]
    demo.write_text(tomli_w.dumps(data), encoding="utf-8")
    out = folder / "out"
    r = run_cli("build", str(demo), "--out", str(out), "--json", "--today", TODAY.isoformat(),
                "--watermark", "préfecture du Rhône")  # fmt: skip
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
    return out, json.loads(r.stdout)


def test_build_puts_the_permit_on_one_page(built: tuple[Path, dict[str, Any]]) -> None:
    out, report = built
    slot = next(o for o in report["outputs"] if o.get("piece") == "current_permit")
    assert slot["pages"] == 1
    piece = next(p for p in report["pieces"] if p["id"] == "current_permit")
    assert piece["pages"] == 1
    reader = assert_clean(out / slot["path"])
    assert len(reader.pages) == 1
    items = placed(reader.pages[0])
    assert len(items) == 2
    for item in items:
        assert_real_size(item, CARD_MM)
    assert_stacked(items)


def test_build_pairs_passport_pages(built: tuple[Path, dict[str, Any]]) -> None:
    out, report = built
    slot = next(o for o in report["outputs"] if o.get("piece") == "passport")
    assert slot["pages"] == 1
    items = placed(PdfReader(out / slot["path"]).pages[0])
    assert len(items) == 2
    for item in items:
        assert_real_size(item, PASSPORT_MM)
    assert_stacked(items)


def test_complete_pdf_counts_a_pair_as_one_page(built: tuple[Path, dict[str, Any]]) -> None:
    out, report = built
    reader = PdfReader(out / "dossier-complet.pdf")
    slots = [o for o in report["outputs"] if o["kind"] == "slot"]
    assert len(reader.pages) == 1 + sum(o["pages"] for o in slots)
    cover = " ".join((reader.pages[0].extract_text() or "").split())
    start = 2
    for o in slots:
        end = start + o["pages"] - 1
        assert (f"p. {start}" if start == end else f"p. {start}–{end}") in cover, o
        start = end + 1
    titles = [item.title for item in reader.outline]
    permit = next(i for i, s in enumerate(slots) if s["piece"] == "current_permit")
    first = 2 + sum(o["pages"] for o in slots[:permit])
    assert reader.page_labels[first - 1] == f"{permit + 1}-1"
    assert reader.page_labels[first] == f"{permit + 2}-1"  # the next piece: one page on
    assert titles[permit + 1].startswith(f"{permit + 1}. ")


def test_watermark_keeps_off_both_cards_photos(built: tuple[Path, dict[str, Any]]) -> None:
    """The keep-out zones of the recto's photo are found on a page of two images."""
    out, report = built
    slot = next(o for o in report["outputs"] if o.get("piece") == "current_permit")
    path = out / slot["path"]
    img = render(path, 0, 72)
    w, h = img.size
    (_, cw, ch, cx, ct), _ = placed(PdfReader(path).pages[0])
    # The recto's photo box: x 5 %..30 %, y 25 %..65 % of the card (scan_corpus.id_card).
    x0, x1 = (cx + 0.06 * cw) / 210 * w, (cx + 0.28 * cw) / 210 * w
    y0, y1 = (ct + 0.28 * ch) / 297 * h, (ct + 0.62 * ch) / 297 * h
    crop = np.asarray(img.crop((int(x0), int(y0), int(x1), int(y1)))).astype(np.int16)
    assert crop.size
    r, b = crop[:, :, 0], crop[:, :, 2]
    assert float(np.mean((b > r + 25) & (r < 200))) < 0.02  # the photo's brown, unmarked


# ----- the layout itself ---------------------------------------------------------------
def _img(kind: str | None, mm: tuple[float, float] | None) -> PreparedImage:
    doc = {"kind": kind} if kind else None
    return PreparedImage(b"", 500, 300, False, 150.0, 60, True, document=doc, real_mm=mm)


def test_sheets_pair_greedily_and_only_alike() -> None:
    from desktop.bundle import layout

    card, pp, page = (
        _img("id_card", CARD_MM),
        _img("passport", PASSPORT_MM),
        _img("a4", None),
    )
    assert layout.sheets([card, card, card], 6) == [(0, 1), (2,)]
    assert layout.sheets([card, page, card], 6) == [(0,), (1,), (2,)]
    assert layout.sheets([card, pp, pp, card], 6) == [(0,), (1, 2), (3,)]
    assert layout.sheets([None, card, card, None], 6) == [(0,), (1, 2), (3,)]
    assert layout.sheets([_img("id_card", None), card], 6) == [(0,), (1,)]
    boxes = layout.boxes([pp, pp], 6)
    assert boxes[1].top + boxes[1].height <= layout.A4_PT[1] - 6 / PT_MM
    for box in boxes:
        assert box.width * PT_MM == pytest.approx(125, abs=0.01)


def test_a_later_part_is_watermarked_by_its_own_pages(
    photos: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A piece cut into parts: the second part's first page is the piece's second
    page (the recto and verso), and its keep-out zones come from those two cards,
    not from the piece's first page."""
    from desktop.bundle import stamps
    from desktop.bundle.build import _watermark
    from desktop.bundle.settings import default_settings
    from desktop.bundle.slots import Runner, SlotBuilder, page_specs, plan_sources

    s = default_settings()
    files = [photos["a4"], photos["recto"], photos["verso"]]
    sources = plan_sources([(str(p), p) for p in files])
    seen: list[list[Any]] = []
    real_overlay = stamps.watermark_overlay

    def spy(sizes: Any, zones: Any, *args: Any, **kw: Any) -> bytes:
        seen.append(zones[0])
        return real_overlay(sizes, zones, *args, **kw)

    monkeypatch.setattr(stamps, "watermark_overlay", spy)
    text = "Document transmis uniquement à la préfecture du Rhône"
    with SlotBuilder(s, Runner(None), lambda *a: None, scratch=tmp_path) as builder:
        # No piece hint: with the permit's (id_card), this landscape A4 page would
        # itself be taken for a card (intake.scan.kind_of's tolerance; see the report).
        res = builder.build("convert", sources, 10**8)
        assert res.sheets == [(0,), (1, 2)] and res.writer_pages == 2
        part = tmp_path / "part2.pdf"
        specs = page_specs(sources)
        builder.assemble(sources, specs[1:], res.image_pages[1:], res.override, path=part)
        data = part.read_bytes()
        (_, cw, ch, cx, ct), (_, _, vh, _, vt) = placed(PdfReader(part).pages[0])
        _watermark(data, text, s, res, True, first_page=1)
        _watermark(data, text, s, res, True, first_page=0)  # as before: the A4 page's
    # The recto's photo (x 5 %..30 %, y 25 %..65 % of the card), in page fractions.
    px, py = (cx + 0.17 * cw) / 210, (ct + 0.45 * ch) / 297

    def covers(zones: list[Any]) -> bool:
        return any(z.rect[0] <= px <= z.rect[2] and z.rect[1] <= py <= z.rect[3] for z in zones)

    right, wrong = seen
    assert covers(right)
    # and the verso's MRZ, on the lower card
    assert any(z.kind == "mrz" and vt / 297 <= z.rect[1] < z.rect[3] <= (vt + vh) / 297
               for z in right), right  # fmt: skip
    assert not covers(wrong)  # the check can fail

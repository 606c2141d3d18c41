"""File intake on a corpus of awkward files the tests generate (tests/intake_corpus.py)."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from pathlib import Path

import psutil
import pytest
from pypdf import PdfReader

from desktop.errors import UserError
from desktop.intake import (
    DEFAULT_LIMITS,
    ERROR,
    WARNING,
    IntakeError,
    Kind,
    Limits,
    inspect_file,
    sanitise_pdf,
    sanitise_pdf_file,
    sniff,
    sniff_file,
)
from tests import intake_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return intake_corpus.cached_build(tmp_path_factory.mktemp("intake-corpus"))


def codes(report, severity: str | None = None) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.code for p in report.problems if severity is None or p.severity == severity}


# --- sniffing: the bytes decide, not the name --------------------------------

SNIFFED = {
    "jpeg": Kind.JPEG,
    "png": Kind.PNG,
    "webp": Kind.WEBP,
    "gif": Kind.GIF,
    "bmp": Kind.BMP,
    "tiff_multipage": Kind.TIFF,
    "heic": Kind.HEIC,
    "pdf": Kind.PDF,
    "jpeg_named_pdf": Kind.JPEG,
    "pdf_named_jpg": Kind.PDF,
    "docx": Kind.WORD,
    "docx_named_pdf": Kind.WORD,
    "odt": Kind.WORD,
    "doc": Kind.WORD,
    "xlsx": Kind.SPREADSHEET,
    "ods": Kind.SPREADSHEET,
    "pptx": Kind.PRESENTATION,
    "zip": Kind.ARCHIVE,
    "gzip": Kind.ARCHIVE,
    "text": Kind.TEXT,
    "text_named_pdf": Kind.TEXT,
    "unknown": Kind.UNKNOWN,
    "empty": Kind.EMPTY,
}


@pytest.mark.parametrize("case", sorted(SNIFFED))
def test_sniff_file_tells_the_real_kind(corpus: dict[str, Path], case: str) -> None:
    assert sniff_file(corpus[case]).kind == SNIFFED[case]


def test_sniff_head_only() -> None:
    assert sniff(b"") == Kind.EMPTY
    assert sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF") == Kind.JPEG
    assert sniff(b"junk\n%PDF-1.7\n") == Kind.PDF
    assert sniff(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic") == Kind.HEIC
    assert sniff(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2") == Kind.UNKNOWN  # a video
    assert sniff(b"Rar!\x1a\x07\x01\x00") == Kind.ARCHIVE
    assert sniff("Привет, это просто текст\n".encode()) == Kind.TEXT
    assert sniff(b"{\\rtf1\\ansi hello}") == Kind.WORD


# --- readable formats --------------------------------------------------------


@pytest.mark.parametrize(
    "case, kind, colour",
    [
        ("jpeg", Kind.JPEG, True),
        ("png", Kind.PNG, True),
        ("webp", Kind.WEBP, True),
        ("gif", Kind.GIF, True),
        ("bmp", Kind.BMP, False),
        ("cmyk_jpeg", Kind.JPEG, True),
        ("png16", Kind.PNG, False),
        ("png_transparent", Kind.PNG, False),
        ("heic", Kind.HEIC, True),
    ],
)
def test_pictures_are_accepted_and_measured(
    corpus: dict[str, Path], case: str, kind: Kind, colour: bool
) -> None:
    report = inspect_file(corpus[case])
    assert report.kind == kind
    assert report.accepted, report.problems
    assert codes(report, ERROR) == set()
    assert report.pages == 1
    assert report.pixel_size == (1240, 1754)
    assert report.dpi is not None and round(report.dpi) == 150
    assert report.colour is colour
    page = report.page_info[0]
    assert page.analysed and page.blank is False
    assert page.sharpness is not None and page.sharpness > 1000
    assert page.orientation == "upright"


def test_cmyk_and_16_bit_keep_their_mode(corpus: dict[str, Path]) -> None:
    assert inspect_file(corpus["cmyk_jpeg"]).colour_mode == "CMYK"
    assert inspect_file(corpus["png16"]).colour_mode == "I;16"


def test_transparent_png_is_judged_on_white_paper(corpus: dict[str, Path]) -> None:
    # Black text on transparent pixels: flattened naively it would be all black.
    report = inspect_file(corpus["png_transparent"])
    assert report.page_info[0].blank is False
    assert not report.has("blank_page")


def test_multipage_tiff(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["tiff_multipage"])
    assert report.kind == Kind.TIFF and report.pages == 3 and report.accepted
    assert [p.number for p in report.page_info] == [1, 2, 3]
    assert all(p.analysed and not p.blank for p in report.page_info)
    assert report.dpi == pytest.approx(150, abs=1)


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_is_applied(corpus: dict[str, Path], orientation: int) -> None:
    report = inspect_file(corpus[f"exif_{orientation}"])
    assert report.exif_orientation == orientation
    w, h = report.pixel_size or (0, 0)
    assert h > w, "sizes are those of the upright picture"
    assert report.page_info[0].orientation == "upright"
    assert not report.has("sideways")


def test_sideways_picture_without_exif_is_flagged(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["sideways_jpeg"])
    assert report.has("sideways")
    assert report.accepted  # a warning: the fix is a rotation
    assert "couché" in report.problems[-1].message("fr")


# --- refused, with the reason and the fix -------------------------------------

REFUSED = {
    "empty": "empty_file",
    "docx": "office_document",
    "docx_named_pdf": "office_document",
    "xlsx": "office_document",
    "pptx": "office_document",
    "odt": "office_document",
    "ods": "office_document",
    "doc": "office_document",
    "zip": "archive",
    "gzip": "archive",
    "text": "plain_text",
    "text_named_pdf": "plain_text",
    "unknown": "unknown_format",
    "truncated_pdf": "truncated",
    "truncated_jpeg": "truncated",
    "pdf_user_password": "pdf_password_required",
    "blank_jpeg": "blank_page",
    "black_jpeg": "blank_page",
    "blank_pdf": "blank_page",
    "blurred": "blurry",
    "pdf_scan_blurred": "blurry",
    "low_res": "resolution_too_low",
    "very_low_res": "resolution_too_low",
    "pdf_scan_low": "resolution_too_low",
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_with_a_message_naming_file_and_fix(corpus: dict[str, Path], case: str) -> None:
    report = inspect_file(corpus[case])
    assert not report.accepted
    assert REFUSED[case] in codes(report, ERROR)
    for lang in ("fr", "en", "ru", "zh", "ar", "uk"):
        for prob in report.errors:
            text = prob.message(lang)
            assert corpus[case].name in text
            assert "{" not in text, text


def test_office_message_says_export_as_pdf(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["docx"])
    assert report.errors[0].message("fr") == (
        "Le fichier « document.docx » est un document Word : ouvrez-le et enregistrez-le en "
        "PDF (Fichier › Exporter en PDF), puis ajoutez le PDF."
    )
    assert "LibreOffice Writer" in inspect_file(corpus["odt"]).errors[0].message("en")
    assert "Excel" in inspect_file(corpus["xlsx"]).errors[0].message("en")


def test_soft_blur_is_a_warning(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["soft"])
    assert report.accepted
    assert "blurry" in codes(report, WARNING)
    sharp = inspect_file(corpus["jpeg"]).page_info[0].sharpness or 0
    soft = report.page_info[0].sharpness or 0
    blurred = inspect_file(corpus["blurred"]).page_info[0].sharpness or 0
    assert sharp > 5 * soft > 5 * blurred


def test_resolution_thresholds() -> None:
    limits = DEFAULT_LIMITS
    assert limits.dpi_error < limits.dpi_warning
    assert limits.blur_error < limits.blur_warning


def test_limits_are_dated_catalog_data(tmp_path: Path) -> None:
    """assets/catalog/intake.toml holds every limit once, each table dated; the
    loader names what is wrong with a broken file (ten ways of breaking it)."""
    import tomllib

    from desktop.intake.limits import LIMITS_FILE, LimitsError, load_limits

    raw = tomllib.loads(LIMITS_FILE.read_text(encoding="utf-8"))
    in_file = {k for table in raw.values() for k in table} - {"source", "checked", "confidence"}
    assert in_file == {f.name for f in dataclasses.fields(Limits)}
    assert load_limits() == DEFAULT_LIMITS
    assert DEFAULT_LIMITS.max_file_bytes == int(raw["safety"]["max_file_bytes"])
    text = LIMITS_FILE.read_text(encoding="utf-8")
    # the first table's check date, whatever day it was checked
    dated = re.search(r"checked = \d{4}-\d\d-\d\d", text)
    assert dated is not None
    checked = dated.group(0)
    broken = {
        "undated": (text.replace(checked, "", 1), "checked"),
        "unknown": (text.replace("[blank]", "[blank]\nink_delat = 3", 1), "ink_delat"),
        "missing": (text.replace("ink_delta = 60", "", 1), "missing ink_delta"),
        "not a number": (text.replace("max_pages = 500", 'max_pages = "500"', 1), "max_pages"),
        "not whole": (text.replace("max_pages = 500", "max_pages = 2.5", 1), "whole number"),
        "upside down": (text.replace("dpi_error = 100.0", "dpi_error = 200.0", 1), "dpi_error"),
        "negative": (text.replace("ink_delta = 60", "ink_delta = -1", 1), "ink_delta"),
        "not finite": (text.replace("dpi_warning = 150.0", "dpi_warning = nan", 1), "dpi_warning"),
        "beyond grey": (text.replace("ink_delta = 60", "ink_delta = 300", 1), "grey levels"),
        "date and time": (
            text.replace(checked, checked + "T10:00:00", 1),
            "checked",
        ),
    }
    for case, (content, needle) in broken.items():
        path = tmp_path / f"{case}.toml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(LimitsError, match=needle):
            load_limits(path)


def test_bomb_refused_fast_with_little_memory(tmp_path: Path) -> None:
    bomb = intake_corpus.png_bomb(tmp_path / "affiche.png")
    assert bomb.stat().st_size < 3_000_000
    proc = psutil.Process()
    before = proc.memory_info().rss
    report = inspect_file(bomb)
    grown = proc.memory_info().rss - before
    assert report.kind == Kind.PNG and not report.accepted
    assert codes(report) == {"image_too_large"}
    assert "40000 × 40000" in report.errors[0].message("en")
    # Refused from the header: decoding would need 1.6 GB (timing is in bench/bench_inspect.py).
    assert grown < 64 * 1024 * 1024


def test_file_size_cap(corpus: dict[str, Path]) -> None:
    report = inspect_file(
        corpus["jpeg"], limits=dataclasses.replace(DEFAULT_LIMITS, max_file_bytes=10_000)
    )
    assert codes(report) == {"file_too_large"} and not report.accepted


def test_page_caps(corpus: dict[str, Path]) -> None:
    for case in ("tiff_multipage", "pdf_multipage_blank"):
        report = inspect_file(corpus[case], limits=dataclasses.replace(DEFAULT_LIMITS, max_pages=2))
        assert codes(report) == {"too_many_pages"} and not report.accepted
        assert "3" in report.errors[0].message("en")
    partial = inspect_file(
        corpus["pdf_multipage_blank"],
        limits=dataclasses.replace(DEFAULT_LIMITS, max_analysed_pages=1),
    )
    assert [p.analysed for p in partial.page_info] == [True, False, False]
    assert partial.pages == 3 and partial.problems == []


def test_missing_and_folder_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError) as missing:
        inspect_file(tmp_path / "absent.pdf")
    assert missing.value.key == "cli.file_not_found"
    with pytest.raises(UserError) as folder:
        inspect_file(tmp_path)
    assert folder.value.key == "intake.cannot_open"


# --- names ------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["name_spaces", "name_accents", "name_arabic", "name_long"])
def test_odd_file_names(corpus: dict[str, Path], case: str) -> None:
    report = inspect_file(corpus[case])
    assert report.accepted and report.kind == Kind.JPEG
    assert report.file_name == corpus[case].name
    json.dumps(report.to_json("ar"), ensure_ascii=False)


def test_wrong_extension_is_a_warning_and_the_content_wins(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["jpeg_named_pdf"])
    assert report.kind == Kind.JPEG and report.accepted
    assert "wrong_extension" in codes(report, WARNING)
    assert "« .pdf »" in report.warnings[0].message("fr")
    pdf = inspect_file(corpus["pdf_named_jpg"])
    assert pdf.kind == Kind.PDF and pdf.accepted and pdf.has("wrong_extension")


# --- PDFs -------------------------------------------------------------------------


def test_vector_pdf(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["pdf"])
    assert report.accepted and report.problems == []
    page = report.page_info[0]
    assert (round(page.width_pt or 0), round(page.height_pt or 0)) == (595, 842)
    assert page.image_only is False and page.dpi is None and page.orientation == "upright"


def test_scanned_pdf_dpi_and_image_only(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["pdf_scan"])
    assert report.accepted
    page = report.page_info[0]
    assert page.image_only is True
    assert page.dpi == pytest.approx(200, abs=2)
    assert report.pixel_size == (1654, 2338)


def test_blank_page_inside_a_document(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["pdf_multipage_blank"])
    assert report.pages == 3 and report.accepted
    assert [p.blank for p in report.page_info] == [False, True, False]
    (prob,) = report.warnings
    assert prob.code == "blank_page" and prob.params["pages"] == "2"
    assert "2" in prob.message("zh")


def test_pdf_orientation_from_the_text_layer(corpus: dict[str, Path]) -> None:
    assert inspect_file(corpus["pdf_upside_down"]).has("upside_down")
    rotated = inspect_file(corpus["pdf_rotate_90"])
    assert rotated.has("sideways") and rotated.page_info[0].rotation == 90
    fixed = inspect_file(corpus["pdf_rotated_fixed"])
    assert fixed.page_info[0].orientation == "upright" and fixed.problems == []


def test_password_pdf(corpus: dict[str, Path]) -> None:
    locked = corpus["pdf_user_password"]
    report = inspect_file(locked)
    assert codes(report) == {"pdf_password_required"} and report.encrypted
    assert codes(inspect_file(locked, password="faux")) == {"pdf_password_wrong"}
    opened = inspect_file(locked, password="secret")
    assert opened.accepted and opened.pages == 1 and codes(opened) == {"pdf_encrypted"}
    owner = inspect_file(corpus["pdf_owner_only"])
    assert owner.accepted and codes(owner) == {"pdf_owner_password"}


def test_active_content_is_reported(corpus: dict[str, Path]) -> None:
    report = inspect_file(corpus["pdf_active"])
    assert report.accepted and report.has("pdf_active_content")
    assert {"javascript", "open_action", "actions", "form", "attachment"} <= set(
        report.active_content
    )


# --- sanitising ------------------------------------------------------------------


def _assert_clean(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data))
    assert not reader.is_encrypted
    root = reader.trailer["/Root"].get_object()
    for key in ("/OpenAction", "/AA", "/AcroForm", "/Names", "/Outlines", "/Metadata"):
        assert key not in root
    for page in reader.pages:
        assert "/AA" not in page
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            assert annot["/Subtype"] == "/Link"
            assert annot.get("/A", {}).get("/S") in (None, "/URI", "/GoTo")
    assert reader.metadata is not None and dict(reader.metadata) == {"/Producer": "Dossier Séjour"}
    return reader


def test_sanitise_drops_active_content_and_keeps_the_form_value(corpus: dict[str, Path]) -> None:
    result = sanitise_pdf(corpus["pdf_active"])
    assert {"javascript", "open_action", "form", "attachment"} <= set(result.removed)
    assert result.pages == 1 and result.flattened
    for marker in (b"JavaScript", b"intake-test-js", b"ATTACHED-PAYLOAD", b"EmbeddedFile"):
        assert marker not in result.data
    reader = _assert_clean(result.data)
    text = reader.pages[0].extract_text()
    assert "VALEUR-DU-CHAMP" in text and "Formulaire de test" in text
    again = inspect_file_bytes(result.data)
    assert again.accepted and again.problems == []


def inspect_file_bytes(data: bytes):  # type: ignore[no-untyped-def]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "propre.pdf"
        path.write_bytes(data)
        return inspect_file(path)


def test_sanitise_passwords(corpus: dict[str, Path]) -> None:
    with pytest.raises(IntakeError) as needed:
        sanitise_pdf(corpus["pdf_user_password"])
    assert needed.value.code == "pdf_password_required"
    assert "protege.pdf" in needed.value.message("en")
    with pytest.raises(IntakeError) as wrong:
        sanitise_pdf(corpus["pdf_user_password"], password="nope")
    assert wrong.value.code == "pdf_password_wrong"
    clean = sanitise_pdf(corpus["pdf_user_password"], password="secret")
    assert clean.was_encrypted
    reader = _assert_clean(clean.data)
    assert "1.0" in reader.pages[0].extract_text()
    owner = sanitise_pdf(corpus["pdf_owner_only"].read_bytes(), file_name="restreint.pdf")
    assert owner.was_encrypted
    _assert_clean(owner.data)


def test_sanitise_refuses_truncated(corpus: dict[str, Path]) -> None:
    with pytest.raises(IntakeError) as cut:
        sanitise_pdf(corpus["truncated_pdf"])
    assert cut.value.code == "truncated"


def test_sanitise_file_is_atomic_and_keeps_pages(corpus: dict[str, Path], tmp_path: Path) -> None:
    dest = tmp_path / "sortie.pdf"
    result = sanitise_pdf_file(corpus["pdf_multipage_blank"], dest)
    assert result.pages == 3
    assert len(_assert_clean(dest.read_bytes()).pages) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sortie.pdf"]


def test_damaged_xref_is_still_read(corpus: dict[str, Path], tmp_path: Path) -> None:
    data = corpus["pdf"].read_bytes()
    start = data.rindex(b"startxref")
    broken = data[:start] + b"startxref\n999999\n%%EOF\n"
    path = tmp_path / "abime.pdf"
    path.write_bytes(broken)
    report = inspect_file(path)
    assert report.accepted and report.pages == 1
    assert sanitise_pdf(path).pages == 1


def test_report_json_shape(corpus: dict[str, Path]) -> None:
    data = inspect_file(corpus["exif_6"]).to_json("en")
    for key, kind in {
        "file": str,
        "kind": str,
        "pages": int,
        "accepted": bool,
        "problems": list,
        "pixel_size": list,
        "dpi": int,
        "colour": bool,
        "page_info": list,
    }.items():
        assert isinstance(data[key], kind), key
    assert data["exif_orientation"] == 6
    json.dumps(data)

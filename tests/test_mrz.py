"""MRZ: ICAO's specimens parsed, check digits, corrections only where a check digit
confirms, the offline reader on synthetic scans and photos, and the MRZ reaching
``inspect --json``, ``check`` and the wizard's prefill proposals."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.dossier import Dossier
from desktop.core.identifiers import mrz_check_digit
from desktop.intake import mrz, mrz_ocr
from desktop.services import papers
from desktop.services.checking import check_dossier
from tests.helpers import TODAY, make_dossier
from tests.mrz_corpus import FIELDS, corpus, photo, render, td3

ROOT = Path(__file__).resolve().parent.parent
# ICAO Doc 9303 part 4 (TD3) and part 5 (TD1) specimens, Utopia.
ICAO_TD3 = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]
ICAO_TD1 = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]


def test_icao_td3_specimen() -> None:
    read = mrz.parse(ICAO_TD3, today=dt.date(2010, 1, 1))
    assert read is not None and read.format == "TD3" and read.valid
    assert read.fields_out() == {
        "document_code": "P",
        "issuing_country": "UTO",
        "surname": "ERIKSSON",
        "given_names": "ANNA MARIA",
        "document_number": "L898902C3",
        "nationality": "UTO",
        "birth_date": "1974-08-12",
        "sex": "F",
        "expiry_date": "2012-04-15",
    }
    assert read.verified("document_number") and read.verified("birth_date")
    assert not read.verified("surname") and not read.verified("nationality")  # no check digit


def test_icao_td1_specimen() -> None:
    read = mrz.parse(ICAO_TD1, today=dt.date(2010, 1, 1))
    assert read is not None and read.format == "TD1" and read.valid
    out = read.fields_out()
    assert (out["document_number"], out["surname"], out["given_names"]) == (
        "D23145890",
        "ERIKSSON",
        "ANNA MARIA",
    )
    assert out["birth_date"] == "1974-08-12" and out["expiry_date"] == "2012-04-15"


def test_check_digit_weights() -> None:
    assert mrz_check_digit("L898902C3") == "6"
    assert mrz_check_digit("740812") == "2"
    assert mrz_check_digit("<<<<") == "0"


def test_a_confusion_is_corrected_when_the_check_digit_confirms_it() -> None:
    lines = [ICAO_TD3[0], ICAO_TD3[1].replace("L898902C3", "L8989O2C3")]
    read = mrz.parse(lines)
    assert read is not None and read.valid
    assert read.fields["document_number"].corrected
    assert read.fields_out()["document_number"] == "L898902C3"
    assert read.corrections == ["document_number: O→0"]


def test_birth_date_letter_is_corrected_by_its_check_digit() -> None:
    lines = [ICAO_TD3[0], ICAO_TD3[1].replace("7408122", "74O8122")]
    read = mrz.parse(lines, today=dt.date(2010, 1, 1))
    assert read is not None and read.fields_out()["birth_date"] == "1974-08-12"
    assert read.verified("birth_date")


def test_a_wrong_digit_without_confusion_is_not_verified() -> None:
    lines = [ICAO_TD3[0], ICAO_TD3[1].replace("7408122", "7408132")]  # 2 read as 3
    read = mrz.parse(lines)
    assert read is not None and not read.valid
    assert read.fields["birth_date"].check is False
    assert not read.verified("birth_date") and not read.verified("document_number")


def test_an_ambiguous_reading_is_not_verified() -> None:
    """The reader hesitated at a place between two characters that both pass every
    check digit (L = 21 and B = 11 differ by 10): the number is not verified."""
    alts: list[list[list[str]]] = [[[] for _ in range(44)], [[] for _ in range(44)]]
    alts[1][0] = ["B"]
    read = mrz.parse(ICAO_TD3, alts)
    assert read is not None and read.valid
    assert read.fields["document_number"].ambiguous
    assert not read.verified("document_number") and read.verified("birth_date")
    # The same hesitation over a character that would fail: still verified.
    alts[1][0] = ["I"]
    read = mrz.parse(ICAO_TD3, alts)
    assert read is not None and read.verified("document_number")


def test_other_shapes_are_not_a_zone() -> None:
    assert mrz.parse(["P<UTO", "L898"]) is None
    assert mrz.parse([]) is None


# ----- the reader ---------------------------------------------------------------
def test_reader_on_clean_scans_and_photos() -> None:
    """A small corpus (the full one is bench/bench_mrz.py): every field right on
    scans, nearly all on photos, and never a wrong field reported verified."""
    samples = corpus(6, seed=11)
    right = {"scan": 0, "photo": 0}
    total = {"scan": 0, "photo": 0}
    for kind, sample in samples:
        read = mrz_ocr.read(sample.image, dt.date(2026, 12, 6))
        got = read.fields_out() if read else {}
        for name in FIELDS:
            ok = got.get(name) == sample.truth[name]
            right[kind] += ok
            total[kind] += 1
            assert ok or read is None or not read.verified(name), (kind, name, got.get(name))
    assert right["scan"] == total["scan"]
    assert right["photo"] >= 0.9 * total["photo"]


def test_reader_finds_nothing_on_a_page_without_a_zone() -> None:
    from PIL import Image, ImageDraw

    page = Image.new("L", (1240, 1754), 255)
    for y in range(200, 1500, 40):
        ImageDraw.Draw(page).rectangle((100, y, 1100, y + 12), fill=40)
    read = mrz_ocr.read(page)
    assert read is None or not read.valid


def _passport_photo(tmp_path: Path, nationality: str = "RUS") -> tuple[Path, list[str], dict]:
    import random

    rnd = random.Random(5)
    lines, truth = td3(rnd, TODAY)
    lines[0] = lines[0][:2] + nationality + lines[0][5:]
    l2 = lines[1][:10] + nationality + lines[1][13:43]
    lines[1] = l2 + mrz_check_digit(l2[0:10] + l2[13:20] + l2[21:43])
    path = tmp_path / "passeport.jpg"
    photo(render(lines, dpi=300), rnd).save(path, "JPEG", quality=85)
    return path, lines, truth


def test_inspect_json_reports_the_mrz(tmp_path: Path) -> None:
    path, lines, truth = _passport_photo(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "inspect", "--json", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=tmp_path,
    )
    report = json.loads(out.stdout)
    got = report["mrz"]
    assert got["format"] == "TD3" and got["lines"] == lines and got["valid"]
    assert got["checks"] == {
        "document_number": True,
        "birth_date": True,
        "expiry_date": True,
        "personal_number": True,
        "composite": True,
    }
    assert got["fields"]["document_number"] == truth["document_number"]
    assert "document_number" in got["verified"] and "surname" not in got["verified"]


def test_papers_mrz_command(tmp_path: Path) -> None:
    path, lines, _ = _passport_photo(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "papers", "mrz", "--json", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["lines"] == lines


def test_papers_trust_command_reports_the_lists_age(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "desktop", "papers", "trust", "--today", "2026-12-06"]
    out = subprocess.run([*cmd, "--json"], capture_output=True, text=True, env=env, check=True)
    status = json.loads(out.stdout)
    assert status["issued"] == "2025-08-25" and status["age_days"] == 468
    assert status["outdated"] is True and "FR05" in status["authorities"]
    text = subprocess.run(
        [*cmd, "--lang", "en"], capture_output=True, text=True, env=env, check=True
    )
    assert "468 days ago" in text.stdout and "newer version exists" in text.stdout


def test_check_uses_the_mrz_read_from_the_passport(tmp_path: Path) -> None:
    """No MRZ typed: the rule compares the dossier with the zone read from the file."""
    dossier = make_dossier(tmp_path, "visiteur-renouvellement")
    path, lines, _ = _passport_photo(tmp_path / "docs", nationality="UKR")
    entry = dossier.data["pieces"]["passport"]
    entry["files"] = [f"docs/{path.name}"]
    entry.pop("mrz", None)
    dossier.save()
    result = check_dossier(Dossier.load(dossier.path), TODAY)
    pv = result.verdict.piece("passport")
    codes = [r.problem.code for r in pv.results if r.problem]
    assert "passport.mrz_mismatch" in codes  # the dossier says RUS, the zone UKR


def test_prefill_proposals_never_overwrite_silently(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, "visiteur-renouvellement")
    read = mrz.parse(ICAO_TD3, today=TODAY)
    assert read is not None
    props = {p.field: p for p in papers.passport_proposals(dossier, read)}
    assert props["applicant.surname"].conflict  # TESTOVA typed, ERIKSSON read
    assert props["applicant.birth_date"].read == dt.date(1974, 8, 12)
    assert props["applicant.birth_date"].verified and not props["applicant.surname"].verified
    papers.apply_proposals(dossier, props.values(), ["applicant.birth_date"])
    assert dossier.get("applicant.birth_date") == dt.date(1974, 8, 12)
    assert dossier.get("applicant.surname") == "TESTOVA"  # not accepted: kept


@pytest.mark.parametrize("turn", [180, 90])
def test_reader_turns_the_page(turn: int) -> None:
    import random

    rnd = random.Random(3)
    lines, truth = td3(rnd, TODAY)
    page = render(lines, dpi=300).rotate(turn, expand=True)
    read = mrz_ocr.read(page, TODAY)
    assert read is not None and read.valid and read.lines == lines


def test_a_scanned_passport_in_a_pdf_is_read_and_a_printed_pdf_is_not(tmp_path: Path) -> None:
    import io
    import random

    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from desktop.intake import inspect_file
    from tests.helpers import tiny_pdf

    lines, _ = td3(random.Random(9), TODAY)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    jpeg = tmp_path / "page.jpg"
    render(lines, dpi=300).save(jpeg, "JPEG", quality=90)
    c.drawImage(ImageReader(str(jpeg)), 60, 480, width=354, height=249)
    c.showPage()
    c.save()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(buf.getvalue())
    report = inspect_file(scan, mrz=True)
    assert report.mrz is not None and report.mrz.lines == lines and report.mrz.valid
    printed = inspect_file(tiny_pdf(tmp_path / "lettre.pdf"), mrz=True)
    assert printed.mrz is None

"""File operations the wizard offers, through the services layer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from desktop import services
from desktop.core.dossier import Dossier
from desktop.errors import UserError
from tests.helpers import tiny_pdf


@pytest.fixture
def dossier(tmp_path: Path) -> Dossier:
    d = Dossier.new("visiteur-premiere")
    d.save(tmp_path / "case" / "dossier.toml")
    return d


def test_attach_copies_under_the_piece_name_with_the_real_extension(
    dossier: Dossier, tmp_path: Path
) -> None:
    src = tmp_path / "Паспорт Анна (скан).pdf"  # really a JPEG
    Image.new("RGB", (800, 600), "white").save(src, "JPEG")
    rel = services.attach_file(dossier, "passport", src)
    assert rel == "documents/passport-1.jpg"
    assert dossier.piece("passport").files == [rel]
    assert dossier.resolve(rel).read_bytes() == src.read_bytes()
    rel2 = services.attach_file(dossier, "passport", src)
    assert rel2 == "documents/passport-2.jpg"
    services.detach_file(dossier, "passport", rel)
    assert not dossier.resolve(rel).exists()
    assert dossier.piece("passport").files == [rel2]


def test_attach_missing_file_is_a_user_error(dossier: Dossier, tmp_path: Path) -> None:
    with pytest.raises(UserError) as info:
        services.attach_file(dossier, "passport", tmp_path / "nope.pdf")
    assert "nope.pdf" in info.value.message("fr")


def test_rotate_pdf_page_and_image(dossier: Dossier, tmp_path: Path) -> None:
    src = tiny_pdf(tmp_path / "a.pdf")
    rel = services.attach_file(dossier, "passport", src)
    services.rotate_file(dossier, rel, 90)
    assert PdfReader(dossier.resolve(rel)).pages[0].rotation == 90
    img = tmp_path / "p.png"
    Image.new("RGB", (300, 100), "red").save(img)
    rel_img = services.attach_file(dossier, "birth_certificate", img)
    services.rotate_file(dossier, rel_img, 90)
    with Image.open(dossier.resolve(rel_img)) as im:
        assert im.size == (100, 300)


def test_remove_page(dossier: Dossier, tmp_path: Path) -> None:
    one = tiny_pdf(tmp_path / "one.pdf")
    writer = PdfWriter()
    for _ in range(3):
        writer.append(str(one))
    three = tmp_path / "three.pdf"
    with three.open("wb") as fh:
        writer.write(fh)
    rel = services.attach_file(dossier, "resources_proof", three)
    services.remove_page(dossier, rel, 1)
    assert len(PdfReader(dossier.resolve(rel)).pages) == 2
    with pytest.raises(UserError):
        services.remove_page(dossier, rel, 5)


def test_unlock_pdf_needs_the_right_password_and_keeps_the_file_otherwise(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    from desktop.core.dossier import Dossier
    from desktop.errors import UserError
    from desktop.services import attach_file, unlock_pdf

    source = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(source))
    c.drawString(100, 700, "Relevé de compte")
    c.save()
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt("code-1234")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    dossier = Dossier.new()
    dossier.save(tmp_path / "d" / "dossier.toml")
    rel = attach_file(dossier, "bank_statements", locked)
    before = dossier.resolve(rel).read_bytes()
    with pytest.raises(UserError) as err:
        unlock_pdf(dossier, rel, "wrong")
    assert "pdf_password_wrong" in err.value.key
    assert dossier.resolve(rel).read_bytes() == before
    unlock_pdf(dossier, rel, "code-1234")
    reader = PdfReader(dossier.resolve(rel))
    assert not reader.is_encrypted
    assert "Relevé de compte" in reader.pages[0].extract_text()
    assert list(dossier.resolve(rel).parent.glob(".intake-*")) == []  # no temp file left


def test_replace_keeps_the_place_and_attempts_keep_their_screenshot(
    dossier: Dossier, tmp_path: Path
) -> None:
    import datetime as dt

    first = tiny_pdf(tmp_path / "a.pdf", "A")
    second = tiny_pdf(tmp_path / "b.pdf", "B")
    rel = services.attach_file(dossier, "passport", first)
    rel2 = services.attach_file(dossier, "passport", second)
    new = services.replace_file(dossier, "passport", rel, second)
    assert dossier.piece("passport").files == [new, rel2]  # same place
    assert not dossier.resolve(rel).exists()  # our copy of the replaced file is gone
    services.detach_file(dossier, "passport", rel2)
    assert not dossier.resolve(rel2).exists()
    with pytest.raises(UserError):  # a source that vanished: nothing changes
        services.replace_file(dossier, "passport", new, tmp_path / "gone.pdf")
    assert dossier.piece("passport").files == [new]
    entry = services.record_attempt(
        dossier, dt.datetime(2026, 12, 1, 9, 30, 12, 5), " Il n'existe plus de plage ", b"PNG"
    )
    assert entry["screenshot"] == "attempts/tentative-20261201-093012-1.png"
    assert dossier.resolve(entry["screenshot"]).read_bytes() == b"PNG"
    dossier.save()
    attempts = Dossier.load(dossier.path).attempts
    assert attempts[0].at == dt.datetime(2026, 12, 1, 9, 30, 12)
    assert attempts[0].message == "Il n'existe plus de plage"


def test_signature_and_piece_dates_are_use_cases(dossier: Dossier) -> None:
    import datetime as dt

    before = dossier.revision
    services.save_signature(dossier, b"\x89PNG fake")
    assert dossier.get("signature.file") == "signature.png"
    assert (dossier.base_dir / "signature.png").read_bytes() == b"\x89PNG fake"
    services.set_piece_date(dossier, "passport", "expires_on", dt.date(2030, 1, 2))
    assert dossier.piece("passport").expires_on == dt.date(2030, 1, 2)
    assert dossier.revision == before + 2  # each change is one revision of the verdict
    with pytest.raises(ValueError):
        services.set_piece_date(dossier, "passport", "favourite_colour", None)


def test_known_findings_are_reused_except_where_the_dossier_dates_matter(
    tmp_path: Path,
) -> None:
    """A build from the wizard reuses what was found in each file; the CER copy's
    finding also depends on the signature date and the filing day, so it is made
    again (a date fixed on the CER page must reach the bundle)."""
    from desktop.core.messages import Problem
    from desktop.intake import inspect_file
    from tests.helpers import TODAY, make_dossier

    d = make_dossier(tmp_path, "etudiant-premiere")
    cer, passport = d.piece("cer").files[0], d.piece("passport").files[0]
    stale = dataclasses_replace(inspect_file(d.resolve(cer)), "cer.stale")
    kept = dataclasses_replace(inspect_file(d.resolve(passport)), "kept.marker")
    result = services.check_dossier(d, TODAY, known={cer: stale, passport: kept})
    assert result.findings[passport] is kept
    assert result.findings[cer] is not stale
    assert all(p.code != "cer.stale" for p in result.findings[cer].problems)
    assert isinstance(kept.problems[0], Problem)


def dataclasses_replace(report, code: str):
    import dataclasses

    from desktop.core.messages import Problem

    return dataclasses.replace(report, problems=[Problem(code, "warning")])

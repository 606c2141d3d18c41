"""Letters, statements, CER check and signature stamping: real PDFs, measured."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.core.dossier import Dossier
from desktop.errors import UserError
from desktop.letters import (
    cer_info,
    check_cer,
    fonts,
    missing_piece_letter,
    stamp_signature,
    summary,
)
from desktop.letters.typography import NBSP, fr_date, fr_datetime, fr_money, fr_text

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)
MSG = "Il n'existe plus de plage horaire libre pour votre demande de rendez-vous."

DOSSIER = """schema_version = 1
situation = "etudiant-renouvellement"
filing_date = 2026-11-24
prefecture = "Préfecture du Rhône"

[applicant]
surname = "{surname}"
given_names = "{given}"
surname_native = "{surname_native}"
given_names_native = "{given_native}"
sex = "F"
birth_date = 1998-04-12
birth_place = "Novossibirsk (Russie)"
nationality = "RUS"
numero_etranger = "6903123456"
email = "demo@example.invalid"
phone = "06 00 00 00 00"

[host]
surname = "BEN ALI"
given_names = "Mohamed"
surname_native = "بن علي"
given_names_native = "محمد"
sex = "M"
birth_date = 1970-02-01
birth_place = "Tunis (Tunisie)"
nationality = "FRA"

[current_permit]
kind = "carte de séjour temporaire « étudiant »"
expires_on = 2027-02-27

[address]
kind = "hosted"
line1 = "12 rue des Lilas"
postcode = "69003"
city = "Lyon"

[cer]
signed_on = 2026-11-22

[missing.birth_certificate]
reason = "le consulat n'a pas encore délivré la copie intégrale"
steps = [{{ date = 2026-10-03, what = "demande écrite au consulat" }}]
expected_on = 2026-12-15
substitute = "copie de l'ancien acte traduit"

[appointment]
mode = "email"
service_email = "pref@example.invalid"
"""


def _shot(path: Path, label: str) -> None:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (1000, 620), "white")
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, 1000, 50), fill=(0, 0, 140))
    d.text((40, 300), label, fill="black")
    im.save(path)


def make(tmp: Path, attempts: int = 3, **names: str) -> Path:
    values = {
        "surname": "IVANOVA",
        "given": "Anna",
        "surname_native": "ИВАНОВА",
        "given_native": "Анна",
    }
    values.update(names)
    text = DOSSIER.format(**values)
    (tmp / "shots").mkdir(exist_ok=True)
    # written out of order on purpose: the letter sorts them by date
    days = [
        (2026, 11, 17, 8, 30),
        (2026, 11, 3, 9, 5),
        (2026, 11, 10, 14, 12),
        (2026, 11, 20, 7, 0),
    ]
    for y, m, d, hh, mm in days[:attempts]:
        name = f"shots/{y}-{m:02d}-{d:02d}.png"
        _shot(tmp / name, f"{d}/{m} {hh}:{mm}")
        text += (
            f"\n[[appointment.attempts]]\nat = {y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00\n"
            f'message = "{MSG}"\nscreenshot = "{name}"\nurl = "https://rdv.example.invalid/x"\n'
        )
    path = tmp / "dossier.toml"
    path.write_text(text, encoding="utf-8")
    return path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--today", "2026-11-24"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def text_of(pdf: Path) -> list[str]:
    return [(p.extract_text() or "") for p in PdfReader(str(pdf)).pages]


def flat(s: str) -> str:
    return " ".join(s.replace(NBSP, " ").replace("\u202f", " ").split())


# ----- typography and fonts -----------------------------------------------------------


def test_french_typography() -> None:
    assert fr_date(dt.date(2026, 11, 24)) == "24 novembre 2026"
    assert fr_date(dt.date(2027, 3, 1)) == "1er mars 2027"
    assert fr_datetime(dt.datetime(2026, 11, 3, 9, 5)) == "3 novembre 2026 à 9 h 05"
    assert fr_money(1234.5) == f"1{NBSP}234,50{NBSP}€"
    assert fr_money(225) == f"225{NBSP}€"
    assert fr_text("Objet: « test »?") == f"Objet{NBSP}: «{NBSP}test{NBSP}»{NBSP}?"
    assert fr_text("https://a.fr/x?y=1 à 14:05") == "https://a.fr/x?y=1 à 14:05"
    once = fr_text("Quoi ? « oui » ; non !")
    assert fr_text(once) == once


@pytest.mark.parametrize(
    "name", ["ИВАНОВА Анна", "Олександр Шевченко", "محمد بن علي", "王小明", "김민준", "Ελένη"]
)
def test_every_script_has_glyphs(name: str) -> None:
    assert fonts.missing_glyphs(name) == []
    for run in fonts.font_runs(name):
        for ch in run.text:
            assert fonts.covers(run.font, ch), (ch, run.font)


def test_arabic_is_shaped_and_right_to_left() -> None:
    runs = fonts.font_runs("Nom : محمد")
    assert runs[0].text == "Nom : " and runs[1].font == fonts.ARABIC
    # presentation forms (joined letters), in visual order: the last letter first
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in runs[1].text)
    assert runs[1].text[0] in "\ufeaa\ufea9"  # dal, final/isolated form, drawn leftmost


# ----- letters ------------------------------------------------------------------------


def test_missing_piece_letter_cli(tmp_path: Path) -> None:
    d = make(tmp_path)
    out = tmp_path / "manquante.pdf"
    r = cli("letter", "missing", str(d), "--piece", "birth_certificate", "--out", str(out))
    assert r.returncode == 0, r.stderr
    pages = text_of(out)
    assert len(pages) == 1
    t = flat(pages[0])
    for needle in (
        "IVANOVA Anna (ИВАНОВА Анна)",
        "Née le 12 avril 1998 à Novossibirsk (Russie)",
        "N° étranger : 6903123456",
        "Préfecture du Rhône",
        "Lyon, le 24 novembre 2026",
        "Objet : Lettre explicative – pièce manquante : Acte de naissance",
        "le 3 octobre 2026 : demande écrite au consulat",
        "15 décembre 2026",
        "Je m’engage à vous transmettre ce document dès sa réception",
    ):
        assert needle in t, needle
    meta = PdfReader(str(out)).metadata
    assert meta is not None
    assert meta.get("/Producer") == "Dossier Séjour"
    assert not meta.get("/Author") and "IVANOVA" not in str(dict(meta))
    # reproducible: same input, same bytes
    out2 = tmp_path / "again.pdf"
    missing_piece_letter(Dossier.load(d), ["birth_certificate"], None, out2, TODAY)
    assert out2.read_bytes() == out.read_bytes()


def test_missing_piece_letter_several_and_answers(tmp_path: Path) -> None:
    dossier = Dossier.load(make(tmp_path))
    answers = {"resources_proof": {"reason": "la banque n'a pas encore envoyé le relevé"}}
    res = missing_piece_letter(
        dossier, ["birth_certificate", "resources_proof"], answers, tmp_path / "m.pdf", TODAY
    )
    assert res.pages == 1
    t = flat(text_of(res.pdf)[0])
    assert "pièces manquantes" in t and "la banque n'a pas encore envoyé le relevé" in t
    assert "Je ne connais pas encore la date" in t  # no expected date for the second piece


def test_appointment_letter_annex_and_email_text(tmp_path: Path) -> None:
    d = make(tmp_path, attempts=3)
    out, txt = tmp_path / "rdv.pdf", tmp_path / "rdv.txt"
    r = cli("letter", "appointment", str(d), "--out", str(out), "--text", str(txt), "--json")
    assert r.returncode == 0, r.stderr
    pages = [flat(p) for p in text_of(out)]
    assert len(pages) == 3  # one-page letter + 3 screenshots two per page
    letter = pages[0]
    for needle in (
        "Objet : Demande de rendez-vous",
        "Envoyé par courriel à pref@example.invalid",
        "27 février 2027",
        "Depuis le 3 novembre 2026, j’ai tenté à 3 reprises",
        MSG,
    ):
        assert needle in letter, needle
    when = ["3 novembre 2026 à 9 h 05", "10 novembre 2026 à 14 h 12", "17 novembre 2026 à 8 h 30"]
    # each attempt listed, in date order, with its annex number
    table = letter[letter.index("Relevé de mes tentatives") :]
    positions = [table.index(w) for w in when]
    assert positions == sorted(positions)
    for n, w in enumerate(when, 1):
        assert f"Pièce n° {n} – capture d’écran du {w}" in letter
    # annex pages: numbering matches the list, two per page
    assert "Pièce n° 1" in pages[1] and "Pièce n° 2" in pages[1] and "Pièce n° 3" not in pages[1]
    assert f"Pièce n° 3 – capture d’écran du {when[2]}" in pages[2]
    reader = PdfReader(str(out))
    images = [len(p["/Resources"].get("/XObject", {})) for p in reader.pages]
    assert images[1] == 2 and images[2] == 1
    body = txt.read_text(encoding="utf-8")
    assert "Objet\u202f: Demande de rendez-vous" in body and all(w in body for w in when)
    import json

    data = json.loads(r.stdout)
    assert data["files"] == [str(out), str(txt)] and len(data["annexes"]) == 3
    assert "préfecture du Rhône" in data["summary"]


def test_appointment_missing_screenshot_is_a_user_error(tmp_path: Path) -> None:
    d = make(tmp_path, attempts=2)
    (tmp_path / "shots" / "2026-11-03.png").unlink()
    r = cli("letter", "appointment", str(d), "--out", str(tmp_path / "x.pdf"), "--lang", "en")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "shots/2026-11-03.png" in r.stderr and "3 novembre 2026" in r.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("kind", ["hebergement", "non-polygamie", "perte", "non-travail"])
def test_statements_one_page(tmp_path: Path, kind: str) -> None:
    d = make(tmp_path)
    out = tmp_path / f"{kind}.pdf"
    r = cli("statement", kind, str(d), "--out", str(out))
    assert r.returncode == 0, r.stderr
    pages = text_of(out)
    assert len(pages) == 1
    t = flat(pages[0])
    assert "IVANOVA Anna (ИВАНОВА Анна)" in t
    expected = {
        "hebergement": "ATTESTATION D’HÉBERGEMENT",
        "non-polygamie": "ne pas vivre en France en situation de polygamie",
        "perte": "déclare sur l’honneur avoir perdu",
        "non-travail": "MODÈLE À RECOPIER À LA MAIN",
    }[kind]
    assert expected in t
    if kind == "hebergement":
        assert "Je soussigné BEN ALI Mohamed" in t
        assert "de nationalité russe" in t and "nationalité RUS" not in t
    if kind != "non-travail":
        assert "Fait à Lyon, le 24 novembre 2026" in t


def _ink_box(pdf: Path, needle: str) -> int:
    """Dark pixels where ``needle`` is drawn on page 1 (found with pdfium's text search)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    page = doc[0]
    tp = page.get_textpage()
    searcher = tp.search(needle)
    found = searcher.get_next()
    assert found is not None, needle
    start, count = found
    boxes = [tp.get_charbox(i) for i in range(start, start + count)]
    left = min(b[0] for b in boxes)
    bottom = min(b[1] for b in boxes)
    right = max(b[2] for b in boxes)
    top = max(b[3] for b in boxes)
    scale = 3
    img = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    h = img.size[1]
    crop = img.crop(
        (
            int(left * scale),
            int(h - top * scale),
            int(right * scale) + 1,
            int(h - bottom * scale) + 1,
        )
    )
    doc.close()
    return sum(1 for v in crop.tobytes() if v < 128)


@pytest.mark.parametrize(
    ("surname_native", "given_native", "font"),
    [("ИВАНОВА", "Анна", "NotoSans"), ("الهاشمي", "فاطمة", "NotoNaskhArabic")],
)
def test_native_names_drawn_with_real_glyphs(
    tmp_path: Path, surname_native: str, given_native: str, font: str
) -> None:
    d = make(tmp_path, surname_native=surname_native, given_native=given_native)
    res = missing_piece_letter(
        Dossier.load(d), ["birth_certificate"], None, tmp_path / "n.pdf", TODAY
    )
    reader = PdfReader(str(res.pdf))
    used = {
        str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert any(font in u for u in used), used
    name = f"{surname_native} {given_native}"
    assert fonts.missing_glyphs(name) == []
    for run in fonts.font_runs(name):
        assert all(fonts.covers(run.font, c) for c in run.text)
    # the name is really inked (not blank, not tofu-free-but-empty)
    probe = given_native if font == "NotoSans" else "IVANOVA Anna"
    assert _ink_box(res.pdf, probe) > 50


def test_summary_in_every_language(tmp_path: Path) -> None:
    dossier = Dossier.load(make(tmp_path))
    for lang in ("fr", "en", "ru", "zh", "ar", "uk"):
        for kind in (
            "missing",
            "appointment",
            "hebergement",
            "non-polygamie",
            "perte",
            "non-travail",
            "cer",
        ):
            s = summary(kind, dossier, lang, ["birth_certificate"])
            assert "IVANOVA" in s or "BEN ALI" in s, (lang, kind)
    assert "À LA MAIN" in summary("non-travail", dossier, "fr")
    info = cer_info("ru")
    assert len(info["principles"]) == 7 and info["slot"]


# ----- signing --------------------------------------------------------------------------


def _pdf(path: Path, pages: int = 2, words: str = "Document de test") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for n in range(pages):
        c.setFont("Helvetica", 11)
        for i in range(20):
            c.drawString(60, 780 - i * 18, f"{words} page {n + 1} ligne {i}")
        c.rect(50, 60, 495, 150)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def _signature(path: Path) -> Path:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (400, 150), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.line(
        [(20, 120), (80, 30), (140, 110), (200, 40), (260, 120), (380, 60)], fill="navy", width=7
    )
    im.save(path)
    return path


def _render(pdf: Path, index: int) -> Any:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    img = doc[index].render(scale=1).to_pil().convert("RGB")
    doc.close()
    return img


def test_stamp_signature_keeps_the_original(tmp_path: Path) -> None:
    from PIL import ImageChops

    src = _pdf(tmp_path / "cer.pdf", pages=2)
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    sig = _signature(tmp_path / "sig.png")
    out = tmp_path / "cer-signe.pdf"
    r = cli(
        "sign",
        str(src),
        "--signature",
        str(sig),
        "--page",
        "2",
        "--at",
        "300,80",
        "--place",
        "Lyon",
        "--date",
        "2026-11-22",
        "--out",
        str(out),
    )
    assert r.returncode == 0, r.stderr
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before
    orig, new = PdfReader(str(src)), PdfReader(str(out))
    assert len(new.pages) == 2
    # page 1: same content stream; page 2: original stream kept byte for byte
    assert new.pages[0].get_contents().get_data() == orig.pages[0].get_contents().get_data()
    p2 = new.pages[1]
    streams = [s.get_object().get_data() for s in p2["/Contents"]]
    assert orig.pages[1].get_contents().get_data() in streams
    xobj = p2["/Resources"]["/XObject"]
    form = xobj["/DSSignature"].get_object()
    inner = form["/Resources"]["/XObject"]
    assert any(v.get_object()["/Subtype"] == "/Image" for v in inner.values())
    assert "/XObject" not in orig.pages[1]["/Resources"]
    assert "/XObject" not in new.pages[0]["/Resources"]
    assert "Fait à Lyon, le 22 novembre 2026" in flat(new.pages[1].extract_text())
    # pixels: page 1 identical; page 2 identical outside the stamp, inked inside
    assert ImageChops.difference(_render(src, 0), _render(out, 0)).getbbox() is None
    diff = ImageChops.difference(_render(src, 1), _render(out, 1)).getbbox()
    assert diff is not None
    h = 842
    x0, y0, x1, y1 = 300, 80, 300 + 142 + 60, 80 + 71 + 16  # generous stamp box
    assert diff[0] >= x0 - 2 and diff[2] <= x1 + 2
    assert diff[1] >= h - y1 - 2 and diff[3] <= h - y0 + 2


@pytest.mark.parametrize(
    ("case", "needle"),
    [("not_pdf", "notes.txt"), ("page", "page 5"), ("sig", "sig.txt"), ("nofile", "absent.pdf")],
)
def test_sign_mistakes_are_user_errors(tmp_path: Path, case: str, needle: str) -> None:
    src = _pdf(tmp_path / "doc.pdf", pages=2)
    sig = _signature(tmp_path / "sig.png")
    if case == "not_pdf":
        src = tmp_path / "notes.txt"
        src.write_text("bonjour")
    if case == "sig":
        sig = tmp_path / "sig.txt"
        sig.write_text("pas une image")
    if case == "nofile":
        src = tmp_path / "absent.pdf"
    page = "5" if case == "page" else "1"
    r = cli(
        "sign",
        str(src),
        "--signature",
        str(sig),
        "--page",
        page,
        "--at",
        "100,100",
        "--place",
        "Lyon",
        "--out",
        str(tmp_path / "o.pdf"),
        "--lang",
        "en",
    )
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert needle in r.stderr
    assert not (tmp_path / "o.pdf").exists()


# ----- CER check --------------------------------------------------------------------------


def _cer_pdf(path: Path, french: bool = True, signature_at: float | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = (
        [
            "Contrat d'engagement à respecter les principes de la République",
            "Je m'engage à respecter la liberté personnelle, la liberté d'expression,",
            "l'égalité entre les femmes et les hommes, la dignité de la personne humaine,",
            "la devise et les symboles de la République, l'intégrité territoriale, la laïcité.",
            "Fait à ......................., le ....................   Signature :",
        ]
        if french
        else [
            "Contract of commitment to respect the principles of the Republic",
            "I undertake to respect personal freedom, freedom of expression,",
            "equality between women and men, human dignity and secularism.",
            "Done at ...................., on ....................   Signature:",
        ]
    )
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    if signature_at is not None:  # as on the official form: near the bottom
        *lines, last = lines
        c.drawString(60, signature_at, last)
    for i, line in enumerate(lines):
        c.drawString(60, 760 - i * 20, line)
    c.line(300, 100, 540, 100)
    c.showPage()
    c.save()
    return path


def _codes(problems: list[Any]) -> set[str]:
    return {p.code for p in problems}


def test_check_cer(tmp_path: Path) -> None:
    dossier = Dossier.load(make(tmp_path))
    blank = _cer_pdf(tmp_path / "cer.pdf")
    assert _codes(check_cer(blank, dossier, TODAY)) == {"letters.cer.no_signature"}
    signed = tmp_path / "cer-signe.pdf"
    stamp_signature(
        blank, _signature(tmp_path / "s.png"), 1, (320, 110), "Lyon", dt.date(2026, 11, 22), signed
    )
    assert check_cer(signed, dossier, TODAY) == []
    old = tmp_path / "cer-ancien.pdf"
    stamp_signature(
        blank, _signature(tmp_path / "s.png"), 1, (320, 110), "Lyon", dt.date(2025, 1, 10), old
    )
    assert _codes(check_cer(old, dossier, TODAY)) == {
        "letters.cer.too_old",
        "letters.cer.date_mismatch",
    }
    english = _cer_pdf(tmp_path / "cer-en.pdf", french=False)
    assert "letters.cer.not_french" in _codes(check_cer(english, dossier, TODAY))
    photo = tmp_path / "cer.jpg"
    from PIL import Image

    Image.new("RGB", (600, 800), "white").save(photo)
    problems = check_cer(photo, dossier, TODAY)
    assert _codes(problems) == {"letters.cer.photo_unverified"}
    assert problems[0].severity == "warning" and "cer.jpg" in problems[0].message("en")


def _images(pdf: Path) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of every image drawn on each page, in points."""
    from pypdf import PdfReader

    found: list[tuple[float, float, float, float]] = []
    for page in PdfReader(str(pdf)).pages:

        def visit(op: bytes, args: Any, cm: Any, tm: Any) -> None:
            if op == b"Do":
                found.append((float(cm[4]), float(cm[5]), float(cm[0]), float(cm[3])))

        page.extract_text(visitor_operand_before=visit)
    return found


def _text_bottom(pdf: Path, needle: str) -> float:
    """Where ``needle``'s lowest character sits on page 1, in points from the bottom."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    tp = doc[0].get_textpage()
    found = tp.search(needle).get_next()
    assert found is not None, needle
    start, count = found
    bottom = min(tp.get_charbox(i)[1] for i in range(start, start + count))
    doc.close()
    return float(bottom)


def test_drawn_signature_goes_under_the_applicants_signature_lines(tmp_path: Path) -> None:
    """The signature drawn in the wizard ([signature] file) is put where ink would
    go on the applicant's letters and statements, and only there."""
    d = make(tmp_path, attempts=0)
    unsigned = tmp_path / "np-unsigned.pdf"
    assert cli("statement", "non-polygamie", str(d), "--out", str(unsigned)).returncode == 0
    assert _images(unsigned) == []
    _signature(tmp_path / "signature.png")
    d.write_text(d.read_text(encoding="utf-8") + '\n[signature]\nfile = "signature.png"\n')
    for args in (
        ("statement", "non-polygamie"),
        ("statement", "perte"),
        ("letter", "missing", "--piece", "birth_certificate"),
    ):
        out = tmp_path / f"{args[1]}.pdf"
        r = cli(*args[:2], str(d), "--out", str(out), *args[2:])
        assert r.returncode == 0, r.stderr
        [(x, y, w, h)] = _images(out)
        assert 110 * mm_pt < x < 125 * mm_pt  # the right-hand column, where the lines start
        assert 5 * mm_pt < h <= 14 * mm_pt + 0.5 and w <= 60 * mm_pt + 0.5
        names = _text_bottom(out, "IVANOVA Anna (ИВАНОВА")
        assert y + h <= names + 1  # under the signer's name, not over it
    # The host signs the hosting certificate: never the applicant's drawing.
    host = tmp_path / "hebergement.pdf"
    assert cli("statement", "hebergement", str(d), "--out", str(host)).returncode == 0
    assert _images(host) == []
    # A damaged signature file is named, not a traceback.
    (tmp_path / "signature.png").write_bytes(b"not a picture")
    r = cli("statement", "non-polygamie", str(d), "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "signature.png" in r.stderr and "Traceback" not in r.stderr


mm_pt = 72 / 25.4


def _text_box(pdf: Path, needle: str, page: int = 0) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of the last ``needle`` on ``page``, in pdfium's
    page coordinates (the same for the label and for the stamp's own text)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    tp = doc[page].get_textpage()
    search = tp.search(needle)
    last = None
    while (found := search.get_next()) is not None:
        last = found
    assert last is not None, needle
    start, count = last
    boxes = [tp.get_charbox(i) for i in range(start, start + count)]
    doc.close()
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _crop(pdf: Path, left: float, bottom: float) -> None:
    """Show only part of the page (a form whose visible area does not start at 0, 0)."""
    from pypdf import PdfWriter
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=str(pdf))
    page = writer.pages[0]
    page.cropbox = RectangleObject([left, bottom, 595, 842])
    with pdf.open("wb") as fh:
        writer.write(fh)


@pytest.mark.parametrize("variant", ["plain", "cropped", "footer"])
def test_cer_signed_under_its_signature_label(tmp_path: Path, variant: str) -> None:
    """The drawn signature and « Fait à …, le … » go under the form's "Signature :"
    label, on a copy; check_cer then finds the contract signed and dated. The
    visible area may not start at the page's corner, and the word may also stand
    in a sentence lower on the page."""
    from reportlab.pdfgen import canvas

    from desktop import services

    d = make(tmp_path, attempts=0)
    dossier = Dossier.load(d)
    (tmp_path / "documents").mkdir()
    blank = _cer_pdf(tmp_path / "documents" / "cer-1.pdf", signature_at=260)
    if variant == "cropped":
        _crop(blank, 40, 60)
    if variant == "footer":  # the word in a sentence under the label
        from pypdf import PdfReader, PdfWriter

        extra = tmp_path / "footer.pdf"
        c = canvas.Canvas(str(extra), invariant=1)
        c.setFont("Helvetica", 8)
        c.drawString(60, 40, "La signature du présent contrat vaut engagement.")
        c.save()
        writer = PdfWriter(clone_from=str(blank))
        writer.pages[0].merge_page(PdfReader(str(extra)).pages[0])
        with blank.open("wb") as fh:
            writer.write(fh)
    dossier.add_file("cer", "documents/cer-1.pdf")
    label = _text_box(blank, "Signature :")
    new = services.sign_cer(dossier, "documents/cer-1.pdf", _signature(tmp_path / "s.png"), TODAY)
    assert new == "documents/cer-signe-1.pdf"
    assert dossier.piece("cer").files == [new]
    assert dossier.get("cer.signed_on") == TODAY
    signed = tmp_path / new
    stamp = _text_box(signed, "Fait à Lyon, le 24 novembre 2026")
    assert abs(stamp[0] - label[0]) < 2 and stamp[3] < label[1]  # under it, aligned
    assert check_cer(signed, dossier, TODAY) == []
    assert not blank.exists()  # the app's unsigned copy left with its entry
    # Signed once: a second stamp would sign it twice.
    with pytest.raises(UserError) as again:
        services.sign_cer(dossier, new, tmp_path / "s.png", TODAY)
    assert "déjà" in again.value.message("fr") and dossier.piece("cer").files == [new]


def test_cer_without_a_signature_label_is_refused(tmp_path: Path) -> None:
    from desktop import services

    dossier = Dossier.load(make(tmp_path, attempts=0))
    (tmp_path / "documents").mkdir()
    other = tmp_path / "documents" / "autre.pdf"
    _pdf(other, pages=1, words="Formulaire sans mention")
    dossier.add_file("cer", "documents/autre.pdf")
    before = other.read_bytes()
    with pytest.raises(UserError) as err:
        services.sign_cer(dossier, "documents/autre.pdf", _signature(tmp_path / "s.png"), TODAY)
    assert "autre.pdf" in err.value.message("fr") and "sign" in err.value.message("fr")
    assert dossier.piece("cer").files == ["documents/autre.pdf"]
    assert other.read_bytes() == before

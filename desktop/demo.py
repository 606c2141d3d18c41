"""The bundled demo dossier: a fictional applicant and synthetic documents the
project draws itself (no real person's data), with dates relative to the clock
so the demo is always current.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from desktop.core.calendar import add_months
from desktop.core.dossier import SCHEMA_VERSION, Dossier
from desktop.core.identifiers import make_td3

DEMO_SURNAME = "IVANOVA"
DEMO_GIVEN = "Anna"


def _pdf(path: Path, title: str, lines: list[str], *, stamp: str | None = None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setProducer("dossier-sejour demo")
    width, height = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 80, title)
    c.setFont("Helvetica", 11)
    y = height - 120
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(60, 40, "Document fictif généré pour la démonstration de Dossier Séjour.")
    if stamp:
        c.setStrokeColorRGB(0.1, 0.2, 0.7)
        c.setFillColorRGB(0.1, 0.2, 0.7)
        c.circle(width - 140, 140, 45)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(width - 140, 137, stamp)
    c.showPage()
    c.save()


def _photo(path: Path, title: str, lines: list[str], *, exif_rotate: bool = False) -> None:
    """A phone-like photo of a paper document: off-white page on a dark table."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    w, h = 2480, 3300
    img = Image.new("RGB", (w, h), (70, 60, 50))
    draw = ImageDraw.Draw(img)
    draw.rectangle((120, 120, w - 120, h - 120), fill=(246, 244, 236))
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont
    small: ImageFont.FreeTypeFont | ImageFont.ImageFont
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 64)
        small = ImageFont.truetype("DejaVuSansMono.ttf", 58)
    except OSError:
        font = ImageFont.load_default(64)
        small = ImageFont.load_default(58)
    draw.text((260, 260), title, fill=(20, 20, 60), font=font)
    draw.rectangle((260, 420, 860, 1180), fill=(180, 170, 160), outline=(40, 40, 40), width=6)
    mrz = [line for line in lines if len(line) == 44 and "<" in line]
    y = 460
    for line in lines:
        if line not in mrz:
            draw.text((940, y), line, fill=(15, 15, 15), font=font)
            y += 100
    y = h - 700
    for line in mrz:  # the machine-readable zone, at the foot of the page as on a passport
        draw.text((200, y), line, fill=(10, 10, 10), font=small)
        y += 90
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    exif = Image.Exif()
    if exif_rotate:
        img = img.transpose(Image.Transpose.ROTATE_90)  # stored sideways, EXIF says turn back
        exif[0x0112] = 6
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88, exif=exif.tobytes())
    path.write_bytes(buf.getvalue())


def _signature_png(path: Path) -> None:
    """A handwritten-looking signature on a transparent background."""
    import math

    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    points = [
        (40 + x * 5, 110 + 45 * math.sin(x / 6.0) * math.exp(-x / 160) - x * 0.15)
        for x in range(0, 105)
    ]
    draw.line(points, fill=(20, 30, 120, 255), width=7, joint="curve")
    draw.line([(70, 150), (560, 135)], fill=(20, 30, 120, 255), width=5)
    img.save(path)


def _signed_cer(path: Path, signed_on: dt.date) -> None:
    """A stand-in for the applicant's signed CER: our own French text (the official
    form is not shipped), signed with a drawn signature through the product's stamp."""
    import tempfile

    from desktop.letters import stamp_signature

    with tempfile.TemporaryDirectory(prefix="ds-demo-") as tmp:
        blank = Path(tmp) / "cer.pdf"
        _pdf(
            blank,
            "Contrat d'engagement à respecter les principes de la République",
            [
                "Exemplaire de démonstration : ce n'est pas le formulaire officiel, qui se",
                "télécharge sur le site du ministère de l'Intérieur (CESEDA Annexe 12).",
                "Je m'engage à respecter les principes de la République : la liberté",
                "personnelle, la liberté d'expression et de conscience, l'égalité entre",
                "les femmes et les hommes, la dignité de la personne humaine, la devise",
                "et les symboles de la République, l'intégrité territoriale et la laïcité.",
            ],
        )
        signature = Path(tmp) / "signature.png"
        _signature_png(signature)
        stamp_signature(blank, signature, 1, (330, 150), "Lyon", signed_on, path)


def write_demo(out: Path, today: dt.date) -> Path:
    """Write the demo dossier into ``out`` and return the dossier file's path."""
    out.mkdir(parents=True, exist_ok=True)
    docs = out / "documents"
    docs.mkdir(exist_ok=True)
    birth = dt.date(1998, 4, 12)
    passport_expiry = add_months(today, 12 * 6)
    permit_expiry = today + dt.timedelta(days=95)
    bill_date = today - dt.timedelta(days=20)
    l1, l2 = make_td3(DEMO_SURNAME, DEMO_GIVEN, "75DM12345", "RUS", birth, "F", passport_expiry)
    _photo(
        docs / "passeport.jpg",
        "PASSEPORT / PASSPORT  (SPECIMEN)",
        [
            f"Nom : {DEMO_SURNAME}",
            f"Prénom : {DEMO_GIVEN}",
            f"Né(e) le : {birth:%d.%m.%Y}",
            f"Expire le : {passport_expiry:%d.%m.%Y}",
            l1,
            l2,
        ],
        exif_rotate=True,
    )
    _photo(
        docs / "titre-de-sejour.jpg",
        "TITRE DE SÉJOUR (SPECIMEN) – ÉTUDIANT",
        [f"{DEMO_SURNAME} {DEMO_GIVEN}", f"Valable jusqu'au {permit_expiry:%d.%m.%Y}"],
    )
    _pdf(
        docs / "facture-electricite.pdf",
        "Facture d'électricité (fictive)",
        [
            f"Titulaire : Mme {DEMO_GIVEN} {DEMO_SURNAME}",
            "12 rue des Lilas, 69003 Lyon",
            f"Date de facture : {bill_date:%d/%m/%Y}",
            "Montant : 48,20 €",
        ],
    )
    _pdf(
        docs / "certificat-scolarite.pdf",
        "Certificat de scolarité (fictif)",
        [
            "Université de démonstration",
            f"Mme {DEMO_GIVEN} {DEMO_SURNAME} est inscrite en Master 2",
            f"pour l'année universitaire {today.year}-{today.year + 1}.",
        ],
        stamp="SCOLARITÉ",
    )
    _pdf(
        docs / "releves-bancaires.pdf",
        "Relevé de compte (fictif)",
        [
            f"Titulaire : {DEMO_GIVEN} {DEMO_SURNAME}",
            "Solde : 7 420,00 €",
            "Virements : 700 € / mois",
        ],
    )
    _pdf(
        docs / "releve-de-notes.pdf",
        "Relevé de notes (fictif)",
        ["Master 1 – moyenne générale : 14,2 / 20", "Admise"],
        stamp="JURY",
    )
    _signed_cer(docs / "cer-signe.pdf", today - dt.timedelta(days=2))
    data = {
        "schema_version": SCHEMA_VERSION,
        "situation": "etudiant-renouvellement",
        "filing_date": today,
        "prefecture": "Préfecture du Rhône",
        "applicant": {
            "surname": DEMO_SURNAME,
            "given_names": DEMO_GIVEN,
            "surname_native": "ИВАНОВА",
            "given_names_native": "Анна",
            "sex": "F",
            "birth_date": birth,
            "birth_place": "Novossibirsk (Russie)",
            "nationality": "RUS",
            "numero_etranger": "6903123456",
            "email": "anna.demo@example.invalid",
            "phone": "06 00 00 00 00",
            "marital_status": "single",
            "foreign_documents": False,
            "first_of_kind": True,
        },
        "current_permit": {
            "kind": "Carte de séjour temporaire « étudiant »",
            "expires_on": permit_expiry,
        },
        "address": {
            "kind": "own",
            "line1": "12 rue des Lilas",
            "postcode": "69003",
            "city": "Lyon",
        },
        "ephoto": {"code": "DEMO7K2Q9X4M1B8N3P6R5T", "taken_on": today - dt.timedelta(days=10)},
        "cer": {"signed_on": today - dt.timedelta(days=2)},
        "pieces": {
            "passport": {
                "files": ["documents/passeport.jpg"],
                "expires_on": passport_expiry,
                "mrz": [l1, l2],
            },
            "current_permit": {
                "files": ["documents/titre-de-sejour.jpg"],
                "expires_on": permit_expiry,
            },
            "proof_of_address": {
                "files": ["documents/facture-electricite.pdf"],
                "issued_on": bill_date,
            },
            "enrolment_certificate": {
                "files": ["documents/certificat-scolarite.pdf"],
                "issued_on": today - dt.timedelta(days=30),
            },
            "resources_proof": {"files": ["documents/releves-bancaires.pdf"]},
            "grades": {"files": ["documents/releve-de-notes.pdf"]},
            "cer": {"files": ["documents/cer-signe.pdf"]},
        },
    }
    dossier = Dossier(data=data)
    return dossier.save(out / "dossier.toml")

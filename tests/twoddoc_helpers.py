"""Make 2D-Docs for tests: a throwaway CA and signer (as an ANTS-listed CA would
issue), signed codes, and pictures of them (clean, in a PDF, as a phone photo)."""

from __future__ import annotations

import datetime as dt
import io
import random
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PIL import Image, ImageDraw, ImageFilter

from desktop.intake import twoddoc

GS, US = twoddoc.GS, twoddoc.US


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def make_trust(
    ca_id: str = "FR99", cert_id: str = "0001", curve: ec.EllipticCurve | None = None
) -> tuple[twoddoc.TrustSet, Any]:
    """A trust set holding one test CA and one signer; returns it and the signer's key."""
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP384R1())
    ca_name = _name(ca_id, "Autorité de test")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA384())
    )
    key = ec.generate_private_key(curve or ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(cert_id, "Fournisseur d'énergie de test"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1000))
        .sign(ca_key, hashes.SHA384())
    )
    trust = twoddoc.TrustSet()
    trust.cas[ca_id] = ca
    trust.ca_names[ca_id] = "Autorité de test"
    twoddoc.add_signer(trust, leaf)
    return trust, key


def days(d: dt.date) -> str:
    return f"{(d - twoddoc.EPOCH).days:04X}"


def invoice(
    key: Any,
    *,
    issued: dt.date = dt.date(2026, 11, 2),
    name: str = "MME/DIALLO/AMINATA",
    street: str = "12 RUE DES LILAS",
    postcode: str = "75011",
    city: str = "PARIS",
    ca_id: str = "FR99",
    cert_id: str = "0001",
) -> str:
    """A signed type-01 invoice 2D-Doc (header v04)."""
    header = f"DC04{ca_id}{cert_id}{days(issued)}{days(issued)}0101FR"
    message = f"26FR24{postcode}10{name}{GS}22{street}{GS}25{city}{GS}18F-2026-00042{GS}1D84,20{GS}"
    return twoddoc.sign(header + message, key)


def code_image(content: str, scale: int = 4) -> Image.Image:
    import zxingcpp

    barcode = zxingcpp.create_barcode(content, zxingcpp.BarcodeFormat.DataMatrix)
    return Image.fromarray(__import__("numpy").asarray(barcode.to_image(scale=scale)))


def page_with_code(content: str, size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    """An A4 page at 150 dpi: some text lines and the code at the top right."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    for y in range(400, 1500, 40):
        draw.rectangle((120, y, 120 + (y * 7) % 800 + 200, y + 12), fill=60)
    code = code_image(content, scale=3)
    page.paste(code, (size[0] - code.width - 100, 100))
    return page


def pdf_with_code(content: str) -> bytes:
    """A one-page PDF whose page carries the code as a picture (like a supplier's PDF)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(72, 760, "Facture d'électricité")
    img = code_image(content, scale=4)
    c.drawImage(ImageReader(img), 400, 680, width=110, height=110)
    c.showPage()
    c.save()
    return buf.getvalue()


def phone_photo(page: Image.Image, *, angle: float = 8.0, seed: int = 1) -> Image.Image:
    """The page as a phone would take it: tilted, slightly blurred, uneven light,
    sensor noise and JPEG compression."""
    rnd = random.Random(seed)
    img = page.convert("L").rotate(angle, expand=True, fillcolor=90, resample=Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    # Uneven light: a gradient from the left.
    grad = Image.linear_gradient("L").rotate(90).resize(img.size)
    img = Image.blend(img, Image.new("L", img.size, 0), 0.0)
    img = Image.composite(img, Image.eval(img, lambda v: int(v * 0.7)), grad)
    noise = Image.effect_noise(img.size, 18)
    img = Image.blend(img, noise, 0.08)
    del rnd
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return Image.open(io.BytesIO(buf.getvalue()))

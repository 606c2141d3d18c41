"""Synthetic passport data pages (TD3) and identity cards (TD1) with a known MRZ,
rendered with the shipped OCR-B font, as clean scans and as phone photos (tilt,
blur, glare, uneven light, sensor noise, JPEG)."""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from desktop.core.identifiers import mrz_check_digit
from desktop.paths import FONTS_DIR

SURNAMES = [
    "DIALLO",
    "NGUYEN",
    "BENALI",
    "OKAFOR",
    "IVANOVA",
    "KOVALENKO",
    "ZHANG",
    "SILVA",
    "HADDAD",
    "OUEDRAOGO",
    "MBAPPE",
    "ERIKSSON",
    "DE LA CRUZ",
    "BOUAZIZ",
    "SCHMIDT",
    "TRAORE",
    "AL RASHID",
    "PETROV",
    "OBI",
    "QUISPE",
]
GIVEN = [
    "AMINATA",
    "MOHAMED",
    "OLENA",
    "WEI",
    "JOAO PEDRO",
    "FATOU",
    "IBRAHIM",
    "SOFIA",
    "YOUSSEF",
    "ANH",
    "KWAME",
    "MARIA JOSE",
    "BOGDAN",
    "LEILA",
    "ZOE",
    "OUSMANE",
    "XIAO LING",
    "IGOR",
    "BINTOU",
    "SEBASTIAN",
]
COUNTRIES = [
    "SEN",
    "VNM",
    "DZA",
    "NGA",
    "RUS",
    "UKR",
    "CHN",
    "BRA",
    "LBN",
    "BFA",
    "CMR",
    "SWE",
    "PHL",
    "TUN",
    "DEU",
    "MLI",
    "SAU",
    "BEN",
    "PER",
    "D<<",
]
FIELDS = (
    "document_code",
    "issuing_country",
    "surname",
    "given_names",
    "document_number",
    "nationality",
    "birth_date",
    "sex",
    "expiry_date",
)


@dataclass
class Sample:
    lines: list[str]
    truth: dict[str, object]
    image: Image.Image


def _name_field(surname: str, given: str, width: int) -> str:
    text = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    return (text + "<" * width)[:width]


def _docnum(rnd: random.Random) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ018OIBS25"
    return "".join(rnd.choice(alphabet) for _ in range(9))


def td3(rnd: random.Random, today: dt.date) -> tuple[list[str], dict[str, object]]:
    surname, given = rnd.choice(SURNAMES), rnd.choice(GIVEN)
    country = rnd.choice(COUNTRIES)
    number = _docnum(rnd)
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randrange(0, 20000))
    expiry = today + dt.timedelta(days=rnd.randrange(-300, 3600))
    sex = rnd.choice("MF")
    personal = "" if rnd.random() < 0.6 else "".join(rnd.choice("0123456789") for _ in range(10))
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    pers = (personal + "<" * 14)[:14]
    pcheck = mrz_check_digit(pers) if personal else "<"
    l1 = "P<" + country + _name_field(surname, given, 39)
    l2 = number + mrz_check_digit(number) + country + b + mrz_check_digit(b) + sex
    l2 += e + mrz_check_digit(e) + pers + pcheck
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_check_digit(comp)
    truth = {
        "document_code": "P",
        "issuing_country": country.replace("<", ""),
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": country.replace("<", ""),
        "birth_date": birth.isoformat(),
        "sex": sex,
        "expiry_date": expiry.isoformat(),
    }
    return [l1, l2], truth


def td1(rnd: random.Random, today: dt.date) -> tuple[list[str], dict[str, object]]:
    surname, given = rnd.choice(SURNAMES), rnd.choice(GIVEN)
    country = rnd.choice(COUNTRIES)
    number = _docnum(rnd)
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randrange(0, 20000))
    expiry = today + dt.timedelta(days=rnd.randrange(-300, 3600))
    sex = rnd.choice("MF")
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    l1 = ("ID" + "FRA" + number + mrz_check_digit(number) + "<" * 15)[:30]
    l2 = b + mrz_check_digit(b) + sex + e + mrz_check_digit(e) + country + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check_digit(comp)
    l3 = _name_field(surname, given, 30)
    truth = {
        "document_code": "ID",
        "issuing_country": "FRA",
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": country.replace("<", ""),
        "birth_date": birth.isoformat(),
        "sex": sex,
        "expiry_date": expiry.isoformat(),
    }
    return [l1, l2, l3], truth


def render(lines: list[str], dpi: int = 300) -> Image.Image:
    """A data page (125 × 88 mm) or a card (85.6 × 54 mm) at ``dpi``, MRZ at the bottom
    with ICAO's 2.54 mm pitch."""
    td3_page = len(lines) == 2
    mm = dpi / 25.4
    w, h = (round(125 * mm), round(88 * mm)) if td3_page else (round(85.6 * mm), round(54 * mm))
    page = Image.new("L", (w, h), 236)
    draw = ImageDraw.Draw(page)
    for y in range(0, h, max(4, round(1.5 * mm))):  # guilloche-like background
        draw.line((0, y, w, y + round(6 * mm)), fill=222, width=1)
    label = ImageFont.truetype(str(FONTS_DIR / "NotoSans-Regular.ttf"), max(8, round(2.6 * mm)))
    if td3_page:  # the data page: photo and printed fields above the zone
        draw.rectangle((round(4 * mm), round(8 * mm), round(34 * mm), round(46 * mm)), fill=150)
        for i, text in enumerate(
            (
                "Nom / Surname",
                "Prénoms / Given names",
                "Nationalité",
                "Date de naissance",
                "Sexe",
                "Date d'expiration",
            )
        ):
            draw.text((round(40 * mm), round((8 + i * 6) * mm)), text, font=label, fill=70)
    else:  # the back of a card: a few printed lines above the zone
        for i, text in enumerate(("Adresse / Address", "Date de délivrance", "Autorité")):
            draw.text((round(5 * mm), round((5 + i * 5) * mm)), text, font=label, fill=70)
    pitch = 2.54 * mm
    font = ImageFont.truetype(str(FONTS_DIR / "OCRB.otf"), 100)
    size = round(100 * pitch / font.getlength("H"))
    font = ImageFont.truetype(str(FONTS_DIR / "OCRB.otf"), size)
    left = (w - pitch * len(lines[0])) / 2
    line_gap = 4.3 * mm
    base = h - round(3 * mm) - line_gap * len(lines)
    for i, line in enumerate(lines):
        draw.text((left, base + i * line_gap), line, font=font, fill=20)
    return page


def photo(page: Image.Image, rnd: random.Random) -> Image.Image:
    """The page as a phone photo: on a table, tilted, blurred, glare, noise, JPEG."""
    pad = round(page.width * 0.15)
    canvas = Image.new("L", (page.width + 2 * pad, page.height + 2 * pad), rnd.randrange(60, 120))
    canvas.paste(page, (pad, pad))
    img = canvas.rotate(
        rnd.uniform(-7, 7), resample=Image.Resampling.BICUBIC, fillcolor=rnd.randrange(60, 120)
    )
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.5, 1.5)))
    # Glare: a bright soft spot somewhere on the page.
    glare = Image.new("L", img.size, 0)
    gx, gy = rnd.randrange(img.width), rnd.randrange(img.height)
    r = rnd.randrange(img.width // 10, img.width // 4)
    ImageDraw.Draw(glare).ellipse(
        (gx - r, gy - r // 2, gx + r, gy + r // 2), fill=rnd.randrange(60, 120)
    )
    glare = glare.filter(ImageFilter.GaussianBlur(r / 3))
    img = Image.composite(Image.new("L", img.size, 255), img, glare)
    # Uneven light across the picture.
    grad = Image.linear_gradient("L").rotate(rnd.choice((0, 90, 180, 270))).resize(img.size)
    img = Image.composite(img, Image.eval(img, lambda v: int(v * 0.75)), grad)
    img = Image.blend(img, Image.effect_noise(img.size, 25), 0.07)
    scale = rnd.uniform(0.75, 1.1)
    img = img.resize(
        (round(img.width * scale), round(img.height * scale)), Image.Resampling.BILINEAR
    )
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rnd.randrange(55, 85))
    return Image.open(io.BytesIO(buf.getvalue()))


def corpus(
    n: int, seed: int = 7, today: dt.date = dt.date(2026, 12, 6)
) -> list[tuple[str, Sample]]:
    """``n`` documents, each as a clean scan and as a photo: (kind, sample) pairs."""
    rnd = random.Random(seed)
    out: list[tuple[str, Sample]] = []
    for i in range(n):
        lines, truth = (td1 if i % 4 == 3 else td3)(rnd, today)
        page = render(lines, dpi=rnd.choice((200, 300)))
        out.append(("scan", Sample(lines, truth, page)))
        out.append(("photo", Sample(lines, truth, photo(page, rnd))))
    return out

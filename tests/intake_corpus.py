"""A corpus of awkward files for the intake tests, generated on the spot.

Nothing here is personal data: text pages are made of random French words
from a fixed list with a fixed seed. ``build(directory)`` writes every case
and returns ``{case name: path}``; the individual makers can be used alone.

Run standalone to look at the files: ``.venv/bin/python tests/intake_corpus.py OUTDIR``.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

WORDS = (
    "attestation de domicile facture électricité préfecture titre séjour demande "
    "justificatif contrat bail quittance loyer mois montant total adresse rue avenue "
    "numéro client période consommation référence échéance paiement"
).split()

A4_AT = {dpi: (round(8.27 * dpi), round(11.69 * dpi)) for dpi in (50, 72, 100, 150, 200, 300)}


def text_page(
    dpi: int = 150, *, seed: int = 1, mode: str = "L", colour_stamp: bool = False
) -> Image.Image:
    """An A4 page of 10-pt-ish text at ``dpi``, dark on light paper."""
    rng = random.Random(seed)
    w, h = A4_AT.get(dpi, (round(8.27 * dpi), round(11.69 * dpi)))
    img = Image.new("RGB", (w, h), (248, 248, 246))
    draw = ImageDraw.Draw(img)
    size = max(6, round(11 * dpi / 72))
    font = ImageFont.load_default(size=size)
    margin, y, line_h = round(0.8 * dpi), round(1.0 * dpi), round(size * 1.35)
    while y < h - dpi:
        line: list[str] = []
        while True:
            word = rng.choice(WORDS)
            if draw.textlength(" ".join([*line, word]), font=font) > w - 2 * margin:
                break
            line.append(word)
        draw.text((margin, y), " ".join(line), fill=(25, 25, 30), font=font)
        y += line_h
        if rng.random() < 0.08:
            y += line_h  # paragraph break
    if colour_stamp:
        r = round(0.6 * dpi)
        draw.ellipse(
            (w - 3 * r, h - 3 * r, w - r, h - r), outline=(30, 60, 200), width=max(2, r // 8)
        )
    return img.convert(mode) if mode != "RGB" else img


def _save(img: Image.Image, path: Path, fmt: str, **kw: object) -> Path:
    img.save(path, fmt, **kw)
    return path


def exif_rotated_jpeg(path: Path, orientation: int) -> Path:
    """Pixels stored turned, EXIF orientation saying how to show them upright."""
    upright = text_page(100, seed=orientation, mode="RGB")
    stored = {
        3: upright.transpose(Image.Transpose.ROTATE_180),
        6: upright.transpose(Image.Transpose.ROTATE_90),
        8: upright.transpose(Image.Transpose.ROTATE_270),
    }[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _save(stored, path, "JPEG", quality=88, exif=exif.tobytes())


def _zeros_zlib(total: int, block: int = 1 << 20) -> bytes:
    """zlib stream of ``total`` zero bytes without compressing them all.

    After a full flush deflate forgets its history, so one compressed block of
    zeros can be repeated; the Adler-32 of n zeros is (n mod 65521) << 16 | 1.
    """
    comp = zlib.compressobj(9)
    first = comp.compress(b"\x00" * block) + comp.flush(zlib.Z_FULL_FLUSH)
    header, segment = first[:2], first[2:]
    again = comp.compress(b"\x00" * block) + comp.flush(zlib.Z_FULL_FLUSH)
    assert again == segment
    count, rest = divmod(total, block)
    tail_data = b""
    if rest:
        tail = zlib.compressobj(9)
        tail_data = (tail.compress(bytes(rest)) + tail.flush(zlib.Z_FULL_FLUSH))[2:]
    adler = ((total % 65521) << 16) | 1
    return header + segment * count + tail_data + b"\x03\x00" + struct.pack(">I", adler)


def png_bomb(path: Path, side: int = 40_000) -> Path:
    """A valid ``side`` × ``side`` grey PNG of zeros: 1.6 GB decoded, ~1.6 MB on disk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    idat = _zeros_zlib(side * (side + 1))  # each row: filter byte 0 + pixels
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )
    return path


def pdf_text(
    path: Path, *, pages: int = 1, angle: int = 0, rotate: int = 0, blank: tuple[int, ...] = ()
) -> Path:
    """A vector-text A4 PDF; ``angle`` turns the text, ``rotate`` sets /Rotate."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    rng = random.Random(7)
    for number in range(1, pages + 1):
        if number not in blank:
            c.saveState()
            c.translate(A4[0] / 2, A4[1] / 2)
            c.rotate(angle)
            c.setFont("Helvetica", 11)
            for i in range(28):
                words = " ".join(rng.choice(WORDS) for _ in range(8))
                c.drawString(-230, 300 - i * 18, f"{number}.{i} {words}")
            c.restoreState()
        c.showPage()
    c.save()
    data = buf.getvalue()
    if rotate:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for page in writer.pages:
            page.rotate(rotate)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path.write_bytes(data)
    return path


def pdf_scan(path: Path, dpi: int, *, blur: float = 0.0, pages: int = 1) -> Path:
    """An image-only PDF (a scan) of A4 pages at ``dpi``."""
    imgs = []
    for n in range(pages):
        img = text_page(dpi, seed=10 + n)
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        imgs.append(img)
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    return path


def pdf_encrypted(path: Path, *, user: str, owner: str = "proprietaire") -> Path:
    from pypdf import PdfReader, PdfWriter

    src = pdf_text(path.with_suffix(".plain.pdf"))
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(
        user_password=user, owner_password=owner, algorithm="AES-256", permissions_flag=0
    )
    with path.open("wb") as fh:
        writer.write(fh)
    src.unlink()
    return path


JS_MARK = "app.alert('intake-test-js')"


def pdf_active(path: Path) -> Path:
    """JavaScript (names tree + OpenAction + page /AA + link), a filled form, an attachment."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 12)
    for i in range(20):
        c.drawString(
            60, 780 - i * 18, f"Formulaire de test, ligne {i} " + " ".join(WORDS[i : i + 6])
        )
    c.acroForm.textfield(
        name="nom", value="VALEUR-DU-CHAMP", x=60, y=300, width=250, height=24, borderWidth=1
    )
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    js = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(JS_MARK)}
    )
    names_js = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("js1"), writer._add_object(js)])}
    )
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): writer._add_object(names_js)}
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(js)
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(js)})
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (60, 100, 200, 120)]),
            NameObject("/A"): writer._add_object(js),
        }
    )
    uri = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (60, 140, 200, 160)]),
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/URI"),
                    NameObject("/URI"): TextStringObject("https://www.service-public.fr/"),
                }
            ),
        }
    )
    annots = page.get("/Annots")
    arr = annots.get_object() if annots is not None else ArrayObject()
    arr.append(writer._add_object(link))
    arr.append(writer._add_object(uri))
    page[NameObject("/Annots")] = arr
    writer.add_attachment("piece-jointe.txt", b"ATTACHED-PAYLOAD")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def office_zip(path: Path, kind: str) -> Path:
    """Realistic-looking docx / xlsx / pptx / odt / ods containers."""
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if kind in ("odt", "ods"):
            mt = "application/vnd.oasis.opendocument." + (
                "text" if kind == "odt" else "spreadsheet"
            )
            zf.writestr(zipfile.ZipInfo("mimetype"), mt, compress_type=zipfile.ZIP_STORED)
            zf.writestr("content.xml", "<office:document-content/>")
            zf.writestr("styles.xml", "<office:document-styles/>")
            zf.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
            return path
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", "<Relationships/>")
        zf.writestr("docProps/core.xml", "<cp:coreProperties/>")
        zf.writestr("docProps/app.xml", "<Properties/>")
        if kind == "docx":
            zf.writestr("word/document.xml", "<w:document><w:body><w:p/></w:body></w:document>")
            zf.writestr("word/styles.xml", "<w:styles/>")
        elif kind == "xlsx":
            zf.writestr("xl/workbook.xml", "<workbook/>")
            zf.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
        elif kind == "pptx":
            zf.writestr("ppt/presentation.xml", "<p:presentation/>")
    return path


def ole_doc(path: Path) -> Path:
    """The start of an old binary Word file: OLE header + directory entry name."""
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    )
    header = header.ljust(512, b"\xff")
    entry = "Root Entry".encode("utf-16-le").ljust(128, b"\x00")
    entry += "WordDocument".encode("utf-16-le").ljust(128, b"\x00")
    path.write_bytes(header + entry + b"\x00" * 3584)
    return path


def build(directory: Path) -> dict[str, Path]:
    """Write the whole corpus (except the bomb, see ``png_bomb``); ~3 s."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}

    def add(name: str, maker: Callable[[Path], Path], filename: str) -> None:
        out[name] = maker(d / filename)

    page = text_page(150, mode="RGB", colour_stamp=True)
    add("jpeg", lambda p: _save(page, p, "JPEG", quality=90), "facture.jpg")
    add("png", lambda p: _save(page, p, "PNG"), "facture.png")
    add("webp", lambda p: _save(page, p, "WEBP", quality=85), "facture.webp")
    add(
        "gif",
        lambda p: _save(page.convert("P", palette=Image.Palette.ADAPTIVE), p, "GIF"),
        "facture.gif",
    )
    add("bmp", lambda p: _save(page.convert("L"), p, "BMP"), "facture.bmp")
    add("cmyk_jpeg", lambda p: _save(page.convert("CMYK"), p, "JPEG", quality=90), "cmyk.jpg")
    grey = text_page(150)
    add(
        "png16",
        lambda p: _save(grey.convert("I").point(lambda v: v * 257).convert("I;16"), p, "PNG"),
        "seize_bits.png",
    )
    rgba = Image.new("RGBA", grey.size, (0, 0, 0, 0))
    rgba.putalpha(grey.point(lambda v: 255 - v))  # black text, transparent paper
    add("png_transparent", lambda p: _save(rgba, p, "PNG"), "transparent.png")
    tiff_pages = [text_page(150, seed=s) for s in (21, 22, 23)]
    add(
        "tiff_multipage",
        lambda p: _save(
            tiff_pages[0],
            p,
            "TIFF",
            save_all=True,
            append_images=tiff_pages[1:],
            compression="tiff_deflate",
            dpi=(150, 150),
        ),
        "scan_3_pages.tiff",
    )
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
        add("heic", lambda p: _save(page, p, "HEIF", quality=80), "IMG_0001.HEIC")
    except ImportError:  # pragma: no cover
        pass
    for o in (3, 6, 8):
        add(f"exif_{o}", lambda p, o=o: exif_rotated_jpeg(p, o), f"photo_orientation_{o}.jpg")
    add("jpeg_named_pdf", lambda p: _save(page, p, "JPEG", quality=85), "passeport.pdf")
    add("pdf_named_jpg", lambda p: pdf_text(p), "avis_impot.jpg")
    odd = {
        "name_spaces": "scan  du  passeport (copie) .jpg",
        "name_accents": "Relevé d'identité bancaire – été 2026.jpg",
        "name_arabic": "جواز السفر.jpg",
        "name_long": ("document-très-long-" * 12)[:200] + ".jpg",
    }
    for key, filename in odd.items():
        add(key, lambda p: _save(page, p, "JPEG", quality=80), filename)
    add("empty", lambda p: (p.write_bytes(b""), p)[1], "vide.pdf")
    add("pdf", lambda p: pdf_text(p), "attestation.pdf")
    add("pdf_multipage_blank", lambda p: pdf_text(p, pages=3, blank=(2,)), "trois_pages.pdf")
    full = pdf_text(d / "_full.pdf", pages=2).read_bytes()
    add("truncated_pdf", lambda p: (p.write_bytes(full[: len(full) // 2]), p)[1], "coupe.pdf")
    jpg = (d / "facture.jpg").read_bytes()
    add("truncated_jpeg", lambda p: (p.write_bytes(jpg[: len(jpg) * 6 // 10]), p)[1], "coupe.jpg")
    add("pdf_user_password", lambda p: pdf_encrypted(p, user="secret"), "protege.pdf")
    add("pdf_owner_only", lambda p: pdf_encrypted(p, user=""), "restreint.pdf")
    add("pdf_active", pdf_active, "formulaire_actif.pdf")
    for k in ("docx", "xlsx", "pptx", "odt", "ods"):
        add(k, lambda p, k=k: office_zip(p, k), f"document.{k}")
    add("docx_named_pdf", lambda p: office_zip(p, "docx"), "lettre.pdf")
    add("doc", ole_doc, "ancien.doc")

    def zip_archive(p: Path) -> Path:
        with zipfile.ZipFile(p, "w") as zf:
            zf.write(d / "attestation.pdf", "attestation.pdf")
        return p

    add("zip", zip_archive, "pieces.zip")
    add("gzip", lambda p: (p.write_bytes(_gzip(b"tar payload")), p)[1], "pieces.tar.gz")
    add(
        "text",
        lambda p: (p.write_text("Nom : test\nAdresse : 1 rue de test\n", encoding="utf-8"), p)[1],
        "notes.txt",
    )
    add(
        "text_named_pdf",
        lambda p: (p.write_text("<html><body>page</body></html>\n"), p)[1],
        "page.pdf",
    )
    rnd = random.Random(3).randbytes(20_000)
    add("unknown", lambda p: (p.write_bytes(b"\x00\x01\x02\x03" + rnd), p)[1], "inconnu.bin")
    add(
        "blank_jpeg",
        lambda p: _save(Image.new("RGB", A4_AT[150], (250, 250, 250)), p, "JPEG"),
        "blanc.jpg",
    )
    add(
        "black_jpeg",
        lambda p: _save(Image.new("RGB", A4_AT[150], (3, 3, 3)), p, "JPEG"),
        "noir.jpg",
    )
    add("blank_pdf", lambda p: pdf_text(p, pages=1, blank=(1,)), "page_blanche.pdf")
    add(
        "blurred",
        lambda p: _save(text_page(150).filter(ImageFilter.GaussianBlur(4)), p, "JPEG", quality=90),
        "flou.jpg",
    )
    add(
        "soft",
        lambda p: _save(text_page(150).filter(ImageFilter.GaussianBlur(2)), p, "JPEG", quality=90),
        "un_peu_flou.jpg",
    )
    add("low_res", lambda p: _save(text_page(72), p, "PNG"), "basse_resolution.png")
    add("very_low_res", lambda p: _save(text_page(50), p, "PNG"), "tres_basse_resolution.png")
    add(
        "sideways_jpeg",
        lambda p: _save(text_page(150).transpose(Image.Transpose.ROTATE_90), p, "JPEG"),
        "couche.jpg",
    )
    add("pdf_scan", lambda p: pdf_scan(p, 200), "scan_200.pdf")
    add("pdf_scan_low", lambda p: pdf_scan(p, 72), "scan_72.pdf")
    add("pdf_scan_blurred", lambda p: pdf_scan(p, 150, blur=4), "scan_flou.pdf")
    add("pdf_upside_down", lambda p: pdf_text(p, angle=180), "a_l_envers.pdf")
    add("pdf_rotate_90", lambda p: pdf_text(p, rotate=90), "rotate_90.pdf")
    add("pdf_rotated_fixed", lambda p: pdf_text(p, angle=90, rotate=90), "tourne_corrige.pdf")
    (d / "_full.pdf").unlink()
    return out


def _gzip(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data, mtime=0)


_BUILT: dict[str, dict[str, Path]] = {}


def cached_build(directory: Path) -> dict[str, Path]:
    """``build`` once per test session, shared by the intake test modules."""
    if "corpus" not in _BUILT:
        _BUILT["corpus"] = build(directory)
    return _BUILT["corpus"]


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "intake-corpus")
    for name, path in build(target).items():
        print(f"{name:22} {path.name}")

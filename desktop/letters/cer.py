"""The Contrat d'engagement à respecter les principes de la République (CER).

The product cannot ship the official form's text.  It explains the contract
and its seven principles in the interface language (message data in
``letters.toml``), says where the official French form is obtained, and checks
the applicant's signed copy as far as a machine can:

- French version: the PDF's text layer holds French keywords of the contract.
  A photo or a scan without text cannot be verified: a warning says so.
- Signed: ink that is not text (an image, a drawn path, a scan's pen strokes) in
  the bottom part of the last page, rendered with pypdfium2.
- Dated for this application: a date written after "Fait à … le" / "Date" in the
  text, else the dossier's ``cer.signed_on``, checked against the filing date
  with the catalog's ``rules.cer`` (in force from, maximum age in days).

API::

    cer_info(lang) -> dict        # title, what, principles[7], where, how, exempt, slot
    check_cer(path, dossier, today) -> list[Problem]
    file_cer(dossier, path) -> str   # adds the file to the "cer" piece; returns the slot
    sign_cer_copy(path, signature_png, place, date, out) -> Stamped
        # the drawn signature and "Fait à …, le …" under the last page's "Signature"
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

from desktop.core.calendar import filing_day
from desktop.core.catalog import default_catalog
from desktop.core.dossier import Dossier
from desktop.core.messages import Problem, t
from desktop.errors import UserError
from desktop.letters.typography import MONTHS, fr_date

PRINCIPLES = 7
FRENCH_KEYWORDS = (
    "contrat d'engagement",
    "principes de la republique",
    "liberte",
    "egalite",
    "fraternite",
    "laicite",
    "dignite",
    "je m'engage",
    "integrite territoriale",
    "devise",
    "symboles de la republique",
    "femmes et les hommes",
)
MIN_KEYWORDS = 3
MIN_TEXT_CHARS = 80
BOTTOM_FRACTION = 0.40  # the signature area: the bottom part of the last page
RENDER_SCALE = 100 / 72  # 100 dpi
INK_LEVEL = 140  # grey level below which a pixel is ink
MIN_INK_PIXELS = 120
MIN_INK_RATIO = 0.0015
RULE_FRACTION = 0.15  # a straight run this long (share of the width) is a form line


def _plain(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def cer_info(lang: str) -> dict[str, Any]:
    """What the CER is and how to get and sign it, in the interface language."""
    piece = default_catalog().pieces.get("cer")
    return {
        "title": t("letters.cer.title", lang),
        "what": t("letters.cer.what", lang),
        "principles": [t(f"letters.cer.principle_{i}", lang) for i in range(1, PRINCIPLES + 1)],
        "where": t("letters.cer.where", lang),
        "how": t("letters.cer.how", lang),
        "exempt": t("letters.cer.exempt", lang),
        "slot": piece.anef_slot.get(lang) or piece.anef_slot.get("fr", "") if piece else "",
    }


def file_cer(dossier: Dossier, path: str | Path) -> str:
    """File the applicant's copy under the ``cer`` piece; returns the ANEF slot (French)."""
    p = Path(path)
    try:
        rel = str(p.resolve().relative_to(dossier.base_dir.resolve()))
    except ValueError:
        rel = str(p.resolve())
    dossier.add_file("cer", rel)
    piece = default_catalog().pieces.get("cer")
    return piece.anef_slot.get("fr", "") if piece else ""


# ----- reading the copy ------------------------------------------------------------


def _kind(path: Path) -> str:
    if not path.is_file():
        raise UserError("cli.file_not_found", file=str(path))
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" in head:
        return "pdf"
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            im.verify()
    except (UnidentifiedImageError, OSError):
        raise UserError("letters.cer_unreadable", file=path.name) from None
    return "image"


def _pdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise UserError("letters.pdf_encrypted", file=path.name)
        return [(pg.extract_text() or "") for pg in reader.pages]
    except UserError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError):
        raise UserError("letters.cer_unreadable", file=path.name) from None


_MONTHS_PLAIN = [_plain(m) for m in MONTHS]
_DATE_RE = re.compile(
    r"(?P<d>\d{1,2})(?:er)?\s*(?:(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    r"|\s+(?P<mn>" + "|".join(_MONTHS_PLAIN) + r")\s+(?P<y2>\d{4}))"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
)


def _parse(m: re.Match[str]) -> dt.date | None:
    try:
        if m.group("iy"):
            return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("mn"):
            month = _MONTHS_PLAIN.index(m.group("mn")) + 1
            return dt.date(int(m.group("y2")), month, int(m.group("d")))
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def signed_date_in_text(text: str) -> dt.date | None:
    """The date written by the signer: the last date that follows "Fait à … le",
    "Fait le" or "Date" within a short distance (printed law dates are ignored)."""
    plain = _plain(text)
    found: list[dt.date] = []
    for anchor in re.finditer(r"fait\s+(?:a|le)\b|\bdate\b", plain):
        window = plain[anchor.end() : anchor.end() + 80]
        m = _DATE_RE.search(window)
        if m:
            d = _parse(m)
            if d:
                found.append(d)
    return found[-1] if found else None


def _ink_outside_text(path: Path, page_index: int) -> tuple[int, float]:
    """Ink pixels (count, ratio) in the bottom part of a page, text objects removed,
    long straight rules (form lines) ignored."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[page_index]
        for obj in list(page.get_objects(max_depth=1)):
            if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                page.remove_obj(obj)
        bitmap = page.render(scale=RENDER_SCALE, grayscale=True)
        img = bitmap.to_pil().convert("L")
    finally:
        pdf.close()
    w, h = img.size
    region = img.crop((0, int(h * (1 - BOTTOM_FRACTION)), w, h))
    return _ink(region)


def _ink(region: Any) -> tuple[int, float]:
    """Ink pixels left once straight rules (long horizontal or vertical runs: form
    lines, boxes) are taken out; a signature is short, curved strokes."""
    rw, rh = region.size
    data = region.tobytes()
    ink = bytearray(1 if v < INK_LEVEL else 0 for v in data)
    rule = bytearray(len(ink))
    min_h, min_v = int(rw * RULE_FRACTION), int(rh * RULE_FRACTION * 2)
    for r in range(rh):
        base, c = r * rw, 0
        while c < rw:
            if ink[base + c]:
                start = c
                while c < rw and ink[base + c]:
                    c += 1
                if c - start >= min_h:
                    rule[base + start : base + c] = b"\x01" * (c - start)
            c += 1
    for c in range(rw):
        r = 0
        while r < rh:
            if ink[r * rw + c]:
                start = r
                while r < rh and ink[r * rw + c]:
                    r += 1
                if r - start >= min_v:
                    for k in range(start, r):
                        rule[k * rw + c] = 1
            r += 1
    count = sum(1 for i, v in enumerate(ink) if v and not rule[i])
    return count, count / max(1, rw * rh)


def check_cer(path: str | Path, dossier: Dossier, today: dt.date) -> list[Problem]:
    """What can be checked about the applicant's CER copy (see module docstring)."""
    p = Path(path)
    kind = _kind(p)
    problems: list[Problem] = []
    name = p.name
    text_date: dt.date | None = None
    if kind == "image":
        problems.append(Problem("letters.cer.photo_unverified", "warning", {"file": name}))
    else:
        pages = _pdf_text(p)
        text = "\n".join(pages)
        plain = _plain(text)
        hits = sum(1 for k in FRENCH_KEYWORDS if k in plain)
        if len(plain.strip()) < MIN_TEXT_CHARS:
            problems.append(Problem("letters.cer.scan_unverified", "warning", {"file": name}))
        elif hits < MIN_KEYWORDS:
            problems.append(Problem("letters.cer.not_french", "error", {"file": name}))
        count, ratio = _ink_outside_text(p, len(pages) - 1)
        if count < MIN_INK_PIXELS or ratio < MIN_INK_RATIO:
            problems.append(
                Problem("letters.cer.no_signature", "error", {"file": name, "page": len(pages)})
            )
        text_date = signed_date_in_text(text)
    problems.extend(_check_date(name, text_date, dossier, today))
    return problems


def _check_date(
    name: str, text_date: dt.date | None, dossier: Dossier, today: dt.date
) -> list[Problem]:
    rule = default_catalog().rule("cer")
    filing = filing_day(dossier.filing_date, today)
    stated = dossier.cer_signed_on
    signed = text_date or stated
    out: list[Problem] = []
    if text_date and stated and text_date != stated:
        out.append(
            Problem(
                "letters.cer.date_mismatch",
                "warning",
                {"file": name, "date": text_date, "stated": stated},
            )
        )
    if signed is None:
        out.append(Problem("letters.cer.undated", "warning", {"file": name}))
        return out
    if signed > max(filing, today):
        out.append(Problem("letters.cer.future", "error", {"file": name, "date": signed}))
    elif signed < rule["in_force_from"] or (filing - signed).days > int(rule["max_age_days"]):
        out.append(
            Problem(
                "letters.cer.too_old",
                "error",
                {"file": name, "date": signed, "days": rule["max_age_days"]},
            )
        )
    return out


SIGN_WIDTH_MM = 50.0
SIGN_GAP = 6.0  # points between the "Signature" label and the stamp
PAGE_MARGIN = 18.0


def signature_place(path: Path) -> tuple[int, tuple[float, float, float, float], float] | None:
    """Where to sign: the page (1-based, searched from the last), the box (left,
    bottom, right, top, in points from the visible page's lower-left corner) of
    its "Signature" label, and the visible page's width. A label is the whole
    word followed by ":" (else the lowest whole word on the page). None for pages
    without text, without the word, or turned (``sign --at`` places it by hand)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        raise UserError("letters.cer_unreadable", file=path.name) from None
    try:
        for index in range(len(pdf) - 1, -1, -1):
            page = pdf[index]
            if int(page.get_rotation()) % 360:
                return None
            text = page.get_textpage()
            search = text.search("signature", match_case=False, match_whole_word=True)
            hits = []
            while (found := search.get_next()) is not None:
                start, count = found
                boxes = [text.get_charbox(i) for i in range(start, start + count)]
                after = text.get_text_range(start + count, 3).strip()
                box = (
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                )
                hits.append((not after.startswith(":"), box[1], box))
            if hits:
                left, bottom, right, top = min(hits)[2]  # a label first, then the lowest
                x0, y0, x1, _y1 = page.get_cropbox()  # pdfium: page space; stamps: visible
                return index + 1, (left - x0, bottom - y0, right - x0, top - y0), x1 - x0
    finally:
        pdf.close()
    return None


def _already_stamped(reader: Any) -> bool:
    """Whether a page already carries the signature this app stamps (sign.STAMP_NAME)."""
    from desktop.letters.sign import STAMP_NAME

    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        if xobjects is not None and any(
            str(k).startswith(STAMP_NAME) for k in xobjects.get_object()
        ):
            return True
    return False


def sign_cer_copy(
    path: str | Path, signature_png: str | Path, place: str, date: dt.date, out: str | Path
) -> Any:
    """A signed copy of the CER ``path`` (never modified): the drawn signature and
    "Fait à {place}, le {date}" under the "Signature" label of its last page that has
    one, or beside it when there is no room below. A PDF without the word (a scan,
    another form), already signed by the app, or where the stamp cannot fit, is a
    ``UserError`` that says what to do instead."""
    from desktop.letters.sign import _load_signature, _read_pdf, stamp_signature, stamp_size

    src = Path(path)
    if _kind(src) != "pdf":
        raise UserError("letters.cer.sign_needs_pdf", file=src.name)
    if _already_stamped(_read_pdf(src)):  # (encrypted or damaged: its own message)
        raise UserError("letters.cer.already_signed", file=src.name)
    found = signature_place(src)
    if found is None:
        raise UserError("letters.cer.no_signature_place", file=src.name)
    page, (left, bottom, right, top), page_w = found
    _w, _h, stamp_w, stamp_h = stamp_size(
        _load_signature(Path(signature_png)),
        SIGN_WIDTH_MM * 72 / 25.4,
        f"Fait à {place.strip()}, le {fr_date(date)}",
    )
    x, y = left, bottom - SIGN_GAP - stamp_h
    if y < PAGE_MARGIN:  # no room under the label: beside it
        x, y = right + SIGN_GAP, top - stamp_h
    x = min(max(PAGE_MARGIN, x), page_w - stamp_w - PAGE_MARGIN)
    if y < PAGE_MARGIN or x < PAGE_MARGIN:
        raise UserError("letters.cer.no_room", file=src.name)
    return stamp_signature(src, signature_png, page, (x, y), place, date, out, SIGN_WIDTH_MM)

"""Opening and inspecting PDFs: structure with pypdf, pixels with pdfium.

- ``open_pdf`` opens (decrypting, or repairing with pikepdf when pypdf gives
  up and pikepdf is installed) and raises ``IntakeError`` with a clear
  problem otherwise: ``truncated``, ``unreadable``, ``pdf_password_required``,
  ``pdf_password_wrong``.
- ``inspect_pdf`` reads every page's box and ``/Rotate`` (cheap) and renders
  the first ``Limits.max_analysed_pages`` pages small and grey for the
  quality checks. Upright/sideways/upside-down comes from the text layer when
  there is one (angles of the characters, exact), else sideways only from
  the text-line profile of the rendered page.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop.core import reader
from desktop.intake import quality
from desktop.intake.bounds import check_bounds
from desktop.intake.limits import A4_INCHES, DEFAULT_LIMITS, Limits
from desktop.intake.report import (
    ERROR,
    WARNING,
    FileReport,
    IntakeError,
    PageInfo,
    problem,
    refusal,
)

#: A PDF whose last bytes hold no ``%%EOF`` was cut short.
EOF_WINDOW = 8192

#: What the sanitiser removes, as reported in ``FileReport.active_content``.
ACTIVE_KINDS = ("javascript", "open_action", "actions", "form", "attachment", "launch", "names")


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence pypdf's warnings about damaged files (they'd reach stderr)."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


@dataclass
class OpenedPdf:
    reader: PdfReader
    data: bytes  # the bytes pdfium should open (repaired copy when repaired)
    encryption: str  # "none" | "owner" (restrictions only) | "user" (password given)
    repaired: bool = False
    password: str | None = None  # for pdfium, when ``data`` is still encrypted


def is_truncated(data: bytes) -> bool:
    return b"%%EOF" not in data[-EOF_WINDOW:]


def open_pdf(
    data: bytes, file_name: str, password: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> OpenedPdf:
    """Open and decrypt a PDF, or raise ``IntakeError`` with the reason. Its cost
    (objects, pages, pictures, decompression) is bounded first (``bounds``)."""
    if is_truncated(data):
        raise IntakeError(problem("truncated", ERROR, file=file_name))
    check_bounds(data, file_name, limits, password)
    repaired = False
    try:
        with quiet():
            reader = PdfReader(io.BytesIO(data), strict=False)
            encrypted = reader.is_encrypted
    except Exception:  # any parser failure: try to repair
        data = _repair(data, file_name, password)
        repaired = True
        with quiet():
            reader = PdfReader(io.BytesIO(data), strict=False)
            encrypted = reader.is_encrypted
    state = "none"
    used_password: str | None = None
    if encrypted:
        state, used_password = _decrypt(reader, file_name, password)
    try:
        with quiet():
            count = len(reader.pages)
    except Exception:
        if repaired:
            raise IntakeError(problem("unreadable", ERROR, file=file_name)) from None
        data = _repair(data, file_name, password)
        return _reopen_repaired(data, file_name)
    if count == 0 and not repaired:
        with contextlib.suppress(IntakeError):
            return _reopen_repaired(_repair(data, file_name, password), file_name)
    return OpenedPdf(reader, data, state, repaired, used_password)


def _reopen_repaired(data: bytes, file_name: str) -> OpenedPdf:
    with quiet():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            len(reader.pages)
        except Exception:
            raise IntakeError(problem("unreadable", ERROR, file=file_name)) from None
    return OpenedPdf(reader, data, "none", True, None)


def _decrypt(reader: PdfReader, file_name: str, password: str | None) -> tuple[str, str | None]:
    try:
        with quiet():
            if reader.decrypt(""):
                return "owner", None
            if password is None:
                raise IntakeError(problem("pdf_password_required", ERROR, file=file_name))
            if reader.decrypt(password):
                return "user", password
    except IntakeError:
        raise
    except Exception:  # unsupported or broken encryption
        raise IntakeError(problem("unreadable", ERROR, file=file_name)) from None
    raise IntakeError(problem("pdf_password_wrong", ERROR, file=file_name))


def _repair(data: bytes, file_name: str, password: str | None) -> bytes:
    """Let qpdf (pikepdf) rebuild a damaged file; decrypted in the output."""
    try:
        import pikepdf
    except ImportError:
        raise IntakeError(problem("unreadable", ERROR, file=file_name)) from None
    try:
        with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
            if len(pdf.pages) == 0:
                raise IntakeError(problem("unreadable", ERROR, file=file_name))
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()
    except pikepdf.PasswordError:
        code = "pdf_password_required" if password is None else "pdf_password_wrong"
        raise IntakeError(problem(code, ERROR, file=file_name)) from None
    except IntakeError:
        raise
    except Exception:  # qpdf could not make sense of it either
        raise IntakeError(problem("unreadable", ERROR, file=file_name)) from None


# --- active content ---------------------------------------------------------


def _obj(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _action_kinds(action: Any, found: set[str], depth: int = 0) -> None:
    action = _obj(action)
    if not isinstance(action, DictionaryObject) or depth > 8:
        return
    kind = action.get("/S")
    if kind == "/JavaScript":
        found.add("javascript")
    elif kind in ("/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/Rendition"):
        found.add("launch")
    nxt = _obj(action.get("/Next"))
    for item in nxt if isinstance(nxt, list) else [nxt] if nxt is not None else []:
        _action_kinds(item, found, depth + 1)


def active_content(reader: PdfReader) -> list[str]:
    """What a clean copy must drop: scripts, automatic actions, forms, attachments."""
    found: set[str] = set()
    with quiet():
        root = _obj(reader.trailer["/Root"])
        if "/OpenAction" in root:
            found.add("open_action")
            _action_kinds(root["/OpenAction"], found)
        if "/AA" in root:
            found.add("actions")
        if "/AcroForm" in root:
            found.add("form")
        names = _obj(root.get("/Names"))
        if isinstance(names, DictionaryObject):
            if "/JavaScript" in names:
                found.add("javascript")
            if "/EmbeddedFiles" in names:
                found.add("attachment")
        for page in reader.pages:
            if "/AA" in page:
                found.add("actions")
            annots = _obj(page.get("/Annots"))
            for annot in annots if isinstance(annots, list) else []:
                annot = _obj(annot)
                if not isinstance(annot, DictionaryObject):
                    continue
                subtype = annot.get("/Subtype")
                if subtype == "/Widget":
                    found.add("form")
                elif subtype == "/FileAttachment":
                    found.add("attachment")
                elif subtype in ("/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"):
                    found.add("launch")
                if "/AA" in annot:
                    found.add("actions")
                if "/A" in annot:
                    _action_kinds(annot["/A"], found)
    return [k for k in ACTIVE_KINDS if k in found]


# --- inspection -------------------------------------------------------------


def _a4_factor(width_pt: float, height_pt: float) -> float:
    """How much the page is scaled when printed to fit A4 (same orientation)."""
    short_in, long_in = A4_INCHES
    w_in, h_in = width_pt / 72, height_pt / 72
    if w_in <= 0 or h_in <= 0:
        return 1.0
    return min(long_in / max(w_in, h_in), short_in / min(w_in, h_in))


def _text_orientation(textpage: Any, rotation: int, limits: Limits) -> str | None:
    """Displayed direction of the text layer: exact, from the characters' angles.

    pdfium gives each character's clockwise angle in page space; ``/Rotate``
    turns the page clockwise on display.
    """
    count = textpage.count_chars()
    step = max(1, count // 400)
    votes: Counter[int] = Counter()
    for index in range(0, count, step):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if code in (0, 9, 10, 13, 32, 0xA0, 0xFFFE, 0xFFFF):
            continue
        angle = pdfium_c.FPDFText_GetCharAngle(textpage, index)
        if angle < 0:
            continue
        shown = (round(math.degrees(angle) / 90) * 90 + rotation) % 360
        votes[shown] += 1
    total = sum(votes.values())
    if total < limits.text_angle_min_chars:
        return None
    angle, n = votes.most_common(1)[0]
    if n / total < limits.text_angle_agreement:
        return None
    return {0: "upright", 90: "sideways", 180: "upside_down", 270: "sideways"}[angle]


def _main_image_dpi(page: Any, width_pt: float, height_pt: float) -> tuple[float, int, int] | None:
    """dpi (on the page) and pixel size of the largest picture covering much of the page."""
    best: tuple[float, float, int, int] | None = None
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        try:
            px_w, px_h = obj.get_px_size()
            left, bottom, right, top = obj.get_bounds()
        except Exception:  # a broken image object: ignore it
            continue
        w_pt, h_pt = abs(right - left), abs(top - bottom)
        area = w_pt * h_pt
        if px_w <= 0 or px_h <= 0 or w_pt < 1 or h_pt < 1:
            continue
        if best is None or area > best[0]:
            # The picture may be drawn rotated: pair its long side with the box's.
            long_px, short_px = max(px_w, px_h), min(px_w, px_h)
            long_pt, short_pt = max(w_pt, h_pt), min(w_pt, h_pt)
            dpi = min(long_px / (long_pt / 72), short_px / (short_pt / 72))
            best = (area, dpi, px_w, px_h)
    if best is None or best[0] < 0.3 * width_pt * height_pt:
        return None
    return best[1], best[2], best[3]


def inspect_pdf(data: bytes, report: FileReport, limits: Limits, password: str | None) -> None:
    name = report.file_name
    try:
        opened = open_pdf(data, name, password, limits)
    except IntakeError as exc:
        report.add(exc.problem)
        report.encrypted = exc.code in ("pdf_password_required", "pdf_password_wrong")
        return
    reader = opened.reader
    report.repaired = opened.repaired
    report.encrypted = opened.encryption != "none"
    if opened.repaired:
        report.add(problem("pdf_repaired", WARNING, file=name))
    if opened.encryption == "owner":
        report.add(problem("pdf_owner_password", WARNING, file=name))
    elif opened.encryption == "user":
        report.add(problem("pdf_encrypted", WARNING, file=name))
    with quiet():
        try:
            count = len(reader.pages)
        except Exception:
            report.add(problem("unreadable", ERROR, file=name))
            return
    report.pages = count
    if count == 0:
        report.add(problem("pdf_no_pages", ERROR, file=name))
        return
    if count > limits.max_pages:
        report.add(
            problem("too_many_pages", ERROR, file=name, count=count, max_pages=limits.max_pages)
        )
        return
    try:
        report.active_content = active_content(reader)
    except Exception:  # can't tell: the sanitiser drops all anyway
        report.active_content = []
    if report.active_content:
        report.add(problem("pdf_active_content", WARNING, file=name))
    with quiet():
        for index in range(count):
            try:
                page = reader.pages[index]
                box = page.cropbox
                rotation = int(page.get("/Rotate", 0) or 0) % 360
                w, h = float(box.width), float(box.height)
            except Exception:  # odd box: leave the size unknown
                report.page_info.append(PageInfo(number=index + 1))
                continue
            if rotation in (90, 270):
                w, h = h, w
            report.page_info.append(
                PageInfo(number=index + 1, width_pt=abs(w), height_pt=abs(h), rotation=rotation)
            )
    _render_and_judge(opened, report, limits)


def _render_and_judge(opened: OpenedPdf, report: FileReport, limits: Limits) -> None:
    try:
        doc = pdfium.PdfDocument(opened.data, password=opened.password)
    except Exception:  # pypdf read it, pdfium can't: no pixels to judge
        return
    try:
        for info in report.page_info[: limits.max_analysed_pages]:
            try:
                _judge_page(doc, info, limits)
            except Exception:  # one odd page must not sink the report
                info.analysed = False
    finally:
        doc.close()


def _judge_page(doc: Any, info: PageInfo, limits: Limits) -> None:
    page = doc[info.number - 1]
    try:
        width_pt, height_pt = page.get_size()  # as displayed (rotation applied)
        rotation = page.get_rotation()
        textpage = page.get_textpage()
        try:
            chars = textpage.count_chars()
            text_dir = _text_orientation(textpage, rotation, limits) if chars else None
        finally:
            textpage.close()
        main = _main_image_dpi(page, width_pt, height_pt)
        info.image_only = chars == 0 and main is not None
        if main is not None:
            dpi, px_w, px_h = main
            info.dpi = dpi / _a4_factor(width_pt, height_pt)
            info.width_px, info.height_px = px_w, px_h
        scale = limits.analysis_long_side / max(width_pt, height_pt, 1.0)
        bitmap = page.render(scale=scale, may_draw_forms=False)
        try:
            img = bitmap.to_pil()
        finally:
            bitmap.close()
    finally:
        page.close()
    info.colour = quality.is_colour(img)
    q = quality.assess(quality.to_grey(img), limits)
    info.blank = q.blank
    if main is not None or chars == 0:
        # A scan (possibly with an OCR layer): its pixels can be blurred.
        # Vector text renders sharp by construction: no blur figure for it.
        info.sharpness = q.sharpness
    # The text layer's angles are exact; the profile heuristic is the fallback.
    info.orientation = text_dir or q.orientation
    info.analysed = True


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of the PDF at ``path`` through the checked reader (a regular file,
    at most ``max_bytes``); ``IntakeError`` naming the file otherwise."""
    try:
        return reader.read_capped(path, max_bytes)
    except reader.Refused as exc:
        raise IntakeError(refusal(exc.reason, path.name, exc.size, max_bytes)) from None

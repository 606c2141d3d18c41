"""A clean copy of a PDF: no password, no scripts, no forms, no attachments.

What a clean copy keeps: every page as it looks (filled form fields and
visible annotations are flattened into the page by pdfium first), plain links
(URI, go-to-page). What it drops: document JavaScript and the names tree,
``/OpenAction`` and every additional action (``/AA``) of the document, pages
and annotations, the ``/AcroForm`` (XFA included), embedded files and
file-attachment annotations, multimedia annotations, launch/submit actions,
outlines, XMP and page metadata, the document information (only a fixed
producer remains: no author, title or path).

Encryption: an owner password alone (restrictions on printing or copying)
is removed silently; a user password must be given (``password=``), else
``IntakeError`` with the problem ``pdf_password_required``.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from desktop.core.atomic import atomic_write
from desktop.intake.limits import DEFAULT_LIMITS, Limits
from desktop.intake.pdf import OpenedPdf, active_content, open_pdf, quiet, read_bytes
from desktop.intake.report import ERROR, IntakeError, problem

PRODUCER = "Dossier Séjour"

#: Link actions that only move the reader around; anything else is dropped.
_SAFE_LINK_ACTIONS = {"/URI", "/GoTo"}
_PAGE_KEYS_DROPPED = ("/AA", "/PieceInfo", "/Metadata", "/B", "/Thumb")


@dataclass
class SanitisedPdf:
    data: bytes
    pages: int
    removed: list[str] = field(default_factory=list)  # see pdf.ACTIVE_KINDS
    was_encrypted: bool = False
    repaired: bool = False
    flattened: bool = False


def sanitise_pdf(
    source: str | os.PathLike[str] | bytes,
    *,
    password: str | None = None,
    file_name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> SanitisedPdf:
    """Clean bytes of the PDF ``source`` (a path or the bytes themselves).

    Raises ``IntakeError`` (a ``UserError``) whose ``.code`` is
    ``pdf_password_required``, ``pdf_password_wrong``, ``truncated``,
    ``unreadable``, ``file_too_large`` or ``pdf_no_pages``.
    """
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        name = file_name or "document.pdf"
    else:
        path = Path(source)
        name = file_name or path.name
        data = read_bytes(path, limits.max_file_bytes)
    opened = open_pdf(data, name, password, limits)
    with quiet():
        try:
            removed = active_content(opened.reader)
        except Exception:  # unreadable structure: clean everything anyway
            removed = []
        try:
            count = len(opened.reader.pages)
        except Exception:
            raise IntakeError(problem("unreadable", ERROR, file=name)) from None
    if count == 0:
        raise IntakeError(problem("pdf_no_pages", ERROR, file=name))
    reader = opened.reader
    flattened = False
    if _has_annotations(reader):
        flat = _flatten(opened)
        if flat is not None:
            with quiet():
                reader = PdfReader(io.BytesIO(flat), strict=False)
            flattened = True
    try:
        with quiet():
            out = _clean_copy(reader)
    except Exception:
        raise IntakeError(problem("unreadable", ERROR, file=name)) from None
    return SanitisedPdf(
        data=out,
        pages=count,
        removed=removed,
        was_encrypted=opened.encryption != "none",
        repaired=opened.repaired,
        flattened=flattened,
    )


def sanitise_pdf_file(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    *,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> SanitisedPdf:
    """``sanitise_pdf`` written atomically to ``dest`` (temp file + rename)."""
    result = sanitise_pdf(source, password=password, limits=limits)
    atomic_write(Path(dest), result.data, tmp_prefix=".intake-")
    return result


def _obj(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _has_annotations(reader: PdfReader) -> bool:
    with quiet():
        for page in reader.pages:
            annots = _obj(page.get("/Annots"))
            if isinstance(annots, list) and annots:
                return True
    return False


def _flatten(opened: OpenedPdf) -> bytes | None:
    """Bake form fields and annotations into the page content (pdfium).

    Returns decrypted bytes, or None when pdfium cannot do it (the copy then
    loses the annotations' appearance rather than keeping active content).
    """
    try:
        doc = pdfium.PdfDocument(opened.data, password=opened.password)
    except Exception:
        return None
    try:
        doc.init_forms()
        for index in range(len(doc)):
            page = doc[index]
            try:
                page.flatten(pdfium_c.FLAT_PRINT)
            finally:
                page.close()
        buf = io.BytesIO()
        doc.save(buf, flags=pdfium_c.FPDF_REMOVE_SECURITY)
        return buf.getvalue()
    except Exception:
        return None
    finally:
        doc.close()


def _safe_link(annot: DictionaryObject) -> bool:
    if annot.get("/Subtype") != "/Link" or "/AA" in annot:
        return False
    action = _obj(annot.get("/A"))
    if action is None:
        return True  # a /Dest link: moves within the document
    return (
        isinstance(action, DictionaryObject)
        and action.get("/S") in _SAFE_LINK_ACTIONS
        and "/Next" not in action
    )


def _clean_page(page: DictionaryObject) -> None:
    for key in _PAGE_KEYS_DROPPED:
        if key in page:
            del page[NameObject(key)]
    annots = _obj(page.get("/Annots"))
    if annots is None:
        return
    kept = ArrayObject()
    for ref in annots if isinstance(annots, list) else []:
        annot = _obj(ref)
        if isinstance(annot, DictionaryObject) and _safe_link(annot):
            if "/P" in annot:
                del annot[NameObject("/P")]
            kept.append(ref)
    if kept:
        page[NameObject("/Annots")] = kept
    else:
        del page[NameObject("/Annots")]


def _clean_copy(reader: PdfReader) -> bytes:
    writer = PdfWriter()
    for page in reader.pages:
        _clean_page(page)
        writer.add_page(page)
    for page in writer.pages:  # links to other pages were re-pointed by pypdf
        _clean_page(page)
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    writer.add_metadata({"/Producer": PRODUCER})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()

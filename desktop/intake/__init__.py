"""File intake: what a file really is, whether it can be used, and a clean copy.

Public API (everything else is internal)::

    sniff(head: bytes) -> Kind                       # from the first bytes, never raises
    sniff_file(path) -> Sniffed                      # + zip/OLE look-inside (docx vs xlsx…)
    inspect_file(path, *, password=None, limits=DEFAULT_LIMITS) -> FileReport
    sanitise_pdf(source, *, password=None, file_name=None, limits=…) -> SanitisedPdf
    sanitise_pdf_file(source, dest, *, password=None, limits=…) -> SanitisedPdf

``FileReport.accepted`` is false when a problem is an error; each problem is a
``desktop.core.messages.Problem`` with a stable ``code`` (see
``assets/i18n/messages/intake.toml``). ``IntakeError`` (a ``UserError``)
carries a problem when sanitising cannot proceed (e.g. ``pdf_password_required``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from desktop.intake.limits import DEFAULT_LIMITS, Limits
from desktop.intake.report import ERROR, WARNING, FileReport, IntakeError, PageInfo
from desktop.intake.sniff import (
    IMAGE_KINDS,
    OFFICE_KINDS,
    READABLE_KINDS,
    Kind,
    Sniffed,
    sniff,
    sniff_file,
)

if TYPE_CHECKING:
    from desktop.intake.inspect import inspect_file, judge_pages
    from desktop.intake.sanitise import SanitisedPdf, sanitise_pdf, sanitise_pdf_file

# Inspecting and sanitising bring the PDF libraries (pypdf, pikepdf, pdfium: ~25 MiB):
# imported on first use, so that a process which only makes image pages (the
# bundle's workers, issue 17) never loads them.
_LAZY = {
    "inspect_file": "desktop.intake.inspect",
    "judge_pages": "desktop.intake.inspect",
    "SanitisedPdf": "desktop.intake.sanitise",
    "sanitise_pdf": "desktop.intake.sanitise",
    "sanitise_pdf_file": "desktop.intake.sanitise",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_LIMITS",
    "ERROR",
    "IMAGE_KINDS",
    "OFFICE_KINDS",
    "READABLE_KINDS",
    "WARNING",
    "FileReport",
    "IntakeError",
    "Kind",
    "Limits",
    "PageInfo",
    "SanitisedPdf",
    "Sniffed",
    "inspect_file",
    "judge_pages",
    "sanitise_pdf",
    "sanitise_pdf_file",
    "sniff",
    "sniff_file",
]

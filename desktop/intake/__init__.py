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

from desktop.intake.inspect import inspect_file, judge_pages
from desktop.intake.limits import DEFAULT_LIMITS, Limits
from desktop.intake.report import ERROR, WARNING, FileReport, IntakeError, PageInfo
from desktop.intake.sanitise import SanitisedPdf, sanitise_pdf, sanitise_pdf_file
from desktop.intake.sniff import (
    IMAGE_KINDS,
    OFFICE_KINDS,
    READABLE_KINDS,
    Kind,
    Sniffed,
    sniff,
    sniff_file,
)

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

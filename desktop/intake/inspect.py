"""``inspect_file``: sniff, inspect and judge one file, in bounded time and memory."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.core import reader
from desktop.errors import UserError
from desktop.intake import decode, images, twoddoc
from desktop.intake.limits import DEFAULT_LIMITS, Limits
from desktop.intake.photo import Framing, corners
from desktop.intake.report import ERROR, WARNING, FileReport, PageInfo, problem, too_large
from desktop.intake.sniff import (
    EXTENSIONS,
    FORMAT_NAMES,
    HEAD_BYTES,
    IMAGE_KINDS,
    OFFICE_KINDS,
    Kind,
    sniff_file,
)

_KNOWN_EXTENSIONS = frozenset().union(*EXTENSIONS.values())


def inspect_file(
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    scan: bool = True,
    mrz: bool = False,
    codes: bool = True,
    measure: bool = True,
    doc_hint: str | None = None,
    quad: Sequence[Sequence[float]] | None = None,
) -> FileReport:
    """Inspect one file and judge it. ``scan``: a camera photo is judged by the
    document found in it (as the bundle will clean it); False: as taken. With
    ``mrz``, also read a passport's or card's machine-readable zone on its first
    page (``report.mrz``). ``codes=False``: its 2D-Docs are not looked for
    (``convert`` only asks whether the file can be used: the search costs seconds
    on a 12 MP photo). ``measure=False``: only whether a picture can be used at all
    (see ``images.inspect_image``): no blank, blur, orientation or document verdicts.
    ``doc_hint``: what the file's piece says its photo shows (``photo.DOC_HINTS``);
    ``quad``: the person's corners (fractions of the upright photo): the document is
    taken there, as the bundle takes it.

    Raises ``UserError`` only when the file cannot be opened at all (missing:
    ``cli.file_not_found``; a folder or no permission: ``intake.cannot_open``).
    Everything about the *content* (refused formats, damage, passwords,
    quality) is a ``Problem`` in the report; ``report.accepted`` is false when
    one of them is an error.
    """
    started = time.perf_counter()
    p = Path(path)
    shown = os.fspath(path)
    report = FileReport(file=shown, kind=Kind.UNKNOWN, mime="application/octet-stream")
    try:
        # A regular file only (a FIFO would block every read), its size before a byte.
        report.size_bytes = reader.check_regular(p, sys.maxsize)
    except reader.Refused as exc:
        if exc.reason == "missing":
            raise UserError("cli.file_not_found", file=shown) from None
        if exc.reason == "special":
            report.add(problem("not_regular_file", ERROR, file=report.file_name))
            report.elapsed_ms = (time.perf_counter() - started) * 1000
            return report
        raise UserError("intake.cannot_open", file=p.name or shown) from None
    try:
        framing = Framing(doc_hint, corners(quad))
        _inspect(p, report, limits, password, scan, mrz, codes, measure, framing)
    except PermissionError:
        raise UserError("intake.cannot_open", file=report.file_name) from None
    except UserError:
        raise
    except Exception:
        # Hostile or broken files can make any parser raise anything: the
        # person gets a verdict, never a traceback.
        report.page_info.clear()
        report.add(problem("unreadable", ERROR, file=report.file_name))
    report.elapsed_ms = (time.perf_counter() - started) * 1000
    return report


def _inspect(
    path: Path,
    report: FileReport,
    limits: Limits,
    password: str | None,
    scan: bool = True,
    read_mrz: bool = False,
    codes: bool = True,
    measure: bool = True,
    framing: Framing | None = None,
) -> None:
    name = report.file_name
    if report.size_bytes == 0:
        report.kind, report.mime = Kind.EMPTY, "application/x-empty"
        report.add(problem("empty_file", ERROR, file=name))
        return
    sniffed = sniff_file(path)
    report.kind, report.mime, report.detail = sniffed.kind, sniffed.mime, sniffed.detail
    refused = too_large(report.size_bytes, name, limits.max_file_bytes)
    if refused is not None:
        report.add(refused)
        return
    kind = sniffed.kind
    if kind in OFFICE_KINDS:
        report.add(problem("office_document", ERROR, file=name, app=sniffed.detail))
        return
    if kind == Kind.ARCHIVE:
        report.add(problem("archive", ERROR, file=name, format=sniffed.detail))
        return
    if kind == Kind.TEXT:
        report.add(problem("plain_text", ERROR, file=name))
        return
    if kind == Kind.EMPTY:  # only NULs would not get here; a zero-byte head cannot either
        report.add(problem("empty_file", ERROR, file=name))
        return
    if kind not in IMAGE_KINDS and kind != Kind.PDF:
        report.add(problem("unknown_format", ERROR, file=name))
        return
    _check_extension(path, report)
    data = None
    if kind == Kind.PDF:
        # Loaded for PDFs only: pikepdf and pdfium cost a process that reads photos
        # (convert's) ~65 ms and ~8 MiB.
        from desktop.intake import pdf

        data = pdf.read_bytes(path, limits.max_file_bytes)
        pdf.inspect_pdf(data, report, limits, password)
    else:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
        images.inspect_image(path, head, report, limits, scan, measure, framing=framing)
    if not report.errors:
        judge_pages(report, limits)
        # A passport or card is a picture, or a scan in a PDF: no text layer (a page
        # of text has an orientation read from its text).
        first = report.page_info[0] if report.page_info else None
        scanned = kind != Kind.PDF or bool(
            first and (first.image_only or first.orientation is None)
        )
        # A picture searched twice (2D-Docs, then the MRZ) is decoded once, for both;
        # a scanned PDF's first page is rendered once, for both.
        grey = None
        if codes and read_mrz and scanned:
            grey = _grey_picture(path) if kind != Kind.PDF else _first_page(data, password)
        if codes:  # What the paper says of itself: its 2D-Docs, read and judged (evidence only).
            report.twoddocs = twoddoc.scan_file(
                path, str(kind), data=data, password=password, image=grey
            )
        if read_mrz and scanned:
            from desktop.intake import mrz_ocr  # numpy: only when a zone is read

            report.mrz = mrz_ocr.read_file(
                path, str(kind), data=data, password=password, image=grey
            )


def _grey_picture(path: Path) -> Any:
    """The upright grey decode of a picture intake accepted (its pixel count is within
    the caps), for the 2D-Doc search and the MRZ reader both; None when it cannot be
    decoded (each then says it found nothing, as before)."""
    try:
        return decode.grey_upright(path)
    except Exception:  # the searches never raise either
        return None


def _first_page(data: bytes | None, password: str | None) -> Any:
    """A PDF's first page as the 2D-Doc search renders it (grey, 216 dpi), for the
    MRZ reader too; None when it cannot be rendered (each renders its own then)."""
    if data is None:
        return None
    try:
        return twoddoc.render_first_page(data, password)
    except Exception:  # the searches never raise either
        return None


def _check_extension(path: Path, report: FileReport) -> None:
    suffix = path.suffix.lower()
    expected = EXTENSIONS.get(report.kind, frozenset())
    if suffix in _KNOWN_EXTENSIONS and suffix not in expected:
        report.add(
            problem(
                "wrong_extension",
                WARNING,
                file=report.file_name,
                ext=suffix,
                real=FORMAT_NAMES.get(report.kind, str(report.kind)),
            )
        )


def judge_pages(report: FileReport, limits: Limits = DEFAULT_LIMITS) -> None:
    """Turn the page measures into problems, grouped by code and severity."""
    name = report.file_name
    analysed = [p for p in report.page_info if p.analysed]
    single = report.pages <= 1
    if analysed and all(p.blank for p in analysed) and len(analysed) == report.pages:
        report.add(problem("blank_page", ERROR, file=name))
        return
    groups: dict[tuple[str, str], list[PageInfo]] = {}

    def flag(code: str, severity: str, info: PageInfo) -> None:
        groups.setdefault((code, severity), []).append(info)

    for info in report.page_info:
        if info.blank:
            flag("blank_page", WARNING, info)
            continue
        if info.dpi is not None:
            dpi = round(info.dpi)  # 1240 px over 8.27 in is 150 dpi, not 149.98
            if dpi < limits.dpi_error:
                flag("resolution_too_low", ERROR, info)
            elif dpi < limits.dpi_warning:
                flag("resolution_low", WARNING, info)
        if info.sharpness is not None:
            if info.sharpness < limits.blur_error:
                flag("blurry", ERROR, info)
            elif info.sharpness < limits.blur_warning:
                flag("blurry", WARNING, info)
        if info.orientation in ("sideways", "upside_down"):
            flag(info.orientation, WARNING, info)
        _judge_document(info, limits, flag)
    for (code, severity), infos in groups.items():
        params: dict[str, object] = {"file": name}
        if code in ("resolution_too_low", "resolution_low"):
            params["dpi"] = round(min(i.dpi or 0 for i in infos))
            threshold = limits.dpi_error if code == "resolution_too_low" else limits.dpi_warning
            params["min_dpi"] = round(threshold)
        if code == "scan_document_small":
            params["share"] = round(100 * min((i.document or {}).get("area", 0) for i in infos))
        pages = None if single else [i.number for i in infos]
        report.add(problem(code, severity, pages=pages, **params))


def _judge_document(
    info: PageInfo, limits: Limits, flag: Callable[[str, str, PageInfo], None]
) -> None:
    """A camera photo's framing (issue 17): no document found, a document too small
    in the frame, touching the frame's edge, or blown out by a reflection."""
    if not info.photo:
        return
    doc = info.document
    if doc is None:
        if not info.scan_like:
            flag("scan_no_document", WARNING, info)
        return
    if doc.get("touches_edge"):
        flag("scan_corners_cut", WARNING, info)
    if float(doc.get("area", 1)) < limits.scan_small_document:
        flag("scan_document_small", WARNING, info)
    if float(doc.get("glare", 0)) > limits.scan_glare_fraction:
        flag("scan_glare", WARNING, info)

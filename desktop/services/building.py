"""The upload bundle and ``convert``: a dossier is checked once here, and the
bundle is made from that ``CheckResult`` (it judges nothing again)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop.bundle.build import BuildReport, ConvertReport, build_dossier, convert_files
from desktop.bundle.progress import BuildCancelled, Cancellable, ProgressCallback
from desktop.core.catalog import default_catalog
from desktop.core.dossier import Dossier
from desktop.core.rules import FileFinding
from desktop.services.checking import check_dossier

__all__ = ["BuildCancelled", "BuildReport", "ConvertReport", "build", "build_checked", "convert"]


def build(
    dossier: Dossier | str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    today: dt.date,
    lang: str | None = None,
    watermark: str | None = None,
    known: Mapping[str, FileFinding] | None = None,
    progress: ProgressCallback | None = None,
    cancel: Cancellable | None = None,
    max_workers: int = 2,
    grey: str = "auto",
    split: bool = False,
    photos_as_taken: bool = False,
) -> BuildReport:
    """Check the dossier (a file's path, or an open ``Dossier`` with the findings
    already ``known`` for its files) and build its bundle into ``out_dir``. Camera
    photos become scanned pages (found, flattened, cleaned) unless ``photos_as_taken``
    or the person chose so for a file (``services.files.set_scan_choice``)."""
    if not isinstance(dossier, Dossier):
        dossier = Dossier.load(dossier)
    checked = check_dossier(dossier, today, known=known)
    return build_dossier(
        checked,
        out_dir,
        today=today,
        lang=lang,
        watermark=watermark,
        progress=progress,
        cancel=cancel,
        max_workers=max_workers,
        grey=grey,
        split=split,
        cleanup=not photos_as_taken,
    )


#: The bundle of a dossier already checked (``check_dossier``): the bundle's own
#: entry point, re-exported so the front ends need not reach below services.
build_checked = build_dossier


def default_max_bytes() -> int:
    """ANEF's usual limit for one file (catalog data)."""
    return int(default_catalog().limits["default_max_bytes"])


def convert(
    files: Sequence[str | os.PathLike[str]],
    out_pdf: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    grey: str = "auto",
    split: bool = False,
    progress: ProgressCallback | None = None,
    cancel: Cancellable | None = None,
    max_workers: int = 2,
    photos_as_taken: bool = False,
) -> ConvertReport:
    """Photos and PDFs into one upload-ready PDF under ``max_bytes`` (ANEF's by default).
    Camera photos become scanned pages unless ``photos_as_taken``."""
    return convert_files(
        files,
        Path(out_pdf),
        max_bytes=default_max_bytes() if max_bytes is None else max_bytes,
        grey=grey,
        split=split,
        progress=progress,
        cancel=cancel,
        max_workers=max_workers,
        cleanup=not photos_as_taken,
    )

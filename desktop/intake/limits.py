"""Every limit and threshold intake uses, read from ``assets/catalog/intake.toml``.

They are technical safety caps and image-quality thresholds calibrated on the
test corpus (``tests/intake_corpus.py``), not administrative rules: the ANEF
per-slot size budget and the page caps per piece are in ``limits.toml`` and
``pieces.toml``, applied by the bundle and the rule engine, not here. What each
value means, and why it has that value, is written next to it in the TOML.

A caller can pass its own ``Limits`` (``dataclasses.replace(DEFAULT_LIMITS, …)``,
for instance a stricter volunteer profile); ``DEFAULT_LIMITS`` is the file's.
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from desktop.paths import CATALOG_DIR

MB = 1024 * 1024

#: A4 in inches (210 × 297 mm), the paper every effective-dpi figure refers to.
A4_INCHES: tuple[float, float] = (210 / 25.4, 297 / 25.4)

LIMITS_FILE = CATALOG_DIR / "intake.toml"
_DATING = ("source", "checked", "confidence")


class LimitsError(ValueError):
    """The intake catalog file is broken: a developer's mistake, named precisely."""


@dataclass(frozen=True)
class Limits:
    """Intake's caps and thresholds (see assets/catalog/intake.toml for each one)."""

    # [safety]: bounded time and memory
    max_file_bytes: int
    max_pixels_draft: int
    max_pixels_full: int
    max_pages: int
    max_pdf_objects: int
    max_pdf_stream_bytes: int
    max_pdf_decoded_bytes: int
    max_analysed_pages: int
    analysis_long_side: int
    # [resolution]: effective dpi on A4
    dpi_warning: float
    dpi_error: float
    # [blank]
    ink_delta: int
    blank_ink_fraction: float
    # [blur]: variance of the Laplacian on the text band
    blur_warning: float
    blur_error: float
    text_tile_min_std: float
    # [orientation]
    orientation_min_gaps: float
    orientation_max_cross: float
    orientation_min_lines: int
    text_angle_agreement: float
    text_angle_min_chars: int
    # [scan]: phone photo -> scanned page (desktop/intake/scan.py)
    scan_work_long_side: int
    scan_min_area: float
    scan_full_frame: float
    scan_min_confidence: float
    scan_snap_tolerance: float
    scan_target_dpi: float
    scan_deskew_max: float
    scan_deskew_min: float
    scan_small_document: float
    scan_edge_touch: float
    scan_glare_fraction: float
    scan_shadow_floor: float
    # [documents]: true sizes (mm) the warp snaps to
    a4_width_mm: float
    a4_height_mm: float
    letter_width_mm: float
    letter_height_mm: float
    id1_width_mm: float
    id1_height_mm: float
    id3_width_mm: float
    id3_height_mm: float
    receipt_min_aspect: float

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not math.isfinite(value)
                or value <= 0
            ):
                raise LimitsError(f"{f.name} = {value!r}: a positive number is needed")
        for low, high in (("dpi_error", "dpi_warning"), ("blur_error", "blur_warning")):
            if getattr(self, low) > getattr(self, high):
                raise LimitsError(f"{low} must not be above {high}")
        for share in (
            "blank_ink_fraction",
            "orientation_min_gaps",
            "orientation_max_cross",
            "scan_min_area",
            "scan_full_frame",
            "scan_min_confidence",
            "scan_snap_tolerance",
            "scan_small_document",
            "scan_edge_touch",
            "scan_glare_fraction",
            "scan_shadow_floor",
        ):
            if getattr(self, share) >= 1:
                raise LimitsError(f"{share} is a share of the page: below 1")
        if self.text_angle_agreement > 1:
            raise LimitsError("text_angle_agreement is a share of the characters: at most 1")
        if self.ink_delta > 255 or self.text_tile_min_std > 255:
            raise LimitsError("ink_delta and text_tile_min_std are grey levels: at most 255")


def load_limits(path: Path | str = LIMITS_FILE) -> Limits:
    """The limits of ``path``: every field of ``Limits`` exactly once, in tables
    that each carry ``source``, a ``checked`` date and a ``confidence``."""
    name = Path(path).name
    with Path(path).open("rb") as fh:
        raw = tomllib.load(fh)
    kinds = {f.name: f.type for f in fields(Limits)}
    values: dict[str, Any] = {}
    for table, entries in raw.items():
        if not isinstance(entries, dict):
            raise LimitsError(f"{name}: {table} is not a table")
        source, checked = entries.get("source"), entries.get("checked")
        if not isinstance(source, str) or not source.strip() or type(checked) is not dt.date:
            raise LimitsError(f"{name} [{table}]: needs 'source' and a 'checked' date")
        if entries.get("confidence") not in ("H", "M", "L"):
            raise LimitsError(f"{name} [{table}]: confidence is H, M or L")
        for key, value in entries.items():
            if key in _DATING:
                continue
            if key not in kinds:
                raise LimitsError(f"{name} [{table}]: unknown limit {key!r}")
            if key in values:
                raise LimitsError(f"{name}: {key} is given twice")
            wanted = int if kinds[key] in (int, "int") else float
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise LimitsError(f"{name} [{table}]: {key} = {value!r} is not a number")
            if wanted is int and not isinstance(value, int):
                raise LimitsError(f"{name} [{table}]: {key} = {value!r} must be a whole number")
            values[key] = wanted(value)
    missing = sorted(set(kinds) - set(values))
    if missing:
        raise LimitsError(f"{name}: missing {', '.join(missing)}")
    return Limits(**values)


DEFAULT_LIMITS = load_limits()

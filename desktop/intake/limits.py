"""Every limit and threshold intake uses, named and explained in one place.

These are technical safety caps and image-quality thresholds calibrated on the
test corpus (``tests/intake_corpus.py``), not administrative rules: the ANEF
per-slot size budget and the page caps per piece live in ``assets/catalog/``
and are applied by the bundle and the rule engine, not here.

A caller can pass its own ``Limits`` (for instance a stricter volunteer
profile); ``DEFAULT_LIMITS`` is what the CLI uses.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024

#: A4 in inches (210 × 297 mm), the paper every effective-dpi figure refers to.
A4_INCHES: tuple[float, float] = (210 / 25.4, 297 / 25.4)


@dataclass(frozen=True)
class Limits:
    # --- safety: bounded time and memory --------------------------------
    #: Files above this are refused before a byte is decoded. A 600 dpi colour
    #: scan of 20 pages is ~60 MB; phone photos are 2-8 MB.
    max_file_bytes: int = 200 * MB
    #: Largest picture decoded at reduced scale (JPEG ``draft``: 1/2 to 1/8 of
    #: the pixels reach memory). 150 MP covers 108-200 MP phone sensors in
    #: their usual binned output and stays under Pillow's own bomb guard
    #: (2 × 89.5 MP).
    max_pixels_draft: int = 150_000_000
    #: Largest picture decoded in full (PNG, TIFF, GIF, WebP, HEIC, BMP):
    #: 60 MP is ~180 MB of RGB, well above any scanner page at 600 dpi A4
    #: (35 MP). A 40 000 × 40 000 PNG (1 600 MP) is refused from its header.
    max_pixels_full: int = 60_000_000
    #: Pages (PDF) or frames (TIFF) above this are refused: no piece of a
    #: residence-permit dossier is that long, and it bounds the work.
    max_pages: int = 500
    #: Quality checks (render + blank/blur/orientation) run on the first N
    #: pages only; structure (size, rotation, encryption) is read for all.
    max_analysed_pages: int = 30
    #: Long side, in pixels, of the grey image the quality checks look at.
    #: JPEG ``draft`` decodes at the smallest 1/2^k scale still above it.
    analysis_long_side: int = 1200

    # --- resolution (effective dpi when the page is printed on A4) -------
    #: Below this, small print (passport MRZ, payslip figures) gets hard to read.
    dpi_warning: float = 150.0
    #: Below this, ordinary 10-pt text is not reliably legible: refused.
    dpi_error: float = 100.0

    # --- blank page ------------------------------------------------------
    #: A pixel is "ink" when it is this many grey levels darker than the
    #: paper (the 90th percentile of brightness).
    ink_delta: int = 60
    #: A page whose ink covers less than this fraction of its area is blank
    #: (one short line of 10-pt text on A4 is ~0.1 %; scanner dust ~0.001 %).
    blank_ink_fraction: float = 0.0003

    # --- blur: variance of the Laplacian on the text band ----------------
    # Measured on the grey analysis image (long side ``analysis_long_side``),
    # over the tiles that contain ink (the "text band"), 75th percentile.
    # Sharp print and phone photos of text score 900-4000 in the corpus; a
    # Gaussian blur of radius 2 at analysis scale gives ~150, radius 4 ~40.
    #: Below this: a warning (text soft, may be hard to read).
    blur_warning: float = 250.0
    #: Below this: refused (text smeared beyond reading).
    blur_error: float = 80.0
    #: Tiles whose grey standard deviation is below this hold no text.
    text_tile_min_std: float = 18.0

    # --- orientation from text-line projection profiles -----------------
    #: Fraction of empty rows (gaps between lines) needed in the profile
    #: along the text lines; the cross profile must stay below ``max_cross``.
    orientation_min_gaps: float = 0.20
    orientation_max_cross: float = 0.08
    #: At least this many separate text lines before saying anything.
    orientation_min_lines: int = 4
    #: PDF text layer: share of characters that must agree on one angle.
    text_angle_agreement: float = 0.8
    #: PDF text layer: fewer characters than this → no verdict.
    text_angle_min_chars: int = 20


DEFAULT_LIMITS = Limits()

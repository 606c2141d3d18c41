"""The catalog as a review document for a jurist (``catalog review --out``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.atomic import atomic_write
from desktop.core.catalog import active_catalog
from desktop.errors import UserError
from desktop.letters.review import render_html, render_pdf
from desktop.letters.typography import fr_date


def write_review(out: str | Path, today: dt.date) -> Path:
    """Write the review document of the catalog in use to ``out`` (.pdf or .html)."""
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise UserError("catalog_review.suffix", file=str(path))
    active = active_catalog()
    catalog = active.catalog
    meta = {
        "version": str(catalog.version),
        "checked": fr_date(catalog.checked),
        "origin": "mise à jour importée" if active.origin == "imported" else "catalogue livré",
        "today": fr_date(today),
    }
    if not path.parent.is_dir():
        raise UserError("catalog_review.no_folder", file=str(path), folder=str(path.parent))
    if suffix == ".pdf":
        render_pdf(catalog, meta, path)
    else:
        atomic_write(path, render_html(catalog, meta).encode("utf-8"), mode=0o644)
    return path

"""The catalog as a review document for a jurist (``catalog review --out``)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from desktop.core import catalog_update
from desktop.core.atomic import atomic_write
from desktop.core.catalog import Dated, default_catalog
from desktop.core.provenance import dated_of
from desktop.errors import UserError
from desktop.letters.review import render_html, render_pdf
from desktop.letters.typography import fr_date
from desktop.paths import CATALOG_DIR
from desktop.services.catalog import catalog_status


def write_review(out: str | Path, today: dt.date) -> Path:
    """Write the review document of the catalog in use to ``out`` (.pdf or .html)."""
    path = Path(out)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise UserError("catalog_review.suffix", file=str(path))
    catalog = default_catalog()
    status = catalog_status()
    meta = {
        "version": str(catalog.version),
        "checked": fr_date(catalog.checked),
        "origin": "mise à jour importée" if status.in_use == "imported" else "catalogue livré",
        "today": fr_date(today),
    }
    if not path.parent.is_dir():
        raise UserError("catalog_review.no_folder", file=str(path), folder=str(path.parent))
    extra = _extra(status.update if status.in_use == "imported" else None)
    if suffix == ".pdf":
        render_pdf(catalog, meta, path, extra)
    else:
        atomic_write(path, render_html(catalog, meta, extra).encode("utf-8"), mode=0o644)
    return path


def _extra(update: catalog_update.Update | None) -> dict[str, dict[str, Dated]]:
    """The provenance of conditions and lists (the loaded catalog keeps their
    values only), from the TOML of the catalog in use."""
    if update is None:
        return _extra_from(CATALOG_DIR)
    with catalog_update.materialised(update) as folder:
        return _extra_from(folder)


def _extra_from(folder: Path) -> dict[str, dict[str, Dated]]:
    out: dict[str, dict[str, Dated]] = {}
    for fname, table in (("conditions.toml", "conditions"), ("lists.toml", "lists")):
        with (folder / fname).open("rb") as fh:
            raw = tomllib.load(fh).get(table, {})
        found = {name: dated_of(t) for name, t in raw.items() if isinstance(t, dict)}
        out[table] = {k: v for k, v in found.items() if v is not None}
    return out

"""The catalog's provenance, made once: ``Dated`` from a catalog table or from the
JSON it is written as; the conditions' and lists' provenance kept by the loader (the
jurist's review reads it there, not from the TOML again); which catalog is in use,
worked out once per load."""

from __future__ import annotations

import datetime as dt
import html
import shutil
import tomllib
from pathlib import Path

import pytest

from desktop.core import provenance
from desktop.core.catalog import Catalog, CatalogError, Dated, default_catalog, load_catalog
from desktop.letters.review import render_html
from desktop.paths import CATALOG_DIR
from desktop.services.catalog import json_dated


def _toml(name: str) -> dict:
    with (CATALOG_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


def test_a_dated_goes_to_json_and_back_the_same() -> None:
    full = Dated("CESEDA L.433-1", dt.date(2026, 11, 3), "L", url="https://x.fr/a", note="n")
    bare = Dated("CESEDA R.431-2", dt.date(2026, 1, 2))
    for dated in (full, bare):
        assert Dated.from_json(dated.to_json()) == dated
        assert json_dated(provenance.to_json(dated)) == dated  # with links and flagged
    assert json_dated(None) is None and Dated.from_json({}) is None


def test_a_table_without_a_source_or_a_date_has_no_provenance() -> None:
    day = dt.date(2026, 1, 1)
    assert Dated.from_table({"source": "x", "checked": day}) == Dated("x", day, "M")
    assert Dated.from_table({"source": "x", "checked": "2026-01-01"}) is None
    assert Dated.from_table({"checked": day}) is None


def test_the_loader_keeps_where_each_condition_and_list_comes_from() -> None:
    catalog = default_catalog()
    conditions = _toml("conditions.toml")["conditions"]
    lists = _toml("lists.toml")["lists"]
    assert set(catalog.condition_dated) == set(conditions) == set(catalog.conditions)
    assert set(catalog.list_dated) == set(lists) == set(catalog.lists)
    for name, table in conditions.items():
        assert catalog.condition_dated[name] == Dated.from_table(table), name
    for name, table in lists.items():
        assert catalog.list_dated[name] == Dated.from_table(table), name


def _shown(catalog: Catalog) -> str:
    meta = {"version": "1", "checked": "x", "origin": "x", "today": "x"}
    text = html.unescape(render_html(catalog, meta))
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_review_shows_the_provenance_of_the_catalog_it_is_given(tmp_path: Path) -> None:
    """The review quotes the loaded catalog's sources (an imported update's when it is
    the one in use), not the shipped TOML read again."""
    condition = "CESEDA Annexe 10 (justificatif de domicile)"
    listed = _toml("lists.toml")["lists"]["cer_exempt_nationalities"]["source"]
    shipped = _shown(default_catalog())
    assert condition in shipped and provenance.split_source(listed)[0] in shipped
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)
    for name, old, new in (
        ("conditions.toml", condition, "Source relue 7731"),
        ("lists.toml", listed, "Liste relue 4412"),
    ):
        text = (folder / name).read_text(encoding="utf-8")
        assert f'source = "{old}"' in text
        (folder / name).write_text(
            text.replace(f'source = "{old}"', f'source = "{new}"', 1), encoding="utf-8"
        )
    shown = _shown(load_catalog(folder))
    assert "Source relue 7731" in shown and condition not in shown
    assert "Liste relue 4412" in shown and provenance.split_source(listed)[0] not in shown


def test_a_condition_without_provenance_is_still_refused(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)
    text = (folder / "lists.toml").read_text(encoding="utf-8")
    first = _toml("lists.toml")["lists"]["eu_eea_ch"]["source"]
    (folder / "lists.toml").write_text(text.replace(f'source = "{first}"', "", 1), encoding="utf-8")
    with pytest.raises(CatalogError, match="lists.eu_eea_ch"):
        load_catalog(folder)

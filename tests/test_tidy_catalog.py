"""The catalog's provenance, made once: ``Dated`` from a catalog table or from the
JSON it is written as; the conditions' and lists' provenance kept by the loader (the
jurist's review reads it there, not from the TOML again); which catalog is in use,
worked out once per load."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import catalog_update, provenance
from desktop.core.catalog import (
    Catalog,
    CatalogError,
    Dated,
    active_catalog,
    catalog_changed,
    default_catalog,
    load_catalog,
)
from desktop.errors import UserError
from desktop.letters.review import render_html
from desktop.paths import CATALOG_DIR
from desktop.services.catalog import (
    catalog_status,
    import_catalog,
    json_dated,
    revert_catalog,
    shipped_catalog,
    verdict_json,
)
from desktop.services.checking import check_dossier
from tests.helpers import TODAY, make_dossier


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
    condition_source = next(
        t["source"] for t in _toml("conditions.toml")["conditions"].values() if "source" in t
    )
    condition = provenance.split_source(condition_source)[0]
    listed = _toml("lists.toml")["lists"]["cer_exempt_nationalities"]["source"]
    shipped = _shown(default_catalog())
    assert condition in shipped and provenance.split_source(listed)[0] in shipped
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)
    for name, old, new in (
        ("conditions.toml", condition_source, "Source relue 7731"),
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


# ----- which catalog is in use: worked out once per load -----------------------------


@pytest.fixture
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A throwaway data folder and a test key the app trusts; the catalog in use is
    worked out again before and after (the other tests see the shipped one)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pub = tmp_path / "test.pub"
    pub.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    monkeypatch.setenv(catalog_update.ENV_HOME, str(tmp_path / "home"))
    monkeypatch.setenv(catalog_update.KEY_ENV, str(pub))
    catalog_changed()
    yield key
    catalog_changed()


def _update(tmp_path: Path, key: Any, version: int) -> Path:
    folder = tmp_path / f"catalog-{version}"
    shutil.copytree(CATALOG_DIR, folder, ignore=shutil.ignore_patterns("keys"))
    meta = folder / "catalog.toml"
    text = re.sub(r"(?m)^version = \d+", f"version = {version}", meta.read_text("utf-8"), count=1)
    meta.write_text(text, encoding="utf-8")
    out = tmp_path / f"update-{version}.zip"
    out.write_bytes(catalog_update.make(folder, key))
    return out


def _origin(tmp_path: Path) -> str:
    folder = tmp_path / f"d{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    result = check_dossier(make_dossier(folder, "visiteur-renouvellement"), TODAY, inspect=False)
    return str(verdict_json(result, "fr")["catalog"]["origin"])


def test_import_and_revert_change_the_catalog_in_use_at_once(own_home: Any, tmp_path: Path) -> None:
    shipped = default_catalog()
    assert active_catalog().origin == "shipped" and catalog_status().in_use == "shipped"
    update_file = _update(tmp_path, own_home, shipped.version + 1)
    update = import_catalog(update_file)
    active = active_catalog()
    assert active.origin == "imported" and active.update is not None
    assert active.update.version == default_catalog().version == shipped.version + 1
    status = catalog_status()
    assert (status.in_use, status.checked) == ("imported", update.date)
    assert (status.shipped_version, status.shipped_checked) == (shipped.version, shipped.checked)
    assert _origin(tmp_path) == "imported"
    with pytest.raises(UserError) as refused:  # not newer than the catalog in use
        import_catalog(update_file)
    assert refused.value.key == "catalog_update.not_newer"
    assert revert_catalog() is True
    assert active_catalog().origin == "shipped" and default_catalog().version == shipped.version
    assert catalog_status().in_use == "shipped" and _origin(tmp_path) == "shipped"


def test_a_verdict_reads_no_catalog_file(
    own_home: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which catalog is in use is known from its load: a verdict's JSON, the status
    and the shipped version read no catalog.toml again."""
    active_catalog()
    opened: list[str] = []
    real_open = Path.open

    def counting_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.suffix == ".toml" and self.parent == CATALOG_DIR:
            opened.append(self.name)
        return real_open(self, *args, **kwargs)

    result = check_dossier(make_dossier(tmp_path, "visiteur-renouvellement"), TODAY, inspect=False)
    monkeypatch.setattr(Path, "open", counting_open)
    for _ in range(3):
        assert verdict_json(result, "fr")["catalog"]["origin"] == "shipped"
    assert shipped_catalog() == (result.catalog.version, result.catalog.checked)
    assert opened == []


def test_a_newer_update_that_does_not_load_is_not_said_to_be_in_use(
    own_home: Any, tmp_path: Path
) -> None:
    """Signed and newer, but this app cannot read it (installed by hand or by another
    version): the shipped catalog is used, and the status says so (it said
    "imported", from the update's version alone)."""
    shipped = default_catalog()
    path = _update(tmp_path, own_home, shipped.version + 1)
    broken = tmp_path / "broken"
    shutil.copytree(tmp_path / f"catalog-{shipped.version + 1}", broken)
    pieces = broken / "pieces.toml"
    pieces.write_text(pieces.read_text("utf-8") + "\n[pieces.x]\n", encoding="utf-8")
    path.write_bytes(catalog_update.make(broken, own_home))
    catalog_update.install(catalog_update.read(path))
    catalog_changed()
    assert active_catalog().origin == "shipped" and default_catalog().version == shipped.version
    status = catalog_status()
    assert status.update is not None and status.update.version == shipped.version + 1
    assert (status.in_use, status.checked) == ("shipped", shipped.checked)

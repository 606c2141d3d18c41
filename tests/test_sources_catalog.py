"""Every dated entry of the catalog says where a person can read its text, or that
it is the application's own choice (issue 14, part 4: "the text (article, fiche
number and URL), the date it was checked item by item, and a confidence").

An entry with no text a person can open is allowed only when it says so: confidence
L and a note naming what is unverified. The day the catalog was first written
(2026-11-24) survives only on such entries: every other one was re-read one by one."""

from __future__ import annotations

import datetime as dt
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.catalog import default_catalog
from desktop.paths import CATALOG_DIR
from desktop.services import check_dossier
from desktop.services.catalog import requirement_source_line, verdict_json
from tests.helpers import TODAY, make_dossier

APP_CHOICE = "Choix de l'application"
FIRST_WRITTEN = dt.date(2026, 11, 24)


def _entries(folder: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, table) for every table of every catalog file that has a source and a
    check date (catalog.toml's own ``checked`` is the day the whole was reviewed)."""

    def walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict):
            if "checked" in node and "source" in node:
                yield where, node
            for key, value in node.items():
                yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{where}[{i}]")

    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as fh:
            yield from walk(tomllib.load(fh), path.stem)


def _linked(table: dict[str, Any]) -> bool:
    source = str(table.get("source", ""))
    return bool(table.get("url")) or "http" in source or source.startswith(APP_CHOICE)


def unsourced(folder: Path) -> list[str]:
    """Entries that neither link their text, nor say they are an app choice, nor
    say (confidence L and a note) that their text could not be found."""
    bad = []
    for where, table in _entries(folder):
        if not _linked(table) and not (table.get("confidence") == "L" and table.get("note")):
            bad.append(where)
    return bad


def test_every_dated_entry_links_its_text_or_says_why_not() -> None:
    entries = list(_entries(CATALOG_DIR))
    assert len(entries) > 200
    assert unsourced(CATALOG_DIR) == []


def test_an_entry_that_loses_its_link_is_caught(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder)
    path = folder / "pieces.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[pieces.health_insurance]")
    end = text.index("\n[", start + 1)
    block = text[start:end]
    assert 'url = "https://www.legifrance.gouv.fr/' in block
    lines = [line for line in block.split("\n") if not line.startswith("url = ")]
    path.write_text(text[:start] + "\n".join(lines) + text[end:], encoding="utf-8")
    assert unsourced(folder) == ["pieces.pieces.health_insurance"]


def test_app_choices_are_not_dressed_up_as_law() -> None:
    choices = {w: t for w, t in _entries(CATALOG_DIR) if str(t["source"]).startswith(APP_CHOICE)}
    # the technical limits, image thresholds and vault parameters of the brief
    for where in (
        "bundle.images",
        "intake.resolution",
        "intake.blur",
        "vault.idle_lock",
        "vault.passphrase_kdf",
        "limits.anef",
        "rules.rules.passport_validity",
    ):
        assert where in choices, where
    for where, table in choices.items():
        # an app choice says why that value, after the colon
        reason = str(table["source"]).split(":", 1)
        assert len(reason) == 2 and len(reason[1].strip()) > 40, where
        assert table.get("confidence") == "H", where


def test_the_first_writing_day_survives_only_where_nothing_was_found() -> None:
    left = [(w, t) for w, t in _entries(CATALOG_DIR) if t["checked"] == FIRST_WRITTEN]
    for where, table in left:
        assert table.get("confidence") == "L", where
        assert str(table.get("note", "")).startswith("Non vérifié") or "indicative" in str(
            table.get("note", "")
        ), where


def test_no_entry_is_checked_after_the_catalog_itself() -> None:
    with (CATALOG_DIR / "catalog.toml").open("rb") as fh:
        reviewed = tomllib.load(fh)["checked"]
    assert reviewed == default_catalog().checked
    for where, table in _entries(CATALOG_DIR):
        assert dt.date(2024, 1, 1) <= table["checked"] <= reviewed, where


def test_a_person_reads_the_annexe_10_and_its_link_under_the_birth_certificate(
    tmp_path: Path,
) -> None:
    # Annexe 10 asks for the full copy of the birth certificate (not an extract)
    piece = default_catalog().pieces["birth_certificate"]
    assert "copie intégrale" in piece.label["fr"] and "extrait" not in piece.label["fr"]
    result = check_dossier(make_dossier(tmp_path, "vpf-conjoint-francais-premiere"), TODAY)
    item = next(p for p in verdict_json(result, "fr")["pieces"] if p["id"] == "birth_certificate")
    prov = item["provenance"]
    assert "annexe 10" in prov["source"].lower()
    assert any(u.startswith("https://www.legifrance.gouv.fr/") for u in prov["links"])
    line = requirement_source_line(result, "passport", "fr")
    assert "annexe 10" in line and "R.431-10" in line

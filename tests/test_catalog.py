"""The permit catalog is dated data: every situation the issue names, every rule sourced."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from desktop.core.catalog import CatalogError, default_catalog, load_catalog, missing_translations
from desktop.paths import CATALOG_DIR

REQUIRED_SITUATIONS = {
    ("etudiant", "first"),
    ("etudiant", "renewal"),
    ("visiteur", "first"),
    ("visiteur", "renewal"),
    ("salarie", "first"),
    ("salarie", "renewal"),
    ("travailleur_temporaire", "first"),
    ("travailleur_temporaire", "renewal"),
    ("talent", "first"),
    ("talent", "renewal"),
    ("vpf_conjoint", "first"),
    ("vpf_conjoint", "renewal"),
    ("vpf_parent", "first"),
    ("vpf_parent", "renewal"),
    ("resident", "first"),
    ("resident", "renewal"),
    ("duplicata", "duplicate"),
    ("changement_adresse", "change"),
}


def test_every_situation_of_the_issue_is_there() -> None:
    c = default_catalog()
    have = {(s.category, s.procedure) for s in c.situations.values()}
    assert REQUIRED_SITUATIONS <= have
    assert {"duplicata-perte", "duplicata-vol"} <= set(c.situations)


def test_every_rule_has_a_source_and_a_check_date() -> None:
    c = default_catalog()
    dated = [p.dated for p in c.pieces.values()]
    dated += [r.dated for s in c.situations.values() for r in s.requirements]
    dated += [s.dated for s in c.situations.values()]
    dated += [reg["dated"] for f in c.fees.values() for reg in f.regimes]
    assert len(dated) > 200
    for d in dated:
        assert d.source.strip()
        assert dt.date(2024, 1, 1) <= d.checked <= dt.date.today() + dt.timedelta(days=1)
        assert d.confidence in ("H", "M", "L")


def test_all_labels_in_six_languages() -> None:
    assert missing_translations(default_catalog()) == []


def test_conditional_address_pieces() -> None:
    c = default_catalog()
    for s in c.situations.values():
        when = {r.piece: r.when for r in s.requirements}
        assert when.get("host_id") == "hosted", s.id
        assert when.get("host_proof_of_address") == "hosted", s.id
        assert when.get("hosting_attestation") == "hosted", s.id
        assert when.get("hotel_attestation") == "hotel", s.id
        assert when.get("domiciliation_attestation") == "domiciliation", s.id


def test_cer_and_2026_conditions() -> None:
    c = default_catalog()
    for s in c.situations.values():
        pieces = {r.piece: r for r in s.requirements}
        if s.procedure in ("first", "renewal"):
            assert pieces["cer"].when == "cer_required"
        if s.integration == "required":
            assert pieces["civic_exam"].when == "integration_required"
            assert pieces["french_level"].when == "integration_required"
    assert c.situations["resident-premiere"].integration == "required"
    assert c.pieces["cer"].anef_slot["fr"].endswith("Justificatifs de domicile")
    assert c.pieces["cer"].anef_slot_confirmed


def test_limits_and_fees_are_data() -> None:
    c = default_catalog()
    assert c.slot_max_bytes("passport") == c.limits["default_max_bytes"] == 2_000_000
    assert c.fees["late_renewal"].on(dt.date(2026, 11, 24))["tax"] == 180
    assert c.rule("renewal_window")["open_days_before"] == 120


def _broken_copy(tmp_path: Path, filename: str, old: str, new: str) -> Path:
    d = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, d)
    text = (d / filename).read_text(encoding="utf-8")
    assert old in text
    (d / filename).write_text(text.replace(old, new, 1), encoding="utf-8")
    return d


def test_loader_refuses_an_undated_piece(tmp_path: Path) -> None:
    text = (CATALOG_DIR / "pieces.toml").read_text(encoding="utf-8")
    dated = re.search(r"checked = \d{4}-\d\d-\d\d\n", text)
    assert dated is not None
    d = _broken_copy(tmp_path, "pieces.toml", dated.group(0), "")
    with pytest.raises(CatalogError, match="checked"):
        load_catalog(d)


def test_loader_refuses_an_unknown_condition(tmp_path: Path) -> None:
    d = _broken_copy(tmp_path, "groups.toml", 'when = "hosted"', 'when = "hostd"')
    with pytest.raises(CatalogError, match="hostd"):
        load_catalog(d)


def test_loader_refuses_an_unknown_piece(tmp_path: Path) -> None:
    d = _broken_copy(tmp_path, "groups.toml", '{ piece = "passport" }', '{ piece = "pasport" }')
    with pytest.raises(CatalogError, match="pasport"):
        load_catalog(d)


def test_bundle_settings_labels_in_six_languages() -> None:
    import tomllib

    from desktop.core.messages import LANGS

    data = tomllib.loads((CATALOG_DIR / "bundle.toml").read_text(encoding="utf-8"))
    missing = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("fr"), str):
                missing.extend(f"{path}.{lang}" for lang in LANGS if lang not in node)
            for k, v in node.items():
                walk(v, f"{path}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(data, "bundle")
    assert data["guide"]["steps"] and missing == []

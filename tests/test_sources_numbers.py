"""Numbers in prose come from the data (issue 14, part 5).

A message or a help text that says "moins de 3 mois" while the catalog says 6
tells a person the wrong rule. Messages quote catalog values as placeholders
("{rule[ephoto][validity_months]}"), piece helps as "{months}", "{max_pages}" or
"{rule[…]}"; a literal quantity left in prose is either registered here with the
catalog value it quotes (and compared with it) or registered as not a catalog
value, with the reason. A new unregistered literal fails, and so does a
registered one that disagrees with its value."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.catalog import CatalogError, load_catalog
from desktop.core.messages import LANGS, all_messages, t
from desktop.paths import CATALOG_DIR, MESSAGES_DIR

# "3 mois", "72 h", "22 caractères", and the "24" of "24 à 72 h"
QUANTITY = re.compile(
    r"(\d+(?:[,.]\d+)?)[\s\u00a0\u202f]?"
    r"(mois|jours?|ans?|€|euros?|Mo|Ko|heures|h|pages?|caractères)(?![\w])"
)
RANGE_LOW = re.compile(r"(\d+)\s?à\s?\d+[\s\u00a0\u202f]?(h|heures|mois|jours)\b")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: Names of documents that carry a number, not rules: "certificat de résidence de 10 ans"
#: (accord franco-algérien, art. 7 bis), "carte de résident de 10 ans".
NAMES = re.compile(r"(certificats? de résidence|cartes? de résident)( algériens?)? de 10 ans", re.I)

#: (where, literal) -> the catalog value it quotes ("rules.X.key", "pieces.X.key"),
#: or None with the reason it is not a catalog value.
QUOTES: dict[tuple[str, str], str | tuple[None, str]] = {
    ("messages:id.mrz.length", "44 caractères"): (None, "ICAO 9303: a TD3 line has 44 characters"),
    ("pieces.proof_of_address.help", "3 mois"): "rules.proof_of_address.months",
    ("pieces.host_proof_of_address.help", "3 mois"): "rules.proof_of_address.months",
    ("pieces.marriage_certificate.help", "3 mois"): "freshness:marriage_certificate",
    ("pieces.ephoto.help", "22 caractères"): "rules.ephoto.code_length",
    ("pieces.resources_proof.help", "615 €"): "rules.resources_student.monthly_eur",
    ("pieces.ephoto.help", "6 mois"): "rules.ephoto.validity_months",
    ("pieces.ephoto.help", "24 h"): "rules.ephoto.activation_min_hours",
    ("pieces.ephoto.help", "72 h"): "rules.ephoto.activation_max_hours",
    # The shortest delay to contest an OQTF: the decision states the one that applies
    # (48 hours to a month); after_filing.toml says so in a note, with no value.
    **{
        (f"messages:{key}", "48 heures"): (
            None,
            "OQTF appeal delay, as short as 48 hours: the decision states it (no catalog value)",
        )
        for key in ("timeline.advice.removal", "answer.removal", "sheet.summary.oqtf")
    },
    # The 2026 integration exemption by studies in France (décret n° 2025-647): the
    # rules helper's message, its durations not yet in rules.integration.
    **{
        ("messages:integration.exempt_studies", lit): (
            None,
            "décret n° 2025-647 exemption by studies in France: not a catalog value yet",
        )
        for lit in ("3 ans", "1 an")
    },
    ("pieces.french_level.help", "2 ans"): (
        None,
        "no catalog value yet for the age of a language test (to add with its source)",
    ),
}


def _raw(directory: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("rules", "pieces"):
        with (directory / f"{name}.toml").open("rb") as fh:
            out[name] = tomllib.load(fh)[name]
    return out


def _value(raw: dict[str, Any], path: str) -> Any:
    """The catalog value at ``path`` ("rules.X.key", "pieces.X.key"), or a piece's
    freshness in months ("freshness:PIECE": its own or its rule's); None if absent."""
    if path.startswith("freshness:"):
        piece = raw["pieces"].get(path.split(":", 1)[1], {})
        rule = piece.get("freshness_rule")
        if rule is not None:
            return raw["rules"].get(rule, {}).get("months")
        return piece.get("freshness_months")
    node: Any = raw
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def literals(text: str) -> Iterator[str]:
    """The quantities written out in ``text`` (placeholders removed)."""
    plain = NAMES.sub(" ", PLACEHOLDER.sub(" ", text))
    for m in QUANTITY.finditer(plain):
        yield f"{m.group(1)} {m.group(2)}"
    for m in RANGE_LOW.finditer(plain):
        yield f"{m.group(1)} {m.group(2)}"


def prose(directory: Path) -> Iterator[tuple[str, str]]:
    """(where, French text) of every message and every piece's help, label and note."""
    for key, table in all_messages().items():
        yield f"messages:{key}", table.get("fr", "")
    with (directory / "pieces.toml").open("rb") as fh:
        pieces = tomllib.load(fh)["pieces"]
    for pid, piece in pieces.items():
        for field in ("help", "label"):
            if isinstance(piece.get(field), dict):
                yield f"pieces.{pid}.{field}", str(piece[field].get("fr", ""))
    with (directory / "situations.toml").open("rb") as fh:
        situations = tomllib.load(fh)["situations"]
    for sid, s in situations.items():
        yield f"situations.{sid}.label", str(s.get("label", {}).get("fr", ""))
        for i, entry in enumerate(s.get("pieces", [])):
            if isinstance(entry.get("note"), dict):
                yield f"situations.{sid}.pieces[{i}].note", str(entry["note"].get("fr", ""))


def disagreements(directory: Path) -> list[str]:
    raw = _raw(directory)
    found = []
    for where, text in prose(directory):
        for literal in literals(text):
            quoted = QUOTES.get((where, literal))
            if quoted is None:
                found.append(
                    f"{where}: “{literal}” is written out; quote the catalog value "
                    "({months}, {rule[...][...]}) or register it in QUOTES"
                )
                continue
            if isinstance(quoted, tuple):
                continue  # not a catalog value, reason given
            number = literal.split()[0]
            value = _value(raw, quoted)
            if str(value) != number:
                found.append(f"{where}: says “{literal}” but {quoted} is {value}")
    return found


def test_no_prose_states_a_number_the_catalog_holds_otherwise() -> None:
    assert disagreements(CATALOG_DIR) == []


def test_a_changed_catalog_value_is_caught(tmp_path: Path) -> None:
    d = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, d)
    rules = d / "rules.toml"
    text = rules.read_text(encoding="utf-8")
    assert "validity_months = 6" in text
    rules.write_text(text.replace("validity_months = 6", "validity_months = 7"), encoding="utf-8")
    found = disagreements(d)
    assert any("pieces.ephoto.help" in f and "validity_months is 7" in f for f in found), found


def test_the_scanner_sees_a_new_literal(tmp_path: Path) -> None:
    assert list(literals("valable 6 mois, utilisable 24 à 72 h")) == ["6 mois", "72 h", "24 h"]
    assert list(literals("valable {months} mois")) == []
    assert list(literals("Certificat de résidence algérien de 10 ans – première demande")) == []


def test_every_quoted_value_resolves_in_every_language() -> None:
    """A message quoting the catalog shows the value, never the placeholder."""
    import desktop.core.catalog  # noqa: F401  (registers the quoted values)

    quoting = {k: v for k, v in all_messages().items() if "{rule[" in v.get("fr", "")}
    assert {"duplicate.renew_instead", "flow.ephoto_too_old"} <= set(quoting)
    for key in quoting:
        for lang in LANGS:
            shown = t(key, lang, expiry=dt.date(2027, 1, 1), date=dt.date(2027, 1, 1))
            assert "{rule" not in shown and "{" not in shown, (key, lang, shown)
    raw = _raw(CATALOG_DIR)
    days = raw["rules"]["duplicate"]["renew_instead_within_days"]
    assert f"{days} jours" in t("duplicate.renew_instead", "fr", expiry=dt.date(2027, 1, 1))
    months = raw["rules"]["ephoto"]["validity_months"]
    assert f"({months} mois après" in t("flow.ephoto_too_old", "fr", date="x")


def _with_help(tmp_path: Path, piece: str, help_fr: str) -> Path:
    d = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, d)
    text = (d / "pieces.toml").read_text(encoding="utf-8")
    with (d / "pieces.toml").open("rb") as fh:
        old = tomllib.load(fh)["pieces"][piece]["help"]["fr"]
    quoted = old.replace("\\", "\\\\").replace('"', '\\"')
    assert f'fr = "{quoted}"' in text
    text = text.replace(f'fr = "{quoted}"', f'fr = "{help_fr}"', 1)
    (d / "pieces.toml").write_text(text, encoding="utf-8")
    return d


def test_a_help_quotes_its_pieces_values(tmp_path: Path) -> None:
    d = _with_help(
        tmp_path,
        "proof_of_address",
        "À votre nom, de moins de {months} mois ; au plus {max_pages} pages ; "
        "photo valable {rule[ephoto][validity_months]} mois.",
    )
    catalog = load_catalog(d)
    help_fr = catalog.pieces["proof_of_address"].help["fr"]
    months = catalog.pieces["proof_of_address"].freshness_months
    pages = catalog.pieces["proof_of_address"].max_pages
    assert help_fr == (
        f"À votre nom, de moins de {months} mois ; au plus {pages} pages ; photo valable "
        f"{catalog.rules['ephoto']['validity_months']} mois."
    )
    assert disagreements(d) == []


def test_a_help_quoting_an_unknown_value_is_refused(tmp_path: Path) -> None:
    d = _with_help(tmp_path, "proof_of_address", "moins de {rule[nope][months]} mois")
    with pytest.raises(CatalogError, match="proof_of_address"):
        load_catalog(d)


def test_messages_dir_is_scanned() -> None:
    assert any(MESSAGES_DIR.glob("*.toml"))

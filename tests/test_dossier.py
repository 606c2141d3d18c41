"""The dossier file format: round trips, keeps unknown keys, refuses clearly."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from desktop.core.dossier import SCHEMA_VERSION, Dossier
from desktop.errors import UserError

ROOT = Path(__file__).resolve().parent.parent


def test_example_dossier_loads_and_round_trips(tmp_path: Path) -> None:
    example = ROOT / "examples" / "etudiant-renouvellement" / "dossier.toml"
    d = Dossier.load(example)
    assert d.situation_id == "etudiant-renouvellement"
    assert d.applicant.surname_native == "ИВАНОВА"
    out = d.save(tmp_path / "copy.toml")
    again = Dossier.load(out)
    assert again.data == d.data


def test_unknown_keys_survive_a_save(tmp_path: Path) -> None:
    p = tmp_path / "d.toml"
    p.write_text(
        'schema_version = 1\nsituation = "visiteur-premiere"\nfuture_field = "kept"\n'
        '[applicant]\nsurname = "X"\nnickname = "also kept"\n',
        encoding="utf-8",
    )
    d = Dossier.load(p)
    d.set("applicant.given_names", "Y")
    d.save()
    text = p.read_text(encoding="utf-8")
    assert 'future_field = "kept"' in text and 'nickname = "also kept"' in text
    assert Dossier.load(p).applicant.given_names == "Y"


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ('schema_version = 99\nsituation = "x"\n', "dossier.schema_too_new"),
        ('situation = "x"\n', "dossier.no_schema_version"),
        ("schema_version = 1\n[applicant\n", "dossier.bad_toml"),
        ('schema_version = 1\n[applicant]\nbirth_date = "le 3 mai"\n', "dossier.bad_date"),
        ('schema_version = 1\n[address]\nkind = "tent"\n', "dossier.bad_address_kind"),
        ('schema_version = 1\n[pieces]\npassport = "p.pdf"\n', "dossier.bad_section"),
    ],
)
def test_bad_files_raise_a_user_error(tmp_path: Path, content: str, key: str) -> None:
    p = tmp_path / "d.toml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as info:
        Dossier.load(p)
    assert info.value.key == key
    assert info.value.message("fr") and info.value.message("ar")


def test_not_utf8(tmp_path: Path) -> None:
    p = tmp_path / "d.toml"
    p.write_bytes("schema_version = 1\nsituation = 'é'\n".encode("latin-1"))
    with pytest.raises(UserError) as info:
        Dossier.load(p)
    assert info.value.key == "dossier.not_utf8"


def test_french_dates_are_read(tmp_path: Path) -> None:
    p = tmp_path / "d.toml"
    p.write_text('schema_version = 1\n[applicant]\nbirth_date = "12/04/1998"\n', encoding="utf-8")
    assert Dossier.load(p).applicant.birth_date == dt.date(1998, 4, 12)


def test_save_is_atomic_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = Dossier.new("visiteur-premiere")
    d.set("applicant.surname", "AVANT")
    path = d.save(tmp_path / "d.toml")
    before = path.read_bytes()
    d.set("applicant.surname", "APRES")

    def boom(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        d.save()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["d.toml"]


def test_new_dossier_has_the_schema_version() -> None:
    assert Dossier.new().data["schema_version"] == SCHEMA_VERSION

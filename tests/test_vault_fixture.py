"""A store written by format version 1 opens, whatever the current version is.

tests/fixtures/vault_v1 was written once by format 1 (see make_fixture.py)
and is kept for good: never regenerate it.  The test works on a copy.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from desktop.vault import FORMAT_VERSION, Vault
from desktop.vault.store import read_header, unpack_handover

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "vault_v1"
EXPECTED = json.loads((FIXTURE / "expected.json").read_text("utf-8"))


@pytest.fixture
def store(tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(FIXTURE / "store", copy)
    return copy


def test_v1_store_opens_and_reads_back(store: Path) -> None:
    assert read_header(FIXTURE / "store")["version"] == 1 <= FORMAT_VERSION
    with Vault.open(store, EXPECTED["passphrase"]) as v:
        cases = {c.id: c for c in v.list_dossiers()}
        assert set(cases) == set(EXPECTED["dossiers"])
        for dossier_id, want in EXPECTED["dossiers"].items():
            record = v.load_dossier(dossier_id)
            assert hashlib.sha256(record.toml).hexdigest() == want["toml_sha256"]
            assert {n: hashlib.sha256(c).hexdigest() for n, c in record.files.items()} == want[
                "files"
            ]
            assert cases[dossier_id].display_name == want["display_name"]
            assert record.revision == want["revision"]
        reading = v.log.read()
        assert reading.intact
        assert [[e.dossier, e.action, e.what] for e in reading.entries] == EXPECTED["log"]
        # and it keeps working after the upgrade: a new save, a new log line
        v.save_dossier("V1-C", b"new = true\n", {}, {"display_name": "after upgrade"})
        v.log.append("V1-C", "generated", "letter")
    with Vault.open(store, EXPECTED["passphrase"]) as v:
        assert len(v.list_dossiers()) == 3 and v.log.read().intact


def test_v1_store_falls_back_to_its_older_generations(store: Path) -> None:
    newest = sorted((store / "index").iterdir())[-1]
    newest.write_bytes(b"")
    with Vault.open(store, EXPECTED["passphrase"]) as v:
        assert v.recovered
        assert v.load_dossier("V1-A").revision == 1


def test_v1_wrong_passphrase(store: Path) -> None:
    from desktop.errors import UserError

    with pytest.raises(UserError) as err:
        Vault.open(store, "not it at all")
    assert err.value.key == "vault.wrong_passphrase"


def test_v1_handover_file_imports(tmp_path: Path) -> None:
    record = unpack_handover(
        (FIXTURE / "handover_v1.dsvx").read_bytes(), EXPECTED["handover_passphrase"]
    )
    want = EXPECTED["dossiers"]["V1-A"]
    assert hashlib.sha256(record.toml).hexdigest() == want["toml_sha256"]
    assert {n: hashlib.sha256(c).hexdigest() for n, c in record.files.items()} == want["files"]

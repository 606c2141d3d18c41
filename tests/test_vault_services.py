"""``desktop.services.vault``: the vault's use cases as both front ends call them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.services import vault as service

REPO = Path(__file__).resolve().parent.parent
PW = "correct horse battery"
FILE_PW = "hand-over passphrase"
TOML = b'schema_version = 1\nid = "D-1"\n[pieces.passport]\nfiles = ["p/scan.pdf"]\n'


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


def new_store(path: Path) -> service.Vault:
    return service.create_store(path, custody="passphrase", passphrase=PW, kdf_strength="test")


def dossier_file(folder: Path) -> Path:
    (folder / "p").mkdir(parents=True)
    (folder / "p" / "scan.pdf").write_bytes(b"%PDF-1.4 scan\n")
    (folder / "dossier.toml").write_bytes(TOML)
    return folder / "dossier.toml"


def actions(vault: service.Vault) -> list[tuple[str, str, str]]:
    return [(e.dossier, e.action, e.what) for e, _name in service.read_log(vault).entries]


def test_every_listed_name_resolves_and_importing_loads_no_store() -> None:
    import subprocess

    for name in service.__all__:
        assert getattr(service, name) is not None, name
    with pytest.raises(AttributeError):
        service.NoSuchThing  # noqa: B018
    code = (
        "import sys, desktop.services\n"
        "print(sorted(m for m in sys.modules if m.startswith(('desktop.vault', 'cryptography'))))"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_open_store_asks_the_passphrase_only_when_the_keyring_cannot(tmp_path: Path) -> None:
    store = tmp_path / "s"
    new_store(store).close()
    assert service.store_slots(store) == ["passphrase"]
    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return PW

    with service.open_store(store, ask=ask) as v:
        assert v.custody == ["passphrase"]
    assert asked == [1]
    with pytest.raises(UserError) as err:
        service.open_store(store)  # no way to ask: the keyring's (absent) answer stands
    assert err.value.key == "vault.passphrase_needed"
    with pytest.raises(UserError) as err:
        service.open_store(store, "wrong passphrase", ask=ask)
    assert err.value.key == "vault.wrong_passphrase" and asked == [1]
    with pytest.raises(UserError) as err:
        service.open_store(tmp_path / "none", ask=ask)
    assert err.value.key == "vault.not_found" and asked == [1]


def test_add_list_export_import_delete_and_the_log(tmp_path: Path) -> None:
    source = service.read_dossier_file(dossier_file(tmp_path / "in"))
    assert source.files == {"p/scan.pdf": b"%PDF-1.4 scan\n"} and source.raw == TOML
    with new_store(tmp_path / "a") as a:
        result = service.add_dossier(a, source, "D-1", {"display_name": "Émilie Durand"})
        assert result.changed and result.blobs_written == 2
        assert [c.id for c in service.list_cases(a, "emilie")] == ["D-1"]
        assert service.list_cases(a, "nobody") == [] and len(service.list_cases(a)) == 1
        out = service.export_case(a, "D-1", tmp_path / "d1.dsvx", FILE_PW, kdf_strength="test")
        toml = service.open_clear_copy(a, "D-1", tmp_path / "clear")
        assert (toml.parent / "p" / "scan.pdf").read_bytes() == b"%PDF-1.4 scan\n"
        service.delete_case(a, "D-1")
        assert service.list_cases(a) == []
        assert actions(a) == [
            ("D-1", "saved", "1 files"),
            ("D-1", "exported", "hand-over file"),
            ("D-1", "opened", "clear copy"),
            ("D-1", "deleted", ""),
        ]
        view = service.read_log(a)
        assert view.intact and not view.torn_tail
    with new_store(tmp_path / "b") as b:
        assert service.import_case(b, out, FILE_PW, log=False) == "D-1"
        with pytest.raises(UserError) as err:
            service.import_case(b, out, FILE_PW)
        assert err.value.key == "vault.dossier_exists"
        assert service.import_case(b, out, FILE_PW, replace=True, as_id="D-1") == "D-1"
        assert actions(b) == [("D-1", "imported", "hand-over file")]
        assert service.read_log(b).entries[0][1] == "Émilie Durand"


def test_a_log_that_cannot_be_written_stops_the_command_line_not_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.vault.log import ActionLog

    def broken(self: ActionLog, *args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ActionLog, "append", broken)
    with new_store(tmp_path / "s") as v:
        v.save_dossier("D-1", TOML, {}, {})
        service.note(v, "D-1", "opened", quiet=True)
        with pytest.raises(OSError):
            service.note(v, "D-1", "opened")
        service.delete_case(v, "D-1", quiet_log=True)
        assert not v.has_dossier("D-1")


def test_change_passphrase_and_wipe(tmp_path: Path) -> None:
    store = tmp_path / "s"
    new_store(store).close()
    with pytest.raises(UserError) as err:
        service.change_passphrase(store, "wrong passphrase", "a new passphrase")
    assert err.value.key == "vault.wrong_passphrase"
    service.change_passphrase(store, PW, "a new passphrase", kdf_strength="test")
    service.open_store(store, "a new passphrase").close()
    assert service.wipe_store(store) > 0 and not store.exists()


def test_a_dossier_file_naming_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = dossier_file(tmp_path)
    (tmp_path / "p" / "scan.pdf").unlink()
    with pytest.raises(UserError) as err:
        service.read_dossier_file(path)
    assert err.value.key == "vault.piece_file_missing"
    with pytest.raises(UserError) as err:
        service.read_dossier_file(tmp_path / "nope.toml")
    assert err.value.key == "cli.file_not_found"

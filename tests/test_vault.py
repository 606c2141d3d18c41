"""The encrypted store: nothing in clear, wrong passphrase, hand-over, tampering, CLI."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.vault import Vault
from desktop.vault.store import DossierRecord, pack_handover

REPO = Path(__file__).resolve().parent.parent
NAME = "Zéphyrine Quasimodo-Étrange"
NUMBER = "7512345678"
PASSPORT = b"%PDF-1.7\n" + b"PASSPORT-MARKER-c0ffee-" * 400
PHOTO = b"\xff\xd8\xff\xe0" + b"PHOTO-MARKER-beef-" * 300
PW = "correct horse battery"


def dossier_toml(name: str = NAME) -> bytes:
    given, surname = name.split(" ", 1)
    return (
        'schema_version = 1\nid = "D-2026-001"\nsituation = "visiteur-premiere"\n'
        "[applicant]\n"
        f'given_names = "{given}"\nsurname = "{surname}"\nnumero_etranger = "{NUMBER}"\n'
        '[pieces.passport]\nfiles = ["pieces/passeport.pdf"]\n'
        '[pieces.photo]\nfiles = ["pieces/photo identité.jpg"]\n'
        "[pieces.rib]\nfiles = []\n"
    ).encode()


FILES = {"pieces/passeport.pdf": PASSPORT, "pieces/photo identité.jpg": PHOTO}
SUMMARY = {"display_name": NAME, "status": "2/3", "deadline": "2026-12-31", "number": NUMBER}


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the passphrase path: never touch a real keyring."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


def new_vault(path: Path) -> Vault:
    return Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test")


def needles() -> list[bytes]:
    """Every way the secrets could appear in clear on disk."""
    out: set[bytes] = set()
    for text in (NAME, NAME.split()[0], NAME.split()[1], NUMBER):
        for form in ("NFC", "NFD"):
            norm = unicodedata.normalize(form, text)
            for variant in (norm, norm.casefold(), norm.upper()):
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    out.add(variant.encode(enc))
    out.update(
        {b"PASSPORT-MARKER-c0ffee", b"PHOTO-MARKER-beef", b"photo identit", b"passeport.pdf"}
    )
    out.add(dossier_toml()[:40])
    return sorted(out)


def scan(*roots: Path) -> list[str]:
    hits = []
    keys = needles()
    for root in roots:
        for file in sorted(p for p in root.rglob("*") if p.is_file()):
            data = file.read_bytes()
            hits += [f"{file}: {k[:30]!r}" for k in keys if k in data]
            hits += [f"{file}: name {k[:30]!r}" for k in keys if k in str(file).encode()]
    return hits


def cli(
    *args: str, env: dict[str, str] | None = None, check: int | None = 0
) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop("DOSSIER_SEJOUR_PASSPHRASE", None)
    full_env.update(
        {"PYTHONPATH": str(REPO), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    )
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=full_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if check is not None:
        assert proc.returncode == check, (proc.returncode, proc.stdout, proc.stderr)
    return proc


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "lock"
    }


def write_dossier_folder(folder: Path) -> Path:
    (folder / "pieces").mkdir(parents=True)
    for name, content in FILES.items():
        (folder / name).write_bytes(content)
    toml = folder / "dossier.toml"
    toml.write_bytes(dossier_toml())
    return toml


# ---------------------------------------------------------------- done-when: nothing in clear


def test_name_and_files_appear_nowhere_in_clear(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    tmp.mkdir()
    env = {
        "DOSSIER_SEJOUR_HOME": str(home),
        "DOSSIER_SEJOUR_PASSPHRASE": PW,
        "TMPDIR": str(tmp),
        "DOSSIER_SEJOUR_FILE_PASSPHRASE": "hand-over secret",
    }
    toml = write_dossier_folder(tmp_path / "input")
    cli("vault", "init", env=env)
    cli("vault", "add", str(toml), env=env)
    listed = json.loads(cli("vault", "list", "--json", "--search", "zephyrine", env=env).stdout)
    assert [d["display_name"] for d in listed["dossiers"]] == ["QUASIMODO-ÉTRANGE Zéphyrine"]
    assert listed["dossiers"][0]["number"] == NUMBER
    out = tmp_path / "export"
    out.mkdir()
    cli("vault", "export", "D-2026-001", "--out", str(out / "d.dsvx"), env=env)
    # autosave-like repeated saves and a clear copy that must be wiped
    with Vault.open(home / "data" / "vault", PW) as v:
        for i in range(5):
            v.save_dossier("D-2026-001", dossier_toml() + b"# %d\n" % i, FILES, SUMMARY)
        v.log.append("D-2026-001", "generated", "slot:identite")
        with v.materialised("D-2026-001", base=tmp) as toml_path:
            assert (toml_path.parent / "pieces" / "passeport.pdf").read_bytes() == PASSPORT
            assert stat.S_IMODE(toml_path.parent.parent.stat().st_mode) == 0o700
            assert scan(tmp)  # the scan does find clear text when there is some
    assert (home / "data" / "vault" / "vault.json").exists()
    assert scan(home, tmp, out) == []
    assert list(tmp.iterdir()) == []


# ---------------------------------------------------------------- passphrase


def test_wrong_passphrase_alters_nothing(tmp_path: Path) -> None:
    store = tmp_path / "s"
    with new_vault(store) as v:
        v.save_dossier("D-1", dossier_toml(), FILES, SUMMARY)
    before = snapshot(store)
    with pytest.raises(UserError) as err:
        Vault.open(store, "not the passphrase")
    assert err.value.key == "vault.wrong_passphrase"
    for lang in ("fr", "en", "ru", "zh", "ar", "uk"):
        assert err.value.message(lang)
    with pytest.raises(UserError) as err:
        Vault.open(store)
    assert err.value.key == "vault.passphrase_needed"
    assert snapshot(store) == before
    proc = cli(
        "vault",
        "list",
        "--store",
        str(store),
        "--lang",
        "en",
        env={"DOSSIER_SEJOUR_PASSPHRASE": "nope nope"},
        check=2,
    )
    assert "wrong passphrase" in proc.stderr and "nothing was changed" in proc.stderr
    assert snapshot(store) == before
    with Vault.open(store, PW) as v:
        assert v.load_dossier("D-1").files == FILES


def test_change_passphrase_rewraps_key_only(tmp_path: Path) -> None:
    store = tmp_path / "s"
    with new_vault(store) as v:
        v.save_dossier("D-1", dossier_toml(), FILES, SUMMARY)
    data_before = {k: b for k, (b, _) in snapshot(store).items() if k != "vault.json"}
    with Vault.open(store, PW) as v:
        with pytest.raises(UserError):
            v.change_passphrase("wrong wrong", "a new passphrase")
        v.change_passphrase(PW, "a new passphrase", kdf_strength="test")
    assert {k: b for k, (b, _) in snapshot(store).items() if k != "vault.json"} == data_before
    with pytest.raises(UserError):
        Vault.open(store, PW)
    with Vault.open(store, "a new passphrase") as v:
        assert v.load_dossier("D-1").files == FILES
    new_pw = tmp_path / "new.txt"
    new_pw.write_text("third passphrase\n")
    cli(
        "vault",
        "passwd",
        "--store",
        str(store),
        "--new-passphrase-file",
        str(new_pw),
        env={"DOSSIER_SEJOUR_PASSPHRASE": "a new passphrase"},
    )
    with Vault.open(store, "third passphrase") as v:
        assert v.load_dossier("D-1").toml == dossier_toml()


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        Vault.create(tmp_path / "s", custody="passphrase", passphrase="short")
    assert err.value.key == "vault.passphrase_too_short"
    assert not (tmp_path / "s").exists()


# ---------------------------------------------------------------- hand-over


def test_export_import_on_another_store_bit_for_bit(tmp_path: Path) -> None:
    with new_vault(tmp_path / "a") as a:
        a.save_dossier("D-1", dossier_toml(), FILES, SUMMARY, toml_name="mon dossier.toml")
        original = a.load_dossier("D-1")
        a.export_dossier("D-1", tmp_path / "h.dsvx", "hand-over secret", kdf_strength="test")
    handover = (tmp_path / "h.dsvx").read_bytes()
    assert not any(k in handover for k in needles())
    with new_vault(tmp_path / "b") as b:
        before = snapshot(tmp_path / "b")
        with pytest.raises(UserError) as err:
            b.import_dossier(tmp_path / "h.dsvx", "wrong secret")
        assert err.value.key == "vault.wrong_passphrase_file"
        assert snapshot(tmp_path / "b") == before
        assert b.import_dossier(tmp_path / "h.dsvx", "hand-over secret") == "D-1"
        copy = b.load_dossier("D-1")
        with pytest.raises(UserError) as err:
            b.import_dossier(tmp_path / "h.dsvx", "hand-over secret")
        assert err.value.key == "vault.dossier_exists"
        assert b.import_dossier(tmp_path / "h.dsvx", "hand-over secret", as_id="D-9") == "D-9"
        b.materialise("D-1", tmp_path / "out")
    assert copy.toml == original.toml
    assert copy.files == original.files
    assert copy.summary == original.summary
    assert copy.toml_name == "mon dossier.toml"
    assert (tmp_path / "out" / "mon dossier.toml").read_bytes() == dossier_toml()
    for name, content in FILES.items():
        assert (
            hashlib.sha256((tmp_path / "out" / name).read_bytes()).digest()
            == hashlib.sha256(content).digest()
        )


def test_cli_export_import_open_round_trip(tmp_path: Path) -> None:
    env = {"DOSSIER_SEJOUR_PASSPHRASE": PW, "DOSSIER_SEJOUR_HOME": str(tmp_path / "home")}
    toml = write_dossier_folder(tmp_path / "in")
    cli("vault", "init", "--store", str(tmp_path / "a"), env=env)
    cli("vault", "init", "--store", str(tmp_path / "b"), env=env)
    cli("vault", "add", str(toml), "--store", str(tmp_path / "a"), env=env)
    proc = cli(
        "vault",
        "export",
        "D-2026-001",
        "--out",
        str(tmp_path / "x.dsvx"),
        "--generate-passphrase",
        "--json",
        "--store",
        str(tmp_path / "a"),
        env=env,
    )
    secret = json.loads(proc.stdout)["passphrase"]
    cli(
        "vault",
        "import",
        str(tmp_path / "x.dsvx"),
        "--store",
        str(tmp_path / "b"),
        env=dict(env, DOSSIER_SEJOUR_FILE_PASSPHRASE=secret),
    )
    cli(
        "vault",
        "open",
        "D-2026-001",
        "--to",
        str(tmp_path / "out"),
        "--store",
        str(tmp_path / "b"),
        env=env,
    )
    for p in (tmp_path / "in").rglob("*"):
        if p.is_file():
            assert (
                tmp_path / "out" / p.relative_to(tmp_path / "in")
            ).read_bytes() == p.read_bytes()
    log = json.loads(cli("vault", "log", "--json", "--store", str(tmp_path / "b"), env=env).stdout)
    assert [e["action"] for e in log["entries"]] == ["imported", "opened"]
    assert log["intact"] and log["entries"][0]["display_name"] == "QUASIMODO-ÉTRANGE Zéphyrine"


def test_hostile_handover_paths_are_refused(tmp_path: Path) -> None:
    evil = DossierRecord("D-1", b"x = 1\n", {"../../etc/evil": b"x"}, {}, "d.toml", "", "", 1)
    (tmp_path / "evil.dsvx").write_bytes(pack_handover(evil, "hand-over secret", "test"))
    with new_vault(tmp_path / "s") as v:
        with pytest.raises(UserError) as err:
            v.import_dossier(tmp_path / "evil.dsvx", "hand-over secret")
        assert err.value.key == "vault.bad_file_name"
        for bad in ("/etc/passwd", "a/../../b", "C:\\x", "a\\b", ""):
            with pytest.raises(UserError):
                v.save_dossier("D-1", b"", {bad: b"x"}, {})
        assert v.list_dossiers() == []


# ---------------------------------------------------------------- integrity


def test_swapped_or_altered_blobs_are_detected(tmp_path: Path) -> None:
    store = tmp_path / "s"
    with new_vault(store) as v:
        v.save_dossier("D-1", dossier_toml(), FILES, SUMMARY)
    blobs = sorted(p for p in (store / "objects").rglob("*") if p.is_file())
    a, b = blobs[0].read_bytes(), blobs[1].read_bytes()
    blobs[0].write_bytes(b)
    blobs[1].write_bytes(a)
    with Vault.open(store, PW) as v, pytest.raises(UserError) as err:
        v.load_dossier("D-1")
    assert err.value.key == "vault.file_damaged"  # that file, not the whole store
    assert err.value.params["id"] == "D-1"
    assert err.value.params["file"] in {"dossier.toml", *FILES}
    blobs[0].write_bytes(a[:-1] + bytes([a[-1] ^ 1]))


def test_file_modes_are_private(tmp_path: Path) -> None:
    store = tmp_path / "s"
    with new_vault(store) as v:
        v.save_dossier("D-1", dossier_toml(), FILES, SUMMARY)
    for p in [store, *store.rglob("*")]:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, (p, oct(mode))


def test_store_is_locked_against_a_second_writer(tmp_path: Path) -> None:
    with new_vault(tmp_path / "s"):
        with pytest.raises(UserError) as err:
            Vault.open(tmp_path / "s", PW)
        assert err.value.key == "vault.busy"


# ---------------------------------------------------------------- volunteer caseload


def test_case_list_search_and_delete(tmp_path: Path) -> None:
    store = tmp_path / "s"
    with new_vault(store) as v:
        v.save_dossier(
            "D-1", b"a", {}, {"display_name": "Élodie Ndiaye", "status": "draft", "missing": 3}
        )
        v.save_dossier(
            "D-2",
            b"b",
            {"f.pdf": b"only-in-d2"},
            {"display_name": "Sergii Kovalenko", "number": "0799887766"},
        )
        v.save_dossier("D-3", b"c", {}, {"display_name": "王 芳", "deadline": "2026-12-01"})
        assert [c.id for c in v.list_dossiers()] == ["D-3", "D-2", "D-1"] or len(
            v.list_dossiers()
        ) == 3
        assert [c.id for c in v.search("elodie")] == ["D-1"]
        assert [c.id for c in v.search("ÉLODIE")] == ["D-1"]
        assert [c.id for c in v.search("998877")] == ["D-2"]
        assert [c.id for c in v.search("王")] == ["D-3"]
        assert [c.id for c in v.search("d-2")] == ["D-2"]
        assert v.search("D-1")[0].missing == 3
        v.delete("D-2")
        assert [c.id for c in v.search("kovalenko")] == []
    # history that still named D-2 is gone: one index generation, no orphan blob
    assert len(list((store / "index").iterdir())) == 1
    with Vault.open(store, PW) as v:
        assert {c.id for c in v.list_dossiers()} == {"D-1", "D-3"}
        assert v.swept == 0
    assert len([p for p in (store / "objects").rglob("*") if p.is_file()]) == 2


def test_action_log_is_encrypted_chained_and_survives_a_torn_line(tmp_path: Path) -> None:
    store = tmp_path / "s"
    with new_vault(store) as v:
        v.log.append("D-1", "generated", "slot:identite")
        v.log.append("D-1", "generated", "letter:rdv")
        v.log.append("D-2", "exported", "hand-over file")
        reading = v.log.read()
        assert reading.intact and [e.what for e in reading.entries] == [
            "slot:identite",
            "letter:rdv",
            "hand-over file",
        ]
    path = store / "log" / "actions.log"
    raw = path.read_bytes()
    assert b"slot:identite" not in raw and b"D-1" not in raw
    # a crash in the middle of an append: torn tail, cut before the next append
    path.write_bytes(raw + raw.splitlines()[0][:17])
    with Vault.open(store, PW) as v:
        assert v.log.read().torn_tail
        v.log.append("D-3", "generated", "slot:photo")
        reading = v.log.read()
        assert reading.intact and not reading.torn_tail and len(reading.entries) == 4
    # removing a line breaks the chain from there on
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:1] + lines[2:]))
    with Vault.open(store, PW) as v:
        reading = v.log.read()
        assert not reading.intact and len(reading.entries) == 1


# ---------------------------------------------------------------- CLI mistakes: exit 2, no traceback


def test_cli_mistakes_exit_2_with_a_message(tmp_path: Path) -> None:
    env = {"DOSSIER_SEJOUR_HOME": str(tmp_path / "home")}
    store = str(tmp_path / "s")
    assert (
        "vault init"
        in cli("vault", "list", "--store", store, "--lang", "en", env=env, check=2).stderr
    )
    proc = cli("vault", "init", "--store", store, "--lang", "en", env=env, check=2)
    assert (
        "DOSSIER_SEJOUR_PASSPHRASE" in proc.stderr and "--passphrase-file" in proc.stderr
    )  # no TTY, no passphrase: says how
    env["DOSSIER_SEJOUR_PASSPHRASE"] = PW
    cli("vault", "init", "--store", store, env=env)
    cli("vault", "init", "--store", store, env=env, check=2)
    assert (
        "D-404"
        in cli(
            "vault",
            "open",
            "D-404",
            "--to",
            str(tmp_path / "o"),
            "--store",
            store,
            env=env,
            check=2,
        ).stderr
    )
    bad = tmp_path / "bad.toml"
    bad.write_text("id = \n")
    cli("vault", "add", str(bad), "--store", store, env=env, check=2)
    missing = tmp_path / "m.toml"
    missing.write_text('schema_version = 1\n[pieces.passport]\nfiles = ["nope.pdf"]\n')
    proc = cli("vault", "add", str(missing), "--store", store, "--lang", "en", env=env, check=2)
    assert "nope.pdf" in proc.stderr and "passport" in proc.stderr
    cli(
        "vault",
        "import",
        str(missing),
        "--store",
        store,
        env=dict(env, DOSSIER_SEJOUR_FILE_PASSPHRASE="xxxxxxxxxx"),
        check=2,
    )
    cli("vault", "wipe", "--store", store, env=env, check=2)
    cli("vault", "frobnicate", "--store", store, env=env, check=2)
    cli("vault", "init", "--custody", "keyring", "--store", str(tmp_path / "k"), env=env, check=2)


def test_passphrase_from_file_and_auto_custody_without_keyring(tmp_path: Path) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(PW + "\n")
    store = str(tmp_path / "s")
    out = json.loads(
        cli("vault", "init", "--store", store, "--passphrase-file", str(pw), "--json").stdout
    )
    assert out["custody"] == ["passphrase"]
    cli("vault", "list", "--store", store, "--passphrase-file", str(pw))
    header = json.loads((tmp_path / "s" / "vault.json").read_text())
    assert header["version"] == 1 and header["slots"][0]["kdf"]["name"] in ("argon2id", "scrypt")


def test_no_qt_in_vault() -> None:
    for file in (REPO / "desktop" / "vault").rglob("*.py"):
        text = file.read_text()
        assert "PySide6" not in text and "requests" not in text and "urllib" not in text, file


def test_messages_have_every_language_and_same_placeholders() -> None:
    import string
    import tomllib

    data = tomllib.loads((REPO / "assets/i18n/messages/vault.toml").read_text("utf-8"))
    for key, table in data.items():
        assert set(table) == {"fr", "en", "ru", "zh", "ar", "uk"}, key
        shapes = {
            frozenset(n for _, n, _, _ in string.Formatter().parse(s) if n) for s in table.values()
        }
        assert len(shapes) == 1, key
    used = set()
    for file in [
        *(REPO / "desktop" / "vault").rglob("*.py"),
        REPO / "desktop/services/vault.py",
        REPO / "desktop/commands/vault_cmd.py",
    ]:
        import re

        used |= set(re.findall(r'"(vault\.[a-z_]+)"', file.read_text()))
    assert used - {"vault.json", "vault.toml"} <= set(data)


def iter_files(root: Path) -> Iterator[Path]:
    return (p for p in root.rglob("*") if p.is_file())


def test_package_exports_every_name_it_lists() -> None:
    import desktop.vault as vault

    assert sorted(vault.__all__) == sorted(vault._WHERE)
    for name in vault.__all__:
        assert getattr(vault, name) is not None, name
    with pytest.raises(AttributeError):
        vault.NoSuchThing  # noqa: B018

"""Rules that stay current offline (issue 14, part 6): a catalog update is one
signed file, imported with ``catalog import``, refused with a clear message when
anything is wrong, used by ``check`` once accepted, and reverted with
``catalog revert``. End to end, as a person runs it, with a test key pair."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from desktop.core import catalog_update
from desktop.paths import CATALOG_DIR

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "etudiant-renouvellement" / "dossier.toml"
SIGN = ROOT / "tools" / "sign_catalog.py"
NEW_CHECKED = dt.date(2026, 12, 5)


def shipped() -> tuple[int, dt.date]:
    return catalog_update.shipped_meta(CATALOG_DIR)


class World:
    """A throwaway home, a test key pair the app is told to trust, and helpers."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.home = tmp / "home"
        self.key = tmp / "keys" / "test"
        r = self.tool("new-key", "--out", str(self.key))
        assert r.returncode == 0, r.stderr
        assert (self.key.with_suffix(".key").stat().st_mode & 0o777) == 0o600

    def env(self, trust: bool = True) -> dict[str, str]:
        env = {**os.environ, "DOSSIER_LANG": "fr", catalog_update.ENV_HOME: str(self.home)}
        env.pop(catalog_update.KEY_ENV, None)
        if trust:
            env[catalog_update.KEY_ENV] = str(self.key.with_suffix(".pub"))
        return env

    def tool(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SIGN), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )

    def app(self, *args: str, trust: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=self.env(trust),
            timeout=120,
        )

    def catalog(
        self,
        name: str,
        version: int,
        checked: dt.date = NEW_CHECKED,
        tweak: Callable[[Path], None] | None = None,
    ) -> Path:
        d = self.tmp / name
        shutil.copytree(CATALOG_DIR, d, ignore=shutil.ignore_patterns("keys"))
        meta = d / "catalog.toml"
        text = meta.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^version = \d+", f"version = {version}", text, count=1)
        text = re.sub(r"(?m)^checked = \S+", f"checked = {checked.isoformat()}", text, count=1)
        meta.write_text(text, encoding="utf-8")
        if tweak is not None:
            tweak(d)
        return d

    def signed(self, catalog: Path, out: str, key: Path | None = None) -> Path:
        path = self.tmp / out
        r = self.tool(
            "sign",
            "--key",
            str((key or self.key).with_suffix(".key")),
            "--catalog",
            str(catalog),
            "--out",
            str(path),
        )
        assert r.returncode == 0, r.stderr
        return path

    def private(self) -> Any:
        return serialization.load_pem_private_key(
            self.key.with_suffix(".key").read_bytes(), password=None
        )


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def refused(r: subprocess.CompletedProcess[str], path: Path, *words: str) -> None:
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert str(path) in r.stderr, r.stderr  # names the file
    assert "rien n’a changé" in r.stderr.lower(), r.stderr  # says nothing changed
    for w in words:
        assert w in r.stderr, r.stderr


def rules_checked(world: World, *args: str) -> str:
    r = world.app("check", str(EXAMPLE), "--json", *args)
    assert r.returncode in (0, 1), r.stderr
    return str(json.loads(r.stdout)["rules_checked"])


def _stale_after_one_month(d: Path) -> None:
    rules = d / "rules.toml"
    text = rules.read_text(encoding="utf-8")
    start = text.index("[rules.catalog_age]")
    fixed = re.sub(r"warn_after_months = \d+", "warn_after_months = 1", text[start:], count=1)
    rules.write_text(text[:start] + fixed, encoding="utf-8")


def test_a_good_update_is_used_by_check_and_revert_goes_back(world: World) -> None:
    version, checked = shipped()
    update = world.signed(world.catalog("v2", version + 1, tweak=_stale_after_one_month), "v2.zip")
    later = (NEW_CHECKED + dt.timedelta(days=45)).isoformat()

    assert rules_checked(world) == checked.isoformat()
    r = world.app("check", str(EXAMPLE), "--json", "--today", later)
    assert "catalog.stale" not in r.stdout  # the shipped rule: six months

    r = world.app("catalog", "import", str(update))
    assert r.returncode == 0, r.stderr
    assert f"version {version + 1}" in r.stdout and "05/12/2026" in r.stdout
    installed = world.home / "data" / "catalog" / "update.zip"
    assert installed.read_bytes() == update.read_bytes()

    # check reads the imported catalog: its date, and its rule (one month, not six)
    assert rules_checked(world) == NEW_CHECKED.isoformat()
    r = world.app("check", str(EXAMPLE), "--json", "--today", later)
    codes = [p["code"] for p in json.loads(r.stdout)["problems"]]
    assert "catalog.stale" in codes
    assert json.loads(r.stdout)["catalog"] == {
        "version": version + 1,
        "checked": NEW_CHECKED.isoformat(),
        "origin": "imported",
    }
    text = world.app("check", str(EXAMPLE)).stdout
    assert f"mise à jour du catalogue importée (version {version + 1})" in text

    status = json.loads(world.app("catalog", "status", "--json").stdout)
    assert status["in_use"] == "imported" and status["imported"]["version"] == version + 1
    assert status["shipped"] == {"version": version, "checked": checked.isoformat()}
    pub = serialization.load_pem_public_key(world.key.with_suffix(".pub").read_bytes())
    raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert status["keys"] == [catalog_update.fingerprint(raw)]
    assert status["imported"]["key"] == catalog_update.fingerprint(raw)
    text = world.app("catalog", "status").stdout
    assert "En service : la mise à jour importée" in text

    # the same file again: not newer than what is in use
    refused(world.app("catalog", "import", str(update)), update, "plus récente")

    r = world.app("catalog", "revert")
    assert r.returncode == 0 and "catalogue livré" in r.stdout
    assert not installed.exists()
    assert rules_checked(world) == checked.isoformat()
    assert json.loads(world.app("catalog", "status", "--json").stdout)["in_use"] == "shipped"
    r = world.app("check", str(EXAMPLE), "--json")
    assert json.loads(r.stdout)["catalog"]["origin"] == "shipped"
    r = world.app("catalog", "revert")
    assert r.returncode == 0 and "Aucune mise à jour importée" in r.stdout


def test_an_update_signed_by_another_key_is_refused(world: World) -> None:
    other = world.tmp / "keys" / "other"
    assert world.tool("new-key", "--out", str(other)).returncode == 0
    version, _ = shipped()
    update = world.signed(world.catalog("v2", version + 1), "other.zip", key=other)
    refused(world.app("catalog", "import", str(update)), update, "signature valide")
    assert not (world.home / "data" / "catalog" / "update.zip").exists()


def test_the_shipped_key_does_not_trust_the_test_key(world: World) -> None:
    version, _ = shipped()
    update = world.signed(world.catalog("v2", version + 1), "v2.zip")
    refused(world.app("catalog", "import", str(update), trust=False), update, "signature")


def _rewrite(src: Path, dst: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info)))
    return dst


def test_a_file_changed_after_signing_is_refused(world: World) -> None:
    version, _ = shipped()
    good = world.signed(world.catalog("v2", version + 1), "v2.zip")

    def cheaper(name: str, data: bytes) -> bytes:
        return data + b"\n# 30 euros\n" if name == "catalog/fees.toml" else data

    tampered = _rewrite(good, world.tmp / "tampered.zip", cheaper)
    assert tampered.read_bytes() != good.read_bytes()
    refused(
        world.app("catalog", "import", str(tampered)),
        tampered,
        "modifié après sa signature",
        "fees.toml",
    )

    def louder(name: str, data: bytes) -> bytes:  # the manifest itself changed
        return data.replace(b'"version": ', b'"version":  ') if name == "manifest.json" else data

    forged = _rewrite(good, world.tmp / "forged.zip", louder)
    refused(world.app("catalog", "import", str(forged)), forged, "signature")


def test_an_older_or_equal_version_is_refused(world: World) -> None:
    version, _ = shipped()
    same = world.signed(world.catalog("same", version), "same.zip")
    refused(world.app("catalog", "import", str(same)), same, "plus récente", f"version {version}")
    newer = world.signed(world.catalog("v3", version + 2), "v3.zip")
    assert world.app("catalog", "import", str(newer)).returncode == 0
    older = world.signed(world.catalog("v2", version + 1), "v2.zip")
    refused(world.app("catalog", "import", str(older)), older, f"version {version + 2}")


def _hand_made(world: World, name: str, files: dict[str, bytes], **manifest: Any) -> Path:
    """An update written here from the format's description (not by the tool)."""
    body = {
        "format": catalog_update.FORMAT,
        "format_version": 1,
        "schema": catalog_update.SCHEMA,
        "version": shipped()[0] + 1,
        "date": NEW_CHECKED.isoformat(),
        "key": "",
        "files": {
            n: {"sha256": hashlib.sha256(b).hexdigest(), "bytes": len(b)} for n, b in files.items()
        },
        **manifest,
    }
    raw = json.dumps(body).encode()
    path = world.tmp / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", raw)
        zf.writestr("manifest.sig", world.private().sign(raw))
        for n, b in files.items():
            zf.writestr("catalog/" + n, b)
    return path


def _files(world: World, version: int) -> dict[str, bytes]:
    d = world.catalog(f"files{version}", version)
    return {"catalog.toml": (d / "catalog.toml").read_bytes()}


def test_an_update_for_another_schema_is_refused(world: World) -> None:
    version, _ = shipped()
    path = _hand_made(world, "schema.zip", _files(world, version + 1), schema=99)
    refused(world.app("catalog", "import", str(path)), path, "schéma de catalogue 99")
    r = world.app("catalog", "import", str(path), "--lang", "en")
    assert "catalog schema 99" in r.stderr and "Nothing changed" in r.stderr


def test_the_hand_made_format_is_the_documented_one(world: World) -> None:
    """The format described in catalog_update's docstring, written by hand, is
    accepted: the tool is not the only thing that knows it."""
    version, _ = shipped()
    path = _hand_made(world, "hand.zip", _files(world, version + 1))
    r = world.app("catalog", "import", str(path))
    assert r.returncode == 0, r.stderr
    assert rules_checked(world) == NEW_CHECKED.isoformat()


def test_wrong_format_and_unknown_files_are_refused(world: World) -> None:
    version, _ = shipped()
    files = _files(world, version + 1)
    path = _hand_made(world, "fmt.zip", files, format="something-else")
    refused(world.app("catalog", "import", str(path)), path, "format")
    settings = {**files, "intake.toml": (CATALOG_DIR / "intake.toml").read_bytes()}
    path = _hand_made(world, "caps.zip", settings)
    refused(world.app("catalog", "import", str(path)), path, "intake.toml")
    # a signed catalog the app cannot load: refused before it is installed
    broken = {**files, "fees.toml": b"[fees.x]\nlabel = 1\n"}
    path = _hand_made(world, "broken.zip", broken)
    refused(world.app("catalog", "import", str(path)), path, "ne se lit pas")
    assert not (world.home / "data" / "catalog" / "update.zip").exists()


def test_a_huge_file_is_refused_unread(world: World) -> None:
    huge = world.tmp / "huge.zip"
    with huge.open("wb") as fh:  # sparse: 50 MB that cost nothing to make
        fh.truncate(50 * 1024 * 1024)
    refused(world.app("catalog", "import", str(huge)), huge, "trop gros")


def test_not_a_zip_and_a_zip_bomb_are_refused(world: World) -> None:
    text = world.tmp / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    refused(world.app("catalog", "import", str(text)), text, "n’est pas une mise à jour")
    bomb = world.tmp / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("manifest.sig", b"x" * 64)
        zf.writestr("catalog/fees.toml", b"\0" * (64 * 1024 * 1024))  # 64 MB → ~64 kB
    assert bomb.stat().st_size < catalog_update.MAX_FILE_BYTES
    refused(world.app("catalog", "import", str(bomb)), bomb, "n’est pas une mise à jour")
    evil = world.tmp / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("manifest.sig", b"x" * 64)
        zf.writestr("catalog/../../escape.toml", b"x")
    refused(world.app("catalog", "import", str(evil)), evil, "n’est pas une mise à jour")


def test_an_installed_update_is_verified_again_at_load(world: World) -> None:
    version, checked = shipped()
    update = world.signed(world.catalog("v2", version + 1), "v2.zip")
    assert world.app("catalog", "import", str(update)).returncode == 0
    installed = world.home / "data" / "catalog" / "update.zip"
    _rewrite(
        update,
        installed,
        lambda n, b: b + b"\n# changed\n" if n == "catalog/fees.toml" else b,
    )
    assert rules_checked(world) == checked.isoformat()  # the shipped one, not the forgery
    r = world.app("catalog", "status")
    assert "ne passe plus la vérification" in r.stdout
    assert "En service : le catalogue livré" in r.stdout


def test_the_data_folder_is_the_apps() -> None:
    from desktop.vault.appdirs import app_dirs

    assert catalog_update.data_dir() == app_dirs().data
    assert catalog_update.installed_path().parent == app_dirs().data / "catalog"


def test_the_shipped_key_is_the_documented_one() -> None:
    pubs = sorted((CATALOG_DIR / "keys").glob("*.pub"))
    assert pubs
    readme = (CATALOG_DIR / "keys" / "README.md").read_text(encoding="utf-8")
    for path in pubs:
        key = serialization.load_pem_public_key(path.read_bytes())
        raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        assert f"`{path.name}` | `{catalog_update.fingerprint(raw)}`" in readme
    assert not list((CATALOG_DIR / "keys").glob("*.key"))  # never a private key


def test_the_bounds_hold_in_process(tmp_path: Path) -> None:
    """Member count and total size are bounded before any member is trusted."""
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(catalog_update.MAX_MEMBERS + 1):
            zf.writestr(f"catalog/f{i}.toml", b"")
    from desktop.errors import UserError

    with pytest.raises(UserError) as exc:
        catalog_update.parse(many.getvalue(), "many.zip")
    assert exc.value.key == "catalog_update.not_an_update"

"""Modes: idle lock, clipboard policy, reception-point session wipe."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.vault import (
    AppDirs,
    ClipboardGuard,
    IdleLock,
    IdleWipe,
    Mode,
    ReceptionSession,
    Vault,
    policy,
)

NAME = "Anastasiya Przybyszewska-Oyelaran"
SCAN = b"SCAN-CONTENT-7d1e-" * 200


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


def test_policies_come_from_the_catalog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DOSSIER_SEJOUR_HOME", str(tmp_path))
    personal = policy("personal")
    assert personal.idle_lock_seconds == 240 and personal.clipboard_clear_seconds == 10
    assert personal.store_dir == tmp_path / "data" / "vault"
    reception = policy(Mode.RECEPTION)
    assert not reception.persistent and reception.store_dir is None
    assert reception.idle_ask_seconds == 240 and reception.idle_wipe_grace_seconds == 60
    volunteer = policy("volunteer")
    assert volunteer.case_list and volunteer.action_log


def test_idle_lock() -> None:
    clock = FakeClock()
    fired: list[int] = []
    lock = IdleLock(240, on_lock=lambda: fired.append(1), clock=clock)
    clock.t += 239
    assert not lock.poll() and lock.remaining() == pytest.approx(1)
    lock.touch()
    clock.t += 239
    assert not lock.poll()
    clock.t += 1
    assert lock.poll() and lock.locked and fired == [1]
    assert not lock.poll() and fired == [1]  # fires once
    lock.touch()  # activity while locked does not unlock
    assert lock.locked
    lock.unlock()
    assert not lock.locked and lock.remaining() == 240


def test_idle_wipe_asks_then_wipes() -> None:
    clock = FakeClock()
    events: list[str] = []
    idle = IdleWipe(
        240,
        60,
        on_ask=lambda: events.append("ask"),
        on_wipe=lambda: events.append("wipe"),
        clock=clock,
    )
    clock.t += 240
    assert idle.poll() == "ask"
    clock.t += 30
    idle.touch()  # the person answered
    assert idle.state == "active"
    clock.t += 240
    assert idle.poll() == "ask"
    clock.t += 60
    assert idle.poll() == "wipe" and idle.state == "wiped"
    assert idle.poll() is None
    assert events == ["ask", "ask", "wipe"]


def test_clipboard_guard() -> None:
    clock = FakeClock()
    guard = ClipboardGuard(10, clock=clock)
    guard.copied("7512345678")
    clock.t += 9
    assert not guard.poll("7512345678")
    clock.t += 1
    assert guard.poll("7512345678") and not guard.pending
    # something else was copied since: leave the person's clipboard alone
    guard.copied("7512345678")
    clock.t += 20
    assert not guard.poll("a shopping list") and not guard.pending
    guard.copied("AB1234567")
    assert guard.poll("AB1234567", force=True)  # at lock or exit
    assert "AB1234567" not in repr(vars(guard))  # only a salted digest is kept


def _listing(*roots: Path) -> set[str]:
    out = set()
    for root in roots:
        for p in root.rglob("*"):
            out.add(str(p))
    return out


def test_reception_session_leaves_nothing(tmp_path: Path) -> None:
    base = tmp_path / "tmp"  # stands for the system temp dir
    base.mkdir()
    app = AppDirs.under(tmp_path / "app")  # what DOSSIER_SEJOUR_HOME points to
    app.config.mkdir(parents=True)
    settings = app.config / "settings.ini"
    settings.write_text("[ui]\nlang=fr\nmode=reception\n")
    usb = tmp_path / "usb"
    usb.mkdir()
    before = _listing(base, tmp_path / "app")
    settings_before = settings.read_bytes()
    tempdir_before = tempfile.gettempdir()

    session = ReceptionSession(base=base, app=app).start()
    root = session.root
    assert root is not None and (root.stat().st_mode & 0o777) == 0o700
    v = session.vault
    assert v.custody == ["ephemeral"]
    v.save_dossier(
        "R-1", f'name = "{NAME}"\n'.encode(), {"pieces/scan.jpg": SCAN}, {"display_name": NAME}
    )
    with v.materialised("R-1", base=session.work_dir) as toml:
        assert SCAN == (toml.parent / "pieces" / "scan.jpg").read_bytes()
        # a library writes a temp file: it lands in the session area
        with tempfile.NamedTemporaryFile(delete=False, suffix=".pdf") as fh:
            fh.write(SCAN)
        assert Path(fh.name).is_relative_to(root)
        assert os.environ["TMPDIR"].startswith(str(root))
    # the GUI writes its recent-files list and a thumbnail cache, and changes a setting
    (app.state / "recent").mkdir(parents=True)
    (app.state / "recent" / "files.txt").write_text(f"{root}/work/{NAME}.toml\n")
    (app.cache / "thumbs").mkdir(parents=True)
    (app.cache / "thumbs" / "1.png").write_bytes(SCAN)
    settings.write_text(f"[ui]\nlang=fr\nmode=reception\nlast={NAME}\n")
    with pytest.raises(UserError) as err:
        session.export("R-1", session.work_dir, "hand-over secret")
    assert err.value.key == "vault.export_inside_session"
    out = session.export("R-1", usb, "hand-over secret")
    assert out.parent == usb and "R-1" not in out.name and NAME not in out.name
    during = _listing(base, tmp_path / "app")
    assert during > before

    report = session.end_session()
    assert report.clean, report
    assert report.files_shredded > 5
    assert {Path(p).name for p in report.app_files_removed} == {"files.txt", "1.png"}
    assert report.app_files_restored == [str(settings)]
    assert _listing(base, tmp_path / "app") == before
    assert settings.read_bytes() == settings_before
    assert tempfile.gettempdir() == tempdir_before
    assert not root.exists()
    for p in (tmp_path / "app").rglob("*"):
        if p.is_file():
            assert NAME.encode() not in p.read_bytes()
    with pytest.raises(UserError) as err:
        _ = session.vault
    assert err.value.key == "vault.session_over"
    # the hand-over file on the USB drive opens elsewhere
    with Vault.create(
        tmp_path / "home", custody="passphrase", passphrase="volunteer pw", kdf_strength="test"
    ) as home:
        assert home.import_dossier(out, "hand-over secret") == "R-1"
        assert home.load_dossier("R-1").files == {"pieces/scan.jpg": SCAN}
    assert session.end_session().clean  # idempotent


def test_ephemeral_store_cannot_be_reopened(tmp_path: Path) -> None:
    with ReceptionSession(base=tmp_path, app=AppDirs.under(tmp_path / "app")) as session:
        assert session.root is not None
        store = session.root / "store"
        session.vault.save_dossier("R-1", b"x", {}, {})
        session.vault.close()
        with pytest.raises(UserError) as err:
            Vault.open(store)
        assert err.value.key == "vault.ephemeral_gone"
    assert list(tmp_path.iterdir()) == []

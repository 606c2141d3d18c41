"""Hostile files against the vault: each case refused with exit 2 and a message naming
the file, in bounded memory and time (measured on the real CLI in a subprocess).

Costs chosen by a file (KDF parameters in a hand-over file or a store header),
special files (FIFO, /dev/zero), sizes above the caps.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import struct
import sys
import time
from pathlib import Path

import psutil
import pytest

from desktop.vault import Vault
from desktop.vault.crypto import KdfParams, KdfRefused, kdf_bounds
from desktop.vault.handover import pack_handover
from desktop.vault.records import DossierRecord

REPO = Path(__file__).resolve().parent.parent
PW = "correct horse battery"
FILE_PW = "another fine passphrase"
RSS_LIMIT = 500 * 1024 * 1024
TIME_LIMIT = 20.0

# Runs the CLI in-process and reports its own peak RSS (VmHWM: exact, where a
# poll from outside could miss a short peak) on the last line of stderr.
_WRAPPER = """
import resource, sys
sys.argv = ["desktop", *sys.argv[1:]]
try:
    from desktop.__main__ import main
    code = main()
except SystemExit as exc:
    code = exc.code
finally:
    # VmHWM: this process's own peak. ru_maxrss survives exec on Linux and would
    # carry the peak of the (pytest) parent that forked it.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            peak = next(int(l.split()[1]) * 1024 for l in fh if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        scale = 1 if sys.platform == "darwin" else 1024
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    sys.stderr.write(f"\\nPEAK_RSS={peak}\\n")
sys.exit(code if isinstance(code, int) else 1)
"""


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


class Run:
    def __init__(self, code: int, out: str, err: str, peak: int, seconds: float) -> None:
        self.code, self.out, self.err, self.peak, self.seconds = code, out, err, peak, seconds

    @property
    def said(self) -> str:
        return self.out + self.err


def measured(*args: str | Path, home: Path) -> Run:
    """``python -m desktop ARGS`` with its peak RSS and wall time; killed (and the
    test failed) above 500 MB or 20 s, polled with psutil every 10 ms."""
    env = dict(os.environ)
    env.update(
        {
            "PYTHONPATH": str(REPO),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "DOSSIER_SEJOUR_HOME": str(home),
            "DOSSIER_SEJOUR_PASSPHRASE": PW,
            "DOSSIER_SEJOUR_FILE_PASSPHRASE": FILE_PW,
            "LC_ALL": "C.UTF-8",
        }
    )
    out, err = home / "stdout", home / "stderr"
    start = time.monotonic()
    with out.open("wb") as fo, err.open("wb") as fe:
        proc = psutil.Popen(
            [sys.executable, "-c", _WRAPPER, *map(str, args), "--lang", "en"],
            cwd=REPO,
            env=env,
            stdout=fo,
            stderr=fe,
            stdin=__import__("subprocess").DEVNULL,
        )
        polled = 0
        while proc.poll() is None:
            try:
                polled = max(polled, proc.memory_info().rss)
            except psutil.Error:
                pass
            elapsed = time.monotonic() - start
            if polled > RSS_LIMIT or elapsed > TIME_LIMIT:
                proc.kill()
                proc.wait()
                pytest.fail(f"{args}: {polled / 2**20:.0f} MB after {elapsed:.1f} s: killed")
            time.sleep(0.01)
    seconds = time.monotonic() - start
    text = err.read_text("utf-8", "replace")
    peak = polled
    for line in text.splitlines():
        if line.startswith("PEAK_RSS="):
            peak = max(peak, int(line.split("=", 1)[1]))
    text = "\n".join(line for line in text.splitlines() if not line.startswith("PEAK_RSS="))
    return Run(int(proc.returncode), out.read_text("utf-8", "replace"), text, peak, seconds)


def refused(run: Run, *names: str) -> None:
    assert run.code == 2, run.said
    assert "Traceback" not in run.said, run.said
    for name in names:
        assert name in run.said, run.said
    assert run.peak < RSS_LIMIT, f"{run.peak / 2**20:.0f} MB"
    assert run.seconds < TIME_LIMIT


def record() -> DossierRecord:
    toml = b'schema_version = 1\nid = "D-H"\nsituation = "visiteur-premiere"\n'
    return DossierRecord(
        id="D-H",
        toml=toml,
        files={"pieces/a.pdf": b"%PDF-1.7\n" + b"x" * 100},
        summary={"display_name": "Test"},
        toml_name="dossier.toml",
        created="2026-01-01T00:00:00",
        updated="2026-01-01T00:00:00",
        revision=1,
    )


def with_kdf(blob: bytes, kdf: dict[str, object]) -> bytes:
    """A hand-over file whose clear KDF parameters are replaced by ``kdf``."""
    (n,) = struct.unpack_from(">I", blob, 4)
    raw = json.dumps(kdf, sort_keys=True).encode("ascii")
    return blob[:4] + struct.pack(">I", len(raw)) + raw + blob[8 + n :]


SALT = base64.b64encode(b"s" * 16).decode()
HOSTILE_KDF = {
    "argon2-8GiB": {"name": "argon2id", "salt": SALT, "iterations": 1, "lanes": 1,
                    "memory_cost": 8 * 1024 * 1024},
    "argon2-2^31-passes": {"name": "argon2id", "salt": SALT, "iterations": 2**31,
                           "lanes": 1, "memory_cost": 1024},
    "argon2-2^24-lanes": {"name": "argon2id", "salt": SALT, "iterations": 1, "lanes": 2**24,
                          "memory_cost": 2**30},
    "scrypt-n2^24": {"name": "scrypt", "salt": SALT, "n": 2**24, "r": 8, "p": 1},
    "scrypt-p2^20": {"name": "scrypt", "salt": SALT, "n": 2**10, "r": 8, "p": 2**20},
    "scrypt-r2^20": {"name": "scrypt", "salt": SALT, "n": 2**14, "r": 2**20, "p": 1},
    "huge-salt": {"name": "argon2id", "salt": base64.b64encode(b"s" * 10**5).decode()[:1000],
                  "iterations": 1, "lanes": 1, "memory_cost": 1024},
}  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "store"
    Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test").close()
    return path


# ---------------------------------------------------------------- the bounds themselves


@pytest.mark.parametrize("strength", ["test", "default"])
def test_what_the_app_writes_is_within_the_bounds(strength: str) -> None:
    params = KdfParams.new(strength)
    params.check_bounds()
    assert KdfParams.from_json(params.to_json()) == params
    scrypt = KdfParams("scrypt", SALT, n=2**10 if strength == "test" else 2**17, r=8, p=1)
    scrypt.check_bounds()


@pytest.mark.parametrize("case", sorted(HOSTILE_KDF))
def test_hostile_parameters_are_refused_before_any_work(case: str) -> None:
    start = time.monotonic()
    with pytest.raises(KdfRefused):
        KdfParams.from_json(HOSTILE_KDF[case])
    with pytest.raises(KdfRefused):  # built by hand, derive still refuses
        KdfParams(**HOSTILE_KDF[case]).derive("x")  # type: ignore[arg-type]
    assert time.monotonic() - start < 0.5
    assert kdf_bounds().argon2_memory_kib_max * 1024 < RSS_LIMIT


# ---------------------------------------------------------------- through the CLI


@pytest.mark.parametrize("case", sorted(HOSTILE_KDF))
def test_hostile_handover_kdf(case: str, store: Path, tmp_path: Path) -> None:
    blob = pack_handover(record(), FILE_PW, "test")
    bad = tmp_path / f"{case}.dsvx"
    bad.write_bytes(with_kdf(blob, HOSTILE_KDF[case]))
    run = measured("vault", "import", bad, "--store", store, home=tmp_path)
    refused(run, bad.name)
    assert "accepted range" in run.said or "hand-over" in run.said


def test_hostile_handover_length_field(store: Path, tmp_path: Path) -> None:
    blob = pack_handover(record(), FILE_PW, "test")
    bad = tmp_path / "len.dsvx"
    bad.write_bytes(blob[:4] + struct.pack(">I", 0xFFFFFFFF) + blob[8:])
    refused(measured("vault", "import", bad, "--store", store, home=tmp_path), bad.name)


def test_a_sound_handover_still_imports(store: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.dsvx"
    good.write_bytes(pack_handover(record(), FILE_PW, "default"))
    run = measured("vault", "import", good, "--store", store, "--as-id", "ok-1", home=tmp_path)
    assert run.code == 0, run.said
    assert run.peak < RSS_LIMIT


@pytest.mark.parametrize("case", ["argon2-8GiB", "scrypt-n2^24", "argon2-2^31-passes"])
def test_hostile_store_header_kdf(case: str, tmp_path: Path) -> None:
    path = tmp_path / "store"
    Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test").close()
    header = json.loads((path / "vault.json").read_text())
    header["slots"][0]["kdf"] = HOSTILE_KDF[case]
    (path / "vault.json").write_text(json.dumps(header))
    run = measured("vault", "list", "--store", path, home=tmp_path)
    refused(run, str(path / "vault.json"))
    assert "accepted range" in run.said


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "sparse-2GiB", "folder"])
def test_special_handover_files(kind: str, store: Path, tmp_path: Path) -> None:
    bad = tmp_path / f"{kind}.dsvx"
    if kind == "fifo":
        os.mkfifo(bad)
    elif kind == "dev-zero":
        bad.symlink_to("/dev/zero")
    elif kind == "folder":
        bad.mkdir()
    else:
        with bad.open("wb") as fh:
            fh.truncate(2 * 1024**3 + 5)
    refused(measured("vault", "import", bad, "--store", store, home=tmp_path), bad.name)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "sparse"])
def test_special_store_header(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "store"
    Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test").close()
    header = path / "vault.json"
    header.unlink()
    if kind == "fifo":
        os.mkfifo(header)
    elif kind == "dev-zero":
        header.symlink_to("/dev/zero")
    else:
        with header.open("wb") as fh:
            fh.truncate(2 * 1024**3)
    refused(measured("vault", "list", "--store", path, home=tmp_path), "vault.json")


# ---------------------------------------------------------------- vault add, autosave


def dossier_folder(tmp_path: Path, piece: str = "pieces/passeport.pdf", bom: bool = False) -> Path:
    folder = tmp_path / "d"
    (folder / "pieces").mkdir(parents=True)
    toml = (
        'schema_version = 1\nid = "D-ADD"\nsituation = "visiteur-premiere"\n'
        '[applicant]\ngiven_names = "Ana"\nsurname = "Test"\n'
        f"[pieces.passport]\nfiles = [{json.dumps(piece)}]\n"
    ).encode()
    (folder / "dossier.toml").write_bytes((b"\xef\xbb\xbf" if bom else b"") + toml)
    return folder / "dossier.toml"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "sparse-2GiB", "link-out", "dot-dot"])
def test_vault_add_refuses_special_files(kind: str, store: Path, tmp_path: Path) -> None:
    piece = "../outside.pdf" if kind == "dot-dot" else "pieces/passeport.pdf"
    toml = dossier_folder(tmp_path, piece)
    target = toml.parent / piece
    outside = tmp_path / "outside.pdf"
    outside.write_bytes(b"%PDF-1.4 someone else's file")
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "dev-zero":
        target.symlink_to("/dev/zero")
    elif kind == "link-out":
        target.symlink_to(outside)
    elif kind == "sparse-2GiB":
        with target.open("wb") as fh:
            fh.truncate(2 * 1024**3 + 5)
    run = measured("vault", "add", toml, "--store", store, home=tmp_path)
    refused(run, "passeport.pdf" if kind != "dot-dot" else "outside.pdf")


def test_vault_add_takes_colons_and_a_bom(store: Path, tmp_path: Path) -> None:
    toml = dossier_folder(tmp_path, "pieces/scan 10:42.pdf", bom=True)
    (toml.parent / "pieces" / "scan 10:42.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 50)
    run = measured("vault", "add", toml, "--store", store, "--id", "colon", home=tmp_path)
    assert run.code == 0, run.said
    with Vault.open(store, PW) as v:
        assert v.read_file("colon", "pieces/scan 10:42.pdf").startswith(b"%PDF")
        assert not v.load_dossier("colon").toml.startswith(b"\xef\xbb\xbf")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "too-large"])
def test_autosave_refuses_special_files(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from desktop.errors import UserError
    from desktop.services import vault as service

    with Vault.create(
        tmp_path / "s", custody="passphrase", passphrase=PW, kdf_strength="test"
    ) as v:
        ws = service.Workspace.create(v, "D-WS", "visiteur-premiere", base=tmp_path)
        assert ws.dossier.path is not None
        folder = ws.dossier.path.parent
        target = folder / "passeport.pdf"
        if kind == "fifo":
            os.mkfifo(target)
        elif kind == "dev-zero":
            target.symlink_to("/dev/zero")
        else:
            target.write_bytes(b"%PDF-1.4\n" + b"x" * 4096)
            monkeypatch.setattr(service, "max_file_bytes", lambda: 1024)
        ws.dossier.data.setdefault("pieces", {})["passport"] = {"files": ["passeport.pdf"]}
        ws.dossier.touch()
        start = time.monotonic()
        with pytest.raises(UserError) as err:
            ws.save(dt.date(2026, 12, 1))
        assert time.monotonic() - start < 5
        assert err.value.params["file"] == "passeport.pdf"
        assert err.value.key.startswith("read.")
        target.unlink()
        ws.close(dt.date(2026, 12, 1))


# ---------------------------------------------------------------- vault wipe


def test_wipe_removes_the_store_files_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test") as v:
        v.save_dossier("D-1", b"x = 1\n", {"a.pdf": b"%PDF-1.4 a"}, {})
        v.log.append("D-1", "saved")
    mine = {
        path / "mes notes.txt": b"my own notes",
        path / "index" / "photo.jpg": b"\xff\xd8 my photo",
        path / "objects" / "README": b"mine too",
        path / "log" / "actions.log.bak": b"my copy",
    }
    for file, content in mine.items():
        file.write_bytes(content)
    own = {p for p in path.rglob("*") if p.is_file()} - set(mine)
    run = measured("vault", "wipe", "--yes", "--store", path, home=tmp_path)
    assert run.code == 0, run.said
    for file, content in mine.items():
        assert file.read_bytes() == content
    assert not [p for p in own if p.exists()]
    assert {p for p in path.rglob("*") if p.is_file()} == set(mine)


def test_wipe_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "passeport.pdf").write_bytes(b"%PDF-1.4 mine")
    (folder / "index").mkdir()
    (folder / "index" / "0000000000000001.idx").write_bytes(b"not a vault's")
    run = measured("vault", "wipe", "--yes", "--store", folder, home=tmp_path)
    refused(run, str(folder))
    assert (folder / "passeport.pdf").read_bytes() == b"%PDF-1.4 mine"
    assert (folder / "index" / "0000000000000001.idx").exists()


# ---------------------------------------------------------------- rollback, truncation


def test_a_lost_newest_index_is_said_and_its_data_kept(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test") as v:
        v.save_dossier("D-OLD", b"a = 1\n", {"old.pdf": b"%PDF old"}, {})
        v.save_dossier("D-NEW", b"b = 2\n", {"new.pdf": b"%PDF only in the newest"}, {})
    newest = sorted((path / "index").iterdir())[-1]
    newest.write_bytes(newest.read_bytes()[:40])  # damaged (or a rollback attempt)
    blobs = {p for p in (path / "objects").rglob("*") if p.is_file()}

    run = measured("vault", "list", "--json", "--store", path, home=tmp_path)
    assert run.code == 1, run.said
    listed = json.loads(run.out)
    assert [d["id"] for d in listed["dossiers"]] == ["D-OLD"]
    assert listed["recovered"] == [int(newest.stem, 16)]
    assert "cannot be read" in run.err and "damaged" in run.err
    kept = path / "damaged" / newest.name
    assert kept.exists() and not newest.exists()

    again = measured("vault", "list", "--store", path, home=tmp_path)  # still said
    assert again.code == 1 and "cannot be read" in again.err

    # saving goes on, and neither the save's pruning nor the next open's sweep
    # deletes what the damaged generation may name
    with Vault.open(path, PW) as v:
        for n in range(5):
            v.save_dossier("D-OLD", f"a = {n + 2}\n".encode(), {"old.pdf": b"%PDF old"}, {})
        assert not v.recovered
    with Vault.open(path, PW) as v:
        assert v.damaged_kept == [int(newest.stem, 16)] and not v.recovered
        assert v.swept == 0
    assert kept.exists()
    assert blobs <= {p for p in (path / "objects").rglob("*") if p.is_file()}


def test_a_truncated_log_is_said(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test") as v:
        for n in range(4):
            v.log.append(f"D-{n}", "generated", "letter")
    log = path / "log" / "actions.log"
    lines = log.read_bytes().splitlines(keepends=True)

    sound = measured("vault", "log", "--store", path, home=tmp_path)
    assert sound.code == 0, sound.said

    log.write_bytes(b"".join(lines[:2]))  # the last two records cut off
    run = measured("vault", "log", "--store", path, home=tmp_path)
    assert run.code == 1 and "truncated" in run.out, run.said

    log.write_bytes(b"")  # emptied: not "The log is empty"
    run = measured("vault", "log", "--json", "--store", path, home=tmp_path)
    assert run.code == 1
    assert json.loads(run.out)["truncated"] is True

    log.unlink()
    with Vault.open(path, PW) as v:  # an append after the cut does not hide it
        v.log.append("D-9", "generated", "letter")
        assert v.log.read().truncated
    run = measured("vault", "log", "--store", path, home=tmp_path)
    assert run.code == 1 and "truncated" in run.out


# ---------------------------------------------------------------- rollback: index and log cross-recorded


def _saved_store(path: Path) -> Path:
    """A store with two dossiers, saved several times, the log appended between saves."""
    with Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test") as v:
        v.save_dossier("D-OLD", b"a = 1\n", {"old.pdf": b"%PDF old"}, {})
        v.log.append("D-OLD", "generated", "letter")
        v.save_dossier("D-NEW", b"b = 2\n", {"new.pdf": b"%PDF only in the newest"}, {})
        v.log.append("D-NEW", "generated", "letter")
    return path


def _blobs(path: Path) -> set[Path]:
    return {p for p in (path / "objects").rglob("*") if p.is_file()}


def test_a_deleted_newest_index_is_said_and_its_data_kept(tmp_path: Path) -> None:
    path = _saved_store(tmp_path / "store")
    newest = sorted((path / "index").iterdir())[-1]
    lost = int(newest.stem, 16)
    newest.unlink()  # not damaged: gone
    blobs = _blobs(path)

    run = measured("vault", "list", "--json", "--store", path, home=tmp_path)
    assert run.code == 1, run.said
    listed = json.loads(run.out)
    assert [d["id"] for d in listed["dossiers"]] == ["D-OLD"]
    assert listed["recovered"] == [lost]
    assert "is gone" in run.err and f"save {lost} was written" in run.err, run.err
    note = path / "damaged" / f"{lost:016x}.missing"
    assert note.exists()

    again = measured("vault", "list", "--store", path, home=tmp_path)  # still said
    assert again.code == 1 and "is gone" in again.err

    # saving goes on; the number is not reused, and while the note is there neither
    # pruning nor the next open's sweep deletes what the lost generation may name
    with Vault.open(path, PW) as v:
        assert v.missing == [lost] and v.recovered == [lost]
        for n in range(5):
            result = v.save_dossier("D-OLD", f"a = {n + 2}\n".encode(), {"old.pdf": b"x"}, {})
            assert result.generation > lost
        assert not v.recovered and not v.missing
    with Vault.open(path, PW) as v:
        assert not v.recovered and v.damaged_kept == [lost] and v.swept == 0
    assert note.exists() and blobs <= _blobs(path)
    assert measured("vault", "list", "--store", path, home=tmp_path).code == 0
    wiped = measured("vault", "wipe", "--yes", "--store", path, home=tmp_path)
    assert wiped.code == 0 and not path.exists(), wiped.said  # the note is the store's own


def test_an_older_index_put_back_over_the_newest_is_said(tmp_path: Path) -> None:
    path = _saved_store(tmp_path / "store")
    *_, older, newest = sorted((path / "index").iterdir())
    newest.write_bytes(older.read_bytes())  # an older copy under the newest name
    run = measured("vault", "list", "--json", "--store", path, home=tmp_path)
    assert run.code == 1 and json.loads(run.out)["recovered"] == [int(newest.stem, 16)]
    assert "cannot be read" in run.err


def test_an_older_copy_of_the_index_folder_is_said(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test") as v:
        v.save_dossier("D-1", b"a = 1\n", {}, {})
        snapshot = {p.name: p.read_bytes() for p in (path / "index").iterdir()}
        for n in range(4):
            v.save_dossier("D-1", f"a = {n + 2}\n".encode(), {}, {})
        v.save_dossier("D-2", b"b = 1\n", {}, {})
        newest = v.generation
    for file in (path / "index").iterdir():  # the whole folder back to its older copy
        file.unlink()
    for name, data in snapshot.items():
        (path / "index" / name).write_bytes(data)

    run = measured("vault", "list", "--json", "--store", path, home=tmp_path)
    assert run.code == 1, run.said
    assert json.loads(run.out)["recovered"] == [newest] and "is gone" in run.err
    with Vault.open(path, PW) as v:
        assert v.missing == [newest] and v.swept == 0


def test_a_deleted_log_and_head_are_said(tmp_path: Path) -> None:
    path = _saved_store(tmp_path / "store")
    with Vault.open(path, PW) as v:  # a save after the appends: the index counts them
        v.save_dossier("D-OLD", b"a = 9\n", {}, {})
    (path / "log" / "actions.log").unlink()
    (path / "log" / "head").unlink()

    run = measured("vault", "log", "--json", "--store", path, home=tmp_path)
    assert run.code == 1, run.said
    reading = json.loads(run.out)
    assert reading["truncated"] is True and reading["expected"] == 2
    with Vault.open(path, PW) as v:  # an append or a save after the cut does not hide it
        v.log.append("D-9", "generated", "letter")
        v.save_dossier("D-OLD", b"a = 10\n", {}, {})
        v.log.append("D-9", "generated", "letter")
    run = measured("vault", "log", "--store", path, home=tmp_path)
    assert run.code == 1 and "truncated" in run.out, run.said


def test_an_older_copy_of_the_log_is_said(tmp_path: Path) -> None:
    path = _saved_store(tmp_path / "store")
    log, head = path / "log" / "actions.log", path / "log" / "head"
    old_log, old_head = log.read_bytes(), head.read_bytes()
    with Vault.open(path, PW) as v:
        v.log.append("D-OLD", "exported", "hand-over file")
        v.save_dossier("D-OLD", b"a = 9\n", {}, {})
    log.write_bytes(old_log)
    head.write_bytes(old_head)
    run = measured("vault", "log", "--store", path, home=tmp_path)
    assert run.code == 1 and "truncated" in run.out, run.said


def test_a_store_used_normally_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Vault.create(path, custody="passphrase", passphrase=PW, kdf_strength="test") as v:
        pass
    for round_ in range(4):
        with Vault.open(path, PW) as v:
            assert not v.recovered and not v.damaged_kept
            for n in range(6):
                v.save_dossier(f"D-{n % 3}", f"a = {round_}{n}\n".encode(), {"f": b"%d" % n}, {})
                if n % 2:
                    v.log.append(f"D-{n % 3}", "generated", "letter")
            if round_ == 2:
                v.delete("D-2")
    # the head behind the newest index (a crash between the two writes) is no loss
    with Vault.open(path, PW) as v:
        head = (path / "log" / "head").read_bytes()
        v.save_dossier("D-0", b"after = 1\n", {}, {})
    (path / "log" / "head").write_bytes(head)
    for command in ("list", "log"):
        run = measured("vault", command, "--store", path, home=tmp_path)
        assert run.code == 0 and run.err == "", run.said
    assert not (path / "damaged").exists()


def test_a_store_from_before_the_cross_records_opens_as_before(tmp_path: Path) -> None:

    fixture = REPO / "tests" / "fixtures" / "vault_v1"
    passphrase = json.loads((fixture / "expected.json").read_text("utf-8"))["passphrase"]
    path = tmp_path / "store"
    shutil.copytree(fixture / "store", path)
    (sorted((path / "index").iterdir())[-1]).unlink()  # nothing recorded it: as before
    with Vault.open(path, passphrase) as v:
        assert not v.recovered
        v.save_dossier("V1-C", b"new = true\n", {}, {})  # from now on it is recorded
    (sorted((path / "index").iterdir())[-1]).unlink()
    with Vault.open(path, passphrase) as v:
        assert v.missing and v.recovered

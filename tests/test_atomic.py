"""``desktop.core.atomic``: the one atomic write. A failure at any step leaves the
old file as it was and no temporary file behind; a success leaves only the new
bytes, private."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from desktop.core import atomic
from desktop.core.atomic import TMP_SUFFIX, atomic_write, fsync_dir, temp_path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_replaces_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "index.idx"
    atomic_write(target, b"old")
    atomic_write(target, b"new" * 100_000)
    assert target.read_bytes() == b"new" * 100_000
    assert names(tmp_path) == ["index.idx"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_file_mode_private_by_default_and_chosen_otherwise(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a", b"x")
        atomic_write(tmp_path / "b", b"x", mode=0o644)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o644


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_a_crash_mid_write_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "dossier.toml"
    target.write_bytes(b"the old content")
    seen: list[Path] = []
    real_open = os.open

    def spy_open(path, flags, mode=0o777):  # type: ignore[no-untyped-def]
        seen.append(Path(path))
        return real_open(path, flags, mode)

    class Crash(Exception):
        pass

    def crash(*args: object, **kwargs: object) -> None:
        raise Crash(step)

    monkeypatch.setattr(atomic.os, "open", spy_open)
    monkeypatch.setattr(atomic.os, step, crash)
    with pytest.raises(Crash):
        atomic_write(target, b"the new content, never whole")
    monkeypatch.undo()
    assert target.read_bytes() == b"the old content"
    assert names(tmp_path) == ["dossier.toml"]
    assert seen and seen[0].parent == tmp_path and seen[0].name.endswith(TMP_SUFFIX)


def test_an_interrupt_mid_write_cleans_up_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C (a BaseException) in the middle: same guarantee."""
    target = tmp_path / "f"
    target.write_bytes(b"old")

    def interrupted(fd: int, data: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old" and names(tmp_path) == ["f"]


def test_a_new_file_that_fails_is_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write(tmp_path / "new", b"data")
    monkeypatch.undo()
    assert names(tmp_path) == []


def test_folder_fsync_after_the_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(atomic, "fsync_dir", lambda p, **kw: synced.append(p))
    atomic_write(tmp_path / "a", b"1")
    atomic_write(tmp_path / "b", b"2", sync_dir=False)
    assert synced == [tmp_path]


def test_temp_names_are_hidden_fresh_and_prefixed(tmp_path: Path) -> None:
    target = tmp_path / "dossier.toml"
    a, b = temp_path(target), temp_path(target)
    assert a != b and a.parent == tmp_path
    assert a.name.startswith(".dossier.toml.") and a.name.endswith(TMP_SUFFIX)
    c = temp_path(target, ".dossier-")
    assert c.name.startswith(".dossier-") and c.name.endswith(TMP_SUFFIX)


@pytest.mark.skipif(sys.platform == "win32", reason="folders are not fsynced there")
def test_fsync_dir_strict_or_best_effort(tmp_path: Path) -> None:
    fsync_dir(tmp_path)
    with pytest.raises(OSError):
        fsync_dir(tmp_path / "missing")
    fsync_dir(tmp_path / "missing", best_effort=True)

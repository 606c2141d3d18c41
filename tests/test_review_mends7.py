"""Mends after a review of session 7's changes: a copy under way never recreates a
shredded working copy, a workspace closing stops the copies first, an unexpected
error while listing leaves no copy behind, and the orientation reads slivers as
« don't know » instead of failing."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from desktop.intake import orient
from desktop.services import files as svc
from tests.test_ui_attach_batch import _card, _dossier, _hidden, _photos, held_copies


def test_a_copy_into_a_removed_dossier_fails_and_recreates_nothing(tmp_path: Path) -> None:
    dossier = _dossier(tmp_path)
    [photo] = _photos(tmp_path, 1)
    shutil.rmtree(dossier.base_dir)  # the working copy shredded meanwhile
    with pytest.raises(OSError):
        svc.stage_file(dossier, "passport", photo)
    assert not dossier.base_dir.exists()


@pytest.mark.parametrize("shape", [(1, 4000), (2, 4000), (4000, 2), (5000, 1), (0, 0), (7, 7)])
def test_a_sliver_is_dont_know(shape: tuple[int, int]) -> None:
    found = orient.orientation(np.full(shape, 255, np.uint8))
    assert found.rotation == 0 and found.confidence == 0


@pytest.mark.gui
def test_stop_adding_removes_copies_not_listed(qtbot, tmp_path: Path) -> None:
    from tests.test_ui import demo_window

    window, state = demo_window(qtbot, tmp_path)
    card = _card(window)
    before = list(state.dossier.piece(card.piece_id).files)
    with held_copies() as go:
        card.add_paths([str(p) for p in _photos(tmp_path, 4)])
        threading.Timer(0.3, go.set).start()
        window.session.stop_adding()
    assert _hidden(state.dossier.base_dir / "documents") == []
    assert state.dossier.piece(card.piece_id).files == before
    assert not window.session.is_adding()


@pytest.mark.gui
def test_an_unexpected_error_while_listing_leaves_no_copy(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_ui import demo_window

    window, state = demo_window(qtbot, tmp_path)
    card = _card(window)
    docs = state.dossier.base_dir / "documents"
    real = svc.commit_staged
    calls = []

    def flaky(dossier, staged, **kw):
        calls.append(staged)
        if len(calls) == 2:
            raise RuntimeError("unexpected")
        return real(dossier, staged, **kw)

    monkeypatch.setattr(svc, "commit_staged", flaky)
    card.add_paths([str(p) for p in _photos(tmp_path, 3)])
    with pytest.raises(RuntimeError):
        window.session.finish_adding()
    assert len(calls) == 2
    assert _hidden(docs) == []  # the third copy, never listed, is gone


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="FIFOs: POSIX")
def test_a_fifo_swapped_in_after_the_check_never_hangs_the_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from desktop.errors import UserError

    dossier = _dossier(tmp_path)
    fifo = tmp_path / "IMG_01.jpg"
    os.mkfifo(fifo)
    monkeypatch.setattr(svc, "checked_source", lambda src: 0)  # swapped in after it
    done: list[BaseException] = []

    def copy() -> None:
        try:
            svc.stage_file(dossier, "passport", fifo)
        except BaseException as exc:
            done.append(exc)

    t = threading.Thread(target=copy, daemon=True)
    t.start()
    t.join(5)
    assert not t.is_alive(), "the copy hangs on a FIFO"
    assert len(done) == 1 and isinstance(done[0], UserError)
    assert "IMG_01.jpg" in done[0].message("fr")
    assert _hidden(dossier.base_dir / "documents") == []


def test_a_file_over_the_cap_is_refused_and_leaves_no_copy(tmp_path: Path) -> None:
    from desktop.core import reader
    from desktop.core.atomic import copy_to_temp

    src = tmp_path / "big.bin"
    src.write_bytes(b"x" * 1000)
    tmp = tmp_path / ".copy.tmp"
    with pytest.raises(reader.Refused):
        copy_to_temp(src, tmp, max_bytes=999)
    assert not tmp.exists()
    copy_to_temp(src, tmp, max_bytes=1000)
    assert tmp.read_bytes() == b"x" * 1000

"""Issue 17: forty photos dropped at once do not freeze the wizard. The copies (and
their fsync) are made off the GUI thread (``services.files.stage_file``), then renamed
into place and listed on it (``commit_staged``); a copy never listed is never part of
the dossier and does not outlive it. How long the window waits is a figure for
bench/bench_gui_photos.py, not a test."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.dossier import Dossier
from desktop.services import files as svc
from tests.test_ui import demo_window, go_to, make_scan


def _dossier(tmp_path: Path) -> Dossier:
    d = Dossier.new()
    d.save(tmp_path / "d" / "dossier.toml")
    return d


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(".*")) if folder.is_dir() else []


def _photos(tmp_path: Path, n: int) -> list[Path]:
    return [make_scan(tmp_path / f"IMG_{i:02d}.jpg", f"page {i}") for i in range(n)]


# ----- services, headless ----------------------------------------------------------------
def test_a_staged_copy_is_hidden_and_listed_only_once_committed(tmp_path) -> None:
    dossier = _dossier(tmp_path)
    [photo] = _photos(tmp_path, 1)
    staged = svc.stage_file(dossier, "passport", photo)
    docs = dossier.base_dir / "documents"
    assert staged.temp.parent == docs and staged.temp.name.startswith(".ajout-")
    assert staged.temp.read_bytes() == photo.read_bytes()
    assert (staged.ext, staged.original) == (".jpg", "IMG_00.jpg")
    assert dossier.piece("passport").files == []  # not part of the dossier yet
    assert [p.name for p in docs.iterdir()] == [staged.temp.name]
    rel = svc.commit_staged(dossier, staged)
    assert rel == "documents/passport-1.jpg"
    assert dossier.piece("passport").files == [rel]
    assert dossier.original_name(rel) == "IMG_00.jpg"
    assert sorted(p.name for p in docs.iterdir()) == ["passport-1.jpg"]  # temp renamed
    assert (docs / "passport-1.jpg").read_bytes() == photo.read_bytes()


def test_attach_file_is_stage_then_commit_and_leaves_no_temp(tmp_path) -> None:
    dossier = _dossier(tmp_path)
    photos = _photos(tmp_path, 2)
    rels = [svc.attach_file(dossier, "passport", p) for p in photos]
    assert rels == ["documents/passport-1.jpg", "documents/passport-2.jpg"]
    assert _hidden(dossier.base_dir / "documents") == []


def test_a_refused_source_stages_nothing(tmp_path) -> None:
    from desktop.errors import UserError

    dossier = _dossier(tmp_path)
    with pytest.raises(UserError) as err:
        svc.stage_file(dossier, "passport", tmp_path / "absent.jpg")
    assert "absent.jpg" in err.value.message("fr")
    assert _hidden(dossier.base_dir / "documents") == []


def test_the_sweep_removes_stale_leftovers_only(tmp_path) -> None:
    """A copy a crash left (never listed) goes at the next open once it is old; a fresh
    one (another window may be adding it) and the dossier's files stay."""
    dossier = _dossier(tmp_path)
    a, b, c = _photos(tmp_path, 3)
    listed = svc.attach_file(dossier, "passport", a)
    old = svc.stage_file(dossier, "passport", b)
    fresh = svc.stage_file(dossier, "passport", c)
    past = time.time() - svc.STALE_STAGED_SECONDS - 5
    os.utime(old.temp, (past, past))
    assert svc.sweep_staged(dossier) == 1
    assert not old.temp.exists() and fresh.temp.exists()
    assert dossier.resolve(listed).is_file()
    assert svc.sweep_staged(dossier, older_than=0) == 1
    assert _hidden(dossier.base_dir / "documents") == []
    memory = Dossier.new()  # no folder of its own: nothing anywhere is swept
    assert svc.sweep_staged(memory, older_than=0) == 0


# ----- the wizard -----------------------------------------------------------------------------
@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app

    make_app()
    yield qapp


@contextlib.contextmanager
def held_copies() -> Iterator[threading.Event]:
    """Copies that wait (up to 20 s) until the event it yields is set: files being
    added, for as long as a test needs."""
    go = threading.Event()
    real = svc.stage_file

    def slow(*args, **kwargs):
        go.wait(20)
        return real(*args, **kwargs)

    svc.stage_file = slow  # type: ignore[assignment]
    try:
        yield go
    finally:
        svc.stage_file = real  # type: ignore[assignment]


def _card(window, piece_id: str = "proof_of_address"):
    page = go_to(window, "documents")
    return next(w for w in page.piece_widgets if w.piece_id == piece_id)


@pytest.mark.gui
def test_ten_photos_dropped_at_once_are_all_shown_listed_once_and_saved(
    app, qtbot, tmp_path
) -> None:
    window, state = demo_window(qtbot, tmp_path)
    card = _card(window)
    before = list(state.dossier.piece(card.piece_id).files)
    shown_before = card.ui.thumbs.count()
    copier: list[str] = []
    real = svc.stage_file

    def spy(*args, **kwargs):
        copier.append(threading.current_thread().name)
        return real(*args, **kwargs)

    svc.stage_file = spy  # type: ignore[assignment]
    try:
        card.add_paths([str(p) for p in _photos(tmp_path, 10)])
        qtbot.waitUntil(lambda: not window.session.is_adding(), timeout=30000)
    finally:
        svc.stage_file = real  # type: ignore[assignment]
    assert len(copier) == 10 and threading.main_thread().name not in copier, copier
    files = state.dossier.piece(card.piece_id).files
    added = files[len(before) :]
    assert files[: len(before)] == before and len(added) == 10
    assert len(set(files)) == len(files)  # each listed once
    assert [state.dossier.original_name(r) for r in added] == [
        f"IMG_{i:02d}.jpg" for i in range(10)
    ]  # in the order given
    qtbot.waitUntil(lambda: card.ui.thumbs.count() == shown_before + 10, timeout=10000)
    shown = {card.ui.thumbs.item(i).data(256) for i in range(card.ui.thumbs.count())}
    assert set(added) <= shown
    assert not card.adding_note.isVisible()
    assert _hidden(state.dossier.base_dir / "documents") == []
    window.session.save_now()
    on_disk = Dossier.load(state.dossier.path)
    assert on_disk.piece(card.piece_id).files == files


@pytest.mark.gui
def test_the_card_says_files_are_being_added_and_closing_keeps_them(app, qtbot, tmp_path) -> None:
    """While the copies are made the card says so; the window closed in the middle
    waits for them and saves them: nothing the person dropped is lost."""
    window, state = demo_window(qtbot, tmp_path)
    card = _card(window)
    before = len(state.dossier.piece(card.piece_id).files)
    with held_copies() as go:
        card.add_paths([str(p) for p in _photos(tmp_path, 3)])
        assert window.session.is_adding(card.piece_id)
        assert card.adding_note.isVisible()
        assert card.adding_note.text() == "Ajout de 3 fichiers…"
        assert len(state.dossier.piece(card.piece_id).files) == before  # not yet
        threading.Timer(0.3, go.set).start()
        window.close()  # waits for the three copies, lists and saves them
    on_disk = Dossier.load(state.dossier.path)
    added = on_disk.piece(card.piece_id).files[before:]
    assert [on_disk.original_name(r) for r in added] == ["IMG_00.jpg", "IMG_01.jpg", "IMG_02.jpg"]
    assert all(on_disk.resolve(r).is_file() for r in added)
    assert _hidden(state.dossier.base_dir / "documents") == []


@pytest.mark.gui
def test_a_file_that_cannot_be_added_is_named_and_the_others_are_added(
    app, qtbot, tmp_path
) -> None:
    window, state = demo_window(qtbot, tmp_path)
    card = _card(window)
    good = _photos(tmp_path, 2)
    gone = tmp_path / "IMG_gone.jpg"
    window.session.add_files(card.piece_id, [good[0], gone, good[1]])
    qtbot.waitUntil(lambda: not window.session.is_adding(), timeout=30000)
    names = [state.dossier.original_name(r) for r in state.dossier.piece(card.piece_id).files]
    assert names[-2:] == ["IMG_00.jpg", "IMG_01.jpg"] and "IMG_gone.jpg" not in names
    assert card.adding_note.isVisible()
    assert "IMG_gone.jpg" in card.adding_note.text() and "✖" in card.adding_note.text()


@pytest.mark.gui
def test_leaving_the_dossier_mid_batch_leaves_no_copy_behind(app, qtbot, tmp_path) -> None:
    """A shared computer: the session ends (``shutdown``) while files are copied; what
    was copied and not listed is removed, the rest is not copied."""
    window, state = demo_window(qtbot, tmp_path)
    card = _card(window)
    before = list(state.dossier.piece(card.piece_id).files)
    with held_copies() as go:
        card.add_paths([str(p) for p in _photos(tmp_path, 4)])
        threading.Timer(0.3, go.set).start()
        window.session.shutdown()
    docs = state.dossier.base_dir / "documents"
    assert _hidden(docs) == []
    assert state.dossier.piece(card.piece_id).files == before
    assert not window.session.is_adding()


@pytest.mark.gui
def test_a_copy_a_crash_left_is_never_listed_and_goes_at_the_next_open(
    app, qtbot, tmp_path
) -> None:
    from desktop.demo import write_demo
    from tests.test_ui import TODAY

    path = write_demo(tmp_path / "demo", TODAY)
    dossier = Dossier.load(path)
    [photo] = _photos(tmp_path, 1)
    staged = svc.stage_file(dossier, "proof_of_address", photo)  # then the app was killed
    past = time.time() - svc.STALE_STAGED_SECONDS - 5
    os.utime(staged.temp, (past, past))
    window, state = demo_window(qtbot, tmp_path)  # the same folder, opened again
    assert state.dossier.base_dir == dossier.base_dir
    qtbot.waitUntil(lambda: not staged.temp.exists(), timeout=5000)
    assert all(".ajout-" not in r for r in window.session.all_files())


@pytest.mark.gui
def test_thumbnails_ready_redraw_the_pages_not_the_whole_page(app, qtbot, tmp_path) -> None:
    """A picture's thumbnail read in the background redraws that card's pages; it is
    not a change of the dossier (no save, no rules run, no other card redrawn)."""
    window, state = demo_window(qtbot, tmp_path)
    card = _card(window)
    window.session.wait_inspections()
    changed: list[int] = []
    ready: list[int] = []
    window.session.changed.connect(lambda: changed.append(1))
    window.session.thumbs_ready.connect(lambda: ready.append(1))
    [rel] = window.session.attach(card.piece_id, [str(_photos(tmp_path, 1)[0])])
    assert len(changed) == 1
    qtbot.waitUntil(lambda: bool(ready), timeout=30000)
    qtbot.wait(20)
    assert len(changed) == 1
    from desktop.ui import thumbs

    path = state.dossier.resolve(rel)
    assert thumbs.state_of(path)[1:] == (False, 1)  # read, one page cached
    t = card.ui.thumbs
    icons = [t.item(i).icon() for i in range(t.count()) if t.item(i).data(256) == rel]
    assert icons and icons[0].availableSizes()

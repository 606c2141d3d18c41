"""Issue 17 in the wizard: adding photos does not freeze the window. The pictures'
thumbnails are read off the GUI thread (a blank card meanwhile). How long the event
loop waits is a figure for bench/bench_gui_photos.py, not a test."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests import scan_corpus as sc
from tests.test_ui import demo_window


@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app

    make_app()
    yield qapp


@pytest.mark.gui
def test_added_photos_get_their_thumbnails_off_the_gui_thread(app, qtbot, tmp_path: Path) -> None:
    from desktop.ui import thumbs

    window, state = demo_window(qtbot, tmp_path)
    photos = [
        sc.make_case(tmp_path, f"IMG_{i}", "a4", "wood", size=(1600, 1200), seed=i).path
        for i in range(3)
    ]
    seen: list[str] = []
    real = thumbs.image_pages

    def spy(path: Path) -> list:  # type: ignore[type-arg]
        seen.append(threading.current_thread().name)
        return real(path)

    changed: list[int] = []
    window.session.thumbs_ready.connect(lambda: changed.append(1))  # the cards' own signal
    thumbs.image_pages = spy  # type: ignore[assignment]
    try:
        added = window.session.attach("proof_of_address", photos)
        after_attach = len(changed)  # blank cards until the thumbnails are read
        paths = [state.dossier.resolve(r) for r in added]
        qtbot.waitUntil(lambda: not any(str(p) in thumbs._pending for p in paths), timeout=30000)
        qtbot.waitUntil(lambda: len(changed) > after_attach, timeout=10000)  # cards redrawn
    finally:
        thumbs.image_pages = real  # type: ignore[assignment]
    assert seen and all(name.startswith("thumbs") for name in seen), seen
    for path in paths:
        pages, count = thumbs.thumbnails(path)
        assert count == 1 and pages[0].width() == thumbs.THUMB.width()
    window.session.wait_inspections()

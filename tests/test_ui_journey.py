"""Issue 15 in the wizard: honest states on the documents page, finish lines after a
letter and a build, the review page's primary action. Driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from desktop.core.dossier import Dossier
from tests.test_ui import (
    click,
    demo_window,
    drop_files,
    go_to,
)


@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app
    from desktop.ui.i18n import Languages

    make_app()
    yield qapp
    Languages().switch("fr")


def blank_png_named_jpg(path: Path) -> Path:
    """A white page, saved as PNG under a ``.jpg`` name (as phones and mail do)."""
    from PIL import Image

    Image.new("RGB", (1240, 1754), (255, 255, 255)).save(path, "PNG")
    return path


def piece_widget(page, piece_id: str):
    return next(w for w in page.piece_widgets if w.piece_id == piece_id)


@pytest.mark.gui
def test_a_refused_file_is_marked_and_named_as_the_person_named_it(app, qtbot, tmp_path) -> None:
    """Item 6: a blank page dropped as « IMG_2031.jpg » is stored as the piece's copy
    (passport-N.png), but everything the person reads names IMG_2031.jpg; its
    thumbnail is greyed with ✖, and it is selected so « Retirer » is one click."""
    from desktop.ui.piece import STATUS_ROLE
    from desktop.ui.qt import Qt

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "documents")
    widget = piece_widget(page, "passport")
    drop_files(widget, [blank_png_named_jpg(tmp_path / "IMG_2031.jpg")])
    rel = state.dossier.piece("passport").files[-1]
    copy_name = Path(rel).name
    assert copy_name.startswith("passport-") and copy_name.endswith(".png")
    window.session.wait_inspections()
    qtbot.waitUntil(lambda: rel in state.findings, timeout=10000)
    qtbot.wait(50)
    widget = piece_widget(window.current_page(), "passport")
    widget.refresh()

    text = widget.ui.status_text.text()
    assert "IMG_2031.jpg" in text
    assert copy_name not in text  # the app's copy is not the person's file
    assert "refusé" in text

    items = [widget.ui.thumbs.item(i) for i in range(widget.ui.thumbs.count())]
    mine = [it for it in items if it.data(Qt.ItemDataRole.UserRole) == rel]
    assert mine and all(it.data(STATUS_ROLE) == "error" for it in mine)
    assert all(it.text().startswith("✖ IMG_2031.jpg") for it in mine)
    others = [it for it in items if it.data(Qt.ItemDataRole.UserRole) != rel]
    assert all(it.data(STATUS_ROLE) != "error" for it in others)
    assert widget.selected_file() == rel
    assert widget.ui.remove.isEnabled()

    # The review page names the person's file too, and the name survives a reopen.
    window.session.save_now()
    reopened = Dossier.load(state.dossier.path)
    assert reopened.original_name(rel) == "IMG_2031.jpg"
    click(qtbot, widget.ui.remove)
    assert rel not in state.dossier.piece("passport").files
    assert "originals" not in state.dossier.data["pieces"]["passport"]


def test_a_dossier_without_original_names_reads_as_before(tmp_path) -> None:
    dossier = Dossier.new()
    dossier.add_file("passport", "documents/passport-1.jpg")
    assert dossier.original_name("documents/passport-1.jpg") == "passport-1.jpg"
    dossier.add_file("passport", "documents/passport-2.jpg", original="passport-2.jpg")
    assert "originals" not in dossier.data["pieces"]["passport"]  # nothing to keep

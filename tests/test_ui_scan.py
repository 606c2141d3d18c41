"""Issue 17 in the wizard: the photo's outline with corners to drag or move with
the keyboard, the cleaned page beside it, « garder telle quelle » one click away;
the choice is stored for the build."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PIL import Image, ImageDraw

from desktop.services.files import scan_choice
from tests.test_ui import demo_window


@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app

    make_app()
    yield qapp


def table_photo(path: Path) -> Path:
    """A white page on a dark table, slightly off square, as a phone takes it."""
    img = Image.new("RGB", (1600, 1200), (70, 50, 35))
    d = ImageDraw.Draw(img)
    d.polygon([(420, 150), (1180, 170), (1160, 1080), (440, 1060)], fill=(245, 245, 240))
    for y in range(250, 1000, 40):
        d.line([(500, y), (1100, y + 3)], fill=(30, 30, 30), width=4)
    img.save(path, "JPEG", quality=90)
    return path


@pytest.mark.gui
def test_corners_found_moved_and_stored(app, qtbot, tmp_path: Path) -> None:
    from desktop.ui.qt import Qt
    from desktop.ui.scan_view import ScanDialog

    window, state = demo_window(qtbot, tmp_path)
    [rel] = window.session.attach("proof_of_address", [table_photo(tmp_path / "IMG_1.jpg")])
    dialog = ScanDialog(window.session, rel, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.op is None and dialog.editor.pixmap is not None, timeout=30000)
    # the outline sits on the page's corners (within 3 % of the photo)
    found = dialog.editor.quad
    expected = [
        [420 / 1600, 150 / 1200],
        [1180 / 1600, 170 / 1200],
        [1160 / 1600, 1080 / 1200],
        [440 / 1600, 1060 / 1200],
    ]
    assert all(
        abs(a - b) < 0.03
        for p, q in zip(found, expected, strict=True)
        for a, b in zip(p, q, strict=True)
    )
    assert dialog.after.pixmap() is not None and not dialog.after.pixmap().isNull()
    # keyboard: the first corner moves right by ten steps with Shift+→
    before = list(dialog.editor.quad[0])
    dialog.editor.setFocus()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.editor.quad[0][0] == pytest.approx(before[0] + 0.05)
    qtbot.waitUntil(lambda: dialog.op is None, timeout=30000)
    dialog.use.click()
    choice = scan_choice(state.dossier, rel)
    assert choice is not None and choice["quad"][0][0] == pytest.approx(before[0] + 0.05)

    again = ScanDialog(window.session, rel, window)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.op is None, timeout=30000)
    again.keep.click()
    assert scan_choice(state.dossier, rel) == {"keep": True}


@pytest.mark.gui
def test_the_crop_button_is_there_for_photos_only(app, qtbot, tmp_path: Path) -> None:
    from tests.test_ui import go_to

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "documents")
    widget = next(w for w in page.piece_widgets if w.piece_id == "proof_of_address")
    from tests.helpers import tiny_pdf

    [rel, pdf] = window.session.attach(
        "proof_of_address",
        [table_photo(tmp_path / "IMG_2.jpg"), tiny_pdf(tmp_path / "facture.pdf")],
    )
    widget.refresh()
    t = widget.ui.thumbs
    rows = [i for i in range(t.count()) if t.item(i).data(256) == rel]
    t.setCurrentRow(rows[0])
    assert widget.crop.isEnabled() and "coins" in widget.crop.toolTip()
    # the size limit is the app's to meet, and the card says so (issue 15, minor)
    assert "réduit elle-même" in widget.ui.info.text()
    pdfs = [i for i in range(t.count()) if t.item(i).data(256) == pdf]
    t.setCurrentRow(pdfs[0])
    assert not widget.crop.isEnabled() and "photo" in widget.crop.toolTip()


@pytest.mark.gui
def test_the_outline_of_a_card_in_its_piece_is_a_card(app, qtbot, tmp_path: Path) -> None:
    """The dialog finds the document as the bundle and intake do, told what the piece
    holds: a card in steep perspective is a card (without the piece's word, it
    reads as a sheet)."""
    from desktop.ui.scan_view import ScanDialog
    from tests import scan_corpus as sc

    card = sc.make_case(tmp_path, "verso", "id_card", "slate", size=(2400, 1800), fill=0.8,
                        seed=4, tilt=0.12)  # fmt: skip
    window, _state = demo_window(qtbot, tmp_path)
    [rel] = window.session.attach("current_permit", [card.path])
    dialog = ScanDialog(window.session, rel, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.op is None and dialog.editor.pixmap is not None, timeout=30000)
    assert dialog.doc_hint == "id_card"
    assert dialog.detection is not None and dialog.detection["kind"] == "id_card"

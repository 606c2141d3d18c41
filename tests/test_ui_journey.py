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


@pytest.mark.gui
def test_after_the_build_the_files_the_next_step_and_a_path_when_nothing_opens(
    app, qtbot, tmp_path, monkeypatch
) -> None:
    """Item 8: the files written with their sizes, the next step on ANEF with the
    guide, « Ouvrir le guide »; « Ouvrir le dossier » without a file manager (the
    system opens nothing) shows the path with a copy button and says so."""
    from desktop.ui import build as build_ui
    from desktop.ui.qt import QApplication, Qt

    opened: list[str] = []

    class NoFileManager:
        @staticmethod
        def openUrl(url) -> bool:
            opened.append(url.toLocalFile())
            return False

    monkeypatch.setattr(build_ui, "QDesktopServices", NoFileManager)
    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "review")
    ui, ctl = page.ui, page.controller
    # The primary action: it has the focus on arrival, and Enter builds.
    assert ui.build.isDefault() and window.focusWidget() is ui.build
    qtbot.keyClick(ui.build, Qt.Key_Return)
    qtbot.waitUntil(lambda: ctl.report is not None or ctl.op is None, timeout=90000)
    assert ctl.report is not None, ui.build_status.text()

    out = ctl.out_dir()
    rows = [ctl.outputs.item(i).text() for i in range(ctl.outputs.count())]
    assert ctl.outputs.isVisible() and len(rows) == len(ctl.report.outputs)
    for o in ctl.report.outputs:
        row = next(r for r in rows if o.path in r)
        assert build_ui.file_size((out / o.path).stat().st_size) in row
    assert any("GUIDE.pdf" in r for r in rows)
    assert any("→ ANEF" in r for r in rows)  # each upload file names its box
    assert all(f"\u2066{o.path}\u2069" in "".join(rows) for o in ctl.report.outputs)
    assert ctl.next_step.isVisible() and "GUIDE.pdf" in ctl.next_step.text()
    assert "ANEF" in ctl.next_step.text()

    assert not ctl.path_row.isVisible()
    click(qtbot, ui.open_folder)
    assert opened == [str(out)]
    assert ctl.path_row.isVisible() and ctl.path_note.isVisible()
    assert ctl.path_field.text() == str(out)
    assert "gestionnaire de fichiers" in ctl.path_note.text()
    click(qtbot, ctl.copy_path)
    assert QApplication.clipboard().text() == str(out)

    click(qtbot, ctl.open_guide)
    assert opened[-1] == str(out / "upload" / "GUIDE.pdf")
    assert (out / "upload" / "GUIDE.pdf").is_file()
    assert ctl.path_field.text().endswith("GUIDE.pdf")


def test_sizes_read_as_a_person_reads_them() -> None:
    from desktop.ui.build import file_size

    assert file_size(340_400) == "340 Ko"
    assert file_size(1_234_567) == "1,2 Mo"


@pytest.mark.gui
def test_the_letter_form_shows_what_the_letter_uses_and_says_where_it_went(
    app, qtbot, tmp_path, monkeypatch
) -> None:
    """Item 5: a missing piece explained in the dossier ([missing.<piece>]): the form
    shows that piece, its reason and expected date (not « — » and blanks); after
    « Rédiger la lettre », where the PDF is, and Open / Print / Save as work."""
    import datetime as dt

    from pypdf import PdfReader

    from desktop.ui import letters as letters_ui

    window, state = demo_window(qtbot, tmp_path)
    dossier = state.dossier
    piece = next(
        pv.id
        for pv in window.session.verdict().pieces
        if pv.required and pv.files and pv.definition.formats and pv.id != "passport"
    )
    for rel in list(dossier.piece(piece).files):
        dossier.remove_file(piece, rel)
    reason = "le consulat n'a pas encore répondu à ma demande"
    dossier.set(
        f"missing.{piece}",
        {
            "reason": reason,
            "expected_on": dt.date(2027, 1, 15),
            "steps": [{"date": dt.date(2026, 10, 3), "what": "demande écrite au consulat"}],
        },
    )
    page = go_to(window, "letters")
    ui, ctl = page.ui, page.controller
    assert ui.letters_missing_piece.currentData() == piece
    assert ui.letters_missing_reason.text() == reason
    assert ui.letters_missing_expected_on.text() == "15/01/2027"

    assert not ctl.where.isVisible()
    index = ui.letter_kind.findData("missing")
    ui.letter_kind.setCurrentIndex(index)
    click(qtbot, ui.make_letter)
    pdf = ctl.last_pdf
    assert pdf is not None and pdf.is_file()
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "consulat n" in text and "15 janvier 2027" in text
    assert "demande écrite au consulat" in text  # the dossier's step was not overwritten
    assert ctl.where.isVisible() and str(pdf) in ctl.where.text()
    assert ctl.open_letter.isVisible() and ctl.save_letter.isVisible()
    assert ctl.print_letter.isVisible()

    class NoViewer:
        @staticmethod
        def openUrl(url) -> bool:
            return False

    monkeypatch.setattr(letters_ui, "QDesktopServices", NoViewer)
    click(qtbot, ctl.open_letter)
    assert "Aucune application" in ctl.where.text() and str(pdf) in ctl.where.text()

    target = tmp_path / "mes-lettres" / "lettre"
    target.parent.mkdir()
    monkeypatch.setattr(letters_ui.dialogs, "save_file", lambda *a, **k: str(target))
    click(qtbot, ctl.save_letter)
    saved = target.with_name("lettre.pdf")
    assert saved.read_bytes() == pdf.read_bytes()
    assert str(saved) in ctl.where.text()

    printed: list[Path] = []
    from desktop.ui import build as build_ui

    monkeypatch.setattr(build_ui, "print_pdf", lambda parent, path: printed.append(path) or True)
    click(qtbot, ctl.print_letter)
    assert printed == [pdf]


def three_pages(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for name in ("PAGE-A", "PAGE-B", "PAGE-C"):
        c.setFont("Helvetica", 28)
        for i in range(20):
            c.drawString(60, 780 - i * 36, f"{name} ligne {i} de texte lisible")
        c.showPage()
    c.save()
    return path


def pdf_order(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text().split()[0] for p in PdfReader(path).pages]


def items_of(widget, rel: str):
    from desktop.ui.qt import Qt

    t = widget.ui.thumbs
    return [t.item(i) for i in range(t.count()) if t.item(i).data(Qt.ItemDataRole.UserRole) == rel]


@pytest.mark.gui
def test_documents_page_preview_hints_undo_and_order(app, qtbot, tmp_path) -> None:
    """Item 10: Space shows the page large; grey buttons say why; « Retirer » and
    « Retirer cette page » can be undone; pages and files are put in order with
    Ctrl+→ or by dragging (the view's row move)."""
    from desktop.ui.piece import PagePreview
    from desktop.ui.qt import Qt

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "documents")
    widget = piece_widget(page, "passport")
    dossier = state.dossier
    first = dossier.piece("passport").files[0]
    drop_files(widget, [three_pages(tmp_path / "scan.pdf")])
    rel = dossier.piece("passport").files[-1]
    path = dossier.resolve(rel)
    assert pdf_order(path) == ["PAGE-A", "PAGE-B", "PAGE-C"]
    widget = piece_widget(window.current_page(), "passport")
    t = widget.ui.thumbs

    # Nothing chosen: the grey buttons say why.
    t.clearSelection()
    assert not widget.ui.rotate.isEnabled()
    assert "Choisissez d'abord" in widget.ui.rotate.toolTip()
    t.setCurrentItem(items_of(widget, first)[0])
    if len(items_of(widget, first)) == 1:
        assert not widget.ui.remove_page.isEnabled()
        assert "qu'une page" in widget.ui.remove_page.toolTip()

    # Space: the page, large, with its name; ← → go through the pages.
    t.setCurrentItem(items_of(widget, rel)[0])
    t.setFocus()
    qtbot.keyClick(t, Qt.Key_Space)
    dialog = widget.findChild(PagePreview)
    assert dialog is not None and dialog.isVisible()
    # The whole page, fitted to the window once it is laid out: thrice a thumbnail at least.
    qtbot.waitUntil(lambda: dialog.image.pixmap().height() > 3 * 128, timeout=3000)
    assert "scan.pdf" in dialog.caption.text() and "1/3" in dialog.caption.text()
    qtbot.keyClick(dialog, Qt.Key_Right)
    assert "2/3" in dialog.caption.text()
    dialog.accept()

    # Ctrl+→ moves page A after page B, in the PDF itself.
    t.setCurrentItem(items_of(widget, rel)[0])
    qtbot.keyClick(t, Qt.Key_Right, Qt.ControlModifier)
    assert pdf_order(path) == ["PAGE-B", "PAGE-A", "PAGE-C"]
    widget = piece_widget(window.current_page(), "passport")
    assert widget.selected_file() == rel and widget.selected_page() == 1

    # Dragging the PDF's first page before the other file: the file moves first.
    t = widget.ui.thumbs
    assert t.dragEnabled() and t.viewport().acceptDrops()
    row = t.row(items_of(widget, rel)[0])
    assert t.model().moveRows(
        t.model().index(0, 0).parent(), row, 3, t.model().index(0, 0).parent(), 0
    )
    qtbot.waitUntil(lambda: dossier.piece("passport").files[0] == rel, timeout=3000)

    # « Retirer cette page », then « Annuler »: the three pages are back.
    widget = piece_widget(window.current_page(), "passport")
    widget._select(rel, 2)
    click(qtbot, widget.ui.remove_page)
    assert pdf_order(path) == ["PAGE-B", "PAGE-A"]
    assert widget.undo_bar.isVisible() and "Page 3" in widget.undo_text.text()
    qtbot.wait(20)  # the bar just appeared: laid out before a person can click it
    click(qtbot, widget.undo)
    assert pdf_order(path) == ["PAGE-B", "PAGE-A", "PAGE-C"], widget.ui.status_text.text()
    assert not widget.undo_bar.isVisible()

    # « Retirer » the file, then « Annuler »: back at its place, with its name.
    before = path.read_bytes()
    widget._select(rel, 0)
    click(qtbot, widget.ui.remove)
    assert rel not in dossier.piece("passport").files and not path.exists()
    assert "scan.pdf" in widget.undo_text.text()
    qtbot.wait(20)  # the bar just appeared: laid out before a person can click it
    click(qtbot, widget.undo)
    assert dossier.piece("passport").files[0] == rel
    assert path.read_bytes() == before
    assert dossier.original_name(rel) == "scan.pdf"

    # Another change in the piece ends what « Annuler » can undo.
    widget = piece_widget(window.current_page(), "passport")
    widget._select(rel, 0)
    click(qtbot, widget.ui.remove)
    assert widget.undo_bar.isVisible()
    widget.add_paths([str(three_pages(tmp_path / "other.pdf"))])
    assert not widget.undo_bar.isVisible()


def test_undo_never_writes_over_a_file_that_took_the_name(tmp_path) -> None:
    """A removed file's name may be taken by the next file added to the piece: putting
    the removed one back would overwrite it; it is refused and said."""
    from desktop.errors import UserError
    from desktop.services.files import attach_file, detach_file, file_bytes, put_back

    dossier = Dossier.new()
    dossier.save(tmp_path / "d" / "dossier.toml")
    first = attach_file(dossier, "passport", three_pages(tmp_path / "a.pdf"))
    data = file_bytes(dossier, first)
    detach_file(dossier, "passport", first)
    second = attach_file(dossier, "passport", three_pages(tmp_path / "b.pdf"))
    assert second == first  # the first free name again
    kept = dossier.resolve(second).read_bytes()
    with pytest.raises(UserError) as err:
        put_back(dossier, "passport", first, data, "a.pdf", 0)
    assert "« a.pdf »" in err.value.message("fr") and "pris sa place" in err.value.message("fr")
    assert dossier.resolve(second).read_bytes() == kept
    assert dossier.piece("passport").files == [second]
    assert dossier.original_name(second) == "b.pdf"


@pytest.mark.gui
def test_a_piece_of_the_review_list_opens_where_it_is_filled_in(app, qtbot, tmp_path) -> None:
    """The review page's list leads to each piece: Enter (or a double click) on a row
    opens the documents page on that piece, ready for « Ajouter des fichiers »."""
    from desktop.ui.build import PIECE_ROLE
    from desktop.ui.qt import Qt

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "review")
    checklist = page.ui.checklist
    rows = [checklist.item(i) for i in range(checklist.count())]
    last = rows[-1]
    piece = last.data(PIECE_ROLE)
    assert piece and "Double-clic" in last.toolTip()
    checklist.setCurrentItem(last)
    checklist.setFocus()
    qtbot.keyClick(checklist, Qt.Key_Return)
    assert window.session.wizard.current == "documents"
    docs = window.current_page()
    widget = piece_widget(docs, piece)
    assert window.focusWidget() is widget.ui.add
    viewport = docs.ui.scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    assert 0 <= top < viewport.height()  # scrolled to it

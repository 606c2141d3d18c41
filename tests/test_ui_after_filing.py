"""Issue 19 in the wizard: the review page records the filing (frozen off the GUI
thread), then shows the timeline, takes a paper from the prefecture and exports
the calendar and the note for an employer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from reportlab.pdfgen import canvas

from desktop.core.dossier import Dossier
from desktop.core.filings import answers, filings
from tests.test_ui import click, demo_window, go_to


@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app
    from desktop.ui.i18n import Languages

    make_app()
    yield qapp
    Languages().switch("fr")


@pytest.mark.gui
def test_recording_a_filing_then_a_paper_from_the_review_page(app, qtbot, tmp_path: Path) -> None:
    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "review")
    panel = page.after_filing
    assert panel.record_box.isVisibleTo(page) and not panel.events.isVisibleTo(page)
    # a date typed the way people do, and a bad one first
    panel.filed_on.setText("31/02/2026")
    click(qtbot, panel.record)
    assert "n'est pas une date" in panel.message.text() and not filings(state.dossier)
    panel.filed_on.setText(state.today.strftime("%d/%m/%y"))
    panel.request.setText("7501234567")
    click(qtbot, panel.record)
    assert page.busy  # the bundle is frozen on another thread
    qtbot.waitUntil(lambda: panel.op is None, timeout=60000)
    [filing] = filings(state.dossier)
    assert filing.filed_on == state.today and filing.request == "7501234567"
    assert all(state.dossier.resolve(f.name).is_file() for f in filing.files)
    assert panel.events.isVisibleTo(page) and not panel.record_box.isVisibleTo(page)
    lines = [panel.events.item(i).text() for i in range(panel.events.count())]
    assert any("refus implicite" in x for x in lines)
    # saved: the dossier on disk holds the filing
    assert filings(Dossier.load(state.dossier.path))

    paper = tmp_path / "attestation.pdf"
    c = canvas.Canvas(str(paper))
    c.drawString(50, 800, "Attestation de prolongation d'instruction")
    c.drawString(50, 780, "valable jusqu'au 19/03/2099")
    c.save()
    panel.attach_path(paper)
    assert answers(state.dossier)[-1].kind == "prolongation"
    lines = [panel.events.item(i).text() for i in range(panel.events.count())]
    assert any("19/03/2099" in x for x in lines)

    ics = tmp_path / "r.ics"
    panel.write_calendar(ics)
    assert ics.read_text().count("BEGIN:VEVENT") >= 5
    note = tmp_path / "note.pdf"
    panel.write_sheet(note)
    assert note.read_bytes().startswith(b"%PDF")


@pytest.mark.gui
def test_a_dossier_holding_a_bad_date_opens_on_the_field_to_fix(app, qtbot, tmp_path: Path) -> None:
    """Issue 15, blocker 1's aftermath: a dossier saved with a date validation now
    refuses (31 February) opens; the value is shown as set aside until typed again."""
    from desktop.flow.state import FlowState
    from desktop.flow.store import open_dossier

    window, state = demo_window(qtbot, tmp_path)
    path = state.dossier.path
    text = path.read_text().replace("birth_date = 1998-04-12", 'birth_date = "31/02/1998"')
    path.write_text(text)
    dossier = open_dossier(path)
    assert dossier.set_aside.get("applicant.birth_date") == "31/02/1998"
    window.load_state(FlowState(dossier, state.today))
    assert window.set_aside.isVisible() and "31/02/1998" in window.set_aside.text()
    dossier.set("applicant.birth_date", dt.date(1998, 4, 12))
    window.session.touch()
    assert not window.set_aside.isVisible()


@pytest.mark.gui
def test_the_passphrase_is_never_called_good_while_the_two_differ(app, qtbot) -> None:
    """Issue 15 (minor): « ✔ Bonne. » showed while the confirmation differed."""
    from desktop.ui.vault_screens import SetupDialog

    dialog = SetupDialog(keyring_available=False)
    qtbot.addWidget(dialog)
    dialog.ui.passphrase.setText("correct horse battery staple 42")
    assert "✔" in dialog.ui.strength.text()
    dialog.ui.confirm.setText("correct horse")  # still typing: a prefix says nothing yet
    assert "✔" in dialog.ui.strength.text()
    dialog.ui.confirm.setText("correct hoarse")
    assert "✔" not in dialog.ui.strength.text() and "identiques" in dialog.ui.strength.text()
    dialog.ui.confirm.setText("correct horse battery staple 42")
    assert "✔" in dialog.ui.strength.text()


@pytest.mark.gui
def test_the_step_count_says_no_total_before_the_situation_is_known(app, qtbot, tmp_path) -> None:
    """Issue 15 (minor): « sur 6 » then « sur 9 » read as a mistake."""
    from desktop.core.dossier import Dossier as _Dossier
    from desktop.flow.state import FlowState

    window, state = demo_window(qtbot, tmp_path)
    assert " sur " in window.ui.position.text()  # the demo's situation is known
    fresh = _Dossier.new()
    window.load_state(FlowState(fresh, state.today))
    assert window.ui.position.text() == "Étape 1"

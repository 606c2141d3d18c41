"""Issue 18 in the wizard: a passport photo's machine-readable zone proposes the
civil status; the person confirms; nothing typed is replaced without asking."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.mrz_corpus import render, td3
from tests.test_ui import demo_window


@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app

    make_app()
    yield qapp


@pytest.mark.gui
def test_the_passport_fills_the_empty_fields_and_asks_for_the_others(
    app, qtbot, tmp_path: Path
) -> None:
    from desktop.ui.passport_read import PassportDialog

    window, state = demo_window(qtbot, tmp_path)
    lines, truth = td3(random.Random(3), dt.date(2026, 12, 6))
    page = tmp_path / "passeport.png"
    render(lines).save(page)
    dossier = state.dossier
    dossier.set("applicant.given_names", "")  # empty: proposed and ticked
    dossier.set("applicant.surname", "QUELQUECHOSE")  # typed differently: not ticked
    dialog = PassportDialog(window.session, page, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.op is None, timeout=30000)
    boxes = dialog.boxes
    assert boxes["applicant.given_names"].isChecked()
    assert not boxes["applicant.surname"].isChecked()
    assert "QUELQUECHOSE" in boxes["applicant.surname"].text()
    assert (
        boxes["applicant.birth_date"]
        .text()
        .endswith(dt.date.fromisoformat(str(truth["birth_date"])).strftime("%d/%m/%Y"))
        or "(vous aviez tapé" in boxes["applicant.birth_date"].text()
    )
    dialog.apply.click()
    assert dossier.get("applicant.given_names") == truth["given_names"]
    assert dossier.get("applicant.surname") == "QUELQUECHOSE"


@pytest.mark.gui
def test_the_civil_page_reads_a_passport_and_shows_what_was_carried_over(
    app, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from desktop.ui.passport_read import PassportDialog
    from tests.test_ui import go_to

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "civil_status")
    assert page.read_passport.isVisible() and page.read_passport.accessibleName()
    lines, truth = td3(random.Random(5), dt.date(2026, 12, 6))
    picture = tmp_path / "passeport.png"
    render(lines).save(picture)
    page.ui.applicant_given_names.setText("")
    page.commit()
    for rel in list(state.dossier.piece("passport").files):
        window.session.detach("passport", rel)

    def accept_when_read(dialog: PassportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.op is None, timeout=30000)
        dialog.carry_over()
        return 1

    monkeypatch.setattr(PassportDialog, "exec", accept_when_read)
    page.open_passport(picture)
    assert page.ui.applicant_given_names.text() == truth["given_names"]
    [copy] = state.dossier.piece("passport").files  # the picture went to the passport piece
    assert state.dossier.original_name(copy) == "passeport.png"

"""The change of civil status asked from the situation page (service-public F35808:
after a marriage, a divorce or a change of name, the card is changed on ANEF; stamp
only, CESEDA L.436-7). Before, only a hand-written ``[facts]`` reached it."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from tests.test_ui import TODAY, app, choose, click, type_into  # noqa: F401
from tests.test_ui_situation import situation_page

pytestmark = pytest.mark.gui


def test_change_of_civil_status_from_the_wizard(app, qtbot, tmp_path) -> None:  # noqa: F811
    window, page = situation_page(qtbot, tmp_path)
    radio = page.ui.request_change_civil_status
    assert radio.isVisible() and "état civil" in radio.text()
    click(qtbot, radio)
    # Like a change of address, it changes a card one holds: a visa is refused.
    choose(qtbot, page.ui.ui_answers_current_document, "visa")
    problems = page.step.check(window.session.state, page.answers())
    assert "situation.needs_permit" in {p.code for p in problems}
    choose(qtbot, page.ui.ui_answers_current_document, "permit")
    expiry = TODAY + dt.timedelta(days=400)
    type_into(qtbot, page.ui.current_permit_expires_on, expiry.strftime("%d/%m/%Y"))
    type_into(qtbot, page.ui.applicant_nationality, "Russie")
    choose(qtbot, page.ui.appointment_status, "online")
    qtbot.waitUntil(lambda: "<b>" in page.ui.summary.text())
    assert "état civil" in page.ui.summary.text().lower()
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "civil_status"
    assert window.session.state.situation.id == "changement-etat-civil"
    assert window.session.state.dossier.get("ui.answers.request") == "change_civil_status"

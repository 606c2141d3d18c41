"""A piece card's dates have the calendar the pages have (issue 15: « a calendar
picker »): a day picked is written as JJ/MM/AAAA and saved with the piece, as a
date typed and confirmed would be."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from tests.test_ui import app  # noqa: F401
from tests.test_ui_sources import card, open_demo

pytestmark = pytest.mark.gui


def test_a_piece_date_picked_in_the_calendar_is_saved(app, qtbot, tmp_path) -> None:  # noqa: F811
    from desktop.ui.qt import QDate, QToolButton

    window, state = open_demo(qtbot, tmp_path)
    passport = card(window, "passport")
    edit = passport.ui.expires_on
    assert edit.isVisibleTo(window)
    picker = next(p for p in passport.date_pickers if p.edit is edit)
    button = next(
        b for b in edit.findChildren(QToolButton) if b.objectName().endswith("_calendar_button")
    )
    assert button.accessibleName() == "Choisir dans le calendrier"
    popup = picker.open()
    assert popup.isVisible()
    picker.pick(QDate(2031, 5, 17))
    assert edit.text() == "17/05/2031"
    assert state.dossier.get("pieces.passport.expires_on") == dt.date(2031, 5, 17)
    # The issue date is in the past: the calendar offers no later day.
    issued = next(p for p in passport.date_pickers if p.edit is passport.ui.issued_on)
    assert issued.past_only and not picker.past_only

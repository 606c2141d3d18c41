"""An amount no primary text settles (the 2026 renewal tax: 200 or 300 €, see
fees.toml) is said on the situation page as `check` says it: uncertain, and buy
the timbre fiscal only once ANEF states the amount — in the interface language."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from tests.test_ui import TODAY, app, choose, click, type_into  # noqa: F401
from tests.test_ui_situation import situation_page

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("lang", "words"), [("fr", "n’achetez le timbre fiscal"), ("en", "ANEF")])
def test_an_uncertain_renewal_fee_says_when_to_buy_the_stamp(
    app,  # noqa: F811
    qtbot,
    tmp_path,
    lang: str,
    words: str,
) -> None:
    from desktop.core.messages import t

    window, page = situation_page(qtbot, tmp_path, lang=lang)
    click(qtbot, page.ui.request_card)
    choose(qtbot, page.ui.ui_answers_category, "salarie")
    choose(qtbot, page.ui.ui_answers_current_document, "permit")
    choose(qtbot, page.ui.ui_answers_current_category, "salarie")
    expiry = TODAY + dt.timedelta(days=90)
    type_into(qtbot, page.ui.current_permit_expires_on, expiry.strftime("%d/%m/%Y"))
    type_into(qtbot, page.ui.applicant_nationality, "RUS")
    choose(qtbot, page.ui.appointment_status, "online")
    qtbot.waitUntil(lambda: "<b>" in page.ui.summary.text())
    summary = page.ui.summary.text()
    assert window.session.state.situation.id == "salarie-renouvellement"
    said = t("fee.unconfirmed", lang)
    assert words in said
    assert said in summary, summary
    assert "non encore confirmé" not in summary

"""The situation page as a person uses it (pytest-qt, offscreen): facts asked,
the situation derived and explained, problems that go away once fixed, a country
list for the nationality (issue 14 part 3, issue 15 item 9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from desktop.core.dossier import Dossier
from desktop.flow import FlowState, store
from tests.test_ui import CLOCK, TODAY, app, choose, click, open_window, type_into  # noqa: F401

pytestmark = pytest.mark.gui


def situation_page(qtbot, tmp_path: Path, lang: str = "fr"):
    dossier = Dossier.new()
    dossier.set("lang", lang)
    dossier.save(tmp_path / "d" / store.DOSSIER_FILE)
    window = open_window(qtbot, FlowState(dossier, TODAY))
    click(qtbot, window.current_page().ui.mode_self)
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "situation"
    return window, window.current_page()


def test_nothing_answered_says_what_to_do_not_unknown(app, qtbot, tmp_path) -> None:  # noqa: F811
    """Issue 15 item 9: « aucune démarche connue » before anything is answered."""
    window, page = situation_page(qtbot, tmp_path)
    assert "Répondez aux questions" in page.ui.summary.text()
    problems = page.step.check(window.session.state, page.answers())
    assert "situation.unknown" not in {p.code for p in problems}
    click(qtbot, window.ui.next)  # blocked: the questions are required, not "unknown"
    assert window.session.wizard.current == "situation"
    assert "aucune démarche" not in page.ui.problems.text()
    assert "obligatoire" in page.ui.problems.text()


def test_required_goes_away_once_the_field_is_filled(app, qtbot, tmp_path) -> None:  # noqa: F811
    """Issue 15 item 9: « Ce champ est obligatoire » stayed on fields already filled."""
    window, page = situation_page(qtbot, tmp_path)
    click(qtbot, page.ui.request_card)
    click(qtbot, window.ui.next)
    before = page.ui.problems.text()
    assert "Catégorie de titre demandée" in before and "Nationalité" in before
    choose(qtbot, page.ui.ui_answers_category, "etudiant")
    qtbot.waitUntil(lambda: "Catégorie de titre demandée" not in page.ui.problems.text())
    assert "Nationalité" in page.ui.problems.text()  # still empty: still said
    type_into(qtbot, page.ui.applicant_nationality, "chine")
    qtbot.waitUntil(lambda: "Nationalité" not in page.ui.problems.text())


def test_nationality_is_a_country_list_with_its_code(app, qtbot, tmp_path) -> None:  # noqa: F811
    """Issue 15 item 9: « algerie » became « alg » in a 3-letter box. Now the name in
    the interface language is understood and the ICAO code shown under it."""
    window, page = situation_page(qtbot, tmp_path)
    type_into(qtbot, page.ui.applicant_nationality, "algerie")
    assert "DZA" in page.ui.nationality_code.text()
    assert "Algérie" in page.ui.nationality_code.text()
    assert page.answers()["applicant.nationality"] == "DZA"
    # the list is searchable by any part of a name, in the interface language
    completer = page.ui.applicant_nationality.completer()
    completer.setCompletionPrefix("afri")
    found = {
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    }
    assert {"Afrique du Sud (ZAF)", "République centrafricaine (CAF)"} <= found
    type_into(qtbot, page.ui.applicant_nationality, "Narnia")
    assert "Choisissez votre pays" in page.ui.nationality_code.text()


def test_country_names_in_the_interface_language(app, qtbot, tmp_path) -> None:  # noqa: F811
    window, page = situation_page(qtbot, tmp_path, lang="zh")
    try:
        # typed through an input method, as Chinese is
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtWidgets import QApplication

        edit = page.ui.applicant_nationality
        edit.setFocus()
        event = QInputMethodEvent()
        event.setCommitString("阿尔及利亚")
        QApplication.sendEvent(edit, event)
        assert "DZA" in page.ui.nationality_code.text()
        assert "代码" in page.ui.nationality_code.text()  # the line under it in Chinese too
        assert page.answers()["applicant.nationality"] == "DZA"
    finally:  # the window's translators are the application's: leave them French
        window.languages.switch("fr")


def test_vls_ts_holder_gets_a_renewal_explained(app, qtbot, tmp_path) -> None:  # noqa: F811
    """CESEDA R.431-5, L.433-1: a VLS-TS « étudiant » asking a student card renews it;
    the page says why, with the window and the renewal fee (L.436-1: 50 + 50 €)."""
    window, page = situation_page(qtbot, tmp_path)
    click(qtbot, page.ui.request_card)
    choose(qtbot, page.ui.ui_answers_category, "etudiant")
    choose(qtbot, page.ui.ui_answers_current_document, "vls_ts")
    assert page.ui.ui_answers_current_category.isVisible()
    choose(qtbot, page.ui.ui_answers_current_category, "etudiant")
    expiry = TODAY + dt.timedelta(days=90)
    type_into(qtbot, page.ui.current_permit_expires_on, expiry.strftime("%d/%m/%Y"))
    type_into(qtbot, page.ui.applicant_nationality, "Russie")
    choose(qtbot, page.ui.appointment_status, "online")
    qtbot.waitUntil(lambda: "<b>" in page.ui.summary.text())
    text = page.ui.summary.text()
    assert "Étudiant – renouvellement" in text
    assert "VLS-TS" in text and "R.431-5" in text
    assert "100 € (taxe 50 € + timbre 50 €)" in text, text
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "civil_status"
    assert window.session.state.situation.id == "etudiant-renouvellement"


def test_studies_in_france_exempts_from_the_integration_pieces(app, qtbot, tmp_path) -> None:  # noqa: F811
    """Décret n° 2025-647: 3 years of secondary school or 1 of higher education in
    France exempt from the civic exam and the French level."""
    window, page = situation_page(qtbot, tmp_path)
    click(qtbot, page.ui.request_card)
    choose(qtbot, page.ui.ui_answers_category, "salarie")
    choose(qtbot, page.ui.ui_answers_current_document, "vls_ts")
    choose(qtbot, page.ui.ui_answers_current_category, "salarie")
    expiry = TODAY + dt.timedelta(days=90)
    type_into(qtbot, page.ui.current_permit_expires_on, expiry.strftime("%d/%m/%Y"))
    type_into(qtbot, page.ui.applicant_nationality, "Chine")
    choose(qtbot, page.ui.appointment_status, "online")
    qtbot.waitUntil(page.ui.facts_studies_in_france.isVisible)
    state = window.session.state
    click(qtbot, window.ui.next)
    assert state.situation.id == "salarie-renouvellement"
    assert state.requires_piece("civic_exam")
    click(qtbot, window.ui.back)
    page = window.current_page()
    click(qtbot, page.ui.facts_studies_in_france)
    click(qtbot, window.ui.next)
    assert not state.requires_piece("civic_exam")
    assert not state.requires_piece("french_level")


def test_not_covered_is_said_with_where_to_go(app, qtbot, tmp_path) -> None:  # noqa: F811
    """Never the nearest category: an EU family member is sent to F2653."""
    window, page = situation_page(qtbot, tmp_path)
    click(qtbot, page.ui.request_card)
    choose(qtbot, page.ui.ui_answers_category, "famille_ue")
    choose(qtbot, page.ui.ui_answers_current_document, "none")
    type_into(qtbot, page.ui.applicant_nationality, "Tunisie")
    choose(qtbot, page.ui.appointment_status, "online")
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "situation"
    assert "F2653" in page.ui.problems.text()
    assert window.session.state.situation is None


def test_medical_notice_on_the_situation_page(app, qtbot, tmp_path) -> None:  # noqa: F811
    """CESEDA R.425-11, service-public F17164: the medical file goes to the OFII doctor."""
    window, page = situation_page(qtbot, tmp_path)
    click(qtbot, page.ui.request_card)
    choose(qtbot, page.ui.ui_answers_category, "etranger_malade")
    choose(qtbot, page.ui.ui_answers_current_document, "none")
    type_into(qtbot, page.ui.applicant_nationality, "senegal")
    choose(qtbot, page.ui.appointment_status, "online")
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "civil_status"
    click(qtbot, window.ui.back)
    page = window.current_page()
    qtbot.waitUntil(lambda: "OFII" in page.ui.summary.text())
    assert "secret médical" in page.ui.summary.text()


def test_entry_without_visa_adds_the_regularisation_fee(app, qtbot, tmp_path) -> None:  # noqa: F811
    """CESEDA L.436-4: asked only for a first card, and the fee is shown when ticked."""
    window, page = situation_page(qtbot, tmp_path)
    click(qtbot, page.ui.request_card)
    choose(qtbot, page.ui.ui_answers_category, "vpf_liens")
    choose(qtbot, page.ui.ui_answers_current_document, "none")
    type_into(qtbot, page.ui.applicant_nationality, "Maroc")
    choose(qtbot, page.ui.appointment_status, "online")
    assert page.ui.facts_entered_without_visa.isVisible()
    click(qtbot, page.ui.facts_entered_without_visa)
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "civil_status"
    click(qtbot, window.ui.back)
    page = window.current_page()
    qtbot.waitUntil(lambda: "régularisation" in page.ui.summary.text())
    assert (
        "300 € (taxe 300 € + timbre 0 €). Dont 100 € à payer dès le dépôt."
        in page.ui.summary.text()
    )
    choose(qtbot, page.ui.ui_answers_current_document, "permit")
    assert not page.ui.facts_entered_without_visa.isVisible()

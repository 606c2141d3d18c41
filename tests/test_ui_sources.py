"""Sources a person can open, in the wizard (issue 14 parts 4 and 6): beside each
requirement and problem one small line « règle : … — vérifiée le … » with its
link, a ⚠ mark in words where the source is weak or disputed, the details and
the note reachable with the keyboard; the date of the rules, and past the
catalog's months a warning saying they may have changed and where to check."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from desktop.core.catalog import default_catalog, load_catalog
from desktop.core.clock import Clock
from desktop.core.dossier import Dossier
from desktop.demo import write_demo
from desktop.flow import FlowState
from desktop.paths import CATALOG_DIR
from tests.test_ui import TODAY, app, go_to  # noqa: F401

pytestmark = pytest.mark.gui

SITUATION = "etudiant-renouvellement"  # the demo's
DATE = re.compile(r"\d\d/\d\d/\d{4}")


def open_demo(qtbot, tmp_path: Path, lang: str = "fr", today: dt.date = TODAY, catalog=None):
    from desktop.ui.app import build_window

    path = write_demo(tmp_path / "demo", today)
    dossier = Dossier.load(path)
    dossier.set("lang", lang)
    dossier.set("appointment.status", "none")
    state = FlowState(dossier, today, catalog=catalog)
    state.set_ui("step", "review")
    window = build_window(state, Clock(today))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, state


def card(window, piece_id: str):
    page = go_to(window, "documents")
    found = [w for w in page.piece_widgets if w.piece_id == piece_id]
    assert found, [w.piece_id for w in page.piece_widgets]
    found[0].refresh()
    return found[0]


def weak_catalog(tmp_path: Path):
    """The shipped catalog, the demo's situation made weak and disputed."""
    d = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, d)
    text = (d / "situations.toml").read_text(encoding="utf-8")
    head = f"[situations.{SITUATION}]\n"
    start = text.index(head)
    end = text.find("\n[situations.", start + 1)
    block = re.sub(r'\n(confidence|note) = "[^\n]*"', "", text[start + len(head) : end])
    extra = 'confidence = "L"\nnote = "La préfecture de Paris demande aussi les relevés."\n'
    (d / "situations.toml").write_text(text[:start] + head + extra + block + text[end:])
    return load_catalog(d)


def test_a_card_says_which_rule_asks_for_the_piece_and_when_it_was_checked(
    app,  # noqa: F811
    qtbot,
    tmp_path,
) -> None:
    window, _ = open_demo(qtbot, tmp_path)
    passport = card(window, "passport")
    note = passport.source
    assert note.isVisibleTo(window)
    line = note.line.text()
    assert "règle : " in line and "R.431-10" in line and " — vérifiée le " in line
    assert DATE.search(line)
    assert "⚠" not in line  # a sure source: no mark
    assert note.line.accessibleName().startswith("règle : ")
    # « Détails » only when they say more than the line: a rule with no link, no note
    # and a short text gets none (shown on its own, the catalog's rules all have links).
    from desktop.core.catalog import Dated
    from desktop.services.catalog import source_view
    from desktop.ui.sources import SourceNote

    bare = SourceNote(window, "bare_source")
    bare.show_source(
        source_view(Dated("CESEDA R.431-10", passport.source.view.dated.checked, "H"), "fr")
    )
    assert not bare.toggle.isVisibleTo(window)
    # The enrolment certificate: its situation's source has a link and a longer text.
    enrolment = card(window, "enrolment_certificate").source
    assert 'href="https://www.service-public.fr/' in enrolment.line.text()
    assert "lire la source" in enrolment.line.text()
    toggle = enrolment.toggle
    assert toggle.isVisibleTo(window) and not enrolment.details.isVisibleTo(window)
    assert toggle.accessibleName().startswith("Détails de la règle — Certificat de scolarité")
    assert toggle.text() == "Détails…"
    assert toggle.focusPolicy().value & 1  # reached with Tab
    # Space on it, as with the keyboard alone: the details show.
    from desktop.ui.qt import Qt

    qtbot.keyClick(toggle, Qt.Key_Space)
    assert enrolment.details.isVisibleTo(window) and toggle.text() == "Masquer"
    details = enrolment.details.text()
    situation = default_catalog().situations[SITUATION].dated
    assert "le tarif réduit vaut pour" in details  # the whole text, not the short line
    assert situation.url in details or "service-public.fr" in details
    # The links of the details are reached and opened with the keyboard.
    flags = enrolment.details.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert enrolment.details.focusPolicy().value & 1


def test_a_weak_or_disputed_rule_is_marked_in_words_with_its_note(
    app,  # noqa: F811
    qtbot,
    tmp_path,
) -> None:
    window, _ = open_demo(qtbot, tmp_path, catalog=weak_catalog(tmp_path))
    note = card(window, "enrolment_certificate").source
    line = note.line.text()
    assert "⚠ source peu sûre" in line  # the mark in words, not colour alone
    assert "⚠ source peu sûre" in note.line.accessibleName()
    # The note: in the tooltip and the accessible description, and in the details.
    for text in (
        note.line.toolTip(),
        note.line.accessibleDescription(),
        note.toggle.toolTip(),
        note.toggle.accessibleDescription(),
        note.details.text(),
    ):
        assert "La préfecture de Paris demande aussi les relevés." in text, text
        assert "vérifiez auprès de la préfecture" in text
    # The review page's list says it in words too, and its description carries it.
    page = go_to(window, "review")
    page.refresh()
    items = [page.ui.checklist.item(i) for i in range(page.ui.checklist.count())]
    weak = [i for i in items if "Certificat de scolarité" in i.text()]
    assert weak and "(⚠ source peu sûre)" in weak[0].text()
    assert "La préfecture de Paris" in weak[0].data(12)  # AccessibleDescriptionRole
    sure = [i for i in items if "Passeport" in i.text()]
    assert sure and "⚠" not in sure[0].text() and "R.431-10" in sure[0].data(12)


def test_a_problem_carries_the_rule_that_found_it(app, qtbot, tmp_path) -> None:  # noqa: F811
    # A proof of address 5 months old: between the prefectures' 3 months and the
    # Annexe 10's 6, a warning whose rule says the sources disagree.
    window, state = open_demo(qtbot, tmp_path)
    state.dossier.data["pieces"]["proof_of_address"]["issued_on"] = TODAY - dt.timedelta(days=150)
    state.dossier.touch()
    widget = card(window, "proof_of_address")
    status = widget.ui.status_text.text()
    assert "règle : " in status and "listes de pièces des préfectures" in status
    assert "⚠ sources divergentes ou incertaines" in status
    # Its note is in the card's details, after the requirement's own source.
    details = widget.source.details.text()
    assert "Règle d'un point signalé" in details
    assert "annexe 10 du CESEDA admet 6 mois" in details
    assert "annexe 10 du CESEDA admet 6 mois" in widget.source.toggle.toolTip()
    # The review page: under the point, the same rule, said once.
    page = go_to(window, "review")
    page.refresh()
    summary = page.ui.summary.text()
    assert "Justificatif de domicile" in summary
    assert summary.count("listes de pièces des préfectures") == 1
    assert "⚠ sources divergentes ou incertaines" in summary
    assert page.controller.sources.line.text().startswith("Règles de l’application vérifiées le")
    assert "annexe 10 du CESEDA admet 6 mois" in page.controller.sources.details.text()


def test_a_link_opens_in_the_browser_only_when_chosen_and_only_http(
    app,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    import desktop.ui.sources as sources

    opened: list[str] = []

    class Fake:
        @staticmethod
        def openUrl(url) -> bool:
            opened.append(url.toString())
            return True

    monkeypatch.setattr(sources, "QDesktopServices", Fake)
    window, _ = open_demo(qtbot, tmp_path)
    assert opened == []  # showing sources opens nothing
    note = card(window, "enrolment_certificate").source
    url = note.view.links[0]
    note.line.linkActivated.emit(url)
    note.details.linkActivated.emit("file:///etc/passwd")
    assert opened == [url]


def test_the_rules_date_and_past_six_months_a_warning(app, qtbot, tmp_path) -> None:  # noqa: F811
    catalog = default_catalog()
    checked = catalog.checked
    months = int(catalog.rule("catalog_age")["warn_after_months"])
    recent = checked + dt.timedelta(days=20)
    window, _ = open_demo(qtbot, tmp_path / "a", today=recent)
    page = go_to(window, "situation")
    page.refresh()
    assert page.rules_date.isVisibleTo(window)
    assert page.rules_date.text() == f"Règles de l’application vérifiées le {checked:%d/%m/%Y}."
    assert not page.rules_stale.isVisibleTo(window)
    # The same rules, a fake "today" past their months: the warning, where to check,
    # how to import a signed update.
    from desktop.core.calendar import add_months

    late = add_months(checked, months) + dt.timedelta(days=1)
    window, _ = open_demo(qtbot, tmp_path / "b", today=late)
    page = go_to(window, "situation")
    page.refresh()
    warning = page.rules_stale.text()
    assert page.rules_stale.isVisibleTo(window)
    assert warning.startswith("⚠ ") and f"plus de {months} mois" in warning
    assert "service-public.fr" in warning and "catalog import" in warning
    # The review page says the date too, and the engine's warning is among its points.
    review = go_to(window, "review")
    review.refresh()
    assert f"{checked:%d/%m/%Y}" in review.controller.sources.line.text()
    assert "catalog import" in review.ui.summary.text()


def test_the_situation_page_names_the_source_of_the_procedure_window_and_fee(
    app,  # noqa: F811
    qtbot,
    tmp_path,
) -> None:
    window, _ = open_demo(qtbot, tmp_path)
    page = go_to(window, "situation")
    page.refresh()
    procedure = page.source_situation.line.text()
    assert procedure.startswith("<b>Votre démarche</b>") and "L.422-1" in procedure
    assert "R.431-5" in page.source_window.line.text()
    fees = [n for n in page.source_fees if n.isVisibleTo(window)]
    assert fees and "Loi de finances pour 2026" in fees[0].line.text()
    assert fees[0].toggle.accessibleName().startswith("Détails de la règle — Renouvellement")


def test_sources_in_arabic_and_chinese(app, qtbot, tmp_path) -> None:  # noqa: F811
    window, _ = open_demo(qtbot, tmp_path / "ar", lang="ar")
    note = card(window, "passport").source
    assert note.line.text().startswith("القاعدة: ")
    assert re.search(
        "\u2068CESEDA [Aa]nnexe 10 ; R\\.431-10\u2069", note.line.text()
    )  # in its order
    assert note.isRightToLeft()
    window, _ = open_demo(qtbot, tmp_path / "zh", lang="zh")
    enrolment = card(window, "enrolment_certificate").source
    assert enrolment.line.text().startswith("规则：") and "阅读来源" in enrolment.line.text()
    assert enrolment.toggle.text() == "详情…"

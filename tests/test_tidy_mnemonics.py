"""Alt+letters stay unique while the window changes: after a page change, a language
switch, and a change of the dossier that shows new buttons (a file attached: its
piece's rotate, crop and remove buttons appear) — without walking every page the
window has built on each autosave."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.test_ui import demo_window, go_to, visit_all
from tests.test_ui_a11y import app, clashes, mnemonics  # noqa: F401 (app: a fixture)

LANGS = ("fr", "en", "ru", "zh", "ar", "uk")

# The accessibility tests' window set-up: no translator left by an earlier test.
pytestmark = pytest.mark.usefixtures("app")


@pytest.mark.gui
@pytest.mark.parametrize("lang", LANGS)
def test_mnemonics_stay_unique_when_a_file_shows_its_buttons(qtbot, tmp_path, lang) -> None:
    window, state = demo_window(qtbot, tmp_path, lang)
    page = go_to(window, "documents")
    bad: list[str] = []
    for w in page.piece_widgets:
        entry = state.dossier.piece(w.piece_id)
        if not entry.files:
            continue
        kept = tmp_path / "kept" / w.piece_id
        kept.mkdir(parents=True)
        files = [Path(shutil.copy(state.dossier.resolve(f), kept)) for f in entry.files]
        for rel in list(entry.files):
            window.session.detach(w.piece_id, rel)
        bad += [f"{w.piece_id} emptied: {c}" for c in clashes(mnemonics(window, window))]
        window.session.attach(w.piece_id, files[:1])
        bad += [f"{w.piece_id} filled: {c}" for c in clashes(mnemonics(window, window))]
    assert bad == [], "\n".join(bad)


def _choices(page):
    """Every value of every choice on a form page (lists and radio buttons), as
    (what, pick it, put back the first)."""
    from desktop.ui.qt import QComboBox

    for key, w in page.widgets.items():
        if isinstance(w, QComboBox) and w.isVisibleTo(page):
            start = w.currentIndex()
            for i in range(w.count()):
                yield (
                    f"{key}={i}",
                    lambda w=w, i=i: w.setCurrentIndex(i),
                    (lambda w=w, start=start: w.setCurrentIndex(start)),
                )
    for key, names in page.radio_groups.items():
        buttons = [getattr(page.ui, n) for n in names.values()]
        first = next((b for b in buttons if b.isChecked()), buttons[0])
        for b in buttons:
            if b.isVisibleTo(page):
                yield f"{key}={b.objectName()}", b.click, first.click


@pytest.mark.gui
@pytest.mark.parametrize("lang", LANGS)
def test_mnemonics_stay_unique_when_an_answer_shows_more_fields(qtbot, tmp_path, lang) -> None:
    window, _state = demo_window(qtbot, tmp_path, lang)
    bad: list[str] = []
    for sid in ("situation", "civil_status", "address", "ephoto"):
        page = go_to(window, sid)
        for what, pick, put_back in list(_choices(page)):
            pick()  # the page shows the fields this answer asks for
            page.commit()  # the autosave after a pause in typing
            bad += [f"{sid} {what}: {c}" for c in clashes(mnemonics(window, window))]
            put_back()
            page.commit()
    assert bad == [], "\n".join(bad)


@pytest.mark.gui
def test_mnemonics_stay_unique_after_language_switches_and_page_changes(qtbot, tmp_path) -> None:
    """Switch the language on each page (the window is translated where it stands),
    then walk every page in that language: no Alt+letter reaches two things."""
    window, _state = demo_window(qtbot, tmp_path, "fr")
    bad: list[str] = []
    seen = 0
    order = ("en", "ru", "ar", "zh", "uk", "fr")
    for n, (sid, _page) in enumerate(list(visit_all(window))):
        lang = order[n % len(order)]
        window.switch_language(lang)
        found = mnemonics(window, window)
        seen += len(found)
        bad += [f"{lang} switched on {sid}: {c}" for c in clashes(found)]
        for other, _p in visit_all(window):
            bad += [f"{lang} then {other}: {c}" for c in clashes(mnemonics(window, window))]
        go_to(window, sid)
        bad += [f"{lang} back to {sid}: {c}" for c in clashes(mnemonics(window, window))]
    assert seen > 40
    assert bad == [], "\n".join(bad)


@pytest.mark.gui
def test_an_autosave_does_not_walk_the_window(qtbot, tmp_path, monkeypatch) -> None:
    """Typing then pausing saves the answers (``commit``): nothing new is shown, the
    Alt+letters are left as they are; choosing an answer that shows more fields, or
    another page, checks them again."""
    from desktop.ui import mnemonics as mn

    window, _state = demo_window(qtbot, tmp_path, "fr")
    walks: list[object] = []
    real = mn.owners

    def counted(root, win):
        walks.append(root)
        return real(root, win)

    monkeypatch.setattr(mn, "owners", counted)
    for sid in ("civil_status", "address", "documents", "letters", "review"):
        page = go_to(window, sid)
        assert walks, f"showing {sid} checks the Alt+letters"
        walks.clear()
        for _ in range(3):
            page.commit()
            window.session.touch()
        assert walks == [], f"{sid}: an autosave walked the window {len(walks)} times"
    page = go_to(window, "address")
    page.ui.kind_own.click()
    assert not page.ui.host_group.isVisibleTo(page)
    walks.clear()
    page.ui.kind_hosted.click()  # the host's fields appear
    assert page.ui.host_group.isVisibleTo(page)
    assert walks, "an answer that shows more fields checks the Alt+letters"
    walks.clear()
    page.commit()
    assert walks == []

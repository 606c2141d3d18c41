"""Issue 15, the minor list: file dialogs in the interface language, opening where
the person looks, hiding nothing the app would explain. Driven as a person would:
the page's button is clicked, the dialog that opens is read and answered."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.test_ui import demo_window, go_to


@pytest.fixture
def app(qapp):
    from desktop.ui import dialogs
    from desktop.ui.app import make_app
    from desktop.ui.i18n import Languages

    make_app()
    dialogs.forget()
    yield qapp
    dialogs.forget()
    Languages().switch("fr")


@pytest.fixture
def languages(app):
    """The app's translators for a test; back to French after (one instance: another
    one could not remove them)."""
    from desktop.ui.i18n import Languages

    langs = Languages()
    yield langs
    langs.switch("fr")


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home of its own, with Documents and Images (Qt reads $HOME on each call)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / "Images").mkdir()
    config = home / ".config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(
        'XDG_DOCUMENTS_DIR="$HOME/Documents"\nXDG_PICTURES_DIR="$HOME/Images"\n'
    )
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return home


def answer_next_dialog(pick: Path | None = None, filter_all: bool = False) -> dict:
    """When the next file dialog opens: note what it shows, then choose ``pick``
    (or cancel)."""
    from desktop.ui.qt import QApplication, QFileDialog, QTimer

    seen: dict = {}

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        try:
            seen["dir"] = Path(dialog.directory().absolutePath())
            seen["filters"] = dialog.nameFilters()
            seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
            if filter_all:
                every = next(f for f in dialog.nameFilters() if f.endswith("(*)"))
                dialog.selectNameFilter(every)
                seen["listed"] = listed(dialog)
        except Exception as exc:  # never leave a modal dialog open: the test would hang
            seen["error"] = repr(exc)
            dialog.reject()
            return
        if pick is None:
            dialog.reject()
        else:
            from PySide6.QtWidgets import QLineEdit

            dialog.setDirectory(str(pick.parent))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(pick.name)  # typed
            dialog.accept()
            if dialog.isVisible():  # refused (not found, filtered out): say so, never hang
                seen["error"] = f"not accepted: {dialog.selectedFiles()}"
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def listed(dialog) -> list[str]:
    """The names the dialog's file list shows (after its filter), once loaded."""
    from PySide6.QtWidgets import QListView

    from desktop.ui.qt import QApplication

    view = next(v for v in dialog.findChildren(QListView) if v.objectName() == "listView")
    model = view.model()
    import time

    end = time.monotonic() + 5
    while time.monotonic() < end and not model.rowCount(view.rootIndex()):
        QApplication.processEvents()
        time.sleep(0.01)
    root = view.rootIndex()
    return [model.index(r, 0, root).data() for r in range(model.rowCount(root))]


# ----- the dialog speaks the interface language ------------------------------------------------
@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "ar", "zh", "ru", "uk"])
def test_file_dialog_speaks_the_interface_language(languages, qtbot, tmp_path, lang) -> None:
    """Every word of Qt's dialog in the interface language: before, « Look in: »,
    « Files of type: » and the type column's « Folder » stayed in English (Qt 6
    asks for them under keys its shipped qtbase_XX.qm does not hold)."""
    from PySide6.QtWidgets import QTreeView

    from desktop.ui import dialogs
    from desktop.ui.i18n import QT_NAMES, qt_translations_dir
    from desktop.ui.qt import QAbstractButton, QLabel, QTranslator

    languages.switch(lang)
    if lang == "fr":  # the source language: Qt's words found, the app's left as they are
        from desktop.ui.qt import translate

        assert translate("Dialogs", "Tous les fichiers") == "Tous les fichiers"
    qm = QTranslator()
    assert qm.load(f"qtbase_{QT_NAMES[lang]}", str(qt_translations_dir()))
    (tmp_path / "scans").mkdir()
    dialog = dialogs.make_dialog(
        None, "x", dialogs.DOCUMENTS, filters="PDF (*.pdf)", start=tmp_path
    )
    qtbot.addWidget(dialog)
    assert dialog.testOption(dialog.Option.DontUseNativeDialog)  # offscreen: system is not it
    dialog.show()
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == qm.translate("QFileDialog", "Look in:")
    assert labels["fileTypeLabel"] == qm.translate("QFileDialog", "Files of type:")
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    assert qm.translate("QFileDialog", "&Open") in buttons
    english = {"&Look in:", "Files of &type:", "Look in:", "Files of type:", "&Open", "Cancel"}
    assert not english & {*labels.values(), *buttons}
    if lang == "ar":
        assert any("\u0600" <= ch <= "\u06ff" for b in buttons for ch in b)
    # The type column of a folder (« Folder » before, in every language)
    tree = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
    model = tree.model()
    for _ in range(100):
        qtbot.wait(10)
        if model.rowCount(tree.rootIndex()):
            break
    kinds = [
        model.index(r, 2, tree.rootIndex()).data() for r in range(model.rowCount(tree.rootIndex()))
    ]
    assert kinds and "Folder" not in kinds
    assert qm.translate("QFileDialog", "Folder") in kinds


def test_every_language_has_qt_s_own_translation() -> None:
    """qtbase_XX.qm ships with PySide6 for the five languages besides French' source."""
    from desktop.ui.i18n import QT_NAMES, qt_translations_dir

    folder = qt_translations_dir()
    for lang in ("fr", "ru", "zh", "ar", "uk"):
        assert (folder / f"qtbase_{QT_NAMES[lang]}.qm").is_file(), lang


@pytest.mark.gui
def test_native_dialog_only_when_the_system_speaks_the_interface_language(languages) -> None:
    from desktop.ui import dialogs
    from desktop.ui.qt import QLocale

    system = QLocale.system().name()[:2]
    other = "ar" if system != "ar" else "ru"
    languages.switch(other)
    assert not dialogs.native_allowed()
    if system in ("fr", "en", "ru", "ar", "uk"):
        languages.switch(system)
        assert dialogs.native_allowed()


# ----- where it opens ----------------------------------------------------------------------------
@pytest.mark.gui
def test_dialogs_open_in_documents_then_where_the_person_was(app, qtbot, tmp_path, home) -> None:
    """A piece's « Ajouter » opens in ~/Documents (not $HOME); after a file is taken
    from ~/Téléchargements/scans, the next one (another piece too) opens there. The
    passport's photo opens in ~/Images."""
    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "documents")
    cards = {w.piece_id: w for w in page.piece_widgets}
    scans = home / "Téléchargements" / "scans"
    scans.mkdir(parents=True)
    scan = scans / "releve.pdf"
    from tests.test_ui import make_scan

    make_scan(scan, "RELEVE")
    seen = answer_next_dialog(scan)
    cards["passport"].choose_files()
    assert seen["dir"] == home / "Documents"
    assert not seen["native"]
    assert any(rel.endswith(".pdf") for rel in state.dossier.piece("passport").files)

    other = next(w for pid, w in cards.items() if pid != "passport")
    seen = answer_next_dialog(None)
    other.choose_files()
    assert seen["dir"] == scans  # the last folder used for documents

    civil = go_to(window, "civil_status")
    seen = answer_next_dialog(None)
    civil.choose_passport()
    assert seen["dir"] == home / "Images"  # photos: ~/Images


@pytest.mark.gui
def test_without_documents_the_dialog_opens_at_home(app, qtbot, tmp_path, monkeypatch) -> None:
    from desktop.ui import dialogs

    bare = tmp_path / "bare"
    bare.mkdir()
    monkeypatch.setenv("HOME", str(bare))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(bare / ".config"))
    assert dialogs.start_dir(dialogs.DOCUMENTS) == bare
    assert dialogs.start_dir(dialogs.PHOTOS) == bare


# ----- what the filter shows ---------------------------------------------------------------------
@pytest.mark.gui
def test_a_word_file_is_reachable_and_explained(app, qtbot, tmp_path, home) -> None:
    """« Tous les fichiers » lists the .docx; chosen, the card says to save it as PDF."""
    import zipfile

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "documents")
    card = next(w for w in page.piece_widgets if w.piece_id == "passport")
    docx = home / "Documents" / "attestation.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    seen = answer_next_dialog(docx, filter_all=True)
    card.choose_files()
    assert "error" not in seen, seen
    assert "attestation.docx" in seen["listed"]
    assert seen["filters"][-1].endswith("(*)")
    window.session.wait_inspections()
    rel = state.dossier.piece("passport").files[-1]
    qtbot.waitUntil(lambda: rel in window.session.findings(), timeout=10000)
    messages = [p.message("fr") for p in window.session.findings()[rel].problems]
    assert any("Word" in m and "PDF" in m for m in messages), messages


@pytest.mark.gui
def test_every_open_dialog_offers_all_files(app, qtbot, tmp_path, home) -> None:
    """The passport's photo and the signature picture offered only their own types:
    a file with another extension could not even be seen."""
    window, _state = demo_window(qtbot, tmp_path)
    civil = go_to(window, "civil_status")
    seen = answer_next_dialog(None)
    civil.choose_passport()
    assert any(f.endswith("(*)") for f in seen["filters"]), seen["filters"]
    cer = go_to(window, "cer")
    seen = answer_next_dialog(None)
    assert cer.ask_signature_image() == ""
    assert any(f.endswith("(*)") for f in seen["filters"]), seen["filters"]


@pytest.mark.gui
def test_a_reception_session_end_forgets_the_folders(app) -> None:
    from desktop.ui import dialogs

    dialogs.remember(dialogs.DOCUMENTS, Path("/"))
    assert dialogs.start_dir(dialogs.DOCUMENTS) == Path("/")
    dialogs.forget()
    assert dialogs.start_dir(dialogs.DOCUMENTS) != Path("/")


# ----- one language selector on the welcome page -----------------------------------------------
@pytest.mark.gui
def test_one_language_selector_named_in_each_language_reached_by_keyboard(
    app, qtbot, tmp_path
) -> None:
    """The welcome page showed two (the header's and the page's). One is left, in
    the header of every page; each language in its own words; reached from the
    page's first control with the keyboard, and Alt+L; switching with it works."""
    from PySide6.QtWidgets import QComboBox

    from desktop.ui.qt import Qt
    from tests.test_ui_a11y import focused, keyboard_window, press, tab_to

    window, _state = keyboard_window(qtbot, tmp_path)
    assert window.session.wizard.current == "welcome"
    shown = [
        c
        for c in window.findChildren(QComboBox)
        if c.isVisible() and c.findData("ar") >= 0 and c.findData("uk") >= 0
    ]
    assert shown == [window.ui.language]
    names = {
        window.ui.language.itemData(i): window.ui.language.itemText(i)
        for i in range(window.ui.language.count())
    }
    assert names == {
        "fr": "Français",
        "en": "English",
        "ru": "Русский",
        "zh": "中文（简体）",
        "ar": "العربية",
        "uk": "Українська",
    }
    first = focused()
    assert window.current_page().isAncestorOf(first)
    assert len(tab_to(qtbot, window.ui.language, limit=4, back=True)) <= 3
    # Its Alt+letter (« &Langue », unless the screen needed L) from the page
    label = window.ui.language_label.text()
    letter = label[label.index("&") + 1].upper()
    first.setFocus()
    press(qtbot, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
    assert focused() is window.ui.language
    # Down to Русский, and the interface follows
    while window.ui.language.currentData() != "ru":
        press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.languages.lang == "ru", timeout=2000)
    assert window.ui.next.text().replace("&", "").startswith("Далее")


# ----- a statement written and signed in the app is in the dossier it lists ----------------------
@pytest.mark.gui
def test_a_signed_statement_written_on_the_letters_page_is_in_the_built_dossier(
    app, qtbot, tmp_path
) -> None:
    """The cover lists the sworn statement on non-polygamy; written on the letters
    page with the drawn signature, it is in the complete PDF and in its own upload
    file, with no « Joindre » to think of. Unsigned, it stays out (and missing)."""
    from PIL import Image, ImageDraw
    from pypdf import PdfReader

    from tests.test_ui import click

    window, state = demo_window(qtbot, tmp_path)
    state.dossier.set("applicant.marital_status", "married")
    state.dossier.set("applicant.nationality", "DZA")
    page = go_to(window, "letters")
    ui = page.ui
    index = ui.letter_kind.findData("non-polygamie")
    assert index >= 0
    ui.letter_kind.setCurrentIndex(index)
    click(qtbot, ui.make_letter)  # unsigned: to print and sign, not attached
    assert state.dossier.piece("non_polygamy").files == []
    sig = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(sig).line([(10, 80), (90, 20), (170, 70), (290, 30)], fill="navy", width=5)
    sig.save(state.dossier.base_dir / "signature.png")
    state.dossier.set("signature.file", "signature.png")
    click(qtbot, ui.make_letter)
    assert len(state.dossier.piece("non_polygamy").files) == 1

    # (the married applicant's other new pieces are missing: the build goes on,
    # the cover lists them as missing, as it should)
    review = window.page("review")
    review.controller.start()
    qtbot.waitUntil(
        lambda: review.controller.report is not None or review.controller.op is None,
        timeout=120000,
    )
    assert review.controller.report is not None, review.ui.build_status.text()
    out = review.controller.out_dir()
    complete = PdfReader(out / "dossier-complet.pdf")
    text = " ".join((p.extract_text() or "") for p in complete.pages)
    flat = " ".join(text.split())
    assert "situation de polygamie" in flat
    slot = [p for p in (out / "upload").glob("*-non-polygamy.pdf")]
    assert len(slot) == 1
    slot_text = " ".join((p.extract_text() or "") for p in PdfReader(slot[0]).pages)
    assert "polygamie" in slot_text
    # the cover lists it with its number, not under what is missing
    cover = " ".join((complete.pages[0].extract_text() or "").split())
    assert "Ce qui manque" not in cover or "non-polygamie" not in cover.split("Ce qui manque")[1]


# ----- the case list counts warnings -------------------------------------------------------------
@pytest.mark.gui
def test_case_list_says_complete_with_n_warnings_from_the_stored_verdict(
    app, qtbot, tmp_path, monkeypatch
) -> None:
    """A volunteer's list: « Complet, N avertissements » like the review page, from
    the summary stored with each save (the wizard's verdict, files inspected); the
    list reads no dossier file when it opens."""
    import datetime as dt
    import time

    from desktop.core.dossier import Dossier
    from desktop.demo import write_demo
    from desktop.services import checking
    from desktop.services import vault as service
    from desktop.ui.build import warnings_count_text
    from desktop.ui.vault_screens import CaseListScreen
    from tests.test_ui import TODAY

    path = write_demo(tmp_path / "demo", TODAY)
    dossier = Dossier.load(path)
    dossier.set("pieces.passport.expires_on", dt.date(2027, 2, 1))  # soon, and ≠ its MRZ
    dossier.save()
    verdict = checking.check_dossier(dossier, TODAY).verdict
    assert verdict.complete
    n = checking.warning_count(verdict)
    assert n == 2
    summary = service.case_summary(dossier, TODAY, verdict)
    assert summary["warnings"] == n
    vault = service.create_store(tmp_path / "store", passphrase="x" * 12, kdf_strength="test")
    toml = path.read_bytes()
    vault.save_dossier("warned", toml, {}, summary)
    clean = {**summary, "warnings": 0}
    for i in range(29):
        vault.save_dossier(f"case-{i:02d}", toml, {}, clean if i % 2 else summary)

    def no_reading(*_a, **_k):
        raise AssertionError("the case list inspected a dossier")

    monkeypatch.setattr(checking, "check_dossier", no_reading)
    monkeypatch.setattr(checking, "inspect_files", no_reading)
    screen = CaseListScreen()
    qtbot.addWidget(screen)
    screen.show()
    started = time.perf_counter()
    screen.fill(service.list_cases(vault))
    qtbot.wait(1)
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"case list, 30 cases: {elapsed_ms:.1f} ms")
    tree = screen.ui.cases
    assert tree.topLevelItemCount() == 30
    texts = {
        tree.topLevelItem(i).data(0, 256): tree.topLevelItem(i).text(2)
        for i in range(tree.topLevelItemCount())
    }
    assert texts["warned"] == f"Complet, {warnings_count_text(n)}"
    assert texts["case-01"] == "Complet"
    vault.close()


# ----- dates: month names in six languages, a calendar ---------------------------------------------
@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("11 mars 2027", "2027-03-11"),
        ("1er mars 2027", "2027-03-01"),
        ("5 févr. 2027", "2027-02-05"),
        ("11 March 2027", "2027-03-11"),
        ("March 11, 2027", "2027-03-11"),
        ("11 марта 2027 г.", "2027-03-11"),
        ("2027年3月11日", "2027-03-11"),
        ("11 مارس 2027", "2027-03-11"),
        ("11 أفريل 2027", "2027-04-11"),  # Maghreb
        ("11 ابريل 2027", "2027-04-11"),  # without hamza
        ("٣ يناير ٢٠٢٧", "2027-01-03"),  # Arabic-Indic digits
        ("11 березня 2027 року", "2027-03-11"),
        ("12 ГРУДНЯ 2026", "2026-12-12"),
    ],
)
def test_month_names_in_the_six_languages(typed: str, iso: str) -> None:
    import datetime as dt

    from desktop.core.clock import parse_date

    assert parse_date(typed, dt.date(2026, 12, 6)).isoformat() == iso


@pytest.mark.parametrize("typed", ["11 foo 2027", "mars 2027", "11 mars 27", "31 février 2027"])
def test_a_worded_date_that_is_not_one_is_refused(typed: str) -> None:
    from desktop.core.clock import parse_date

    with pytest.raises(ValueError):
        parse_date(typed)


@pytest.mark.gui
def test_a_worded_birth_date_is_saved_as_a_date(app, qtbot, tmp_path) -> None:
    import datetime as dt

    from tests.test_ui import type_into

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "civil_status")
    edit = page.ui.applicant_birth_date
    type_into(qtbot, edit, "12 avril 1999")
    page.commit()
    assert state.dossier.get("applicant.birth_date") == dt.date(1999, 4, 12)


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "ar", "zh"])
def test_a_calendar_in_every_date_field_in_the_interface_language(
    app, qtbot, tmp_path, lang
) -> None:
    """Alt+↓ in the birth date opens a month grid on the day typed, its month names
    in the interface language; arrows and Enter write the day, which is saved."""
    import datetime as dt

    from PySide6.QtWidgets import QToolButton

    from desktop.ui.qt import QApplication, QLocale, Qt

    window, state = demo_window(qtbot, tmp_path, lang=lang)
    page = go_to(window, "civil_status")
    edit = page.ui.applicant_birth_date
    assert page.date_pickers and any(p.edit is edit for p in page.date_pickers)
    button = next(
        b for b in edit.findChildren(QToolButton) if b.objectName().endswith("_calendar_button")
    )
    assert button.accessibleName()
    assert "Alt+↓" in edit.accessibleDescription()  # what a screen reader adds
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit.setFocus()
    edit.setText("12/04/1998")
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = next(p for p in page.date_pickers if p.edit is edit).popup
    assert popup is not None and popup.isVisible()
    assert popup.selectedDate().toPython() == dt.date(1998, 4, 12)
    expected = QLocale({"fr": "fr_FR", "ar": "ar", "zh": "zh_CN"}[lang])
    assert popup.locale().language() == expected.language()
    month = expected.standaloneMonthName(4)
    shown = [b.text() for b in popup.findChildren(QToolButton)]
    assert any(month in t for t in shown), (month, shown)
    focus = QApplication.focusWidget()
    forward = Qt.Key.Key_Left if popup.isRightToLeft() else Qt.Key.Key_Right  # mirrored in ar
    qtbot.keyClick(focus, forward)  # 13 April
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert edit.text() == "13/04/1998"
    assert not popup.isVisible()
    page.commit()
    assert state.dossier.get("applicant.birth_date") == dt.date(1998, 4, 13)


# ----- « je ne sais pas » on the documents page -------------------------------------------------
@pytest.mark.gui
def test_documents_page_says_what_to_do_without_a_piece_and_who_helps(app, qtbot, tmp_path) -> None:
    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "documents")
    window.session.wait_inspections()
    page.refresh()
    assert not page.unknown_path.isVisible()  # nothing missing: nothing to say
    for rel in list(state.dossier.piece("grades").files):
        window.session.detach("grades", rel)
    page.refresh()
    assert page.unknown_path.isVisible()
    text = page.unknown_path.text()
    assert "Lettres" in text and "La Cimade" in text
    window.switch_language("ru")
    assert "La Cimade" in page.unknown_path.text() and "Lettres" not in page.unknown_path.text()
    window.switch_language("fr")


@pytest.mark.gui
def test_documents_summary_counts_the_pieces_to_look_at(app, qtbot, tmp_path) -> None:
    """« Pièces obligatoires prêtes : 7 sur 7 » said nothing of a passport expiring
    soon and unlike its MRZ: the summary counts the pieces worth a look."""
    import datetime as dt

    window, state = demo_window(qtbot, tmp_path)
    state.dossier.set("pieces.passport.expires_on", dt.date(2027, 2, 1))
    page = go_to(window, "documents")
    window.session.wait_inspections()
    page.refresh()
    assert "Pièces à vérifier : 1." in page.ui.summary.text()

"""The Qt wizard, driven as a person would (clicks, keys, drops), offscreen."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from desktop.core.catalog import default_catalog
from desktop.core.clock import Clock
from desktop.core.dossier import Dossier
from desktop.demo import write_demo
from desktop.flow import (
    FlowState,
    store,
)

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 1)
CLOCK = Clock(TODAY)


# ----- helpers ---------------------------------------------------------------------------------
@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app

    make_app()
    yield qapp
    from desktop.ui.i18n import Languages

    Languages().switch("fr")


def new_state(tmp_path: Path) -> FlowState:
    dossier = Dossier.new()
    dossier.save(tmp_path / "d" / store.DOSSIER_FILE)
    return FlowState(dossier, TODAY)


def open_window(qtbot, state: FlowState):
    from desktop.ui.app import build_window

    window = build_window(state, CLOCK)
    qtbot.addWidget(window)
    window.resize(1200, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_qt_script(code: str) -> subprocess.CompletedProcess[str]:
    """Python code in a fresh offscreen process: a crash there fails one test."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def click(qtbot, button) -> None:
    """Click where a person would: on the text of a check or radio button."""
    from desktop.ui.qt import QAbstractButton, QCheckBox, QPoint, QRadioButton, Qt

    assert isinstance(button, QAbstractButton)
    assert button.isEnabled(), button.objectName()
    if isinstance(button, (QRadioButton, QCheckBox)):
        x = 8 if button.isLeftToRight() else button.width() - 8
        qtbot.mouseClick(button, Qt.LeftButton, pos=QPoint(x, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.LeftButton)


def choose(qtbot, combo, value) -> None:
    """Pick a combo entry with the keyboard: Home, then Down until it is there."""
    from desktop.ui.qt import Qt

    target = combo.findData(value)
    assert target >= 0, (combo.objectName(), value)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentIndex() == target


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def next_page(qtbot, window, expected: str) -> None:
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == expected, window.current_page().ui.problems.text()


def drop_files(widget, paths: list[Path]) -> None:
    from desktop.ui.qt import (
        QApplication,
        QDragEnterEvent,
        QDropEvent,
        QMimeData,
        QPoint,
        QPointF,
        Qt,
        QUrl,
    )

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = widget.rect().center()
    enter = QDragEnterEvent(QPoint(pos), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def make_scan(path: Path, text: str) -> Path:
    """A small test document: a PDF (reportlab) or a JPEG photo (Pillow)."""
    if path.suffix == ".pdf":
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setFont("Helvetica", 14)
        for i in range(30):
            c.drawString(60, 780 - i * 22, f"{text} — ligne {i} de texte de test lisible")
        c.showPage()
        c.save()
    else:
        from PIL import Image, ImageDraw

        img = Image.new("RGB", (1240, 1754), (250, 250, 245))
        d = ImageDraw.Draw(img)
        for i in range(40):
            d.text((80, 80 + i * 40), f"{text} line {i} " * 4, fill=(10, 10, 10))
        img.save(path, "JPEG", quality=85)
    return path


# ----- the whole journey -----------------------------------------------------------------------
JOURNEYS = [
    # (category, renewal?, address kind, nationality)
    ("etudiant", True, "own", "RUS"),
    ("salarie", False, "hosted", "CHN"),
    ("visiteur", False, "hotel", "UKR"),
    ("salarie", True, "domiciliation", "DZA"),
]


@pytest.mark.gui
@pytest.mark.parametrize(("category", "renewal", "kind", "nationality"), JOURNEYS)
def test_whole_journey_to_a_built_bundle(
    app, qtbot, tmp_path, category, renewal, kind, nationality
) -> None:
    state = new_state(tmp_path)
    window = open_window(qtbot, state)
    ui = window.current_page().ui
    assert window.session.wizard.current == "welcome"
    click(qtbot, ui.mode_helper)
    next_page(qtbot, window, "situation")

    ui = window.current_page().ui
    click(qtbot, ui.request_card)
    choose(qtbot, ui.ui_answers_category, category)
    choose(qtbot, ui.ui_answers_current_document, "permit" if renewal else "visa")
    if renewal:
        choose(qtbot, ui.ui_answers_current_category, category)
    expiry = TODAY + dt.timedelta(days=90)
    type_into(qtbot, ui.current_permit_expires_on, expiry.strftime("%d/%m/%Y"))
    type_into(qtbot, ui.applicant_nationality, nationality.lower())
    choose(qtbot, ui.appointment_status, "online")
    qtbot.waitUntil(lambda: "%" not in ui.summary.text() and "<b>" in ui.summary.text())
    if renewal:
        # The renewal window of the catalog (CESEDA R.431-5: from the 120th to the 60th
        # day before expiry), then the expiry, and today falls inside it.
        rule = default_catalog().rule("renewal_window")
        shown = [
            (expiry - dt.timedelta(days=int(rule[k]))).strftime("%d/%m/%Y")
            for k in ("open_days_before", "close_days_before")
        ] + [expiry.strftime("%d/%m/%Y")]
        text = ui.summary.text()
        assert all(d in text for d in shown), (shown, text)
        assert text.index(shown[0]) < text.index(shown[1]) < text.index(shown[2]), text
        assert "✔" in text, text  # the period is open on TODAY
    assert "€" in ui.summary.text()  # fees shown
    next_page(qtbot, window, "civil_status")
    sit = state.situation
    assert sit is not None
    # an Algerian's request goes to its certificat de résidence (accord de 1968)
    assert sit.category == category if nationality != "DZA" else sit.equivalent == category
    assert sit.procedure == ("renewal" if renewal else "first")

    ui = window.current_page().ui
    type_into(qtbot, ui.applicant_surname, "Doe")
    type_into(qtbot, ui.applicant_given_names, "Sam")
    type_into(qtbot, ui.applicant_birth_date, "12/04/1990")
    type_into(qtbot, ui.applicant_birth_place, "Kyiv (Ukraine)")
    choose(qtbot, ui.applicant_marital_status, "single")
    type_into(qtbot, ui.applicant_numero_etranger, "6903123456")
    next_page(qtbot, window, "address")

    page = window.current_page()
    ui = page.ui
    click(qtbot, getattr(ui, f"kind_{kind}"))
    assert ui.host_group.isVisible() == (kind == "hosted")
    if kind == "hotel":
        type_into(qtbot, ui.address_hotel, "Hotel de la Gare")
    if kind == "domiciliation":
        type_into(qtbot, ui.address_organisation, "CCAS de Lyon")
    type_into(qtbot, ui.address_line1, "3 rue du Test")
    type_into(qtbot, ui.address_postcode, "69003")
    type_into(qtbot, ui.address_city, "Lyon")
    if kind == "hosted":
        # Next without the host's identity: blocked, and the problem says so
        click(qtbot, window.ui.next)
        assert window.session.wizard.current == "address"
        assert ui.problems.isVisible() and "✖" in ui.problems.text()
        type_into(qtbot, ui.host_surname, "Martin")
        type_into(qtbot, ui.host_given_names, "Paul")
    expected_pieces = {
        "own": ["proof_of_address"],
        "hosted": ["hosting_attestation", "host_id", "host_proof_of_address"],
        "hotel": ["hotel_attestation"],
        "domiciliation": ["domiciliation_attestation"],
    }[kind]
    assert [w.piece_id for w in page.piece_widgets] == expected_pieces
    # drop the address pieces right here
    for w in page.piece_widgets:
        drop_files(w, [make_scan(tmp_path / f"{w.piece_id}.pdf", w.piece_id)])
    next_page(qtbot, window, "ephoto")

    ui = window.current_page().ui
    type_into(qtbot, ui.ephoto_code, "ABCD EFGH JKLM NPQR STUV WX")
    type_into(qtbot, ui.ephoto_taken_on, (TODAY - dt.timedelta(days=5)).strftime("%d/%m/%Y"))
    click(qtbot, window.ui.next)
    if nationality == "DZA":  # Algerians are exempt from the CER: no CER step
        assert window.session.wizard.current == "documents"
    else:
        assert window.session.wizard.current == "cer"
        ui = window.current_page().ui
        type_into(qtbot, ui.cer_signed_on, (TODAY - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
        next_page(qtbot, window, "documents")

    page = window.current_page()
    for w in page.piece_widgets:
        if state.dossier.piece(w.piece_id).files:
            continue
        drop_files(w, [make_scan(tmp_path / f"{w.piece_id}.jpg", w.piece_id)])
    # several files for one piece, through the same drop zone
    first = page.piece_widgets[0]
    drop_files(first, [make_scan(tmp_path / "extra.pdf", "extra")])
    assert len(state.dossier.piece(first.piece_id).files) == 2
    assert first.ui.thumbs.count() >= 2
    for w in page.piece_widgets:
        assert state.dossier.piece(w.piece_id).files, w.piece_id
        for name in ("issued_on", "expires_on"):
            edit = getattr(w.ui, name)
            if edit.isVisibleTo(w):
                date = TODAY + dt.timedelta(days=400 if name == "expires_on" else -5)
                type_into(qtbot, edit, date.strftime("%d/%m/%Y"))
                edit.editingFinished.emit()
    window.session.wait_inspections()
    qtbot.wait(50)
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "review"  # nothing missing, filed online: no letters

    page = window.current_page()
    ui = page.ui
    click(qtbot, ui.build)
    qtbot.waitUntil(
        lambda: page.controller.report is not None or page.controller.op is None, timeout=90000
    )
    assert page.controller.report is not None, ui.build_status.text()
    out = page.controller.out_dir()
    assert (out / "dossier-complet.pdf").is_file()
    assert any((out / "upload").iterdir())
    assert ui.open_folder.isEnabled()
    # the dossier on disk has everything, and reopens on the review step
    window.close()
    reopened = Dossier.load(state.dossier.path)
    assert reopened.get("ui.step") == "review"
    assert reopened.address.kind == kind


# ----- never lose work --------------------------------------------------------------------------
@pytest.mark.gui
def test_autosave_and_reopen_where_left_off(app, qtbot, tmp_path) -> None:
    state = new_state(tmp_path)
    window = open_window(qtbot, state)
    next_page(qtbot, window, "situation")
    ui = window.current_page().ui
    choose(qtbot, ui.ui_answers_category, "etudiant")
    choose(qtbot, ui.ui_answers_current_document, "none")
    type_into(qtbot, ui.applicant_nationality, "CHN")
    next_page(qtbot, window, "civil_status")
    ui = window.current_page().ui
    type_into(qtbot, ui.applicant_surname, "Li")
    # no click: the debounced autosave writes it
    qtbot.waitUntil(
        lambda: Dossier.load(state.dossier.path).applicant.surname == "LI", timeout=3000
    )
    window.close()
    again = FlowState(Dossier.load(state.dossier.path), TODAY)
    window2 = open_window(qtbot, again)
    assert window2.session.wizard.current == "civil_status"
    assert window2.current_page().ui.applicant_surname.text() == "LI"
    click(qtbot, window2.ui.back)
    assert window2.session.wizard.current == "situation"
    # the country's name in the box, its ICAO code under it (issue 15 item 9)
    assert window2.current_page().ui.applicant_nationality.text() == "Chine"
    assert "CHN" in window2.current_page().ui.nationality_code.text()


# ----- six languages ----------------------------------------------------------------------------
@pytest.mark.gui
def test_switch_language_without_restart_and_mirror_arabic(app, qtbot, tmp_path) -> None:
    from desktop.ui.qt import QCoreApplication, Qt

    state = new_state(tmp_path)
    window = open_window(qtbot, state)
    texts = {}
    for lang in ("en", "ru", "zh", "ar", "uk", "fr"):
        choose(qtbot, window.ui.language, lang)
        qtbot.keyClick(window.ui.language, Qt.Key_Return)
        window.switch_language(window.ui.language.currentData())
        texts[lang] = window.ui.next.text()
        assert state.dossier.lang == lang
        assert app.layoutDirection() == (Qt.RightToLeft if lang == "ar" else Qt.LeftToRight)
        if lang == "ar":
            # Qt's own strings are translated too (qtbase .qm)
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
            assert window.isRightToLeft()
        # The current step's marker points at the page: ▶, or ◀ when mirrored.
        assert window.ui.steps.currentItem().text().startswith("◀ " if lang == "ar" else "▶ ")
    assert len(set(texts.values())) == 6
    assert texts["fr"] == "&Suivant →"


def test_every_ui_string_is_translated_with_same_placeholders() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n  # type: ignore[import-not-found]

    assert i18n.problems() == []
    for lang in i18n.LANGS:
        ts = i18n.ts_path(lang)
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_size > 1000, qm


def test_ts_files_cover_every_source_string(tmp_path) -> None:
    """lupdate finds nothing new: every tr() string is in the .ts files."""
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n  # type: ignore[import-not-found]

    before = {(c, s) for c, s, *_ in i18n.messages("en")}
    target = tmp_path / "check.ts"
    subprocess.run(
        [i18n.tool("pyside6-lupdate"), *i18n.sources(), "-ts", str(target)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    import xml.etree.ElementTree as ET

    found = set()
    for ctx in ET.parse(target).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for m in ctx.iter("message"):
            found.add((name, m.findtext("source", "")))
    assert found - before == set()


def test_forms_are_compiled() -> None:
    from desktop.forms.build import main

    assert main(["--check"]) == 0


# ----- accessibility -----------------------------------------------------------------------------
def demo_window(qtbot, tmp_path, lang="fr"):
    path = write_demo(tmp_path / "demo", TODAY)
    dossier = Dossier.load(path)
    dossier.set("lang", lang)
    dossier.set("appointment.status", "none")
    state = FlowState(dossier, TODAY)
    state.set_ui("step", "review")
    return open_window(qtbot, state), state


def go_to(window, step_id: str):
    """The page of ``step_id``, as after reopening the dossier there."""
    from desktop.flow import Wizard

    window.session.state.set_ui("step", step_id)
    window.session.wizard = Wizard.resume(window.session.state)
    window.show_current()
    assert window.session.wizard.current == step_id
    return window.current_page()


def draw_on(qtbot, pad, width: int = 280) -> None:
    """A signature stroke, with the mouse."""
    from desktop.ui.qt import QPoint, Qt

    qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(20, 60))
    for x in range(20, width, 8):
        qtbot.mouseMove(pad, QPoint(x, 30 + (x % 50)))
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(width, 50))


def visit_all(window):
    from desktop.flow import Wizard

    state = window.session.state
    for sid in window.session.wizard.path():
        state.set_ui("step", sid)
        window.session.wizard = Wizard.resume(state)
        window.show_current()
        yield sid, window.current_page()


@pytest.mark.gui
def test_every_control_has_an_accessible_name(app, qtbot, tmp_path) -> None:
    from desktop.ui.step_pages import CONTROL_TYPES

    window, _ = demo_window(qtbot, tmp_path)
    missing = []
    seen = 0
    for sid, page in visit_all(window):
        for cls in CONTROL_TYPES:
            for w in page.findChildren(cls):
                if w.objectName().startswith("qt_") or not w.objectName():
                    continue
                seen += 1
                if not w.accessibleName().strip():
                    missing.append(f"{sid}: {w.objectName()}")
    for w in window.findChildren(CONTROL_TYPES[0]):
        if w.objectName() in ("back", "next") and not w.accessibleName():
            missing.append(w.objectName())
    assert seen > 80
    assert missing == []


@pytest.mark.gui
def test_readable_at_200_percent(app, qtbot, tmp_path) -> None:
    from desktop.ui.qt import QAbstractButton, QApplication, QEvent, QLabel

    font = QApplication.font()
    old = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 2 if font.pointSizeF() > 0 else 20)
    QApplication.setFont(font)
    try:
        window, _ = demo_window(qtbot, tmp_path)
        window.resize(1400, 1000)
        clipped = []
        for sid, page in visit_all(window):
            # every pending layout done now, not "after 200 ms" (flaky under load)
            for _ in range(4):
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
                QApplication.processEvents()
            for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
                if not w.isVisibleTo(window) or not w.text():
                    continue
                if isinstance(w, QLabel) and w.wordWrap():
                    if w.height() + 1 < w.heightForWidth(w.width()):
                        clipped.append(f"{sid}: {w.objectName()} {w.text()[:30]!r}")
                elif w.width() + 1 < w.minimumSizeHint().width():
                    clipped.append(f"{sid}: {w.objectName()} {w.text()[:30]!r}")
        assert clipped == [], "\n".join(clipped)
    finally:
        QApplication.setFont(old)


@pytest.mark.gui
def test_keyboard_alone_walks_a_page_in_order(app, qtbot, tmp_path) -> None:
    from desktop.ui.qt import QApplication, Qt

    state = new_state(tmp_path)
    window = open_window(qtbot, state)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # welcome → situation with keys only: Ctrl+Return is "Next"
    qtbot.keyClick(window, Qt.Key_Return, Qt.ControlModifier)
    assert window.session.wizard.current == "situation"
    qtbot.keyClick(window, Qt.Key_Return, Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_Return, Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_Return, Qt.ControlModifier)
    window.session.state.dossier.set("situation", "etudiant-premiere")
    window.session.wizard.stack.append("civil_status")
    window.show_current()
    page = window.current_page()
    page.ui.applicant_surname.setFocus()
    order = []
    for _ in range(14):
        w = QApplication.focusWidget()
        order.append(w.objectName())
        qtbot.keyClick(w, Qt.Key_Tab)
    fields = [
        "applicant_surname",
        "applicant_given_names",
        "applicant_sex",
        "applicant_birth_date",
        "applicant_birth_place",
        "applicant_marital_status",
        "applicant_numero_etranger",
        "applicant_phone",
        "applicant_email",
        "applicant_foreign_documents",
    ]
    positions = [order.index(f) for f in fields]
    assert positions == sorted(positions)


# ----- letters: signature pad and failed attempts -------------------------------------------------
@pytest.mark.gui
def test_signature_pad_gives_a_transparent_png(app, qtbot, tmp_path) -> None:
    from desktop.ui.qt import QImage
    from desktop.ui.signature import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    pad.show()
    assert pad.is_empty()
    draw_on(qtbot, pad, 300)
    assert not pad.is_empty()
    png = pad.png_bytes()
    assert png.startswith(b"\x89PNG")
    img = QImage.fromData(png, "PNG")
    assert img.hasAlphaChannel()
    assert img.pixelColor(0, 0).alpha() == 0  # transparent background


@pytest.mark.gui
def test_record_a_failed_attempt_and_preview_a_letter(app, qtbot, tmp_path) -> None:
    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "letters")
    ui = page.ui
    assert ui.appointment_group.isVisible()
    qtbot.keyClicks(ui.attempt_message, "Il n'existe plus de plage horaire libre")
    click(qtbot, ui.record_attempt)
    attempts = state.dossier.attempts
    assert len(attempts) == 1 and attempts[0].message.startswith("Il n'existe")
    assert ui.attempts.count() == 1
    choose(qtbot, ui.letter_kind, "appointment")
    click(qtbot, ui.make_letter)
    assert page.controller.last_pdf is not None and page.controller.last_pdf.is_file()
    assert ui.translation.text()  # the summary in the interface language


@pytest.mark.gui
def test_signature_drawn_on_the_cer_page_signs_the_letter(app, qtbot, tmp_path) -> None:
    """What the pad's message promises: the saved signature is on the next letter."""
    from pypdf import PdfReader

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "cer")
    page.ui.scroll.ensureWidgetVisible(page.pad)
    draw_on(qtbot, page.pad)
    click(qtbot, page.ui.save_signature)
    assert page.ui.signature_status.text().startswith("✔")
    assert state.dossier.get("signature.file") == "signature.png"
    letters = go_to(window, "letters")
    qtbot.keyClicks(letters.ui.attempt_message, "Plus aucun rendez-vous")  # (ASCII: QTest)
    click(qtbot, letters.ui.record_attempt)
    choose(qtbot, letters.ui.letter_kind, "appointment")
    click(qtbot, letters.ui.make_letter)
    pdf = letters.controller.last_pdf
    assert pdf is not None, window.current_page().ui.problems.text()
    assert letters.controller.view.isVisible()
    assert not letters.ui.preview_empty.isVisible()
    shots = sum(1 for a in state.dossier.attempts if a.screenshot)
    pictures = sum(len(p.images) for p in PdfReader(str(pdf)).pages)
    assert pictures == shots + 1  # the annex's screenshots, and the signature


@pytest.mark.gui
def test_cer_page_signs_the_attached_contract_with_the_drawn_signature(app, qtbot, tmp_path):
    """« Signer le contrat joint »: the pad's signature under the form's "Signature",
    the signed copy in place of the attached one, the signature date set."""
    from tests.test_letters import _cer_pdf

    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "cer")
    for rel in list(state.dossier.piece("cer").files):
        window.session.detach("cer", rel)
    page.ui.scroll.ensureWidgetVisible(page.pad)
    draw_on(qtbot, page.pad)
    click(qtbot, page.ui.sign_cer)
    assert "Joignez d'abord le contrat" in page.ui.signature_status.text()
    form = _cer_pdf(tmp_path / "formulaire-cer.pdf", signature_at=260)
    window.session.attach("cer", [form])
    click(qtbot, page.ui.sign_cer)
    status = page.ui.signature_status.text()
    assert status.startswith("✔ Contrat signé") and "cer-signe-1.pdf" in status, status
    assert state.dossier.piece("cer").files == ["documents/cer-signe-1.pdf"]
    assert state.dossier.get("cer.signed_on") == TODAY
    assert page.ui.cer_signed_on.text() == TODAY.strftime("%d/%m/%Y")
    assert form.is_file()  # the person's own file is never touched
    click(qtbot, page.ui.sign_cer)  # once is enough: no second signature on top
    assert "déjà la signature" in page.ui.signature_status.text()
    assert state.dossier.piece("cer").files == ["documents/cer-signe-1.pdf"]


@pytest.mark.gui
def test_letters_page_writes_the_statements_the_situation_asks_for(app, qtbot, tmp_path) -> None:
    """A married national of a country allowing polygamy needs the sworn statement:
    the letters page offers it, says what to do with it, and once it carries the
    drawn signature, writing it adds it to its piece (issue 15: no second step)."""
    from PIL import Image, ImageDraw

    window, state = demo_window(qtbot, tmp_path)
    state.dossier.set("applicant.marital_status", "married")
    state.dossier.set("applicant.nationality", "DZA")
    page = go_to(window, "letters")
    ui = page.ui
    kinds = [ui.letter_kind.itemData(i) for i in range(ui.letter_kind.count())]
    assert "non-polygamie" in kinds and "hebergement" not in kinds  # own address
    choose(qtbot, ui.letter_kind, "non-polygamie")
    click(qtbot, ui.make_letter)
    assert page.controller.last_pdf is not None and page.controller.last_pdf.is_file()
    assert ui.next_step.isVisible() and "Imprimez ce document" in ui.next_step.text()
    assert not ui.attach_letter.isVisible()  # unsigned: to print and sign
    # With a drawn signature, the statement is ready as it is.
    sig = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(sig).line([(10, 80), (90, 20), (170, 70), (290, 30)], fill="navy", width=5)
    sig.save(state.dossier.base_dir / "signature.png")
    state.dossier.set("signature.file", "signature.png")
    click(qtbot, ui.make_letter)
    files = state.dossier.piece("non_polygamy").files
    assert len(files) == 1 and (state.dossier.base_dir / files[0]).is_file()
    assert ui.next_step.text().startswith("✔") and not ui.attach_letter.isVisible()
    assert "signature dessinée" in ui.next_step.text()
    window.switch_language("en")  # what to do next, in the new language
    assert ui.next_step.text().startswith("✔ Signed with your drawn signature")
    window.switch_language("fr")
    # Written again: it replaces the first, it is not a second file.
    click(qtbot, ui.make_letter)
    again = state.dossier.piece("non_polygamy").files
    assert len(again) == 1 and (state.dossier.base_dir / again[0]).is_file()
    assert sorted(p.name for p in (state.dossier.base_dir / "documents").glob("non_polygamy*")) == [
        Path(again[0]).name
    ]


# ----- start-up ---------------------------------------------------------------------------------
def test_selftest_subprocess(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["ok"] is True
    assert result["first_page_ms"] > 0
    # The real start (welcome page of the vault window), and nothing left behind:
    # no settings, no store, no cache in the person's home.
    assert result["page"] == "welcome" and result["window"] == "vault"
    left = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert left == [], left


def test_selftest_without_a_display_runs_offscreen(tmp_path) -> None:
    """A CI runner or build machine has no display: --selftest must not abort in
    Qt's xcb plugin."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest", "--lang", "ar"],
        cwd=ROOT,
        env={**env, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-800:]
    assert json.loads(proc.stdout.strip().splitlines()[-1])["ok"] is True


# What the first page does not show, with what loading it there would add to the start
# (measured at the first page on the project's machine: HACKING.md, "Start-up budget").
NOT_AT_FIRST_PAGE = {
    "desktop.services": "24-27 ms: intake, letters, the CER checks",
    "desktop.vault.store": "28-31 ms: the store and cryptography",
    "desktop.vault.custody": "15 ms: the key's custody and keyring",
    "desktop.vault.modes": "6-7 ms: idle timers, clipboard guard, reception session",
    "desktop.intake": "135-155 ms: pypdf, Pillow, pypdfium2",
    "desktop.letters": "135-165 ms: reportlab",
    "desktop.ui.step_pages": "3.5-5 ms: the later pages",
    "desktop.ui.vault_screens": "3.5-5 ms: lock screen, case list, dialogs",
    "PySide6.QtPdf": "3-13 ms: two more shared libraries",
    "keyring": "48-95 ms",
    "cryptography.hazmat": "9-12 ms",
    "PIL.Image": "13-16 ms",
    "pypdf": "81-83 ms",
    "reportlab": "38-57 ms",
}


def test_first_page_loads_only_what_it_shows() -> None:
    """Start-up budget (bench/bench_startup.py, HACKING.md): when the real start's
    first page is timed, none of the heavy modules it does not show is loaded."""
    script = (
        "import sys\n"
        "import desktop.ui.app as A\n"
        "seen = {}\n"
        "age = A.process_age_ms\n"
        "def stamp():\n"
        "    seen['modules'] = set(sys.modules)\n"
        "    return age()\n"
        "A.process_age_ms = stamp\n"
        "import desktop.cli\n"
        "code = desktop.cli.main(['--selftest', '--lang', 'fr'])\n"
        f"late = {sorted(NOT_AT_FIRST_PAGE)!r}\n"
        "print('LOADED', [m for m in late if m in seen['modules']])\n"
        "print('EXIT', code)\n"
    )
    out = run_qt_script(script)
    assert out.returncode == 0, out.stderr[-800:]
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines.get("LOADED") == "[]", out.stdout
    assert lines.get("EXIT") == "0", out.stdout


def test_many_qt_calls_do_not_exhaust_none(tmp_path) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call that
    returns nothing, and the process aborts after some ten thousand calls. The
    pyproject pin keeps 6.12.0 out; this fails on a PySide6 that does it."""
    code = (
        "from desktop.ui.qt import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel('a')\n"
        "for i in range(200000):\n"
        "    label.setText('b')\n"
        "print('ok')\n"
    )
    proc = run_qt_script(code)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "ok"


# ----- the Qt import point ------------------------------------------------------------------------
def test_qt_names_resolve_on_first_use_and_typos_fail() -> None:
    import desktop.ui.qt as qt

    for module, names in qt.NAMES.items():
        for name in names:
            value = getattr(qt, name)
            if module.startswith("QtPdf") and not qt.HAS_PDF:
                assert value is None
            else:
                assert getattr(value, "__module__", "").startswith("PySide6"), (module, name)
    assert isinstance(qt.HAS_PDF, bool)
    assert qt.PYSIDE_VERSION.count(".") >= 2
    with pytest.raises(AttributeError, match="QLabell"):
        qt.QLabell  # noqa: B018 - a misspelt name is an error, as with an explicit import
    with pytest.raises(ImportError):
        exec("from desktop.ui.qt import QNoSuchWidget", {})


def test_qt_names_are_typed_for_mypy_as_they_resolve() -> None:
    """desktop/ui/qt.py's TYPE_CHECKING block imports, for mypy, exactly the names
    NAMES resolves at run time, each from the module it is resolved from."""
    import ast

    import desktop.ui.qt as qt

    tree = ast.parse((ROOT / "desktop" / "ui" / "qt.py").read_text(encoding="utf-8"))
    typed: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for imp in node.body:
                if isinstance(imp, ast.ImportFrom) and imp.module:
                    module = imp.module.removeprefix("PySide6.")
                    typed.setdefault(module, set()).update(a.name for a in imp.names)
    typed["QtCore"].add("QCoreApplication")  # imported at run time, for translate()
    assert typed == {module: set(names) for module, names in qt.NAMES.items()}


def test_step_list_roles_match_qt() -> None:
    from desktop.ui import main_window
    from desktop.ui.qt import Qt

    assert main_window.STEP_ID_ROLE == Qt.ItemDataRole.UserRole.value
    assert main_window.DESCRIPTION_ROLE == Qt.ItemDataRole.AccessibleDescriptionRole.value
    assert main_window.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value


@pytest.mark.gui
def test_steps_not_reached_are_marked_and_inert(app, qtbot, tmp_path) -> None:
    from desktop.ui.main_window import DESCRIPTION_ROLE, STEP_ID_ROLE
    from desktop.ui.qt import Qt

    window = open_window(qtbot, new_state(tmp_path))
    steps = window.ui.steps
    first, later = steps.item(0), steps.item(2)
    assert first.data(STEP_ID_ROLE) == "welcome" and not first.data(DESCRIPTION_ROLE)
    assert later.data(DESCRIPTION_ROLE) == "Étape pas encore atteinte"
    assert later.toolTip() == later.data(DESCRIPTION_ROLE)
    rect = steps.visualItemRect(later)
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.wizard.current == "welcome"
    assert steps.currentItem().data(STEP_ID_ROLE) == "welcome"  # highlight stays put
    click(qtbot, window.ui.next)
    assert window.session.wizard.current == "situation"
    welcome = steps.item(0)
    qtbot.mouseClick(
        steps.viewport(), Qt.MouseButton.LeftButton, pos=steps.visualItemRect(welcome).center()
    )
    assert window.session.wizard.current == "welcome"


def test_first_page_builds_no_qt_namespace_enum() -> None:
    """Start-up budget (bench/bench_startup.py): the first page must not touch an
    enum of the Qt namespace, which makes PySide6 build all of them (~15 ms)."""
    script = (
        "import PySide6.QtCore as C\n"
        "from desktop.core.clock import Clock\n"
        "from desktop.core.dossier import Dossier\n"
        "from desktop.flow import FlowState\n"
        "from desktop.ui import app as A\n"
        "a = A.make_app()\n"
        "w = A.build_window(FlowState(Dossier.new(), Clock().today()), Clock())\n"
        "w.show(); a.processEvents()\n"
        "print('built' if 'Qt' in vars(C) else 'lazy', w.ui.next.isEnabled())\n"
    )
    out = run_qt_script(script)
    assert out.returncode == 0, out.stderr[-800:]
    assert out.stdout.split() == ["lazy", "True"], out.stdout


def test_every_translate_call_reaches_the_ts_files() -> None:
    """What lupdate cannot see is never translated: every literal
    ``translate("Context", "text"…)`` in desktop/ui has an entry in the .ts files."""
    import ast

    sys.path.insert(0, str(ROOT / "tools"))
    import i18n  # type: ignore[import-not-found]

    known = {(c, s) for c, s, *_ in i18n.messages("en")}
    missing = []
    for path in sorted((ROOT / "desktop" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate"):
                continue
            args = node.args[:2]
            if len(args) == 2 and all(isinstance(a, ast.Constant) for a in args):
                key = (args[0].value, args[1].value)  # type: ignore[attr-defined]
                if key not in known:
                    missing.append(f"{path.name}:{node.lineno} {key}")
    assert missing == []


def test_french_labels_keep_their_colon_on_the_line() -> None:
    """French puts a space before ':'; a plain one lets a wrapped label end on a
    lone colon ("Téléphone" / ":"). Labels use a no-break space."""
    import re

    loose = []
    for path in sorted((ROOT / "desktop" / "forms").glob("*.ui")):
        for text in re.findall(r"<string>([^<]*)</string>", path.read_text(encoding="utf-8")):
            if re.search(r"[ \t][:;?!]\s*$", text):
                loose.append(f"{path.name}: {text!r}")
    assert loose == []


# ----- background work and the dossier it was for -------------------------------------------------
@pytest.mark.gui
def test_late_inspection_results_never_land_in_the_next_dossier(app, qtbot, tmp_path, monkeypatch):
    """A volunteer switches case while a file of the previous dossier is being
    inspected: its result is dropped, not merged into the new dossier."""
    import threading

    import desktop.services
    from desktop.ui.session import Session

    release = threading.Event()

    def slow_inspection(dossier, rel, today):
        release.wait(10)
        return {"status": "inspected-for-the-old-dossier"}

    monkeypatch.setattr(desktop.services, "inspect_dossier_file", slow_inspection)
    first = new_state(tmp_path / "a")
    (first.dossier.path.parent / "scan.jpg").write_bytes(b"\xff\xd8 not really")
    session = Session(first, CLOCK)
    session.inspect_soon(["scan.jpg"])
    second = new_state(tmp_path / "b")
    (second.dossier.path.parent / "scan.jpg").write_bytes(b"\xff\xd8 other")
    release.set()
    session.reset(second)  # waits for the pool; the old result is still queued
    qtbot.wait(50)
    assert "scan.jpg" not in second.findings
    assert session.state is second
    session.shutdown()


def test_an_operation_may_be_dropped_by_its_own_slot() -> None:
    """Slots that drop the last reference to their Operation (and collect it) while
    other slots of the same signal are still queued: every result is delivered,
    nothing crashes (a subprocess, so that a crash is a failure, not a lost worker)."""
    script = (
        "import gc\n"
        "from desktop.ui.qt import QCoreApplication, QTimer\n"
        "from desktop.ui.operations import Operation\n"
        "app = QCoreApplication([])\n"
        "held, got = {}, []\n"
        "for i in range(200):\n"
        "    op = held[i] = Operation(lambda p, c, i=i: i)\n"
        "    op.signals.finished.connect(lambda r: (held.pop(r), gc.collect()))\n"
        "    op.signals.finished.connect(got.append)\n"
        "    op.start()\n"
        "del op\n"
        "timer = QTimer()\n"
        "timer.timeout.connect(lambda: len(got) == 200 and app.quit())\n"
        "timer.start(5)\n"
        "QTimer.singleShot(20000, app.quit)\n"
        "app.exec()\n"
        "print(len(got), len(held))\n"
    )
    out = run_qt_script(script)
    assert out.returncode == 0, out.stderr[-800:]
    assert out.stdout.split() == ["200", "0"]


@pytest.mark.gui
def test_a_password_protected_pdf_is_unlocked_from_its_piece(
    app, qtbot, tmp_path, monkeypatch
) -> None:
    """Intake says "type its password so the app makes an unprotected copy": the
    piece offers "Mot de passe…"; a wrong password changes nothing and says so,
    the right one leaves an unprotected PDF and no password problem."""
    from pypdf import PdfReader, PdfWriter

    from desktop.ui.qt import QInputDialog, QMessageBox

    window, state = demo_window(qtbot, tmp_path)
    state.set_ui("step", "documents")
    from desktop.flow import Wizard

    window.session.wizard = Wizard.resume(state)
    window.show_current()
    page = window.current_page()
    widget = page.piece_widgets[0]
    plain = make_scan(tmp_path / "statement.pdf", "releve")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt("s3cret-Banque")
    locked = tmp_path / "releve-protege.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    drop_files(widget, [locked])
    window.session.wait_inspections()
    qtbot.waitUntil(lambda: bool(widget.protected_files()), timeout=10000)
    rel = widget.protected_files()[0]
    assert not widget.ui.unlock.isHidden()
    assert "Mot de passe" in widget.ui.status_text.text()  # the fix, in words
    before = state.dossier.resolve(rel).read_bytes()

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    click(qtbot, widget.ui.unlock)
    assert len(warnings) == 1 and "n’ouvre pas" in warnings[0]  # names the file and the fix
    assert Path(rel).name in warnings[0]
    assert state.dossier.resolve(rel).read_bytes() == before  # nothing changed

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("s3cret-Banque", True))
    click(qtbot, widget.ui.unlock)
    window.session.wait_inspections()
    qtbot.waitUntil(lambda: not widget.protected_files(), timeout=10000)
    reader = PdfReader(state.dossier.resolve(rel))
    assert not reader.is_encrypted and len(reader.pages) == 1
    assert widget.ui.unlock.isHidden()


def test_layout_direction_follows_the_language_whoever_switches(app) -> None:
    """Arabic mirrors the application; a later switch to French, even by another
    Languages (another window), puts it back left to right."""
    from desktop.ui.i18n import Languages
    from desktop.ui.qt import QApplication

    first, second = Languages(), Languages()
    try:
        first.switch("ar")
        assert QApplication.isRightToLeft()
        second.switch("fr")
        assert not QApplication.isRightToLeft()
        second.switch("uk")
        assert not QApplication.isRightToLeft()
    finally:  # leave no translator of these two behind for the next tests
        for languages in (first, second):
            for translator in languages._installed:
                QApplication.removeTranslator(translator)
        Languages().switch("fr")


@pytest.mark.gui
def test_the_rules_run_once_per_change(app, qtbot, tmp_path, monkeypatch) -> None:
    """Every page and piece widget reads the session's one verdict: a dropped file is
    one change (one run of the rules), its inspection arriving is another, a date
    typed is a third; repainting, refreshing or asking again costs nothing."""
    import desktop.core.rules as rules

    calls: list[int] = []
    real = rules.evaluate

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(rules, "evaluate", counted)
    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "documents")
    window.session.wait_inspections()
    qtbot.wait(50)
    calls.clear()
    page.refresh()
    window.current_page().refresh()
    assert calls == []  # nothing changed: the verdict is the one already made
    widget = page.piece_widgets[0]
    drop_files(widget, [make_scan(tmp_path / "extra.pdf", "extra")])
    qtbot.wait(20)
    assert len(calls) == 1
    window.session.wait_inspections()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=10000)
    qtbot.wait(50)
    assert len(calls) == 2
    edit = next(
        getattr(w.ui, n)
        for w in page.piece_widgets
        for n in ("issued_on", "expires_on")
        if getattr(w.ui, n).isVisibleTo(w)
    )
    type_into(qtbot, edit, (TODAY - dt.timedelta(days=3)).strftime("%d/%m/%Y"))
    edit.editingFinished.emit()
    qtbot.wait(20)
    assert len(calls) == 3


@pytest.mark.gui
def test_situation_page_and_engine_agree_on_a_planned_day_gone_by(app, qtbot, tmp_path) -> None:
    """Planned 2026-09-01, permit ends 2026-12-20, today 2026-12-01: the filing is
    judged on today, and the page says what the engine says (late), not « c'est le
    bon moment »."""
    from desktop.core.clock import Clock
    from desktop.ui.app import build_window

    today = dt.date(2026, 12, 1)
    path = write_demo(tmp_path / "demo", today)
    dossier = Dossier.load(path)
    dossier.set("situation", "salarie-renouvellement")
    dossier.set("current_permit.expires_on", dt.date(2026, 12, 20))
    dossier.set("filing_date", dt.date(2026, 9, 1))
    dossier.save()
    state = FlowState(dossier, today)
    state.set_ui("step", "situation")
    window = build_window(state, Clock(today))
    qtbot.addWidget(window)
    window.show()
    page = go_to(window, "situation")
    page.refresh()
    text = page.ui.summary.text()
    assert "Le délai de dépôt est dépassé" in text and "droit de visa de régularisation" in text
    assert "bon moment" not in text
    # the late fee the engine charges (CESEDA L.436-5), with its name and amount
    assert "Renouvellement tardif" in text and "180 €" in text
    codes = [p.code for p in window.session.verdict().problems]
    assert "renewal.late" in codes


@pytest.mark.gui
def test_pages_say_valid_and_busy_and_the_window_follows(app, qtbot, tmp_path) -> None:
    """Electrum's wizard components: each page says whether its answers hold
    (``valid``) and whether work it started still runs (``busy``). While the review
    page builds, the person cannot leave it half-seen; a step passed whose
    answers no longer hold is marked ⚠ in the path, not ✔."""
    window, state = demo_window(qtbot, tmp_path)
    page = go_to(window, "review")
    assert page.valid and not page.busy
    assert window.ui.next.isEnabled() or window.ui.next.isHidden()
    click(qtbot, page.ui.build)
    assert page.busy
    assert not window.ui.back.isEnabled() and not window.ui.steps.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=90000)
    assert window.ui.back.isEnabled() and window.ui.steps.isEnabled()

    steps = [window.ui.steps.item(i).text() for i in range(window.ui.steps.count())]
    civil = next(t for t in steps if "2." in t or "3." in t)
    assert civil.startswith("✔")
    state.dossier.set("applicant.birth_date", None)  # changed since: civil status fails now
    window.session.touch()
    steps = [window.ui.steps.item(i).text() for i in range(window.ui.steps.count())]
    assert any(t.startswith("⚠") for t in steps), steps
    civil_page = window.page("civil_status")
    civil_page.enter()
    assert not civil_page.valid


@pytest.mark.gui
def test_a_cer_date_changed_makes_its_finding_again(app, qtbot, tmp_path) -> None:
    """The CER copy's finding depends on the signature date stated: the wizard makes
    it again when the date changes (other files are not read again)."""
    window, state = demo_window(qtbot, tmp_path)
    go_to(window, "documents")
    window.session.wait_inspections()
    qtbot.waitUntil(lambda: bool(state.findings), timeout=10000)
    cer = state.dossier.piece("cer").files[0]
    other = state.dossier.piece("passport").files[0]
    qtbot.waitUntil(lambda: cer in state.findings and other in state.findings, timeout=10000)
    before_cer, before_other = state.findings[cer], state.findings[other]
    state.dossier.set("cer.signed_on", TODAY - dt.timedelta(days=1))
    window.session.touch()
    window.session.wait_inspections()
    qtbot.waitUntil(lambda: state.findings[cer] is not before_cer, timeout=10000)
    assert state.findings[other] is before_other


@pytest.mark.gui
def test_a_build_never_reuses_a_finding_being_made_again(app, qtbot, tmp_path) -> None:
    """Between a change the finding depends on (the CER's date) and the new finding,
    the page still shows the old one but a build does not reuse it: it reads the
    file itself."""
    window, state = demo_window(qtbot, tmp_path)
    go_to(window, "documents")
    session = window.session
    session.wait_inspections()
    cer = state.dossier.piece("cer").files[0]
    qtbot.waitUntil(lambda: cer in session.findings(), timeout=10000)
    old = state.findings[cer]
    signed = state.dossier.cer_signed_on or TODAY
    state.dossier.set("cer.signed_on", signed - dt.timedelta(days=1))
    session.touch()
    assert state.findings[cer] is old  # still shown
    assert cer not in session.findings()  # not reused by a build started now
    session.wait_inspections()
    qtbot.waitUntil(lambda: cer in session.findings(), timeout=10000)
    assert session.findings()[cer] is not old


@pytest.mark.gui
def test_the_chinese_and_arabic_interfaces_have_their_fonts(app) -> None:
    """On a machine with only basic fonts, « 中文 » and the Chinese interface were
    boxes: the app gives Qt the CJK and Arabic fonts it ships for its PDFs. A
    character with no glyph anywhere draws the same box as any other; 中 and ع
    must draw something else."""
    from PySide6.QtGui import QFontDatabase, QImage, QPainter

    from desktop.ui.app import add_bundled_fonts

    families = add_bundled_fonts()
    assert "Droid Sans Fallback" in families and any("Naskh" in f for f in families)
    assert "Droid Sans Fallback" in QFontDatabase.families()

    def drawn(text: str) -> bytes:
        img = QImage(64, 40, QImage.Format.Format_Grayscale8)
        img.fill(255)
        painter = QPainter(img)
        painter.drawText(4, 30, text)
        painter.end()
        return bytes(img.constBits())

    box = drawn("\U0010fffd")  # a private-use character: no font has it
    for text in ("中", "文", "ع"):
        assert drawn(text) != box, text


@pytest.mark.gui
def test_review_says_what_to_check_when_nothing_is_missing(app, qtbot, tmp_path) -> None:
    """A complete dossier with a blurred passport photo: the review page no longer
    says « ✔ complet » in green; it names the piece and the problem."""
    import dataclasses

    from desktop.core.messages import Problem

    window, state = demo_window(qtbot, tmp_path)
    go_to(window, "documents")
    window.session.wait_inspections()
    rel = state.dossier.piece("passport").files[0]
    qtbot.waitUntil(lambda: rel in state.findings, timeout=10000)
    blurred = Problem("blurry", "warning", {"file": Path(rel).name}, "intake.blurry")
    state.findings[rel] = dataclasses.replace(state.findings[rel], problems=[blurred])
    page = go_to(window, "review")
    page.refresh()
    text = page.ui.summary.text()
    assert window.session.verdict().complete
    assert text.startswith("⚠ Rien ne manque") and "flou" in text and "Passeport" in text
    assert "✔ Le dossier est complet" not in text

"""Accessibility, measured (issue 15): names, keyboard, mnemonics, size, signing.

Every test here walks the real windows as a person using a screen reader, the
keyboard alone, large text or a small screen would meet them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.test_ui import CLOCK, TODAY, demo_window, go_to, visit_all

LANGS = ("fr", "en", "ru", "zh", "ar", "uk")


def forget_translators(qapp) -> None:
    """Each window's ``Languages`` removes only the translators it installed: one
    left by an earlier test (its window gone) would translate this one's widgets."""
    from desktop.ui.i18n import Languages
    from desktop.ui.qt import QTranslator

    for tr in qapp.findChildren(QTranslator):
        qapp.removeTranslator(tr)
        tr.setParent(None)
    Languages().switch("fr")


@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app

    make_app()
    forget_translators(qapp)
    yield qapp
    forget_translators(qapp)


def takes_tab(w) -> bool:
    from desktop.ui.qt import Qt

    return bool(w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def name_of(w) -> str:
    """What a screen reader says for ``w``: its accessible name, else its
    QAccessible interface's name (a button's text, a label buddy's text)."""
    from PySide6.QtGui import QAccessible

    if w.accessibleName().strip():
        return w.accessibleName().strip()
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(root, where: str) -> list[str]:
    """The controls under ``root`` a person can Tab to that have no name."""
    from desktop.ui.qt import QWidget

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()) or not w.isEnabled():
            continue
        # a list's or table's header is read out (and clicked) even without the focus
        if not takes_tab(w) and not w.inherits("QHeaderView"):
            continue
        if w.focusProxy() is not None:
            continue  # the proxy takes the focus (and is walked itself)
        if not name_of(w):
            out.append(f"{where}: {type(w).__name__} {w.objectName() or '(no name)'}")
    return out


def table_photo(path: Path) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (800, 600), (70, 50, 35))
    ImageDraw.Draw(img).polygon([(210, 75), (590, 85), (580, 540), (220, 530)], fill=(245,) * 3)
    img.save(path, "JPEG", quality=90)
    return path


def vault_screens(qtbot, window) -> list[tuple[str, object]]:
    """The vault's screens and dialogs, the crop dialog, built in the current language."""
    from desktop.ui.vault_screens import CaseListScreen, ExportDialog, LockScreen, SetupDialog

    out: list[tuple[str, object]] = []
    lock = LockScreen()
    lock.configure(needs_passphrase=True, idle=False)
    cases = CaseListScreen()
    for name, w in (
        ("lock", lock),
        ("cases", cases),
        ("setup", SetupDialog(True)),
        ("export", ExportDialog()),
    ):
        qtbot.addWidget(w)
        w.show()
        out.append((name, w))
    return out


@pytest.mark.gui
@pytest.mark.parametrize("lang", LANGS)
def test_every_focusable_control_has_a_name(app, qtbot, tmp_path, lang) -> None:
    from desktop.ui.scan_view import ScanDialog

    window, state = demo_window(qtbot, tmp_path, lang)
    missing: list[str] = []
    seen = 0
    for sid, page in visit_all(window):
        if sid == "review":
            page.after_filing.setVisible(True)
        missing += unnamed(window, sid)
        seen += 1
    go_to(window, "letters")
    missing += unnamed(window, "letters")
    for name, w in vault_screens(qtbot, window):
        missing += unnamed(w, name)
    [rel] = window.session.attach("proof_of_address", [table_photo(tmp_path / "IMG_1.jpg")])
    dialog = ScanDialog(window.session, rel, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.op is None, timeout=30000)
    missing += unnamed(dialog, "crop")
    assert seen >= 8
    assert missing == [], "\n".join(missing)


# ----- keyboard alone --------------------------------------------------------------------------
def focused():
    from desktop.ui.qt import QApplication

    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot, key, modifier=None) -> None:
    """A key on the focused widget, as the keyboard sends it."""
    from desktop.ui.qt import Qt

    qtbot.keyClick(focused(), key, modifier or Qt.KeyboardModifier.NoModifier)


def tab_to(qtbot, target, limit: int = 250, back: bool = False) -> list[str]:
    """Tab (Shift+Tab) until ``target`` has the focus; fails on a focus trap."""
    from desktop.ui.qt import Qt

    path: list[str] = []
    for _ in range(limit):
        w = focused()
        if w is target:
            return path
        path.append(w.objectName() or type(w).__name__)
        press(qtbot, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
        assert focused() is not w, f"focus trap: Tab stays in {path[-1]} ({path})"
    raise AssertionError(f"{target.objectName()} never reached with Tab: {path}")


def keyboard_window(qtbot, tmp_path, step: str = "welcome"):
    from desktop.core.dossier import Dossier
    from desktop.demo import write_demo
    from desktop.flow import FlowState
    from tests.test_ui import open_window

    dossier = Dossier.load(write_demo(tmp_path / "demo", TODAY))
    dossier.set("appointment.status", "none")  # the letters step is on the path
    dossier.set("lang", "fr")
    state = FlowState(dossier, TODAY)
    state.set_ui("step", step)
    window = open_window(qtbot, state)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, state


@pytest.mark.gui
def test_keyboard_alone_from_the_first_page_to_a_built_bundle(app, qtbot, tmp_path) -> None:
    from desktop.ui.qt import QApplication, Qt

    window, state = keyboard_window(qtbot, tmp_path)
    ui = window.ui
    space, alt = Qt.Key.Key_Space, Qt.KeyboardModifier.AltModifier
    visited = []
    while window.session.wizard.current != "review":
        sid = window.session.wizard.current
        visited.append(sid)
        page = window.current_page()
        first = focused()
        # the page opens on one of its own controls
        assert page.isAncestorOf(first), (sid, first.objectName())
        if sid == "civil_status":
            # window order: Shift+Tab from the page → the step list → the language;
            # Tab from « Suivant » wraps to the language, the step list, the page
            assert tab_to(qtbot, ui.language, limit=3, back=True) == [first.objectName(), "steps"]
            tab_to(qtbot, ui.next)
            assert tab_to(qtbot, first, limit=4) == ["next", "language", "steps"]
            # the copy button inside the numéro étranger is reached and pressed
            button = next(
                w
                for w in page.ui.applicant_numero_etranger.children()
                if w.objectName() == "applicant_numero_etranger_copy_button"
            )
            tab_to(qtbot, button)
            press(qtbot, space)
            assert QApplication.clipboard().text() == state.dossier.get("applicant.numero_etranger")
        if sid == "ephoto":  # Alt+R goes back, Alt+S forward (mnemonics, French)
            # (a mnemonic "animates" the click: it lands ~100 ms later)
            assert "&R" in ui.back.text(), mnemonics(window, window)
            press(qtbot, Qt.Key.Key_R, alt)
            qtbot.waitUntil(lambda: window.session.wizard.current == "address", timeout=2000)
            press(qtbot, Qt.Key.Key_S, alt)
            qtbot.waitUntil(lambda: window.session.wizard.current == "ephoto", timeout=2000)
        tab_to(qtbot, ui.next)
        press(qtbot, space)
        assert window.session.wizard.current != sid, (sid, page.ui.problems.text())
        assert len(visited) < 12
    assert visited[0] == "welcome" and "letters" in visited and "documents" in visited
    page = window.current_page()
    assert focused() is page.ui.build  # the review page's primary action
    press(qtbot, Qt.Key.Key_Backtab)
    tab_to(qtbot, page.ui.build)
    press(qtbot, space)
    qtbot.waitUntil(
        lambda: page.controller.report is not None or page.controller.op is None, timeout=90000
    )
    assert page.controller.report is not None, page.ui.build_status.text()
    out = page.controller.out_dir()
    assert (out / "dossier-complet.pdf").is_file()
    assert any((out / "upload").iterdir())


@pytest.mark.gui
def test_first_focus_is_the_answer_chosen(app, qtbot, tmp_path) -> None:
    from desktop.ui.qt import Qt

    window, state = keyboard_window(qtbot, tmp_path, step="review")
    state.dossier.set("address.kind", "hotel")
    page = go_to(window, "address")
    assert focused() is page.ui.kind_hotel
    press(qtbot, Qt.Key.Key_Space)  # Space on it changes nothing
    page.commit()
    assert state.dossier.get("address.kind") == "hotel"


# ----- Alt mnemonics ---------------------------------------------------------------------------
MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(root, window) -> dict[str, list[str]]:
    """Alt+letter → what it reaches, among what ``root`` shows: buttons, and labels
    whose buddy is shown."""
    from desktop.ui.qt import QAbstractButton, QLabel

    out: dict[str, list[str]] = {}
    for w in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel):
            buddy = w.buddy()
            if buddy is None or not buddy.isVisibleTo(window) or w.textFormat().name == "RichText":
                continue
        m = MNEMONIC.search(w.text().replace("&&", ""))
        if m:
            out.setdefault(m.group(1).lower(), []).append(w.objectName() or w.text())
    return out


def clashes(found: dict[str, list[str]]) -> list[str]:
    return [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in sorted(found.items()) if len(v) > 1]


@pytest.mark.gui
@pytest.mark.parametrize("lang", LANGS)
def test_alt_mnemonics_do_not_clash(app, qtbot, tmp_path, lang) -> None:
    window, _ = demo_window(qtbot, tmp_path, lang)
    bad: list[str] = []
    shortcuts = 0
    from desktop.ui.qt import QAbstractButton, QLabel

    for sid, _page in visit_all(window):
        found = mnemonics(window, window)  # the page, the header, Retour, Suivant
        shortcuts += len(found)
        bad += [f"{sid}: {c}" for c in clashes(found)]
        # a shortcut moved to resolve a clash never lands under a bare alef (reads إ)
        bad += [
            f"{sid}: under an alef: {w.text()}"
            for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
            if "&ا" in w.text().replace("&&", "")
        ]
    go_to(window, "letters")
    bad += [f"letters: {c}" for c in clashes(mnemonics(window, window))]
    for name, w in vault_screens(qtbot, window):
        found = mnemonics(w, w)
        shortcuts += len(found)
        bad += [f"{name}: {c}" for c in clashes(found)]
    assert shortcuts > 40
    assert bad == [], "\n".join(bad)


# ----- large text, small screen -----------------------------------------------------------------
def settle(window) -> None:
    """Every pending layout done now (no waiting on a timer: deterministic under load)."""
    from desktop.ui.qt import QApplication, QEvent

    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        QApplication.processEvents()


def cut_labels(root, window, where: str) -> list[str]:
    """Shown labels and buttons whose text does not fit: a word-wrapped label
    shorter than its text needs at its width, another narrower than its text."""
    from desktop.ui.qt import QAbstractButton, QLabel

    out = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not w.isVisibleTo(window) or not w.text() or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            if w.height() + 1 < w.heightForWidth(w.width()):
                out.append(f"{where}: {w.objectName()} {w.text()[:30]!r} h {w.height()}")
        elif w.width() + 1 < w.minimumSizeHint().width():
            out.append(
                f"{where}: {w.objectName()} {w.text()[:30]!r} "
                f"w {w.width()} < {w.minimumSizeHint().width()}"
            )
    return out


@pytest.fixture
def large_text(app):
    """Text twice as large (the person's desktop setting)."""
    from desktop.ui.qt import QApplication

    old = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 2 if font.pointSizeF() > 0 else 20)
    QApplication.setFont(font)
    yield
    QApplication.setFont(old)


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_nothing_cut_at_200_percent_on_a_laptop_screen(large_text, qtbot, tmp_path, lang) -> None:
    window, _ = demo_window(qtbot, tmp_path, lang)
    window.resize(1366, 728)  # 1366×768 less a task bar
    cut: list[str] = []
    for sid, _page in visit_all(window):
        settle(window)
        cut += cut_labels(window, window, sid)
        # the window stays on the screen: its pages scroll, they do not push it out
        if window.height() > 728 or window.width() > 1366:
            cut.append(f"{sid}: the window grew to {window.width()}×{window.height()}")
    assert cut == [], "\n".join(cut)


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_window_fits_a_1366_by_768_screen(app, qtbot, tmp_path, lang) -> None:
    """It opens inside the screen's free area, and every page fits 1366×728."""
    from desktop.ui.app import build_window

    _w, state = demo_window(qtbot, tmp_path, lang)
    _w.close()
    window = build_window(state, CLOCK)  # as opened: its own size, not the tests' resize
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    free = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= free.width()
    assert window.frameGeometry().height() <= free.height()
    big = []
    for sid, _page in visit_all(window):
        settle(window)
        need = window.minimumSizeHint()
        if need.width() > 1366 or need.height() > 728:
            big.append(f"{sid}: {need.width()}×{need.height()}")
    assert big == [], big


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_case_list_names_whole_at_200_percent(large_text, qtbot, lang) -> None:
    from desktop.ui.i18n import Languages
    from desktop.ui.vault_screens import CaseListScreen
    from desktop.vault.records import CaseSummary

    Languages().switch(lang)
    names = ["BENMOHAMMEDI-ABDELKADER Fatima-Zahra Nour el Houda", "IVANOVA Anna"]
    cases = [
        CaseSummary(
            id=f"c{i}",
            display_name=name,
            status="incomplete",
            deadline="2027-02-01",
            missing=3,
            number="6903123456",
            created="2026-11-01T10:00:00",
            updated="2026-12-01T10:00:00",
            files=4,
            size=1000,
        )
        for i, name in enumerate(names)
    ]
    screen = CaseListScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 728)
    screen.show()
    screen.fill(cases)
    settle(screen)
    tree = screen.ui.cases
    metrics = tree.fontMetrics()
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        need = metrics.horizontalAdvance(item.text(0))
        width = tree.header().sectionSize(0)
        assert width >= need, (item.text(0), width, need)
        assert item.toolTip(0) == item.text(0)  # and said whole on hover
    cut = cut_labels(screen, screen, "cases")
    assert cut == [], cut


# ----- signing without a mouse ------------------------------------------------------------------
def ink_pixels(png: bytes) -> tuple[int, int, int, int]:
    """(width, height, opaque pixels, alpha of the top-left corner) of a PNG."""
    from desktop.ui.qt import QImage

    img = QImage.fromData(png, "PNG")
    assert not img.isNull()
    opaque = sum(
        1
        for y in range(0, img.height(), 2)
        for x in range(0, img.width(), 2)
        if img.pixelColor(x, y).alpha() > 200
    )
    return img.width(), img.height(), opaque, img.pixelColor(0, 0).alpha()


@pytest.mark.gui
def test_sign_with_the_keyboard_by_typing_the_name(app, qtbot, tmp_path) -> None:
    from desktop.services.documents import drawn_signature
    from desktop.ui.qt import Qt

    window, state = keyboard_window(qtbot, tmp_path, step="review")
    page = go_to(window, "cer")
    assert drawn_signature(state.dossier) is None
    tab_to(qtbot, page.ui.typed_name)
    qtbot.keyClicks(focused(), "Anna Ivanova")
    press(qtbot, Qt.Key.Key_Return)
    assert not page.pad.is_empty()
    tab_to(qtbot, page.ui.save_signature)
    press(qtbot, Qt.Key.Key_Space)
    png = drawn_signature(state.dossier)
    assert png is not None
    width, height, opaque, corner = ink_pixels(png.read_bytes())
    assert corner == 0 and opaque > 50  # ink on a transparent ground
    assert width > 2 * height  # a line of writing
    # nothing typed: said, and the pad unchanged
    page.pad.clear()
    page.ui.typed_name.clear()
    tab_to(qtbot, page.ui.type_signature)
    press(qtbot, Qt.Key.Key_Space)
    assert page.pad.is_empty() and "⚠" in page.ui.signature_status.text()


def signature_photo(path: Path, paper=(236, 232, 222)) -> Path:
    """A signature in blue-black ink on slightly grey paper, as a phone takes it."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (1200, 900), paper)
    d = ImageDraw.Draw(img)
    points = [(300 + x, 450 + int(60 * ((x // 40) % 2 * 2 - 1))) for x in range(0, 600, 20)]
    d.line(points, fill=(25, 30, 70), width=7)
    img.save(path, "JPEG", quality=90)
    return path


@pytest.mark.gui
def test_sign_with_a_picture_of_the_signature(app, qtbot, tmp_path) -> None:
    from PIL import Image

    from desktop.services.documents import drawn_signature
    from desktop.ui.qt import Qt

    window, state = keyboard_window(qtbot, tmp_path, step="review")
    page = go_to(window, "cer")
    blank = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), (240, 240, 240)).save(blank)
    broken = tmp_path / "not-an-image.jpg"
    broken.write_bytes(b"this is no picture")
    photo = signature_photo(tmp_path / "IMG_2041.jpg")
    for path, expect in ((broken, "not-an-image.jpg"), (blank, "blank.png")):
        page.ask_signature_image = lambda p=path: str(p)
        tab_to(qtbot, page.ui.import_signature)
        press(qtbot, Qt.Key.Key_Space)
        assert page.pad.is_empty()
        assert "✖" in page.ui.signature_status.text() and expect in page.ui.signature_status.text()
    page.ask_signature_image = lambda: str(photo)
    press(qtbot, Qt.Key.Key_Space)
    assert not page.pad.is_empty()
    tab_to(qtbot, page.ui.save_signature)
    press(qtbot, Qt.Key.Key_Space)
    png = drawn_signature(state.dossier)
    assert png is not None
    width, height, opaque, corner = ink_pixels(png.read_bytes())
    assert corner == 0 and opaque > 100  # the paper gone, the ink kept
    assert 570 <= width <= 640 and 120 <= height <= 160, (width, height)  # cropped to the ink

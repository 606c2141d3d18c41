"""Accessibility, measured (issue 15): names, keyboard, mnemonics, size, signing.

Every test here walks the real windows as a person using a screen reader, the
keyboard alone, large text or a small screen would meet them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.test_ui import demo_window, go_to, visit_all

LANGS = ("fr", "en", "ru", "zh", "ar", "uk")


@pytest.fixture
def app(qapp):
    from desktop.ui.app import make_app

    make_app()
    yield qapp
    from desktop.ui.i18n import Languages

    Languages().switch("fr")


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

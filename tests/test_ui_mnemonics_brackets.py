"""A Chinese label names its Alt key in brackets (« 邮政编码(&P)： »). When a clash
moves the key, the brackets name the new key: before, the label kept showing
« (P) » while Alt+P did nothing, and the moved mnemonic could land under an
ideograph, which no key types."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6")

from desktop.ui import mnemonics as mn
from tests.test_ui import demo_window, visit_all
from tests.test_ui_a11y import app  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("app")


def test_a_bracketed_key_moves_inside_its_brackets() -> None:
    text, key = mn.moved("邮政编码(&P)：", {"p"})
    assert (text, key) == ("邮政编码(&A)：", "a")
    text, key = mn.moved("下一步（&N）", {"n", "a", "b"})
    assert (text, key) == ("下一步（&C）", "c")


def test_brackets_go_when_every_key_is_taken() -> None:
    used = {k.casefold() for k in mn.BRACKET_KEYS}
    text, key = mn.moved("邮政编码(&P)：", used)
    assert (text, key) == ("邮政编码：", None)
    assert mn.current(text) is None


def test_an_ideograph_never_takes_a_mnemonic() -> None:
    assert not mn.typable("邮")
    assert not mn.typable("ا")
    assert mn.typable("Д") and mn.typable("ب") and mn.typable("7")
    text, key = mn.moved("&A 邮政", {"a"})
    assert key is None and mn.current(text) is None
    # Cyrillic and Latin labels still move to another letter of their own text.
    assert mn.moved("&Далее", {"д"}) == ("Д&алее", "а")


BRACKET_SHOWN = re.compile(r"[(（]&?([^)）&])[)）]")


@pytest.mark.gui
def test_chinese_labels_name_the_key_that_acts(qtbot, tmp_path) -> None:
    from desktop.ui.qt import QAbstractButton, QLabel

    window, _ = demo_window(qtbot, tmp_path, "zh")
    bad: list[str] = []
    bracketed = 0
    for sid, _page in visit_all(window):
        for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
            if not w.isVisibleTo(window):
                continue
            text = w.text()
            at = mn.current(text)
            shown = BRACKET_SHOWN.search(text)
            if at is not None and not mn.typable(text[at]):
                bad.append(f"{sid}: a key no keyboard has: {text}")
            if shown is None:
                continue
            bracketed += 1
            if at is None or text[at] != shown.group(1):
                bad.append(f"{sid}: brackets name a key that does not act: {text}")
    assert bracketed > 20
    assert bad == [], "\n".join(bad)

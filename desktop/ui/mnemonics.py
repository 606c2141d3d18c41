"""Alt+letter shortcuts that never clash, in every language.

The forms and translations give each button and labelled field a mnemonic
(« &Suivant »), but what a screen shows together depends on the step, the
situation and the language: seven « Ajouter » on the documents page, « Retour »
beside « Rédiger » in French, « Далее » beside « Дата » in Russian. Qt answers
an ambiguous Alt+letter by moving the focus between the candidates instead of
acting, so « Alt+S » stops meaning « Suivant ».

``resolve`` walks what a screen shows, most important first (the window's
Retour and Suivant, the header, then the page), keeps each mnemonic not yet
taken, and moves a clashing one to another letter of the same text (a word's
first letter first), or drops it when every letter is taken — as KDE's
accelerator manager does. Runs after every retranslation, page or screen change,
and when what a page shows changes (an answer shows more fields, an inspected file
its password button); not on every autosave.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop.ui.qt import QAbstractButton, QLabel, QWidget


def current(text: str) -> int | None:
    """Index in ``text`` of the character after the mnemonic's ``&`` (None: none)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return i + 1
        i += 1
    return None


def plain(text: str) -> str:
    """The text as shown: no mnemonic, ``&&`` as ``&``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def with_mnemonic(shown: str, index: int | None) -> str:
    """``shown`` (plain) with its ``&`` escaped and a mnemonic before ``index``."""
    out = []
    for i, ch in enumerate(shown):
        if i == index:
            out.append("&")
        out.append("&&" if ch == "&" else ch)
    return "".join(out)


# Never under these: the underline under a bare alef reads as a hamza (إ).
NOT_UNDER = frozenset("ا")
#: A Chinese (or Japanese) label names its key in brackets after the text
#: (« 邮政编码(&P)： »): no ideograph is one key on a keyboard.
BRACKETED = re.compile(r"[(（]&([^&])[)）]")
#: The keys a bracketed mnemonic may move to.
BRACKET_KEYS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def typable(ch: str) -> bool:
    """A character one key of a keyboard types (Alt+it): a letter or digit, not
    an ideograph or a syllable of a wide script, not a bare alef."""
    return ch.isalnum() and ch not in NOT_UNDER and unicodedata.east_asian_width(ch) not in "WF"


def candidates(shown: str) -> list[int]:
    """Letters a mnemonic may take: the first letter of each word, then the others."""
    usable = [i for i, ch in enumerate(shown) if typable(ch)]
    starts = [i for i in usable if i == 0 or not shown[i - 1].isalnum()]
    return starts + [i for i in usable if i not in starts]


def owners(root: QWidget, window: QWidget) -> list[QWidget]:
    """What under ``root`` carries a mnemonic a person can use now: shown buttons,
    and shown labels whose field is shown. Only the shown part of the tree is
    walked (a hidden widget's children are hidden too): the pages the window has
    built and does not show cost nothing."""
    out: list[QWidget] = []
    _shown_owners(root, window, out)
    return out


def _shown_owners(parent: QWidget, window: QWidget, out: list[QWidget]) -> None:
    # In the order of findChildren (depth first, a widget before its children). A
    # dialog is a window of its own: its Alt+letters do not act in this one.
    for w in parent.children():
        if not isinstance(w, QWidget) or w.isWindow() or not w.isVisibleTo(window):
            continue
        if isinstance(w, QAbstractButton):
            out.append(w)
        elif isinstance(w, QLabel):
            buddy = w.buddy()
            if buddy is not None and buddy.isVisibleTo(window) and "<" not in w.text():
                out.append(w)
        _shown_owners(w, window, out)


def resolve(widgets: Iterable[QWidget]) -> list[QWidget]:
    """Make the mnemonics of ``widgets`` (in priority order) unique; returns those
    whose text was changed."""
    used: set[str] = set()
    changed: list[QWidget] = []
    seen: set[int] = set()
    for w in widgets:
        if id(w) in seen or not isinstance(w, (QAbstractButton, QLabel)):
            continue
        seen.add(id(w))
        text = w.text()
        at = current(text)
        if at is None:
            continue
        key = text[at].casefold()
        if key not in used:
            used.add(key)
            continue
        text, taken = moved(text, used)
        if taken is not None:
            used.add(taken)
        w.setText(text)
        changed.append(w)
    return changed


def moved(text: str, used: set[str]) -> tuple[str, str | None]:
    """``text`` with its mnemonic moved to a key not in ``used`` (casefolded), and
    that key; without a mnemonic (and None) when every usable key is taken.

    A bracketed mnemonic (« 地址(&A)： ») changes the key the brackets name, so the
    label never shows a letter that no longer acts; with no key left the brackets
    go too."""
    bracket = BRACKETED.search(text)
    if bracket is not None:
        key = next((k for k in BRACKET_KEYS if k.casefold() not in used), None)
        if key is None:
            return text[: bracket.start()].rstrip() + text[bracket.end() :], None
        return text[: bracket.start(1)] + key + text[bracket.end(1) :], key.casefold()
    shown = plain(text)
    free = next((i for i in candidates(shown) if shown[i].casefold() not in used), None)
    return with_mnemonic(shown, free), None if free is None else shown[free].casefold()


def resolve_under(root: QWidget, first: Iterable[QWidget] = ()) -> list[QWidget]:
    """``resolve`` over what ``root``'s window shows under ``root``, ``first`` first."""
    window = root.window()
    keep = [w for w in first if w.isVisibleTo(window)]
    return resolve([*keep, *owners(root, window)])

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


def candidates(shown: str) -> list[int]:
    """Letters a mnemonic may take: the first letter of each word, then the others."""
    usable = [i for i, ch in enumerate(shown) if ch.isalnum() and ch not in NOT_UNDER]
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
        shown = plain(text)
        free = next((i for i in candidates(shown) if shown[i].casefold() not in used), None)
        if free is not None:
            used.add(shown[free].casefold())
        w.setText(with_mnemonic(shown, free))
        changed.append(w)
    return changed


def resolve_under(root: QWidget, first: Iterable[QWidget] = ()) -> list[QWidget]:
    """``resolve`` over what ``root``'s window shows under ``root``, ``first`` first."""
    window = root.window()
    keep = [w for w in first if w.isVisibleTo(window)]
    return resolve([*keep, *owners(root, window)])

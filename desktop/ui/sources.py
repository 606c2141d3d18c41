"""Where a rule comes from, shown calmly beside what it sets (issue 14 part 4).

One small line, « règle : CESEDA R.431-5 — vérifiée le 24/11/2026 », its official
text one click away; a mark in words (« ⚠ source peu sûre ») where the source is
weak or disputed; and « Détails », reached with Tab, for the whole text, the
warnings and every link. The words come from ``desktop.services.catalog``; a link
opens in the browser only when the person chooses it (the app makes no network
call itself), and only an http(s) address is opened.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.services.catalog import SourceView
from desktop.ui.qt import (
    QDesktopServices,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    Qt,
    QToolButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    translate,
)
from desktop.ui.style import COLOURS, escape

SOURCE_COLOUR = "#4a4f57"  # contrast 8:1 on white (WCAG AA for small text)
SMALL = 0.9  # the source line's font, against the interface's


def open_url(url: str) -> bool:
    """Open ``url`` in the person's browser (an http(s) address only)."""
    if not url.startswith(("https://", "http://")):
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


def ltr(text: str) -> str:
    """An address, a path or a file name kept left to right inside right-to-left text
    (LRI … PDI)."""
    return f"\u2066{text}\u2069"


def mark_html(view: SourceView) -> str:
    """The ⚠ mark in words, bold and coloured (the words carry it without colour)."""
    if not view.mark:
        return ""
    return f'<b style="color:{COLOURS["warning"]}">{escape(view.mark)}</b>'


def inline_html(view: SourceView) -> str:
    """A source under a problem inside a rich-text label: one small grey line and
    its mark."""
    mark = mark_html(view)
    line = f'<small style="color:{SOURCE_COLOUR}">{escape(view.line)}</small>'
    return line + (f" {mark}" if mark else "")


def _links_html(view: SourceView) -> list[str]:
    label = translate("Sources", "Lire la source")
    return [f'{escape(label)} : <a href="{escape(u)}">{ltr(escape(u))}</a>' for u in view.links]


def details_html(view: SourceView, caption: str = "") -> str:
    """The whole source: its text and date, the warnings, every link."""
    head = f"<b>{escape(caption)}</b><br/>" if caption else ""
    rows = [escape(view.full), *(f"<b>{escape(w)}</b>" for w in view.warnings)]
    rows += _links_html(view)
    return head + "<br/>".join(rows)


class SourceNote(QWidget):
    """A rule's source, compact: the line (with a link to the text), the mark, and
    « Détails » that shows the whole text, the warnings and every link. ``more``
    adds other sources to the details (a problem's rule on a piece's card)."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.view: SourceView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLabel(self)
        self.line.setObjectName(f"{name}_line")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.RichText)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.line.linkActivated.connect(open_url)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"{name}_details_button")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.toggle.toggled.connect(self._toggled)
        row.addWidget(self.line, 1)
        row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.details = QLabel(self)
        self.details.setObjectName(f"{name}_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        # Links reached with Tab and opened with Enter, once the details are shown.
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(open_url)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        for w in (self.line, self.details):
            font = w.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * SMALL)
            w.setFont(font)
            w.setStyleSheet(f"color:{SOURCE_COLOUR}")
        self._subject = ""
        self._caption = ""
        self._headline = ""
        self._more: list[tuple[str, SourceView]] = []
        self.setVisible(False)

    def show_source(
        self,
        view: SourceView | None,
        subject: str = "",
        caption: str = "",
        more: Sequence[tuple[str, SourceView]] = (),
        headline: str = "",
    ) -> None:
        """Show ``view`` (hidden when None and nothing else): ``subject`` names what
        it sets (for screen readers), ``caption`` goes before the line, ``more``
        adds captioned sources to the details, ``headline`` replaces the line (the
        review page: the date of the rules, the sources in the details)."""
        self.view = view
        self._subject, self._caption, self._headline = subject, caption, headline
        self._more = [(c, v) for c, v in more if view is None or v.dated != view.dated]
        self.retranslate()

    def retranslate(self) -> None:
        view, more = self.view, self._more
        if view is None and not more and not self._headline:
            self.setVisible(False)
            return
        self.setVisible(True)
        parts: list[str] = []
        plain: list[str] = []
        if self._caption:
            parts.append(f"<b>{escape(self._caption)}</b> —")
            plain.append(f"{self._caption} —")
        if self._headline:
            parts.append(escape(self._headline))
            plain.append(self._headline)
        elif view is not None:
            parts.append(escape(view.line))
            plain.append(view.plain)
            if view.links:
                label = translate("Sources", "lire la source")
                parts.append(f'· <a href="{escape(view.links[0])}">{escape(label)}</a>')
            if view.mark:
                parts.append(mark_html(view))
        self.line.setText(" ".join(parts))
        says_more = view is not None and (
            view.full != view.line or bool(view.warnings) or bool(view.links)
        )
        blocks = [details_html(view)] if view is not None and says_more else []
        blocks += [details_html(v, c) for c, v in more]
        self.details.setText("<br/><br/>".join(blocks))
        described = [view.description] if view is not None else []
        described += [f"{c}\n{v.description}" for c, v in more]
        description = "\n\n".join(described)
        self.line.setAccessibleName(" ".join(plain))
        self.line.setAccessibleDescription(description)
        self.line.setToolTip(description)
        subject = self._subject or self._caption
        name = translate("Sources", "Détails de la règle")
        self.toggle.setAccessibleName(f"{name} — {subject}" if subject else name)
        self.toggle.setAccessibleDescription(description)
        self.toggle.setToolTip(description)
        self.details.setAccessibleName(name)
        self.details.setAccessibleDescription(description)
        # « Détails » only when they say more than the line.
        more_to_say = bool(blocks) and (says_more or bool(more) or bool(self._headline))
        self.toggle.setVisible(more_to_say)
        if not more_to_say:
            self.toggle.setChecked(False)
        self._toggled(self.toggle.isChecked())

    def _toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle.setText(
            translate("Sources", "Masquer") if shown else translate("Sources", "Détails…")
        )

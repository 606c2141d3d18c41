"""Look and status signs: every status has a colour, a glyph (icon) and a
word, never colour alone."""

from __future__ import annotations

from desktop.ui.i18n import status_labels

GLYPHS = {"ok": "✔", "warning": "⚠", "error": "✖", "missing": "○", "not_required": "–"}
COLOURS = {
    "ok": "#1b6e35",
    "warning": "#7a4d00",
    "error": "#a40019",
    "missing": "#a40019",
    "not_required": "#555555",
}
SEVERITY_STATUS = {"error": "error", "warning": "warning", "info": "ok"}

STYLESHEET = """

QLabel[role="apptitle"] { font-weight: bold; }
QLabel[role="help"] { color: #444444; }
QLabel[role="piecetitle"] { font-weight: bold; }
QLabel[role="badge"] { background: #e4e9f1; color: #1d3557; border-radius: 9px; padding: 2px 9px; }
QLabel[role="problems"] { color: #a40019; }
QLabel[role="summary"] { background: #f2f5fa; border: 1px solid #c8d2e0; padding: 6px; }
QFrame[role="dropzone"] { border: 2px dashed #7f8ea3; border-radius: 6px; }
QFrame[role="dropzone"][hover="true"] { border: 2px solid #1d4f91; background: #e8f0fb; }
QFrame[role="undo"] { background: #fff8e1; border: 1px solid #b07000; border-radius: 4px; }
QFrame[role="piece"] { border: 1px solid #b8c2d0; border-radius: 6px; }
QFrame[role="piece"][status="error"], QFrame[role="piece"][status="missing"] {
    border: 2px solid #a40019; }
QFrame[role="piece"][status="warning"] { border: 2px solid #b07000; }
QFrame[role="piece"][status="ok"] { border: 2px solid #1b6e35; }
*[invalid="true"] { border: 2px solid #a40019; }
QListWidget#steps::item { padding: 6px; }
QListWidget#steps::item:selected { background: #1d4f91; color: white; }
QPushButton { padding: 5px 10px; }
QPushButton[role="primary"] { font-weight: bold; color: white; background: #1d4f91;
    border: 1px solid #163d70; border-radius: 4px; padding: 6px 14px; }
QPushButton[role="primary"]:disabled { background: #9aaccb; color: #eef2f8; }
QPushButton[role="primary"]:focus { border: 2px solid #0b2547; }
QPushButton[role="danger"] { color: #a40019; font-weight: bold; border: 2px solid #a40019;
    border-radius: 4px; background: #fff5f5; padding: 4px 10px; }
QFrame[role="lockbox"] { border: 1px solid #c8d2e0; border-radius: 6px; background: #f7f9fc; }
QLineEdit[role="generated"] { font-family: monospace; font-weight: bold; }
"""


TITLE_SCALE = 1.4


def stylesheet(base_point_size: float) -> str:
    """The application's style sheet; page titles (``role="title"``) 1.4 × the
    interface font, whatever the system's size."""
    size = base_point_size * TITLE_SCALE if base_point_size > 0 else 13.0
    return STYLESHEET + f'QLabel[role="title"] {{ font-weight: bold; font-size: {size:.1f}pt; }}\n'


def badge_html(status: str, text: str | None = None) -> str:
    """Glyph + word, coloured: the status reads without colour too."""
    word = text if text is not None else status_labels().get(status, status)
    colour = COLOURS.get(status, "#000000")
    return f'<span style="color:{colour}"><b>{GLYPHS.get(status, "")} {word}</b></span>'


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""« Recadrer la photo »: the detected outline drawn on a phone photo with four
corners a person can drag (or move with the keyboard), the cleaned page beside
it, and « Garder la photo telle quelle » one click away.

Detection and the cleaned preview run off the GUI thread (``Operation``); the
choice is stored in the dossier through ``services.files.set_scan_choice`` and
the build reads it. Corners are fractions of the upright photo (TL, TR, BR, BL).
"""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.ui.operations import Operation, Progress
from desktop.ui.qt import (
    QColor,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPen,
    QPixmap,
    QPointF,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

if TYPE_CHECKING:
    from desktop.ui.qt import QKeyEvent, QMouseEvent, QPaintEvent
    from desktop.ui.session import Session

Quad = list[list[float]]
DEFAULT_QUAD: Quad = [[0.08, 0.08], [0.92, 0.08], [0.92, 0.92], [0.08, 0.92]]
HANDLE_PX = 9
PREVIEW_PX = 900  # long side of the images the dialog works on
KEY_STEP = 0.005  # an arrow key moves the selected corner by half a percent


def pixmap_of(image: Any) -> QPixmap:
    """A Pillow image as a QPixmap (through PNG bytes: no shared buffer to outlive)."""
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "PNG")
    pix = QPixmap()
    pix.loadFromData(buf.getvalue(), "PNG")
    return pix


class CornerEditor(QWidget):
    """The photo with the document's outline; drag a corner, or Tab to a corner
    and move it with the arrow keys (Shift: ten times further)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 320)
        self.pixmap: QPixmap | None = None
        self.quad: Quad = [list(p) for p in DEFAULT_QUAD]
        self.selected = 0
        self._drag: int | None = None

    def set_photo(self, pixmap: QPixmap, quad: Quad | None) -> None:
        self.pixmap = pixmap
        self.quad = [list(p) for p in (quad or DEFAULT_QUAD)]
        self.update()

    def _frame(self) -> tuple[float, float, float, float]:
        """Where the photo is drawn: x, y, width, height (kept in proportion)."""
        if self.pixmap is None or self.pixmap.isNull():
            return 0.0, 0.0, float(self.width()), float(self.height())
        pw, ph = self.pixmap.width(), self.pixmap.height()
        scale = min(self.width() / pw, self.height() / ph)
        w, h = pw * scale, ph * scale
        return (self.width() - w) / 2, (self.height() - h) / 2, w, h

    def _point(self, i: int) -> QPointF:
        x, y, w, h = self._frame()
        return QPointF(x + self.quad[i][0] * w, y + self.quad[i][1] * h)

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y, w, h = self._frame()
        if self.pixmap is not None:
            p.drawPixmap(int(x), int(y), int(w), int(h), self.pixmap)
        pen = QPen(QColor("#1a73e8"))
        pen.setWidth(3)
        p.setPen(pen)
        pts = [self._point(i) for i in range(4)]
        for i in range(4):
            p.drawLine(pts[i], pts[(i + 1) % 4])
        for i, pt in enumerate(pts):
            p.setBrush(QColor("#ffb300") if i == self.selected else QColor("#ffffff"))
            p.drawEllipse(pt, HANDLE_PX, HANDLE_PX)
        p.end()

    def _nearest(self, pos: QPointF) -> int | None:
        best, dist = None, float(HANDLE_PX * 3) ** 2
        for i in range(4):
            pt = self._point(i)
            d = (pt.x() - pos.x()) ** 2 + (pt.y() - pos.y()) ** 2
            if d <= dist:
                best, dist = i, d
        return best

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._drag = self._nearest(e.position())
        if self._drag is not None:
            self.selected = self._drag
            self.update()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._drag is None:
            return
        x, y, w, h = self._frame()
        pos = e.position()
        self.move_corner(self._drag, (pos.x() - x) / w, (pos.y() - y) / h)

    def mouseReleaseEvent(self, _e: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self.changed.emit()

    def move_corner(self, i: int, fx: float, fy: float, *, emit: bool = False) -> None:
        self.quad[i] = [min(1.0, max(0.0, fx)), min(1.0, max(0.0, fy))]
        self.update()
        if emit:
            self.changed.emit()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        step = KEY_STEP * (10 if e.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        key = Qt.Key(e.key())
        if key in moves:
            dx, dy = moves[key]
            fx, fy = self.quad[self.selected]
            self.move_corner(self.selected, fx + dx, fy + dy, emit=True)
            return
        if key == Qt.Key.Key_Space:  # the next corner
            self.selected = (self.selected + 1) % 4
            self.update()
            return
        super().keyPressEvent(e)


class ScanDialog(QDialog):
    """Before (the photo and its outline) and after (the cleaned page), side by side."""

    def __init__(self, session: Session, rel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.checking import doc_hint
        from desktop.services.files import dossier_path, scan_choice

        self.session = session
        self.rel = rel
        self.path: Path = dossier_path(session.state.dossier, rel)
        # What the piece says the photo shows: the outline is found as the bundle and
        # intake find it (a card in perspective is a card).
        self.doc_hint = doc_hint(session.state.dossier, rel)
        choice = scan_choice(session.state.dossier, rel) or {}
        self.setWindowTitle(translate("ScanDialog", "Recadrer la photo"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        sides = QHBoxLayout()
        self.editor = CornerEditor(self)
        self.editor.setAccessibleName(translate("ScanDialog", "Photo et contour du document"))
        self.after = QLabel(self)
        self.after.setObjectName("after")
        self.after.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.after.setMinimumSize(320, 320)
        self.after.setAccessibleName(translate("ScanDialog", "Page nettoyée"))
        sides.addWidget(self.editor, 1)
        sides.addWidget(self.after, 1)
        layout.addLayout(sides, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.keep = QPushButton(translate("ScanDialog", "Garder la photo telle quelle"), self)
        self.auto = QPushButton(translate("ScanDialog", "Détection automatique"), self)
        self.use = QPushButton(translate("ScanDialog", "Utiliser ce cadrage"), self)
        self.use.setDefault(True)
        for b in (self.keep, self.auto):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.use)
        layout.addLayout(buttons)
        self.keep.clicked.connect(self.keep_as_taken)
        self.auto.clicked.connect(self.automatic)
        self.use.clicked.connect(self.use_corners)
        self.hint.setText(
            translate(
                "ScanDialog",
                "Faites glisser les quatre coins sur ceux du document (ou Tab, puis les "
                "flèches ; Espace passe au coin suivant). À droite : la page telle qu'elle "
                "sera déposée.",
            )
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._preview)
        self.editor.changed.connect(self._timer.start)
        self.op: Operation | None = None
        self._pending = False
        self.detection: dict[str, Any] | None = None
        self._start(choice.get("quad"))

    def _run(self, quad: Quad | None, first: bool) -> None:
        path, hint = self.path, self.doc_hint

        def work(_p: Progress, _c: threading.Event) -> tuple[Any, Any, Any]:
            from desktop.services.files import preview_scan

            return preview_scan(path, quad, long_side=PREVIEW_PX, hint=hint)

        def done(result: Any) -> None:
            self.op = None
            before, after, detection = result
            if first:
                self.detection = detection
                corners = quad or (detection or {}).get("quad")
                self.editor.set_photo(pixmap_of(before), corners)
                if detection is not None and quad is None:
                    self.status.setText(
                        translate(
                            "ScanDialog", "Document trouvé (confiance %1 %). Vérifiez les coins."
                        ).replace("%1", str(round(100 * float(detection.get("confidence", 0)))))
                    )
                elif quad is not None:
                    self.status.setText(translate("ScanDialog", "Votre cadrage enregistré."))
                if detection is None and quad is None:
                    self.status.setText(
                        translate(
                            "ScanDialog",
                            "Aucun document trouvé sur cette photo : elle sera déposée telle "
                            "quelle. Pour un meilleur résultat, posez le document sur une "
                            "surface sombre et photographiez-le de face.",
                        )
                    )
            self._show_after(after)
            if self._pending:
                self._pending = False
                self._preview()

        def failed(exc: Any) -> None:
            self.op = None
            from desktop.errors import UserError

            lang = self.session.state.lang
            self.status.setText(exc.message(lang) if isinstance(exc, UserError) else str(exc))

        self.op = Operation(work)
        self.op.signals.finished.connect(done)
        self.op.signals.failed.connect(failed)
        self.op.start(self.session.pool)

    def _start(self, quad: Quad | None) -> None:
        self.status.setText(translate("ScanDialog", "Recherche du document sur la photo…"))
        self._run(quad, first=True)

    def _preview(self) -> None:
        if self.op is not None:  # one at a time; the latest corners win
            self._pending = True
            return
        self._run([list(p) for p in self.editor.quad], first=False)

    def _show_after(self, image: Any) -> None:
        if image is None:
            self.after.setPixmap(QPixmap())
            self.after.setText(translate("ScanDialog", "(la photo telle quelle)"))
            return
        pix = pixmap_of(image)
        self.after.setPixmap(
            pix.scaled(
                self.after.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def wait(self, ms: int = 30000) -> bool:
        """For tests: let the running detection or preview finish."""
        return bool(self.session.pool.waitForDone(ms))

    # ----- the choice -----------------------------------------------------------------
    def _store(self, **choice: Any) -> None:
        from desktop.services.files import set_scan_choice

        set_scan_choice(self.session.state.dossier, self.rel, **choice)
        self.session.touch()

    def keep_as_taken(self) -> None:
        self._store(keep=True)
        self.accept()

    def automatic(self) -> None:
        self._store()
        self.accept()

    def use_corners(self) -> None:
        self._store(quad=[list(p) for p in self.editor.quad])
        self.accept()

"""A signature pad: mouse, touch or pen strokes kept as a QPainterPath, saved
as a transparent PNG (the letters stamp it on the French documents)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.qt import (
    QColor,
    QEvent,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QSize,
    QSizePolicy,
    Qt,
    QTouchEvent,
    QWidget,
    Signal,
    translate,
)

if TYPE_CHECKING:
    from desktop.ui.qt import QMouseEvent, QPaintEvent, QTabletEvent


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QPainterPath()
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(320, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("SignaturePad", "Zone de signature"))
        self.setAccessibleDescription(
            translate("SignaturePad", "Signez avec la souris, le doigt ou un stylet.")
        )

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    def is_empty(self) -> bool:
        return self.path.isEmpty()

    def clear(self) -> None:
        self.path = QPainterPath()
        self.update()
        self.changed.emit()

    # strokes -------------------------------------------------------------------------
    def _begin(self, p: QPointF) -> None:
        self._drawing = True
        self.path.moveTo(p)
        self.path.lineTo(p + QPointF(0.1, 0.1))
        self.update()

    def _extend(self, p: QPointF) -> None:
        if self._drawing:
            self.path.lineTo(p)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._begin(e.position())

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        self._extend(e.position())

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, e: QTabletEvent) -> None:
        t = e.type()
        if t == QEvent.Type.TabletPress:
            self._begin(e.position())
        elif t == QEvent.Type.TabletMove:
            self._extend(e.position())
        elif t == QEvent.Type.TabletRelease:
            self._end()
        e.accept()

    def event(self, e: QEvent) -> bool:
        t = e.type()
        if t in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = e.points() if isinstance(e, QTouchEvent) else []
            if points:
                p = points[0].position()
                if t == QEvent.Type.TouchBegin:
                    self._begin(p)
                elif t == QEvent.Type.TouchUpdate:
                    self._extend(p)
                else:
                    self._end()
            e.accept()
            return True
        return super().event(e)

    # drawing and export -------------------------------------------------------------------
    def _pen(self, scale: float = 1.0) -> QPen:
        pen = QPen(QColor("#10204a"), 2.4 * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QPen(QColor("#8899aa"), 1, Qt.PenStyle.DashLine))
        y = self.height() - 30
        p.drawLine(20, y, self.width() - 20, y)
        p.setPen(self._pen())
        p.drawPath(self.path)
        p.end()

    def to_image(self, scale: float = 3.0) -> QImage:
        """The strokes on a transparent background, cropped to the signature."""
        box = self.path.boundingRect().adjusted(-4, -4, 4, 4)
        size = QSize(max(1, int(box.width() * scale)), max(1, int(box.height() * scale)))
        img = QImage(size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(scale, scale)
        p.translate(-box.topLeft())
        p.setPen(self._pen())
        p.drawPath(self.path)
        p.end()
        return img

    def png_bytes(self) -> bytes:
        """The signature as PNG bytes (empty when it could not be encoded)."""
        from desktop.ui.qt import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stub types the format as bytes; PySide6 6.11 takes only str.
        ok = self.to_image().save(buf, "PNG")  # type: ignore[call-overload]
        buf.close()
        return bytes(data.data()) if ok else b""

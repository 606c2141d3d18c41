"""A signature pad: mouse, touch or pen strokes kept as a QPainterPath, saved
as a transparent PNG (the letters stamp it on the French documents).

Without a mouse, a finger or a pen: the name typed on the keyboard, written in an
italic hand (``set_typed``), or a photo or scan of a signature on paper
(``set_picture``: the paper made transparent, the ink kept, cropped)."""

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
        self.picture: QImage | None = None  # an imported signature (ink on transparent)
        self.typed = False  # the path holds a typed name's letters (filled, not stroked)
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
        return self.path.isEmpty() and self.picture is None

    def clear(self) -> None:
        self.path = QPainterPath()
        self.picture = None
        self.typed = False
        self.update()
        self.changed.emit()

    # keyboard and picture --------------------------------------------------------------
    def set_typed(self, name: str) -> bool:
        """The name, written across the pad in an italic hand (as outlines: it is
        stamped like strokes). False when there is nothing to write."""
        from desktop.ui.qt import QFont

        name = " ".join(name.split())
        if not name:
            return False
        font = QFont(self.font())
        font.setItalic(True)
        font.setPixelSize(44)
        path = QPainterPath()
        path.addText(QPointF(0, 0), font, name)
        box = path.boundingRect()
        room = max(self.width(), self.sizeHint().width()) - 40
        scale = min(1.0, room / box.width()) if box.width() > 0 else 1.0
        if scale < 1.0:  # a long name: smaller, still on the pad
            from desktop.ui.qt import QTransform

            path = QTransform().scale(scale, scale).map(path)
            box = path.boundingRect()
        baseline = max(self.height(), self.sizeHint().height()) - 34
        path.translate(20 - box.left(), baseline - box.bottom())
        self.path = path
        self.picture = None
        self.typed = True
        self.update()
        self.changed.emit()
        return True

    def set_picture(self, image: QImage) -> bool:
        """A photo or scan of a signature on paper: the paper becomes transparent,
        the ink stays (in the pad's ink colour), cropped to it. False when no ink
        was found (a blank or too pale picture)."""
        ink = signature_from_picture(image)
        if ink is None:
            return False
        self.picture = ink
        self.path = QPainterPath()
        self.typed = False
        self.update()
        self.changed.emit()
        return True

    # strokes -------------------------------------------------------------------------
    def _begin(self, p: QPointF) -> None:
        if self.typed or self.picture is not None:  # drawing by hand replaces them
            self.path = QPainterPath()
            self.picture = None
            self.typed = False
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
        pen = QPen(QColor(INK_COLOUR), 2.4 * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _draw_path(self, p: QPainter) -> None:
        if self.typed:  # letters: filled outlines
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(INK_COLOUR))
        else:
            p.setPen(self._pen())
        p.drawPath(self.path)

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QPen(QColor("#8899aa"), 1, Qt.PenStyle.DashLine))
        y = self.height() - 30
        p.drawLine(20, y, self.width() - 20, y)
        self._draw_path(p)
        if self.picture is not None:
            room = self.rect().adjusted(20, 8, -20, -8)
            size = self.picture.size().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
            p.drawImage(
                room.x(),
                room.y() + room.height() - size.height(),
                self.picture.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
        p.end()

    def to_image(self, scale: float = 3.0) -> QImage:
        """The strokes on a transparent background, cropped to the signature."""
        if self.picture is not None:
            return self.picture
        box = self.path.boundingRect().adjusted(-4, -4, 4, 4)
        size = QSize(max(1, int(box.width() * scale)), max(1, int(box.height() * scale)))
        img = QImage(size, QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(scale, scale)
        p.translate(-box.topLeft())
        self._draw_path(p)
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


# Grey levels of a photographed signature: paper at or above PAPER (transparent),
# ink at or below INK (opaque), a ramp between (smooth edges).
PAPER, INK = 175, 95
PICTURE_MAX_PX = 1600  # long side kept: more than a stamp needs


def signature_from_picture(image: QImage) -> QImage | None:
    """Ink of ``image`` on a transparent background, cropped (None: no ink).

    Qt does the pixel work: the grey picture becomes an 8-bit indexed one whose
    colour table maps each grey level to an alpha, then serves as alpha channel."""
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PICTURE_MAX_PX:
        image = image.scaled(
            PICTURE_MAX_PX,
            PICTURE_MAX_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    levels = grey.convertToFormat(QImage.Format.Format_Indexed8, [_grey(v) for v in range(256)])
    levels.setColorTable([_grey(_alpha(v)) for v in range(256)])
    alpha = levels.convertToFormat(QImage.Format.Format_Grayscale8)
    box = _ink_box(alpha)
    if box is None:
        return None
    x, y, w, h = box
    alpha = alpha.copy(x, y, w, h)
    out = QImage(w, h, QImage.Format.Format_ARGB32)
    out.fill(QColor(INK_COLOUR))
    out.setAlphaChannel(alpha)
    return out


INK_COLOUR = "#10204a"


def _grey(v: int) -> int:
    return 0xFF000000 | (v << 16) | (v << 8) | v


def _alpha(v: int) -> int:
    if v >= PAPER:
        return 0
    if v <= INK:
        return 255
    return round(255 * (PAPER - v) / (PAPER - INK))


def _ink_box(alpha: QImage, margin: int = 6) -> tuple[int, int, int, int] | None:
    """The rectangle holding the ink (alpha above a quarter), with a small margin;
    found on a reduced copy, so it costs a few thousand steps, not millions."""
    step = max(1, max(alpha.width(), alpha.height()) // 300)
    small = alpha.scaled(
        max(1, alpha.width() // step),
        max(1, alpha.height() // step),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    bpl, width = small.bytesPerLine(), small.width()
    data = bytes(small.constBits())[: bpl * small.height()]
    rows = [y for y in range(small.height()) if max(data[y * bpl : y * bpl + width]) > 64]
    if not rows:
        return None
    cols = [
        x for x in range(width) if any(data[y * bpl + x] > 64 for y in range(rows[0], rows[-1] + 1))
    ]
    x0 = max(0, cols[0] * step - margin)
    y0 = max(0, rows[0] * step - margin)
    x1 = min(alpha.width(), (cols[-1] + 1) * step + margin)
    y1 = min(alpha.height(), (rows[-1] + 1) * step + margin)
    return x0, y0, x1 - x0, y1 - y0

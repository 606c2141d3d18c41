"""Page thumbnails: PDFs through QPdfDocument, images through QImageReader
(EXIF orientation applied, decoded at reduced size)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from desktop.ui.qt import (
    HAS_PDF,
    QColor,
    QImage,
    QImageReader,
    QObject,
    QPdfDocument,
    QSize,
    Qt,
    Signal,
)

THUMB = QSize(96, 128)
MAX_PAGES = 12
_cache: dict[tuple[str, float, int], QImage] = {}


def _key(path: Path, page: int) -> tuple[str, float, int]:
    return (str(path), path.stat().st_mtime, page)


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5).startswith(b"%PDF")


def _decoded(path: Path, bound: QSize) -> QImage:
    """An image file decoded no larger than ``bound`` (aspect kept, EXIF orientation
    applied); a null image when unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    natural = reader.size()
    if natural.isValid() and (natural.width() > bound.width() or natural.height() > bound.height()):
        reader.setScaledSize(natural.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _rendered(path: Path, size: QSize, pages: range) -> tuple[list[QImage], int]:
    """The PDF's ``pages`` (those it has) rendered within ``size``, aspect kept, and
    its page count."""
    if not HAS_PDF:
        return [], 0
    doc = QPdfDocument()
    doc.load(str(path))
    count = doc.pageCount()
    out: list[QImage] = []
    for i in pages:
        if 0 <= i < count:
            pt = doc.pagePointSize(i)
            target = pt.toSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
            out.append(doc.render(i, target if pt.isValid() else size))
    doc.close()
    return out, count


def image_pages(path: Path) -> list[QImage]:
    img = _decoded(path, THUMB * 2)
    if img.isNull():
        return []
    return [
        img.scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    ]


def pdf_pages(path: Path) -> tuple[list[QImage], int]:
    return _rendered(path, THUMB, range(MAX_PAGES))


#: Pictures being read off the GUI thread (``prefetch``), and who to tell when done.
_pending: set[str] = set()
_pool: ThreadPoolExecutor | None = None


def prefetch(paths: list[Path], done: Any) -> None:
    """Read the thumbnails of pictures (not PDFs: pdfium is not thread-safe) on a
    background thread; ``thumbnails`` shows a blank card for them meanwhile, and
    ``done`` (a signal: Qt drops the connection when its object goes; or a
    callable) is triggered on the GUI thread when they are ready. A 12 MP photo
    takes 40 ms or more to decode: forty photos dropped at once froze the window."""
    global _pool
    todo = []
    for path in paths:
        try:
            if _is_pdf(path):
                continue
        except OSError:
            continue
        if str(path) not in _pending:
            _pending.add(str(path))
            todo.append(path)
    if not todo:
        return
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbs")
    notify = _Notify()
    notify.ready.connect(done, Qt.ConnectionType.QueuedConnection)
    _notifiers.append(notify)  # kept alive until it has told ``done``, then let go
    notify.ready.connect(lambda: _notifiers.remove(notify), Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        from desktop.ui.operations import lower_thread_priority

        lower_thread_priority()
        try:
            for path in todo:
                try:
                    if path.is_file():
                        pages = image_pages(path)
                        for i, img in enumerate(pages):
                            _cache[_key(path, i)] = img
                except OSError:
                    pass
                finally:
                    _pending.discard(str(path))
        finally:
            notify.ready.emit()

    _pool.submit(work)


class _Notify(QObject):
    ready = Signal()


_notifiers: list[_Notify] = []


def _placeholder() -> QImage:
    img = QImage(THUMB, QImage.Format.Format_RGB32)
    img.fill(QColor(236, 236, 236))
    return img


def thumbnails(path: Path) -> tuple[list[QImage], int]:
    """(page images, page count) for a file; cached by path and mtime. A picture
    still being read by ``prefetch``: one blank card."""
    if not path.is_file():
        return [], 0
    cached = _cached(path)
    if cached:
        return cached, len(cached)
    if str(path) in _pending:
        return [_placeholder()], 1
    if _is_pdf(path):
        pages, count = pdf_pages(path)
    else:
        pages = image_pages(path)
        count = len(pages)
    for i, img in enumerate(pages):
        _cache[_key(path, i)] = img
    return pages, count


def _cached(path: Path) -> list[QImage]:
    """The cached pages of ``path`` as it is now (by key, not a walk of the cache:
    a page with forty photos asks for each of them at every redraw)."""
    name, mtime, _ = _key(path, 0)
    out: list[QImage] = []
    while (img := _cache.get((name, mtime, len(out)))) is not None:
        out.append(img)
    return out


def state_of(path: Path) -> tuple[float, bool, int]:
    """What ``thumbnails`` would show for ``path``, in brief: (mtime, still being
    read, pages cached). A card whose files' states are unchanged need not redraw."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return (-1.0, False, 0)
    return (mtime, str(path) in _pending, len(_cached(path)))


def forget(path: Path) -> None:
    for k in [k for k in _cache if k[0] == str(path)]:
        del _cache[k]


def rotate_image_file(path: Path, degrees: int = 90) -> bool:
    """Turn the pixels of an image file (EXIF orientation applied first)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    fmt = bytes(reader.format().data()).decode() or "png"
    img = reader.read()
    if img.isNull():
        return False
    from desktop.ui.qt import QTransform

    turned = img.transformed(
        QTransform().rotate(degrees), Qt.TransformationMode.SmoothTransformation
    )
    # PySide6's stub types the format as bytes; PySide6 6.11 takes only str.
    ok = turned.save(str(path), fmt.upper(), 92)  # type: ignore[call-overload]
    forget(path)
    return bool(ok)


BADGE_COLOURS = {"ok": "#1b6e35", "warning": "#b07000", "error": "#a40019"}
BADGE_GLYPHS = {"ok": "✔", "warning": "!", "error": "✖"}


def badged(img: QImage, status: str, grey: bool = False) -> QImage:
    """A thumbnail with its page's status drawn in a corner (✔ ready, ! to check,
    ✖ refused); a refused file's pages greyed as well. Colour is never alone: the
    item's text carries the same sign."""
    from desktop.ui.qt import QColor, QPainter, QRect

    out = img.convertToFormat(QImage.Format.Format_Grayscale8) if grey else img.copy()
    out = out.convertToFormat(QImage.Format.Format_ARGB32)
    colour = BADGE_COLOURS.get(status)
    if colour is None:
        return out
    side = max(16, min(out.width(), out.height()) // 4)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("white"))
    painter.setBrush(QColor(colour))
    rect = QRect(out.width() - side - 2, 2, side, side)
    painter.drawEllipse(rect)
    font = painter.font()
    font.setPixelSize(int(side * 0.7))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), BADGE_GLYPHS[status])
    painter.end()
    return out


def page_image(path: Path, page: int, size: QSize) -> QImage:
    """One page of a file, large (the preview dialog): a PDF page rendered at ``size``
    (aspect kept), an image decoded at that size at most. A null image when unreadable."""
    if not _is_pdf(path):
        return _decoded(path, size)
    pages, _count = _rendered(path, size, range(page, page + 1))
    return pages[0] if pages else QImage()

"""Page thumbnails: PDFs through QPdfDocument, images through QImageReader
(EXIF orientation applied, decoded at reduced size)."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.qt import HAS_PDF, QImage, QImageReader, QPdfDocument, QSize, Qt

THUMB = QSize(96, 128)
MAX_PAGES = 12
_cache: dict[tuple[str, float, int], QImage] = {}


def _key(path: Path, page: int) -> tuple[str, float, int]:
    return (str(path), path.stat().st_mtime, page)


def image_pages(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        scaled = size.scaled(THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled)
    img = reader.read()
    if img.isNull():
        return []
    return [
        img.scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    ]


def pdf_pages(path: Path) -> tuple[list[QImage], int]:
    if not HAS_PDF:
        return [], 0
    doc = QPdfDocument()
    doc.load(str(path))
    count = doc.pageCount()
    out: list[QImage] = []
    for i in range(min(count, MAX_PAGES)):
        pt = doc.pagePointSize(i)
        size = (
            pt.toSize().scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio) if pt.isValid() else THUMB
        )
        out.append(doc.render(i, size))
    doc.close()
    return out, count


def thumbnails(path: Path) -> tuple[list[QImage], int]:
    """(page images, page count) for a file; cached by path and mtime."""
    if not path.is_file():
        return [], 0
    key = _key(path, -1)
    cached = [v for k, v in _cache.items() if k[:2] == key[:2]]
    if cached:
        return cached, len(cached)
    with path.open("rb") as fh:
        head = fh.read(5)
    if head.startswith(b"%PDF"):
        pages, count = pdf_pages(path)
    else:
        pages = image_pages(path)
        count = len(pages)
    for i, img in enumerate(pages):
        _cache[_key(path, i)] = img
    return pages, count


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

"""The one Qt import point of the hand-written UI code (Anki's ``aqt.qt``).

Everything else in ``desktop/ui`` imports Qt names from here, so a Qt upgrade
or a missing module is dealt with in one place. QtPdf is optional (previews
degrade to a text line without it).

Names are looked up on first use (PEP 562 ``__getattr__``): PySide6 builds a
Qt type and its enums the first time the type is asked for. Measured at the
first page (HACKING.md, "Start-up budget"): the ``Qt`` namespace alone costs
22–30 ms, the ~40 names the first page does not use 14–20 ms, and the PDF
modules (two more shared libraries) 3–13 ms. A name that is not listed below
is an ``AttributeError``, as with an explicit import.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

NAMES: dict[str, tuple[str, ...]] = {
    "QtCore": (
        "QBuffer",
        "QByteArray",
        "QCoreApplication",
        "QElapsedTimer",
        "QEvent",
        "QEventLoop",
        "QIODevice",
        "QLibraryInfo",
        "QLocale",
        "QMimeData",
        "QObject",
        "QPoint",
        "QPointF",
        "QRect",
        "QRunnable",
        "QSettings",
        "QSize",
        "QStandardPaths",
        "QStorageInfo",
        "Qt",
        "QThreadPool",
        "QTimer",
        "QTranslator",
        "QUrl",
        "Signal",
    ),
    "QtGui": (
        "QAction",
        "QColor",
        "QDesktopServices",
        "QDragEnterEvent",
        "QDropEvent",
        "QFontInfo",
        "QGuiApplication",
        "QIcon",
        "QImage",
        "QImageReader",
        "QKeySequence",
        "QPainter",
        "QPainterPath",
        "QPen",
        "QPixmap",
        "QPixmapCache",
        "QShortcut",
        "QTransform",
    ),
    "QtWidgets": (
        "QAbstractButton",
        "QAbstractItemView",
        "QApplication",
        "QButtonGroup",
        "QCheckBox",
        "QComboBox",
        "QDialog",
        "QFileDialog",
        "QFormLayout",
        "QFrame",
        "QInputDialog",
        "QLabel",
        "QLineEdit",
        "QListView",
        "QListWidgetItem",
        "QMainWindow",
        "QMessageBox",
        "QPlainTextEdit",
        "QProgressBar",
        "QPushButton",
        "QRadioButton",
        "QSizePolicy",
        "QToolButton",
        "QTreeWidgetItem",
        "QWidget",
    ),
    "QtPdf": ("QPdfDocument",),
    "QtPdfWidgets": ("QPdfView",),
}
_WHERE = {name: module for module, names in NAMES.items() for name in names}
_PDF_MODULES = ("QtPdf", "QtPdfWidgets")


def _import(module: str) -> Any:
    """Literal imports, so that PyInstaller's analysis (build.spec) and
    tests/test_packaging.py see every Qt module the UI uses."""
    if module == "QtCore":
        import PySide6.QtCore as found
    elif module == "QtGui":
        import PySide6.QtGui as found
    elif module == "QtWidgets":
        import PySide6.QtWidgets as found
    elif module == "QtPdf":
        import PySide6.QtPdf as found
    elif module == "QtPdfWidgets":
        import PySide6.QtPdfWidgets as found
    else:  # pragma: no cover - NAMES and this list disagree
        raise ImportError(f"desktop.ui.qt does not load PySide6.{module}")
    return found


def _has_pdf() -> bool:
    try:
        for module in _PDF_MODULES:
            _import(module)
    except ImportError:  # pragma: no cover - PySide6-Addons not installed
        return False
    return True


def __getattr__(name: str) -> Any:
    if name == "HAS_PDF":
        value: Any = _has_pdf()
    elif name == "PYSIDE_VERSION":
        from PySide6 import __version__ as value
    elif name in _WHERE:
        module = _WHERE[name]
        if module in _PDF_MODULES and not _has_pdf():  # pragma: no cover
            value = None
        else:
            value = getattr(_import(module), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # the next lookup is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE, "HAS_PDF", "PYSIDE_VERSION"])


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)

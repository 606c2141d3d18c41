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

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

NAMES: dict[str, tuple[str, ...]] = {
    "QtCore": (
        "QBuffer",
        "QByteArray",
        "QCoreApplication",
        "QDate",
        "QElapsedTimer",
        "QEvent",
        "QEventLoop",
        "QIODevice",
        "QItemSelectionModel",
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
        "QStringListModel",
        "Qt",
        "QThreadPool",
        "QTimer",
        "QTranslator",
        "QUrl",
        "Signal",
    ),
    "QtGui": (
        "QAction",
        "QCloseEvent",
        "QColor",
        "QDesktopServices",
        "QDragEnterEvent",
        "QDragLeaveEvent",
        "QDragMoveEvent",
        "QDropEvent",
        "QFont",
        "QFontDatabase",
        "QFontInfo",
        "QGuiApplication",
        "QIcon",
        "QImage",
        "QImageReader",
        "QKeyEvent",
        "QKeySequence",
        "QMouseEvent",
        "QPainter",
        "QPainterPath",
        "QPaintEvent",
        "QPen",
        "QPixmap",
        "QPixmapCache",
        "QResizeEvent",
        "QShortcut",
        "QShowEvent",
        "QTabletEvent",
        "QTouchEvent",
        "QTransform",
    ),
    "QtWidgets": (
        "QAbstractButton",
        "QAbstractItemView",
        "QApplication",
        "QButtonGroup",
        "QCalendarWidget",
        "QCheckBox",
        "QComboBox",
        "QCompleter",
        "QDialog",
        "QDialogButtonBox",
        "QFileDialog",
        "QFormLayout",
        "QFrame",
        "QHBoxLayout",
        "QInputDialog",
        "QLabel",
        "QLineEdit",
        "QListView",
        "QListWidget",
        "QListWidgetItem",
        "QMainWindow",
        "QMessageBox",
        "QPlainTextEdit",
        "QProgressBar",
        "QPushButton",
        "QRadioButton",
        "QScrollArea",
        "QSizePolicy",
        "QToolButton",
        "QTreeWidgetItem",
        "QVBoxLayout",
        "QWidget",
    ),
    "QtPdf": ("QPdfDocument",),
    "QtPdfWidgets": ("QPdfView",),
}

if TYPE_CHECKING:
    # What mypy sees: every name of NAMES imported from its real module, so the UI is
    # checked against PySide6's stubs. Never run: at run time the names stay lazy
    # (``__getattr__`` below). tests/test_ui.py checks that it lists NAMES.
    # (F401: the names are re-exported, for the rest of desktop/ui.)
    from PySide6.QtCore import (  # noqa: F401
        QBuffer,
        QByteArray,
        QDate,
        QElapsedTimer,
        QEvent,
        QEventLoop,
        QIODevice,
        QItemSelectionModel,
        QLibraryInfo,
        QLocale,
        QMimeData,
        QObject,
        QPoint,
        QPointF,
        QRect,
        QRunnable,
        QSettings,
        QSize,
        QStandardPaths,
        QStorageInfo,
        QStringListModel,
        Qt,
        QThreadPool,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
    )
    from PySide6.QtGui import (  # noqa: F401
        QAction,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QDragEnterEvent,
        QDragLeaveEvent,
        QDragMoveEvent,
        QDropEvent,
        QFont,
        QFontDatabase,
        QFontInfo,
        QGuiApplication,
        QIcon,
        QImage,
        QImageReader,
        QKeyEvent,
        QKeySequence,
        QMouseEvent,
        QPainter,
        QPainterPath,
        QPaintEvent,
        QPen,
        QPixmap,
        QPixmapCache,
        QResizeEvent,
        QShortcut,
        QShowEvent,
        QTabletEvent,
        QTouchEvent,
        QTransform,
    )
    from PySide6.QtPdf import QPdfDocument  # noqa: F401
    from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
    from PySide6.QtWidgets import (  # noqa: F401
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QButtonGroup,
        QCalendarWidget,
        QCheckBox,
        QComboBox,
        QCompleter,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QHBoxLayout,
        QInputDialog,
        QLabel,
        QLineEdit,
        QListView,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSizePolicy,
        QToolButton,
        QTreeWidgetItem,
        QVBoxLayout,
        QWidget,
    )

    HAS_PDF: bool
    PYSIDE_VERSION: str

_WHERE = {name: module for module, names in NAMES.items() for name in names}
_PDF_MODULES = ("QtPdf", "QtPdfWidgets")


def _import(module: str) -> ModuleType:
    """Literal imports, so that PyInstaller's analysis (build.spec) and
    tests/test_packaging.py see every Qt module the UI uses."""
    if module == "QtCore":
        import PySide6.QtCore

        return PySide6.QtCore
    if module == "QtGui":
        import PySide6.QtGui

        return PySide6.QtGui
    if module == "QtWidgets":
        import PySide6.QtWidgets

        return PySide6.QtWidgets
    if module == "QtPdf":
        import PySide6.QtPdf

        return PySide6.QtPdf
    if module == "QtPdfWidgets":
        import PySide6.QtPdfWidgets

        return PySide6.QtPdfWidgets
    raise ImportError(f"desktop.ui.qt does not load PySide6.{module}")  # pragma: no cover


def _has_pdf() -> bool:
    try:
        for module in _PDF_MODULES:
            _import(module)
    except ImportError:  # pragma: no cover - PySide6-Addons not installed
        return False
    return True


def _resolve(name: str) -> object:
    """``__getattr__``: the value of a listed name, kept as a plain module attribute."""
    value: object
    if name == "HAS_PDF":
        value = _has_pdf()
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


# Hidden from mypy: a module ``__getattr__`` would make every unknown name (a typo)
# an ``Any`` to it; it sees the names of the TYPE_CHECKING block above instead.
if not TYPE_CHECKING:
    __getattr__ = _resolve


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE, "HAS_PDF", "PYSIDE_VERSION"])


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)

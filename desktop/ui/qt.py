"""The one Qt import point of the hand-written UI code (Anki's ``aqt.qt``).

Everything else in ``desktop/ui`` imports Qt names from here, so a Qt upgrade
or a missing module is dealt with in one place. QtPdf is optional (previews
degrade to a text line without it).

Names are looked up on first use (PEP 562 ``__getattr__``): PySide6 builds a
Qt type and its enums the first time the type is asked for (the ``Qt``
namespace alone costs about 15 ms), and the PDF modules load two more shared
libraries. A name that is not listed below is an ``AttributeError``, as with
an explicit import.
"""

from __future__ import annotations

import sys
from typing import Any

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
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def _pin_none() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11: every call of a Qt method that
    returns nothing (``setText``, ``setData``, ``polish``…) hands back ``None``
    without a new reference (harmless on 3.12+, where None is immortal). On 3.11
    None's count falls by one per call and the process aborts with "none_dealloc"
    after some ten thousand calls (some calls do the same with True and False).
    Give these singletons a count no session can exhaust. Only where it is needed:
    the pinned 6.11 does not do it, and ctypes is one more import at start-up."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    from PySide6 import __version_info__ as version  # PySide6 is imported next anyway

    if tuple(version[:2]) < (6, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


def _skip_feature_scan() -> None:
    """PySide6 reads the source of every module named by an import statement once
    it is loaded (``inspect.getsource``, looking for the text "PySide6"), to know
    which modules may use ``from __feature__ import snake_case``; about 45 files,
    ~5 ms of every start (bench/bench_startup.py). This app never uses
    ``__feature__`` (tests/test_ui.py checks), so the answer does not matter:
    say "ignore this module" (PySide6's own value for modules without PySide6
    in their source) without reading anything. Skipped if PySide6 changes."""
    import PySide6  # noqa: F401 - installs the import hook (and is needed next anyway)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return  # pragma: no cover - another PySide6 layout: it keeps reading sources

    def _mod_uses_pyside(module: Any) -> bool:
        return False

    feature._mod_uses_pyside = _mod_uses_pyside


_skip_feature_scan()
_pin_none()

"""The one Qt import point of the hand-written UI code (Anki's ``aqt.qt``).

Everything else in ``desktop/ui`` imports Qt names from here, so a Qt upgrade
or a missing module is dealt with in one place. QtPdf is optional (previews
degrade to a text line without it).
"""

# ruff: noqa: F401
import sys

# Explicit names, not ``import *``: a star import makes PySide6 build every Qt
# type and enum up front, which costs about 90 ms of start-up (bench_startup.py).
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QIODevice,
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
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFontInfo,
    QGuiApplication,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPixmapCache,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QTreeWidgetItem,
    QWidget,
)

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAS_PDF = True
except ImportError:  # pragma: no cover - PySide6-Pdf not installed
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]
    HAS_PDF = False

from PySide6 import __version__ as PYSIDE_VERSION


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def _pin_none() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11: every call of a Qt method that
    returns nothing (``setText``, ``setData``, ``polish``…) hands back ``None``
    without a new reference (harmless on 3.12+, where None is immortal). On 3.11
    None's count falls by one per call and the process aborts with "none_dealloc"
    after some ten thousand calls (some calls do the same with True and False).
    Give these singletons a count no session can exhaust."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_pin_none()

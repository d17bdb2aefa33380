"""While she types the passphrase, the storage stack and the window's modules load in the
background, so that "Lås opp" waits only for the key, the record and the first page.

The main thread waits for the loading to end before it imports any of these itself, so the
two never import at the same time.
"""

from __future__ import annotations

import importlib
import threading

MODULES = (
    "psykhelse_desktop.services.trust.vault",
    "sqlalchemy.dialects.sqlite",  # otherwise imported by the engine made after "Lås opp"
    "psykhelse_desktop.ui.main_window",
    "psykhelse_desktop.ui.dialogs.backup_auto",
    "psykhelse_desktop.ui.dialogs.backup_damaged",
)

# Qt classes the window's first paint touches from C++ for the first time; PySide6 makes each
# one's Python enums then (about 0.1 s in all), so they are made here instead, while she types.
QT_CLASSES = {
    "PySide6.QtWidgets": (
        "QStyle QStyleOption QStyleOptionViewItem QStyleOptionComplex QAbstractItemView "
        "QTreeView QHeaderView QGraphicsItem QScroller QScrollerProperties QGesture "
        "QSwipeGesture QGraphicsScene QGraphicsView QStackedLayout QFormLayout QSizePolicy "
        "QMessageBox QAbstractItemDelegate QFileDialog QFrame QAbstractSpinBox QTabWidget "
        "QTabBar QLineEdit QTextEdit QPlainTextEdit QAbstractScrollArea QDialogButtonBox "
        "QToolButton QComboBox QCompleter QAbstractSlider QDateTimeEdit QMainWindow QToolBar "
        "QLayout QBoxLayout QGridLayout QAbstractButton QListView QTableView"
    ),
    "PySide6.QtGui": (
        "QGradient QImage QIcon QSurface QPlatformSurfaceEvent QTextDocument QInputDevice "
        "QPointingDevice QMovie QPainter QTextFormat QTextCharFormat QTextOption QFont "
        "QPalette QAccessible QValidator QKeySequence QAction QWindow QTextCursor "
        "QSessionManager QPixmap QColor QImageReader QPageLayout QPageSize QPainterPath"
    ),
    "PySide6.QtCore": (
        "QProcess QFileDevice QByteArray QSharedMemory QLibrary QAbstractAnimation QTimeLine "
        "QItemSelectionModel QAbstractItemModel QIODevice QFile QDir QLocale QThread "
        "QEventLoop QMetaMethod QDateTime QUrl QAbstractEventDispatcher QSortFilterProxyModel"
    ),
    "PySide6.QtNetwork": "QLocalSocket QLocalServer QAbstractSocket",
}

_loading: threading.Thread | None = None
# Set when the modules are loaded; the Qt types are made after that, and nobody waits for them.
_imported = threading.Event()


def start_loading() -> None:
    """Start once per process; later calls do nothing."""
    global _loading
    if _loading is None:
        _loading = threading.Thread(target=_load, name="forhandslasting")
        _loading.start()


def still_loading() -> bool:
    return _loading is not None and not _imported.is_set()


def wait_until_loaded() -> None:
    """Returns at once when nothing was started or the modules are loaded."""
    if _loading is not None:
        _imported.wait()


def _load() -> None:
    try:
        if not _import_modules():
            return
    finally:
        _imported.set()
    _make_qt_types()


def _import_modules() -> bool:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            # The main thread imports it again when it needs it, and reports the error there.
            return False
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # otherwise done by the first query after unlock
    return True


def _make_qt_types() -> None:
    for module_name, names in QT_CLASSES.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in names.split():
            getattr(module, name, None)

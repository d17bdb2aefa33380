"""The Qt side of starting: the application object, unlock or first start, the crash box."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ..domain.errors import UserError
from ..paths import AppPaths
from .change_bus import ChangeBus
from .dialogs.unlock import FirstStartDialog, UnlockDialog
from .texts import domain_text

if TYPE_CHECKING:
    from ..services.database import Database

# Writes a crash to the log without field values: exception type and traceback only.
CrashRecorder = Callable[[type[BaseException], TracebackType | None], None]


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Psykhelse Desktop")
    return app


def ask_for_database(paths: AppPaths) -> Database | None:
    """The unlock dialog, or the first-start dialog when there is no record yet."""
    dialog = UnlockDialog(paths) if paths.database.exists() else FirstStartDialog(paths)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.database


def demo_banner(passphrase: str) -> str:
    text = _tr("Demodatabase med oppdiktede personer. Passord: %s. Alt slettes når vinduet lukkes.")
    return text % passphrase


def show_window(app: QApplication, db: Database, banner: str = "") -> int:
    """The main window until she closes it; the exit code."""
    from .main_window import MainWindow  # after unlock: keeps the start quick

    window = MainWindow(db, ChangeBus(), banner=banner)
    if banner:
        window.setWindowTitle(window.windowTitle() + " – " + _tr("DEMO"))
    window.show()
    return app.exec()


def install_excepthook(log_dir: Path, record: CrashRecorder) -> None:
    sys.excepthook = ExceptionReporter(log_dir, record)


class ExceptionReporter:
    """The sys.excepthook: expected errors shown plainly; others recorded, then one message."""

    def __init__(self, log_dir: Path, record: CrashRecorder):
        self.log_dir, self.record = log_dir, record
        self.showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, UserError):
            self._show(_tr("Kunne ikke fullføre"), domain_text(error.message))
            return
        self.record(kind, tb)
        text = _tr(
            "Noe uventet gikk galt. Det du allerede har lagret, er trygt. "
            "Feilen er skrevet i loggen i %s. Lagre arbeidet ditt og start programmet på nytt "
            "hvis vinduet oppfører seg rart."
        )
        self._show(_tr("Uventet feil"), text % self.log_dir)

    def _show(self, title: str, text: str) -> None:
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            QMessageBox.critical(None, title, text)
        finally:
            self.showing = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("start", text)

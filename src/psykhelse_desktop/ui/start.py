"""The Qt side of starting: one window per record, unlock or first start, the crash box.

The window runs in a loop: a restore (Fil → Gjenopprett fra sikkerhetskopi…) closes it, puts the
backup in place while no window holds the record, and opens a new window on the result.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..paths import AppPaths
from ..resources import FONT_FAMILY, font_files
from ..translations import remembered_language
from . import preload
from .change_bus import ChangeBus
from .dialogs.unlock import FirstStartDialog, UnlockDialog
from .single_instance import WindowLock
from .texts import domain_text, fill
from .translator import install_translations

if TYPE_CHECKING:
    from ..services.database import Database
    from .main_window import MainWindow

# Writes a crash to the log without field values and returns what it wrote (type and frames).
CrashRecorder = Callable[[type[BaseException], TracebackType | None], str]
RESTORE = "restore"


def application() -> QApplication:
    """The application, with Qt's own texts in bokmål. Qt's own file dialog everywhere: the
    platform's may speak the system's language, Qt's speaks the program's."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Psykhelse Desktop")
    install_translations(app)
    use_document_font(app)
    return app


def use_document_font(app: QApplication) -> None:
    """The window in the same font as the PDFs, so a name looks the same on screen and paper."""
    try:
        files = font_files()
    except FileNotFoundError:  # a plain pip install on a system without DejaVu: Qt's own font
        return
    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in files.values()]
    if all(font_id >= 0 for font_id in loaded):
        font = app.font()
        font.setFamily(FONT_FAMILY)
        app.setFont(font)


def claim_record(paths: AppPaths) -> WindowLock | None:
    """The record's lock, or None when another window has it (that window is woken)."""
    lock = WindowLock(paths)
    if lock.acquire():
        lock.on_wake = bring_forward
        return lock
    if not lock.wake_other():
        text = QCoreApplication.translate(
            "start",
            "Journalen i %1 er i bruk av et annet program (prosess %2), for eksempel en "
            "gjenoppretting som pågår. Vent til det er ferdig, og start på nytt.",
        )
        QMessageBox.information(
            None,
            QCoreApplication.translate("start", "Journalen er i bruk"),
            fill(text, paths.data_dir, lock.holder()),
        )
    return None


def bring_forward() -> None:
    """A second start asked for the window: show it (or the dialog in front of it)."""
    window = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()), None
    )
    if window is not None:
        window.showNormal()
        window.raise_()
        window.activateWindow()


def ask_for_database(paths: AppPaths) -> Database | None:
    """Unlock; or the first start; or, where a record's files lie but not its database, a
    plain refusal with the way back from a backup."""
    from ..services.trust.folder import found_record_files, prepare_folder, record_files_message

    prepare_folder(paths)  # a killed first creation or restore is finished or undone first
    install_translations(QCoreApplication.instance(), remembered_language(paths.data_dir))
    found = [] if paths.database.exists() else found_record_files(paths)
    if found:
        return _record_files_found(paths, record_files_message(paths, found))
    dialog = unlock_dialog(paths)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.database


def unlock_dialog(paths: AppPaths) -> UnlockDialog | FirstStartDialog:
    """Unlock, or the very first start where there is no record yet."""
    return UnlockDialog(paths) if paths.database.exists() else FirstStartDialog(paths)


def _record_files_found(paths: AppPaths, message: str) -> Database | None:
    from .dialogs.backup_damaged import restore_with

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("start", "Fant filer fra en journal"),
        domain_text(message),
    )
    restore = box.addButton(
        QCoreApplication.translate("start", "Gjenopprett fra sikkerhetskopi…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    close = box.addButton(
        QCoreApplication.translate("start", "Avslutt"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    return restore_with(None, paths, "", False)


def demo_banner(passphrase: str) -> str:
    text = QCoreApplication.translate(
        "start",
        "Demodatabase med oppdiktede personer. Passord: %1. Alt slettes når vinduet lukkes.",
    )
    return fill(text, passphrase)


def show_window(
    app: QApplication, db: Database, banner: str = "", *, automatic: bool = False
) -> int:
    """The main window until she closes it (a restore opens a new one); the exit code."""
    preload.wait_until_loaded()
    from .dialogs.backup_auto import backup_on_close
    from .dialogs.backup_damaged import restore_with

    while True:
        window = main_window(db, banner)
        safekeeping = _safekeeping(db, window, automatic)
        window.show()
        code = app.exec()
        if safekeeping is not None:
            safekeeping.stop()
        window.deleteLater()
        if getattr(window, "after_close", None) != RESTORE:
            if automatic:
                backup_on_close(db)
            return code
        restored = restore_with(None, db.paths, "", False, before_replace=db.close)
        if restored is not None:
            db = restored


def main_window(db: Database, banner: str) -> MainWindow:
    """The main window on an open record; a demo or a read-only record says so on top."""
    preload.wait_until_loaded()
    from .dialogs.backup_damaged import READ_ONLY_BANNER
    from .main_window import MainWindow  # loaded while she typed: keeps the start quick

    shown = banner or (domain_text(READ_ONLY_BANNER) if getattr(db, "read_only", False) else "")
    from .language_menu import use_record_language  # reads the record: after the passphrase

    use_record_language(db)  # before the window is made: its texts are read as it is built
    window = MainWindow(db, ChangeBus(), banner=shown)
    if banner:
        window.setWindowTitle(
            window.windowTitle() + " – " + QCoreApplication.translate("start", "DEMO")
        )
    return window


def _safekeeping(db: Database, window: QWidget, automatic: bool):  # noqa: ANN202
    from ..services.trust.record import OpenRecord
    from .dialogs.backup_auto import Safekeeping

    return Safekeeping(db, window, automatic=automatic) if isinstance(db, OpenRecord) else None


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
            self._show(
                lambda: QMessageBox.critical(
                    None,
                    QCoreApplication.translate("start", "Kunne ikke fullføre"),
                    domain_text(error.message),
                )
            )
            return
        details = self.record(kind, tb)
        self._show(lambda: CrashDialog(self.log_dir, details).exec())

    def _show(self, show: Callable[[], object]) -> None:
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            show()
        finally:
            self.showing = False


class CrashDialog(QDialog):
    """ "Noe uventet gikk galt", and "Kopier detaljer": only the type and where it happened."""

    def __init__(self, log_dir: Path, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(QCoreApplication.translate("start", "Uventet feil"))
        text = QCoreApplication.translate(
            "start",
            "Noe uventet gikk galt. Det du allerede har lagret, er trygt, og programmet "
            "fortsetter. Feilen er skrevet i loggen i %1 (uten navn eller tekst du har "
            "skrevet). Lagre arbeidet ditt, og start programmet på nytt hvis vinduet oppfører "
            "seg rart. «Kopier detaljer» kopierer bare hva slags feil det var og hvor i "
            "programmet, til den som hjelper deg.",
        )
        self.text = QLabel(fill(text, log_dir))
        self.text.setWordWrap(True)
        self.copied = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy = buttons.addButton(
            QCoreApplication.translate("start", "Kopier detaljer"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        copy.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.copied, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(
            QCoreApplication.translate(
                "start", "Detaljene er kopiert. Lim dem inn i en e-post eller melding."
            )
        )

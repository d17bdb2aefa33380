"""Where a file goes and what she is told: the save dialog starts in the last folder of that
kind (or in Documents), and every save ends with "Lagret: FILE" and "Åpne mappen"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services.database import Database
from ...services.save_folders import last_folder, remember_folder
from ..texts import fill

FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("save_place", "PDF-filer (*.pdf)"),
    "csv": QT_TRANSLATE_NOOP("save_place", "CSV-filer (*.csv)"),
    "ics": QT_TRANSLATE_NOOP("save_place", "Kalenderfiler (*.ics)"),
}


def documents_folder() -> Path:
    """The user's Documents folder (Dokumenter), or the home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(db: Database, kind: str) -> Path:
    return last_folder(db, kind) or documents_folder()


def ask_save_path(
    parent: QWidget | None, db: Database, kind: str, title: str, file_name: str
) -> Path | None:
    """The file she chose (with its ending), its folder remembered; None if she cancelled."""
    suggested = start_folder(db, kind) / f"{file_name}.{kind}"
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(FILTERS[kind]))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(f".{kind}") else f"{chosen}.{kind}")
    remember_folder(db, kind, path.parent)
    return path


def ask_folder(parent: QWidget | None, db: Database, kind: str, title: str) -> Path | None:
    """A folder she chose for several files of one kind, remembered; None if she cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(db, kind)))
    if not chosen:
        return None
    remember_folder(db, kind, Path(chosen))
    return Path(chosen)


def saved_box(parent: QWidget | None, path: Path, note: str = "") -> QMessageBox:
    """ "Lagret: FILE" (and a note), with "Åpne mappen" beside OK."""
    text = fill(QCoreApplication.translate("save_place", "Lagret: %1"), path) + (
        f"\n\n{note}" if note else ""
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("save_place", "Lagret"),
        text,
        parent=parent,
    )
    opener = box.addButton(
        QCoreApplication.translate("save_place", "Åpne mappen"), QMessageBox.ButtonRole.ActionRole
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
    opener.clicked.connect(lambda: open_folder(path.parent))
    return box


def show_saved(parent: QWidget, path: Path, note: str = "") -> QMessageBox:
    """Shown beside the window, not in her way: she may go on working and close it later."""
    box = saved_box(parent, path, note)
    box.setObjectName("savedNotice")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("save_place", text)

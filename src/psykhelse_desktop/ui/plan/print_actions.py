"""Printing from the plan page: save a document as PDF, or open it from a private temp folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ...domain.errors import UserError
from ...domain.plan_vocabulary import DocumentKind
from ...services.database import Database
from ..texts import domain_text

TEMP_PREFIX = "psykhelse-utskrift-"


class PrintFolder:
    """A folder only the nurse can read, made on first use and removed on close (or at exit)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        atexit.register(self.remove)

    def file_for(self, name: str) -> Path:
        if self.path is None or not self.path.exists():
            self.path = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
            os.chmod(self.path, 0o700)
        return self.path / name

    def remove(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None


class PrintMenu(QMenu):
    """Five documents, each saved as PDF or opened in the PDF reader."""

    def __init__(
        self,
        db: Database,
        current: Callable[[], tuple[int, str] | None],
        folder: PrintFolder,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.current, self.folder = db, current, folder
        for kind in DocumentKind:
            menu = self.addMenu(domain_text(kind.title))
            menu.addAction(self.tr("Lagre som PDF..."), lambda k=kind: self.save_as(k))
            menu.addAction(self.tr("Åpne i PDF-leser"), lambda k=kind: self.open_in_viewer(k))

    def save_as(self, kind: DocumentKind) -> Path | None:
        found = self.current()
        if found is None:
            return None
        user_id, name = found
        suggested = str(Path.home() / f"{domain_text(kind.title)} – {name}.pdf")
        target, _ = QFileDialog.getSaveFileName(
            self.parentWidget(), self.tr("Lagre som PDF"), suggested, self.tr("PDF-filer (*.pdf)")
        )
        if not target:
            return None
        target_path = Path(target if target.lower().endswith(".pdf") else f"{target}.pdf")
        return self._print(user_id, kind, target_path)

    def open_in_viewer(self, kind: DocumentKind) -> Path | None:
        found = self.current()
        if found is None:
            return None
        path = self._print(found[0], kind, self.folder.file_for(f"{kind.value}-{found[0]}.pdf"))
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _print(self, user_id: int, kind: DocumentKind, target: Path) -> Path | None:
        from ...printing.documents import print_document  # reportlab loads on the first print

        try:
            return print_document(self.db, user_id, kind, target)
        except (UserError, OSError) as exc:
            text = domain_text(exc.message) if isinstance(exc, UserError) else self._os_text(exc)
            QMessageBox.warning(self.parentWidget(), self.tr("Kunne ikke skrive ut"), text)
            return None

    def _os_text(self, exc: OSError) -> str:
        return self.tr("Kunne ikke skrive filen. Velg en annen mappe. (%s)") % (exc.strerror or "")

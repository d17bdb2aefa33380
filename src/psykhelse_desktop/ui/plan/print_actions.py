"""Printing from the plan page: preview, save as PDF, or open from a private temp folder.

Saved and opened files go into the ledger; a preview only once a copy of it is saved or opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ...domain.errors import UserError
from ...domain.os_errors import os_error_text
from ...domain.plan_vocabulary import DocumentKind
from ...services.database import Database
from ..texts import domain_text, fill
from ..widgets.long_work import WorkStopped, run_long
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.print_folder import PrintFolder
from ..widgets.save_place import ask_save_path, show_saved

if TYPE_CHECKING:
    from ...printing.ledger_note import PrintedFile


class PrintMenu(QMenu):
    """Five documents, each previewed, saved as PDF or opened in the PDF reader."""

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
            menu.addAction(self.tr("Forhåndsvis..."), lambda k=kind: self.preview(k))
            menu.addAction(self.tr("Lagre som PDF..."), lambda k=kind: self.save_as(k))
            menu.addAction(self.tr("Åpne i PDF-leser"), lambda k=kind: self.open_in_viewer(k))

    def save_as(self, kind: DocumentKind) -> Path | None:
        found = self.current()
        if found is None:
            return None
        user_id, name = found
        target = ask_save_path(self.parentWidget(), self.db, "pdf", self.tr("Lagre som PDF"),
                               f"{domain_text(kind.title)} – {name}")  # fmt: skip
        saved = None if target is None else self._send(user_id, kind, target)
        if saved is not None:
            show_saved(self.parentWidget(), saved)
        return saved

    def open_in_viewer(self, kind: DocumentKind) -> Path | None:
        """Recorded first (it can be printed from the reader), then opened."""
        found = self.current()
        if found is None:
            return None
        path = self._send(found[0], kind, self.folder.file_for(f"{kind.value}-{found[0]}.pdf"))
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def preview(self, kind: DocumentKind) -> Path | None:
        """Print into the private folder and show the pages, with save-as and open."""
        found = self.current()
        if found is None:
            return None
        target = self.folder.file_for(f"{kind.value}-{found[0]}.pdf")
        printed = self._guarded(lambda: self._write(found[0], kind, target))
        if printed is None:
            return None
        name = f"{domain_text(kind.title)} – {found[1]}"
        preview = PdfPreviewDialog(printed.path, name, self.parentWidget(),
                                   db=self.db, note=printed.note)  # fmt: skip
        preview.exec()
        return printed.path

    def _write(self, user_id: int, kind: DocumentKind, target: Path) -> PrintedFile:
        """A preview, not recorded; reportlab loads on the first print."""
        from ...printing.documents import write_document

        return write_document(self.db, user_id, kind, target)

    def _send(self, user_id: int, kind: DocumentKind, target: Path) -> Path | None:
        """Printed to `target` and recorded in the ledger (before it gets its name)."""
        from ...printing.documents import print_document

        def work() -> Path:
            return print_document(self.db, user_id, kind, target)

        return self._guarded(lambda: run_long(self.parentWidget(), self.tr("Skriver ut…"), work))

    def _guarded(self, call):  # noqa: ANN001, ANN202
        """The call's result, or None after a plain message."""
        try:
            return call()
        except WorkStopped:  # an unexpected error, already reported
            return None
        except (UserError, OSError) as exc:
            text = domain_text(exc.message) if isinstance(exc, UserError) else self._os_text(exc)
            QMessageBox.warning(self.parentWidget(), self.tr("Kunne ikke skrive ut"), text)
            return None

    def _os_text(self, exc: OSError) -> str:
        return fill(
            self.tr("Kunne ikke skrive filen. Velg en annen mappe. (%1)"), os_error_text(exc)
        )

"""The access log and the copy for innsyn as PDF: printed off the window's thread, then previewed.

The preview is not in the ledger; a copy saved or opened from it is (pdf_preview.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.access import ACCESS_LOG_TITLE, RECORD_COPY_TITLE
from ...services.database import Database
from ..dialogs.backup_worker import BackgroundJob
from ..texts import domain_text
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.print_folder import PrintFolder

if TYPE_CHECKING:
    from ...printing.ledger_note import PrintedFile


class PersonPrints(QObject):
    """Prints one document at a time; `busy` says when one starts and ends (for the buttons)."""

    busy = Signal(bool)
    shown = Signal(object)  # the preview dialog, once it is open (tests answer it)

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self.db, self.page = db, parent
        self.folder = PrintFolder()
        self.job: BackgroundJob | None = None

    def access_log(self, user_id: int, name: str) -> None:
        from ...printing.person_documents import write_access_log

        target = self.folder.file_for(f"tilgangslogg-{user_id}.pdf")
        title = f"{ACCESS_LOG_TITLE} – {name}"
        self._run(lambda: write_access_log(self.db, user_id, target), title)

    def record_copy(self, user_id: int, name: str) -> None:
        from ...printing.person_documents import write_record

        target = self.folder.file_for(f"innsyn-{user_id}.pdf")
        title = f"{RECORD_COPY_TITLE} – {name}"
        self._run(lambda: write_record(self.db, user_id, target), title)

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def wait(self) -> None:
        if self.job is not None:
            self.job.wait()

    def close_down(self) -> None:
        self.wait()
        self.folder.remove()

    def _run(self, work: Callable[[], PrintedFile], title: str) -> None:
        if self.running():
            return
        self.busy.emit(True)
        done = lambda printed: self._preview(printed, title)  # noqa: E731
        self.job = BackgroundJob(work, done, self._failed, self).start()

    def _preview(self, printed: PrintedFile, title: str) -> None:
        self.busy.emit(False)
        dialog = PdfPreviewDialog(Path(printed.path), title, self.page, db=self.db,
                                  note=printed.note)  # fmt: skip
        self.shown.emit(dialog)
        dialog.exec()

    def _failed(self, message: str) -> None:
        self.busy.emit(False)
        if message:
            QMessageBox.warning(self.page, self.tr("Kunne ikke skrive ut"), domain_text(message))

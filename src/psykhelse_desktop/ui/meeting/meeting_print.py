"""The meeting's documents: invitation letters, agenda with attendance list, and the minutes.

Each can be previewed or saved as PDF. The minutes first show who receives them; once saved,
the nurse is asked whether to lock them as printed. Reportlab loads on the first print.
A saved PDF is recorded in the ledger; a preview only once a copy of it is saved or opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from ...domain.errors import UserError
from ...domain.group_vocabulary import LockReason, MeetingStatus
from ...domain.os_errors import os_error_text
from ...services.database import Database
from ...services.meetings import meetings
from ...services.meetings.meeting_editing import MeetingSheet
from ...services.meetings.meeting_pack import invited_without_address
from ..texts import date_text, domain_text, fill
from ..widgets.long_work import WorkStopped, run_long
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.print_folder import PrintFolder
from ..widgets.save_place import ask_folder, ask_save_path, show_saved
from .recipients_dialog import RecipientsDialog

if TYPE_CHECKING:
    from ...printing.ledger_note import PrintedFile

MINUTES = "minutes"


class MeetingPrintMenu(QMenu):
    """`before_print()` saves what is typed (False stops); `locked` after the minutes lock."""

    locked = Signal()

    def __init__(
        self,
        db: Database,
        folder: PrintFolder,
        before_print: Callable[[], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.folder, self.before_print = db, folder, before_print
        self.sheet: MeetingSheet | None = None
        self.titles = {
            "invitation": self.tr("Innkalling"),
            "agenda": self.tr("Saksliste"),
            MINUTES: self.tr("Referat"),
        }
        captions = {
            "invitation": self.tr("Innkalling (ett brev per medlem)"),
            "agenda": self.tr("Saksliste med oppmøteliste"),
            MINUTES: self.tr("Referat"),
        }
        for kind, caption in captions.items():
            menu = self.addMenu(caption)
            menu.addAction(self.tr("Forhåndsvis..."), lambda k=kind: self.preview(k))
            if kind == "invitation":
                menu.addAction(self.tr("Lagre alle brevene i én PDF..."), self.save_invitation)
                menu.addAction(self.tr("Lagre én PDF per mottaker..."), self.save_letters)
            else:
                menu.addAction(self.tr("Lagre som PDF..."), lambda k=kind: self.save_as(k))
        self.addSeparator()
        self.lock_action = self.addAction(self.tr("Lås referatet som sendt..."), self.lock_as_sent)

    def show_sheet(self, sheet: MeetingSheet) -> None:
        """The meeting (and version) the menu prints from now."""
        self.sheet = sheet
        self.lock_action.setEnabled(self._lockable())

    def _lockable(self) -> bool:
        sheet = self.sheet
        held = sheet is not None and sheet.status is MeetingStatus.HELD
        return held and sheet.is_current and not sheet.is_locked

    def preview(self, kind: str) -> Path | None:
        """Print into the private folder (not recorded) and show the pages."""
        if not self._ready(kind):
            return None
        target = self.folder.file_for(f"{kind}-{id(self)}.pdf")
        printed = self._print(kind, target)
        if printed is None:
            return None
        dialog = PdfPreviewDialog(printed.path, self._file_name(kind), self.parentWidget(),
                                  db=self.db, note=printed.note)  # fmt: skip
        if kind == MINUTES:
            dialog.saved.connect(lambda _: self.offer_lock())
        dialog.exec()
        return printed.path

    def save_as(self, kind: str) -> Path | None:
        if not self._ready(kind):
            return None
        target_path = ask_save_path(self.parentWidget(), self.db, "pdf",
                                    self.tr("Lagre som PDF"), self._file_name(kind))  # fmt: skip
        if target_path is None or self._print(kind, target_path, record=True) is None:
            return None
        show_saved(self.parentWidget(), target_path)
        if kind == MINUTES:
            self.offer_lock()
        return target_path

    def save_invitation(self) -> Path | None:
        return self.save_as("invitation")

    def save_letters(self) -> list[Path] | None:
        """One PDF per invited member in a folder she picks, each recorded in the ledger."""
        if not self._ready("invitation"):
            return None
        title = self.tr("Velg mappe for innkallingene")
        folder = ask_folder(self.parentWidget(), self.db, "pdf", title)
        if folder is None:
            return None
        from ...printing.meeting_documents import print_invitation_letters

        meeting_id = self.sheet.meeting_id
        try:
            return self._long(lambda: print_invitation_letters(self.db, meeting_id, folder))
        except WorkStopped:  # an unexpected error, already reported
            return None
        except (UserError, OSError) as exc:
            is_user = isinstance(exc, UserError)
            self._warn(domain_text(exc.message) if is_user else self._os_text(exc))
            return None

    def offer_lock(self) -> None:
        """After the minutes are saved as PDF: lock them as printed, if the nurse says so."""
        if not self._lockable():
            return
        question = self.tr(
            "Referatet er lagret som PDF. Vil du låse det som skrevet ut? Et låst referat kan "
            "ikke endres; en rettelse blir en ny, merket versjon."
        )
        if self._ask(self.tr("Låse referatet?"), question):
            self._lock(LockReason.PRINTED)

    def lock_as_sent(self) -> None:
        if not self._lockable() or not self.before_print():
            return
        question = self.tr(
            "Lås referatet som sendt? Det kan ikke endres etterpå; en rettelse blir en ny, "
            "merket versjon."
        )
        if self._ask(self.tr("Låse referatet?"), question):
            self._lock(LockReason.SENT)

    def _lock(self, how: LockReason) -> None:
        try:
            meetings.lock_minutes(self.db, self.sheet.meeting_id, how)
        except UserError as exc:
            QMessageBox.warning(
                self.parentWidget(), self.tr("Kunne ikke låse"), domain_text(exc.message)
            )
            return
        self.locked.emit()

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self.parentWidget(), title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _ready(self, kind: str) -> bool:
        """Saved, and for the minutes: the nurse has seen who receives them."""
        if self.sheet is None or not self.before_print():
            return False
        if kind == "invitation":
            return self._addresses_checked()
        if kind != MINUTES:
            return True
        recipients = meetings.minutes_recipients(self.db, self.sheet.meeting_id)
        dialog = RecipientsDialog(recipients, self.parentWidget())
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _addresses_checked(self) -> bool:
        """Names who has no postal address; she prints anyway or goes back (the default)."""
        missing = invited_without_address(self.db, self.sheet.meeting_id)
        if not missing:
            return True
        question = fill(
            self.tr(
                "Disse mangler postadresse: %1. Brevet til dem får ingen adresse i vinduet på "
                "konvolutten. Skrive ut likevel?"
            ),
            ", ".join(missing),
        )
        box = QMessageBox.question(
            self.parentWidget(), self.tr("Adresse mangler"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return box == QMessageBox.StandardButton.Yes

    def _print(self, kind: str, target: Path, *, record: bool = False) -> PrintedFile | Path | None:
        """A preview (PrintedFile), or with `record` the file recorded in the ledger before it
        gets its name (its Path); None after a message."""
        from ...printing import meeting_documents as documents

        version = None if self.sheet.is_current else self.sheet.version
        meeting_id, document = self.sheet.meeting_id, documents.MeetingDocumentKind(kind)
        write = documents.print_meeting_document if record else documents.write_meeting_document
        try:
            return self._long(lambda: write(self.db, meeting_id, document, target, version=version))
        except WorkStopped:  # an unexpected error, already reported
            return None
        except (UserError, OSError) as exc:
            is_user = isinstance(exc, UserError)
            self._warn(domain_text(exc.message) if is_user else self._os_text(exc))
            return None

    def _long(self, work: Callable[[], object]) -> object:
        """Off the window's thread, with a progress dialog if it lasts (writing: no Avbryt)."""
        return run_long(self.parentWidget(), self.tr("Skriver ut…"), work)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.parentWidget(), self.tr("Kunne ikke skrive ut"), text)

    def _os_text(self, exc: OSError) -> str:
        return fill(
            self.tr("Kunne ikke skrive filen. Velg en annen mappe. (%1)"), os_error_text(exc)
        )

    def _file_name(self, kind: str) -> str:
        sheet = self.sheet
        day = date_text(sheet.starts_at.date()) if sheet else ""
        name = sheet.person_name if sheet else ""
        return f"{self.titles[kind]} – {name} {day}"

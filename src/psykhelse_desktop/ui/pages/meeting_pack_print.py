"""The meeting pack from the radar: invitation letters and agenda saved as PDFs in one folder.

Both files leave the program, so both are recorded in the ledger. Reportlab loads on the
first print, not with the window.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.errors import UserError
from ...domain.os_errors import os_error_text
from ...services.database import Database
from ..texts import date_text, domain_text
from ..widgets.long_work import WorkStopped, run_long


def pack_file_names(person_name: str, day: dt.date | None) -> tuple[str, str]:
    """The invitation's and the agenda's file names: 'Innkalling – Åse Øvrebø 24.11.2026.pdf'."""
    about = f"{person_name} {date_text(day)}".strip()
    invitation = QCoreApplication.translate("meeting_pack", "Innkalling")
    agenda = QCoreApplication.translate("meeting_pack", "Saksliste")
    return f"{invitation} – {about}.pdf", f"{agenda} – {about}.pdf"


def write_meeting_pack(
    db: Database, meeting_id: int, folder: Path, names: tuple[str, str]
) -> list[Path]:
    """Invitation and agenda into `folder`, each recorded; UserError or OSError on failure."""
    from ...printing.meeting_documents import MeetingDocumentKind, print_meeting_document

    kinds = (MeetingDocumentKind.INVITATION, MeetingDocumentKind.AGENDA)
    return [
        print_meeting_document(db, meeting_id, kind, folder / name)
        for kind, name in zip(kinds, names, strict=True)
    ]


def print_meeting_pack(
    db: Database, meeting_id: int, names: tuple[str, str], parent: QWidget
) -> list[Path] | None:
    """Ask for a folder and write the pack there; a plain message when that fails."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("meeting_pack", "Velg mappe for innkalling og saksliste"),
        str(Path.home()),
    )
    if not folder:
        return None
    try:

        def work() -> list[Path]:
            return write_meeting_pack(db, meeting_id, Path(folder), names)

        text = QCoreApplication.translate("meeting_pack", "Skriver ut…")
        return run_long(parent, text, work)
    except WorkStopped:  # an unexpected error, already reported
        return None
    except UserError as exc:
        text = domain_text(exc.message)
    except OSError as exc:
        text = QCoreApplication.translate(
            "meeting_pack", "Kunne ikke skrive filene i %1. Velg en annen mappe. (%2)"
        )
        text = text.replace("%1", folder).replace("%2", os_error_text(exc))
    QMessageBox.warning(
        parent, QCoreApplication.translate("meeting_pack", "Kunne ikke skrive ut møtepakken"), text
    )
    return None

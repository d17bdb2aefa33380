"""Print a journal extract for a chosen period (last three months unless changed) to preview.

The extract holds the signed entries with their addenda, so the text can be carried to the
municipality's EPJ. Reportlab loads on the first print.
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...domain.errors import UserError, ValidationFailed
from ...domain.os_errors import os_error_text
from ...services.clock import oslo_today
from ...services.database import Database
from ..dialogs.form_dialog import FormDialog
from ..texts import date_text, fill
from ..widgets.date_field import DateField
from ..widgets.print_folder import PrintFolder

if TYPE_CHECKING:
    from ...printing.ledger_note import PrintedFile

DEFAULT_MONTHS = 3


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` months earlier (the last day of a shorter month)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last_day))


class ExtractDialog(FormDialog):
    """The period; "Forhåndsvis" writes the PDF to `path` (private folder), named by `title`."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        person_name: str,
        folder: PrintFolder,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(fill(self.tr("Journalutdrag – %1"), person_name), parent)
        self.discard_question = ""  # choices for a file, nothing to lose
        self.db, self.user_id, self.person_name, self.folder = db, user_id, person_name, folder
        self.path: Path | None = None
        self.printed: PrintedFile | None = None
        self.title = ""
        today = today or oslo_today()
        self.set_intro(
            self.tr(
                "Utdraget viser de signerte notatene i perioden, med tillegg. Utkast kommer ikke "
                "med. Utskriften blir ført i utleveringsloggen."
            )
        )
        start = months_before(today, DEFAULT_MONTHS)
        self.first = self.add_field("first", self.tr("Fra og med"), DateField(start))
        self.last = self.add_field("last", self.tr("Til og med"), DateField(today))
        self.set_save_text(self.tr("&Forhåndsvis"))
        self.setMinimumWidth(520)

    def _title(self, first: dt.date, last: dt.date) -> str:
        """The suggested file name: what, for whom, which period."""
        title = self.tr("Journalutdrag – %1 %2")
        period = f"{date_text(first)}–{date_text(last)}"
        return title.replace("%1", self.person_name).replace("%2", period)

    def save(self) -> None:
        first = self.read_date("first", self.first)
        last = self.read_date("last", self.last)
        self.check_dates()
        problems = {}
        if first is None:
            problems["first"] = self.tr("Skriv første dag i perioden.")
        if last is None:
            problems["last"] = self.tr("Skriv siste dag i perioden.")
        if problems:
            raise ValidationFailed(problems)
        self.printed = self._print(first, last)
        self.path = self.printed.path
        self.title = self._title(first, last)

    def _print(self, first: dt.date, last: dt.date) -> PrintedFile:
        """A preview in the private folder; the ledger records only a copy that leaves."""
        from ...printing.journal_documents import write_journal_extract

        target = self.folder.file_for(f"journalutdrag-{self.user_id}.pdf")
        try:
            return write_journal_extract(self.db, self.user_id, first, last, target)
        except OSError as exc:
            text = self.tr("Kunne ikke skrive utdraget. Sjekk at det er plass på disken. (%1)")
            raise UserError(fill(text, os_error_text(exc))) from exc

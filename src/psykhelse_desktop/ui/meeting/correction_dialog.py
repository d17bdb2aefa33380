"""Correct locked minutes: say what is corrected and why; a new, marked version opens."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...services.database import Database
from ...services.meetings import meetings
from ..dialogs.form_dialog import FormDialog


class CorrectionDialog(FormDialog):
    """`version` is the new version's number after saving."""

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Rett referatet"), parent)
        self.db, self.meeting_id, self.version = db, meeting_id, 0
        self.set_intro(
            self.tr(
                "Referatet er skrevet ut eller sendt og kan ikke endres. En rettelse blir en ny "
                "versjon, merket som rettet. Den låste versjonen blir tatt vare på."
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.add_field("reason", self.tr("Hva rettes, og hvorfor"), self.reason)
        self.set_save_text(self.tr("Lag rettet versjon"))
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.version = meetings.correct_minutes(self.db, self.meeting_id, self.reason.toPlainText())

"""A written PDF and what the ledger will say about it once a copy really leaves the program.

A preview is written into a private temporary folder and is not recorded; only a copy the
nurse saves, or opens in the PDF reader (where it can be printed), goes into the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.ledger_vocabulary import PRINTED
from ..services.database import Database
from ..services.reports import ledger


@dataclass(frozen=True)
class LedgerNote:
    """The ledger's words for a printed document: what it is, for whom, about whom."""

    what: str
    service_user_id: int | None = None
    meeting_id: int | None = None
    recipient: str = ""

    def record(self, db: Database, path: Path) -> ledger.LedgerRow:
        """Record the file at `path` (its own SHA-256); UserError when it cannot be read."""
        return ledger.record_printed_file(
            db, path, PRINTED, self.what, self.recipient, self.service_user_id,
            meeting_id=self.meeting_id,
        )  # fmt: skip


@dataclass(frozen=True)
class PrintedFile:
    """A PDF on disk, not yet in the ledger."""

    path: Path
    note: LedgerNote

    def record(self, db: Database) -> Path:
        self.note.record(db, self.path)
        return self.path

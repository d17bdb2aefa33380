"""A written PDF and what the ledger will say about it once a copy really leaves the program.

A preview is written into a private temporary folder and is not recorded; only a copy the
nurse saves, or opens in the PDF reader (where it can be printed), goes into the ledger, and it
is recorded before it gets its final name (services/reports/outgoing.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..services.database import Database
from ..services.reports.outgoing import PRINT_PREFIX, LedgerNote, send_file

__all__ = ["LedgerNote", "PrintedFile", "send_printed"]


@dataclass(frozen=True)
class PrintedFile:
    """A PDF on disk, not yet in the ledger."""

    path: Path
    note: LedgerNote

    def record(self, db: Database) -> Path:
        self.note.record(db, self.path)
        return self.path


def send_printed(db: Database, target: Path, write: Callable[[Path], PrintedFile]) -> Path:
    """Print through `write` under a temporary name beside `target`, record it, then rename."""
    send_file(db, target, lambda temp: write(temp).note, PRINT_PREFIX)
    return Path(target)

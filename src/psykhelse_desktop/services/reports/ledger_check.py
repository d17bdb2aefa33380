"""Check a file against the ledger: does its SHA-256 match a file the program recorded?

The nurse can hold a file that turned up (on a stick, in an e-mail) against the ledger and see
whether it is exactly what she sent, to whom and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import UserError
from ..database import Database
from . import ledger

CANNOT_READ = "Kunne ikke lese filen {name}. Sjekk at den finnes og at minnepinnen står i."


@dataclass(frozen=True)
class FileCheck:
    """The file's own size and SHA-256, and the ledger rows (newest first) with the same."""

    path: Path
    byte_count: int
    sha256: str
    matches: list[ledger.LedgerRow]


def check_file(db: Database, path: Path) -> FileCheck:
    """Hash the file and look it up; UserError (in Norwegian) when it cannot be read."""
    try:
        size, sha256 = ledger.file_digest(Path(path))
    except OSError as exc:
        raise UserError(CANNOT_READ.format(name=Path(path).name)) from exc
    return FileCheck(Path(path), size, sha256, ledger.entries_with_digest(db, sha256))

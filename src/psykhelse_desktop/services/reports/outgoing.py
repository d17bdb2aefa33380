"""A file that leaves the program is recorded in the ledger before it gets its final name.

The order, for every CSV, PDF and calendar file: write it under a temporary name in the target's
folder (inside a hidden staging folder such as `.utskrift-3f9a…/`, so whatever temporary files
the writer makes itself are inside it too), fsync, hash, commit the ledger row, rename it to the
final name, fsync the folder. A failure before the rename removes the staging folder. A kill
leaves at worst a staging folder whose file is already in the ledger (a recorded file that was
never finished), never a final file without a row. Each staging folder is first noted in the
data folder (`filer-underveis/`), so the next start (`leftovers.remove_leftovers`) removes what a
killed run left, wherever it was being written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import UserError
from ...domain.ledger_vocabulary import LedgerKind
from ...storage.files import make_private_dir, sync_dir, sync_file
from ..database import Database
from . import ledger
from .leftovers import (
    CALENDAR_PREFIX,
    COPY_PREFIX,
    EXPORT_PREFIX,
    PENDING_FOLDER,
    PRINT_PREFIX,
    TEMP_PREFIXES,
)

__all__ = [
    "CALENDAR_PREFIX", "COPY_PREFIX", "EXPORT_PREFIX", "PRINT_PREFIX", "TEMP_PREFIXES",
    "LedgerNote", "send_bytes", "send_file", "staged",
]  # fmt: skip

CANNOT_WRITE = (
    "Kunne ikke skrive filen {name} i {folder}. Ingenting ble skrevet. Sjekk at mappen finnes "
    "(at minnepinnen står i), at du har skrivetilgang og at disken ikke er full, og prøv igjen "
    "eller velg en annen mappe."
)
CANNOT_NOTE = (
    "Datamappen kan ikke skrives til (er disken full?), så filen ble ikke laget. "
    "Frigjør plass og prøv igjen."
)


@dataclass(frozen=True)
class LedgerNote:
    """What the ledger will say about a file: what it is, for whom, about whom."""

    what: str
    service_user_id: int | None = None
    meeting_id: int | None = None
    recipient: str = ""
    kind: LedgerKind = LedgerKind.PRINTED_PDF
    row_count: int | None = None
    person_ids: Sequence[int] = ()

    def record(self, db: Database, path: Path, *, named: Path | None = None) -> ledger.LedgerRow:
        """Record the file at `path` (its own size and SHA-256) under the name `named`."""
        try:
            size, sha256 = ledger.file_digest(Path(path))
        except OSError as exc:
            raise UserError(ledger.CANNOT_READ.format(name=Path(path).name)) from exc
        user_id = self.service_user_id
        if self.meeting_id is not None and user_id is None:
            user_id = ledger.meeting_user(db, self.meeting_id)
        return ledger.record(
            db, self.kind, self.what, self.recipient, named or Path(path), self.row_count,
            size, sha256, user_id, person_ids=self.person_ids,
        )  # fmt: skip


def send_file(
    db: Database, target: Path, write: Callable[[Path], LedgerNote], prefix: str = PRINT_PREFIX
) -> ledger.LedgerRow:
    """`write(temporary path)` writes the file and says what it is; then record, then rename."""
    target = Path(target)
    with staged(db.db_path.parent, target, prefix) as temp:
        note = write(temp)
        sync_file(temp)
        row = note.record(db, temp, named=target)
        os.replace(temp, target)
    sync_dir(target.parent)
    return row


def send_bytes(
    db: Database, target: Path, data: bytes, note: LedgerNote, prefix: str
) -> ledger.LedgerRow:
    """`send_file` for a file already in memory (a CSV, a calendar)."""

    def write(temp: Path) -> LedgerNote:
        temp.write_bytes(data)
        return note

    return send_file(db, target, write, prefix)


@contextlib.contextmanager
def staged(data_dir: Path, target: Path, prefix: str) -> Iterator[Path]:
    """A temporary path (in a new staging folder beside `target`), noted in the data folder
    first; the staging folder is removed afterwards whatever happened, and the note with it.
    OSError becomes a plain UserError."""
    stage = target.parent / f"{prefix}{secrets.token_hex(6)}"
    marker = _note_pending(data_dir, stage)
    try:
        _make_stage(stage, target)
        yield stage / target.name
    except OSError as exc:
        raise UserError(CANNOT_WRITE.format(name=target.name, folder=target.parent)) from exc
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        marker.unlink(missing_ok=True)


def _note_pending(data_dir: Path, stage: Path) -> Path:
    """A small file naming the process and the staging folder, fsynced before it is made."""
    marker = data_dir / PENDING_FOLDER / f"{stage.name}.txt"
    try:
        make_private_dir(marker.parent)
        handle = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(f"{os.getpid()}\n{stage}\n")
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        raise UserError(CANNOT_NOTE) from exc
    return marker


def _make_stage(stage: Path, target: Path) -> None:
    if not target.parent.is_dir():
        raise FileNotFoundError(target.parent)
    stage.mkdir(mode=0o700)

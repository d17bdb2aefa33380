"""The ledger (utleveringsloggen): every file that really left the program, and its SHA-256.

A file is recorded after it is written whole and before it gets its final name (outgoing.py
keeps that order). The ledger row and its audit event are written in one transaction; the table
is append-only (SQLite triggers refuse changes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import UserError
from ...domain.ledger_vocabulary import LedgerKind, kind_label
from ...storage import models as m
from ...storage.daily_models import LedgerEntry
from ..clock import aware_oslo
from ..database import Database

DEFAULT_LIMIT = 200
AUDIT_ACTIONS = {
    LedgerKind.PRINTED_PDF.value: "document_print",
    LedgerKind.CALENDAR_ICS.value: "calendar_export",
}
CANNOT_READ = "Fant ikke filen {name}, så den ble ikke registrert i utleveringsloggen."


@dataclass(frozen=True)
class LedgerRow:
    id: int
    at: dt.datetime  # UTC
    operator: str
    kind: str
    kind_label: str
    what: str
    recipient: str
    service_user_id: int | None
    file_name: str
    row_count: int | None
    byte_count: int
    sha256: str

    @property
    def at_local(self) -> dt.datetime:
        """When, in Norwegian time (with its UTC offset), to the second."""
        return aware_oslo(self.at)


def record(
    db: Database,
    kind: LedgerKind | str,
    what: str,
    recipient: str,
    file_path: Path,
    row_count: int | None,
    byte_count: int,
    sha256: str,
    service_user_id: int | None = None,
    *,
    person_ids: Sequence[int] = (),
) -> LedgerRow:
    """Add a ledger row and its audit event; `person_ids` each get an audit event too."""
    value = kind.value if isinstance(kind, LedgerKind) else kind
    row = LedgerEntry(
        operator=db.profile.name, kind=value, what=what, recipient=recipient,
        service_user_id=service_user_id, file_name=str(Path(file_path).resolve()),
        row_count=row_count, byte_count=byte_count, sha256=sha256,
    )  # fmt: skip
    with db.transaction() as session:
        session.add(row)
        session.flush()
        details = _details(row)
        db.audit(session, AUDIT_ACTIONS.get(value, "export_aggregate"), service_user_id, details)
        _audit_people(db, session, person_ids, details)
        return _ledger_row(row)


def _details(row: LedgerEntry) -> str:
    rows = f", {row.row_count} rader" if row.row_count is not None else ""
    to = f" til {row.recipient}" if row.recipient else ""
    return f"{row.what}{to}: {Path(row.file_name).name}{rows}, SHA-256 {row.sha256[:16]}…"


def _audit_people(db: Database, session: Session, ids: Sequence[int], details: str) -> None:
    """One audit event per person in a per-person file."""
    db.audit_many(session, "export_person", ids, details)


def entries(db: Database, limit: int = DEFAULT_LIMIT) -> list[LedgerRow]:
    """The newest rows first."""
    statement = select(LedgerEntry).order_by(LedgerEntry.at.desc(), LedgerEntry.id.desc())
    with db.transaction() as session:
        return [_ledger_row(r) for r in session.scalars(statement.limit(limit))]


def entries_with_digest(db: Database, sha256: str) -> list[LedgerRow]:
    """Every recorded file with exactly this SHA-256, newest first."""
    statement = (
        select(LedgerEntry)
        .where(LedgerEntry.sha256 == sha256)
        .order_by(LedgerEntry.at.desc(), LedgerEntry.id.desc())
    )
    with db.transaction() as session:
        return [_ledger_row(r) for r in session.scalars(statement)]


def file_digest(path: Path) -> tuple[int, str]:
    """(size in bytes, SHA-256 in hex) of a file on disk."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def record_printed_file(
    db: Database,
    path: Path,
    kind: LedgerKind | str = LedgerKind.PRINTED_PDF,
    what: str = "",
    recipient: str = "",
    service_user_id: int | None = None,
    *,
    meeting_id: int | None = None,
) -> LedgerRow:
    """Record a PDF (or other file) already written; a meeting's service user is looked up."""
    try:
        size, sha256 = file_digest(Path(path))
    except OSError as exc:
        raise UserError(CANNOT_READ.format(name=Path(path).name)) from exc
    if meeting_id is not None and service_user_id is None:
        service_user_id = meeting_user(db, meeting_id)
    return record(db, kind, what, recipient, Path(path), None, size, sha256, service_user_id)


def meeting_user(db: Database, meeting_id: int) -> int | None:
    """The service user whose group the meeting belongs to."""
    statement = (
        select(m.ResponsibilityGroup.service_user_id)
        .join(m.Meeting, m.Meeting.group_id == m.ResponsibilityGroup.id)
        .where(m.Meeting.id == meeting_id)
    )
    with db.transaction() as session:
        return session.execute(statement).scalar_one_or_none()


def _ledger_row(row: LedgerEntry) -> LedgerRow:
    return LedgerRow(
        id=row.id, at=row.at, operator=row.operator, kind=row.kind,
        kind_label=kind_label(row.kind), what=row.what, recipient=row.recipient,
        service_user_id=row.service_user_id, file_name=row.file_name,
        row_count=row.row_count, byte_count=row.byte_count, sha256=row.sha256,
    )  # fmt: skip

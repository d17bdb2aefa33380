"""What a record holds, read with plain SQL: counts, the newest change, the schema revision.

Used to describe a backup before it is restored and to say what a restore would lose.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlcipher3.dbapi2 as sqlcipher

# Audit actions that only read; the newest of the others is the record's newest change.
READ_ACTIONS = ("open", "journal_read", "journal_search", "radar_view")


@dataclass(frozen=True)
class RecordFacts:
    service_users: int
    journal_entries: int
    plans: int
    newest_change: dt.datetime | None  # UTC, no time zone
    schema_revision: str


def record_facts(conn: sqlcipher.Connection) -> RecordFacts:
    marks = ", ".join("?" * len(READ_ACTIONS))
    newest = _scalar(
        conn, f"SELECT max(at) FROM audit_event WHERE action NOT IN ({marks})", READ_ACTIONS
    )
    return RecordFacts(
        service_users=_scalar(conn, "SELECT count(*) FROM service_user") or 0,
        journal_entries=_scalar(conn, "SELECT count(*) FROM journal_entry") or 0,
        plans=_scalar(conn, "SELECT count(*) FROM individual_plan") or 0,
        newest_change=dt.datetime.fromisoformat(newest) if newest else None,
        schema_revision=schema_revision(conn) or "",
    )


def schema_revision(conn: sqlcipher.Connection) -> str | None:
    """The Alembic revision, or None for a database no migration has touched."""
    return _scalar(conn, "SELECT version_num FROM alembic_version")


def has_tables(conn: sqlcipher.Connection) -> bool:
    return bool(_scalar(conn, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"))


def _scalar(conn: sqlcipher.Connection, sql: str, args: tuple = ()):  # noqa: ANN202
    try:
        row = conn.execute(sql, args).fetchone()
    except sqlcipher.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return row[0] if row else None

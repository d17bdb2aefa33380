"""Models of the daily work: journal, decisions (vedtak), requests, low-threshold help, ledger."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, Versioned, utc_now

# The full-text index of the journal: an SQLite FTS5 table kept by services/journal.py, holding
# folded text so "aasen" finds "Åsen". It is not a model; Alembic creates it (SQLite only).
JOURNAL_FTS = "journal_fts"


# The user search's trigram index (storage/user_search.py): an FTS5 table or a GIN index.
USER_TRIGRAMS = "service_user_trigram"
UNMODELLED = (JOURNAL_FTS, USER_TRIGRAMS)
# PostgreSQL's journal index: a generated column and its GIN index (storage/server_sql.py),
# made by the migration and read only by the search; no model has them.
SERVER_SEARCH_NAMES = frozenset({"search_words", "ix_journal_entry_search_words"})


def is_modelled(name: str | None, type_: str, _parent: object = None) -> bool:
    """For Alembic's comparison: the search indexes, their shadow tables and the server's
    search column have no model."""
    if name in SERVER_SEARCH_NAMES:
        return False
    unmodelled = type_ in ("table", "index") and name is not None and name.startswith(UNMODELLED)
    return not unmodelled


class JournalEntry(Versioned, Base):
    """One contact. A draft can change; a signed entry cannot (a trigger refuses).

    A correction is a new signed entry pointing at the original (`addendum_to_id`), so the
    original stays as it was (helsepersonelloven § 42).
    """

    __tablename__ = "journal_entry"
    __table_args__ = (
        Index("ix_journal_entry_user_time", "service_user_id", "occurred_at"),
        Index("ix_journal_entry_drafts", "signed_at", "service_user_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    written_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    addendum_to_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"), index=True)


class ServiceDecision(Versioned, Base):
    """A vedtak: a service type granted for a period, often counted in hours per week."""

    __tablename__ = "service_decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), index=True)
    service_type: Mapped[str] = mapped_column(String(40))
    hours_per_week: Mapped[float] = mapped_column(Numeric(6, 2, asdecimal=False), default=0)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, index=True)
    evaluate_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class LowThresholdContact(Versioned, Base):
    """Help given without a decision (lavterskel); the person may be unregistered."""

    __tablename__ = "low_threshold_contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int | None] = mapped_column(ForeignKey("service_user.id"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class ServiceRequest(Versioned, Base):
    """A henvendelse: received, from whom, how urgent and severe, decided and started when."""

    __tablename__ = "service_request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int | None] = mapped_column(ForeignKey("service_user.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    from_whom: Mapped[str] = mapped_column(String(200))
    urgency: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outcome: Mapped[str] = mapped_column(String(20), default="")
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class LedgerEntry(Base):
    """A file that really left the program: what, for whom, when, and its SHA-256. Append-only."""

    __tablename__ = "ledger_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    operator: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    what: Mapped[str] = mapped_column(String(300))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    service_user_id: Mapped[int | None] = mapped_column(ForeignKey("service_user.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    row_count: Mapped[int | None] = mapped_column(Integer)
    byte_count: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Set by the chain trigger at insert (storage/chain.py); never given by the program.
    hash: Mapped[str | None] = mapped_column(String(64))

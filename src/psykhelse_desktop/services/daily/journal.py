"""The contact journal: drafts, signing, addenda, and reading a person's journal; all audited.

A draft can be edited or deleted. A signed entry is locked (the database refuses changes too);
a correction is a new signed addendum that points at the original, which stays as it was. The
full-text index (journal_fts) changes in the same transaction as the entry.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.daily_vocabulary import JournalKind
from ...domain.errors import UserError, ValidationFailed
from ...domain.journal import (
    JournalEntry,
    JournalExtract,
    JournalForm,
    validate_addendum,
    validate_journal,
)
from ...storage import daily_models as dm
from ...storage import models as m
from ..clock import oslo_now, to_oslo
from ..database import Database, get_row
from ..versions import claim_version
from .journal_search import index_entry, search, unindex_entry

__all__ = [
    "add_addendum", "create_draft", "delete_draft", "drafts", "entries_for_user", "extract_source",
    "get_entry", "last_contact_dates", "search", "sign", "update_draft",
]  # fmt: skip

SIGNED_MESSAGE = (
    "Notatet er signert og kan ikke endres eller slettes. Skriv et tillegg (retting) i stedet; "
    "det opprinnelige notatet blir stående."
)
ALREADY_SIGNED = "Notatet er allerede signert."
DRAFT_ADDENDUM = (
    "Notatet er ikke signert ennå. Rett utkastet direkte i stedet for å skrive et tillegg."
)


def create_draft(
    db: Database, user_id: int, form: JournalForm, *, now: dt.datetime | None = None
) -> int:
    """Save a new, unsigned entry for the service user; returns its id."""
    _raise_if_invalid(validate_journal(form, now or oslo_now()))
    with db.transaction() as session:
        _user(session, user_id)
        row = dm.JournalEntry(service_user_id=user_id, written_by=db.profile.name, signed_by="")
        _apply(row, form)
        session.add(row)
        session.flush()
        index_entry(session, row.id, row.text)
        db.audit(session, "journal_draft", user_id, _describe(row))
        return row.id


def update_draft(
    db: Database,
    entry_id: int,
    form: JournalForm,
    *,
    version: int,
    now: dt.datetime | None = None,
) -> JournalEntry:
    """Change a draft opened on `version` (EditConflict if it was saved elsewhere since); a
    signed entry is refused with a plain message and stays as it was."""
    _raise_if_invalid(validate_journal(form, now or oslo_now()))
    with db.transaction() as session:
        row = _draft(session, entry_id)
        _claim(session, row, version)
        _apply(row, form)
        row.updated_at = m.utc_now()
        unindex_entry(session, row.id)
        index_entry(session, row.id, row.text)
        db.audit(session, "journal_draft_update", row.service_user_id, _describe(row))
        return _view(row, _name(session, row.service_user_id))


def delete_draft(db: Database, entry_id: int, *, version: int) -> None:
    """Delete a draft (as shown on `version`) that was never signed; a signed entry is never
    deleted."""
    with db.transaction() as session:
        row = _draft(session, entry_id)
        _claim(session, row, version)
        unindex_entry(session, row.id)
        db.audit(session, "journal_draft_delete", row.service_user_id, _describe(row))
        session.delete(row)


def sign(db: Database, entry_id: int, *, version: int) -> JournalEntry:
    """Sign a draft in the nurse's name, as she read it (`version`); from now on it is locked."""
    with db.transaction() as session:
        row = _row(session, entry_id)
        if row.signed_at is not None:
            raise UserError(ALREADY_SIGNED)
        _claim(session, row, version)
        row.signed_at, row.signed_by = m.utc_now(), db.profile.name
        db.audit(session, "journal_sign", row.service_user_id, _describe(row))
        return _view(row, _name(session, row.service_user_id))


def add_addendum(db: Database, entry_id: int, text: str) -> int:
    """A signed correction under a signed entry; the original is kept unchanged."""
    _raise_if_invalid(validate_addendum(text))
    with db.transaction() as session:
        original = _row(session, entry_id)
        if original.addendum_to_id is not None:
            original = _row(session, original.addendum_to_id)
        if original.signed_at is None:
            raise UserError(DRAFT_ADDENDUM)
        now = m.utc_now()
        row = dm.JournalEntry(
            service_user_id=original.service_user_id, occurred_at=original.occurred_at,
            kind=original.kind, duration_minutes=0, text=text.strip(),
            written_by=db.profile.name, created_at=now, updated_at=now, signed_at=now,
            signed_by=db.profile.name, addendum_to_id=original.id,
        )  # fmt: skip
        session.add(row)
        session.flush()
        index_entry(session, row.id, row.text)
        db.audit(session, "journal_addendum", row.service_user_id, f"Til {_describe(original)}")
        return row.id


def get_entry(db: Database, entry_id: int) -> JournalEntry:
    """One entry with its addenda (an addendum gives its original); the reading is audited."""
    with db.transaction() as session:
        row = _row(session, entry_id)
        if row.addendum_to_id is not None:
            row = _row(session, row.addendum_to_id)
        db.audit(session, "journal_read", row.service_user_id, _describe(row))
        return _with_addenda(session, [row], _name(session, row.service_user_id))[0]


def entries_for_user(
    db: Database,
    user_id: int,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    log: bool = True,
) -> list[JournalEntry]:
    """The person's entries with contact between `first` and `last` (both included, either
    open), newest first, each with its addenda; the reading is audited unless `log` is False
    (the caller has logged this look already)."""
    with db.transaction() as session:
        name = _name(session, user_id)
        rows = session.scalars(_period(user_id, first, last)).all()
        if log:
            db.audit(session, "journal_read", user_id, _period_text(first, last))
        return _with_addenda(session, list(rows), name)


def drafts(db: Database) -> list[JournalEntry]:
    """Every unsigned draft of every service user, oldest contact first (for the day's list)."""
    statement = (
        select(dm.JournalEntry, m.ServiceUser.first_name, m.ServiceUser.last_name)
        .join(m.ServiceUser, m.ServiceUser.id == dm.JournalEntry.service_user_id)
        .where(dm.JournalEntry.signed_at.is_(None))
        .order_by(dm.JournalEntry.occurred_at, dm.JournalEntry.id)
    )
    with db.transaction() as session:
        return [_view(row, f"{first} {last}") for row, first, last in session.execute(statement)]


def last_contact_dates(db: Database) -> dict[int, dt.date]:
    """The day of each service user's latest contact in the journal ("Ikke møtt" does not count)."""
    statement = (
        select(dm.JournalEntry.service_user_id, func.max(dm.JournalEntry.occurred_at))
        .where(
            dm.JournalEntry.kind != JournalKind.NOT_MET.value,
            dm.JournalEntry.addendum_to_id.is_(None),
        )
        .group_by(dm.JournalEntry.service_user_id)
    )
    with db.transaction() as session:
        return {user_id: latest.date() for user_id, latest in session.execute(statement)}


def extract_source(db: Database, user_id: int, first: dt.date, last: dt.date) -> JournalExtract:
    """What a printed extract holds: signed entries in the period, oldest first; audited."""
    if last < first:
        raise ValidationFailed({"last": "Periodens slutt er før starten. Rett en av datoene."})
    with db.transaction() as session:
        user = _user(session, user_id)
        rows = session.scalars(_period(user_id, first, last)).all()
        signed = [r for r in rows if r.signed_at is not None]
        name = f"{user.first_name} {user.last_name}"
        entries = _with_addenda(session, signed[::-1], name)
        db.audit(session, "journal_print", user_id, _period_text(first, last))
        return JournalExtract(user_id, name, user.birth_date, first, last, tuple(entries),
                              drafts_left_out=len(rows) - len(signed))  # fmt: skip


# -- inside one transaction ------------------------------------------------------------------


def _period(user_id: int, first: dt.date | None, last: dt.date | None):  # noqa: ANN202
    entry = dm.JournalEntry
    statement = select(entry).where(
        entry.service_user_id == user_id, entry.addendum_to_id.is_(None)
    )
    if first is not None:
        statement = statement.where(entry.occurred_at >= dt.datetime.combine(first, dt.time()))
    if last is not None:
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        statement = statement.where(entry.occurred_at < end)
    return statement.order_by(entry.occurred_at.desc(), entry.id.desc())


def _with_addenda(session: Session, rows: list[dm.JournalEntry], name: str) -> list[JournalEntry]:
    by_original: dict[int, list[JournalEntry]] = {row.id: [] for row in rows}
    if rows:
        statement = (
            select(dm.JournalEntry)
            .where(dm.JournalEntry.addendum_to_id.in_(list(by_original)))
            .order_by(dm.JournalEntry.created_at, dm.JournalEntry.id)
        )
        for addendum in session.scalars(statement):
            by_original[addendum.addendum_to_id].append(_view(addendum, name))  # type: ignore[index]
    return [_view(row, name, tuple(by_original[row.id])) for row in rows]


def _row(session: Session, entry_id: int) -> dm.JournalEntry:
    return get_row(session, dm.JournalEntry, entry_id, "journalnotatet")


def _draft(session: Session, entry_id: int) -> dm.JournalEntry:
    row = _row(session, entry_id)
    if row.signed_at is not None:
        raise UserError(SIGNED_MESSAGE)
    return row


def _claim(session: Session, row: dm.JournalEntry, version: int) -> None:
    stored = lambda: _view(row, _name(session, row.service_user_id))  # noqa: E731
    claim_version(row, version, "Journalnotatet", stored)


def _user(session: Session, user_id: int) -> m.ServiceUser:
    return get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")


def _name(session: Session, user_id: int) -> str:
    user = _user(session, user_id)
    return f"{user.first_name} {user.last_name}"


def _apply(row: dm.JournalEntry, form: JournalForm) -> None:
    assert form.occurred_at is not None
    row.occurred_at = form.occurred_at.replace(second=0, microsecond=0)
    row.kind = form.kind.value
    row.duration_minutes = form.duration_minutes
    row.text = form.text.strip()


def _view(row: dm.JournalEntry, name: str, addenda: tuple[JournalEntry, ...] = ()) -> JournalEntry:
    return JournalEntry(
        id=row.id, service_user_id=row.service_user_id, person_name=name,
        occurred_at=row.occurred_at, kind=JournalKind(row.kind),
        duration_minutes=row.duration_minutes, text=row.text, written_by=row.written_by,
        created_at=to_oslo(row.created_at),
        signed_at=to_oslo(row.signed_at) if row.signed_at else None,
        signed_by=row.signed_by, addenda=addenda, addendum_to_id=row.addendum_to_id,
        version=row.version,
    )  # fmt: skip


def _describe(row: dm.JournalEntry) -> str:
    """What the audit log says about an entry: kind and time of contact, never the text."""
    return f"{JournalKind(row.kind).label} {row.occurred_at:%d.%m.%Y kl. %H.%M}"


def _period_text(first: dt.date | None, last: dt.date | None) -> str:
    if first is None and last is None:
        return "Hele journalen"
    start = f"{first:%d.%m.%Y}" if first else "starten"
    end = f"{last:%d.%m.%Y}" if last else "i dag"
    return f"Periode {start}–{end}"


def _raise_if_invalid(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationFailed(errors)

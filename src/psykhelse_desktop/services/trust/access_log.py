"""Every look is logged: openings and listings go to the audit log; the access log reads it back.

A page or command that shows one person writes one "open" row for that person (a page logs
its first look at a person, not every redraw); a list of many people writes one listing row
that names nobody. `access_log` gives one person's rows, oldest first, in Norwegian time.
"""

from __future__ import annotations

from sqlalchemy import select

from ...domain.access import LISTING_ACTION, AccessEntry, AccessLog, access_kind, action_label
from ...storage import models as m
from ..clock import to_oslo
from ..database import Database, get_row


def note_opening(db: Database, user_id: int, where: str) -> None:
    """One person's record was shown (a tab, a command): one row for that person."""
    with db.transaction() as session:
        get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
        db.audit(session, "open", user_id, where)


def note_listing(db: Database, what: str, shown: int) -> None:
    """A list of service users was shown: one row naming nobody, saying what and how many."""
    with db.transaction() as session:
        db.audit(session, LISTING_ACTION, None, f"{what}: {shown} vist")


def access_log(db: Database, user_id: int, *, log: bool = True) -> AccessLog:
    """Every opening, change, print and export that names the person, oldest first.

    Reading the access log is itself an opening of the record, and is logged (unless `log` is
    False: the caller logs one row for a larger reading, such as the copy for innsyn)."""
    statement = (
        select(m.AuditEvent)
        .where(m.AuditEvent.service_user_id == user_id)
        .order_by(m.AuditEvent.at, m.AuditEvent.id)
    )
    with db.transaction() as session:
        user = get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
        if log:
            db.audit(session, "open", user_id, "Hvem har sett journalen")
        entries = tuple(_entry(event) for event in session.scalars(statement))
        return AccessLog(user_id, f"{user.first_name} {user.last_name}", user.birth_date, entries)


def _entry(event: m.AuditEvent) -> AccessEntry:
    return AccessEntry(
        at=to_oslo(event.at),
        operator=event.operator,
        kind=access_kind(event.action),
        what=action_label(event.action),
        details=event.details,
    )

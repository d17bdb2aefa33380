"""Low-threshold help (lavterskel): recorded without a decision, with or without a known person."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ...domain.daily_vocabulary import JournalKind
from ...domain.decisions import LowThresholdContact, LowThresholdForm, validate_low_threshold
from ...domain.errors import ValidationFailed
from ...storage import daily_models as dm
from ...storage import models as m
from ..clock import oslo_today
from ..database import Database, get_row

_L, _U = dm.LowThresholdContact, m.ServiceUser


def record_low_threshold(
    db: Database, form: LowThresholdForm, *, today: dt.date | None = None
) -> int:
    """Save one contact; returns its id. With a person, the person's log shows it."""
    errors = validate_low_threshold(form, today or oslo_today())
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        user_id = form.service_user_id
        if user_id is not None:
            get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
        row = dm.LowThresholdContact(
            service_user_id=user_id, occurred_on=form.occurred_on, kind=form.kind.value,
            duration_minutes=form.duration_minutes, notes=form.notes.strip(),
        )  # fmt: skip
        session.add(row)
        session.flush()
        details = f"{form.kind.label} {row.occurred_on:%d.%m.%Y}"
        db.audit(session, "low_threshold_add", user_id, details)
        return row.id


def low_threshold_contacts(
    db: Database, first: dt.date, last: dt.date
) -> list[LowThresholdContact]:
    """Every contact between `first` and `last` (both included), the latest first."""
    statement = _joined().where(_L.occurred_on >= first, _L.occurred_on <= last)
    with db.transaction() as session:
        return _contacts(session, statement)


def low_threshold_for_user(db: Database, user_id: int) -> list[LowThresholdContact]:
    with db.transaction() as session:
        return _contacts(session, _joined().where(_L.service_user_id == user_id))


def _joined() -> Select:
    return select(_L, _U.first_name, _U.last_name).outerjoin(_U, _U.id == _L.service_user_id)


def _contacts(session: Session, statement: Select) -> list[LowThresholdContact]:
    ordered = statement.order_by(_L.occurred_on.desc(), _L.id.desc())
    return [
        LowThresholdContact(
            id=row.id, occurred_on=row.occurred_on, kind=JournalKind(row.kind),
            duration_minutes=row.duration_minutes, notes=row.notes,
            service_user_id=row.service_user_id,
            person_name=f"{first} {last}" if first is not None else "",
        )
        for row, first, last in session.execute(ordered)
    ]  # fmt: skip

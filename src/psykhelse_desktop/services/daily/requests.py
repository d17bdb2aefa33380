"""Requests for help (henvendelser): record, decide, start; open ones and waiting days.

Never called a waiting list: the lists are "henvendelser uten beslutning" with waiting days.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ...domain.daily_vocabulary import RequestOutcome, Severity, Urgency
from ...domain.errors import NotFound, ValidationFailed
from ...domain.requests import (
    Request,
    RequestForm,
    validate_decision_date,
    validate_request,
    validate_start,
    waiting_days,
)
from ...storage import daily_models as dm
from ...storage import models as m
from ..clock import oslo_today
from ..database import Database, get_row
from ..versions import claim_version

__all__ = [
    "create_request", "get_request", "open_requests", "record_decision", "record_start",
    "requests_for_user", "requests_received", "update_request", "waiting_days",
]  # fmt: skip

_R, _U = dm.ServiceRequest, m.ServiceUser


def create_request(db: Database, form: RequestForm, *, today: dt.date | None = None) -> int:
    _raise_if_invalid(validate_request(form, today or oslo_today()))
    with db.transaction() as session:
        _check_user(session, form.service_user_id)
        row = dm.ServiceRequest()
        _apply(row, form)
        session.add(row)
        session.flush()
        db.audit(session, "request_create", row.service_user_id, _describe(row))
        return row.id


def update_request(
    db: Database,
    request_id: int,
    form: RequestForm,
    *,
    version: int,
    today: dt.date | None = None,
) -> Request:
    """Correct what was written when the request came in (also: link it to a registered person),
    as opened on `version`; EditConflict if it was saved elsewhere since."""
    _raise_if_invalid(validate_request(form, today or oslo_today()))
    with db.transaction() as session:
        _check_user(session, form.service_user_id)
        row = _row(session, request_id)
        claim_version(row, version, "Henvendelsen", lambda: _one(session, request_id))
        _raise_if_invalid(_dates_still_valid(row, form))
        _apply(row, form)
        db.audit(session, "request_update", row.service_user_id, _describe(row))
        return _one(session, request_id)


def record_decision(
    db: Database,
    request_id: int,
    decided_on: dt.date,
    outcome: RequestOutcome,
    *,
    version: int,
    today: dt.date | None = None,
) -> Request:
    """What was decided on the request (as shown on `version`), and when."""
    with db.transaction() as session:
        request = _one(session, request_id)
        row = _row(session, request_id)
        claim_version(row, version, "Henvendelsen", lambda: request)
        _raise_if_invalid(validate_decision_date(request, decided_on, today or oslo_today()))
        row.decided_on, row.outcome = decided_on, outcome.value
        details = f"{outcome.label} {decided_on:%d.%m.%Y}"
        db.audit(session, "request_decision", row.service_user_id, details)
        return _one(session, request_id)


def record_start(db: Database, request_id: int, started_on: dt.date, *, version: int) -> Request:
    """The day the help started (on the request as shown on `version`): the waiting days stop
    counting."""
    with db.transaction() as session:
        request = _one(session, request_id)
        row = _row(session, request_id)
        claim_version(row, version, "Henvendelsen", lambda: request)
        _raise_if_invalid(validate_start(request, started_on))
        row.started_on = started_on
        days = (started_on - row.received_on).days
        details = f"{started_on:%d.%m.%Y}, {days} dager etter mottatt"
        db.audit(session, "request_start", row.service_user_id, details)
        return _one(session, request_id)


def get_request(db: Database, request_id: int) -> Request:
    with db.transaction() as session:
        return _one(session, request_id)


def open_requests(db: Database) -> list[Request]:
    """Requests with no decision yet, the one received first at the top."""
    statement = _joined().where(_R.decided_on.is_(None))
    with db.transaction() as session:
        return _requests(session, statement.order_by(_R.received_on, _R.id))


def requests_for_user(db: Database, user_id: int) -> list[Request]:
    statement = _joined().where(_R.service_user_id == user_id)
    with db.transaction() as session:
        return _requests(session, statement.order_by(_R.received_on.desc(), _R.id.desc()))


def requests_received(db: Database, first: dt.date, last: dt.date) -> list[Request]:
    """Requests received between `first` and `last` (both included), oldest first."""
    statement = _joined().where(_R.received_on >= first, _R.received_on <= last)
    with db.transaction() as session:
        return _requests(session, statement.order_by(_R.received_on, _R.id))


# -- inside one transaction ------------------------------------------------------------------


def _joined() -> Select:
    return select(_R, _U.first_name, _U.last_name).outerjoin(_U, _U.id == _R.service_user_id)


def _requests(session: Session, statement: Select) -> list[Request]:
    return [
        _view(row, f"{first} {last}" if first is not None else "")
        for row, first, last in session.execute(statement)
    ]


def _one(session: Session, request_id: int) -> Request:
    found = _requests(session, _joined().where(_R.id == request_id))
    if not found:
        raise NotFound(f"Fant ikke henvendelsen (id {request_id}).")
    return found[0]


def _row(session: Session, request_id: int) -> dm.ServiceRequest:
    return get_row(session, dm.ServiceRequest, request_id, "henvendelsen")


def _check_user(session: Session, user_id: int | None) -> None:
    if user_id is not None:
        get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")


def _dates_still_valid(row: dm.ServiceRequest, form: RequestForm) -> dict[str, str]:
    """A new received date must still come before a recorded decision and start."""
    assert form.received_on is not None
    later = [d for d in (row.decided_on, row.started_on) if d is not None]
    if later and min(later) < form.received_on:
        return {
            "received_on": (
                f"Mottatt-datoen er etter beslutning eller oppstart ({min(later):%d.%m.%Y}). "
                "Sjekk datoene og rett den som er feil."
            )
        }
    return {}


def _apply(row: dm.ServiceRequest, form: RequestForm) -> None:
    row.received_on = form.received_on  # type: ignore[assignment]
    row.from_whom = form.from_whom.strip()
    row.urgency, row.severity = form.urgency.value, form.severity.value
    row.service_user_id = form.service_user_id
    row.notes = form.notes.strip()


def _view(row: dm.ServiceRequest, name: str) -> Request:
    return Request(
        id=row.id, service_user_id=row.service_user_id, person_name=name,
        received_on=row.received_on, from_whom=row.from_whom, urgency=Urgency(row.urgency),
        severity=Severity(row.severity), decided_on=row.decided_on,
        outcome=RequestOutcome(row.outcome) if row.outcome else None,
        started_on=row.started_on, notes=row.notes, version=row.version,
    )  # fmt: skip


def _describe(row: dm.ServiceRequest) -> str:
    urgency = Urgency(row.urgency).label.lower()
    return f"Mottatt {row.received_on:%d.%m.%Y} fra {row.from_whom} ({urgency})"


def _raise_if_invalid(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationFailed(errors)

"""Decisions (vedtak): record, change and end them, never delete; lists per person and per day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from ...domain.daily_vocabulary import ServiceType
from ...domain.decisions import Decision, DecisionForm, validate_decision, validate_end
from ...domain.errors import NotFound, ValidationFailed
from ...storage import daily_models as dm
from ...storage import models as m
from ..database import Database, get_row
from ..versions import claim_version

_D, _U = dm.ServiceDecision, m.ServiceUser


def create_decision(db: Database, user_id: int, form: DecisionForm) -> int:
    _raise_if_invalid(validate_decision(form))
    with db.transaction() as session:
        get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
        row = dm.ServiceDecision(service_user_id=user_id)
        _apply(row, form)
        session.add(row)
        session.flush()
        db.audit(session, "decision_create", user_id, _describe(row))
        return row.id


def update_decision(
    db: Database, decision_id: int, form: DecisionForm, *, version: int
) -> Decision:
    """Correct or extend a decision (a new decision letter for the same service), as opened on
    `version`; EditConflict if it was saved elsewhere since."""
    _raise_if_invalid(validate_decision(form))
    with db.transaction() as session:
        row = _row(session, decision_id)
        claim_version(row, version, "Vedtaket", lambda: _one(session, decision_id))
        before = _describe(row)
        _apply(row, form)
        db.audit(session, "decision_update", row.service_user_id, f"{before} → {_describe(row)}")
        return _one(session, decision_id)


def end_decision(db: Database, decision_id: int, on: dt.date, *, version: int) -> Decision:
    """End a decision (as shown on `version`) on `on`, its last valid day; it is kept."""
    with db.transaction() as session:
        decision = _one(session, decision_id)
        row = _row(session, decision_id)
        claim_version(row, version, "Vedtaket", lambda: decision)
        _raise_if_invalid(validate_end(decision, on))
        row.valid_to = on
        db.audit(session, "decision_end", row.service_user_id, _describe(row))
        return _one(session, decision_id)


def decisions_for_user(db: Database, user_id: int) -> list[Decision]:
    """All the person's decisions, the latest first (ended ones too)."""
    statement = _joined().where(_D.service_user_id == user_id)
    with db.transaction() as session:
        return _decisions(session, statement.order_by(_D.valid_from.desc(), _D.id.desc()))


def active_decisions(db: Database, day: dt.date) -> list[Decision]:
    """Every decision in force on `day`, soonest ending first (until further notice last)."""
    statement = _joined().where(
        _D.valid_from <= day, or_(_D.valid_to.is_(None), _D.valid_to >= day)
    )
    order = (_D.valid_to.is_(None), _D.valid_to, _U.sort_key, _D.id)
    with db.transaction() as session:
        return _decisions(session, statement.order_by(*order))


def decisions_ending(db: Database, first: dt.date, last: dt.date) -> list[Decision]:
    """Decisions whose last valid day falls between `first` and `last` (for the day's list)."""
    statement = _joined().where(_D.valid_to >= first, _D.valid_to <= last)
    with db.transaction() as session:
        return _decisions(session, statement.order_by(_D.valid_to, _U.sort_key, _D.id))


def get_decision(db: Database, decision_id: int) -> Decision:
    with db.transaction() as session:
        return _one(session, decision_id)


# -- inside one transaction ------------------------------------------------------------------


def _joined() -> Select:
    return select(_D, _U.first_name, _U.last_name).join(_U, _U.id == _D.service_user_id)


def _decisions(session: Session, statement: Select) -> list[Decision]:
    return [_view(row, f"{first} {last}") for row, first, last in session.execute(statement)]


def _one(session: Session, decision_id: int) -> Decision:
    found = _decisions(session, _joined().where(_D.id == decision_id))
    if not found:
        raise NotFound(f"Fant ikke vedtaket (id {decision_id}).")
    return found[0]


def _row(session: Session, decision_id: int) -> dm.ServiceDecision:
    return get_row(session, dm.ServiceDecision, decision_id, "vedtaket")


def _apply(row: dm.ServiceDecision, form: DecisionForm) -> None:
    row.service_type = form.service_type.value
    row.hours_per_week = round(float(form.hours_per_week), 2)
    row.decided_on, row.valid_from = form.decided_on, form.valid_from  # type: ignore[assignment]
    row.valid_to, row.evaluate_on = form.valid_to, form.evaluate_on
    row.notes = form.notes.strip()


def _view(row: dm.ServiceDecision, name: str) -> Decision:
    return Decision(
        id=row.id, service_user_id=row.service_user_id, person_name=name,
        service_type=ServiceType(row.service_type), hours_per_week=float(row.hours_per_week),
        decided_on=row.decided_on, valid_from=row.valid_from, valid_to=row.valid_to,
        evaluate_on=row.evaluate_on, notes=row.notes, version=row.version,
    )  # fmt: skip


def _describe(row: dm.ServiceDecision) -> str:
    until = f"{row.valid_to:%d.%m.%Y}" if row.valid_to else "inntil videre"
    hours = f"{float(row.hours_per_week):g}".replace(".", ",")
    label = ServiceType(row.service_type).label
    return f"{label}, {hours} t/uke, {row.valid_from:%d.%m.%Y}–{until}"


def _raise_if_invalid(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationFailed(errors)

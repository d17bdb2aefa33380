"""Decisions (vedtak) are recorded, changed and ended, never deleted; low-threshold help too."""

import datetime as dt

import pytest
from sqlalchemy import select

from psykhelse_desktop.domain.daily_vocabulary import JournalKind, ServiceType
from psykhelse_desktop.domain.decisions import DecisionForm, LowThresholdForm
from psykhelse_desktop.domain.errors import NotFound, ValidationFailed
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.daily import decisions, low_threshold
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage import models as m

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def user(db) -> int:
    return service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7))
    )


def _form(start: dt.date, end: dt.date | None, kind=ServiceType.SUPPORT_TALKS, hours=1.5):
    return DecisionForm(kind, hours, start, start, end, None, " Evalueres med brukeren. ")


def _changes(db, user_id: int) -> list[tuple[str, str]]:
    with db.transaction() as session:
        statement = select(m.AuditEvent.action, m.AuditEvent.details).where(
            m.AuditEvent.service_user_id == user_id, m.AuditEvent.action != "create"
        )
        return [tuple(row) for row in session.execute(statement.order_by(m.AuditEvent.id))]


def test_create_and_read_back(db, user):
    decision_id = decisions.create_decision(db, user, _form(dt.date(2026, 1, 1), None))
    [decision] = decisions.decisions_for_user(db, user)
    assert decision.id == decision_id and decision.person_name == "Åse Øvrebø"
    assert (decision.service_type, decision.hours_per_week) == (ServiceType.SUPPORT_TALKS, 1.5)
    assert decision.valid_to is None and decision.notes == "Evalueres med brukeren."
    assert _changes(db, user) == [
        ("decision_create", "Støttesamtaler, 1,5 t/uke, 01.01.2026–inntil videre")
    ]


def test_invalid_decisions_are_refused(db, user):
    with pytest.raises(ValidationFailed) as failed:
        decisions.create_decision(db, user, _form(TODAY, TODAY - dt.timedelta(days=1), hours=200))
    assert set(failed.value.errors) == {"valid_to", "hours_per_week"}
    with pytest.raises(NotFound):
        decisions.create_decision(db, 999, _form(TODAY, None))


def test_update_extends_and_end_shortens_but_nothing_is_deleted(db, user):
    decision_id = decisions.create_decision(
        db, user, _form(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    )
    form = _form(dt.date(2026, 1, 1), None, hours=3)
    longer = decisions.update_decision(db, decision_id, form, version=1)
    assert longer.valid_to is None and longer.hours_per_week == 3
    ended = decisions.end_decision(db, decision_id, dt.date(2026, 11, 30), version=2)
    assert ended.valid_to == dt.date(2026, 11, 30) and ended.version == 3
    with pytest.raises(ValidationFailed, match="forlenges"):
        decisions.end_decision(db, decision_id, dt.date(2026, 12, 31), version=3)
    with pytest.raises(ValidationFailed, match="før vedtaket begynte"):
        decisions.end_decision(db, decision_id, dt.date(2025, 12, 31), version=3)
    assert len(decisions.decisions_for_user(db, user)) == 1
    assert [a for a, _ in _changes(db, user)] == [
        "decision_create",
        "decision_update",
        "decision_end",
    ]
    assert "→" in _changes(db, user)[1][1]
    assert not hasattr(decisions, "delete_decision")


def test_active_on_a_day_and_ending_soon(db, user):
    other = service_users.create(
        db, ServiceUserForm("Per", "Aasen", birth_date=dt.date(1970, 1, 1))
    )
    old = decisions.create_decision(db, user, _form(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    soon = decisions.create_decision(
        db, user, _form(dt.date(2026, 1, 1), TODAY + dt.timedelta(days=10), ServiceType.ACTIVITY)
    )
    running = decisions.create_decision(db, other, _form(dt.date(2026, 5, 1), None))
    later = decisions.create_decision(db, other, _form(dt.date(2027, 1, 1), None))
    assert [d.id for d in decisions.active_decisions(db, TODAY)] == [soon, running]
    ending = decisions.decisions_ending(db, TODAY, TODAY + dt.timedelta(days=30))
    assert [d.id for d in ending] == [soon]
    assert [d.id for d in decisions.decisions_for_user(db, user)] == [soon, old]
    assert decisions.get_decision(db, later).person_name == "Per Aasen"


def test_low_threshold_help_with_and_without_a_person(db, user):
    anonymous = LowThresholdForm(TODAY, JournalKind.PHONE, 20, "Ung voksen, eksamensstress.")
    known = LowThresholdForm(TODAY - dt.timedelta(days=3), JournalKind.CONVERSATION, 45, "", user)
    first = low_threshold.record_low_threshold(db, anonymous, today=TODAY)
    second = low_threshold.record_low_threshold(db, known, today=TODAY)
    listed = low_threshold.low_threshold_contacts(db, TODAY - dt.timedelta(days=7), TODAY)
    assert [(c.id, c.person_name) for c in listed] == [(first, ""), (second, "Åse Øvrebø")]
    assert [c.id for c in low_threshold.low_threshold_for_user(db, user)] == [second]
    assert _changes(db, user) == [("low_threshold_add", "Samtale 20.11.2026")]
    with pytest.raises(ValidationFailed):
        low_threshold.record_low_threshold(
            db, LowThresholdForm(TODAY + dt.timedelta(1)), today=TODAY
        )
    with pytest.raises(NotFound):
        low_threshold.record_low_threshold(
            db, LowThresholdForm(TODAY, service_user_id=99), today=TODAY
        )

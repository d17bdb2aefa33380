"""Requests (henvendelser): received, decided, started; waiting days and the open ones."""

import datetime as dt

import pytest
from sqlalchemy import select

from psykhelse_desktop.domain.daily_vocabulary import RequestOutcome, Severity, Urgency
from psykhelse_desktop.domain.errors import NotFound, ValidationFailed
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.domain.requests import RequestForm
from psykhelse_desktop.services.daily import requests
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage import models as m

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def user(db) -> int:
    return service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7))
    )


def _new(db, received: dt.date, user_id: int | None = None, who: str = "Fastlege") -> int:
    form = RequestForm(received, who, Urgency.URGENT, Severity.SEVERE, user_id, "Angst og søvn.")
    return requests.create_request(db, form, today=TODAY)


def test_a_request_from_an_unregistered_person_waits_until_decided(db):
    request_id = _new(db, dt.date(2026, 11, 2))
    [waiting] = requests.open_requests(db)
    assert (waiting.id, waiting.person_name, waiting.urgency) == (request_id, "", Urgency.URGENT)
    assert requests.waiting_days(waiting, TODAY) == 21
    decided = requests.record_decision(db, request_id, dt.date(2026, 11, 9), RequestOutcome.GRANTED,
                                       version=1, today=TODAY)  # fmt: skip
    assert decided.outcome is RequestOutcome.GRANTED and not decided.is_open
    assert requests.open_requests(db) == []
    assert requests.waiting_days(decided, TODAY) == 21  # still waiting for the start
    started = requests.record_start(db, request_id, dt.date(2026, 11, 16), version=2)
    assert requests.waiting_days(started, TODAY) == 14


def test_open_requests_oldest_first_with_names(db, user):
    later = _new(db, dt.date(2026, 11, 20), user, "NAV Testvik")
    first = _new(db, dt.date(2026, 10, 1))
    assert [r.id for r in requests.open_requests(db)] == [first, later]
    assert requests.get_request(db, later).person_name == "Åse Øvrebø"
    assert [r.id for r in requests.requests_for_user(db, user)] == [later]
    received = requests.requests_received(db, dt.date(2026, 11, 1), TODAY)
    assert [r.id for r in received] == [later]


def test_dates_in_the_wrong_order_are_refused_and_nothing_changes(db):
    request_id = _new(db, dt.date(2026, 11, 2))
    with pytest.raises(ValidationFailed, match="Beslutningsdatoen er før"):
        requests.record_decision(db, request_id, dt.date(2026, 11, 1), RequestOutcome.REFUSED,
                                 version=1, today=TODAY)  # fmt: skip
    with pytest.raises(ValidationFailed, match="Oppstartsdatoen er før"):
        requests.record_start(db, request_id, dt.date(2026, 10, 30), version=1)
    unchanged = requests.get_request(db, request_id)
    assert (unchanged.decided_on, unchanged.outcome, unchanged.started_on) == (None, None, None)
    with pytest.raises(ValidationFailed) as failed:
        requests.create_request(db, RequestForm(TODAY + dt.timedelta(days=1), " "), today=TODAY)
    assert set(failed.value.errors) == {"received_on", "from_whom"}


def test_an_update_links_a_person_but_keeps_the_dates_in_order(db, user):
    request_id = _new(db, dt.date(2026, 11, 2))
    requests.record_start(db, request_id, dt.date(2026, 11, 10), version=1)
    form = RequestForm(dt.date(2026, 11, 3), "Fastlege", Urgency.ORDINARY, Severity.MILD, user)
    updated = requests.update_request(db, request_id, form, version=2, today=TODAY)
    assert updated.person_name == "Åse Øvrebø"
    too_late = RequestForm(dt.date(2026, 11, 12), "Fastlege", service_user_id=user)
    with pytest.raises(ValidationFailed, match="etter beslutning eller oppstart"):
        requests.update_request(db, request_id, too_late, version=3, today=TODAY)
    with pytest.raises(NotFound):
        requests.update_request(db, 999, form, version=1, today=TODAY)


def test_the_person_log_shows_the_request_steps(db, user):
    request_id = _new(db, dt.date(2026, 11, 2), user)
    requests.record_decision(db, request_id, dt.date(2026, 11, 5), RequestOutcome.GRANTED,
                             version=1, today=TODAY)  # fmt: skip
    requests.record_start(db, request_id, dt.date(2026, 11, 12), version=2)
    with db.transaction() as session:
        rows = session.execute(
            select(m.AuditEvent.action, m.AuditEvent.details)
            .where(m.AuditEvent.service_user_id == user, m.AuditEvent.action != "create")
            .order_by(m.AuditEvent.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("request_create", "Mottatt 02.11.2026 fra Fastlege (haster)"),
        ("request_decision", "Innvilget vedtak 05.11.2026"),
        ("request_start", "12.11.2026, 10 dager etter mottatt"),
    ]

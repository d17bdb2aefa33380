"""Requests (henvendelser): waiting days, and dates that must come in the right order."""

import datetime as dt

from psykhelse_desktop.domain.daily_vocabulary import Severity, Urgency
from psykhelse_desktop.domain.requests import (
    Request,
    RequestForm,
    validate_decision_date,
    validate_request,
    validate_start,
    waiting_days,
)

TODAY = dt.date(2026, 11, 23)
RECEIVED = dt.date(2026, 11, 2)


def _request(started_on: dt.date | None = None) -> Request:
    return Request(1, None, "", RECEIVED, "Fastlege", Urgency.ORDINARY, Severity.MODERATE,
                   started_on=started_on)  # fmt: skip


def test_waiting_days_count_to_today_until_the_help_starts():
    assert waiting_days(_request(), TODAY) == 21
    assert waiting_days(_request(dt.date(2026, 11, 12)), TODAY) == 10
    assert waiting_days(_request(), RECEIVED) == 0


def test_a_request_needs_a_received_date_and_who_it_came_from():
    errors = validate_request(RequestForm(), TODAY)
    assert errors["received_on"] == "Skriv datoen henvendelsen kom inn."
    assert "hvem henvendelsen kom fra" in errors["from_whom"]
    ahead = RequestForm(received_on=TODAY + dt.timedelta(days=1), from_whom="NAV")
    assert "fram i tid" in validate_request(ahead, TODAY)["received_on"]
    assert validate_request(RequestForm(received_on=TODAY, from_whom="NAV"), TODAY) == {}


def test_decision_and_start_cannot_come_before_the_request():
    before = RECEIVED - dt.timedelta(days=1)
    message = validate_decision_date(_request(), before, TODAY)["decided_on"]
    assert message.startswith("Beslutningsdatoen er før henvendelsen kom inn (02.11.2026).")
    assert "Oppstartsdatoen er før" in validate_start(_request(), before)["started_on"]
    assert validate_decision_date(_request(), RECEIVED, TODAY) == {}
    assert validate_start(_request(), RECEIVED) == {}
    assert (
        "fram i tid"
        in validate_decision_date(_request(), TODAY + dt.timedelta(1), TODAY)["decided_on"]
    )

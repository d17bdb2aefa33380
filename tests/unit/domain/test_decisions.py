"""Rules for decisions (vedtak) and low-threshold help: periods, evaluation dates, hours."""

import datetime as dt

from psykhelse_desktop.domain.daily_vocabulary import ServiceType
from psykhelse_desktop.domain.decisions import (
    Decision,
    DecisionForm,
    LowThresholdForm,
    validate_decision,
    validate_end,
    validate_low_threshold,
)

JAN, JUN, DEC = dt.date(2026, 1, 1), dt.date(2026, 6, 30), dt.date(2026, 12, 31)


def _form(**changes) -> DecisionForm:
    values = {
        "service_type": ServiceType.SUPPORT_TALKS, "hours_per_week": 1.5, "decided_on": JAN,
        "valid_from": JAN, "valid_to": DEC, "evaluate_on": JUN,
    }  # fmt: skip
    return DecisionForm(**{**values, **changes})


def _decision(valid_to: dt.date | None = DEC) -> Decision:
    return Decision(1, 1, "Åse Øvrebø", ServiceType.HOME_BASED, 3, JAN, JAN, valid_to, None)


def test_a_complete_decision_passes_and_may_run_until_further_notice():
    assert validate_decision(_form()) == {}
    assert validate_decision(_form(valid_to=None, evaluate_on=dt.date(2027, 5, 1))) == {}


def test_dates_that_must_be_there():
    errors = validate_decision(_form(decided_on=None, valid_from=None))
    assert "vedtaksbrevet" in errors["decided_on"]
    assert errors["valid_from"] == "Skriv datoen vedtaket gjelder fra."


def test_the_period_cannot_end_before_it_starts():
    errors = validate_decision(_form(valid_to=dt.date(2025, 12, 31)))
    assert errors == {"valid_to": "Sluttdatoen er før startdatoen. Rett en av dem."}


def test_evaluation_must_lie_in_the_period():
    for day in (dt.date(2025, 12, 1), dt.date(2027, 1, 1)):
        assert "utenfor vedtaksperioden" in validate_decision(_form(evaluate_on=day))["evaluate_on"]
    assert validate_decision(_form(evaluate_on=DEC)) == {}


def test_hours_per_week_are_between_zero_and_a_whole_week():
    assert "negativt" in validate_decision(_form(hours_per_week=-1))["hours_per_week"]
    assert "168" in validate_decision(_form(hours_per_week=168.5))["hours_per_week"]
    assert validate_decision(_form(hours_per_week=0)) == {}


def test_active_on_a_day_and_days_left():
    decision = _decision()
    assert decision.is_active_on(JAN) and decision.is_active_on(DEC)
    assert not decision.is_active_on(dt.date(2027, 1, 1))
    assert decision.days_left(dt.date(2026, 12, 1)) == 30
    assert _decision(None).days_left(DEC) is None and _decision(None).is_active_on(DEC)


def test_ending_is_within_the_period():
    assert "før vedtaket begynte" in validate_end(_decision(), dt.date(2025, 1, 1))["valid_to"]
    later = validate_end(_decision(), dt.date(2027, 3, 1))["valid_to"]
    assert later.startswith("Vedtaket gjelder bare til 31.12.2026.")
    assert validate_end(_decision(), JUN) == {}
    assert validate_end(_decision(None), dt.date(2030, 1, 1)) == {}


def test_low_threshold_needs_a_day_not_in_the_future():
    today = dt.date(2026, 11, 23)
    assert validate_low_threshold(LowThresholdForm(occurred_on=today), today) == {}
    assert "Skriv datoen" in validate_low_threshold(LowThresholdForm(), today)["occurred_on"]
    ahead = LowThresholdForm(occurred_on=today + dt.timedelta(days=1), duration_minutes=-1)
    errors = validate_low_threshold(ahead, today)
    assert "fram i tid" in errors["occurred_on"] and "negativ" in errors["duration_minutes"]

"""Decisions (vedtak) and low-threshold help (lavterskel) as plain data, and their rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .daily_vocabulary import JournalKind, ServiceType
from .journal import validate_duration

HOURS_IN_WEEK = 168


@dataclass(frozen=True)
class DecisionForm:
    """What the nurse types from a decision letter; `valid_to` empty means until further notice."""

    service_type: ServiceType = ServiceType.HOME_BASED
    hours_per_week: float = 0.0
    decided_on: dt.date | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    evaluate_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Decision:
    """A decision as read; ended by setting `valid_to`, never deleted."""

    id: int
    service_user_id: int
    person_name: str
    service_type: ServiceType
    hours_per_week: float
    decided_on: dt.date
    valid_from: dt.date
    valid_to: dt.date | None
    evaluate_on: dt.date | None
    notes: str = ""
    version: int = 1

    def is_active_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def days_left(self, day: dt.date) -> int | None:
        """Days from `day` to the last valid day; None when it runs until further notice."""
        return None if self.valid_to is None else (self.valid_to - day).days


@dataclass(frozen=True)
class LowThresholdForm:
    """Help given without a decision; the person may be unregistered (no service user id)."""

    occurred_on: dt.date | None = None
    kind: JournalKind = JournalKind.CONVERSATION
    duration_minutes: int = 0
    notes: str = ""
    service_user_id: int | None = None


@dataclass(frozen=True)
class LowThresholdContact:
    id: int
    occurred_on: dt.date
    kind: JournalKind
    duration_minutes: int
    notes: str
    service_user_id: int | None
    person_name: str = ""


def validate_decision(form: DecisionForm) -> dict[str, str]:
    errors = _check_hours(form.hours_per_week)
    if form.decided_on is None:
        errors["decided_on"] = "Skriv datoen vedtaket ble fattet (står i vedtaksbrevet)."
    if form.valid_from is None:
        errors["valid_from"] = "Skriv datoen vedtaket gjelder fra."
        return errors
    if form.valid_to is not None and form.valid_to < form.valid_from:
        errors["valid_to"] = "Sluttdatoen er før startdatoen. Rett en av dem."
    elif form.evaluate_on is not None and not _within(form, form.evaluate_on):
        errors["evaluate_on"] = (
            "Evalueringsdatoen ligger utenfor vedtaksperioden. Velg en dato i perioden."
        )
    return errors


def _check_hours(hours: float) -> dict[str, str]:
    if hours < 0:
        return {"hours_per_week": "Timer per uke kan ikke være negativt. Skriv 0 eller mer."}
    if hours > HOURS_IN_WEEK:
        return {"hours_per_week": "Timer per uke kan ikke være over 168 (alle timene i en uke)."}
    return {}


def _within(form: DecisionForm, day: dt.date) -> bool:
    assert form.valid_from is not None
    return form.valid_from <= day and (form.valid_to is None or day <= form.valid_to)


def validate_end(decision: Decision, on: dt.date) -> dict[str, str]:
    """Ending a decision on `on`: not before it started, and not later than it already ends."""
    if on < decision.valid_from:
        return {"valid_to": "Sluttdatoen er før vedtaket begynte å gjelde. Velg en senere dato."}
    if decision.valid_to is not None and on > decision.valid_to:
        return {
            "valid_to": (
                f"Vedtaket gjelder bare til {decision.valid_to:%d.%m.%Y}. "
                "Endre vedtaket hvis perioden skal forlenges."
            )
        }
    return {}


def validate_low_threshold(form: LowThresholdForm, today: dt.date) -> dict[str, str]:
    errors = validate_duration(form.duration_minutes)
    if form.occurred_on is None:
        errors["occurred_on"] = "Skriv datoen for kontakten."
    elif form.occurred_on > today:
        errors["occurred_on"] = "Datoen ligger fram i tid. Skriv når kontakten faktisk var."
    return errors

"""Requests for help (henvendelser) as plain data: received, decided, started, days waited.

Some municipalities refuse the word "venteliste": the program counts waiting days and never
calls anything a waiting list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .daily_vocabulary import RequestOutcome, Severity, Urgency


@dataclass(frozen=True)
class RequestForm:
    """What the nurse writes down when a request comes in; the person may be unregistered."""

    received_on: dt.date | None = None
    from_whom: str = ""
    urgency: Urgency = Urgency.ORDINARY
    severity: Severity = Severity.MODERATE
    service_user_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class Request:
    id: int
    service_user_id: int | None
    person_name: str
    received_on: dt.date
    from_whom: str
    urgency: Urgency
    severity: Severity
    decided_on: dt.date | None = None
    outcome: RequestOutcome | None = None
    started_on: dt.date | None = None
    notes: str = ""
    version: int = 1

    @property
    def is_open(self) -> bool:
        """No decision yet."""
        return self.decided_on is None


def waiting_days(request: Request, today: dt.date) -> int:
    """Days from received to start, or to `today` while the help has not started."""
    end = request.started_on or today
    return max((end - request.received_on).days, 0)


def validate_request(form: RequestForm, today: dt.date) -> dict[str, str]:
    errors = {}
    if form.received_on is None:
        errors["received_on"] = "Skriv datoen henvendelsen kom inn."
    elif form.received_on > today:
        errors["received_on"] = "Mottatt-datoen ligger fram i tid. Skriv når den faktisk kom inn."
    if not form.from_whom.strip():
        errors["from_whom"] = (
            "Skriv hvem henvendelsen kom fra (for eksempel fastlegen, NAV eller personen selv)."
        )
    return errors


def validate_decision_date(request: Request, decided_on: dt.date, today: dt.date) -> dict[str, str]:
    if decided_on < request.received_on:
        return {"decided_on": _before_received("Beslutningsdatoen", request)}
    if decided_on > today:
        return {"decided_on": "Beslutningsdatoen ligger fram i tid. Skriv når det ble besluttet."}
    return {}


def validate_start(request: Request, started_on: dt.date) -> dict[str, str]:
    if started_on < request.received_on:
        return {"started_on": _before_received("Oppstartsdatoen", request)}
    return {}


def _before_received(what: str, request: Request) -> str:
    return (
        f"{what} er før henvendelsen kom inn ({request.received_on:%d.%m.%Y}). "
        "Sjekk datoene og rett den som er feil."
    )

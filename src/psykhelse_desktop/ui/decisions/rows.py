"""How decisions, low-threshold contacts and requests read in their lists (Norwegian numbers)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...domain.daily_vocabulary import RequestOutcome
from ...domain.decisions import Decision, LowThresholdContact
from ...domain.journal import duration_text
from ...domain.requests import Request, waiting_days
from ..texts import date_text, domain_text, fill


def hours_text(hours: float) -> str:
    """Hours with a decimal comma and no trailing zeros: 2,5 and 7,25 and 4."""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_hours(text: str) -> float:
    """'2,5' or '2.5' or '2' (spaces allowed); ValueError when it is not a number."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned:
        return 0.0
    return float(cleaned)


def days_text(days: int) -> str:
    return (
        QCoreApplication.translate("services", "1 dag")
        if days == 1
        else fill(QCoreApplication.translate("services", "%1 dager"), days)
    )


def decision_status(decision: Decision, today: dt.date, soon_days: int) -> str:
    """Aktivt, Slutter om N dager, Avsluttet or Starter (date)."""
    if decision.valid_from > today:
        return fill(
            QCoreApplication.translate("services", "Starter %1"), date_text(decision.valid_from)
        )
    left = decision.days_left(today)
    if left is None or left > soon_days:
        return QCoreApplication.translate("services", "Aktivt")
    if left < 0:
        return QCoreApplication.translate("services", "Avsluttet")
    if left == 0:
        return QCoreApplication.translate("services", "Siste dag i dag")
    return fill(QCoreApplication.translate("services", "Slutter om %1"), days_text(left))


def is_ending_soon(decision: Decision, today: dt.date, soon_days: int) -> bool:
    left = decision.days_left(today)
    return decision.is_active_on(today) and left is not None and left <= soon_days


def decision_row(decision: Decision, today: dt.date, soon_days: int) -> tuple[str, ...]:
    """Tjeneste, Timer per uke, Fra, Til, Evaluering, Status."""
    return (
        domain_text(decision.service_type.label),
        hours_text(decision.hours_per_week),
        date_text(decision.valid_from),
        date_text(decision.valid_to) or QCoreApplication.translate("services", "Inntil videre"),
        date_text(decision.evaluate_on),
        decision_status(decision, today, soon_days),
    )


def low_threshold_row(contact: LowThresholdContact) -> tuple[str, ...]:
    """Dato, Type, Varighet, Merknad."""
    return (
        date_text(contact.occurred_on),
        domain_text(contact.kind.label),
        duration_text(contact.duration_minutes),
        contact.notes,
    )


def outcome_text(request: Request) -> str:
    if request.decided_on is None:
        return QCoreApplication.translate("services", "Ikke besluttet")
    outcome = domain_text(request.outcome.label) if request.outcome else ""
    return f"{date_text(request.decided_on)} {outcome}".strip()


# After these outcomes no help starts here: the days stop at the decision.
_CLOSED_OUTCOMES = {RequestOutcome.REFUSED, RequestOutcome.REFERRED, RequestOutcome.WITHDRAWN}


def still_counting(request: Request) -> bool:
    """No start yet, and no decision that closes the request."""
    return request.started_on is None and request.outcome not in _CLOSED_OUTCOMES


def days_counted(request: Request, today: dt.date) -> int:
    """Days from received to start; to today while still counting; else to the decision."""
    if request.started_on is None and request.outcome in _CLOSED_OUTCOMES and request.decided_on:
        return max((request.decided_on - request.received_on).days, 0)
    return waiting_days(request, today)


def request_row(request: Request, today: dt.date, *, with_person: bool) -> tuple[str, ...]:
    """Mottatt, Dager fra mottatt, Hastegrad, Alvorlighet, [Tjenestemottaker], Beslutning,
    Oppstart, Fra (free text, last so it takes the room left)."""
    person = (
        (request.person_name or QCoreApplication.translate("services", "ikke registrert"),)
        if with_person
        else ()
    )
    return (
        date_text(request.received_on),
        str(days_counted(request, today)),
        domain_text(request.urgency.label),
        domain_text(request.severity.label),
        *person,
        outcome_text(request),
        date_text(request.started_on)
        or (
            QCoreApplication.translate("services", "Ikke startet")
            if still_counting(request)
            else ""
        ),
        request.from_whom,
    )

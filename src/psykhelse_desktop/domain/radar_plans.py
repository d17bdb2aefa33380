"""The radar's rules for one individual plan: revision date, missing and expiring consents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .plan_vocabulary import ConsentKind, PlanChoice, PlanStatus
from .plans import Consent, IndividualPlan
from .radar import RadarKind, RadarLine, RadarSeverity, day, severity_for
from .settings import Settings


@dataclass(frozen=True)
class PlanFacts:
    """An active service user's plan (draft or active) as the radar reads it."""

    service_user_id: int
    person_name: str
    status: PlanStatus
    next_revision: dt.date | None
    plan: IndividualPlan


def plan_lines(facts: PlanFacts, today: dt.date, settings: Settings) -> list[RadarLine]:
    """Every radar line one plan gives: revision, missing consent, form not back, expiry."""
    consents = current_consents(facts.plan.consents)
    return [
        *_revision(facts, today, settings.plan_revision_days),
        *_plan_consent_missing(facts),
        *_form_missing(facts, consents),
        *(_expiry(facts, c, today) for c in _expiring(consents, today, settings)),
    ]


def current_consents(consents: tuple[Consent, ...]) -> list[Consent]:
    """The newest given consent per kind and participant (a renewed one replaces the old)."""
    newest: dict[tuple[ConsentKind, str], Consent] = {}
    for consent in consents:
        if consent.given_on is None:
            continue
        key = (consent.kind, consent.participant.strip().casefold())
        if key not in newest or _order(consent) > _order(newest[key]):
            newest[key] = consent
    return list(newest.values())


def _order(consent: Consent) -> tuple[dt.date, dt.date]:
    return consent.given_on or dt.date.min, consent.expires_on or dt.date.max


def _revision(facts: PlanFacts, today: dt.date, days: int) -> list[RadarLine]:
    due = facts.next_revision
    if facts.status is not PlanStatus.ACTIVE or due is None or due > today + dt.timedelta(days):
        return []
    text = f"Revisjonsdatoen {day(due)} er passert" if due < today else f"Revisjon {day(due)}"
    return [_line(facts, RadarKind.PLAN_REVISION, severity_for(due, today), due, text)]


def _plan_consent_missing(facts: PlanFacts) -> list[RadarLine]:
    if facts.plan.plan_consent is not None or facts.plan.choice is PlanChoice.DECLINES:
        return []
    if facts.status is PlanStatus.ACTIVE:
        severity, text = RadarSeverity.TODAY, "Planen er aktiv uten registrert samtykke"
    else:
        severity, text = RadarSeverity.SOON, "Utkast til plan: samtykke er ikke registrert"
    return [_line(facts, RadarKind.PLAN_CONSENT_MISSING, severity, None, text)]


def _form_missing(facts: PlanFacts, consents: list[Consent]) -> list[RadarLine]:
    """The signed form is one sheet for the plan and all sharing; the plan consent tells."""
    consent = next((c for c in consents if c.kind is ConsentKind.PLAN), None)
    if consent is None or consent.form_received or consent.given_on is None:
        return []
    given = consent.given_on
    text = f"Samtykke gitt {day(given)}: det signerte skjemaet er ikke registrert som mottatt"
    return [_line(facts, RadarKind.CONSENT_FORM_MISSING, RadarSeverity.SOON, given, text)]


def _expiring(consents: list[Consent], today: dt.date, settings: Settings) -> list[Consent]:
    limit = today + dt.timedelta(days=settings.consent_expiry_days)
    return [c for c in consents if c.expires_on is not None and c.expires_on <= limit]


def _expiry(facts: PlanFacts, consent: Consent, today: dt.date) -> RadarLine:
    due = consent.expires_on
    assert due is not None
    what = consent_name(consent)
    if due < today:
        return _line(facts, RadarKind.CONSENT_EXPIRED, RadarSeverity.OVERDUE, due,
                     f"{what} gikk ut {day(due)}")  # fmt: skip
    return _line(facts, RadarKind.CONSENT_EXPIRING, severity_for(due, today), due,
                 f"{what} går ut {day(due)}")  # fmt: skip


def consent_name(consent: Consent) -> str:
    if consent.kind is ConsentKind.PLAN:
        return "Samtykke til planen"
    return f"Samtykke til å dele opplysninger med {consent.participant.strip()}"


def _line(
    facts: PlanFacts, kind: RadarKind, severity: RadarSeverity, due: dt.date | None, text: str
) -> RadarLine:
    return RadarLine(kind, severity, due, facts.service_user_id, facts.person_name, text)

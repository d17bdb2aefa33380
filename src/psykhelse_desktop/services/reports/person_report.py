"""The per-person list for the municipal office: one row per service user with a decision.

By default a row names nobody: the pseudonym (P001, P002, ...) is handed out in a random order
for each export, so it holds within one file but cannot link two files. Names, national ID and
birth date are added only when the nurse asks for them (`include_identity`).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import municipal_figures as mf
from ...domain.daily_vocabulary import ServiceType
from ...domain.errors import UserError
from ...domain.national_id import format_national_id
from ...domain.vocabulary import Category
from ...storage import models as m
from ...storage.daily_models import JournalEntry, LowThresholdContact, ServiceDecision
from ..database import Database
from . import report_queries as q
from .municipal_report import hours

CATEGORY_LABELS = {c.value: c.label for c in Category}
TYPE_LABELS = {t.value: t.label for t in ServiceType}
NO_PEOPLE = (
    "Det finnes ingen tjenestemottakere med vedtak i perioden {period}. "
    "Ingen fil ble skrevet. Velg en annen periode."
)


@dataclass(frozen=True)
class PersonReport:
    period: mf.Period
    header: tuple[str, ...]
    rows: list[tuple]
    user_ids: list[int]  # who is in each row, for the audit log; never written to the file


def person_report(
    db: Database,
    start: dt.date | None,
    end: dt.date | None,
    *,
    include_identity: bool = False,
    rng: random.Random | None = None,
) -> PersonReport:
    """The rows, pseudonymised unless `include_identity`; UserError when nobody is in it."""
    period = mf.checked_period(start, end)
    with db.transaction() as session:
        people = _people(session, period)
        facts = _facts(session, period)
    if not people:
        raise UserError(NO_PEOPLE.format(period=period.text))
    (rng or random.SystemRandom()).shuffle(people)
    width = max(3, len(str(len(people))))
    rows = [
        (_row(f"P{n:0{width}d}", person, facts, include_identity), person.id)
        for n, person in enumerate(people, start=1)
    ]
    if include_identity:
        rows.sort(key=lambda r: (r[0][1].casefold(), r[0][2].casefold(), r[0][0]))
    header = _header(include_identity)
    return PersonReport(period, header, [r for r, _ in rows], [i for _, i in rows])


def _header(include_identity: bool) -> tuple[str, ...]:
    if not include_identity:
        return mf.PERSON_HEADER
    return (mf.PERSON_HEADER[0], *mf.IDENTITY_HEADER, *mf.PERSON_HEADER[1:])


@dataclass(frozen=True)
class _Facts:
    age_band: Callable[[dt.date | None], str]
    types: dict[int, str]
    hours: dict[int, float]
    plan: set[int]
    coordinator: set[int]
    group: set[int]
    contacts: Counter


def _people(session: Session, period: mf.Period) -> list:
    users = q.period_users(period).subquery()
    u = m.ServiceUser
    statement = (
        select(u.id, u.first_name, u.last_name, u.national_id, u.birth_date, u.category)
        .join(users, users.c.user_id == u.id)
        .order_by(u.id)
    )
    return list(session.execute(statement))


def _facts(session: Session, period: mf.Period) -> _Facts:
    return _Facts(
        age_band=mf.age_bands_on(period.end),
        types=_types(session, period),
        hours=_hours(session, period),
        plan=_ids(session, q.plan_user_ids(period)),
        coordinator=_ids(session, q.coordinator_user_ids(period)),
        group=_ids(session, q.group_user_ids(period)),
        contacts=_contacts(session, period),
    )


def _types(session: Session, period: mf.Period) -> dict[int, str]:
    """The labels of the service types in force in the period, per user, in the usual order."""
    d = ServiceDecision
    statement = (
        select(d.service_user_id, d.service_type)
        .where(q.in_force(period.start, period.end))
        .distinct()
    )
    order = {t.value: n for n, t in enumerate(ServiceType)}
    found: dict[int, list[str]] = {}
    for user_id, value in session.execute(statement):
        found.setdefault(user_id, []).append(value)
    return {
        user_id: ", ".join(
            TYPE_LABELS.get(t, t) for t in sorted(v, key=lambda t: (order.get(t, 99), t))
        )
        for user_id, v in found.items()
    }


def _hours(session: Session, period: mf.Period) -> dict[int, float]:
    d = ServiceDecision
    statement = (
        select(d.service_user_id, func.sum(d.hours_per_week))
        .where(q.in_force(period.end, period.end))
        .group_by(d.service_user_id)
    )
    return {k: float(v or 0) for k, v in session.execute(statement)}


def _ids(session: Session, statement) -> set[int]:  # noqa: ANN001
    return set(session.execute(statement).scalars())


def _contacts(session: Session, period: mf.Period) -> Counter:
    """Journal entries (not corrections) and low-threshold contacts per user in the period."""
    j, lt = JournalEntry, LowThresholdContact
    journal = (
        select(j.service_user_id, func.count())
        .where(q.journal_in(period))
        .group_by(j.service_user_id)
    )
    low = (
        select(lt.service_user_id, func.count())
        .where(lt.occurred_on >= period.start, lt.occurred_on <= period.end)
        .where(lt.service_user_id.is_not(None))
        .group_by(lt.service_user_id)
    )
    counts: Counter = Counter()
    for statement in (journal, low):
        counts.update(dict(session.execute(statement).all()))
    return counts


def _row(pseudonym: str, person, facts: _Facts, identity: bool) -> tuple:  # noqa: ANN001
    user_id = person.id
    values = (
        facts.age_band(person.birth_date),
        CATEGORY_LABELS.get(person.category, person.category),
        facts.types.get(user_id, ""),
        hours(facts.hours.get(user_id, 0.0)),
        user_id in facts.plan,
        user_id in facts.coordinator,
        user_id in facts.group,
        facts.contacts.get(user_id, 0),
    )
    if not identity:
        return (pseudonym, *values)
    # "ddmmåå nnnnn": with the space a spreadsheet keeps the leading zero.
    national_id = format_national_id(person.national_id) if person.national_id else ""
    who = (person.last_name, person.first_name, national_id, person.birth_date)
    return (pseudonym, *who, *values)

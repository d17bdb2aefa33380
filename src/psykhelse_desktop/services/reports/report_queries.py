"""The SQL behind the municipal figures: GROUP BY in the database, never a loop over rows.

Every statement takes a Period (both days included). A decision is in force on a day when
valid_from <= day and valid_to is empty or >= day. Times (journal, meetings, plan revisions)
count from the first day's 00:00 up to, not including, 00:00 after the last day.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from ...domain.daily_vocabulary import ServiceType
from ...domain.municipal_figures import UNKNOWN_AGE, Period, age_band_cutoffs
from ...storage import models as m
from ...storage.daily_models import JournalEntry, LowThresholdContact, ServiceDecision
from ...storage.daily_models import ServiceRequest as Request

D = ServiceDecision
RAPID = ServiceType.RAPID_HELP.value


def in_force(first: dt.date, last: dt.date) -> ColumnElement[bool]:
    """The decision was in force on some day from `first` to `last`."""
    return and_(D.valid_from <= last, or_(D.valid_to.is_(None), D.valid_to >= first))


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.max(case((condition, 1), else_=0))


def _bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(period.start, dt.time())
    return start, dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())


def period_users(period: Period) -> Select:
    """One row per service user with a decision in force in the period, with flags.

    `at_end`: in force on the last day; `before`: in force the day before the period (so not
    new); `rapid`: a decision of rask psykisk helsehjelp in the period.
    """
    day_before = period.day_before
    return (
        select(
            D.service_user_id.label("user_id"),
            _flag(in_force(period.end, period.end)).label("at_end"),
            _flag(in_force(day_before, day_before)).label("before"),
            _flag(and_(D.service_type == RAPID, in_force(period.start, period.end))).label("rapid"),
        )
        .where(in_force(day_before, period.end))
        .group_by(D.service_user_id)
        .having(_flag(in_force(period.start, period.end)) == 1)
    )


def user_totals(session: Session, period: Period) -> tuple[int, int, int, int]:
    """(with a decision, still served at the end, new, with rapid help)."""
    users = period_users(period).subquery()
    row = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(users.c.at_end), 0),
            func.coalesce(func.sum(1 - users.c.before), 0),
            func.coalesce(func.sum(users.c.rapid), 0),
        ).select_from(users)
    ).one()
    return tuple(int(v) for v in row)  # type: ignore[return-value]


def started_without_decision(session: Session, period: Period) -> int:
    """Service users whose start date is in the period but with no decision in force in it:
    the figures come from decisions, so these count neither as served nor as new."""
    user = m.ServiceUser
    decided = select(D.id).where(D.service_user_id == user.id, in_force(period.start, period.end))
    statement = (
        select(func.count())
        .select_from(user)
        .where(user.service_start.between(period.start, period.end), ~decided.exists())
    )
    return int(session.scalar(statement) or 0)


def users_by_type(session: Session, first: dt.date, last: dt.date) -> dict[str, int]:
    """Distinct users per service type with a decision in force from `first` to `last`."""
    statement = (
        select(D.service_type, func.count(distinct(D.service_user_id)))
        .where(in_force(first, last))
        .group_by(D.service_type)
    )
    return dict(session.execute(statement).all())


def users_any_type(session: Session, first: dt.date, last: dt.date) -> int:
    statement = select(func.count(distinct(D.service_user_id))).where(in_force(first, last))
    return int(session.execute(statement).scalar_one())


def age_band_column(day: dt.date) -> ColumnElement[str]:
    """The user's age band on `day`, from the birth date; 'Ukjent alder' without one."""
    birth = m.ServiceUser.birth_date
    whens = [(birth <= latest, label) for label, latest in age_band_cutoffs(day) if latest]
    youngest = age_band_cutoffs(day)[-1][0]
    return case((birth.is_(None), UNKNOWN_AGE), *whens, else_=youngest)


def users_by_age_and_category(session: Session, period: Period) -> dict[tuple[str, str], int]:
    users = period_users(period).subquery()
    band = age_band_column(period.end).label("band")
    statement = (
        select(band, m.ServiceUser.category, func.count())
        .join(users, users.c.user_id == m.ServiceUser.id)
        .group_by(band, m.ServiceUser.category)
    )
    return {(b, c): n for b, c, n in session.execute(statement)}


def plan_user_ids(period: Period) -> Select:
    """Users whose individual plan was active some time in the period.

    Active: a revision saved as active in the period, or the last revision saved before the
    period was active. A plan still in draft is not counted.
    """
    start, end = _bounds(period)
    r = m.PlanRevision
    saved_in = select(r.plan_id).where(r.status == "aktiv", r.saved_at >= start, r.saved_at < end)
    latest = (
        select(r.plan_id, func.max(r.number).label("number"))
        .where(r.saved_at < start)
        .group_by(r.plan_id)
        .subquery()
    )
    active_before = (
        select(r.plan_id)
        .join(latest, and_(latest.c.plan_id == r.plan_id, latest.c.number == r.number))
        .where(r.status == "aktiv")
    )
    plans = saved_in.union(active_before).subquery()
    return select(m.IndividualPlan.service_user_id).join(
        plans, plans.c.plan_id == m.IndividualPlan.id
    )


def coordinator_user_ids(period: Period) -> Select:
    c = m.CoordinatorPeriod
    return select(c.service_user_id).where(
        c.valid_from <= period.end, or_(c.valid_to.is_(None), c.valid_to >= period.start)
    )


def group_user_ids(period: Period) -> Select:
    g = m.ResponsibilityGroup
    return select(g.service_user_id).where(
        g.active_from <= period.end, or_(g.active_to.is_(None), g.active_to >= period.start)
    )


def count_distinct_users(session: Session, ids: Select) -> int:
    inner = ids.subquery()
    return int(session.execute(select(func.count(distinct(inner.c[0])))).scalar_one())


def meetings_held(session: Session, period: Period) -> int:
    start, end = _bounds(period)
    statement = select(func.count()).where(
        m.Meeting.status == "holdt", m.Meeting.starts_at >= start, m.Meeting.starts_at < end
    )
    return int(session.execute(statement).scalar_one())


def hours_at_end(session: Session, period: Period) -> dict[str, tuple[int, float]]:
    """Per service type: (users, granted hours per week) of decisions in force on the last day."""
    statement = (
        select(D.service_type, func.count(distinct(D.service_user_id)), func.sum(D.hours_per_week))
        .where(in_force(period.end, period.end))
        .group_by(D.service_type)
    )
    return {t: (n, float(h or 0)) for t, n, h in session.execute(statement)}


def journal_in(period: Period) -> ColumnElement[bool]:
    start, end = _bounds(period)
    j = JournalEntry
    return and_(j.occurred_at >= start, j.occurred_at < end, j.addendum_to_id.is_(None))


def contacts_by_kind(session: Session, period: Period) -> dict[str, int]:
    """Journal entries in the period per kind; a correction (addendum) is not a new contact."""
    statement = (
        select(JournalEntry.kind, func.count())
        .where(journal_in(period))
        .group_by(JournalEntry.kind)
    )
    return dict(session.execute(statement).all())


def users_with_contact(session: Session, period: Period) -> int:
    statement = select(func.count(distinct(JournalEntry.service_user_id))).where(journal_in(period))
    return int(session.execute(statement).scalar_one())


def low_threshold(session: Session, period: Period) -> tuple[int, int]:
    """(contacts, registered people) of low-threshold help in the period."""
    lt = LowThresholdContact
    statement = select(func.count(), func.count(distinct(lt.service_user_id))).where(
        lt.occurred_on >= period.start, lt.occurred_on <= period.end
    )
    contacts, people = session.execute(statement).one()
    return int(contacts), int(people)


def requests_counted(session: Session, period: Period) -> tuple[int, int]:
    """(received in the period, decided in the period)."""
    received = func.sum(case((Request.received_on.between(period.start, period.end), 1), else_=0))
    decided = func.sum(case((Request.decided_on.between(period.start, period.end), 1), else_=0))
    statement = select(func.coalesce(received, 0), func.coalesce(decided, 0)).where(
        or_(
            Request.received_on.between(period.start, period.end),
            Request.decided_on.between(period.start, period.end),
        )
    )
    received_count, decided_count = session.execute(statement).one()
    return int(received_count), int(decided_count)


def requests_started(session: Session, period: Period) -> list[tuple[dt.date, dt.date, bool]]:
    """(received, started, rapid help?) for requests started in the period: a few hundred rows.

    Rapid help: the user had a decision of rask psykisk helsehjelp in force on the start day.
    """
    rapid = (
        select(D.id)
        .where(
            D.service_user_id == Request.service_user_id,
            D.service_type == RAPID,
            D.valid_from <= Request.started_on,
            or_(D.valid_to.is_(None), D.valid_to >= Request.started_on),
        )
        .exists()
    )
    statement = select(Request.received_on, Request.started_on, rapid).where(
        Request.started_on.between(period.start, period.end)
    )
    return [(r, s, bool(x)) for r, s, x in session.execute(statement)]

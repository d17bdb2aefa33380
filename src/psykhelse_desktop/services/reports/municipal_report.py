"""Aggregate figures for the municipal office over a period, with small counts suppressed.

The long format (one figure per row: table, group, measure, value) is what docs/csv-export.md
describes. Counts come from GROUP BY queries in services/report_queries.py.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from sqlalchemy.orm import Session

from ...domain import municipal_figures as mf
from ...domain.daily_vocabulary import JournalKind, ServiceType
from ...domain.errors import UserError
from ...domain.suppression import DEFAULT_THRESHOLD, Figure, Sum, count, suppress
from ...domain.vocabulary import Category
from ..database import Database
from . import report_queries as q

NO_DATA = (
    "Det finnes ingen vedtak, kontakter, henvendelser eller møter i perioden {period}. "
    "Ingen fil ble skrevet. Velg en annen periode."
)
Table = tuple[list[Figure], list[Sum]]
WITH_DECISION = "Med vedtak i perioden"
AT_END = "Med tjenester ved periodens slutt"
STARTED = "Startet i perioden"
MEAN_WAIT = "Ventetid i dager, gjennomsnitt"


@dataclass(frozen=True)
class AggregateReport:
    period: mf.Period
    figures: list[Figure]

    def rows(self) -> list[tuple]:
        """The CSV rows under mf.AGGREGATE_HEADER."""
        start, end = self.period.start, self.period.end
        return [(start, end, f.table, f.group, f.measure, f.value) for f in self.figures]


def aggregate_report(
    db: Database,
    start: dt.date | None,
    end: dt.date | None,
    threshold: int = DEFAULT_THRESHOLD,
) -> AggregateReport:
    """Every table for the period; ValidationFailed or UserError (no data) in Norwegian."""
    period = mf.checked_period(start, end)
    with db.transaction() as session:
        figures, sums = _collect(session, period)
    if not any(f.basis for f in figures):
        raise UserError(NO_DATA.format(period=period.text))
    return AggregateReport(period, suppress(figures, sums, threshold))


def starts_without_decision(db: Database, start: dt.date | None, end: dt.date | None) -> int:
    """How many have a start date in the period but no decision in it (not counted as new)."""
    period = mf.checked_period(start, end)
    with db.transaction() as session:
        return q.started_without_decision(session, period)


def _collect(session: Session, period: mf.Period) -> Table:
    total, at_end, new, rapid = q.user_totals(session, period)
    tables = [
        _users(total, at_end, new, rapid),
        _by_type_and_year(session, period),
        _by_age_and_category(session, period),
        _follow_up(session, period),
        _hours(session, period, at_end),
        _contacts(session, period),
        _low_threshold(session, period),
        _requests(session, period),
    ]
    return [f for t in tables for f in t[0]], [s for t in tables for s in t[1]] + _links(period)


def _links(period: mf.Period) -> list[Sum]:
    """The same number in two tables: hiding it in one must hide it in the other."""
    total, at_end = (mf.USERS, mf.ALL, WITH_DECISION), (mf.USERS, mf.ALL, AT_END)
    links = [
        Sum(total, ((mf.BY_AGE_AND_CATEGORY, mf.ALL_AGES, mf.TOTAL),)),
        Sum(at_end, ((mf.HOURS, mf.ALL_TYPES, "Tjenestemottakere"),)),
    ]
    if len(period.years()) == 1:
        links.append(Sum(total, ((mf.BY_TYPE_AND_YEAR, str(period.start.year), mf.ALL_TYPES),)))
    return links


def _users(total: int, at_end: int, new: int, rapid: int) -> Table:
    t, g = mf.USERS, mf.ALL
    figures = [
        count(t, g, WITH_DECISION, total),
        count(t, g, AT_END, at_end),
        count(t, g, "Avsluttet i perioden", total - at_end),
        count(t, g, "Nye i perioden", new),
        count(t, g, "Med rask psykisk helsehjelp", rapid),
    ]
    return figures, [Sum(figures[0].key, (figures[1].key, figures[2].key))]


def _labels(vocabulary: type[Enum], found: Iterable[str]) -> list[tuple[str, str]]:
    """(stored value, label) for every known value, then any unknown value found in the data."""
    known = [(v.value, v.label) for v in vocabulary]  # type: ignore[attr-defined]
    values = {v for v, _ in known}
    return known + [(v, v) for v in sorted(set(found) - values)]


def _by_type_and_year(session: Session, period: mf.Period) -> Table:
    figures = []
    for year, first, last in period.years():
        found = q.users_by_type(session, first, last)
        figures += [
            count(mf.BY_TYPE_AND_YEAR, str(year), label, found.get(value, 0))
            for value, label in _labels(ServiceType, found)
        ]
        any_type = q.users_any_type(session, first, last)
        figures.append(count(mf.BY_TYPE_AND_YEAR, str(year), mf.ALL_TYPES, any_type))
    return figures, []


def _by_age_and_category(session: Session, period: mf.Period) -> Table:
    found = q.users_by_age_and_category(session, period)
    bands = [label for label, _ in mf.AGE_BANDS] + [mf.UNKNOWN_AGE]
    categories = _labels(Category, {c for _, c in found})
    t = mf.BY_AGE_AND_CATEGORY
    figures, sums = [], []
    for band in bands:
        cells = [count(t, band, label, found.get((band, value), 0)) for value, label in categories]
        figures += [*cells, count(t, band, mf.TOTAL, sum(c.basis for c in cells))]
        sums.append(Sum((t, band, mf.TOTAL), tuple(c.key for c in cells)))
    for _, label in [*categories, ("", mf.TOTAL)]:
        column = [f for f in figures if f.measure == label]
        figures.append(count(t, mf.ALL_AGES, label, sum(f.basis for f in column)))
        sums.append(Sum((t, mf.ALL_AGES, label), tuple(f.key for f in column)))
    totals = tuple((t, mf.ALL_AGES, label) for _, label in categories)
    sums += [Sum((t, mf.ALL_AGES, mf.TOTAL), totals)]
    return figures, sums


def _follow_up(session: Session, period: mf.Period) -> Table:
    t, g = mf.FOLLOW_UP, mf.ALL
    people = (
        ("Med individuell plan", q.plan_user_ids(period)),
        ("Med koordinator", q.coordinator_user_ids(period)),
        ("Med ansvarsgruppe", q.group_user_ids(period)),
    )
    figures = [count(t, g, name, q.count_distinct_users(session, ids)) for name, ids in people]
    return [*figures, count(t, g, "Ansvarsgruppemøter holdt", q.meetings_held(session, period))], []


def hours(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _hours(session: Session, period: mf.Period, at_end: int) -> Table:
    found = q.hours_at_end(session, period)
    t, figures = mf.HOURS, []
    for value, label in _labels(ServiceType, found):
        users, granted = found.get(value, (0, 0.0))
        figures.append(count(t, label, "Tjenestemottakere", users))
        users_key = (t, label, "Tjenestemottakere")
        figures.append(Figure(t, label, "Timer per uke", hours(granted), users, False, users_key))
    total = sum(granted for _, granted in found.values())
    figures.append(count(t, mf.ALL_TYPES, "Tjenestemottakere", at_end))
    figures.append(Figure(t, mf.ALL_TYPES, "Timer per uke", hours(total), at_end, is_count=False))
    parts = tuple(f.key for f in figures[:-2] if f.measure == "Timer per uke")
    return figures, [Sum(figures[-1].key, parts)]


def _contacts(session: Session, period: mf.Period) -> Table:
    found = q.contacts_by_kind(session, period)
    t = mf.CONTACTS
    figures = [
        count(t, label, "Kontakter", found.get(v, 0)) for v, label in _labels(JournalKind, found)
    ]
    total = count(t, mf.ALL, "Kontakter", sum(found.values()))
    users = count(t, mf.ALL, "Tjenestemottakere med kontakt", q.users_with_contact(session, period))
    return [*figures, total, users], [Sum(total.key, tuple(f.key for f in figures))]


def _low_threshold(session: Session, period: mf.Period) -> Table:
    contacts, people = q.low_threshold(session, period)
    t, g = mf.LOW_THRESHOLD, mf.ALL
    return [count(t, g, "Kontakter", contacts), count(t, g, "Registrerte personer", people)], []


def _requests(session: Session, period: mf.Period) -> Table:
    received, decided = q.requests_counted(session, period)
    started = q.requests_started(session, period)
    t = mf.REQUESTS
    figures = [count(t, mf.ALL, "Mottatt i perioden", received)]
    figures.append(count(t, mf.ALL, "Avgjort i perioden", decided))
    groups = (
        (mf.ALL, started),
        (mf.RAPID_HELP_GROUP, [s for s in started if s[2]]),
        (mf.OTHER_SERVICES, [s for s in started if not s[2]]),
    )
    for group, rows in groups:
        figures += _waiting(group, [(s - r).days for r, s, _ in rows])
    parts = (mf.RAPID_HELP_GROUP, mf.OTHER_SERVICES)
    return figures, [
        Sum((t, mf.ALL, STARTED), tuple((t, g, STARTED) for g in parts)),
        Sum((t, mf.ALL, MEAN_WAIT), tuple((t, g, MEAN_WAIT) for g in parts), weighted=True),
    ]


def _waiting(group: str, days: list[int]) -> list[Figure]:
    """How many started, and the median and mean days from received to started."""
    t, n = mf.REQUESTS, len(days)
    median = Decimal(str(statistics.median(days))).quantize(Decimal("0.1")) if days else None
    mean = Decimal(sum(days)) / n if days else None
    started = (t, group, STARTED)
    return [
        count(t, group, STARTED, n),
        Figure(t, group, "Ventetid i dager, median", median, n, False, started),
        Figure(t, group, MEAN_WAIT, _one_decimal(mean), n, False, started),
    ]


def _one_decimal(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.1"))

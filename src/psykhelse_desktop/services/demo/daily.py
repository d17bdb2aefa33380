"""Synthetic daily work for the demo record: journal, decisions, requests, low-threshold help.

Runs after the demo users are inserted, with Core bulk inserts and ids given beforehand (so
addenda and the full-text index need no round trips). One nurse's caseload (at most `caseload`
open users) gets three years of contacts: mostly signed, a few drafts, a few corrected by an
addendum, and a few people with no contact for more than eight weeks. Decisions run back to
back; some end within 30 days and some have ended. Some requests wait for a decision.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.daily_vocabulary import JournalKind, RequestOutcome, ServiceType, Severity, Urgency
from ...domain.text import fold
from ...domain.vocabulary import Category
from ...storage import daily_models as dm
from ...storage import models as m
from ..daily.journal_search import index_many
from . import daily_texts as t

Row = dict[str, Any]
CASELOAD = 80
YEARS = 3
_MODELS = (dm.JournalEntry, dm.ServiceDecision, dm.ServiceRequest, dm.LowThresholdContact)
_KINDS = (
    (JournalKind.CONVERSATION, 40, (45, 60)), (JournalKind.HOME_VISIT, 20, (60, 90)),
    (JournalKind.PHONE, 20, (10, 20)), (JournalKind.VIDEO, 5, (30, 45)),
    (JournalKind.MEDICATION, 8, (15, 20)), (JournalKind.GROUP, 2, (90, 90)),
    (JournalKind.NOT_MET, 5, (0, 0)),
)  # fmt: skip
_KIND_WEIGHTS = tuple(w for _, w, _ in _KINDS)
_GENERAL = (ServiceType.SUPPORT_TALKS, ServiceType.HOME_BASED, ServiceType.HOUSING_GUIDANCE,
            ServiceType.ACTIVITY)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _fold(part: str) -> str:
    return fold(part)


def add_demo_daily_work(
    session: Session, seed: int, today: dt.date, operator: str, *, caseload: int = CASELOAD
) -> dict[str, int]:
    """Daily work for up to `caseload` open users with no journal yet; returns the counts."""
    has_journal = select(dm.JournalEntry.service_user_id)
    users = session.execute(
        select(m.ServiceUser.id, m.ServiceUser.service_start, m.ServiceUser.category,
               m.ServiceUser.is_lar)
        .where(m.ServiceUser.is_closed.is_(False), m.ServiceUser.id.not_in(has_journal))
        .order_by(m.ServiceUser.id).limit(caseload)
    ).all()  # fmt: skip
    maker = _DailyMaker(session, random.Random(seed + 3), today, operator)
    for index, (user_id, start, category, is_lar) in enumerate(users):
        maker.add_user(index, user_id, start or today, Category(category), is_lar)
    maker.add_unregistered([u[0] for u in users])
    maker.number_entries()
    for model in _MODELS:
        if maker.rows[model]:
            session.execute(insert(model.__table__), maker.rows[model])
    index_many(session, maker.index_rows)
    return {
        "journal_entries": len(maker.rows[dm.JournalEntry]),
        "decisions": len(maker.rows[dm.ServiceDecision]),
        "requests": len(maker.rows[dm.ServiceRequest]),
        "low_threshold_contacts": len(maker.rows[dm.LowThresholdContact]),
    }


class _DailyMaker:
    def __init__(self, session: Session, rng: random.Random, today: dt.date, operator: str):
        self.rng, self.today, self.operator = rng, today, operator
        self.since = today - dt.timedelta(days=365 * YEARS)
        self.rows: dict[type, list[Row]] = {model: [] for model in _MODELS}
        self.index_rows: list[tuple[int, str]] = []
        self.bodies: list[str] = []  # folded text, beside rows[JournalEntry]
        self.first_entry = (session.scalar(select(func.max(dm.JournalEntry.id))) or 0) + 1
        self.zone = _oslo()

    def add_user(self, index: int, user_id: int, start: dt.date, category: Category, lar: bool):
        start = max(start, self.since)
        silent = index % 12 == 5  # no contact for 8-20 weeks: the day's list should show them
        last = self.today - dt.timedelta(weeks=self.rng.randint(8, 20) if silent else 0, days=1)
        self._journal(user_id, start, last, every=self.rng.choice((7, 14, 14, 21, 28)))
        if index % 7 != 6:  # most of the caseload has decisions
            self._decisions(user_id, start, index, _service_type(self.rng, category, lar))
        if start > self.since:
            self._request(user_id, start)

    # -- the journal ----------------------------------------------------------------------

    def _journal(self, user_id: int, start: dt.date, last: dt.date, every: int) -> None:
        day = start + dt.timedelta(days=self.rng.randint(0, 6))
        while day <= last:
            if day.weekday() < 5:
                self._entry(user_id, day)
            day += dt.timedelta(days=max(1, every + self.rng.randint(-3, 3)))

    def _entry(self, user_id: int, day: dt.date) -> None:
        rng = self.rng
        kind, _, (shortest, longest) = rng.choices(_KINDS, _KIND_WEIGHTS)[0]
        at = dt.datetime.combine(day, dt.time(rng.randint(8, 14), rng.choice((0, 15, 30, 45))))
        written = self._utc(at + dt.timedelta(minutes=rng.randint(30, 240)))
        recent = (self.today - day).days <= 14
        draft = rng.random() < (0.15 if recent else 0.002)
        parts = _text_parts(rng, kind)
        position = self._add_entry(
            user_id, at, kind, rng.randint(shortest, longest) // 5 * 5, parts, written,
            None if draft else written + dt.timedelta(minutes=rng.randint(1, 90)),
        )  # fmt: skip
        if not draft and rng.random() < 0.03:
            self._addendum(position, user_id, at, kind, written)

    def _addendum(self, original: int, user_id: int, at: dt.datetime, kind: JournalKind,
                  written: dt.datetime) -> None:  # fmt: skip
        later = written + dt.timedelta(days=self.rng.randint(1, 10), hours=self.rng.randint(0, 5))
        later = min(later, self._utc(dt.datetime.combine(self.today, dt.time(8))))
        parts = (self.rng.choice(t.ADDENDA),)
        self._add_entry(user_id, at, kind, 0, parts, later, later, addendum_to=original)

    def _add_entry(self, user_id: int, at: dt.datetime, kind: JournalKind, minutes: int,
                   parts: tuple[str, ...], written: dt.datetime, signed: dt.datetime | None,
                   addendum_to: int | None = None) -> int:  # fmt: skip
        """Add an entry; returns its position (`addendum_to` is a position too, for now)."""
        self.rows[dm.JournalEntry].append(
            {"service_user_id": user_id, "occurred_at": at, "kind": kind.value,
             "duration_minutes": minutes, "text": "\n".join(parts), "written_by": self.operator,
             "created_at": written, "updated_at": written, "signed_at": signed,
             "signed_by": self.operator if signed else "", "addendum_to_id": addendum_to}
        )  # fmt: skip
        self.bodies.append("\n".join(map(_fold, parts)))
        return len(self.bodies) - 1

    def number_entries(self) -> None:
        """Ids in the order the entries were written, as in real use: the search shows the
        latest written first, and an original always has a lower id than its addenda."""
        rows = self.rows[dm.JournalEntry]
        order = sorted(range(len(rows)), key=lambda i: (rows[i]["created_at"], i))
        ids = {position: self.first_entry + n for n, position in enumerate(order)}
        for position, row in enumerate(rows):
            row["id"] = ids[position]
            if row["addendum_to_id"] is not None:
                row["addendum_to_id"] = ids[row["addendum_to_id"]]
        rows.sort(key=lambda row: row["id"])
        self.index_rows = [(ids[p], self.bodies[p]) for p in order]

    def _utc(self, local: dt.datetime) -> dt.datetime:
        if self.zone is None:
            return local
        return local.replace(tzinfo=self.zone).astimezone(dt.UTC).replace(tzinfo=None)

    # -- decisions, requests, low-threshold help ------------------------------------------

    def _decisions(self, user_id: int, start: dt.date, index: int, kind: ServiceType) -> None:
        """Decisions back to back from the start; the last one runs on, ends soon or lapsed."""
        begin = start
        while True:
            months = 3 if kind is ServiceType.RAPID_HELP else self.rng.choice((6, 12, 12))
            end = begin + dt.timedelta(days=30 * months - 1)
            if end >= self.today:
                self._decision(user_id, kind, begin, self._last_end(index, begin, end))
                return
            self._decision(user_id, kind, begin, end)
            begin = end + dt.timedelta(days=1)
            kind = ServiceType.SUPPORT_TALKS if kind is ServiceType.RAPID_HELP else kind

    def _last_end(self, index: int, begin: dt.date, end: dt.date) -> dt.date | None:
        if index % 10 == 3:  # ends within 30 days: a new decision is due
            return self.today + dt.timedelta(days=self.rng.randint(1, 30))
        if index % 10 == 7:  # lapsed a while ago and not renewed
            return max(begin, self.today - dt.timedelta(days=self.rng.randint(5, 60)))
        return None if index % 10 == 9 else end

    def _decision(self, user_id: int, kind: ServiceType, begin: dt.date, end: dt.date | None):
        rng = self.rng
        hours = rng.choice((0.5, 1, 1, 1.5, 2, 3, 4)) * (3 if kind in _HEAVY else 1)
        middle = begin + dt.timedelta(days=(end - begin).days // 2 if end else 180)
        if middle < self.today <= (end or self.today):  # running: mostly evaluated on time
            middle = self.today + dt.timedelta(days=rng.randint(-10, 150))
        self.rows[dm.ServiceDecision].append(
            {"service_user_id": user_id, "service_type": kind.value, "hours_per_week": hours,
             "decided_on": begin - dt.timedelta(days=rng.randint(0, 14)), "valid_from": begin,
             "valid_to": end, "evaluate_on": middle, "notes": rng.choice(t.DECISION_NOTES),
             "created_at": self._utc(dt.datetime.combine(begin, dt.time(12)))}
        )  # fmt: skip

    def _request(self, user_id: int | None, started: dt.date | None, open_: bool = False) -> None:
        rng = self.rng
        wait = rng.randint(2, 45)
        received = (started or self.today) - dt.timedelta(days=wait)
        decided = None if open_ else received + dt.timedelta(days=rng.randint(1, max(1, wait)))
        outcome = "" if open_ else RequestOutcome.GRANTED.value
        self.rows[dm.ServiceRequest].append(
            {"service_user_id": user_id, "received_on": received,
             "from_whom": rng.choice(t.REQUEST_FROM), "urgency": _urgency(rng).value,
             "severity": rng.choice(tuple(Severity)).value, "decided_on": decided,
             "outcome": outcome, "started_on": started, "notes": rng.choice(t.REQUEST_NOTES),
             "created_at": self._utc(dt.datetime.combine(received, dt.time(12)))}
        )  # fmt: skip

    def add_unregistered(self, caseload: list[int]) -> None:
        """New requests still without a decision, and low-threshold contacts over the years."""
        for number in range(max(3, len(caseload) // 8)):
            person = caseload[number * 3] if number % 2 and len(caseload) > number * 3 else None
            self._request(person, None, open_=number % 3 != 2)  # a few decided, not started
        for week in range(52 * YEARS):
            for _ in range(self.rng.choice((0, 1, 1, 2, 3)) if caseload else 0):
                self._low_threshold(self.since + dt.timedelta(weeks=week), caseload)

    def _low_threshold(self, monday: dt.date, caseload: list[int]) -> None:
        rng = self.rng
        day = monday + dt.timedelta(days=rng.randint(0, 4))
        kind = rng.choice((JournalKind.CONVERSATION, JournalKind.PHONE, JournalKind.VIDEO))
        self.rows[dm.LowThresholdContact].append(
            {"service_user_id": rng.choice(caseload) if rng.random() < 0.2 else None,
             "occurred_on": min(day, self.today), "kind": kind.value,
             "duration_minutes": rng.choice((15, 30, 45)),
             "notes": rng.choice(t.LOW_THRESHOLD_NOTES),
             "created_at": self._utc(dt.datetime.combine(min(day, self.today), dt.time(15)))}
        )  # fmt: skip


_HEAVY = (ServiceType.HOUSING_GUIDANCE, ServiceType.HOME_BASED)


def _service_type(rng: random.Random, category: Category, lar: bool) -> ServiceType:
    if lar:
        return ServiceType.MEDICATION
    if category is Category.SUBSTANCE_USE:
        return ServiceType.SUBSTANCE
    return ServiceType.RAPID_HELP if rng.random() < 0.1 else rng.choice(_GENERAL)


def _urgency(rng: random.Random) -> Urgency:
    return Urgency.URGENT if rng.random() < 0.2 else Urgency.ORDINARY


def _text_parts(rng: random.Random, kind: JournalKind) -> tuple[str, ...]:
    if kind is JournalKind.NOT_MET:
        return ("Møtte ikke til avtalt tid.", f"Forsøkt kontaktet: {rng.choice(t.NOT_MET)}",
                f"Avtalt videre: {rng.choice(t.PLANS)}")  # fmt: skip
    if kind is JournalKind.MEDICATION:
        return (rng.choice(t.MEDICATION), f"Avtalt videre: {rng.choice(t.PLANS)}")
    first = {JournalKind.HOME_VISIT: t.HOME, JournalKind.PHONE: t.PHONE,
             JournalKind.GROUP: t.GROUPS}.get(kind)  # fmt: skip
    opening = (rng.choice(first),) if first else ()
    return (*opening, f"Tema: {rng.choice(t.TOPICS)}.", f"Vurdering: {rng.choice(t.ASSESSMENTS)}",
            f"Informasjon gitt og samtykke: {rng.choice(t.INFORMATION)}",
            f"Avtalt videre: {rng.choice(t.PLANS)}")  # fmt: skip


def _oslo() -> ZoneInfo | None:
    try:
        return ZoneInfo("Europe/Oslo")
    except ZoneInfoNotFoundError:
        return None

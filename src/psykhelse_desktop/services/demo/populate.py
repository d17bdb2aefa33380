"""Seeded synthetic demo data: an address book and invented service users with test numbers."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.errors import UserError
from ...domain.national_id import with_check_digits
from ...domain.text import search_key, sort_key
from ...domain.vocabulary import CONTACT_ROLES, RELATIONS, Category
from ...storage import models as m
from ...storage.queries import follow_given_ids
from ..clock import oslo_today
from ..database import Database
from .daily import add_demo_daily_work
from .groups import add_demo_groups
from .names import (
    CLOSED_REASONS,
    FEMALE,
    LAST,
    LINK_KINDS,
    MALE,
    ORGANISATIONS,
    PLACES,
    REACH_NOTES,
    STAFF_ROLES,
    STREETS,
)
from .plans import consent_rows, demo_plan, nurse_coordinator, plan_rows
from .rows import Dice, Row, ascii_name, kin_row, organisation_row

DEFAULT_SEED = 2026
CHUNK_SIZE = 5000
DEMO_DETAILS = "Demodata"
NOT_DEMO_MESSAGE = (
    "Demodata kan bare legges inn i en demodatabase, aldri i en ekte journal. "
    "Lag en egen demodatabase og prøv igjen."
)
T = TypeVar("T")
Rows = dict[type, list[Row]]

FAMILY_RELATIONS = {"Mor", "Far", "Søster", "Bror"}
MALE_RELATIONS = {"Far", "Bror"}
FEMALE_RELATIONS = {"Mor", "Søster"}
ADULT_RELATIONS = tuple(r for r in RELATIONS if r != "Barn")
_USER_TABLES = (
    m.ServiceUser, m.NextOfKin, m.GpPeriod, m.ServiceUserContact, m.AuditEvent,
    m.CoordinatorPeriod, m.IndividualPlan, m.PlanRevision, m.ConsentEntry,
)  # fmt: skip
_SUMMARY_FIELDS = {
    m.Organisation: "organisations", m.ContactPerson: "contact_people",
    m.ServiceUser: "service_users", m.NextOfKin: "next_of_kin", m.GpPeriod: "gp_periods",
    m.ServiceUserContact: "contacts", m.AuditEvent: "audit_events",
    m.CoordinatorPeriod: "coordinators", m.IndividualPlan: "plans",
    m.PlanRevision: "plan_revisions", m.ConsentEntry: "consents",
}  # fmt: skip
_CATEGORIES = tuple(Category)
_CATEGORY_WEIGHTS = tuple(itertools.accumulate((65, 15, 20)))  # psykisk helse, rus, ROP
_COUNTS = (0, 1, 2, 3)
_KIN_WEIGHTS = tuple(itertools.accumulate((20, 40, 30, 10)))
_GP_WEIGHTS = tuple(itertools.accumulate((0, 55, 30, 15)))
_CONTACT_WEIGHTS = tuple(itertools.accumulate((30, 35, 25, 10)))
_ONE_DAY = dt.timedelta(days=1)
_SIXTEEN_YEARS = dt.timedelta(days=16 * 366)
_EIGHT_YEARS = dt.timedelta(days=8 * 365)
_FIFTEEN_YEARS = dt.timedelta(days=15 * 365)


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind one call to populate_demo added."""

    organisations: int = 0
    contact_people: int = 0
    service_users: int = 0
    closed: int = 0
    next_of_kin: int = 0
    gp_periods: int = 0
    contacts: int = 0
    audit_events: int = 0
    coordinators: int = 0
    plans: int = 0
    plan_revisions: int = 0
    consents: int = 0
    groups: int = 0
    meetings: int = 0
    action_items: int = 0
    journal_entries: int = 0
    decisions: int = 0
    requests: int = 0
    low_threshold_contacts: int = 0


@dataclass
class _Book:
    """The generated address book: GP ids, and contact ids per link role."""

    gp_ids: list[int]
    by_link_role: dict[str, list[int]]


def populate_demo(
    db: Database, users: int, seed: int = DEFAULT_SEED, *, today: dt.date | None = None
) -> DemoSummary:
    """Fill a demo record with an address book and `users` synthetic service users."""
    if not db.is_demo:
        raise UserError(NOT_DEMO_MESSAGE)
    with db.transaction() as session:
        generator = DemoGenerator(seed, today, db.profile.name, _next_ids(session))
        generator.taken.update(session.scalars(select(m.ServiceUser.national_id)).all())
        totals = _insert(session, generator.address_book())
        for rows in generator.user_batches(users, CHUNK_SIZE):
            _add_counts(totals, _insert(session, rows))
        _add_counts(totals, add_demo_groups(session, seed, generator.today, db.profile.name))
        _add_counts(totals, add_demo_daily_work(session, seed, generator.today, db.profile.name))
        follow_given_ids(session.connection(), m.Base.metadata.sorted_tables)
    return DemoSummary(**totals)


def generate_rows(users: int, seed: int = DEFAULT_SEED, *, today: dt.date | None = None) -> Rows:
    """Every row populate_demo would add to an empty record, without a database (benchmarks)."""
    generator = DemoGenerator(seed, today, "Demo", {})
    rows = generator.address_book()
    for batch in generator.user_batches(users, CHUNK_SIZE):
        for model, batch_rows in batch.items():
            rows.setdefault(model, []).extend(batch_rows)
    return rows


def _next_ids(session: Session) -> dict[type[m.Base], int]:
    models = (m.Organisation, m.ContactPerson, m.ServiceUser, m.IndividualPlan)
    return {model: (session.scalar(select(func.max(model.id))) or 0) + 1 for model in models}


def _insert(session: Session, rows: Rows) -> dict[str, int]:
    counts: dict[str, int] = {}
    for model, table_rows in rows.items():
        if table_rows:
            session.execute(insert(model.__table__), table_rows)
        counts[_SUMMARY_FIELDS[model]] = len(table_rows)
    counts["closed"] = sum(1 for r in rows.get(m.ServiceUser, ()) if r["is_closed"])
    return counts


def _add_counts(totals: dict[str, int], more: dict[str, int]) -> None:
    for key, value in more.items():
        totals[key] = totals.get(key, 0) + value


class DemoGenerator:
    """Deterministic rows from one seed; ids are given, so links need no round trips."""

    def __init__(
        self, seed: int, today: dt.date | None, operator: str, next_ids: dict[type, int]
    ) -> None:
        self.rng = Dice(seed)
        self.plan_rng = Dice(seed + 1)  # its own stream: plans do not change who the people are
        self.today = today or oslo_today()
        self.now = m.utc_now() if today is None else dt.datetime.combine(today, dt.time(8, 0))
        self.operator = operator
        self.next_ids = {model: next_ids.get(model, 1) for model in _SUMMARY_FIELDS}
        self.taken: set[str | None] = set()
        self.book = _Book([], {role: [] for role in LINK_KINDS})

    def _new_id(self, model: type) -> int:
        self.next_ids[model] += 1
        return self.next_ids[model] - 1

    # -- the address book ---------------------------------------------------------------

    def address_book(self) -> Rows:
        organisations, people = [], []
        gp_total = self.rng.between(4, 6)
        first_practice = self.rng.between(2, min(4, gp_total - 2))
        gp_counts = iter((first_practice, gp_total - first_practice))
        for name, kind, phone, address in ORGANISATIONS:
            org_id = self._new_id(m.Organisation)
            organisations.append(organisation_row(org_id, name, kind, phone, address))
            staff = next(gp_counts) if kind == "Fastlegekontor" else self.rng.between(2, 4)
            people.extend(self._person(org_id, kind) for _ in range(staff))
        return {m.Organisation: organisations, m.ContactPerson: people}

    def _person(self, org_id: int, kind: str) -> Row:
        person_id = self._new_id(m.ContactPerson)
        first, last = self._first_name(self.rng.chance(0.6)), self.rng.pick(LAST)
        name, role = f"{first} {last}", self.rng.pick(STAFF_ROLES.get(kind, ("Kontakt",)))
        phone = self._mobile()
        self._file_person(person_id, kind)
        return {
            "id": person_id, "organisation_id": org_id, "name": name, "role": role,
            "phone": phone, "email": f"{ascii_name(first)}.{ascii_name(last)}@testvik.example",
            "search_key": search_key(name, role, phone),
        }  # fmt: skip

    def _file_person(self, person_id: int, kind: str) -> None:
        if kind == "Fastlegekontor":
            self.book.gp_ids.append(person_id)
        for link_role, kinds in LINK_KINDS.items():
            if kind in kinds:
                self.book.by_link_role[link_role].append(person_id)

    # -- service users ------------------------------------------------------------------

    def user_batches(self, users: int, chunk_size: int) -> Iterator[Rows]:
        for start in range(0, users, chunk_size):
            rows: Rows = {model: [] for model in _USER_TABLES}
            for _ in range(min(chunk_size, users - start)):
                self._add_user(rows)
            yield rows

    def _add_user(self, rows: Rows) -> None:
        user = self._user()
        user_id, birth = user["id"], user["birth_date"]
        rows[m.ServiceUser].append(user)
        rows[m.NextOfKin].extend(self._next_of_kin(user))
        rows[m.GpPeriod].extend(self._gp_history(user_id, birth))  # type: ignore[arg-type]
        rows[m.ServiceUserContact].extend(self._contacts(user_id))
        if not user["is_closed"] and self.plan_rng.chance(0.5):
            self._add_plan(rows, user_id, user["service_start"])
        rows[m.AuditEvent].append(
            {"at": self.now, "operator": self.operator, "service_user_id": user_id,
             "action": "create", "details": DEMO_DETAILS}
        )  # fmt: skip

    def _add_plan(self, rows: Rows, user_id: int, since: dt.date) -> None:
        """About half of the open users get a coordinator (the nurse) and a plan with history."""
        coordinator = nurse_coordinator(self.operator, since)
        rows[m.CoordinatorPeriod].append(
            {"service_user_id": user_id, "contact_person_id": None, "nurse_name": self.operator,
             "valid_from": since, "valid_to": None}
        )  # fmt: skip
        plan = demo_plan(self.plan_rng, self.today, coordinator)
        plan_id = self._new_id(m.IndividualPlan)
        row, revisions = plan_rows(plan_id, user_id, plan, self.operator, self.now, self.plan_rng)
        rows[m.IndividualPlan].append(row)
        rows[m.PlanRevision].extend(revisions)
        gp = next((r["contact_person_id"] for r in rows[m.GpPeriod]
                   if r["service_user_id"] == user_id and r["valid_to"] is None), None)  # fmt: skip
        rows[m.ConsentEntry].extend(consent_rows(user_id, plan, gp))

    def _user(self) -> Row:
        rng, female = self.rng, self.rng.chance(0.5)
        first, last = self._first_name(female), rng.pick(LAST)
        birth = self.today - dt.timedelta(days=int(rng.triangular(17, 88, 34) * 365.25))
        national_id = self._national_id(birth, female) if rng.chance(0.99) else None
        phone, phone_alt = self._mobile(), self._mobile() if rng.chance(0.15) else ""
        row = {
            "id": self._new_id(m.ServiceUser), "first_name": first, "last_name": last,
            "national_id": national_id, "birth_date": birth, "phone": phone,
            "phone_alt": phone_alt, "email": self._email(first, last),
            "reach_notes": rng.pick(REACH_NOTES) if rng.chance(0.2) else "",
            "search_key": search_key(first, last, national_id, phone, phone_alt),
            "sort_key": sort_key(last, first),
            "created_at": self.now, "updated_at": self.now,
        }  # fmt: skip
        row.update(self._address())
        row.update(self._situation(birth))
        row.update(self._service_period(birth))
        return row

    def _first_name(self, female: bool) -> str:
        names = FEMALE if female else MALE
        first = self.rng.pick(names)
        if self.rng.chance(0.08):
            second = self.rng.pick(names)
            first = first if second == first else f"{first} {second}"
        return first

    def _national_id(self, birth: dt.date, female: bool) -> str | None:
        """A unique synthetic number (Tenor: month+80, else H: month+40) with check digits."""
        month = birth.month + (80 if self.rng.chance(0.8) else 40)
        head = f"{birth.day:02d}{month:02d}{birth.year % 100:02d}"
        low = 500 if birth.year >= 2000 else 0
        start = 2 * int(self.rng.random() * 250) + (0 if female else 1)  # even: female
        for step in range(0, 500, 2):
            number = with_check_digits(f"{head}{low + (start + step) % 500:03d}")
            if number and number not in self.taken:
                self.taken.add(number)
                return number
        return None

    def _mobile(self) -> str:
        digits = f"{self.rng.pick('99994')}{int(self.rng.random() * 10_000_000):07d}"
        return f"{digits[:3]} {digits[3:5]} {digits[5:]}"

    def _email(self, first: str, last: str) -> str:
        if not self.rng.chance(0.3):
            return ""
        return f"{ascii_name(first)}.{ascii_name(last)}{self.rng.between(1, 99)}@epost.example"

    def _address(self) -> Row:
        rng = self.rng
        number = f"{rng.between(1, 80)}{rng.pick('AB') if rng.chance(0.1) else ''}"
        postal_code, postal_place = rng.pick(PLACES)
        address = f"{rng.pick(STREETS)} {number}"
        return {"address": address, "postal_code": postal_code, "postal_place": postal_place}

    def _situation(self, birth: dt.date) -> Row:
        rng = self.rng
        category = rng.weighted(_CATEGORIES, _CATEGORY_WEIGHTS)
        age = (self.today - birth).days // 365
        return {
            "category": category.value,
            "is_lar": category is not Category.MENTAL_HEALTH and rng.chance(0.12),
            "is_tud": category is not Category.SUBSTANCE_USE and rng.chance(0.02),
            "has_minor_children": 22 <= age <= 55 and rng.chance(0.3),
        }

    def _service_period(self, birth: dt.date) -> Row:
        rng = self.rng
        earliest = max(birth + _SIXTEEN_YEARS, self.today - _EIGHT_YEARS)
        span = max((self.today - earliest).days, 0)
        start = self.today - dt.timedelta(days=int(rng.triangular(0, span, 0)))
        closed = rng.chance(0.1)
        end = start + dt.timedelta(days=rng.between(0, (self.today - start).days))
        return {
            "service_start": start, "is_closed": closed, "service_end": end if closed else None,
            "closed_reason": rng.pick(CLOSED_REASONS) if closed else "",
        }  # fmt: skip

    # -- around the person --------------------------------------------------------------

    def _next_of_kin(self, user: Row) -> list[Row]:
        rng = self.rng
        children = rng.between(1, 2) if user["has_minor_children"] else 0
        adults = min(rng.weighted(_COUNTS, _KIN_WEIGHTS), 3 - children)
        rows = [self._relative(user, closest=i == 0 and rng.chance(0.75)) for i in range(adults)]
        rows += [self._minor_child(user) for _ in range(children)]
        return rows

    def _relative(self, user: Row, *, closest: bool) -> Row:
        rng = self.rng
        relation = rng.pick(ADULT_RELATIONS)
        female = relation in FEMALE_RELATIONS or (
            relation not in MALE_RELATIONS and rng.chance(0.5)
        )
        family = relation in FAMILY_RELATIONS and rng.chance(0.7)
        last = user["last_name"] if family else rng.pick(LAST)
        name = f"{self._first_name(female)} {last}"
        return kin_row(user["id"], name, relation, self._mobile(), closest=closest)

    def _minor_child(self, user: Row) -> Row:
        name = f"{self._first_name(self.rng.chance(0.5))} {user['last_name']}"
        row = kin_row(user["id"], name, "Barn", "", closest=False)
        row["is_minor_child"] = True
        row["child_follow_up_consent"] = self.rng.chance(0.6)
        row["notes"] = f"Barnet er {self.rng.between(1, 17)} år."
        return row

    def _gp_history(self, user_id: object, birth: dt.date) -> list[Row]:
        """1-3 periods back to back; only the last is open, unless the GP has just left."""
        rng = self.rng
        earliest = max(birth + _SIXTEEN_YEARS, self.today - _FIFTEEN_YEARS)
        span = max((self.today - earliest).days, 1)
        offsets = {int(rng.random() * span) for _ in range(rng.weighted(_COUNTS, _GP_WEIGHTS))}
        starts = [earliest + dt.timedelta(days=d) for d in sorted(offsets)]
        ends: list[dt.date | None] = [s - _ONE_DAY for s in starts[1:]]
        ends.append(self.today if rng.chance(0.03) else None)
        gps = self._gp_sequence(len(starts))
        return [
            {"service_user_id": user_id, "contact_person_id": gp, "valid_from": s, "valid_to": e}
            for gp, s, e in zip(gps, starts, ends, strict=True)
        ]

    def _gp_sequence(self, count: int) -> list[int]:
        gps = [self.rng.pick(self.book.gp_ids)]
        while len(gps) < count:
            gp = self.rng.pick(self.book.gp_ids)
            if gp != gps[-1]:
                gps.append(gp)
        return gps

    def _contacts(self, user_id: object) -> list[Row]:
        count = self.rng.weighted(_COUNTS, _CONTACT_WEIGHTS)
        roles = [r for r in self.rng.sample(CONTACT_ROLES, count) if self.book.by_link_role[r]]
        return [
            {"service_user_id": user_id, "role": role, "ended_at": None,
             "contact_person_id": self.rng.pick(self.book.by_link_role[role])}
            for role in roles
        ]  # fmt: skip

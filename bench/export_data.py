"""A seeded synthetic record for the export and journal search benchmarks.

Users, decisions, a large journal, written with Core bulk inserts (the model's defaults fill
the rest). Dates run from 2021 to mid-2026, so the benchmark period (the year 2025) holds about
a fifth of the journal. Journal text is put together from the demo's invented phrases
(services/daily_demo_texts.py: søvn, angst, Øvrebø, Åsen, Haaland, Ørnes ...) and indexed in
journal_fts as the app does it (rowid = entry id, `fold(text)`, in the same transaction).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator

from sqlalchemy import insert

from psykhelse_desktop.domain.daily_vocabulary import JournalKind, ServiceType
from psykhelse_desktop.domain.text import fold
from psykhelse_desktop.services.daily.journal_search import index_many
from psykhelse_desktop.services.database import Database
from psykhelse_desktop.services.demo import daily_texts as t
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.daily_models import (
    JournalEntry,
    LowThresholdContact,
    ServiceDecision,
    ServiceRequest,
)

SEED = 2026
FIRST_DAY = dt.date(2021, 1, 1)
DAYS = (dt.date(2026, 6, 30) - FIRST_DAY).days
CATEGORIES = ("psykisk_helse",) * 6 + ("rus",) * 3 + ("rop",)
HOURS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)
BATCH = 50_000


def day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))


def moment(rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day(rng), dt.time(rng.randrange(8, 16), rng.randrange(60)))


def users(rng: random.Random, count: int) -> Iterator[dict]:
    for n in range(1, count + 1):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(80 * 365))
        yield {"id": n, "first_name": f"Åse {n}", "last_name": "Øvrebø",
               "birth_date": None if n % 50 == 0 else born, "category": rng.choice(CATEGORIES),
               "sort_key": f"øvrebø åse {n}", "search_key": f"åse {n} øvrebø"}  # fmt: skip


def decisions(rng: random.Random, count: int) -> Iterator[dict]:
    types = [t.value for t in ServiceType]
    for user_id in range(1, count + 1):
        for _ in range(rng.choice((1, 1, 2))):
            start = day(rng)
            end = None if rng.random() < 0.4 else start + dt.timedelta(days=rng.randrange(30, 900))
            yield {"service_user_id": user_id, "service_type": rng.choice(types),
                   "hours_per_week": rng.choice(HOURS), "decided_on": start,
                   "valid_from": start, "valid_to": end}  # fmt: skip


def journal(rng: random.Random, users_count: int, count: int) -> Iterator[dict]:
    kinds = [k.value for k in JournalKind]
    words = random.Random(SEED + 1)  # its own stream: the other tables stay as they were
    for n in range(1, count + 1):
        when = moment(rng)
        addendum = n % 100 == 0
        user_id = rng.randrange(1, users_count + 1)  # draws in the order they always were
        kind = rng.choice(kinds)
        yield {"id": n, "service_user_id": user_id, "occurred_at": when, "kind": kind,
               "duration_minutes": 45, "text": entry_text(words, kind, addendum),
               "written_by": "Benk", "signed_at": when, "signed_by": "Benk",
               "addendum_to_id": n - 1 if addendum else None}  # fmt: skip


def entry_text(rng: random.Random, kind: str, addendum: bool) -> str:
    """A note in the demo's words: opening by kind, topic, assessment, information, plan."""
    if addendum:
        return rng.choice(t.ADDENDA)
    plan = f"Avtalt videre: {rng.choice(t.PLANS)}"
    if kind == JournalKind.NOT_MET.value:
        return f"Møtte ikke til avtalt tid.\nForsøkt kontaktet: {rng.choice(t.NOT_MET)}\n{plan}"
    if kind == JournalKind.MEDICATION.value:
        return f"{rng.choice(t.MEDICATION)}\n{plan}"
    opening = {JournalKind.HOME_VISIT.value: t.HOME, JournalKind.PHONE.value: t.PHONE,
               JournalKind.GROUP.value: t.GROUPS}.get(kind, ())  # fmt: skip
    parts = [rng.choice(opening)] if opening else []
    parts += [f"Tema: {rng.choice(t.TOPICS)}.", f"Vurdering: {rng.choice(t.ASSESSMENTS)}",
              f"Informasjon gitt og samtykke: {rng.choice(t.INFORMATION)}", plan]  # fmt: skip
    return "\n".join(parts)


@functools.cache
def _folded(text: str) -> str:
    return fold(text)


def requests(rng: random.Random, users_count: int, count: int) -> Iterator[dict]:
    for _ in range(count):
        received = day(rng)
        started = received + dt.timedelta(days=rng.randrange(0, 60)) if rng.random() < 0.8 else None
        yield {"service_user_id": rng.randrange(1, users_count + 1), "received_on": received,
               "from_whom": "Fastlegen", "urgency": "ordinaer", "severity": "moderat",
               "decided_on": received + dt.timedelta(days=rng.randrange(0, 20)),
               "started_on": started}  # fmt: skip


def low_threshold(rng: random.Random, users_count: int, count: int) -> Iterator[dict]:
    for _ in range(count):
        user = rng.randrange(1, users_count + 1) if rng.random() < 0.5 else None
        yield {"service_user_id": user, "occurred_on": day(rng), "kind": "samtale"}


def follow_up(rng: random.Random, users_count: int) -> dict[type, list[dict]]:
    """Coordinators for a third, plans for a fifth (1-3 revisions), groups and meetings."""
    rows: dict[type, list[dict]] = {m.CoordinatorPeriod: [], m.IndividualPlan: [],
                                    m.PlanRevision: [], m.ResponsibilityGroup: [],
                                    m.Meeting: []}  # fmt: skip
    for user_id in range(1, users_count + 1):
        if user_id % 3 == 0:
            rows[m.CoordinatorPeriod].append({"service_user_id": user_id, "valid_from": day(rng)})
        if user_id % 5 == 0:
            _plan(rng, user_id, rows)
        if user_id % 7 == 0:
            _group(rng, user_id, rows)
    return rows


def _plan(rng: random.Random, user_id: int, rows: dict[type, list[dict]]) -> None:
    plan_id = len(rows[m.IndividualPlan]) + 1
    revisions = rng.randrange(1, 4)
    rows[m.IndividualPlan].append({"id": plan_id, "service_user_id": user_id, "status": "aktiv",
                                   "current_revision": revisions})  # fmt: skip
    for number in range(1, revisions + 1):
        status = "utkast" if number == 1 else rng.choice(("aktiv", "aktiv", "avsluttet"))
        rows[m.PlanRevision].append({"plan_id": plan_id, "number": number,
                                     "saved_at": moment(rng), "saved_by": "Benk",
                                     "status": status, "content": "{}"})  # fmt: skip


def _group(rng: random.Random, user_id: int, rows: dict[type, list[dict]]) -> None:
    group_id = len(rows[m.ResponsibilityGroup]) + 1
    rows[m.ResponsibilityGroup].append({"id": group_id, "service_user_id": user_id,
                                        "active_from": day(rng)})  # fmt: skip
    for _ in range(4):
        status = rng.choice(("holdt", "holdt", "planlagt", "avlyst"))
        rows[m.Meeting].append({"group_id": group_id, "starts_at": moment(rng), "status": status})


def populate(db: Database, users_count: int, journal_count: int) -> dict[str, int]:
    """Fill the record; returns the row count per table."""
    rng = random.Random(SEED)
    counts = {}
    sources = [
        (m.ServiceUser, users(rng, users_count)),
        (ServiceDecision, decisions(rng, users_count)),
        (JournalEntry, journal(rng, users_count, journal_count)),
        (ServiceRequest, requests(rng, users_count, users_count // 2)),
        (LowThresholdContact, low_threshold(rng, users_count, users_count // 2)),
        *follow_up(rng, users_count).items(),
    ]
    for model, rows in sources:
        counts[model.__tablename__] = _insert(db, model, rows)
    return counts


def _insert(db: Database, model: type, rows) -> int:  # noqa: ANN001
    total, batch = 0, []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            total += _flush(db, model, batch)
    return total + _flush(db, model, batch)


def _flush(db: Database, model: type, batch: list[dict]) -> int:
    if batch:
        with db.transaction() as session:
            session.execute(insert(model.__table__), batch)
            if model is JournalEntry:  # the full-text index, as services/journal.py keeps it
                index_many(session, [(row["id"], _folded(row["text"])) for row in batch])
    count = len(batch)
    batch.clear()
    return count

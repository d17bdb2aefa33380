"""Dated synthetic data for the municipal figures, written straight into the tables.

Period 2024 (01.01.2024–31.12.2024), threshold 5. What it holds, and so what the figures are:
- 6 "Hjemmesen" users, born 15.06.1990 (34 at the end: 30–49), psykisk helse, hjemmebaserte
  tjenester from 01.06.2023 with no end, 2.5 hours a week each; each has a coordinator; two
  conversations and one home visit in 2024, one conversation in 2023, and one correction.
- 3 "Raskesen" users, born 01.01.2000 (24: 18–29), psykisk helse, rask psykisk helsehjelp
  01.03.2024–31.05.2024 (new, and ended before the end), 1 hour; one phone call each.
- 5 "Rusaker" users, born 29.02.1960 (64: 50–66), rus, rustjeneste 01.01.2022–31.12.2024
  (so still served on the last day), 3 hours.
- "Tidligere" (no birth date, ROP): støttesamtaler 2021–2023, outside the period.
- "Senere": hjemmebaserte from 2025, outside the period.
- One active plan (Hjemmesen 1), one draft plan (Hjemmesen 2); one responsibility group
  (Hjemmesen 1) with one meeting held in 2024 and one planned.
- Low-threshold help: 7 contacts in 2024 (2 by Hjemmesen 1, 5 anonymous), 1 in 2023.
- Requests: 3 for the Raskesen users started 01.03.2024 (waited 10, 5, 2 days), 5 others
  started in 2024 (waited 10, 20, 30, 40, 50 days), 1 received 01.11.2024 and still open.
"""

from __future__ import annotations

import datetime as dt

from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.daily_models import (
    JournalEntry,
    LowThresholdContact,
    ServiceDecision,
    ServiceRequest,
)
from tests.helpers import tenor_id

YEAR_2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
D = dt.date


def _user(session, first: str, last: str, born, category: str, number: int) -> int:
    user = m.ServiceUser(
        first_name=first, last_name=last, birth_date=born, category=category,
        national_id=tenor_id(day=1 + number % 28, month=1 + number % 12, year=80, start=100),
        sort_key=f"{last} {first}".casefold(), search_key=f"{first} {last}".casefold(),
    )  # fmt: skip
    session.add(user)
    session.flush()
    return user.id


def _decision(session, user_id, kind, start, end, hours) -> None:
    session.add(
        ServiceDecision(
            service_user_id=user_id, service_type=kind, hours_per_week=hours,
            decided_on=start, valid_from=start, valid_to=end,
        )
    )  # fmt: skip


def _journal(session, user_id, when: dt.datetime, kind: str, addendum_to=None) -> int:
    entry = JournalEntry(
        service_user_id=user_id, occurred_at=when, kind=kind, duration_minutes=45,
        text="Samtale om søvn og hverdag på Ørnes.", written_by="Kari Testesen",
        signed_at=when, signed_by="Kari Testesen", addendum_to_id=addendum_to,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry.id


def insert_report_data(db) -> dict[str, list[int]]:
    """Write the data described above; returns the user ids by group."""
    with db.transaction() as session:
        ids = _users(session)
        _decisions(session, ids)
        _follow_up(session, ids)
        _contacts(session, ids)
        _requests(session, ids)
    return ids


def _users(session) -> dict[str, list[int]]:
    n = iter(range(100))
    return {
        "home": [_user(session, f"Åse {i}", "Hjemmesen", D(1990, 6, 15), "psykisk_helse", next(n))
                 for i in range(1, 7)],
        "rapid": [_user(session, f"Øyvind {i}", "Raskesen", D(2000, 1, 1), "psykisk_helse",
                        next(n)) for i in range(1, 4)],
        "substance": [_user(session, f"Ærlend {i}", "Rusaker", D(1960, 2, 29), "rus", next(n))
                      for i in range(1, 6)],
        "earlier": [_user(session, "Tor", "Tidligere", None, "rop", next(n))],
        "later": [_user(session, "Siv", "Senere", D(1985, 3, 3), "psykisk_helse", next(n))],
    }  # fmt: skip


def _decisions(session, ids) -> None:
    for user_id in ids["home"]:
        _decision(session, user_id, "hjemmebaserte", D(2023, 6, 1), None, 2.5)
    for user_id in ids["rapid"]:
        _decision(session, user_id, "rask_psykisk_helsehjelp", D(2024, 3, 1), D(2024, 5, 31), 1)
    for user_id in ids["substance"]:
        _decision(session, user_id, "rustjeneste", D(2022, 1, 1), D(2024, 12, 31), 3)
    _decision(session, ids["earlier"][0], "stottesamtaler", D(2021, 1, 1), D(2023, 12, 31), 1)
    _decision(session, ids["later"][0], "hjemmebaserte", D(2025, 1, 1), None, 4)


def _follow_up(session, ids) -> None:
    first, second = ids["home"][:2]
    for user_id in ids["home"]:
        session.add(m.CoordinatorPeriod(service_user_id=user_id, nurse_name="Kari Testesen",
                                        valid_from=D(2023, 6, 1)))  # fmt: skip
    for user_id, status in ((first, "aktiv"), (second, "utkast")):
        plan = m.IndividualPlan(service_user_id=user_id, status=status, current_revision=1)
        session.add(plan)
        session.flush()
        session.add(m.PlanRevision(plan_id=plan.id, number=1, saved_by="Kari Testesen",
                                   saved_at=dt.datetime(2024, 2, 1, 10), status=status,
                                   content="{}"))  # fmt: skip
    group = m.ResponsibilityGroup(service_user_id=first, active_from=D(2024, 1, 1))
    session.add(group)
    session.flush()
    for when, status in ((dt.datetime(2024, 4, 1, 10), "holdt"),
                         (dt.datetime(2025, 1, 10, 10), "planlagt")):  # fmt: skip
        session.add(m.Meeting(group_id=group.id, starts_at=when, status=status))


def _contacts(session, ids) -> None:
    for user_id in ids["home"]:
        first = _journal(session, user_id, dt.datetime(2024, 2, 5, 9, 30), "samtale")
        _journal(session, user_id, dt.datetime(2024, 9, 5, 13), "samtale")
        _journal(session, user_id, dt.datetime(2024, 12, 31, 23, 59), "hjemmebesok")
        _journal(session, user_id, dt.datetime(2023, 12, 31, 23, 59), "samtale")
        _journal(session, user_id, dt.datetime(2024, 2, 6, 8), "samtale", addendum_to=first)
    for user_id in ids["rapid"]:
        _journal(session, user_id, dt.datetime(2024, 1, 1, 0, 0), "telefon")
    low = [ids["home"][0], ids["home"][0], None, None, None, None, None]
    for day, user_id in enumerate(low, start=1):
        session.add(LowThresholdContact(service_user_id=user_id, occurred_on=D(2024, 5, day),
                                        kind="samtale"))  # fmt: skip
    session.add(LowThresholdContact(service_user_id=None, occurred_on=D(2023, 5, 1),
                                    kind="telefon"))  # fmt: skip


def _request(session, user_id, received, waited: int | None) -> None:
    started = received + dt.timedelta(days=waited) if waited is not None else None
    session.add(
        ServiceRequest(
            service_user_id=user_id, received_on=received, from_whom="Fastlegen",
            urgency="ordinaer", severity="moderat", started_on=started,
            decided_on=received + dt.timedelta(days=1) if started else None,
            outcome="innvilget" if started else "",
        )
    )  # fmt: skip


def _requests(session, ids) -> None:
    for user_id, waited in zip(ids["rapid"], (10, 5, 2), strict=True):
        _request(session, user_id, D(2024, 3, 1) - dt.timedelta(days=waited), waited)
    for month, waited in zip((1, 2, 3, 4, 5), (10, 20, 30, 40, 50), strict=True):
        _request(session, None, D(2024, month, 1), waited)
    _request(session, None, D(2024, 11, 1), None)

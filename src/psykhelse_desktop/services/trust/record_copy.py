"""Innsyn: everything recorded about one person, gathered for a copy the person may ask for.

Personalia, next of kin (ended ones too), GP history, partners, the current plan and its
revisions, the responsibility group with its meetings and minutes, the journal with addenda,
decisions, low-threshold help, requests, and the access log. Gathering it is one opening of
the record in the audit log (one row, written first, so the copy's access log shows it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.access import AccessLog
from ...domain.decisions import Decision, LowThresholdContact
from ...domain.group_vocabulary import MeetingStatus
from ...domain.groups import GroupView, MeetingRow, Minutes
from ...domain.journal import JournalEntry
from ...domain.plans import PlanView
from ...domain.records import ServiceUserDetail
from ...domain.requests import Request
from ...storage import models as m
from ..clock import to_oslo
from ..daily import decisions, journal, low_threshold, requests
from ..database import Database
from ..meetings import groups, meetings
from ..plans import plans
from ..records import service_users
from .access_log import access_log, note_opening

COPY_OPENING = "Innsyn: kopi av alt som er registrert"


@dataclass(frozen=True)
class EndedNextOfKin:
    name: str
    relation: str
    phone: str
    ended_at: dt.datetime  # Norwegian wall-clock time


@dataclass(frozen=True)
class MeetingRecord:
    meeting: MeetingRow
    minutes: Minutes | None  # only for a meeting that was held


@dataclass(frozen=True)
class RecordCopy:
    detail: ServiceUserDetail
    ended_next_of_kin: tuple[EndedNextOfKin, ...]
    plan: PlanView | None
    group: GroupView | None
    meetings: tuple[MeetingRecord, ...]
    journal: tuple[JournalEntry, ...]  # signed entries, oldest first, each with its addenda
    drafts_left_out: int
    decisions: tuple[Decision, ...]
    low_threshold: tuple[LowThresholdContact, ...]
    requests: tuple[Request, ...]
    access: AccessLog

    @property
    def person_name(self) -> str:
        return self.detail.full_name

    @property
    def birth_date(self) -> dt.date | None:
        return self.detail.form.birth_date


def collect_record(db: Database, user_id: int) -> RecordCopy:
    """Everything about the person; NotFound if there is no such person."""
    note_opening(db, user_id, COPY_OPENING)
    group = groups.open_group(db, user_id, log=False)
    entries = journal.entries_for_user(db, user_id, log=False)
    signed = tuple(e for e in reversed(entries) if e.signed_at is not None)
    return RecordCopy(
        detail=service_users.open_record(db, user_id, log=False),
        ended_next_of_kin=_ended_next_of_kin(db, user_id),
        plan=plans.open_plan(db, user_id, log=False),
        group=group,
        meetings=_meetings(db, group),
        journal=signed,
        drafts_left_out=len(entries) - len(signed),
        decisions=tuple(decisions.decisions_for_user(db, user_id)),
        low_threshold=tuple(low_threshold.low_threshold_for_user(db, user_id)),
        requests=tuple(requests.requests_for_user(db, user_id)),
        access=access_log(db, user_id, log=False),
    )


def _meetings(db: Database, group: GroupView | None) -> tuple[MeetingRecord, ...]:
    if group is None:
        return ()
    ordered = sorted(group.meetings, key=lambda row: row.starts_at)
    return tuple(MeetingRecord(row, _minutes(db, row)) for row in ordered)


def _minutes(db: Database, row: MeetingRow) -> Minutes | None:
    if row.status is not MeetingStatus.HELD:
        return None
    return meetings.load_minutes(db, row.id, log=False)


def _ended_next_of_kin(db: Database, user_id: int) -> tuple[EndedNextOfKin, ...]:
    statement = (
        select(m.NextOfKin)
        .where(m.NextOfKin.service_user_id == user_id, m.NextOfKin.ended_at.is_not(None))
        .order_by(m.NextOfKin.ended_at)
    )
    with db.transaction() as session:
        return tuple(
            EndedNextOfKin(k.name, k.relation, k.phone, to_oslo(k.ended_at))
            for k in session.scalars(statement)
        )

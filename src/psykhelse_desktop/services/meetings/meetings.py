"""Meetings of a responsibility group: plan (one or a series), minutes, lock, correct, recipients.

A meeting's minutes can be edited until they are printed or sent; then they are locked and kept
as a snapshot. A correction opens a new, numbered version and the old one stays readable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import NotFound, UserError, ValidationFailed
from ...domain.group_vocabulary import LockReason, MeetingStatus
from ...domain.groups import (
    AgendaEntry,
    Attendance,
    AttendanceLine,
    MeetingForm,
    MeetingRow,
    Member,
    Minutes,
    Recipient,
    minutes_recipient,
    validate_meeting,
)
from ...storage import models as m
from ..clock import oslo_now
from ..database import Database, get_row
from ..versions import claim_version
from .action_items import LOCKED_MESSAGE, carried_over, items_of_meeting
from .groups import full_name, load_member, load_members, meeting_rows, user_row
from .minutes_snapshots import minutes_from_json, minutes_to_json


def plan_meeting(
    db: Database, group_id: int, form: MeetingForm, *, now: dt.datetime | None = None
) -> int:
    return plan_series(db, group_id, form, every_weeks=0, count=1, now=now)[0]


def plan_series(
    db: Database,
    group_id: int,
    form: MeetingForm,
    *,
    every_weeks: int,
    count: int,
    now: dt.datetime | None = None,
) -> list[int]:
    """Plan `count` meetings `every_weeks` apart, each with the same invitees and agenda."""
    _raise_if_invalid(validate_meeting(form, now or oslo_now()))
    if count > 1 and every_weeks <= 0:
        raise ValidationFailed({"every_weeks": "Skriv hvor mange uker det skal gå mellom møtene."})
    with db.transaction() as session:
        group = get_row(session, m.ResponsibilityGroup, group_id)
        _check_invited(session, group_id, form)
        ids = [_add_meeting(session, group_id, form, every_weeks * i) for i in range(count)]
        if count > 1:
            group.every_weeks = every_weeks
        first = form.starts_at
        db.audit(session, "meeting_plan", group.service_user_id, f"{count} møte(r) fra {first}")
        return ids


def cancel_meeting(db: Database, meeting_id: int) -> None:
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        meeting.status = MeetingStatus.CANCELLED.value
        db.audit(session, "meeting_cancel", _owner(session, meeting), f"{meeting.starts_at}")


@dataclass(frozen=True)
class MinutesSaved:
    """The agenda items' ids in the order given (new items get theirs), and the new version."""

    item_ids: tuple[int, ...]
    version: int


def save_minutes(
    db: Database,
    meeting_id: int,
    attendance: tuple[Attendance, ...],
    items: tuple[AgendaEntry, ...],
    *,
    version: int,
) -> MinutesSaved:
    """Who came (and why others did not), and each agenda item's notes and decision, as typed
    in the editor opened on `version`; EditConflict if they were saved elsewhere since."""
    with db.transaction() as session:
        meeting = _unlocked(session, meeting_id)
        stored = lambda: build_minutes(session, meeting, db.profile.name)  # noqa: E731
        claim_version(meeting, version, "Referatet", stored)
        meeting.status = MeetingStatus.HELD.value
        for line in attendance:
            _set_attendance(session, meeting.id, line)
        ids = tuple(
            _save_item(session, meeting.id, position, entry)
            for position, entry in enumerate(items, start=1)
        )
        db.audit(
            session, "meeting_minutes", _owner(session, meeting), f"Referat {meeting.starts_at}"
        )
        return MinutesSaved(ids, meeting.version)


def lock_minutes(db: Database, meeting_id: int, how: LockReason) -> int:
    """Mark the minutes printed or sent: they are locked and kept as they are now."""
    with db.transaction() as session:
        meeting = _unlocked(session, meeting_id)
        meeting.locked_at, meeting.locked_how = m.utc_now(), how.value
        minutes = build_minutes(session, meeting, db.profile.name)
        session.add(m.MinutesVersion(meeting_id=meeting.id, number=meeting.minutes_version,
                                     locked_at=meeting.locked_at, locked_by=db.profile.name,
                                     how=how.value, content=minutes_to_json(minutes)))  # fmt: skip
        detail = f"Referat versjon {meeting.minutes_version} {how.label}"
        db.audit(session, "meeting_lock", _owner(session, meeting), detail)
        return meeting.minutes_version


def correct_minutes(db: Database, meeting_id: int, reason: str) -> int:
    """Open a new, marked version of locked minutes; the locked one stays as it was."""
    if not reason.strip():
        raise ValidationFailed({"reason": "Skriv hva som rettes og hvorfor."})
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        if meeting.locked_at is None:
            raise UserError("Referatet er ikke låst. Du kan rette det direkte.")
        meeting.minutes_version += 1
        meeting.locked_at, meeting.locked_how = None, ""
        meeting.correction_note = reason.strip()
        detail = f"Rettet versjon {meeting.minutes_version}: {reason.strip()}"
        db.audit(session, "meeting_correct", _owner(session, meeting), detail)
        return meeting.minutes_version


def load_minutes(
    db: Database, meeting_id: int, version: int | None = None, *, log: bool = True
) -> Minutes:
    """The minutes now, or a locked version as it was printed or sent. Audited as a reading
    unless `log` is False (the caller has logged this look already)."""
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        if log:
            db.audit(session, "open", _owner(session, meeting), "Møtereferat")
        if version is None or version == meeting.minutes_version and not meeting.locked_at:
            return build_minutes(session, meeting, db.profile.name)
        return minutes_snapshot(session, meeting_id, version)


def minutes_versions(db: Database, meeting_id: int) -> list[int]:
    statement = select(m.MinutesVersion.number).where(m.MinutesVersion.meeting_id == meeting_id)
    with db.transaction() as session:
        return list(session.scalars(statement.order_by(m.MinutesVersion.number)))


def minutes_recipients(db: Database, meeting_id: int) -> list[Recipient]:
    """Who receives the minutes and why, or why not: only members the user consented to."""
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        day = meeting.starts_at.date()
        return [
            minutes_recipient(member, day) for member in load_members(session, meeting.group_id)
        ]


def list_meetings(db: Database, user_id: int | None = None) -> list[MeetingRow]:
    with db.transaction() as session:
        return meeting_rows(session, user_id=user_id)


# -- inside one transaction ------------------------------------------------------------------


def build_minutes(session: Session, meeting: m.Meeting, written_by: str) -> Minutes:
    user = user_row(session, _owner(session, meeting))
    return Minutes(
        meeting_id=meeting.id, person_name=full_name(user), birth_date=user.birth_date,
        starts_at=meeting.starts_at, duration_minutes=meeting.duration_minutes,
        place=meeting.place, video_link=meeting.video_link,
        attendance=tuple(_attendance(session, meeting.id)),
        items=tuple(agenda_entries(session, meeting.id)),
        action_items=tuple(items_of_meeting(session, meeting.id)),
        carried_over=tuple(carried_over(session, meeting)),
        next_meeting=next_meeting_at(session, meeting), written_by=written_by,
        version=meeting.minutes_version, locked_at=meeting.locked_at,
        locked_how=LockReason(meeting.locked_how) if meeting.locked_how else None,
        correction_note=meeting.correction_note,
    )  # fmt: skip


def agenda_entries(session: Session, meeting_id: int) -> list[AgendaEntry]:
    statement = (
        select(m.AgendaItem)
        .where(m.AgendaItem.meeting_id == meeting_id)
        .order_by(m.AgendaItem.position, m.AgendaItem.id)
    )
    return [AgendaEntry(r.id, r.title, r.notes, r.decision) for r in session.scalars(statement)]


def invited_members(session: Session, meeting_id: int) -> list[Member]:
    statement = (
        select(m.GroupMember)
        .join(m.MeetingInvitee, m.MeetingInvitee.member_id == m.GroupMember.id)
        .where(m.MeetingInvitee.meeting_id == meeting_id)
        .order_by(m.GroupMember.id)
    )
    return [load_member(session, row) for row in session.scalars(statement)]


def _attendance(session: Session, meeting_id: int) -> list[AttendanceLine]:
    statement = (
        select(m.MeetingInvitee, m.GroupMember)
        .join(m.GroupMember, m.MeetingInvitee.member_id == m.GroupMember.id)
        .where(m.MeetingInvitee.meeting_id == meeting_id)
        .order_by(m.GroupMember.id)
    )
    lines = []
    for invitee, row in session.execute(statement):
        member = load_member(session, row)
        lines.append(AttendanceLine(member.name, member.role, member.organisation,
                                    invitee.attended, invitee.absence_reason))  # fmt: skip
    return lines


def next_meeting_at(session: Session, meeting: m.Meeting) -> dt.datetime | None:
    return session.scalar(
        select(m.Meeting.starts_at)
        .where(
            m.Meeting.group_id == meeting.group_id,
            m.Meeting.starts_at > meeting.starts_at,
            m.Meeting.status == MeetingStatus.PLANNED.value,
        )
        .order_by(m.Meeting.starts_at)
        .limit(1)
    )


def _add_meeting(session: Session, group_id: int, form: MeetingForm, weeks: int) -> int:
    assert form.starts_at is not None
    meeting = m.Meeting(group_id=group_id, starts_at=form.starts_at + dt.timedelta(weeks=weeks),
                        duration_minutes=form.duration_minutes, place=form.place.strip(),
                        video_link=form.video_link.strip())  # fmt: skip
    session.add(meeting)
    session.flush()
    session.add_all(m.MeetingInvitee(meeting_id=meeting.id, member_id=i) for i in form.invited)
    session.add_all(
        m.AgendaItem(meeting_id=meeting.id, position=n, title=title.strip())
        for n, title in enumerate(form.agenda, start=1)
        if title.strip()
    )
    return meeting.id


def _check_invited(session: Session, group_id: int, form: MeetingForm) -> None:
    assert form.starts_at is not None
    day = form.starts_at.date()
    members = {member.id: member for member in load_members(session, group_id)}
    if any(i not in members or not members[i].is_active_on(day) for i in form.invited):
        raise ValidationFailed({"invited": "Bare aktive medlemmer av gruppen kan inviteres."})


def _set_attendance(session: Session, meeting_id: int, line: Attendance) -> None:
    invitee = session.scalar(
        select(m.MeetingInvitee).where(
            m.MeetingInvitee.meeting_id == meeting_id, m.MeetingInvitee.member_id == line.member_id
        )
    )
    if invitee is None:
        invitee = m.MeetingInvitee(meeting_id=meeting_id, member_id=line.member_id)
        session.add(invitee)
    invitee.attended = line.attended
    invitee.absence_reason = "" if line.attended else line.absence_reason.strip()


def _save_item(session: Session, meeting_id: int, position: int, entry: AgendaEntry) -> int:
    if not entry.title.strip():
        raise ValidationFailed(
            {f"items[{position - 1}].title": f"Sak {position}: skriv en tittel."}
        )
    row = session.get(m.AgendaItem, entry.id) if entry.id else None
    if row is None or row.meeting_id != meeting_id:
        row = m.AgendaItem(meeting_id=meeting_id)
        session.add(row)
    row.position, row.title = position, entry.title.strip()
    row.notes, row.decision = entry.notes.strip(), entry.decision.strip()
    session.flush()
    return row.id


def _unlocked(session: Session, meeting_id: int) -> m.Meeting:
    meeting = get_row(session, m.Meeting, meeting_id)
    if meeting.locked_at is not None:
        raise UserError(LOCKED_MESSAGE)
    return meeting


def minutes_snapshot(session: Session, meeting_id: int, version: int) -> Minutes:
    content = session.scalar(
        select(m.MinutesVersion.content).where(
            m.MinutesVersion.meeting_id == meeting_id, m.MinutesVersion.number == version
        )
    )
    if content is None:
        raise NotFound(f"Referatet har ingen låst versjon {version}.")
    return minutes_from_json(content)


def _owner(session: Session, meeting: m.Meeting) -> int:
    return get_row(session, m.ResponsibilityGroup, meeting.group_id).service_user_id


def _raise_if_invalid(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationFailed(errors)

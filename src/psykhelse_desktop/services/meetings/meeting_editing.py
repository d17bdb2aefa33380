"""What the meeting editor shows of one meeting, read in one transaction as plain data.

Times are Norwegian wall-clock times; `locked_at` is converted from the stored UTC time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.group_vocabulary import LockReason, MeetingStatus
from ...domain.groups import ActionItem, AgendaEntry, Member, Minutes
from ...storage import models as m
from ..clock import oslo_time
from ..database import Database, get_row
from .action_items import carried_over, items_of_meeting
from .groups import full_name, load_member, load_members, user_row
from .meetings import agenda_entries, minutes_snapshot, next_meeting_at

# Without a next meeting, an action item is due two weeks after the meeting.
DEFAULT_DEADLINE = dt.timedelta(days=14)


@dataclass(frozen=True)
class InvitedMember:
    """An invited member and, once the minutes are written, whether they came and why not."""

    member_id: int
    name: str
    role: str
    organisation: str = ""
    attended: bool | None = None
    absence_reason: str = ""


@dataclass(frozen=True)
class LockedVersion:
    """A version of the minutes kept as it was printed or sent."""

    number: int
    locked_at: dt.datetime
    how: LockReason


@dataclass(frozen=True)
class MeetingSheet:
    """One meeting as the editor shows it: the current minutes, or a locked version."""

    meeting_id: int
    group_id: int
    service_user_id: int
    person_name: str
    starts_at: dt.datetime
    duration_minutes: int
    place: str
    video_link: str
    status: MeetingStatus
    version: int
    current_version: int
    locked_at: dt.datetime | None
    locked_how: LockReason | None
    correction_note: str
    next_meeting: dt.datetime | None
    invited: tuple[InvitedMember, ...]
    items: tuple[AgendaEntry, ...]
    action_items: tuple[ActionItem, ...]
    carried_over: tuple[ActionItem, ...]
    members: tuple[Member, ...]
    locked_versions: tuple[LockedVersion, ...] = ()
    # The meeting row's version when the editor opened it (services/versions.py).
    edit_version: int = 1

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None

    @property
    def is_current(self) -> bool:
        """False when this is an older locked version, kept for reading."""
        return self.version == self.current_version

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)

    def default_deadline(self) -> dt.date:
        """The next meeting's day, or two weeks after this meeting."""
        if self.next_meeting is not None:
            return self.next_meeting.date()
        return self.starts_at.date() + DEFAULT_DEADLINE

    def action_items_under(self, agenda_item_id: int) -> tuple[ActionItem, ...]:
        return tuple(a for a in self.action_items if a.agenda_item_id == agenda_item_id)

    def loose_action_items(self) -> tuple[ActionItem, ...]:
        """Action items agreed at the meeting but under none of its agenda items."""
        known = {item.id for item in self.items}
        return tuple(a for a in self.action_items if a.agenda_item_id not in known)


def open_meeting_for_editing(db: Database, meeting_id: int) -> MeetingSheet:
    """The meeting with its minutes as they are now. Audited as an opening of the minutes."""
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        group = get_row(session, m.ResponsibilityGroup, meeting.group_id)
        db.audit(session, "open", group.service_user_id, "Møtereferat")
        day = meeting.starts_at.date()
        return MeetingSheet(
            **_header(session, meeting, group),
            version=meeting.minutes_version,
            locked_at=oslo_time(meeting.locked_at),
            locked_how=LockReason(meeting.locked_how) if meeting.locked_how else None,
            correction_note=meeting.correction_note,
            next_meeting=next_meeting_at(session, meeting),
            invited=tuple(_invited(session, meeting.id)),
            items=tuple(agenda_entries(session, meeting.id)),
            action_items=tuple(items_of_meeting(session, meeting.id)),
            carried_over=tuple(carried_over(session, meeting)),
            members=tuple(x for x in load_members(session, group.id) if x.is_active_on(day)),
        )


def open_minutes_version(db: Database, meeting_id: int, version: int) -> MeetingSheet:
    """A locked version exactly as it was printed or sent, for reading. Audited."""
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        group = get_row(session, m.ResponsibilityGroup, meeting.group_id)
        db.audit(session, "open", group.service_user_id, f"Møtereferat versjon {version}")
        minutes = minutes_snapshot(session, meeting_id, version)
        return _sheet_from_snapshot(session, meeting, group, minutes)


# -- inside one transaction ------------------------------------------------------------------


def _header(session: Session, meeting: m.Meeting, group: m.ResponsibilityGroup) -> dict:
    return {
        "meeting_id": meeting.id,
        "group_id": group.id,
        "service_user_id": group.service_user_id,
        "person_name": full_name(user_row(session, group.service_user_id)),
        "starts_at": meeting.starts_at,
        "duration_minutes": meeting.duration_minutes,
        "place": meeting.place,
        "video_link": meeting.video_link,
        "status": MeetingStatus(meeting.status),
        "current_version": meeting.minutes_version,
        "locked_versions": tuple(_locked_versions(session, meeting.id)),
        "edit_version": meeting.version,
    }


def _sheet_from_snapshot(
    session: Session, meeting: m.Meeting, group: m.ResponsibilityGroup, minutes: Minutes
) -> MeetingSheet:
    header = _header(session, meeting, group)
    header.update(starts_at=minutes.starts_at, duration_minutes=minutes.duration_minutes,
                  place=minutes.place, video_link=minutes.video_link)  # fmt: skip
    return MeetingSheet(
        **header,
        version=minutes.version,
        locked_at=oslo_time(minutes.locked_at),
        locked_how=minutes.locked_how,
        correction_note=minutes.correction_note,
        next_meeting=minutes.next_meeting,
        invited=tuple(
            InvitedMember(0, a.name, a.role, a.organisation, a.attended, a.absence_reason)
            for a in minutes.attendance
        ),
        items=minutes.items,
        action_items=minutes.action_items,
        carried_over=minutes.carried_over,
        members=(),
    )


def _invited(session: Session, meeting_id: int) -> list[InvitedMember]:
    statement = (
        select(m.MeetingInvitee, m.GroupMember)
        .join(m.GroupMember, m.MeetingInvitee.member_id == m.GroupMember.id)
        .where(m.MeetingInvitee.meeting_id == meeting_id)
        .order_by(m.GroupMember.id)
    )
    invited = []
    for invitee, row in session.execute(statement):
        member = load_member(session, row)
        invited.append(InvitedMember(member.id, member.name, member.role, member.organisation,
                                     invitee.attended, invitee.absence_reason))  # fmt: skip
    return invited


def _locked_versions(session: Session, meeting_id: int) -> list[LockedVersion]:
    statement = (
        select(m.MinutesVersion)
        .where(m.MinutesVersion.meeting_id == meeting_id)
        .order_by(m.MinutesVersion.number)
    )
    return [
        LockedVersion(row.number, oslo_time(row.locked_at), LockReason(row.how))
        for row in session.scalars(statement)
    ]

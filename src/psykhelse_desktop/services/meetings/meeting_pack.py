"""What the invitation, the agenda and the attendance list of a planned meeting print from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.group_vocabulary import MeetingStatus
from ...domain.groups import Member, Minutes, Recipient, minutes_recipient
from ...domain.plans import Goal, IndividualPlan
from ...storage import models as m
from ..database import Database, get_row
from ..plans.plan_snapshots import plan_from_json
from .groups import load_members
from .meetings import agenda_entries, build_minutes, invited_members, load_minutes

# Goals are evaluated at the meeting before the plan's revision date (about six weeks ahead).
EVALUATION_WINDOW = dt.timedelta(weeks=6)


@dataclass(frozen=True)
class MeetingPack:
    meeting: Minutes
    invited: tuple[Member, ...]
    goals_due: tuple[Goal, ...]
    next_revision: dt.date | None

    @property
    def day(self) -> dt.date:
        return self.meeting.starts_at.date()

    def may_see_agenda(self, member: Member) -> bool:
        """Only the user and members with a valid consent on the meeting's date get the agenda
        (it carries the plan's goals); the others get time and place only."""
        return member.may_receive_health_information(self.day)


@dataclass(frozen=True)
class MinutesSource:
    minutes: Minutes
    recipients: tuple[Recipient, ...]


def meeting_pack(db: Database, meeting_id: int) -> MeetingPack:
    """The meeting, its invited members, and from the plan: goals due and the revision date."""
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        group = get_row(session, m.ResponsibilityGroup, meeting.group_id)
        minutes = build_minutes(session, meeting, db.profile.name)
        db.audit(session, "open", group.service_user_id, "Utskrift: møteinnkalling")
        plan = _plan(session, group.service_user_id)
        day = meeting.starts_at.date()
        return MeetingPack(
            meeting=minutes,
            invited=tuple(invited_members(session, meeting_id)),
            goals_due=goals_due(plan, day) if plan else (),
            next_revision=plan.next_revision if plan else None,
        )


def minutes_source(db: Database, meeting_id: int, version: int | None = None) -> MinutesSource:
    """The minutes (now, or a locked version) and who receives them, with the reasons."""
    minutes = load_minutes(db, meeting_id, version)
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        members = load_members(session, meeting.group_id)
    day = minutes.starts_at.date()
    return MinutesSource(minutes, tuple(minutes_recipient(x, day) for x in members))


def goals_due(plan: IndividualPlan, day: dt.date) -> tuple[Goal, ...]:
    """All open goals when the revision is near; otherwise the goals never evaluated."""
    if plan.next_revision and plan.next_revision <= day + EVALUATION_WINDOW:
        return plan.open_goals
    evaluated = {o.goal_id for e in plan.evaluations for o in e.outcomes}
    return tuple(g for g in plan.open_goals if g.id not in evaluated)


def _plan(session: Session, user_id: int) -> IndividualPlan | None:
    content = session.scalar(
        select(m.PlanRevision.content)
        .join(m.IndividualPlan, m.PlanRevision.plan_id == m.IndividualPlan.id)
        .where(
            m.IndividualPlan.service_user_id == user_id,
            m.PlanRevision.number == m.IndividualPlan.current_revision,
        )
    )
    return plan_from_json(content) if content else None


@dataclass(frozen=True)
class CalendarMeeting:
    """What a calendar entry needs; the service user is named by initials only."""

    meeting_id: int
    created_at: dt.datetime
    starts_at: dt.datetime
    ends_at: dt.datetime
    cancelled: bool
    place: str
    video_link: str
    initials: str
    agenda: tuple[str, ...]
    protected_address: bool = False  # the user's: no typed place, whatever the setting


def calendar_meetings(db: Database, group_id: int) -> list[CalendarMeeting]:
    """Every meeting of the group, in time order, for a calendar file."""
    with db.transaction() as session:
        group = get_row(session, m.ResponsibilityGroup, group_id)
        user = get_row(session, m.ServiceUser, group.service_user_id)
        initials = f"{user.first_name[:1]}. {user.last_name[:1]}."
        rows = session.scalars(
            select(m.Meeting).where(m.Meeting.group_id == group_id).order_by(m.Meeting.starts_at)
        ).all()
        db.audit(session, "open", group.service_user_id, "Kalenderfil for ansvarsgruppen")
        protected = bool(user.protected_address)
        return [_calendar_meeting(session, row, initials, protected) for row in rows]


def _calendar_meeting(
    session: Session, row: m.Meeting, initials: str, protected: bool
) -> CalendarMeeting:
    return CalendarMeeting(
        meeting_id=row.id,
        created_at=row.created_at,
        starts_at=row.starts_at,
        ends_at=row.starts_at + dt.timedelta(minutes=row.duration_minutes),
        cancelled=row.status == MeetingStatus.CANCELLED.value,
        place=row.place,
        video_link=row.video_link,
        initials=initials,
        agenda=tuple(entry.title for entry in agenda_entries(session, row.id)),
        protected_address=protected,
    )


def invited_without_address(db: Database, meeting_id: int) -> list[str]:
    """The invited members a letter cannot be posted to: no street, postcode or place.

    A protected address is left out: it is known and kept off the letter on purpose, so
    "legg inn adressen" would be the wrong advice."""
    with db.transaction() as session:
        members = invited_members(session, meeting_id)
        return [m.name for m in members if not m.postable and not m.protected_address]

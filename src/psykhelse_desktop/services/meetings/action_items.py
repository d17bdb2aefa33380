"""Action items (who does what by when): add, close, carry over, and the list across groups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from ...domain.errors import UserError, ValidationFailed
from ...domain.groups import ActionItem, ActionItemForm, validate_action_item
from ...storage import models as m
from ..clock import oslo_today
from ..database import Database, get_row
from .groups import load_member

LOCKED_MESSAGE = (
    "Referatet er låst fordi det er skrevet ut eller sendt. Lag en rettet versjon først."
)


@dataclass(frozen=True)
class OpenActionItem:
    """A line of the list across groups: the item, whose group it is, and when it was agreed."""

    item: ActionItem
    service_user_id: int
    meeting_at: dt.datetime


def add_action_item(db: Database, meeting_id: int, form: ActionItemForm) -> int:
    """Record an action item agreed at the meeting; the owner is a member or a named person."""
    errors = validate_action_item(form)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        meeting = get_row(session, m.Meeting, meeting_id)
        if meeting.locked_at is not None:
            raise UserError(LOCKED_MESSAGE)
        row = m.ActionItem(
            group_id=meeting.group_id,
            meeting_id=meeting.id,
            agenda_item_id=_agenda_item(session, meeting, form.agenda_item_id),
            what=form.what.strip(),
            owner_member_id=form.owner_member_id,
            owner_name=_owner_name(session, meeting, form),
            due_on=form.due_on,
        )
        session.add(row)
        session.flush()
        user_id = get_row(session, m.ResponsibilityGroup, meeting.group_id).service_user_id
        db.audit(session, "action_add", user_id, f"{row.what} ({row.owner_name}, {form.due_on})")
        return row.id


def close_action_item(db: Database, item_id: int, closed_on: dt.date | None = None) -> ActionItem:
    """Mark an action item done: when, and by whom (the nurse who records it)."""
    with db.transaction() as session:
        row = get_row(session, m.ActionItem, item_id)
        if row.closed_on is not None:
            raise UserError("Oppgaven er allerede lukket.")
        row.closed_on, row.closed_by = closed_on or oslo_today(), db.profile.name
        user_id = get_row(session, m.ResponsibilityGroup, row.group_id).service_user_id
        db.audit(session, "action_close", user_id, f"{row.what} ({row.closed_on:%d.%m.%Y})")
        return _item(row)


def open_action_items(db: Database, today: dt.date | None = None) -> list[ActionItem]:
    """Every open action item of every group: overdue first, then by deadline."""
    today = today or oslo_today()
    statement = (
        select(m.ActionItem, m.ServiceUser.first_name, m.ServiceUser.last_name)
        .join(m.ResponsibilityGroup, m.ActionItem.group_id == m.ResponsibilityGroup.id)
        .join(m.ServiceUser, m.ResponsibilityGroup.service_user_id == m.ServiceUser.id)
        .where(m.ActionItem.closed_on.is_(None))
        .order_by(m.ActionItem.due_on >= today, m.ActionItem.due_on, m.ActionItem.id)
    )
    with db.transaction() as session:
        return [_item(row, f"{first} {last}") for row, first, last in session.execute(statement)]


def open_action_list(db: Database, today: dt.date | None = None) -> list[OpenActionItem]:
    """`open_action_items` with the service user's id and the meeting's time on each line."""
    today = today or oslo_today()
    statement = (
        select(m.ActionItem, m.ServiceUser, m.Meeting.starts_at)
        .join(m.ResponsibilityGroup, m.ActionItem.group_id == m.ResponsibilityGroup.id)
        .join(m.ServiceUser, m.ResponsibilityGroup.service_user_id == m.ServiceUser.id)
        .join(m.Meeting, m.ActionItem.meeting_id == m.Meeting.id)
        .where(m.ActionItem.closed_on.is_(None))
        .order_by(m.ActionItem.due_on >= today, m.ActionItem.due_on, m.ActionItem.id)
    )
    with db.transaction() as session:
        return [
            OpenActionItem(_item(row, f"{user.first_name} {user.last_name}"), user.id, starts_at)
            for row, user, starts_at in session.execute(statement)
        ]


# -- inside one transaction ------------------------------------------------------------------


def items_of_meeting(session: Session, meeting_id: int) -> list[ActionItem]:
    statement = _ordered(select(m.ActionItem).where(m.ActionItem.meeting_id == meeting_id))
    return [_item(row) for row in session.scalars(statement)]


def carried_over(session: Session, meeting: m.Meeting) -> list[ActionItem]:
    """Items from the group's earlier meetings that were still open on this meeting's day."""
    day = meeting.starts_at.date()
    statement = (
        select(m.ActionItem)
        .join(m.Meeting, m.ActionItem.meeting_id == m.Meeting.id)
        .where(
            m.ActionItem.group_id == meeting.group_id,
            m.Meeting.starts_at < meeting.starts_at,
            or_(m.ActionItem.closed_on.is_(None), m.ActionItem.closed_on >= day),
        )
    )
    return [_item(row) for row in session.scalars(_ordered(statement))]


def _ordered(statement: Select) -> Select:
    return statement.order_by(m.ActionItem.due_on, m.ActionItem.id)


def _owner_name(session: Session, meeting: m.Meeting, form: ActionItemForm) -> str:
    if form.owner_member_id is None:
        return form.owner_name.strip()
    member = get_row(session, m.GroupMember, form.owner_member_id)
    if member.group_id != meeting.group_id:
        raise ValidationFailed({"owner": "Velg en ansvarlig blant medlemmene i gruppen."})
    return load_member(session, member).name


def _agenda_item(session: Session, meeting: m.Meeting, agenda_item_id: int | None) -> int | None:
    if agenda_item_id is None:
        return None
    row = session.get(m.AgendaItem, agenda_item_id)
    if row is None or row.meeting_id != meeting.id:
        raise UserError("Saken finnes ikke i dette møtet. Lagre referatet og prøv igjen.")
    return row.id


def _item(row: m.ActionItem, person_name: str = "") -> ActionItem:
    return ActionItem(row.id, row.group_id, row.meeting_id, row.what, row.owner_name, row.due_on,
                      row.closed_on, row.closed_by, person_name,
                      agenda_item_id=row.agenda_item_id)  # fmt: skip

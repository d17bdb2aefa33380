"""Responsibility groups: create, add and end members, record consent, open; every step audited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.errors import UserError, ValidationFailed
from ...domain.group_vocabulary import VIDEO_PLACE, MeetingStatus, MemberKind
from ...domain.groups import GroupView, MeetingRow, Member, MemberForm, validate_member
from ...domain.records import NextOfKin
from ...storage import models as m
from ..database import Database, get_row
from ..records.record_parts import load_next_of_kin
from ..versions import claim_version

GROUP_EXISTS_MESSAGE = "Tjenestemottakeren har allerede en ansvarsgruppe. Åpne den i stedet."
USER_ROLE = "Tjenestemottaker"


def create_group(
    db: Database, user_id: int, active_from: dt.date, *, every_weeks: int | None = 6
) -> int:
    """Start the service user's group; the service user is its first member."""
    with db.transaction() as session:
        user_row(session, user_id)
        if group_row_for(session, user_id) is not None:
            raise UserError(GROUP_EXISTS_MESSAGE)
        group = m.ResponsibilityGroup(
            service_user_id=user_id, active_from=active_from, every_weeks=every_weeks
        )
        session.add(group)
        session.flush()
        session.add(_member_row(group.id, MemberForm(MemberKind.SERVICE_USER, USER_ROLE), group))
        db.audit(session, "group_create", user_id, f"Ansvarsgruppe fra {active_from:%d.%m.%Y}")
        return group.id


def add_member(db: Database, group_id: int, form: MemberForm) -> int:
    errors = validate_member(form)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        group = get_row(session, m.ResponsibilityGroup, group_id)
        _check_source(session, group, form)
        row = _member_row(group.id, form, group)
        session.add(row)
        session.flush()
        member = load_member(session, row)
        db.audit(session, "group_member_add", group.service_user_id, f"{member.name}: {form.role}")
        return row.id


def end_member(db: Database, member_id: int, on: dt.date, *, version: int) -> None:
    """Take a member out of the group from a date; the membership is kept. `version` is the
    member's as shown (EditConflict if it changed since)."""
    with db.transaction() as session:
        row = get_row(session, m.GroupMember, member_id)
        claim_version(row, version, "Medlemmet", lambda: load_member(session, row))
        if on < row.active_from:
            raise ValidationFailed(
                {"active_to": "Sluttdatoen kan ikke være før medlemmet begynte."}
            )
        row.active_to = on
        group = get_row(session, m.ResponsibilityGroup, row.group_id)
        name = load_member(session, row).name
        db.audit(session, "group_member_end", group.service_user_id, f"{name} til {on:%d.%m.%Y}")


def set_consent(db: Database, member_id: int, consent_on: dt.date | None, *, version: int) -> None:
    """Record (a date) or withdraw (None) the user's consent to share with this member, as
    shown on `version` (EditConflict if the member changed since)."""
    with db.transaction() as session:
        row = get_row(session, m.GroupMember, member_id)
        claim_version(row, version, "Medlemmet", lambda: load_member(session, row))
        row.consent_on = consent_on
        group = get_row(session, m.ResponsibilityGroup, row.group_id)
        what = f"gitt {consent_on:%d.%m.%Y}" if consent_on else "trukket tilbake"
        name = load_member(session, row).name
        db.audit(session, "group_consent", group.service_user_id, f"{name}: samtykke {what}")


def end_group(db: Database, group_id: int, on: dt.date) -> None:
    with db.transaction() as session:
        group = get_row(session, m.ResponsibilityGroup, group_id)
        group.active_to = on
        db.audit(session, "group_end", group.service_user_id, f"Avsluttet {on:%d.%m.%Y}")


def open_group(db: Database, user_id: int, *, log: bool = True) -> GroupView | None:
    """The group page: members and meetings; None when there is no group. Audited unless
    `log` is False (the caller has logged this look already)."""
    with db.transaction() as session:
        user = user_row(session, user_id)
        group = group_row_for(session, user_id)
        if log:
            db.audit(session, "open", user_id, "Ansvarsgruppe")
        if group is None:
            return None
        return GroupView(
            id=group.id,
            service_user_id=user_id,
            person_name=full_name(user),
            active_from=group.active_from,
            active_to=group.active_to,
            every_weeks=group.every_weeks,
            members=tuple(load_members(session, group.id)),
            meetings=tuple(meeting_rows(session, group_id=group.id)),
        )


def next_of_kin_choices(
    db: Database, group_id: int, today: dt.date | None = None
) -> list[NextOfKin]:
    """The user's current next of kin who are not (still) members of the group already."""
    today = today or dt.date.today()
    with db.transaction() as session:
        group = get_row(session, m.ResponsibilityGroup, group_id)
        taken = set(
            session.scalars(
                select(m.GroupMember.next_of_kin_id).where(
                    m.GroupMember.group_id == group_id,
                    m.GroupMember.active_to.is_(None) | (m.GroupMember.active_to >= today),
                )
            )
        )
        return [k for k in load_next_of_kin(session, group.service_user_id) if k.id not in taken]


def group_owner(db: Database, group_id: int) -> int:
    """The service user the group is around."""
    with db.transaction() as session:
        return get_row(session, m.ResponsibilityGroup, group_id).service_user_id


def users_with_group(db: Database, user_ids: list[int]) -> set[int]:
    """Which of these service users have a group that is not ended (one query)."""
    statement = select(m.ResponsibilityGroup.service_user_id).where(
        m.ResponsibilityGroup.service_user_id.in_(user_ids),
        m.ResponsibilityGroup.active_to.is_(None),
    )
    with db.transaction() as session:
        return set(session.scalars(statement))


# -- inside one transaction ------------------------------------------------------------------


def meeting_rows(
    session: Session, *, group_id: int | None = None, user_id: int | None = None
) -> list[MeetingRow]:
    invited = (
        select(func.count(m.MeetingInvitee.id))
        .where(m.MeetingInvitee.meeting_id == m.Meeting.id)
        .correlate(m.Meeting)
        .scalar_subquery()
    )
    statement = (
        select(m.Meeting, m.ResponsibilityGroup.service_user_id, invited)
        .join(m.ResponsibilityGroup, m.Meeting.group_id == m.ResponsibilityGroup.id)
        .order_by(m.Meeting.starts_at, m.Meeting.id)
    )
    if group_id is not None:
        statement = statement.where(m.Meeting.group_id == group_id)
    if user_id is not None:
        statement = statement.where(m.ResponsibilityGroup.service_user_id == user_id)
    return [_meeting_row(*found) for found in session.execute(statement)]


def _meeting_row(row: m.Meeting, owner: int, invited: int) -> MeetingRow:
    return MeetingRow(
        row.id, row.group_id, owner, row.starts_at, MeetingStatus(row.status),
        row.place or (VIDEO_PLACE if row.video_link else ""), row.locked_at is not None,
        video_link=row.video_link, duration_minutes=row.duration_minutes,
        invited_count=invited, minutes_version=row.minutes_version,
    )  # fmt: skip


def load_members(session: Session, group_id: int) -> list[Member]:
    rows = session.scalars(
        select(m.GroupMember).where(m.GroupMember.group_id == group_id).order_by(m.GroupMember.id)
    )
    return [load_member(session, row) for row in rows]


def load_member(session: Session, row: m.GroupMember) -> Member:
    """The member with name, organisation and address from the record or the address book."""
    kind = MemberKind(row.kind)
    if kind is MemberKind.SERVICE_USER:
        details = _user_details(session, row.group_id)
    elif kind is MemberKind.NEXT_OF_KIN:
        details = _kin_details(get_row(session, m.NextOfKin, row.next_of_kin_id))
    else:
        details = _partner_details(
            session, get_row(session, m.ContactPerson, row.contact_person_id)
        )
    return Member(row.id, kind, role=row.role, consent_on=row.consent_on,
                  active_from=row.active_from, active_to=row.active_to, version=row.version,
                  **details)  # fmt: skip


def _user_details(session: Session, group_id: int) -> dict[str, str]:
    group = get_row(session, m.ResponsibilityGroup, group_id)
    user = user_row(session, group.service_user_id)
    place = " ".join(p for p in (user.postal_code, user.postal_place) if p)
    address = "\n".join(p for p in (user.address, place) if p)
    return {"name": full_name(user), "phone": user.phone, "email": user.email, "address": address}


def _kin_details(kin: m.NextOfKin) -> dict[str, str]:
    return {"name": kin.name, "organisation": f"Pårørende ({kin.relation.lower()})",
            "phone": kin.phone, "email": kin.email, "address": kin.address}  # fmt: skip


def _partner_details(session: Session, person: m.ContactPerson) -> dict[str, str]:
    org = session.get(m.Organisation, person.organisation_id) if person.organisation_id else None
    return {
        "name": person.name,
        "organisation": org.name if org else "",
        "phone": person.phone or (org.phone if org else ""),
        "email": person.email,
        "address": org.address if org else "",
    }


def _member_row(group_id: int, form: MemberForm, group: m.ResponsibilityGroup) -> m.GroupMember:
    return m.GroupMember(
        group_id=group_id,
        kind=form.kind.value,
        contact_person_id=form.contact_person_id,
        next_of_kin_id=form.next_of_kin_id,
        role=form.role.strip(),
        consent_on=form.consent_on,
        active_from=form.active_from or group.active_from,
    )


def _check_source(session: Session, group: m.ResponsibilityGroup, form: MemberForm) -> None:
    if form.kind is MemberKind.SERVICE_USER:
        raise UserError("Tjenestemottakeren er allerede med i gruppen.")
    if form.kind is MemberKind.NEXT_OF_KIN:
        kin = get_row(session, m.NextOfKin, form.next_of_kin_id)
        if kin.service_user_id != group.service_user_id or kin.ended_at is not None:
            raise ValidationFailed({"next_of_kin_id": "Velg en av tjenestemottakerens pårørende."})
    else:
        get_row(session, m.ContactPerson, form.contact_person_id)


def group_row_for(session: Session, user_id: int) -> m.ResponsibilityGroup | None:
    return session.scalar(
        select(m.ResponsibilityGroup).where(m.ResponsibilityGroup.service_user_id == user_id)
    )


def user_row(session: Session, user_id: int) -> m.ServiceUser:
    return get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")


def full_name(user: m.ServiceUser) -> str:
    return f"{user.first_name} {user.last_name}"

"""Responsibility groups: create, add and end members, record consent, open; every step audited."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.errors import UserError, ValidationFailed
from ...domain.group_vocabulary import VIDEO_PLACE, MeetingStatus, MemberKind
from ...domain.groups import (
    GroupView,
    MeetingRow,
    Member,
    MemberForm,
    names_member,
    validate_member,
)
from ...domain.plan_vocabulary import ConsentKind
from ...domain.plans import Consent
from ...domain.records import NextOfKin, is_postable, postal_lines
from ...storage import models as m
from ...words import tr, tr_domain
from ..clock import oslo_today
from ..database import Database, get_row
from ..records.consents import describe, load_consents, new_consent_row
from ..records.record_parts import load_next_of_kin
from ..versions import claim_version

GROUP_EXISTS_MESSAGE = "Tjenestemottakeren har allerede en ansvarsgruppe. Åpne den i stedet."
USER_ROLE = "Tjenestemottaker"
MEMBER_SCOPE = "Opplysninger som trengs for samarbeidet i ansvarsgruppen"


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
        if form.consent_on is not None:
            _give(db, session, group.service_user_id, member, form.consent_on,
                  form.consent_expires_on)  # fmt: skip
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


def set_consent(
    db: Database,
    member_id: int,
    consent_on: dt.date | None,
    *,
    version: int,
    expires_on: dt.date | None = None,
    today: dt.date | None = None,
) -> None:
    """Give (a date) or withdraw (None, from today) the user's consent to share with this
    member, as shown on `version` (EditConflict if the member changed since). The consent is
    an entry in the user's one consent list, where the plan's consent section shows it too."""
    with db.transaction() as session:
        row = get_row(session, m.GroupMember, member_id)
        claim_version(row, version, "Medlemmet", lambda: load_member(session, row))
        group = get_row(session, m.ResponsibilityGroup, row.group_id)
        member = load_member(session, row)
        if consent_on is None:
            _withdraw(db, session, group.service_user_id, member, today or oslo_today())
        else:
            _give(db, session, group.service_user_id, member, consent_on, expires_on)


def _give(db: Database, session: Session, user_id: int, member: Member, given_on: dt.date,
          expires_on: dt.date | None) -> None:  # fmt: skip
    if expires_on is not None and expires_on < given_on:
        raise ValidationFailed(
            {"expires_on": "Utløpsdatoen kan ikke være før datoen samtykket ble gitt."}
        )
    consent = Consent(
        ConsentKind.SHARING, participant=member.name, scope=MEMBER_SCOPE, given_on=given_on,
        expires_on=expires_on, next_of_kin_id=member.next_of_kin_id,
        contact_person_id=member.contact_person_id,
    )  # fmt: skip
    session.add(new_consent_row(user_id, consent))
    db.audit(session, "group_consent", user_id, describe(consent))


def _withdraw(db: Database, session: Session, user_id: int, member: Member, on: dt.date) -> None:
    for consent in member.consents:
        entry = get_row(session, m.ConsentEntry, consent.id)
        entry.withdrawn_on = on
        db.audit(session, "consent_withdraw", user_id,
                 f"{describe(consent)}, trukket tilbake {on:%d.%m.%Y}")  # fmt: skip


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
    today = today or oslo_today()
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
    """The member with details from the record or the address book, and the user's sharing
    consents (not withdrawn) that name this member."""
    member = _member_details(session, row)
    group = get_row(session, m.ResponsibilityGroup, row.group_id)
    consents = load_consents(session, group.service_user_id)
    return dataclasses.replace(
        member, consents=tuple(c for c in consents if names_member(c, member))
    )


def _member_details(session: Session, row: m.GroupMember) -> Member:
    kind = MemberKind(row.kind)
    if kind is MemberKind.SERVICE_USER:
        details = _user_details(session, row.group_id)
    elif kind is MemberKind.NEXT_OF_KIN:
        details = _kin_details(get_row(session, m.NextOfKin, row.next_of_kin_id))
    else:
        details = _partner_details(
            session, get_row(session, m.ContactPerson, row.contact_person_id)
        )
    return Member(row.id, kind, role=row.role, active_from=row.active_from,
                  active_to=row.active_to, version=row.version,
                  next_of_kin_id=row.next_of_kin_id, contact_person_id=row.contact_person_id,
                  **details)  # fmt: skip


def _user_details(session: Session, group_id: int) -> dict[str, object]:
    group = get_row(session, m.ResponsibilityGroup, group_id)
    user = user_row(session, group.service_user_id)
    return {"name": full_name(user), "phone": user.phone, "email": user.email, **_postal(user)}


def _kin_details(kin: m.NextOfKin) -> dict[str, object]:
    # Worded in the målform of a document being printed (words.written_in), else bokmål.
    organisation = tr("groups", "Pårørende (%1)", tr_domain(kin.relation).lower())
    return {"name": kin.name, "organisation": organisation,
            "phone": kin.phone, "email": kin.email, **_postal(kin)}  # fmt: skip


def _partner_details(session: Session, person: m.ContactPerson) -> dict[str, object]:
    org = session.get(m.Organisation, person.organisation_id) if person.organisation_id else None
    return {
        "name": person.name,
        "organisation": org.name if org else "",
        "phone": person.phone or (org.phone if org else ""),
        "email": person.email,
        **(_postal(org) if org else {}),
    }


def _postal(row: m.ServiceUser | m.NextOfKin | m.Organisation) -> dict[str, object]:
    """The envelope lines and whether a letter can be posted to them; a protected address
    (fortrolig or strengt fortrolig) never leaves the record, so it gives no lines at all."""
    if getattr(row, "protected_address", ""):
        return {"address": "", "postable": False, "protected_address": True}
    lines = postal_lines(row.care_of, row.address, row.postal_code, row.postal_place)
    postable = is_postable(row.address, row.postal_code, row.postal_place)
    return {"address": "\n".join(lines), "postable": postable, "protected_address": False}


def _member_row(group_id: int, form: MemberForm, group: m.ResponsibilityGroup) -> m.GroupMember:
    return m.GroupMember(
        group_id=group_id,
        kind=form.kind.value,
        contact_person_id=form.contact_person_id,
        next_of_kin_id=form.next_of_kin_id,
        role=form.role.strip(),
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

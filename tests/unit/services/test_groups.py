"""Responsibility groups: members from the record and the address book, consent, audit."""

import datetime as dt

import pytest
from sqlalchemy import select
from tests.group_helpers import FIRST, NOW, TODAY, make_group

from psykhelse_desktop.domain.errors import UserError, ValidationFailed
from psykhelse_desktop.domain.group_vocabulary import MemberKind
from psykhelse_desktop.domain.groups import MeetingForm, MemberForm
from psykhelse_desktop.domain.records import NextOfKinForm, ServiceUserForm
from psykhelse_desktop.services.meetings import groups, meetings
from psykhelse_desktop.services.records import record_parts, service_users
from psykhelse_desktop.storage import models as m


def test_group_holds_the_user_next_of_kin_and_partners_with_roles(db):
    group = make_group(db)
    view = groups.open_group(db, group.user_id)
    members = {member.name: member for member in view.members}
    assert set(members) == {"Åse Øvrebø", "Åsne Øvrebø", "Bjørn Åsheim", "Kåre Sæther"}
    assert members["Åse Øvrebø"].kind is MemberKind.SERVICE_USER
    assert members["Åse Øvrebø"].address == "Fjæreveien 3\n8150 Ørnes"
    assert members["Bjørn Åsheim"].organisation == "NAV Testvik"
    assert members["Bjørn Åsheim"].role == "NAV-veileder"
    assert members["Åsne Øvrebø"].organisation == "Pårørende (søster)"
    assert view.active_from == TODAY and view.every_weeks == 6


def test_a_user_has_one_group(db):
    group = make_group(db)
    with pytest.raises(UserError, match="allerede en ansvarsgruppe"):
        groups.create_group(db, group.user_id, TODAY)


def test_next_of_kin_joins_only_when_the_user_wants(db):
    group = make_group(db)
    kin = record_parts.add_next_of_kin(db, group.user_id, NextOfKinForm("Per Øvrebø", "Bror"))
    form = MemberForm(MemberKind.NEXT_OF_KIN, "Pårørende", next_of_kin_id=kin)
    with pytest.raises(ValidationFailed) as caught:
        groups.add_member(db, group.group_id, form)
    assert "ønsker det" in caught.value.errors["consent_on"]


def test_next_of_kin_must_be_the_users_own(db):
    group = make_group(db)
    other = service_users.create(db, ServiceUserForm("Ola", "Nordmann", birth_date=TODAY))
    kin = record_parts.add_next_of_kin(db, other, NextOfKinForm("Kari Nordmann", "Mor"))
    form = MemberForm(MemberKind.NEXT_OF_KIN, "Pårørende", next_of_kin_id=kin, consent_on=TODAY)
    with pytest.raises(ValidationFailed):
        groups.add_member(db, group.group_id, form)


def test_a_member_needs_a_role(db):
    group = make_group(db)
    with pytest.raises(ValidationFailed) as caught:
        groups.add_member(db, group.group_id, MemberForm(MemberKind.PARTNER, " ", 1))
    assert caught.value.errors["role"] == "Skriv hvilken rolle medlemmet har i gruppen."


def test_ended_member_is_kept_with_its_dates(db):
    group = make_group(db)
    groups.end_member(db, group.dps, TODAY + dt.timedelta(days=30), version=1)
    member = next(x for x in groups.open_group(db, group.user_id).members if x.id == group.dps)
    assert member.active_to == TODAY + dt.timedelta(days=30)
    assert not member.is_active_on(TODAY + dt.timedelta(days=31))


def test_users_with_group_and_audit(db):
    group = make_group(db)
    other = service_users.create(db, ServiceUserForm("Ola", "Nordmann", birth_date=TODAY))
    assert groups.users_with_group(db, [group.user_id, other]) == {group.user_id}
    groups.set_consent(db, group.dps, TODAY, version=1)
    with db.transaction() as session:
        actions = set(
            session.scalars(
                select(m.AuditEvent.action).where(m.AuditEvent.service_user_id == group.user_id)
            )
        )
    assert {"group_create", "group_member_add", "group_consent", "meeting_plan"} <= actions


def test_no_group_opens_as_none(db):
    user = service_users.create(db, ServiceUserForm("Ola", "Nordmann", birth_date=TODAY))
    assert groups.open_group(db, user) is None


def test_demo_has_groups_meetings_overdue_items_and_a_member_without_consent(db):
    from psykhelse_desktop.services.demo.populate import populate_demo
    from psykhelse_desktop.services.meetings import action_items, meetings

    summary = populate_demo(db, 40, today=TODAY)
    assert 5 <= summary.groups <= 15 and summary.meetings == 4 * summary.groups
    open_items = action_items.open_action_items(db, TODAY)
    assert open_items[0].is_overdue(TODAY) and not open_items[-1].is_overdue(TODAY)
    rows = meetings.list_meetings(db)
    first = next(r for r in rows if r.service_user_id == min(x.service_user_id for x in rows))
    assert any(not r.receives for r in meetings.minutes_recipients(db, first.id))
    assert meetings.load_minutes(db, first.id).items[0].decision


def test_next_of_kin_choices_leave_out_current_members(db):
    group = make_group(db)
    brother = record_parts.add_next_of_kin(db, group.user_id, NextOfKinForm("Per Øvrebø", "Bror"))
    assert [k.id for k in groups.next_of_kin_choices(db, group.group_id, TODAY)] == [brother]
    groups.end_member(db, group.sister, TODAY, version=1)
    later = TODAY + dt.timedelta(days=1)
    names = {k.name for k in groups.next_of_kin_choices(db, group.group_id, later)}
    assert names == {"Per Øvrebø", "Åsne Øvrebø"}


def test_meeting_rows_carry_invited_count_length_video_and_minutes_version(db):
    group = make_group(db)
    link = "https://video.example/å"
    video = MeetingForm(FIRST + dt.timedelta(weeks=6), 45, "", link, (group.nav,))
    meetings.plan_meeting(db, group.group_id, video, now=NOW)
    first, second = groups.open_group(db, group.user_id).meetings
    assert (first.invited_count, first.duration_minutes, first.minutes_version) == (4, 90, 1)
    assert (second.invited_count, second.place, second.video_link) == (
        1, "Videomøte", link,
    )  # fmt: skip

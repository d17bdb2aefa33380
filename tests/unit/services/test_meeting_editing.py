"""The meeting editor's sheet: invitees, agenda, action items per item, versions, one audit."""

import datetime as dt

import pytest
from sqlalchemy import select
from tests.group_helpers import FIRST, NOW, PLACE, TODAY, hold_meeting, make_group

from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.domain.group_vocabulary import LockReason, MeetingStatus
from psykhelse_desktop.domain.groups import ActionItemForm, MeetingForm
from psykhelse_desktop.services.meetings import action_items, meetings
from psykhelse_desktop.services.meetings.meeting_editing import (
    open_meeting_for_editing,
    open_minutes_version,
)
from psykhelse_desktop.storage import models as m


def _next_meeting(db, group) -> int:
    form = MeetingForm(FIRST + dt.timedelta(weeks=6), 90, PLACE, "", group.everyone, ("Status",))
    return meetings.plan_meeting(db, group.group_id, form, now=NOW)


def test_a_planned_meeting_opens_with_its_invitees_agenda_and_the_members(db):
    group = make_group(db)
    sheet = open_meeting_for_editing(db, group.meeting_id)
    assert (sheet.starts_at, sheet.place, sheet.status) == (FIRST, PLACE, MeetingStatus.PLANNED)
    assert sheet.person_name == "Åse Øvrebø" and not sheet.is_locked and sheet.is_current
    assert [i.name for i in sheet.invited] == ["Åse Øvrebø", "Åsne Øvrebø", "Bjørn Åsheim",
                                               "Kåre Sæther"]  # fmt: skip
    assert {i.attended for i in sheet.invited} == {None}
    assert [e.title for e in sheet.items] == ["Søvn og hverdag", "Økonomi og arbeid"]
    assert all(e.id for e in sheet.items)
    assert [x.id for x in sheet.members] == list(group.everyone)
    assert sheet.default_deadline() == FIRST.date() + dt.timedelta(days=14)


def test_opening_is_one_audited_reading(db):
    group = make_group(db)
    open_meeting_for_editing(db, group.meeting_id)
    with db.transaction() as session:
        rows = session.execute(select(m.AuditEvent.action, m.AuditEvent.details)).all()
    assert rows[-1] == ("open", "Møtereferat")


def test_action_items_sit_under_the_agenda_item_they_were_agreed_under(db):
    group = make_group(db)
    later = _next_meeting(db, group)
    hold_meeting(db, group)
    sheet = open_meeting_for_editing(db, group.meeting_id)
    first_item = sheet.items[0].id
    form = ActionItemForm("Ringe fastlegen om søvnmedisin", group.sister, "", TODAY, first_item)
    action_items.add_action_item(db, group.meeting_id, form)
    sheet = open_meeting_for_editing(db, group.meeting_id)
    assert sheet.default_deadline() == (FIRST + dt.timedelta(weeks=6)).date()
    assert [a.what for a in sheet.action_items_under(first_item)] == [form.what]
    assert len(sheet.loose_action_items()) == 2
    dps = next(i for i in sheet.invited if i.member_id == group.dps)
    assert (dps.attended, dps.absence_reason) == (False, "Syk, sendte beskjed på e-post.")
    carried = open_meeting_for_editing(db, later).carried_over
    assert form.what in [a.what for a in carried]


def test_an_agenda_item_of_another_meeting_is_refused(db):
    group = make_group(db)
    later = _next_meeting(db, group)
    other_item = open_meeting_for_editing(db, later).items[0].id
    form = ActionItemForm("Noe", group.nav, "", TODAY, other_item)
    with pytest.raises(UserError, match="Saken finnes ikke"):
        action_items.add_action_item(db, group.meeting_id, form)


def test_a_corrected_meeting_keeps_the_locked_version_readable(db):
    group = make_group(db)
    hold_meeting(db, group)
    meetings.lock_minutes(db, group.meeting_id, LockReason.PRINTED)
    locked = open_meeting_for_editing(db, group.meeting_id)
    assert locked.is_locked and locked.locked_how is LockReason.PRINTED
    assert [v.number for v in locked.locked_versions] == [1]
    meetings.correct_minutes(db, group.meeting_id, "Feil frist for NAV")
    current = open_meeting_for_editing(db, group.meeting_id)
    assert (current.version, current.is_locked) == (2, False)
    assert current.correction_note == "Feil frist for NAV"
    old = open_minutes_version(db, group.meeting_id, 1)
    assert (old.version, old.current_version, old.is_current) == (1, 2, False)
    assert old.is_locked and old.items[0].decision.startswith("Vi fortsetter")
    assert [i.name for i in old.invited][0] == "Åse Øvrebø"


def test_the_action_list_names_the_service_user_and_the_meeting(db):
    group = make_group(db)
    hold_meeting(db, group)
    later = TODAY + dt.timedelta(days=10)
    lines = action_items.open_action_list(db, today=later)
    assert [line.item.what for line in lines][0] == "Kjøpe refleksvest før kveldsturene"
    assert {(line.service_user_id, line.meeting_at) for line in lines} == {(group.user_id, FIRST)}

"""Action items: owner and deadline required, closing records who and when, one open list."""

import datetime as dt

import pytest
from tests.group_helpers import TODAY, hold_meeting, make_group

from psykhelse_desktop.domain.errors import UserError, ValidationFailed
from psykhelse_desktop.domain.group_vocabulary import LockReason
from psykhelse_desktop.domain.groups import ActionItemForm
from psykhelse_desktop.services.meetings import action_items, meetings


def test_an_action_item_needs_an_owner_and_a_deadline(db):
    group = make_group(db)
    with pytest.raises(ValidationFailed) as caught:
        action_items.add_action_item(db, group.meeting_id, ActionItemForm("Ringe fastlegen"))
    assert caught.value.errors == {
        "owner": "Oppgaven mangler ansvarlig. Velg hvem som skal gjøre den.",
        "due_on": "Oppgaven mangler frist. Skriv innen hvilken dato den skal være gjort.",
    }


def test_open_list_puts_overdue_first_and_closing_records_who_and_when(db):
    group = make_group(db)
    hold_meeting(db, group)
    later = TODAY + dt.timedelta(days=10)
    listed = action_items.open_action_items(db, today=later)
    assert [a.what for a in listed][0] == "Kjøpe refleksvest før kveldsturene"
    assert listed[0].is_overdue(later) and not listed[1].is_overdue(later)
    assert listed[0].person_name == "Åse Øvrebø"
    closed = action_items.close_action_item(db, listed[0].id, later)
    assert (closed.closed_on, closed.closed_by) == (later, "Kari Testesen")
    assert [a.id for a in action_items.open_action_items(db, today=later)] == [listed[1].id]
    with pytest.raises(UserError, match="allerede lukket"):
        action_items.close_action_item(db, listed[0].id)


def test_a_named_owner_outside_the_group_is_allowed(db):
    group = make_group(db)
    form = ActionItemForm("Sende epikrise", owner_name="Legekontoret", due_on=TODAY)
    action_items.add_action_item(db, group.meeting_id, form)
    assert action_items.open_action_items(db, TODAY)[0].owner == "Legekontoret"


def test_no_new_action_items_on_locked_minutes(db):
    group = make_group(db)
    hold_meeting(db, group)
    meetings.lock_minutes(db, group.meeting_id, LockReason.PRINTED)
    form = ActionItemForm("Noe nytt", owner_name="Kari", due_on=TODAY)
    with pytest.raises(UserError, match="låst"):
        action_items.add_action_item(db, group.meeting_id, form)

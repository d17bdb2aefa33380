"""Meetings: planning rules, series, minutes, locking with versions, and the consent filter."""

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError
from tests.group_helpers import FIRST, NOW, PLACE, hold_meeting, make_group

from psykhelse_desktop.domain.errors import UserError, ValidationFailed
from psykhelse_desktop.domain.group_vocabulary import LockReason, MeetingStatus
from psykhelse_desktop.domain.groups import AgendaEntry, MeetingForm
from psykhelse_desktop.services.meetings import groups, meetings


def test_planning_refuses_no_members_no_place_and_a_past_time(db):
    group = make_group(db)
    form = MeetingForm(NOW - dt.timedelta(hours=1), 90, "", "", ())
    with pytest.raises(ValidationFailed) as caught:
        meetings.plan_meeting(db, group.group_id, form, now=NOW)
    errors = caught.value.errors
    assert errors["invited"] == "Møtet har ingen deltakere. Inviter minst ett medlem av gruppen."
    assert errors["starts_at"] == "Tidspunktet har passert. Velg et tidspunkt fram i tid."
    assert "videomøtet" in errors["place"]


def test_a_series_every_six_weeks(db):
    group = make_group(db)
    form = MeetingForm(FIRST, 60, "", "https://video.example/rom-7", (group.user_member,))
    ids = meetings.plan_series(db, group.group_id, form, every_weeks=6, count=3, now=NOW)
    rows = [r for r in meetings.list_meetings(db, group.user_id) if r.id in ids]
    assert [r.starts_at for r in rows] == [FIRST + dt.timedelta(weeks=6 * i) for i in range(3)]
    assert {r.place for r in rows} == {"Videomøte"}


def test_minutes_hold_attendance_decisions_action_items_and_next_meeting(db):
    group = make_group(db)
    later = meetings.plan_meeting(db, group.group_id, _next(group), now=NOW)
    hold_meeting(db, group)
    minutes = meetings.load_minutes(db, group.meeting_id)
    absent = [a for a in minutes.attendance if not a.attended]
    assert [(a.name, a.absence_reason) for a in absent] == [
        ("Kåre Sæther", "Syk, sendte beskjed på e-post.")
    ]
    assert minutes.items[1].decision == "NAV søker om økonomisk rådgivning."
    assert [a.owner for a in minutes.action_items] == ["Åse Øvrebø", "Bjørn Åsheim"]
    assert minutes.next_meeting == FIRST + dt.timedelta(weeks=6)
    assert minutes.place == PLACE
    carried = meetings.load_minutes(db, later).carried_over
    assert {a.what for a in carried} == {a.what for a in minutes.action_items}
    statuses = {r.id: r.status for r in meetings.list_meetings(db)}
    assert statuses[group.meeting_id] is MeetingStatus.HELD
    assert statuses[later] is MeetingStatus.PLANNED


def test_locked_minutes_refuse_changes_and_a_correction_keeps_the_old_version(db):
    group = make_group(db)
    hold_meeting(db, group)
    assert meetings.lock_minutes(db, group.meeting_id, LockReason.SENT) == 1
    entry = AgendaEntry(0, "Ny sak", "Skrevet etterpå")
    with pytest.raises(UserError, match="låst"):
        meetings.save_minutes(db, group.meeting_id, (), (entry,), version=3)
    assert meetings.correct_minutes(db, group.meeting_id, "Feil dato for neste møte") == 2
    items = meetings.load_minutes(db, group.meeting_id).items
    meetings.save_minutes(db, group.meeting_id, (), (*items, entry), version=4)
    old = meetings.load_minutes(db, group.meeting_id, version=1)
    new = meetings.load_minutes(db, group.meeting_id)
    assert [i.title for i in old.items] == ["Søvn og hverdag", "Økonomi og arbeid"]
    assert old.locked_how is LockReason.SENT and old.version == 1
    assert new.version == 2 and new.correction_note == "Feil dato for neste møte"
    assert new.items[-1].title == "Ny sak"
    assert meetings.minutes_versions(db, group.meeting_id) == [1]


def test_locked_versions_cannot_be_changed_in_the_database(db):
    group = make_group(db)
    hold_meeting(db, group)
    meetings.lock_minutes(db, group.meeting_id, LockReason.PRINTED)
    with db.engine.begin() as conn, pytest.raises(IntegrityError, match="append-only"):
        conn.exec_driver_sql("UPDATE minutes_version SET content = ''")


def test_consent_filter_leaves_out_the_member_without_consent(db):
    group = make_group(db)
    recipients = {r.name: r for r in meetings.minutes_recipients(db, group.meeting_id)}
    assert recipients["Åse Øvrebø"].receives
    assert recipients["Åsne Øvrebø"].receives and recipients["Bjørn Åsheim"].receives
    left_out = recipients["Kåre Sæther"]
    assert not left_out.receives
    assert left_out.reason == (
        "Får ikke referatet: tjenestemottakeren har ikke samtykket til at opplysninger deles "
        "med denne deltakeren"
    )
    groups.set_consent(db, group.dps, FIRST.date(), version=1)
    assert all(r.receives for r in meetings.minutes_recipients(db, group.meeting_id))


def test_a_member_who_left_receives_nothing(db):
    group = make_group(db)
    groups.end_member(db, group.nav, FIRST.date() - dt.timedelta(days=1), version=1)
    nav = next(
        r for r in meetings.minutes_recipients(db, group.meeting_id) if r.name == "Bjørn Åsheim"
    )
    assert not nav.receives and "ikke lenger medlem" in nav.reason


def test_only_active_members_can_be_invited(db):
    group = make_group(db)
    groups.end_member(db, group.dps, FIRST.date() - dt.timedelta(days=1), version=1)
    with pytest.raises(ValidationFailed, match="aktive medlemmer"):
        meetings.plan_meeting(db, group.group_id, _next(group), now=NOW)


def _next(group) -> MeetingForm:
    return MeetingForm(FIRST + dt.timedelta(weeks=6), 90, PLACE, "", group.everyone, ("Status",))


def test_a_planned_meeting_has_no_minutes_to_lock(db):
    group = make_group(db)
    with pytest.raises(UserError, match="Bare referatet fra et holdt møte kan låses"):
        meetings.lock_minutes(db, group.meeting_id, LockReason.PRINTED)
    assert meetings.minutes_versions(db, group.meeting_id) == []

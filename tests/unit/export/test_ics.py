"""The .ics file, read back by an independent parser (icalendar): æøå, Europe/Oslo, folding."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
from tests.group_helpers import FIRST, NOW, make_group

from psykhelse_desktop.domain.groups import MeetingForm
from psykhelse_desktop.export.ics import CalendarEvent, calendar_text, escape_text, fold
from psykhelse_desktop.export.meeting_calendar import export_group_calendar
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.services.settings import save_settings

OSLO = ZoneInfo("Europe/Oslo")
STAMP = dt.datetime(2026, 11, 23, 8, 0)


def _events(path):
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk("VEVENT")]


def test_group_meetings_parse_with_norwegian_letters_and_oslo_time(db, tmp_path):
    group = make_group(db)
    summer = MeetingForm(dt.datetime(2027, 6, 15, 9, 0), 60, "", "https://video.example/æøå",
                         (group.user_member,), ("Sommerferie; hvem, hva?",))  # fmt: skip
    meetings.plan_meeting(db, group.group_id, summer, now=NOW)
    save_settings(db, {"calendar_detail": 2})  # the nurse chose place and agenda
    path = export_group_calendar(db, group.group_id, tmp_path / "møter.ics", stamp=STAMP)
    winter, june = _events(path)
    assert str(winter["SUMMARY"]) == "Ansvarsgruppemøte (Å. Ø.)"
    assert str(winter["LOCATION"]) == "Møterom Øst, Testvik helsesenter"
    assert winter.decoded("DTSTART") == FIRST.replace(tzinfo=OSLO)
    assert winter.decoded("DTSTART").utcoffset() == dt.timedelta(hours=1)
    assert june.decoded("DTSTART").utcoffset() == dt.timedelta(hours=2)
    assert winter.decoded("DTEND") - winter.decoded("DTSTART") == dt.timedelta(minutes=90)
    assert "1. Søvn og hverdag\n2. Økonomi og arbeid" in str(winter["DESCRIPTION"])
    assert "1. Sommerferie; hvem, hva?" in str(june["DESCRIPTION"])
    assert str(june["LOCATION"]) == "Videomøte"
    assert winter["UID"] != june["UID"]


def test_by_default_no_agenda_and_no_typed_place(db, tmp_path):
    group = make_group(db)
    home = MeetingForm(dt.datetime(2027, 1, 12, 10, 0), 60, "Hjemme hos Åse, Fjæreveien 3", "",
                       (group.user_member,), ("Rusbruken",))  # fmt: skip
    meetings.plan_meeting(db, group.group_id, home, now=NOW)
    data = export_group_calendar(db, group.group_id, tmp_path / "a.ics", stamp=STAMP).read_text()
    office, visit = _events(tmp_path / "a.ics")
    assert "LOCATION" not in office and str(visit["LOCATION"]) == "Hjemmebesøk"
    for secret in ("Møterom", "Fjæreveien", "Søvn", "Økonomi", "Rusbruken", "Saksliste"):
        assert secret not in data
    assert str(office["SUMMARY"]) == "Ansvarsgruppemøte (Å. Ø.)"


def test_place_without_agenda_at_the_middle_setting(db, tmp_path):
    group = make_group(db)
    save_settings(db, {"calendar_detail": 1})
    export_group_calendar(db, group.group_id, tmp_path / "a.ics", stamp=STAMP)
    [event] = _events(tmp_path / "a.ics")
    assert str(event["LOCATION"]) == "Møterom Øst, Testvik helsesenter"
    assert "Saksliste" not in str(event["DESCRIPTION"])


def test_a_home_is_always_a_home_visit():
    from psykhelse_desktop.domain.group_vocabulary import is_home

    assert all(map(is_home, ("Hjemme hos brukeren", "hjemmebesøk", "Hos bruker, Storgata 2")))
    assert not any(map(is_home, ("Legekontoret på Ørnes", "Møterom Øst", "")))


def test_cancelled_meeting_says_so(db, tmp_path):
    group = make_group(db)
    meetings.cancel_meeting(db, group.meeting_id)
    path = export_group_calendar(db, group.group_id, tmp_path / "a.ics", stamp=STAMP)
    assert str(_events(path)[0]["STATUS"]) == "CANCELLED"


def test_file_has_crlf_lines_of_at_most_75_octets_and_a_timezone():
    event = CalendarEvent("x@y", FIRST, FIRST + dt.timedelta(hours=1), "Møte " + "æøå" * 40,
                          description="Linje én\nLinje to, med komma; og semikolon \\")  # fmt: skip
    data = calendar_text([event], STAMP).encode("utf-8")
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    parsed = icalendar.Calendar.from_ical(data)
    vevent = next(iter(parsed.walk("VEVENT")))
    assert str(vevent["SUMMARY"]) == "Møte " + "æøå" * 40
    assert str(vevent["DESCRIPTION"]) == "Linje én\nLinje to, med komma; og semikolon \\"
    timezone = next(iter(parsed.walk("VTIMEZONE")))
    assert str(timezone["TZID"]) == "Europe/Oslo"
    assert b"DTSTAMP:20261123T080000Z" in data


def test_escaping_and_folding_by_hand():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("X" * 80)
    assert folded == "X" * 75 + "\r\n " + "X" * 5
    assert fold("ø" * 40).split("\r\n ")[0] == "ø" * 37


def test_the_calendar_file_is_recorded_in_the_ledger(db, tmp_path):
    """Calendars are synchronised to other machines: the file leaves, so it is recorded."""
    from psykhelse_desktop.services.reports import ledger

    group = make_group(db)
    path = export_group_calendar(db, group.group_id, tmp_path / "møter.ics", stamp=STAMP)
    [row] = ledger.entries(db)
    assert (row.kind_label, row.what) == (
        "Møtekalender (ICS)",
        "Møtekalender for ansvarsgruppen, 1 møte",
    )
    assert row.service_user_id == group.user_id and row.file_name == str(path.resolve())
    assert row.byte_count == path.stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "møter.ics"]

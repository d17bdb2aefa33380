"""A responsibility group's meetings as an .ics file for Outlook or Thunderbird, recorded in the
ledger before it gets its final name (the file leaves the program: calendars are synchronised)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.group_vocabulary import VIDEO_PLACE
from ..domain.ledger_vocabulary import LedgerKind
from ..services.database import Database
from ..services.meetings.groups import group_owner
from ..services.meetings.meeting_pack import CalendarMeeting, calendar_meetings
from ..services.reports.outgoing import CALENDAR_PREFIX, LedgerNote, send_bytes
from .ics import CalendarEvent, calendar_text

UID_DOMAIN = "psykhelse-desktop.invalid"


def export_group_calendar(
    db: Database, group_id: int, target: Path, *, stamp: dt.datetime | None = None
) -> Path:
    """Write the calendar whole to `target`, or leave it untouched; UserError if it fails."""
    stamp = stamp or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    events = [
        meeting_event(meeting, db.profile.name) for meeting in calendar_meetings(db, group_id)
    ]
    count = f"{len(events)} møte" if len(events) == 1 else f"{len(events)} møter"
    note = LedgerNote(f"Møtekalender for ansvarsgruppen, {count}", group_owner(db, group_id),
                      kind=LedgerKind.CALENDAR_ICS)  # fmt: skip
    data = calendar_text(events, stamp).encode("utf-8")
    send_bytes(db, Path(target), data, note, CALENDAR_PREFIX)
    return Path(target)


def meeting_event(meeting: CalendarMeeting, organiser: str) -> CalendarEvent:
    """Summary with initials only: calendars are often synchronised to other machines."""
    lines = [f"Ansvarsgruppemøte for {meeting.initials}, innkalt av {organiser}."]
    if meeting.agenda:
        lines += ["Saksliste:", *(f"{n}. {t}" for n, t in enumerate(meeting.agenda, start=1))]
    if meeting.video_link:
        lines.append(f"Lenke til videomøtet: {meeting.video_link}")
    return CalendarEvent(
        uid=f"moete-{meeting.meeting_id}-{meeting.created_at:%Y%m%dT%H%M%S}@{UID_DOMAIN}",
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        summary=f"Ansvarsgruppemøte ({meeting.initials})",
        location=meeting.place or VIDEO_PLACE,
        description="\n".join(lines),
        cancelled=meeting.cancelled,
    )

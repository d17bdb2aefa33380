"""A responsibility group's meetings as an .ics file for Outlook or Thunderbird, recorded in the
ledger before it gets its final name (the file leaves the program: calendars are synchronised).

By default an entry holds the time, "Ansvarsgruppemøte" and the user's initials: no agenda and
no typed place (a home visit says only "Hjemmebesøk"). The setting `calendar_detail` adds the
place (1) and the agenda (2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.group_vocabulary import HOME_VISIT, VIDEO_PLACE, is_home
from ..domain.ledger_vocabulary import LedgerKind
from ..services.database import Database
from ..services.meetings.groups import group_owner
from ..services.meetings.meeting_pack import CalendarMeeting, calendar_meetings
from ..services.reports.outgoing import CALENDAR_PREFIX, LedgerNote, send_bytes
from ..services.settings import get_settings
from .ics import CalendarEvent, calendar_text

UID_DOMAIN = "psykhelse-desktop.invalid"
PLACE_HIDDEN, WITH_PLACE, WITH_AGENDA = 0, 1, 2


def export_group_calendar(
    db: Database, group_id: int, target: Path, *, stamp: dt.datetime | None = None
) -> Path:
    """Write the calendar whole to `target`, or leave it untouched; UserError if it fails."""
    stamp = stamp or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    detail = get_settings(db).calendar_detail
    events = [
        meeting_event(meeting, db.profile.name, detail)
        for meeting in calendar_meetings(db, group_id)
    ]
    count = f"{len(events)} møte" if len(events) == 1 else f"{len(events)} møter"
    note = LedgerNote(f"Møtekalender for ansvarsgruppen, {count}", group_owner(db, group_id),
                      kind=LedgerKind.CALENDAR_ICS)  # fmt: skip
    data = calendar_text(events, stamp).encode("utf-8")
    send_bytes(db, Path(target), data, note, CALENDAR_PREFIX)
    return Path(target)


def meeting_event(
    meeting: CalendarMeeting, organiser: str, detail: int = PLACE_HIDDEN
) -> CalendarEvent:
    """Summary with initials only: calendars are often synchronised to other machines."""
    lines = [f"Ansvarsgruppemøte for {meeting.initials}, innkalt av {organiser}."]
    if meeting.agenda and detail >= WITH_AGENDA:
        lines += ["Saksliste:", *(f"{n}. {t}" for n, t in enumerate(meeting.agenda, start=1))]
    if meeting.video_link:
        lines.append(f"Lenke til videomøtet: {meeting.video_link}")
    return CalendarEvent(
        uid=f"moete-{meeting.meeting_id}-{meeting.created_at:%Y%m%dT%H%M%S}@{UID_DOMAIN}",
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        summary=f"Ansvarsgruppemøte ({meeting.initials})",
        location=calendar_place(meeting, detail),
        description="\n".join(lines),
        cancelled=meeting.cancelled,
    )


def calendar_place(meeting: CalendarMeeting, detail: int) -> str:
    """A home is always "Hjemmebesøk"; another typed place only when the nurse chose it, and
    never for a user with a protected address (a typed place may be where she lives)."""
    if meeting.place and is_home(meeting.place):
        return HOME_VISIT
    if not meeting.place:
        return VIDEO_PLACE if meeting.video_link else ""
    shown = detail >= WITH_PLACE and not meeting.protected_address
    return meeting.place if shown else ""

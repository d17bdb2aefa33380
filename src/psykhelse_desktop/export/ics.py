"""An RFC 5545 calendar file written by hand: events in Europe/Oslo time, folded, escaped.

Outlook and Thunderbird import it. Lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character; text values escape backslash, semicolon, comma and newlines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

TZID = "Europe/Oslo"
PRODID = "-//Psykhelse Desktop//Ansvarsgruppemøter//NO"
LINE_OCTETS = 75
# Central European Time: summer time from the last Sunday of March to the last Sunday of October.
OSLO_TIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)  # fmt: skip


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting as a calendar entry; times are wall-clock times in Norway."""

    uid: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    summary: str
    location: str = ""
    description: str = ""
    cancelled: bool = False


def calendar_text(events: Iterable[CalendarEvent], stamp: dt.datetime) -> str:
    """The whole file as text; `stamp` (UTC) becomes every event's DTSTAMP."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", *OSLO_TIMEZONE]  # fmt: skip
    for event in events:
        lines += _event(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _event(event: CalendarEvent, stamp: dt.datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={TZID}:{event.starts_at:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={TZID}:{event.ends_at:%Y%m%dT%H%M%S}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    lines.append("STATUS:CANCELLED" if event.cancelled else "STATUS:CONFIRMED")
    return [*lines, "END:VEVENT"]


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every newline as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, joined by CRLF and a space."""
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = LINE_OCTETS if not pieces else LINE_OCTETS - 1
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    return "\r\n ".join([*pieces, current])

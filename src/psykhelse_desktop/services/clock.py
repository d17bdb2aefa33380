"""Norwegian time, whatever the laptop's own zone: the one place stored UTC stamps are converted.

Contacts and meetings are stored as Norwegian wall-clock times (what she typed); system stamps
(saved, signed, locked, changed, recorded) are stored in UTC and shown and printed through
`to_oslo`. The laptop's zone (TZ, Windows settings) is never used.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

OSLO = "Europe/Oslo"
_ZONE = ZoneInfo(OSLO)  # tzdata on Windows, the system's zone files elsewhere


def oslo_now() -> dt.datetime:
    """The wall-clock time in Norway, without a time zone, to the second."""
    return dt.datetime.now(_ZONE).replace(tzinfo=None, microsecond=0)


def oslo_today() -> dt.date:
    """Today's date in Norway (a print's date, a default date)."""
    return dt.datetime.now(_ZONE).date()


def to_oslo(utc: dt.datetime) -> dt.datetime:
    """A stored UTC stamp (no time zone) as Norwegian wall-clock time (no time zone)."""
    return aware_oslo(utc).replace(tzinfo=None)


def oslo_time(utc: dt.datetime | None) -> dt.datetime | None:
    """`to_oslo`, passing None through (a stamp not set yet)."""
    return None if utc is None else to_oslo(utc)


def aware_oslo(utc: dt.datetime) -> dt.datetime:
    """A stored UTC stamp as Norwegian time with its offset (+01:00 or +02:00), to the second."""
    return utc.replace(tzinfo=dt.UTC, microsecond=0).astimezone(_ZONE)

"""Norwegian wall-clock time: contacts and meetings are stored in it; system stamps are UTC."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

OSLO = "Europe/Oslo"


def oslo_now() -> dt.datetime:
    """The wall-clock time in Norway, without a time zone, to the second."""
    try:
        return dt.datetime.now(ZoneInfo(OSLO)).replace(tzinfo=None, microsecond=0)
    except ZoneInfoNotFoundError:
        return dt.datetime.now().replace(microsecond=0)


def to_oslo(utc: dt.datetime) -> dt.datetime:
    """A stored UTC stamp (no time zone) as Norwegian wall-clock time (no time zone)."""
    try:
        zone = ZoneInfo(OSLO)
    except ZoneInfoNotFoundError:
        return utc
    return utc.replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None, microsecond=0)

"""The radar's reminder to take a backup outside the machine (a USB stick) when it is overdue.

The record's automatic backups live in its own data folder, on the same disk: a stolen or
broken laptop takes them along. Only a backup somewhere else counts here.
"""

from __future__ import annotations

import datetime as dt

from .radar import RadarKind, RadarLine, RadarSeverity, day, severity_for


def backup_line(
    last_outside: dt.date | None, created: dt.date | None, today: dt.date, max_days: int
) -> RadarLine | None:
    """A line when the newest backup outside the data folder is older than `max_days`.

    A record that never had one is counted from the day it was made; an older record that
    does not know that day is reminded at once.
    """
    since = last_outside or created
    if since is not None and (today - since).days <= max_days:
        return None
    if last_outside is not None:
        days = (today - last_outside).days
        text = f"Siste kopi utenfor maskinen er fra {day(last_outside)}, {days} dager siden"
    else:
        text = "Ingen kopi utenfor maskinen ennå: ta en på en minnepinne"
    due = since + dt.timedelta(days=max_days) if since else None
    severity = severity_for(due, today) if due else RadarSeverity.TODAY
    return RadarLine(RadarKind.BACKUP_DUE, severity, due, None, None, text)

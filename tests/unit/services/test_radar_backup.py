"""*I dag* reminds her to take a backup outside the machine when the newest is too old."""

from __future__ import annotations

import datetime as dt

import pytest

from psykhelse_desktop.domain.radar import RadarKind, RadarSeverity, Target
from psykhelse_desktop.domain.radar_backup import backup_line
from psykhelse_desktop.services.daily.radar import radar
from psykhelse_desktop.services.settings import save_settings
from psykhelse_desktop.services.trust import backups
from psykhelse_desktop.storage.models import Setting

TODAY = dt.date(2026, 11, 23)


def reminders(db, today: dt.date = TODAY):
    return [line for line in radar(db, today, audit=False) if line.kind is RadarKind.BACKUP_DUE]


def set_row(db, key: str, value: str) -> None:
    with db.transaction() as session:
        session.merge(Setting(key=key, value=value))


def test_no_reminder_within_the_days_and_one_after(db):
    set_row(db, backups.LAST_EXTERNAL_KEY, "2026-11-16T10:00:00")
    assert reminders(db) == []  # 7 days: not older than the setting
    (line,) = reminders(db, TODAY + dt.timedelta(days=1))
    assert line.severity is RadarSeverity.OVERDUE and line.target is Target.BACKUP
    assert line.service_user_id is None and line.person_name is None
    assert line.text == "Siste kopi utenfor maskinen er fra 16.11.2026, 8 dager siden"


def test_the_setting_decides_how_old_is_too_old(db):
    set_row(db, backups.LAST_EXTERNAL_KEY, "2026-11-16T10:00:00")
    save_settings(db, {"backup_reminder_days": 3})
    assert len(reminders(db)) == 1


@pytest.mark.sqlite_only(reason="takes a backup file of the encrypted record")
def test_a_backup_to_a_usb_stick_takes_the_line_away(db, tmp_path):
    set_row(db, backups.CREATED_AT_KEY, "2026-01-01T10:00:00")
    assert len(reminders(db, dt.date.today())) == 1
    backups.take_backup(db, tmp_path)
    assert reminders(db, dt.date.today()) == []


def test_a_new_record_is_counted_from_the_day_it_was_made():
    made = dt.date(2026, 11, 20)
    assert backup_line(None, made, TODAY, 7) is None
    line = backup_line(None, made, made + dt.timedelta(days=8), 7)
    assert line is not None and line.due == made + dt.timedelta(days=7)
    assert line.text == "Ingen kopi utenfor maskinen ennå: ta en på en minnepinne"


def test_an_old_record_that_never_had_one_is_reminded_at_once():
    line = backup_line(None, None, TODAY, 7)
    assert line is not None and line.severity is RadarSeverity.TODAY and line.due is None

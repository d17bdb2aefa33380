"""Backups the nurse takes and the automatic ones: checked files, the remembered folder, the
rotation, and a damaged record found before it can push a good backup out."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import text

from psykhelse_desktop.domain.record_safety import BackupFailed, RecordDamaged, backups_to_keep
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust import backups
from psykhelse_desktop.services.trust.backup_files import AUTO_PREFIX, automatic_backups
from psykhelse_desktop.storage.backup import BACKUP_SUFFIX, verify_backup

pytestmark = pytest.mark.sqlite_only(reason="copies of the encrypted file; a server has pg_dump")


def add_person(db, last: str = "Øvrebø") -> int:
    return service_users.create(db, ServiceUserForm("Åse", last, birth_date=dt.date(1980, 1, 1)))


def test_a_backup_to_a_usb_stick_is_checked_described_and_remembered(db, tmp_path):
    add_person(db)
    stick = tmp_path / "MINNEPINNE"
    stick.mkdir()
    result = backups.take_backup(db, stick)
    assert result.path.parent == stick and result.path.suffix == BACKUP_SUFFIX
    assert result.path.name.startswith("psykhelse-sikkerhetskopi-")
    assert result.summary.service_users == 1 and result.summary.newest_change is not None
    assert verify_backup(result.path, db.key) == []
    assert backups.remembered_folder(db) == stick.resolve()
    assert backups.last_external_backup(db) is not None
    assert [p.name for p in stick.iterdir()] == [result.path.name]


def test_a_backup_inside_the_data_folder_is_not_one_outside_the_machine(db, paths):
    inside = paths.data_dir / "kopier"
    inside.mkdir()
    backups.take_backup(db, inside)
    assert backups.last_external_backup(db) is None


def test_a_missing_folder_is_said_plainly(db, tmp_path):
    with pytest.raises(BackupFailed, match="Sett inn minnepinnen"):
        backups.take_backup(db, tmp_path / "ikke-satt-inn")


def test_the_rotation_keeps_seven_days_four_weeks_twelve_months():
    start = dt.datetime(2026, 1, 1, 12)
    stamps = [start + dt.timedelta(days=d, hours=h) for d in range(400) for h in (0, 5)]
    keep = backups_to_keep(stamps)
    newest = max(stamps)
    days = {s.date() for s in keep if (newest - s).days < 7}
    assert len(days) == 7
    assert {s.isocalendar()[:2] for s in keep} >= {newest.isocalendar()[:2]}
    assert len({(s.year, s.month) for s in keep}) == 12
    assert max(stamps) in keep and len(keep) <= 7 + 4 + 12
    assert all(max(s for s in stamps if s.date() == k.date()) == k for k in keep)


def test_automatic_backups_are_rotated_in_the_data_folder(db, paths):
    add_person(db)
    paths.backups.mkdir(exist_ok=True)
    old = dt.datetime(2024, 1, 1, 8)
    for day in range(60):
        stamp = old + dt.timedelta(days=day)
        (paths.backups / f"{AUTO_PREFIX}{stamp:%Y-%m-%d-%H%M%S}{BACKUP_SUFFIX}").write_bytes(b"")
    upgrade_backup = paths.backups / f"for-oppgradering-fra-0004{BACKUP_SUFFIX}"
    upgrade_backup.write_bytes(b"")
    made = backups.automatic_backup(db)
    kept = automatic_backups(paths.backups)
    assert made in kept and upgrade_backup.exists()
    assert len(kept) == len(backups_to_keep(kept.values())) < 61


def test_a_daily_backup_is_due_once_a_day_and_at_close_only_after_a_change(db):
    add_person(db)
    assert backups.daily_backup_due(db) and backups.changed_since_last_automatic(db)
    backups.automatic_backup(db)
    assert not backups.daily_backup_due(db)
    assert not backups.changed_since_last_automatic(db)
    add_person(db, "Åsen")
    assert backups.changed_since_last_automatic(db)


def test_a_damaged_record_is_found_before_its_backup_is_kept(db, paths, tmp_path):
    """The full check runs before the file gets its name: a damaged record gives no backup,
    pushes no good one out of the rotation, and is read-only from then on."""
    for n in range(300):
        add_person(db, f"Øvrebø{n}")
    with db.transaction() as session:  # a page of the people, not of the schema (see Not yet)
        root = session.scalar(
            text("SELECT rootpage FROM sqlite_master WHERE name = 'service_user'")
        )
    db.engine.dispose()
    with open(paths.database, "r+b") as file:
        file.seek((root - 1) * 4096)
        file.write(os.urandom(4096))
    stick = tmp_path / "pinne"
    stick.mkdir()
    with pytest.raises(BackupFailed, match="den er skadet"):
        backups.take_backup(db, stick)
    assert list(stick.iterdir()) == []
    assert db.read_only
    with pytest.raises(RecordDamaged, match="bare åpnet for lesing"):
        add_person(db, "Skrives ikke")


def test_what_a_killed_backup_left_on_the_stick_is_cleared_by_the_next(db, tmp_path):
    import subprocess
    import sys

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stick = tmp_path / "pinne"
    stick.mkdir()
    killed = stick / f".skrives-{gone.pid}-abc.tmp"
    killed.write_bytes(b"halvferdig kopi")
    running = stick / f".skrives-{os.getpid()}-def.tmp"  # a backup still being written
    running.write_bytes(b"")
    made = backups.take_backup(db, stick).path
    assert sorted(p.name for p in stick.iterdir()) == sorted([made.name, running.name])

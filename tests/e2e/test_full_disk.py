"""A real full disk (a small tmpfs, filled to the last byte) during a save, an import, a backup,
an export and an unlock: a plain message, the record intact, no partial file left behind."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from tests.crash_harness import write_sheet
from tests.full_disk import small_disk
from tests.helpers import PASSPHRASE, PROFILE

from psykhelse_desktop.domain.errors import StorageUnavailable, UserError
from psykhelse_desktop.domain.municipal_figures import ReportKind
from psykhelse_desktop.domain.record_safety import BackupFailed
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.export.csv_writer import CsvProfile
from psykhelse_desktop.export.municipal_export import export_report
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.records.importer import import_users
from psykhelse_desktop.services.trust import backups
from psykhelse_desktop.services.trust.vault import create_vault, unlock_vault
from psykhelse_desktop.storage.engine import check_database, connect_raw
from psykhelse_desktop.storage.keys import TEST_KDF

FORM = ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1980, 1, 1))


@pytest.fixture
def disk(tmp_path):
    with small_disk(tmp_path) as disk:
        yield disk


@pytest.fixture
def record_on_disk(disk):
    """A record on the small disk, its -wal emptied, so the next write must take new space."""
    paths = AppPaths(disk.folder / "data")
    db = create_vault(paths, PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF)
    service_users.create(db, FORM)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    yield paths, db
    db.close()


def said(disk, on_full_disk: str, on_size_limit: str) -> str:
    """A size limit is not a full disk: the program can only call it a disk error."""
    return on_full_disk if disk.mounted else on_size_limit


def assert_intact(paths: AppPaths, people: int) -> None:
    db = unlock_vault(paths, PASSPHRASE, check_wait=None)
    try:
        assert service_users.count(db) == people
        conn = connect_raw(paths.database, db.key)
        assert check_database(conn, "integrity_check") == []
        conn.close()
    finally:
        db.close()


def test_a_save_on_a_full_disk_says_so_and_changes_nothing(disk, record_on_disk):
    paths, db = record_on_disk
    disk.fill()
    with pytest.raises(StorageUnavailable) as refused:
        service_users.create(db, ServiceUserForm("Kari", "Åsen", birth_date=dt.date(1975, 6, 7)))
    assert refused.value.message.startswith(
        said(disk, "Disken er full", "Disken svarte med en feil")
    )
    disk.free()
    db.close()
    assert_intact(paths, 1)


def test_an_import_on_a_full_disk_writes_nothing(disk, record_on_disk, tmp_path):
    paths, db = record_on_disk
    sheet = tmp_path / "liste.csv"
    write_sheet(sheet, "Importsen", 500)
    disk.fill()
    with pytest.raises(StorageUnavailable):
        import_users(db, sheet)
    disk.free()
    db.close()
    assert_intact(paths, 1)


def test_a_backup_to_a_full_usb_stick_leaves_no_file(disk, db, paths):
    service_users.create(db, FORM)
    disk.fill()
    with pytest.raises(BackupFailed) as refused:
        backups.take_backup(db, disk.folder)
    full, failing = "Det er ikke plass til sikkerhetskopien", "kunne ikke skrives til"
    assert said(disk, full, failing) in refused.value.message
    assert "Ingen halv fil er lagt igjen" in refused.value.message
    disk.free()
    assert list(disk.folder.iterdir()) == []
    assert backups.last_external_backup(db) is None


def test_an_export_to_a_full_folder_leaves_no_file(disk, db):
    service_users.create(db, FORM)
    disk.fill()
    with pytest.raises(UserError):
        export_report(db, ReportKind.AGGREGATE, dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                      CsvProfile.EXCEL_NO, disk.folder / "tall.csv")  # fmt: skip
    disk.free()
    assert list(disk.folder.iterdir()) == []


def test_unlocking_on_a_full_disk_says_the_disk_is_full(disk, record_on_disk):
    paths, db = record_on_disk
    db.close()
    disk.fill()
    with pytest.raises(StorageUnavailable) as refused:
        unlock_vault(paths, PASSPHRASE)
    full = "Disken er full, så journalen kan ikke åpnes."
    assert refused.value.message.startswith(said(disk, full, "Disken svarte med en feil"))
    disk.free()
    assert_intact(paths, 1)


def test_unlocking_in_a_read_only_folder_says_so(disk, record_on_disk):
    if not disk.mounted:
        pytest.skip("a read-only folder needs a disk of its own to remount")
    paths, db = record_on_disk
    db.close()
    subprocess.run(["mount", "-o", "remount,ro", str(disk.folder)], check=True)
    try:
        with pytest.raises(StorageUnavailable, match="kan ikke skrives til, så journalen"):
            unlock_vault(paths, PASSPHRASE)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk.folder)], check=True)
    assert_intact(paths, 1)

"""Restoring: what a backup holds, asked-for replacement with the old record set aside (and
brought back), a new laptop with only the file and the passphrase, and refusals that change
nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.helpers import PASSPHRASE, PROFILE

from psykhelse_desktop.domain.errors import WrongPassphrase
from psykhelse_desktop.domain.record_safety import BackupUnreadable
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust import backups
from psykhelse_desktop.services.trust.restore import (
    check_backup_file,
    describe_source,
    open_backup_file,
    restore,
)
from psykhelse_desktop.services.trust.vault import create_vault, unlock_vault
from psykhelse_desktop.storage.keys import TEST_KDF
from psykhelse_desktop.storage.swap import MARKER_NAME

pytestmark = pytest.mark.sqlite_only(reason="restoring the encrypted file from a backup file")


def add_person(db, last: str) -> None:
    service_users.create(db, ServiceUserForm("Åse", last, birth_date=dt.date(1980, 1, 1)))


def names(paths: AppPaths) -> list[str]:
    db = unlock_vault(paths, PASSPHRASE)
    try:
        rows = service_users.rows_for_ids(db, service_users.search_ids(db, "", include_closed=True))
        return sorted(row.full_name for row in rows)
    finally:
        db.close()


@pytest.fixture
def backup_file(db, tmp_path):
    add_person(db, "Øvrebø")
    stick = tmp_path / "pinne"
    stick.mkdir()
    path = backups.take_backup(db, stick).path
    add_person(db, "Etterkopi")  # saved after the backup
    db.close()
    return path


def test_a_backup_says_what_it_holds(backup_file):
    contents = open_backup_file(backup_file, PASSPHRASE)
    assert contents.summary.service_users == 1
    assert contents.summary.taken_at is not None and contents.summary.newest_change is not None
    assert check_backup_file(backup_file, PASSPHRASE).whole


def test_a_wrong_passphrase_for_a_backup_is_said_and_changes_nothing(backup_file, paths):
    before = paths.database.read_bytes()
    with pytest.raises(WrongPassphrase):
        restore(paths, backup_file, "feil passord")
    assert paths.database.read_bytes() == before


def test_the_laptop_broke_restore_into_an_empty_folder(backup_file, tmp_path):
    new_laptop = AppPaths(tmp_path / "ny-maskin" / "data")
    result = restore(new_laptop, backup_file, PASSPHRASE)
    assert result.set_aside is None
    assert names(new_laptop) == ["Åse Øvrebø"]
    db = unlock_vault(new_laptop, PASSPHRASE)
    assert db.profile == PROFILE
    db.close()


def test_the_record_replaced_is_set_aside_and_can_be_brought_back(backup_file, paths):
    assert names(paths) == ["Åse Etterkopi", "Åse Øvrebø"]
    result = restore(paths, backup_file, PASSPHRASE)
    assert names(paths) == ["Åse Øvrebø"]
    assert result.set_aside is not None and result.set_aside.parent == paths.set_aside
    assert describe_source(result.set_aside, PASSPHRASE).service_users == 2

    back = restore(paths, result.set_aside, PASSPHRASE)

    assert names(paths) == ["Åse Etterkopi", "Åse Øvrebø"]
    assert back.set_aside is not None and len(list(paths.set_aside.iterdir())) == 2


def test_a_damaged_backup_is_refused_and_nothing_changes(backup_file, paths):
    data = bytearray(backup_file.read_bytes())
    data[4096 : 4096 + 64] = bytes(64)
    backup_file.write_bytes(bytes(data))
    before = paths.database.read_bytes()
    with pytest.raises(BackupUnreadable, match="skadet"):
        restore(paths, backup_file, PASSPHRASE)
    assert paths.database.read_bytes() == before and not paths.set_aside.exists()


def test_a_backup_with_its_own_passphrase_replaces_the_key_too(backup_file, tmp_path):
    """A backup from another laptop has its own salt: its key file comes with it."""
    other = AppPaths(tmp_path / "annen")
    create_vault(other, "et helt annet passord", PROFILE, kdf=TEST_KDF).close()
    restore(other, backup_file, PASSPHRASE)
    assert names(other) == ["Åse Øvrebø"]
    with pytest.raises(WrongPassphrase):
        unlock_vault(other, "et helt annet passord")


def test_a_restore_killed_half_way_is_rolled_back_at_the_next_unlock(backup_file, paths):
    """A kill after the old record was moved aside but before the new one was in place."""
    import json
    import os

    aside = paths.set_aside / "avbrutt"
    aside.mkdir(parents=True)
    present = [p for p in paths.record_files() if p.exists()]
    (paths.data_dir / MARKER_NAME).write_text(
        json.dumps({"aside": str(aside), "moved": [p.name for p in present]})
    )
    for path in present:
        os.replace(path, aside / path.name)
    assert names(paths) == ["Åse Etterkopi", "Åse Øvrebø"]
    assert not (paths.data_dir / MARKER_NAME).exists()

"""Unlocking and creating never lose a record: wrong passphrase vs damaged file, lost key files,
a first start that refuses to write over anything, and a creation killed half-way."""

from __future__ import annotations

import json
import os
import stat

import pytest
from tests.helpers import PASSPHRASE, PROFILE

from psykhelse_desktop.domain.errors import WrongPassphrase
from psykhelse_desktop.domain.record_safety import KeyFileProblem, RecordDamaged, RecordFilesFound
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust import backups
from psykhelse_desktop.services.trust.folder import CREATED_MARK
from psykhelse_desktop.services.trust.vault import create_vault, unlock_vault
from psykhelse_desktop.storage.keys import TEST_KDF, read_sidecar, sidecar_path

pytestmark = pytest.mark.sqlite_only(reason="creating and unlocking the encrypted file")


def closed_record(db, people: int = 1):
    for n in range(people):
        service_users.create(db, ServiceUserForm("Åse", f"Øvrebø{n}", birth_date=_born()))
    db.close()


def _born():
    import datetime as dt

    return dt.date(1980, 1, 1)


def automatic_backup(paths: AppPaths) -> None:
    db = unlock_vault(paths, PASSPHRASE)
    try:
        backups.automatic_backup(db)
    finally:
        db.close()


def reopen(paths: AppPaths) -> int:
    db = unlock_vault(paths, PASSPHRASE)
    try:
        return service_users.count(db)
    finally:
        db.close()


# -- a first start writes over nothing -------------------------------------------------------


@pytest.mark.parametrize(
    "leftover",
    ["psykhelse.db.key.json", "reservekopi-av-nokkelfil.json", "psykhelse.db-wal",
     "psykhelse.db-shm", "sikkerhetskopier/auto-2026-11-23-120000.psykhelse",
     "tidligere-journaler/2026-11-23-120000-x/psykhelse.db"],
)  # fmt: skip
def test_a_first_start_refuses_where_a_record_has_left_files(paths, leftover):
    """A moved or missing database must not be replaced by a new record and a new key file."""
    target = paths.data_dir / leftover
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"innhold som ikke skal forsvinne")
    with pytest.raises(RecordFilesFound) as refused:
        create_vault(paths, PASSPHRASE, PROFILE, kdf=TEST_KDF)
    assert "Programmet lager ikke en ny journal her" in refused.value.message
    assert "gjenopprette" in refused.value.message
    assert target.read_bytes() == b"innhold som ikke skal forsvinne"
    assert not paths.database.exists()


def test_the_real_danger_a_missing_database_never_loses_its_key(db, paths):
    """The database briefly gone (a sync placeholder): its key file must survive a first start."""
    closed_record(db)
    key_before = sidecar_path(paths.database).read_bytes()
    moved = paths.database.rename(paths.data_dir.parent / "flyttet.db")
    with pytest.raises(RecordFilesFound):
        create_vault(paths, PASSPHRASE, PROFILE, kdf=TEST_KDF)
    assert sidecar_path(paths.database).read_bytes() == key_before
    moved.rename(paths.database)
    assert reopen(paths) == 1


def test_a_new_record_is_private(paths):
    create_vault(paths, PASSPHRASE, PROFILE, kdf=TEST_KDF).close()
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    assert files and {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o600}
    assert not paths.creating.exists()


def test_a_killed_first_creation_is_cleared_and_can_start_again(paths):
    """Killed before it was complete: nothing but the typed profile is lost, and no refusal."""
    staged = AppPaths(paths.creating)
    staged.data_dir.mkdir(parents=True)
    staged.database.write_bytes(b"halvferdig")
    staged.key_file.write_text("{}")
    create_vault(paths, PASSPHRASE, PROFILE, kdf=TEST_KDF).close()
    assert reopen(paths) == 0 and not paths.creating.exists()


def test_a_creation_killed_after_it_was_complete_is_finished(paths, tmp_path):
    """Killed while moving into place: the complete record is moved in at the next start."""
    create_vault(AppPaths(tmp_path / "ferdig"), PASSPHRASE, PROFILE, kdf=TEST_KDF).close()
    staged = AppPaths(paths.creating)
    staged.data_dir.mkdir(parents=True)
    for source in AppPaths(tmp_path / "ferdig").record_files():
        if source.exists():
            os.replace(source, staged.data_dir / source.name)
    (staged.data_dir / CREATED_MARK).write_bytes(b"")
    os.replace(staged.key_file, paths.key_file)  # the kill came after the first move
    db = unlock_vault(paths, PASSPHRASE)
    assert db.profile == PROFILE
    db.close()
    assert not paths.creating.exists()


# -- wrong passphrase, damaged file, empty file ----------------------------------------------


def test_a_wrong_passphrase_is_told_by_the_key_check(db, paths):
    closed_record(db)
    with pytest.raises(WrongPassphrase):
        unlock_vault(paths, "feil passord her")


def damage(paths: AppPaths, at: int, length: int = 64) -> None:
    with open(paths.database, "r+b") as file:
        file.seek(at)
        file.write(os.urandom(length))


@pytest.mark.parametrize("how", ["header", "truncated", "middle"])
def test_a_damaged_file_with_the_right_passphrase_is_called_damaged(db, paths, how):
    closed_record(db, people=200)
    automatic_backup(paths)
    size = paths.database.stat().st_size
    if how == "header":
        damage(paths, 20)
    elif how == "truncated":
        os.truncate(paths.database, size // 2 + 100)
    else:
        damage(paths, size // 2, 4096)
    with pytest.raises(RecordDamaged) as damaged:
        unlock_vault(paths, PASSPHRASE, check_wait=None)
    message = damaged.value.message
    assert message.startswith("Passordet er riktig, men databasefilen er skadet")
    assert "Feil passord" not in message
    offer = damaged.value.newest_backup
    assert offer is not None and offer.service_users == 200
    assert "Den har 200 tjenestemottakere" in message and "er ikke med i kopien" in message


def test_an_empty_database_never_becomes_a_new_record(db, paths):
    closed_record(db)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    paths.database.write_bytes(b"")
    with pytest.raises(RecordDamaged, match="er tom \\(0 byte\\)"):
        unlock_vault(paths, PASSPHRASE)
    assert paths.database.stat().st_size == 0
    with pytest.raises(RecordFilesFound):
        create_vault(paths, PASSPHRASE, PROFILE, kdf=TEST_KDF)


# -- losing the key file does not lose the record --------------------------------------------


def test_a_lost_key_file_comes_back_from_its_reserve_copy(db, paths):
    closed_record(db)
    paths.key_file.unlink()
    assert reopen(paths) == 1
    assert read_sidecar(paths.database).key_check


def test_a_damaged_key_file_is_replaced_from_its_reserve_copy(db, paths):
    closed_record(db)
    paths.key_file.write_text('{"salt_hex": "ikke hex"')
    assert reopen(paths) == 1
    assert json.loads(paths.key_file.read_text())["salt_hex"]


def test_with_both_key_files_gone_an_automatic_backup_still_has_the_parameters(db, paths):
    closed_record(db)
    automatic_backup(paths)
    paths.key_file.unlink()
    paths.key_copy.unlink()
    assert reopen(paths) == 1
    assert paths.key_file.exists() and paths.key_copy.exists()


def test_with_no_parameters_anywhere_the_message_says_what_to_do(db, paths):
    closed_record(db)
    paths.key_file.write_text('{"time_cost": 100000, "salt_hex": "00"}')
    paths.key_copy.unlink()
    with pytest.raises(KeyFileProblem) as problem:
        unlock_vault(paths, PASSPHRASE)
    message = problem.value.message
    assert "Nøkkelfilen psykhelse.db.key.json er skadet" in message
    assert "ingen reservekopi" in message and "gjenopprett fra en sikkerhetskopi" in message


def test_an_old_key_file_without_a_check_gets_one_at_unlock(db, paths):
    closed_record(db)
    for path in (paths.key_file, paths.key_copy):
        data = json.loads(path.read_text())
        del data["key_check"]
        path.write_text(json.dumps(data))
    assert reopen(paths) == 1
    assert read_sidecar(paths.database).key_check

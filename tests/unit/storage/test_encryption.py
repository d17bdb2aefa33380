"""The database file is encrypted, keyed by Argon2id, and configured with the right PRAGMAs."""

import json
import sqlite3

import pytest
from tests.helpers import PASSPHRASE, PROFILE, tenor_id

from psykhelse_desktop.domain.errors import UserError, WrongPassphrase
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.vault import create_vault, unlock_vault
from psykhelse_desktop.storage.keys import sidecar_path

pytestmark = pytest.mark.sqlite_only(reason="SQLCipher's encryption of the file, its permissions")

NAME = ("Åshild", "Ødegård-Testesen")


def _add_person(db):
    return service_users.create(db, ServiceUserForm(*NAME, national_id=tenor_id()))


def test_file_holds_no_plaintext(db, paths):
    _add_person(db)
    db.close()
    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    for path in files:
        if path.suffix == ".json":
            continue
        content = path.read_bytes()
        for needle in (*NAME, tenor_id(), "service_user", "SQLite format 3"):
            assert needle.encode() not in content, f"{needle} in {path.name}"


def test_plain_sqlite_cannot_read_the_file(db, paths):
    db.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.database).execute("SELECT * FROM sqlite_master").fetchall()


def test_sidecar_has_salt_parameters_and_key_check_but_no_key(db, paths):
    data = json.loads(sidecar_path(paths.database).read_text())
    assert data["kdf"] == "argon2id"
    assert len(bytes.fromhex(data["salt_hex"])) == 16
    assert set(data) == {
        "format", "kdf", "salt_hex", "time_cost", "memory_cost_kib", "parallelism", "key_length",
        "key_check",
    }  # fmt: skip
    assert paths.key_copy.read_text() == sidecar_path(paths.database).read_text()


def test_wrong_passphrase_changes_nothing(db, paths):
    _add_person(db)
    db.close()
    before = paths.database.read_bytes()
    with pytest.raises(WrongPassphrase):
        unlock_vault(paths, "ikke riktig passord")
    assert paths.database.read_bytes() == before
    reopened = unlock_vault(paths, PASSPHRASE)
    assert service_users.count(reopened) == 1
    reopened.close()


def test_pragmas_are_set(db):
    with db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000


def test_create_refuses_to_overwrite(db, paths):
    with pytest.raises(UserError, match="finnes allerede"):
        create_vault(paths, PASSPHRASE, PROFILE)


def test_profile_and_demo_flag_survive_reopen(db, paths):
    db.close()
    reopened = unlock_vault(paths, PASSPHRASE)
    assert reopened.profile == PROFILE
    assert reopened.is_demo
    reopened.close()


def test_missing_sidecar_and_copy_give_plain_message(db, paths):
    db.close()
    sidecar_path(paths.database).unlink()
    paths.key_copy.unlink()
    with pytest.raises(UserError, match="Nøkkelfilen psykhelse.db.key.json mangler"):
        unlock_vault(paths, PASSPHRASE)


def test_unwritable_data_folder_gives_plain_message(tmp_path):
    from psykhelse_desktop.domain.errors import StorageUnavailable
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.storage.keys import TEST_KDF

    not_a_folder = tmp_path / "minnepinne"
    not_a_folder.write_text("")  # a file where the folder should be: cannot be created
    with pytest.raises(StorageUnavailable, match="skrives til"):
        create_vault(AppPaths(not_a_folder / "data"), PASSPHRASE, PROFILE, kdf=TEST_KDF)
    assert not_a_folder.read_text() == ""

"""An old database (revision 0001) with data is backed up, then upgraded to head in one
transaction: all or nothing, one backup per version, and the backup put back if need be."""

import pytest
from tests.crash_harness import old_record
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.record_safety import UpgradeFailed
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.trust import upgrade
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage.backup import opened_backup
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.facts import schema_revision
from psykhelse_desktop.storage.keys import KdfParams
from psykhelse_desktop.storage.migrate import SCHEMA_HEAD, ensure_schema, pre_upgrade_backup_path

ORPHAN_NEXT_OF_KIN = (
    "INSERT INTO next_of_kin (service_user_id, name, relation, phone, email, address, "
    "is_closest, may_contact, is_minor_child, child_follow_up_consent, notes) "
    "VALUES (999, 'Ingen', 'mor', '', '', '', 0, 0, 0, 0, '')"
)


def old_database(paths: AppPaths) -> tuple[bytes, KdfParams]:
    return old_record(paths, PASSPHRASE)


def revision_and_names(path, key) -> tuple[str | None, list[str]]:
    conn = connect_raw(path, key)
    try:
        names = [r[0] for r in conn.execute("SELECT last_name FROM service_user").fetchall()]
        return schema_revision(conn), names
    finally:
        conn.close()


def test_old_database_is_backed_up_then_upgraded_with_its_data(paths):
    key, params = old_database(paths)

    backup = ensure_schema(paths.database, key, params, paths.backups)

    assert backup == pre_upgrade_backup_path(paths.backups, "0001") and backup.exists()
    with opened_backup(backup, key) as old:
        assert schema_revision(old) == "0001"
        assert [r[0] for r in old.execute("SELECT last_name FROM service_user")] == ["Øvrebø"]
    assert revision_and_names(paths.database, key) == (SCHEMA_HEAD, ["Øvrebø"])
    # 0006: rows from before versions start at version 1, so their forms can be saved
    conn = connect_raw(paths.database, key)
    try:
        assert conn.execute("SELECT version FROM service_user").fetchall() == [(1,)]
    finally:
        conn.close()


def test_a_database_at_head_is_not_backed_up_again(paths):
    key, params = old_database(paths)
    ensure_schema(paths.database, key, params, paths.backups)
    assert ensure_schema(paths.database, key, params, paths.backups) is None
    assert [p.name for p in paths.backups.iterdir()] == ["for-oppgradering-fra-0001.psykhelse"]


def old_database_with_an_orphan(paths: AppPaths) -> tuple[bytes, KdfParams]:
    """An old database with a row whose service user does not exist."""
    key, params = old_database(paths)
    conn = connect_raw(paths.database, key)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(ORPHAN_NEXT_OF_KIN)
    conn.commit()
    conn.close()
    return key, params


def test_a_failed_upgrade_is_rolled_back_whole_and_backed_up_only_once(paths):
    """A row that breaks a foreign key fails the check after every migration has run: the
    tables the migrations made are gone again (DDL in the same transaction)."""
    key, params = old_database_with_an_orphan(paths)
    for _attempt in range(2):
        with pytest.raises(UpgradeFailed, match="peker på noe som ikke finnes"):
            ensure_schema(paths.database, key, params, paths.backups)
    assert revision_and_names(paths.database, key) == ("0001", ["Øvrebø"])
    conn = connect_raw(paths.database, key)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "individual_plan" not in tables and "journal_entry" not in tables
    assert len(list(paths.backups.iterdir())) == 1


def test_unlock_tells_the_nurse_and_the_record_is_as_before(paths):
    key, _params = old_database_with_an_orphan(paths)
    with pytest.raises(UpgradeFailed) as failed:
        unlock_vault(paths, PASSPHRASE)
    assert "kunne ikke oppgraderes fra versjon 0001" in failed.value.message
    assert "Journalen er som den var før oppgraderingen; ingenting er tapt" in failed.value.message
    assert revision_and_names(paths.database, key) == ("0001", ["Øvrebø"])


def test_a_changed_database_after_a_failure_gets_the_backup_put_back(paths):
    """If a failure left the database other than it was, the pre-upgrade backup goes back in
    its place and the changed database is set aside, not deleted."""
    key, params = old_database(paths)
    ensure_schema(paths.database, key, params, paths.backups)  # now at head: "not as before"

    assert upgrade._put_back_if_changed(paths, key, "0001")

    assert revision_and_names(paths.database, key) == ("0001", ["Øvrebø"])
    (aside,) = paths.set_aside.iterdir()
    assert aside.name.endswith("mislykket-oppgradering")
    assert revision_and_names(aside / "psykhelse.db", key) == (SCHEMA_HEAD, ["Øvrebø"])


KIN = ORPHAN_NEXT_OF_KIN.replace("999, 'Ingen', 'mor', '', '', ''", "{user}, ?, 'mor', '', '', ?")
ORGANISATION = (
    "INSERT INTO organisation (name, kind, phone, email, address, municipality, search_key) "
    "VALUES (?, '', '', '', ?, '', '')"
)
ADDRESSES = {
    "Storgata 1, 9700 Lakselv": ("", "Storgata 1", "9700", "Lakselv", 0),
    "Fjæreveien 3\n8150 Ørnes": ("", "Fjæreveien 3", "8150", "Ørnes", 0),
    "c/o Áilu Čávgi, Boks 12, 9730 Karasjok": ("Áilu Čávgi", "Boks 12", "9730", "Karasjok", 0),
    "Bak kirka i Lakselv": ("", "Bak kirka i Lakselv", "", "", 1),
    "9700 Lakselv": ("", "9700 Lakselv", "", "", 1),
    "": ("", "", "", "", 0),
}


def test_0009_splits_old_addresses_it_can_and_flags_the_rest(paths):
    key, params = old_database(paths)
    conn = connect_raw(paths.database, key)
    for number, address in enumerate(ADDRESSES, start=1):
        conn.execute(KIN.format(user="(SELECT min(id) FROM service_user)"), (number, address))
        conn.execute(ORGANISATION, (f"Org {number}", address))
    conn.commit()
    conn.close()
    ensure_schema(paths.database, key, params, paths.backups)
    conn = connect_raw(paths.database, key)
    try:
        for table in ("next_of_kin", "organisation"):
            rows = conn.execute(
                f"SELECT care_of, address, postal_code, postal_place, address_needs_check "
                f"FROM {table} ORDER BY id"
            ).fetchall()
            assert rows == list(ADDRESSES.values()), table
    finally:
        conn.close()

"""An old database (revision 0001) with data is backed up, then upgraded to head intact."""

from alembic import command
from sqlalchemy import text
from tests.helpers import PASSPHRASE

from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.storage.engine import connect_raw, create_encrypted_engine
from psykhelse_desktop.storage.keys import TEST_KDF, KdfParams, derive_key, write_sidecar
from psykhelse_desktop.storage.migrate import (
    alembic_config,
    current_revision,
    ensure_schema,
    head_revision,
)

INSERT_USER = text(
    "INSERT INTO service_user (first_name, last_name, birth_date, address, postal_code, "
    "postal_place, phone, phone_alt, email, category, is_lar, is_tud, has_minor_children, "
    "reach_notes, closed_reason, is_closed, search_key, sort_key, created_at, updated_at) "
    "VALUES ('Åse', 'Øvrebø', '1980-01-01', '', '', '', '', '', '', 'psykisk_helse', 0, 0, 0, "
    "'', '', 0, ' åse øvrebø ', 'øvrebø åse', '2025-01-01 08:00:00', '2025-01-01 08:00:00')"
)


def _old_database(path):
    """A keyed file at revision 0001, with its key sidecar and one service user."""
    params = KdfParams.new(**TEST_KDF)
    write_sidecar(path, params)
    key = derive_key(PASSPHRASE, params)
    engine = create_encrypted_engine(path, key)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        conn.execute(INSERT_USER)
    return engine, key


def _names(conn) -> list[str]:
    return [row[0] for row in conn.execute("SELECT last_name FROM service_user").fetchall()]


def test_old_database_is_backed_up_then_upgraded_with_its_data(tmp_path):
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    engine, key = _old_database(paths.database)
    assert current_revision(engine) == "0001"

    backup = ensure_schema(engine, paths.database, key, paths.backups)

    assert backup is not None and backup.exists() and backup.parent == paths.backups
    old = connect_raw(backup, key)
    assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert _names(old) == ["Øvrebø"]
    old.close()
    assert current_revision(engine) == head_revision() != "0001"
    with engine.connect() as conn:
        assert [r[0] for r in conn.execute(text("SELECT last_name FROM service_user"))] == [
            "Øvrebø"
        ]
        assert conn.execute(text("SELECT count(*) FROM individual_plan")).scalar() == 0
        # 0006: rows from before versions start at version 1, so their forms can be saved
        assert conn.execute(text("SELECT version FROM service_user")).scalar() == 1
    engine.dispose()


def test_a_database_at_head_is_not_backed_up(tmp_path):
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    engine, key = _old_database(paths.database)
    ensure_schema(engine, paths.database, key, paths.backups)
    assert ensure_schema(engine, paths.database, key, paths.backups) is None
    assert len(list(paths.backups.glob("*.db"))) == 1
    engine.dispose()

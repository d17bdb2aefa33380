"""Bring a database to the newest schema: all or nothing, after a checked backup.

The upgrade runs in ONE explicit transaction on its own connection. The sqlite driver does not
start a transaction for DDL by itself (each CREATE or ALTER would commit on its own, and a kill
half-way would leave a record no later start can open), so the connection is put in the
driver's autocommit mode and the transaction is begun with BEGIN IMMEDIATE. Foreign keys are
switched off for the table rebuilds (SQLite ignores that switch inside a transaction, so it
comes first) and `PRAGMA foreign_key_check` must be clean before COMMIT.

Alembic is imported only when a migration has to run: an up-to-date database opens without it,
which keeps it out of the window's memory.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from ..domain.record_safety import UpgradeFailed
from .backup import BACKUP_SUFFIX, write_backup
from .engine import connect_raw
from .facts import has_tables, schema_revision
from .keys import KdfParams

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration; tests/unit/storage/test_migrations.py checks it against Alembic's head.
SCHEMA_HEAD = "0012"

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "psykhelse_desktop.storage:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The head according to Alembic's scripts (the slow, authoritative answer)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def revision_of(db_path: Path, key: bytes) -> str | None:
    """The file's schema revision, read without writing anything."""
    conn = connect_raw(db_path, key, read_only=True)
    try:
        return schema_revision(conn)
    finally:
        conn.close()


def pre_upgrade_backup_path(backup_dir: Path, revision: str) -> Path:
    """One backup per version upgraded from: a failed or killed upgrade never adds another."""
    return backup_dir / f"for-oppgradering-fra-{revision}{BACKUP_SUFFIX}"


def ensure_schema(db_path: Path, key: bytes, params: KdfParams, backup_dir: Path) -> Path | None:
    """Upgrade to head; an existing older database is backed up first. Returns that backup.

    On failure the upgrade is rolled back whole and UpgradeFailed says so; the caller puts the
    backup back if the database is not as it was (see services/trust/vault.py).
    """
    conn = connect_raw(db_path, key)
    try:
        current, empty = schema_revision(conn), not has_tables(conn)
    finally:
        conn.close()
    if current == SCHEMA_HEAD:
        return None
    if current is None and not empty:
        raise UpgradeFailed(
            "Databasefilen har tabeller, men ingen versjon. Den er ikke laget av dette programmet "
            "eller er skadet. Ingenting ble endret."
        )
    backup = None
    if current is not None:
        backup = pre_upgrade_backup_path(backup_dir, current)
        if not backup.exists():
            backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_backup(db_path, key, params, backup)
    log.info("Oppgraderer databasen fra %s til %s", current or "tom", SCHEMA_HEAD)
    upgrade_in_one_transaction(db_path, key)
    log.info("Oppgraderingen er ferdig")
    return backup


def upgrade_in_one_transaction(db_path: Path, key: bytes, target: str = "head") -> None:
    """Every migration up to `target` in one transaction; rolled back whole on any failure."""
    import sqlcipher3.dbapi2 as sqlcipher
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    raw = connect_raw(db_path, key)
    raw.isolation_level = None  # the driver begins nothing on its own, DDL included
    raw.execute("PRAGMA foreign_keys = OFF")
    engine = create_engine("sqlite://", creator=lambda: raw, module=sqlcipher, poolclass=StaticPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            command.upgrade(alembic_config(conn), target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                conn.rollback()
                raise UpgradeFailed(
                    f"Oppgraderingen fant {len(broken)} rad(er) som peker på noe som ikke finnes."
                )
            conn.commit()
    finally:
        engine.dispose()
        raw.close()


def ensure_server_schema(engine: Engine, *, may_create: bool = False) -> bool:
    """Bring a PostgreSQL database to head, every migration in one transaction (PostgreSQL
    rolls DDL back too); False for an empty database when not `may_create` (nothing done).
    One with tables but no version is refused. Backups of a server are the server's
    (pg_dump), not the program's."""
    from alembic import command

    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        current = None
        if "alembic_version" in tables:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if current == SCHEMA_HEAD:
            return True
        if not tables and not may_create:
            return False
        if current is None and tables:
            raise UpgradeFailed(
                "Databasen på serveren har tabeller, men ingen versjon. Den er ikke laget av "
                "dette programmet. Ingenting ble endret; bruk en tom database."
            )
    log.info("Oppgraderer serverdatabasen fra %s til %s", current or "tom", SCHEMA_HEAD)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return True

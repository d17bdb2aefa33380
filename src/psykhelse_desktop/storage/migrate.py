"""Bring a database to the newest schema, backing up an older one first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from .backup import backup_database, timestamped_backup_path


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "psykhelse_desktop.storage:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def ensure_schema(engine: Engine, db_path: Path, key: bytes, backup_dir: Path) -> Path | None:
    """Upgrade to head; an existing older database is backed up first. Returns the backup."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None:
        engine.dispose()
        backup = backup_database(
            db_path, key, timestamped_backup_path(backup_dir, f"before-upgrade-from-{current}")
        )
    upgrade(engine)
    return backup

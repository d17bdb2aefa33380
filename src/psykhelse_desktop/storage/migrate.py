"""Bring a database to the newest schema, backing up an older one first.

Alembic is imported only when a migration has to run: an up-to-date database opens without it,
which keeps it out of the window's memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from .backup import backup_database, timestamped_backup_path

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration; tests/unit/storage/test_migrations.py checks it against Alembic's head.
SCHEMA_HEAD = "0006"


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


def upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def ensure_schema(engine: Engine, db_path: Path, key: bytes, backup_dir: Path) -> Path | None:
    """Upgrade to head; an existing older database is backed up first. Returns the backup."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    backup = None
    if current is not None:
        engine.dispose()
        backup = backup_database(
            db_path, key, timestamped_backup_path(backup_dir, f"before-upgrade-from-{current}")
        )
    upgrade(engine)
    return backup

"""A record on a PostgreSQL server (a team's shared record): created, opened, closed.

The same Database every service uses; only the engine differs from the encrypted file. The
local data folder still holds what is the laptop's own (staged files on their way out).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ..domain.errors import UserError
from ..domain.records import NurseProfile
from ..storage.engine import create_server_engine
from ..storage.migrate import ensure_server_schema
from ..storage.models import Setting, utc_now
from .database import Database
from .trust.backups import CREATED_AT_KEY
from .trust.vault import read_profile, write_profile

# Database.db_path for a server record: a name in the local folder, never a file that is made.
SERVER_MARK = "server"
NO_RECORD_MESSAGE = (
    "Databasen på serveren har ingen journal ennå. Lag den med «psykhelse-desktop init-server "
    "--database-url … --name … --municipality …»."
)


def create_on_server(url: str, profile: NurseProfile, local_dir: Path, *, demo: bool = False):
    """A new record on an empty server database: the schema at head, the profile, the start."""
    engine = create_server_engine(url)
    try:
        ensure_server_schema(engine, may_create=True)
        with engine.connect() as conn:
            if conn.execute(select(Setting.key).limit(1)).first() is not None:
                raise UserError(
                    "Databasen på serveren har allerede en journal. Ingenting ble endret."
                )
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine, local_dir / SERVER_MARK, profile, demo)
    write_profile(db, profile, demo)
    with db.transaction() as session:
        session.merge(Setting(key=CREATED_AT_KEY, value=utc_now().isoformat()))
    return db


def open_server(url: str, local_dir: Path) -> Database:
    """The record on the server, upgraded to this program's schema if it is older."""
    engine = create_server_engine(url)
    try:
        has_schema = ensure_server_schema(engine)
        db = Database(engine, local_dir / SERVER_MARK, NurseProfile("", "", ""), False)
        if has_schema:
            db.profile, db.is_demo = read_profile(db)
    except BaseException:
        engine.dispose()
        raise
    if not db.profile.name:
        db.close()
        raise UserError(NO_RECORD_MESSAGE)
    return db

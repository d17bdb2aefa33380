"""The SQLCipher-encrypted SQLAlchemy engine: key first, then the PRAGMAs on every connection."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool

from ..domain.errors import WrongPassphrase

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def connect_raw(db_path: Path, key: bytes) -> sqlcipher.Connection:
    """A keyed DB-API connection; raises WrongPassphrase when the key does not open the file."""
    conn = sqlcipher.connect(str(db_path), check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is expected, not a log event
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise WrongPassphrase() from None
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def create_encrypted_engine(db_path: Path, key: bytes) -> Engine:
    """An engine whose every pooled connection is keyed and configured."""
    return create_engine(
        "sqlite://",
        creator=lambda: connect_raw(db_path, key),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

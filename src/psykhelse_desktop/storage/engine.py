"""The engines: the SQLCipher-encrypted file (key first, then the PRAGMAs on every connection),
or a PostgreSQL server given by a `postgresql+psycopg://` URL (a team's shared record)."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool

from ..domain.errors import WrongPassphrase
from . import chain

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)
# Not even the journal mode is set: that would rewrite the header of a file in rollback mode.
READ_ONLY_PRAGMAS = ("PRAGMA query_only = ON", *PRAGMAS[1:])
# A check reads every page; a cache the size of the file (up to this) decrypts each page once.
CHECK_CACHE_KIB_MAX = 512 * 1024
NOT_A_DATABASE = ("file is not a database", "malformed", "not a database")


class StorageRefused(Exception):
    """The disk or folder refused the open: `kind` is "full", "read_only", "locked" or "io"."""

    def __init__(self, kind: str, detail: str):
        super().__init__(detail)
        self.kind = kind


def storage_kind(text: str) -> str | None:
    """What an SQLite error message says about the disk, or None if it says nothing."""
    text = text.lower()
    if "locked" in text or "busy" in text:
        return "locked"
    if "full" in text:
        return "full"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "read_only"
    if "disk i/o" in text:
        return "io"
    return None


def connect_raw(db_path: Path, key: bytes, *, read_only: bool = False) -> sqlcipher.Connection:
    """A keyed DB-API connection; raises WrongPassphrase when the key does not open the file.

    `read_only` refuses every write on this connection (a damaged record is never written).
    """
    conn = sqlcipher.connect(str(db_path), check_same_thread=False)
    return _keyed(conn, key, READ_ONLY_PRAGMAS if read_only else PRAGMAS)


def connect_file_read_only(path: Path, key: bytes) -> sqlcipher.Connection:
    """Open a database file without changing it or anything beside it (no -wal, no -shm)."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    conn = sqlcipher.connect(uri, uri=True, check_same_thread=False)
    return _keyed(conn, key, ("PRAGMA query_only = ON",))


def _keyed(conn: sqlcipher.Connection, key: bytes, pragmas: tuple[str, ...]):
    chain.register(conn)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is expected, not a log event
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in pragmas:
            conn.execute(pragma)
    except sqlcipher.DatabaseError as exc:
        conn.close()
        kind = storage_kind(str(exc))
        if kind is None or any(text in str(exc).lower() for text in NOT_A_DATABASE):
            raise WrongPassphrase() from None
        raise StorageRefused(kind, str(exc)) from None
    return conn


def create_encrypted_engine(
    db_path: Path, key: bytes, *, read_only: bool = False, pool_size: int = 2
) -> Engine:
    """An engine whose every pooled connection is keyed and configured."""
    return create_engine(
        "sqlite://",
        creator=lambda: connect_raw(db_path, key, read_only=read_only),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
    )


SERVER_SCHEMES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def is_server_url(url: str | None) -> bool:
    return bool(url) and url.startswith(SERVER_SCHEMES)


def server_url(url: str) -> str:
    """The URL with the psycopg (version 3) driver named, as SQLAlchemy wants it."""
    for scheme in SERVER_SCHEMES[1:]:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    return url


def create_server_engine(url: str, *, pool_size: int = 2) -> Engine:
    """An engine on a PostgreSQL server; every connection talks UTC, like the file's columns."""
    return create_engine(
        server_url(url),
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=True,
        connect_args={"options": "-c timezone=UTC"},
    )


def placeholder(dialect_name: str) -> str:
    """The driver's own parameter mark, for SQL sent straight to it (executemany)."""
    return "?" if dialect_name == "sqlite" else "%s"


def check_database(conn: sqlcipher.Connection, pragma: str = "quick_check") -> list[str]:
    """Run quick_check or integrity_check; [] when the file is whole, else what is wrong."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_kib = int(conn.execute("PRAGMA page_size").fetchone()[0]) // 1024
    conn.execute(f"PRAGMA cache_size = -{min(pages * page_kib + 1024, CHECK_CACHE_KIB_MAX)}")
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(10)").fetchall()]
    except sqlcipher.DatabaseError as exc:
        if "interrupted" in str(exc).lower():
            raise
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def on_each_connection(engine: Engine, hook: Callable[[sqlcipher.Connection], None]) -> None:
    """Run `hook` on every new pooled DB-API connection of the engine."""
    from sqlalchemy import event

    event.listen(engine, "connect", lambda dbapi_conn, _record: hook(dbapi_conn))


def release_freed_memory() -> None:
    """Hand memory freed by a closed connection back to the system. glibc keeps what a
    thread freed (the check's page cache: up to the size of the file) for that thread's next
    use, and the thread is gone; this matters on Linux only."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl): it has no such call and keeps less
        return

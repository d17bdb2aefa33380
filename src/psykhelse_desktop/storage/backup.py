"""One self-contained, encrypted backup file, made with SQLite's online backup API.

Layout: the SQLCipher database exactly as the backup API wrote it (whole pages, still encrypted
with the nurse's key), then a trailer: JSON (format, when it was taken, the database's size in
bytes, the key file with its key check), the JSON's length (8 bytes, big-endian) and MAGIC.
SQLite reads only the pages its header counts, so the file opens as it is, read-only; a restore
copies the database part out. A file is written under a temporary name, synced, checked
(opened with the key, `PRAGMA integrity_check`, every table's row count equal to the live
record's in the same snapshot) and only then given its name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from .. import __version__
from ..domain.errors import WrongPassphrase
from ..domain.os_errors import os_error_text
from ..domain.record_safety import BackupFailed, BackupUnreadable, KeyFileProblem
from .engine import check_database, connect_file_read_only, connect_raw
from .files import FILE_MODE, sync_dir, sync_file, temporary_beside
from .keys import KdfParams, params_from_json, params_json

MAGIC = b"PSYKHELSE-KOPI-1"
BACKUP_SUFFIX = ".psykhelse"
TRAILER_FORMAT = 1
_LENGTH = struct.Struct(">Q")
_TAIL = _LENGTH.size + len(MAGIC)
TRAILER_MAX = 64 * 1024
COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupTrailer:
    taken_at: dt.datetime  # UTC, no time zone
    database_bytes: int
    params: KdfParams
    version: str


def write_backup(
    db_path: Path, key: bytes, params: KdfParams, target: Path, *, check: str = "integrity_check"
) -> dict[str, int]:
    """Write a checked backup of the live database to `target`; returns its row counts.

    Nothing is left at `target` or beside it unless the whole file passed its check.
    """
    with temporary_beside(target, ".tmp") as tmp:
        taken_at = _utc_now()  # just before the snapshot: a change after it is never "in it"
        counts = _copy_live(db_path, key, tmp)
        _append_trailer(tmp, BackupTrailer(taken_at, tmp.stat().st_size, params, __version__))
        problems = verify_backup(tmp, key, counts, check=check)
        if problems:
            raise BackupFailed(
                "Sikkerhetskopien besto ikke kontrollen, og er ikke lagret: " + "; ".join(problems)
            )
        _rename_without_overwriting(tmp, target)
    return counts


def _copy_live(db_path: Path, key: bytes, tmp: Path) -> dict[str, int]:
    """The backup API in one step, inside one read transaction that also counts the rows."""
    source = connect_raw(db_path, key)
    dest = connect_raw_plain(tmp, key)
    try:
        source.execute("BEGIN")
        counts = table_counts(source)
        source.backup(dest)
        source.rollback()
    finally:
        dest.close()
        source.close()
    return counts


def connect_raw_plain(path: Path, key: bytes) -> sqlcipher.Connection:
    """A keyed connection for a file being written whole: no journal, synced by the caller."""
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def table_counts(conn: sqlcipher.Connection) -> dict[str, int]:
    """Rows in every ordinary table (the search index's own tables included)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _append_trailer(path: Path, trailer: BackupTrailer) -> None:
    data = {
        "format": TRAILER_FORMAT,
        "program": "psykhelse-desktop",
        "version": trailer.version,
        "taken_at": trailer.taken_at.isoformat(),
        "database_bytes": trailer.database_bytes,
        "key": json.loads(params_json(trailer.params)),
    }
    body = json.dumps(data, indent=1).encode("utf-8")
    with open(path, "ab") as out:
        out.write(body + _LENGTH.pack(len(body)) + MAGIC)
        out.flush()
        os.fsync(out.fileno())


def read_trailer(path: Path) -> BackupTrailer:
    """The trailer of a backup file; BackupUnreadable when the file is not a whole backup."""
    try:
        with open(path, "rb") as file:
            size = file.seek(0, os.SEEK_END)
            tail = _read_at(file, size - _TAIL, _TAIL) if size > _TAIL else b""
            if not tail.endswith(MAGIC):
                raise BackupUnreadable(_not_whole(path))
            (length,) = _LENGTH.unpack(tail[: _LENGTH.size])
            if length > min(TRAILER_MAX, size - _TAIL):
                raise BackupUnreadable(_not_whole(path))
            body = _read_at(file, size - _TAIL - length, length)
    except OSError as exc:
        raise BackupUnreadable(
            f"Filen {path.name} kan ikke leses ({os_error_text(exc)})."
        ) from None
    trailer = _parse_trailer(path, body)
    if trailer.database_bytes != size - _TAIL - length:
        raise BackupUnreadable(_not_whole(path))
    return trailer


def _read_at(file, offset: int, length: int) -> bytes:  # noqa: ANN001 (a binary file)
    file.seek(offset)
    return file.read(length)


def _parse_trailer(path: Path, body: bytes) -> BackupTrailer:
    try:
        data = json.loads(body.decode("utf-8"))
        params = params_from_json(json.dumps(data["key"]), path.name)
        return BackupTrailer(
            dt.datetime.fromisoformat(data["taken_at"]).replace(tzinfo=None),
            int(data["database_bytes"]),
            params,
            str(data.get("version", "")),
        )
    except (ValueError, KeyError, TypeError, KeyFileProblem):
        raise BackupUnreadable(_not_whole(path)) from None


def _not_whole(path: Path) -> str:
    return (
        f"Filen {path.name} er ikke en hel sikkerhetskopi fra Psykhelse Desktop "
        "(den er avkortet, skadet eller en annen slags fil)."
    )


@contextlib.contextmanager
def opened_backup(path: Path, key: bytes) -> Iterator[sqlcipher.Connection]:
    """The backup's database, read-only; nothing is written to the file or beside it."""
    conn = connect_file_read_only(path, key)
    try:
        yield conn
    finally:
        conn.close()


def verify_backup(
    path: Path,
    key: bytes,
    expected: dict[str, int] | None = None,
    *,
    check: str = "integrity_check",
) -> list[str]:
    """What is wrong with a backup file ([] when it is whole and, if given, has these counts)."""
    trailer = read_trailer(path)
    try:
        with opened_backup(path, key) as conn:
            problems = check_database(conn, check)
            if not problems and expected is not None and table_counts(conn) != expected:
                problems = ["antall rader stemmer ikke med journalen"]
    except sqlcipher.DatabaseError as exc:
        problems = [str(exc)]
    except WrongPassphrase:
        # A damaged page of the schema stops the open just as a wrong key does; the first
        # page tells them apart (a wrong key fails it, damage elsewhere does not).
        problems = _damaged_pages(path, key, trailer.database_bytes)
        if problems is None:
            raise
    return problems


def _damaged_pages(path: Path, key: bytes, database_bytes: int) -> list[str] | None:
    """The pages whose checksum fails, or None when the first one does (the key is wrong)."""
    conn = sqlcipher.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        page_size = conn.execute("PRAGMA cipher_page_size").fetchone()[0]
        failed = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()
    pages = [int(text.rsplit(" ", 1)[-1]) for text in failed if text.rsplit(" ", 1)[-1].isdigit()]
    if 1 in pages:
        return None
    last = database_bytes // int(page_size)
    return [f"side {page} i kopien er skadet (kontrollsummen stemmer ikke)" for page in pages
            if page <= last] or ["kopien kunne ikke åpnes"]  # fmt: skip


def copy_database_out(backup: Path, trailer: BackupTrailer, target: Path) -> None:
    """Write the database part of a backup to `target` (a new file), synced."""
    remaining = trailer.database_bytes
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, FILE_MODE)
    with open(backup, "rb") as source, os.fdopen(fd, "wb") as out:
        while remaining:
            chunk = source.read(min(COPY_CHUNK, remaining))
            if not chunk:
                raise BackupUnreadable(_not_whole(backup))
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())


def _rename_without_overwriting(tmp: Path, target: Path) -> None:
    if target.exists():
        raise BackupFailed(f"Filen {target} finnes allerede. Ingenting ble skrevet over.")
    sync_file(tmp)
    os.replace(tmp, target)
    sync_dir(target.parent)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)

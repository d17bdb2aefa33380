"""Check the hash chain of the audit log and the ledger (storage/chain.py): all of it for
`verify-log`, or the newest rows at unlock, where it must be quick."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from ...storage import chain
from ...storage.engine import connect_raw, placeholder

# Unlock checks this many of the newest rows of each chained table (a few milliseconds).
UNLOCK_TAIL_ROWS = 1000
TABLE_NAMES = {"audit_event": "tilgangsloggen", "ledger_entry": "utleveringsloggen"}


@dataclass(frozen=True)
class ChainReport:
    """How many rows were checked per table, and the first row that does not fit (if any)."""

    checked: dict[str, int]
    broken: chain.Break | None

    @property
    def whole(self) -> bool:
        return self.broken is None


def verify_chain(db_path: Path, key: bytes, *, tail: int | None = None) -> ChainReport:
    """Walk each table's chain (only its newest `tail` rows when given); read-only."""
    conn = connect_raw(db_path, key, read_only=True)
    try:
        return _verify(conn, "sqlite", tail)
    finally:
        conn.close()


def verify_server_chain(engine: Engine, *, tail: int | None = None) -> ChainReport:
    """The same walk over a PostgreSQL record, in one read-only transaction."""
    conn = engine.raw_connection()
    try:
        conn.cursor().execute("SET TRANSACTION READ ONLY")
        return _verify(conn, engine.dialect.name, tail)
    finally:
        conn.rollback()
        conn.close()


def _verify(conn, dialect: str, tail: int | None) -> ChainReport:  # noqa: ANN001
    checked: dict[str, int] = {}
    for table in chain.CHAINED_COLUMNS:
        broken = _check_table(conn, dialect, table, tail, checked)
        if broken is not None:
            return ChainReport(checked, broken)
    return ChainReport(checked, None)


def _check_table(conn, dialect: str, table: str, tail: int | None, checked: dict[str, int]):  # noqa: ANN001
    start, previous = _starting_point(conn, dialect, table, tail)
    cursor = conn.cursor()
    cursor.execute(chain.select_sql(table, from_id=start, dialect=dialect))
    counted = _Counted(cursor)
    broken = chain.first_break(table, counted, previous)
    checked[table] = counted.rows
    return broken


def _starting_point(conn, dialect: str, table: str, tail: int | None):  # noqa: ANN001, ANN202
    """The first id to check and the hash of the row before it (None at the chain's start)."""
    if tail is None:
        return 0, None
    cursor = conn.cursor()
    mark = placeholder(dialect)
    cursor.execute(f"SELECT id, hash FROM {table} ORDER BY id DESC LIMIT 1 OFFSET {mark}", (tail,))
    row = cursor.fetchone()
    return (0, None) if row is None else (row[0] + 1, row[1])


class _Counted:
    """Rows from a cursor, counted as they are read."""

    def __init__(self, cursor) -> None:  # noqa: ANN001
        self.cursor, self.rows = cursor, 0

    def __iter__(self) -> Iterator[tuple]:
        while batch := self.cursor.fetchmany(2000):
            for row in batch:
                self.rows += 1
                yield row


def break_message(broken: chain.Break) -> str:
    """The Norwegian sentence naming the first row that does not fit."""
    return (
        f"Rad {broken.row_id} i {TABLE_NAMES[broken.table]} ({broken.table}) passer ikke: "
        f"{broken.reason}. Raden eller en rad like før den er endret eller fjernet utenfor "
        "programmet."
    )


def unlock_warning(db_path: Path, key: bytes) -> str:
    """Empty when the newest part of the chains fits; else a warning for the nurse."""
    report = verify_chain(db_path, key, tail=UNLOCK_TAIL_ROWS)
    if report.whole:
        return ""
    assert report.broken is not None
    return (
        f"{break_message(report.broken)} Kjør «psykhelse-desktop verify-log» for å "
        "kontrollere hele loggen, og kontakt IT."
    )

"""Query helpers for the hot paths, where SQLAlchemy's per-row processing is measurable."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Select, Table
from sqlalchemy.orm import Session


def fetch_ids(session: Session, statement: Select) -> list[int]:
    """The first column of every row, read straight from the DB-API cursor.

    Search as you type may return 50,000 ids; skipping the Row objects made that about
    three times faster (bench/search_bench.py). The statement is still compiled by SQLAlchemy,
    so this works on any database.
    """
    result = session.connection().execute(statement)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, object]]) -> None:
    """Insert many rows with the driver's own executemany: each column's defaults and type
    conversion worked out once, not once per row (an import of 10,000 rows spent most of its
    time in SQLAlchemy's per-row parameter handling; bench/import_bench.py)."""
    if not rows:
        return
    names = list(rows[0])
    defaults = _defaults(table, names)
    names += list(defaults)
    convert = [table.c[name].type.bind_processor(connection.dialect) for name in names]
    marks = ", ".join(["?"] * len(names))
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    extra = tuple(defaults.values())
    params = [_bound(convert, (*row.values(), *extra)) for row in rows]
    connection.exec_driver_sql(sql, params)


def _bound(convert: list, values: tuple) -> tuple:
    return tuple(c(v) if c and v is not None else v for c, v in zip(convert, values, strict=True))


def _defaults(table: Table, given: list[str]) -> dict[str, object]:
    """Python-side defaults of the columns not given, each evaluated once."""
    found = {}
    for column in table.c:
        default = column.default
        if column.name in given or default is None:
            continue
        found[column.name] = default.arg(None) if default.is_callable else default.arg
    return found

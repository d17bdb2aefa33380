"""Query helpers for the hot paths, where SQLAlchemy's per-row processing is measurable."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Dialect, Select, Table
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from .engine import placeholder


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
    """Insert many rows (dicts with the same keys, in the same order) with the driver's own
    executemany: each column's default and type conversion worked out once, not per row (an
    import of 10,000 rows spent most of its time in SQLAlchemy's per-row parameter handling;
    bench/import_bench.py)."""
    if not rows:
        return
    names = list(rows[0])
    defaults = _defaults(table, names)
    dialect = connection.dialect
    extra = tuple(_bound(table.c[name].type, dialect, v) for name, v in defaults.items())
    convert = [(i, p) for i, name in enumerate(names)
               if (p := table.c[name].type.bind_processor(dialect))]  # fmt: skip
    params = []
    for row in rows:
        values = list(row.values())
        for index, process in convert:
            if values[index] is not None:
                values[index] = process(values[index])
        params.append((*values, *extra))
    columns = [*names, *defaults]
    marks = ", ".join([placeholder(dialect.name)] * len(columns))
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, params)


def _defaults(table: Table, given: list[str]) -> dict[str, object]:
    """Python-side defaults of the columns not given, each evaluated once."""
    found = {}
    for column in table.c:
        default = column.default
        if column.name in given or default is None:
            continue
        found[column.name] = default.arg(None) if default.is_callable else default.arg
    return found


def _bound(type_: TypeEngine, dialect: Dialect, value: object) -> object:
    process = type_.bind_processor(dialect)
    return process(value) if process and value is not None else value


def follow_given_ids(connection: Connection, tables: Sequence[Table]) -> None:
    """After rows were inserted with ids given by the program (the demo's bulk rows): move
    PostgreSQL's id sequences past them. SQLite takes the next id from the table itself."""
    if connection.dialect.name == "sqlite":
        return
    for table in tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce(max(id), 0) + 1, false) FROM {table.name}"
        )

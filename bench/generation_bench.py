"""Demo data: populate_demo for N users vs raw executemany of the same rows into SQLCipher."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from common import Result, new_vault, raw_key
from psykhelse_desktop.services.database import Database
from psykhelse_desktop.services.demo.populate import DemoSummary, generate_rows, populate_demo
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.engine import connect_raw


def timed_populate(db: Database, users: int) -> tuple[float, DemoSummary]:
    start = time.perf_counter()
    summary = populate_demo(db, users)
    return time.perf_counter() - start, summary


def raw_floor(root: Path, users: int, *, only_users: bool) -> float:
    """Seconds for raw executemany (rows made beforehand) into a fresh encrypted record."""
    rows = generate_rows(users)
    if only_users:
        rows = {m.ServiceUser: rows[m.ServiceUser]}
    statements = [_statement(model, table_rows) for model, table_rows in rows.items()]
    paths, db = new_vault(root, f"raw-{'users' if only_users else 'all'}")
    db.close()
    conn = connect_raw(paths.database, raw_key(paths.database))
    try:
        start = time.perf_counter()
        for sql, values in statements:
            conn.executemany(sql, values)
        conn.commit()
        return time.perf_counter() - start
    finally:
        conn.close()


def _statement(model: type, rows: list[dict]) -> tuple[str, list[tuple]]:
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {model.__tablename__} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    return sql, [tuple(_sql_value(row[c]) for c in columns) for row in rows]


def _sql_value(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat(" ") if isinstance(value, dt.datetime) else value.isoformat()
    return int(value) if isinstance(value, bool) else value


def results(root: Path, users: int, seconds: float, summary: DemoSummary) -> list[Result]:
    rows = sum(
        (summary.organisations, summary.contact_people, summary.service_users,
         summary.next_of_kin, summary.gp_periods, summary.contacts, summary.audit_events)
    )  # fmt: skip
    users_floor = raw_floor(root, users, only_users=True)
    all_floor = raw_floor(root, users, only_users=False)
    return [
        Result(
            f"d. demo data, {users} users (floor: service_user rows only)", seconds, "s",
            users_floor, note=f"{rows} rows in 7 tables",
        ),
        Result(
            f"d. demo data, {users} users (floor: all the same rows)", seconds, "s", all_floor,
            note="floor excludes making the rows",
        ),
    ]  # fmt: skip

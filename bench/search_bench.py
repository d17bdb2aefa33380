"""Search as you type: the window's path (ids, then the first page of rows) vs one raw query."""

from __future__ import annotations

import time
from pathlib import Path

from common import Result, percentile, raw_key
from psykhelse_desktop.domain.text import escape_like, search_terms
from psykhelse_desktop.services.database import Database
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage.engine import connect_raw

PAGE = 200
# What she types, one key at a time: names with æøå and 'aa', a phone, a birth date, nothing.
TYPED = ("øvre", "aasen", "per", "haal", "bråt", "kari h", "912 34", "1508", "ødeg", "zq")
RAW_IDS = "SELECT id FROM service_user WHERE is_closed = 0 {likes} ORDER BY sort_key, id"
RAW_ROWS = (
    "SELECT id, first_name, last_name, birth_date, national_id, phone, category, is_closed "
    "FROM service_user WHERE id IN ({marks})"
)


def queries() -> list[str]:
    """Every prefix of every typed word, as the search box sees it (about 40)."""
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1) if word[:n].strip()]


def app_search(db: Database, query: str) -> int:
    ids = service_users.search_ids(db, query)
    service_users.rows_for_ids(db, ids[:PAGE])
    return len(ids)


def raw_search(conn, query: str) -> int:  # noqa: ANN001
    terms = search_terms(query)
    likes = " ".join("AND search_key LIKE ? ESCAPE '\\'" for _ in terms)
    params = [f"%{escape_like(t)}%" for t in terms]
    ids = [row[0] for row in conn.execute(RAW_IDS.format(likes=likes), params)]
    first = ids[:PAGE]
    if first:
        conn.execute(RAW_ROWS.format(marks=",".join("?" * len(first))), first).fetchall()
    return len(ids)


def timed(function, *args) -> float:  # noqa: ANN001
    start = time.perf_counter()
    function(*args)
    return (time.perf_counter() - start) * 1000


def run(db: Database, db_path: Path, repeat: int) -> list[Result]:
    conn = connect_raw(db_path, raw_key(db_path))
    app_ms, raw_ms = [], []
    try:
        for query in queries():  # warm both page caches once
            assert app_search(db, query) == raw_search(conn, query), query
        for _ in range(repeat):
            for query in queries():
                app_ms.append(timed(app_search, db, query))
                raw_ms.append(timed(raw_search, conn, query))
    finally:
        conn.close()
    return _results(app_ms, raw_ms)


def _results(app_ms: list[float], raw_ms: list[float]) -> list[Result]:
    p50, p95 = percentile(app_ms, 50), percentile(app_ms, 95)
    raw50, raw95 = percentile(raw_ms, 50), percentile(raw_ms, 95)
    note = f"{len(queries())} typed prefixes x {len(app_ms) // len(queries())}"
    return [
        Result("a. search as you type, p50", p50, "ms", raw50, note=note),
        Result(
            "a. search as you type, p95", p95, "ms", raw95, "<= 50 ms and <= 3x raw",
            ok=p95 <= 50 and p95 <= 3 * raw95,
        ),
    ]  # fmt: skip

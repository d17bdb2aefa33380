"""Search as you type: the window's path (count the hits, read a page) vs the same SQL raw."""

from __future__ import annotations

import time
from pathlib import Path

from common import Result, percentile, raw_key
from psykhelse_desktop.domain.text import escape_like, search_terms
from psykhelse_desktop.services.database import Database
from psykhelse_desktop.services.records import user_list
from psykhelse_desktop.services.records.user_list import UserList
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.user_search import TRIGRAM

PAGE = 200
# What she types, one key at a time: names with æøå and 'aa', a phone, a birth date, nothing.
TYPED = ("øvre", "aasen", "per", "haal", "bråt", "kari h", "912 34", "1508", "ødeg", "zq")
RAW_COUNT = "SELECT count(*) FROM service_user WHERE is_closed = 0 {words}"
RAW_PAGE = (
    "SELECT id, first_name, last_name, birth_date, national_id, phone, category, is_closed "
    "FROM service_user WHERE is_closed = 0 {words} ORDER BY sort_key, id LIMIT ?"
)
TRIGRAM_WORD = "AND id IN (SELECT rowid FROM service_user_trigram WHERE search_key LIKE ?)"
SCANNED_WORD = "AND search_key LIKE ? ESCAPE '\\'"


def queries() -> list[str]:
    """Every prefix of every typed word, as the search box sees it (about 40)."""
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1) if word[:n].strip()]


def app_search(db: Database, query: str) -> int:
    listing = UserList(query)
    total = user_list.count(db, listing)
    user_list.page(db, listing, 0, PAGE)
    return total


def raw_search(conn, query: str) -> int:  # noqa: ANN001
    """The program's two statements written out by hand for sqlite3."""
    words, params = [], []
    for word in search_terms(query):
        indexed = len(word) >= TRIGRAM and not any(c in word for c in "%_\\")
        words.append(TRIGRAM_WORD if indexed else SCANNED_WORD)
        params.append(f"%{word}%" if indexed else f"%{escape_like(word)}%")
    where = " ".join(words)
    (total,) = conn.execute(RAW_COUNT.format(words=where), params).fetchone()
    conn.execute(RAW_PAGE.format(words=where), [*params, PAGE]).fetchall()
    return total


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

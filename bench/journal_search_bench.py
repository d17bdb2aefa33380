"""Journal full-text search vs a raw floor: the same FTS5 MATCH on a raw SQLCipher connection.

Runs on the export benchmark's record (export_data.py: 50,000 users, 500,000 journal entries
in the demo's words, indexed in journal_fts as the app does it). Each query is typed one letter
at a time, as the search box sends it; prefixes with fewer than two letters are left out (the
app answers them without asking the database). The app's path is `journal_search.search`
(fold, prefix terms, the 50 latest written matches, hits with snippets, one audit row per
person found, one transaction). The floor runs the same SQL on a raw connection with the same
key and PRAGMAs and fetches the same 50 rows (entry id, user id, names, time, kind, signed and
the text the snippet is cut from); the ids, users and names are checked to be the same before
timing. The app is also timed with its audit rows switched off, to show what they cost.

    python bench/journal_search_bench.py [--users 50000] [--journal 500000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import time
from pathlib import Path

import export_bench
from common import Result, percentile, raw_key, temp_root
from psykhelse_desktop.domain.text import fold
from psykhelse_desktop.services.daily import journal_search
from psykhelse_desktop.services.database import Database
from psykhelse_desktop.storage.engine import connect_raw

LIMIT = journal_search.DEFAULT_LIMIT
# What she types: topics, places with æ, ø, å and 'aa', two words, and a word no note holds.
TYPED = (
    "søvn", "angst butikken", "økonomi", "aasen", "Øvrebø", "haaland", "ørnes", "fastlegen",
    "samtykke", "bivirkninger", "depotinjeksjon", "døgnrytme", "ny samtale", "kvalme",
)  # fmt: skip
RAW = (
    "SELECT e.id, e.service_user_id, u.first_name, u.last_name, e.occurred_at, e.kind, e.text, "
    "e.signed_at IS NOT NULL FROM journal_entry e JOIN service_user u ON u.id = e.service_user_id "
    "WHERE e.id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ? "
    "ORDER BY rowid DESC LIMIT ?) ORDER BY e.occurred_at DESC, e.id DESC"
)
_WORD = re.compile(r"[^\W_]+")


def queries() -> list[str]:
    """Every prefix of every typed query that holds two letters or more (about 100)."""
    typed = [text[:n] for text in TYPED for n in range(1, len(text) + 1)]
    return [q for q in typed if sum(len(w) for w in _WORD.findall(fold(q))) >= 2]


def raw_match(query: str) -> str:
    return " ".join(f'"{word}"*' for word in _WORD.findall(fold(query)))


def app_search(db: Database, query: str) -> list[tuple]:
    hits = journal_search.search(db, query)
    return [(h.entry_id, h.service_user_id, h.person_name) for h in hits]


def raw_search(conn, query: str) -> list[tuple]:  # noqa: ANN001
    rows = conn.execute(RAW, (raw_match(query), LIMIT)).fetchall()
    return [(r[0], r[1], f"{r[2]} {r[3]}") for r in rows]


def timed(function, *args) -> float:  # noqa: ANN001
    start = time.perf_counter()
    function(*args)
    return (time.perf_counter() - start) * 1000


def run(db: Database, db_path: Path, repeat: int, journal: int) -> list[Result]:
    conn = connect_raw(db_path, raw_key(db_path))
    app_ms, quiet_ms, raw_ms = [], [], []
    audit = db.audit
    try:
        for query in queries():  # warm the page caches, and prove the floor finds the same rows
            assert app_search(db, query) == raw_search(conn, query), query
        for _ in range(repeat):  # interleaved, so a busy moment hits all three
            for query in queries():
                app_ms.append(timed(app_search, db, query))
                db.audit = lambda *_args, **_kwargs: None  # type: ignore[method-assign]
                quiet_ms.append(timed(app_search, db, query))
                db.audit = audit  # type: ignore[method-assign]
                raw_ms.append(timed(raw_search, conn, query))
    finally:
        db.audit = audit  # type: ignore[method-assign]
        conn.close()
    return _results(app_ms, quiet_ms, raw_ms, journal)


def _results(app_ms: list[float], quiet_ms: list[float], raw_ms: list[float], journal: int):
    p50, p95, quiet95 = (percentile(app_ms, 50), percentile(app_ms, 95), percentile(quiet_ms, 95))
    raw50, raw95 = percentile(raw_ms, 50), percentile(raw_ms, 95)
    rounds = len(app_ms) // len(queries())
    note = f"{journal} entries, {len(queries())} typed prefixes x {rounds}, latest {LIMIT} hits"
    return [
        Result("f. journal search, p50", p50, "ms", raw50, note=note),
        Result("f. journal search, p95", p95, "ms", raw95, "<= 100 ms and <= 2x raw",
               ok=p95 <= 100 and p95 <= 2 * raw95, note="with its audit rows"),
        Result("f. journal search without audit rows, p95", quiet95, "ms", raw95,
               note="what the audit rows cost; not a target"),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50_000)
    parser.add_argument("--journal", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    from run import cells, text_table  # run.py imports this module

    root = temp_root()
    try:
        _paths, db = export_bench.build(root, args.users, args.journal)
        try:
            results = run(db, db.db_path, args.repeat, args.journal)
        finally:
            db.close()
        print(text_table([cells(r) for r in results]))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

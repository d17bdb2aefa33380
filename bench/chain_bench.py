"""The log's hash chain at size: chained audit writes and a full verify-log walk.

Writes N audit rows (default 500,000) through `Database.audit_many` (the journal search's
path, one executemany per batch, chained by the trigger) into a fresh encrypted record, and
the same rows with a raw `executemany` into a second record whose chain trigger is dropped
(the floor for writing). Then walks the whole chain as `verify-log` does, against a raw floor
on the same file: the same rows read with the raw SQLCipher driver and hashed with hashlib in
a bare loop (and, below that, only reading the rows).

    python bench/chain_bench.py [--rows 500000]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import time

from common import new_vault, raw_key, temp_root
from psykhelse_desktop.services.trust.log_chain import verify_chain
from psykhelse_desktop.storage import chain
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.models import utc_now

BATCH = 5000


def write_chained(db, rows: int) -> float:
    started = time.perf_counter()
    for start in range(0, rows, BATCH):
        with db.transaction() as session:
            db.audit_many(session, "search", range(start, min(rows, start + BATCH)), "søk: øvre")
    return time.perf_counter() - started


def write_raw(db_path, key, rows: int) -> float:
    conn = connect_raw(db_path, key)
    conn.execute("DROP TRIGGER audit_event_chain")
    conn.commit()
    at = str(utc_now()).replace("+00:00", "")
    started = time.perf_counter()
    for start in range(0, rows, BATCH):
        values = [(at, "Benk Sykepleier", n, "search", "søk: øvre")
                  for n in range(start, min(rows, start + BATCH))]  # fmt: skip
        conn.executemany(
            "INSERT INTO audit_event (at, operator, service_user_id, action, details) "
            "VALUES (?, ?, ?, ?, ?)",
            values,
        )
        conn.commit()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def raw_walk(db_path, key, *, hashing: bool) -> float:
    """The floor: the same rows through the bare driver, hashed in a bare loop (or only read)."""
    conn = connect_raw(db_path, key, read_only=True)
    started = time.perf_counter()
    cursor = conn.execute(chain.select_sql("audit_event"))
    previous, sha256 = "0" * 64, hashlib.sha256
    while batch := cursor.fetchmany(2000):
        if not hashing:
            continue
        for *values, _stored in batch:
            parts = [previous]
            for v in values:
                parts.append("-" if v is None else f"{len(str(v))}:{v}")
            previous = sha256("\n".join(parts).encode()).hexdigest()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=500_000)
    rows = parser.parse_args().rows
    root = temp_root()
    try:
        paths, db = new_vault(root, "kjede")
        chained = write_chained(db, rows)
        db.close()
        raw_paths, raw_db = new_vault(root, "raa")
        raw_db.close()
        floor = write_raw(raw_paths.database, raw_key(raw_paths.database), rows)
        print(f"audit rows written, {rows:,}: chained {chained:.2f} s, raw executemany "
              f"without chain {floor:.2f} s, ratio {chained / floor:.2f}x")  # fmt: skip
        key = raw_key(paths.database)
        started = time.perf_counter()
        report = verify_chain(paths.database, key)
        walk = time.perf_counter() - started
        assert report.whole and report.checked["audit_event"] >= rows
        hashed = raw_walk(paths.database, key, hashing=True)
        read = raw_walk(paths.database, key, hashing=False)
        print(f"verify-log walk, {report.checked['audit_event']:,} audit rows: {walk:.2f} s; "
              f"raw floor (driver + hashlib, same rows) {hashed:.2f} s, ratio "
              f"{walk / hashed:.2f}x; reading the rows alone {read:.2f} s")  # fmt: skip
        started = time.perf_counter()
        verify_chain(paths.database, key, tail=1000)
        tail_ms = 1000 * (time.perf_counter() - started)
        print(f"unlock's check of the newest 1,000 rows: {tail_ms:.1f} ms")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Backup of a large record vs a raw floor, and the check at unlock.

The record is the export benchmark's (export_data.py): 50,000 users and 500,000 journal entries
by default, default key derivation. The app's backup (`services.trust.backups.take_backup`:
SQLite's backup API in one read transaction with row counts, the trailer with the key file,
fsync, then opened again read-only with `PRAGMA integrity_check` and every table's row count
compared, then renamed) is timed against the floor: SQLite's backup API alone, on a raw
SQLCipher connection into a new keyed file. `PRAGMA quick_check` (what unlock runs) and
`PRAGMA integrity_check` (what every backup runs) are timed on their own, and so is how long
unlocking takes before the window may open (the rest of the check runs in the background).

    python bench/backup_bench.py [--users 50000] [--journal 500000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

import export_bench
from common import PASSPHRASE, Result, median, raw_key, temp_root
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.trust import backups
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage.engine import check_database, connect_raw
from run import cells, text_table

TARGET_RATIO = 1.5


def raw_backup(db_path: Path, key: bytes, target: Path) -> float:
    """The floor: the backup API, nothing else (no check, no trailer, no count)."""
    started = time.perf_counter()
    source = connect_raw(db_path, key)
    dest = sqlcipher.connect(str(target))
    dest.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    source.backup(dest)
    dest.close()
    source.close()
    return time.perf_counter() - started


def app_backup(paths: AppPaths, folder: Path) -> float:
    db = unlock_vault(paths, PASSPHRASE, check_wait=None)
    try:
        started = time.perf_counter()
        backups.take_backup(db, folder)
        return time.perf_counter() - started
    finally:
        db.close()


def timed_check(db_path: Path, key: bytes, pragma: str) -> float:
    conn = connect_raw(db_path, key, read_only=True)
    try:
        started = time.perf_counter()
        assert check_database(conn, pragma) == []
        return time.perf_counter() - started
    finally:
        conn.close()


def unlock_times(paths: AppPaths) -> tuple[float, float]:
    """Seconds until unlock returns (the window may open), and until the check has passed."""
    started = time.perf_counter()
    db = unlock_vault(paths, PASSPHRASE)
    opened = time.perf_counter() - started
    db.gate.wait()
    checked = time.perf_counter() - started
    db.close()
    return opened, checked


def demo_record_checks(root: Path, users: int) -> list[Result]:
    """quick_check and unlock on a demo record of `users` (plans, groups, daily work)."""
    from common import new_vault
    from generation_bench import timed_populate

    paths, db = new_vault(root, "demo")
    try:
        timed_populate(db, users)
    finally:
        db.close()
    key = raw_key(paths.database)
    quick = timed_check(paths.database, key, "quick_check")
    opened, checked = unlock_times(paths)
    note = f"demo record, {users:,} users, {paths.database.stat().st_size / 1e6:.0f} MB"
    return [
        Result("PRAGMA quick_check (unlock)", quick, "s", None, "< 1 s or background",
               quick < 1.0 or opened < checked, note),
        Result("unlock returns (check goes on)", opened, "s", None, "", None,
               f"check done after {checked:.1f} s; {note}"),
    ]  # fmt: skip


def measure(root: Path, users: int, journal: int, rounds: int) -> list[Result]:
    paths, db = export_bench.build(root, users, journal)
    db.close()
    key = raw_key(paths.database)
    size_mb = paths.database.stat().st_size / 1e6
    floors, apps = [], []
    for round_ in range(rounds):
        floors.append(raw_backup(paths.database, key, root / f"raw-{round_}.db"))
        (root / f"raw-{round_}.db").unlink()
        folder = root / f"pinne-{round_}"
        folder.mkdir()
        apps.append(app_backup(paths, folder))
        shutil.rmtree(folder)
        done = f"round {round_ + 1}: floor {floors[-1]:.1f} s, app {apps[-1]:.1f} s"
        print(done, file=sys.stderr)
    quick = median([timed_check(paths.database, key, "quick_check") for _ in range(rounds)])
    full = timed_check(paths.database, key, "integrity_check")
    opened, checked = unlock_times(paths)
    ratio = median(apps) / median(floors)
    note = f"{size_mb:.0f} MB file, {users:,} users, {journal:,} journal entries"
    return [
        Result("backup, checked, median", median(apps), "s", median(floors),
               f"<= {TARGET_RATIO}x", ratio <= TARGET_RATIO, note),
        Result("PRAGMA quick_check (unlock)", quick, "s", None, "< 1 s or background",
               quick < 1.0 or opened < checked, note),
        Result("PRAGMA integrity_check (each backup)", full, "s", None, "", None, note),
        Result("unlock returns (check goes on)", opened, "s", None, "", None,
               f"check done after {checked:.1f} s; writes wait for it"),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50_000)
    parser.add_argument("--journal", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    root = temp_root()
    try:
        results = demo_record_checks(root, args.users)
        results += measure(root, args.users, args.journal, args.rounds)
        print(text_table([cells(r) for r in results]))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Spreadsheet import vs a raw floor: executemany of the very same rows and audit rows.

The app's `import_users` reads an "Excel (norsk)" CSV of synthetic service users (UTF-8 with
BOM, valid synthetic national IDs), decodes and parses it, checks every row once, and writes
the rows and one audit row each in one transaction, into a fresh encrypted record. The floor
inserts the same service_user rows (read back from the app's record, column for column) and
the same audit rows with `executemany` on a raw SQLCipher connection, in one transaction, into
another fresh encrypted record with the same key derivation. Each round uses fresh records.

    python bench/import_bench.py [--rows 10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

from common import Result, median, new_vault, raw_key, temp_root
from psykhelse_desktop.domain.national_id import with_check_digits
from psykhelse_desktop.services.demo.names import FEMALE, LAST, MALE, PLACES, STREETS
from psykhelse_desktop.services.records.importer import import_users
from psykhelse_desktop.storage.engine import connect_raw

HEADER = "Fornavn;Etternavn;Fødselsnummer;Telefon;Adresse;Postnummer;Poststed;E-post"
TARGET = 5.0
ROWS = 10_000  # a large municipality's whole list, and then some


def synthetic_ids(count: int, rng: random.Random) -> list[str]:
    """Distinct valid Tenor test numbers (month + 80): never a real person's."""
    found: set[str] = set()
    while len(found) < count:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(30, 99)
        number = with_check_digits(f"{day:02d}{month + 80:02d}{year:02d}{rng.randint(0, 499):03d}")
        if number:
            found.add(number)
    return sorted(found)


def write_sheet(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    lines = [HEADER]
    for number in synthetic_ids(rows, rng):
        first, last = rng.choice(FEMALE + MALE), rng.choice(LAST)
        postal, place = rng.choice(PLACES)
        phone = f"9{rng.randint(0, 9999999):07d}"
        street = f"{rng.choice(STREETS)} {rng.randint(1, 80)}"
        email = f"{first}.{last}@example.invalid".lower()
        lines.append(";".join((first, last, number, phone, street, postal, place, email)))
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def timed_import(root: Path, sheet: Path, name: str) -> tuple[float, list[tuple], list[tuple]]:
    """Seconds for the app's import into a fresh record, and the rows it wrote."""
    paths, db = new_vault(root, name)
    try:
        start = time.perf_counter()
        report = import_users(db, sheet)
        seconds = time.perf_counter() - start
    finally:
        db.close()
    assert report.written and not report.problems, report.problems[:3]
    conn = connect_raw(paths.database, raw_key(paths.database))
    users = conn.execute("SELECT * FROM service_user ORDER BY id").fetchall()
    audit = conn.execute("SELECT at, operator, service_user_id, action, details FROM audit_event "
                         "WHERE action = 'import' ORDER BY id").fetchall()  # fmt: skip
    columns = [c[1] for c in conn.execute("PRAGMA table_info(service_user)")]
    conn.close()
    return seconds, [columns, *users], audit


def timed_raw(root: Path, name: str, users: list[tuple], audit: list[tuple]) -> float:
    """Seconds for executemany of the same rows and audit rows, one transaction."""
    paths, db = new_vault(root, name)
    db.close()
    conn = connect_raw(paths.database, raw_key(paths.database))
    columns, rows = users[0], users[1:]
    insert_users = (f"INSERT INTO service_user ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})")  # fmt: skip
    insert_audit = ("INSERT INTO audit_event (at, operator, service_user_id, action, details) "
                    "VALUES (?, ?, ?, ?, ?)")  # fmt: skip
    start = time.perf_counter()
    with conn:
        conn.executemany(insert_users, rows)
        conn.executemany(insert_audit, audit)
    seconds = time.perf_counter() - start
    count = conn.execute("SELECT count(*) FROM service_user").fetchone()[0]
    conn.close()
    assert count == len(rows)
    return seconds


def run(root: Path, rows: int, rounds: int) -> list[Result]:
    sheet = root / "brukere.csv"
    write_sheet(sheet, rows)
    app_s, raw_s = [], []
    for n in range(rounds):
        seconds, users, audit = timed_import(root, sheet, f"app-{n}")
        app_s.append(seconds)
        raw_s.append(timed_raw(root, f"raw-{n}", users, audit))
    app, raw = median(app_s), median(raw_s)
    return [
        Result(f"g. spreadsheet import, {rows:,} rows (raw floor: executemany of the same rows "
               "and audit rows)".replace(",", " "), app, "s", raw, f"≤ {TARGET:g}x",
               app / raw <= TARGET, f"median of {rounds}"),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    from run import cells, text_table

    root = temp_root()
    try:
        print(text_table([cells(r) for r in run(root, args.rows, args.rounds)]))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

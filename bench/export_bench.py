"""The municipal CSV export vs a raw floor: hand-written SQL on a raw SQLCipher connection.

Both produce the aggregate report for the year 2025 over the same encrypted file (50,000
users, 500,000 journal entries by default) and write it as "Excel (norsk)" CSV. The floor
runs the same aggregates as plain SQL strings and writes its rows with the csv module; with
suppression off both files must be byte for byte the same, which is checked before timing.

    python bench/export_bench.py [--users 50000] [--journal 500000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import statistics
import sys
import time
from pathlib import Path

import export_data
from common import Result, median, new_vault, raw_key, temp_root
from psykhelse_desktop.domain import municipal_figures as mf
from psykhelse_desktop.domain.daily_vocabulary import JournalKind, ServiceType
from psykhelse_desktop.domain.vocabulary import Category
from psykhelse_desktop.export.csv_writer import CsvProfile
from psykhelse_desktop.export.municipal_export import export_report
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.database import Database
from psykhelse_desktop.storage.engine import connect_raw

START, END = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
ROUNDS = 5
IN_FORCE = "valid_from <= :last AND (valid_to IS NULL OR valid_to >= :first)"
USERS_SQL = f"""
SELECT count(*), coalesce(sum(at_end), 0), coalesce(sum(1 - before), 0), coalesce(sum(rapid), 0)
FROM (SELECT service_user_id,
        max(valid_from <= :end AND (valid_to IS NULL OR valid_to >= :end)) AS at_end,
        max(valid_from <= :before AND (valid_to IS NULL OR valid_to >= :before)) AS before,
        max(service_type = 'rask_psykisk_helsehjelp' AND {IN_FORCE}) AS rapid,
        max({IN_FORCE}) AS inside
      FROM service_decision
      WHERE valid_from <= :end AND (valid_to IS NULL OR valid_to >= :before)
      GROUP BY service_user_id)
WHERE inside = 1"""
PERIOD_USERS = f"""
SELECT service_user_id FROM service_decision WHERE {IN_FORCE} GROUP BY service_user_id"""
BY_TYPE = f"""SELECT service_type, count(DISTINCT service_user_id) FROM service_decision
WHERE {IN_FORCE} GROUP BY service_type"""
ANY_TYPE = f"SELECT count(DISTINCT service_user_id) FROM service_decision WHERE {IN_FORCE}"
PLANS = """SELECT count(DISTINCT p.service_user_id) FROM individual_plan p WHERE p.id IN (
  SELECT plan_id FROM plan_revision WHERE status = 'aktiv' AND saved_at >= :s0 AND saved_at < :e1
  UNION SELECT r.plan_id FROM plan_revision r JOIN (SELECT plan_id, max(number) AS n
    FROM plan_revision WHERE saved_at < :s0 GROUP BY plan_id) l
    ON l.plan_id = r.plan_id AND l.n = r.number WHERE r.status = 'aktiv')"""
OVERLAP = "{a} <= :end AND ({b} IS NULL OR {b} >= :start)"
COORDINATORS = "SELECT count(DISTINCT service_user_id) FROM coordinator_period WHERE " + (
    OVERLAP.format(a="valid_from", b="valid_to")
)
GROUPS = "SELECT count(DISTINCT service_user_id) FROM responsibility_group WHERE " + (
    OVERLAP.format(a="active_from", b="active_to")
)
MEETINGS = """SELECT count(*) FROM meeting
WHERE status = 'holdt' AND starts_at >= :s0 AND starts_at < :e1"""
HOURS = """SELECT service_type, count(DISTINCT service_user_id), sum(hours_per_week)
FROM service_decision WHERE valid_from <= :end AND (valid_to IS NULL OR valid_to >= :end)
GROUP BY service_type"""
JOURNAL = "occurred_at >= :s0 AND occurred_at < :e1 AND addendum_to_id IS NULL"
KINDS = f"SELECT kind, count(*) FROM journal_entry WHERE {JOURNAL} GROUP BY kind"
CONTACT_USERS = f"SELECT count(DISTINCT service_user_id) FROM journal_entry WHERE {JOURNAL}"
LOW = """SELECT count(*), count(DISTINCT service_user_id) FROM low_threshold_contact
WHERE occurred_on BETWEEN :start AND :end"""
REQUESTS = """SELECT coalesce(sum(received_on BETWEEN :start AND :end), 0),
  coalesce(sum(decided_on BETWEEN :start AND :end), 0) FROM service_request
WHERE received_on BETWEEN :start AND :end OR decided_on BETWEEN :start AND :end"""
STARTED = """SELECT julianday(started_on) - julianday(received_on), EXISTS (
  SELECT 1 FROM service_decision d WHERE d.service_user_id = r.service_user_id
  AND d.service_type = 'rask_psykisk_helsehjelp' AND d.valid_from <= r.started_on
  AND (d.valid_to IS NULL OR d.valid_to >= r.started_on))
FROM service_request r WHERE started_on BETWEEN :start AND :end"""


def _params() -> dict[str, str]:
    """Dates as SQLAlchemy stores them: 'YYYY-MM-DD', times with microseconds."""
    after = END + dt.timedelta(days=1)
    return {"start": START.isoformat(), "end": END.isoformat(), "first": START.isoformat(),
            "last": END.isoformat(), "before": (START - dt.timedelta(days=1)).isoformat(),
            "s0": f"{START} 00:00:00.000000", "e1": f"{after} 00:00:00.000000"}  # fmt: skip


def _one(conn, sql: str, params: dict) -> tuple:  # noqa: ANN001
    return conn.execute(sql, params).fetchone()


def raw_rows(conn) -> list[tuple]:  # noqa: ANN001
    """The same figures as the app's aggregate report (no suppression), in the same order."""
    p = _params()
    total, at_end, new, rapid = _one(conn, USERS_SQL, p)
    rows = [(mf.USERS, mf.ALL, m, v) for m, v in (("Med vedtak i perioden", total),
            ("Med tjenester ved periodens slutt", at_end), ("Avsluttet i perioden", total - at_end),
            ("Nye i perioden", new), ("Med rask psykisk helsehjelp", rapid))]  # fmt: skip
    for year, first, last in mf.Period(START, END).years():
        q = {**p, "first": first.isoformat(), "last": last.isoformat()}
        found = dict(conn.execute(BY_TYPE, q).fetchall())
        rows += [(mf.BY_TYPE_AND_YEAR, str(year), t.label, found.get(t.value, 0))
                 for t in ServiceType]  # fmt: skip
        rows.append((mf.BY_TYPE_AND_YEAR, str(year), mf.ALL_TYPES, _one(conn, ANY_TYPE, q)[0]))
    rows += _age_rows(conn, p)
    rows += [(mf.FOLLOW_UP, mf.ALL, name, _one(conn, sql, p)[0]) for name, sql in (
        ("Med individuell plan", PLANS), ("Med koordinator", COORDINATORS),
        ("Med ansvarsgruppe", GROUPS), ("Ansvarsgruppemøter holdt", MEETINGS))]  # fmt: skip
    return rows + _hour_rows(conn, p, at_end) + _contact_rows(conn, p) + _request_rows(conn, p)


def _age_rows(conn, p: dict) -> list[tuple]:  # noqa: ANN001
    cuts = mf.age_band_cutoffs(END)
    whens = " ".join(f"WHEN u.birth_date <= '{d}' THEN '{label}'" for label, d in cuts if d)
    sql = (
        f"SELECT CASE WHEN u.birth_date IS NULL THEN '{mf.UNKNOWN_AGE}' {whens} "
        f"ELSE '{cuts[-1][0]}' END AS band, u.category, count(*) FROM service_user u "
        f"JOIN ({PERIOD_USERS}) x ON x.service_user_id = u.id GROUP BY band, u.category"
    )
    found = {(b, c): n for b, c, n in conn.execute(sql, p).fetchall()}
    bands = [label for label, _ in mf.AGE_BANDS] + [mf.UNKNOWN_AGE]
    t, rows = mf.BY_AGE_AND_CATEGORY, []
    for band in bands:
        cells = [found.get((band, c.value), 0) for c in Category]
        rows += [(t, band, c.label, n) for c, n in zip(Category, cells, strict=True)]
        rows.append((t, band, mf.TOTAL, sum(cells)))
    for label in [c.label for c in Category] + [mf.TOTAL]:
        rows.append((t, mf.ALL_AGES, label, sum(r[3] for r in rows if r[2] == label)))
    return rows


def _hour_rows(conn, p: dict, at_end: int) -> list[tuple]:  # noqa: ANN001
    found = {t: (n, h) for t, n, h in conn.execute(HOURS, p).fetchall()}
    rows = []
    for kind in ServiceType:
        users, hours = found.get(kind.value, (0, 0.0))
        rows += [(mf.HOURS, kind.label, "Tjenestemottakere", users),
                 (mf.HOURS, kind.label, "Timer per uke", f"{hours:.2f}")]  # fmt: skip
    total = sum(h for _, h in found.values())
    return rows + [(mf.HOURS, mf.ALL_TYPES, "Tjenestemottakere", at_end),
                   (mf.HOURS, mf.ALL_TYPES, "Timer per uke", f"{total:.2f}")]  # fmt: skip


def _contact_rows(conn, p: dict) -> list[tuple]:  # noqa: ANN001
    found = dict(conn.execute(KINDS, p).fetchall())
    rows = [(mf.CONTACTS, k.label, "Kontakter", found.get(k.value, 0)) for k in JournalKind]
    rows.append((mf.CONTACTS, mf.ALL, "Kontakter", sum(found.values())))
    rows.append((mf.CONTACTS, mf.ALL, "Tjenestemottakere med kontakt",
                 _one(conn, CONTACT_USERS, p)[0]))  # fmt: skip
    contacts, people = _one(conn, LOW, p)
    return rows + [(mf.LOW_THRESHOLD, mf.ALL, "Kontakter", contacts),
                   (mf.LOW_THRESHOLD, mf.ALL, "Registrerte personer", people)]  # fmt: skip


def _request_rows(conn, p: dict) -> list[tuple]:  # noqa: ANN001
    received, decided = _one(conn, REQUESTS, p)
    started = conn.execute(STARTED, p).fetchall()
    rows = [(mf.REQUESTS, mf.ALL, "Mottatt i perioden", received),
            (mf.REQUESTS, mf.ALL, "Avgjort i perioden", decided)]  # fmt: skip
    for group, keep in ((mf.ALL, (0, 1)), (mf.RAPID_HELP_GROUP, (1,)), (mf.OTHER_SERVICES, (0,))):
        days = [int(d) for d, rapid in started if rapid in keep]
        median_days = f"{statistics.median(days):.1f}" if days else ""
        mean_days = f"{sum(days) / len(days):.1f}" if days else ""
        rows += [(mf.REQUESTS, group, "Startet i perioden", len(days)),
                 (mf.REQUESTS, group, "Ventetid i dager, median", median_days),
                 (mf.REQUESTS, group, "Ventetid i dager, gjennomsnitt", mean_days)]  # fmt: skip
    return rows


def raw_export(conn, out: Path) -> None:  # noqa: ANN001
    """The floor: raw SQL, then the csv module in the Excel (norsk) form."""
    start, end = f"{START:%d.%m.%Y}", f"{END:%d.%m.%Y}"
    with open(out, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(mf.AGGREGATE_HEADER)
        for table, group, measure, value in raw_rows(conn):
            writer.writerow((start, end, table, group, measure, str(value).replace(".", ",")))


def timed(function, *args, **kwargs) -> float:  # noqa: ANN001
    began = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - began


def build(root: Path, users: int, journal: int) -> tuple[AppPaths, Database]:
    """The seeded record (export_data.py), open; the journal search benchmark uses it too."""
    paths, db = new_vault(root, "export")
    try:
        began = time.perf_counter()
        counts = export_data.populate(db, users, journal)
    except BaseException:
        db.close()
        raise
    seconds = time.perf_counter() - began
    print(f"export record ready in {seconds:.0f} s: {counts}", file=sys.stderr)
    return paths, db


def measure(db: Database, root: Path, users: int, journal: int) -> list[Result]:
    conn = connect_raw(db.db_path, raw_key(db.db_path))
    try:
        return _measure(db, conn, root, users, journal)
    finally:
        conn.close()


def run(root: Path, users: int, journal: int) -> list[Result]:
    _paths, db = build(root, users, journal)
    try:
        return measure(db, root, users, journal)
    finally:
        db.close()


def _app(db, out: Path, report: mf.ReportKind = mf.ReportKind.AGGREGATE, threshold: int = 5):  # noqa: ANN001
    return export_report(db, report, START, END, CsvProfile.EXCEL_NO, out, threshold=threshold)


def _measure(db, conn, root: Path, users: int, journal: int) -> list[Result]:  # noqa: ANN001
    app_file, raw_file = root / "app.csv", root / "raw.csv"
    _app(db, app_file, threshold=1)
    raw_export(conn, raw_file)
    assert app_file.read_bytes() == raw_file.read_bytes(), "the floor must write the same rows"
    app_s, raw_s = [], []
    for _ in range(ROUNDS):  # interleaved, so a busy moment hits both
        app_s.append(timed(_app, db, app_file))
        raw_s.append(timed(raw_export, conn, raw_file))
    persons_s = [timed(_app, db, root / "p.csv", mf.ReportKind.PERSONS) for _ in range(3)]
    app, raw = median(app_s), median(raw_s)
    note = f"{users} users, {journal} journal entries, year 2025, median of {ROUNDS}"
    return [
        Result("e. aggregate CSV export (raw floor: same SQL + csv module)", app, "s", raw,
               "<= 3x raw", ok=app <= 3 * raw, note=note),
        Result("e. per-person CSV export (pseudonymised)", median(persons_s), "s",
               note="no floor; median of 3"),
    ]  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50_000)
    parser.add_argument("--journal", type=int, default=500_000)
    args = parser.parse_args(argv)
    from run import cells, text_table  # run.py imports this module

    root = temp_root()
    try:
        print(text_table([cells(r) for r in run(root, args.users, args.journal)]))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""A crash harness: a child writes to a real record and is killed (SIGKILL) at a random moment.

The child signs journal entries, saves plan revisions and imports a spreadsheet, and after
each commit it appends a line to its report file ("this is committed"). The parent then opens
the record and checks: `PRAGMA integrity_check` is ok, every reported write is there, and every
import is all or nothing. Used by tests/e2e/test_crash_kills.py (50 kills) and
bench/crash_bench.py (500).

Children are forked from one "zygote" process that has already imported the program, so a kill
run costs the time until the kill, not a Python start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "krasj passord som er langt nok"
IMPORT_SURNAME = "Krasjimport"


# -- the child --------------------------------------------------------------------------------


def write_loop(data_dir: str, report_path: str, seed: int, import_rows: int) -> None:
    """Write until killed; one report line after each commit."""
    from psykhelse_desktop.domain.journal import JournalForm
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.services.daily import journal
    from psykhelse_desktop.services.plans import plans
    from psykhelse_desktop.services.records.importer import import_users
    from psykhelse_desktop.services.records.service_users import search_ids
    from psykhelse_desktop.services.trust.vault import unlock_vault

    rng = random.Random(seed)
    report = os.open(report_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    db = unlock_vault(AppPaths(Path(data_dir)), PASSPHRASE, check_wait=None)
    users = search_ids(db, "krasjbruker")
    sheet = Path(tempfile.mkdtemp(prefix="krasj-ark-")) / "liste.csv"
    for step in range(10**9):
        user = rng.choice(users)
        what = rng.choice(("sign", "plan", "import"))
        if what == "sign":
            text = f"Samtale {seed}-{step}: søvn og angst, Øvrebø"
            entry = journal.create_draft(
                db, user, JournalForm(dt.datetime(2026, 11, 23, 9), text=text)
            )
            journal.sign(db, entry, version=1)  # a new draft is at version 1
            os.write(report, f"SIGNED\t{entry}\t{text}\n".encode())
        elif what == "plan":
            view = plans.open_plan(db, user)
            plan = dataclasses.replace(view.plan, resources=f"Ressurser {seed}-{step}")
            saved, _changes = plans.save_plan(db, user, plan, version=view.revision.number)
            os.write(report, f"PLAN\t{user}\t{saved.revision.number}\t{plan.resources}\n".encode())
        else:
            marker = f"{IMPORT_SURNAME}{seed}x{step}"
            write_sheet(sheet, marker, import_rows)
            os.write(report, f"IMPORT-START\t{marker}\t{import_rows}\n".encode())
            import_users(db, sheet)
            os.write(report, f"IMPORT-DONE\t{marker}\t{import_rows}\n".encode())


def write_sheet(path: Path, surname: str, rows: int) -> None:
    lines = ["fornavn;etternavn;fødselsdato;telefon;adresse;postnummer;poststed"]
    lines += [
        f"Åse{n};{surname};01.02.1980;912 34 567;Fjellveien {n};9990;Testvik" for n in range(rows)
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def open_record(data_dir: str, phase_log: str = "") -> None:
    """Unlock once (an old record is backed up and upgraded on the way), then stop.

    With `phase_log`, the upgrade's log lines go there with their times.
    """
    import logging

    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.services.trust.vault import unlock_vault

    if phase_log:
        handler = logging.FileHandler(phase_log)
        handler.setFormatter(logging.Formatter("%(created).6f %(message)s"))
        migrate_log = logging.getLogger("psykhelse_desktop.storage.migrate")
        migrate_log.addHandler(handler)
        migrate_log.setLevel(logging.INFO)
    unlock_vault(AppPaths(Path(data_dir)), PASSPHRASE, check_wait=None).close()


NEW_PASSPHRASE = "lykt kobber åker svane"


def rekey_record(data_dir: str, phase_log: str = "") -> None:
    """Change the passphrase once; with `phase_log`, when it began and ended."""
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.services.trust.passphrase_change import change_passphrase
    from psykhelse_desktop.storage.keys import TEST_KDF

    began = time.time()
    change_passphrase(AppPaths(Path(data_dir)), PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE,
                      kdf=TEST_KDF)  # fmt: skip
    if phase_log:
        Path(phase_log).write_text(f"{began}\n{time.time()}\n")


def serve() -> None:
    """The zygote: reads "RUN task args…" and "WAIT pid" lines, forks the runs."""
    import alembic.command  # noqa: F401 (loaded once, for every run)
    import zxcvbn  # noqa: F401
    from sqlalchemy.orm import configure_mappers

    import psykhelse_desktop.services.daily.journal  # noqa: F401
    import psykhelse_desktop.services.plans.plans  # noqa: F401
    import psykhelse_desktop.services.records.importer  # noqa: F401
    import psykhelse_desktop.services.trust.passphrase_change  # noqa: F401
    import psykhelse_desktop.services.trust.vault  # noqa: F401

    configure_mappers()

    tasks = {"write": _write, "open": open_record, "rekey": rekey_record}
    for line in sys.stdin:
        command, *args = line.rstrip("\n").split("\t")
        if command == "RUN":
            pid = os.fork()
            if pid == 0:
                _child(tasks[args[0]], args[1:])
            print(f"PID\t{pid}", flush=True)
        elif command == "WAIT":
            os.waitpid(int(args[0]), 0)
            print("DONE", flush=True)


def _write(data_dir: str, report: str, seed: str, rows: str) -> None:
    write_loop(data_dir, report, int(seed), int(rows))


def _child(task, args: list[str]) -> None:  # noqa: ANN001
    try:
        task(*args)
    finally:
        os._exit(0)


# -- the parent -------------------------------------------------------------------------------


class Zygote:
    def __init__(self) -> None:
        code = "from tests.crash_harness import serve; serve()"
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1,
        )  # fmt: skip

    def run(self, task: str, *args: object) -> int:
        """Fork a child that runs `task` ("write" or "open"); its process id."""
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write("\t".join(["RUN", task, *map(str, args)]) + "\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline().split("\t")[1])

    def finish(self, pid: int) -> None:
        """Wait for a child that was not killed."""
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(f"WAIT\t{pid}\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "DONE"

    def kill(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)
        self.finish(pid)

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


@dataclass
class Tally:
    runs: int = 0
    corrupt: int = 0
    lost: int = 0
    partial_imports: int = 0
    reported: int = 0
    imports_cut: int = 0  # imports killed half-way (started, never reported done)
    kills_while_writing: int = 0  # kills after the child had committed something
    problems: list[str] = field(default_factory=list)


def make_record(data_dir: Path, users: int = 6) -> None:
    from psykhelse_desktop.domain.records import NurseProfile, ServiceUserForm
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.services.plans import plans
    from psykhelse_desktop.services.records import service_users
    from psykhelse_desktop.services.trust.vault import create_vault
    from psykhelse_desktop.storage.keys import TEST_KDF

    profile = NurseProfile("Krasj Sykepleier", "Psykiatrisk sykepleier", "Testvik kommune")
    db = create_vault(AppPaths(data_dir), PASSPHRASE, profile, demo=True, kdf=TEST_KDF)
    for n in range(users):
        form = ServiceUserForm("Åse", f"Krasjbruker{n}", birth_date=dt.date(1980, 1, 1))
        plans.create_plan(db, service_users.create(db, form))
    db.close()


def kill_runs(folder: Path, runs: int, *, seed: int = 2026, max_delay: float = 0.4,
              import_rows: int = 300) -> Tally:  # fmt: skip
    """`runs` children, each killed after a random delay; checked after every kill."""
    data_dir = folder / "data"
    make_record(data_dir)
    rng, tally, zygote = random.Random(seed), Tally(), Zygote()
    expected: list[str] = []
    try:
        for run in range(runs):
            report = folder / f"rapport-{run}.txt"
            pid = zygote.run("write", data_dir, report, seed * 1000 + run, import_rows)
            time.sleep(rng.uniform(0, max_delay))
            zygote.kill(pid)
            written = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
            tally.kills_while_writing += bool(written)
            expected += written
            check(data_dir, expected, tally)
            tally.runs += 1
    finally:
        zygote.close()
    return tally


def check(data_dir: Path, reported: list[str], tally: Tally) -> None:
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.services.trust.vault import unlock_vault
    from psykhelse_desktop.storage.engine import check_database, connect_raw

    db = unlock_vault(AppPaths(data_dir), PASSPHRASE, check_wait=None)
    conn = connect_raw(db.db_path, db.key, read_only=True)
    try:
        problems = check_database(conn, "integrity_check")
        if problems:
            tally.corrupt += 1
            tally.problems += problems
        _check_reported(conn, reported, tally)
    finally:
        conn.close()
        db.close()


def _check_reported(conn, reported: list[str], tally: Tally) -> None:  # noqa: ANN001
    tally.reported = len(reported)
    lost = partial = cut = 0
    done = {line.split("\t")[1] for line in reported if line.startswith("IMPORT-DONE")}
    for line in reported:
        kind, *values = line.split("\t")
        if kind == "SIGNED":
            row = conn.execute(
                "SELECT text, signed_at IS NOT NULL FROM journal_entry WHERE id = ?", (values[0],)
            ).fetchone()
            lost += row != (values[1], 1)
        elif kind == "PLAN":
            lost += not _revision_holds(conn, int(values[0]), int(values[1]), values[2])
        elif kind == "IMPORT-START":
            count = conn.execute(
                "SELECT count(*) FROM service_user WHERE last_name = ?", (values[0],)
            ).fetchone()[0]
            partial += count not in (0, int(values[1]))
            lost += values[0] in done and count != int(values[1])
            cut += values[0] not in done
    tally.lost, tally.partial_imports, tally.imports_cut = lost, partial, cut


def _revision_holds(conn, user: int, number: int, resources: str) -> bool:  # noqa: ANN001
    row = conn.execute(
        "SELECT json_extract(r.content, '$.resources') FROM plan_revision r "
        "JOIN individual_plan p ON p.id = r.plan_id WHERE p.service_user_id = ? AND r.number = ?",
        (user, number),
    ).fetchone()
    return row is not None and row[0] == resources


# -- an old record, for the upgrade ---------------------------------------------------------

OLD_USER = (
    "INSERT INTO service_user (first_name, last_name, birth_date, address, postal_code, "
    "postal_place, phone, phone_alt, email, category, is_lar, is_tud, has_minor_children, "
    "reach_notes, closed_reason, is_closed, search_key, sort_key, created_at, updated_at) "
    "VALUES ('Åse', 'Øvrebø', '1980-01-01', '', '', '', '', '', '', 'psykisk_helse', 0, 0, 0, "
    "'', '', 0, ' åse øvrebø ', 'øvrebø åse', '2025-01-01 08:00:00', '2025-01-01 08:00:00')"
)


def old_record(paths, passphrase: str = PASSPHRASE):  # noqa: ANN001, ANN201
    """A record at schema revision 0001 (key files, a profile, one service user): (key, params)."""
    from alembic import command
    from sqlalchemy import text

    from psykhelse_desktop.storage.engine import create_encrypted_engine
    from psykhelse_desktop.storage.keys import TEST_KDF, KdfParams, derive_key, write_sidecar
    from psykhelse_desktop.storage.migrate import alembic_config

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    params = KdfParams.new(**TEST_KDF)
    key = derive_key(passphrase, params)
    params = params.checked_by(key)
    write_sidecar(paths.database, params)
    engine = create_encrypted_engine(paths.database, key)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        conn.execute(text(OLD_USER))
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('nurse_name', 'Kari'), "
                          "('demo', '1')"))  # fmt: skip
    engine.dispose()
    return key, params

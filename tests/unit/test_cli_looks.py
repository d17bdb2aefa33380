"""Every command, walked: what shows one person leaves rows for that person (at least one of them
a reading), a listing leaves one row that names nobody, the rest leaves no trace of anyone.

A new command must say here which it is, or this test fails.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.group_helpers import hold_meeting, make_group
from tests.helpers import PASSPHRASE, tiny_png

from psykhelse_desktop.cli import build_parser, main
from psykhelse_desktop.domain.access import LISTING_ACTION
from psykhelse_desktop.domain.daily_vocabulary import ServiceType
from psykhelse_desktop.domain.decisions import DecisionForm
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.domain.vocabulary import READ_ACTIONS
from psykhelse_desktop.services.daily import decisions
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage import models as m

# On a server the commands are run by tests/unit/test_cli_server.py.
pytestmark = pytest.mark.sqlite_only(
    reason="every command on the data folder's file, backup and restore among them"
)

NOTHING, LISTING, PERSON, NEW_PERSON, EXPORT = "nothing", "listing", "person", "new", "export"
CHANGE = "change"  # a change of one person's record, with no reading
# What each command leaves in the audit log of the record it is pointed at.
EXPECTED = {
    "self-test": NOTHING,  # its own temporary record
    "demo": NOTHING,  # a new record elsewhere
    "users": LISTING,
    "import-users": NEW_PERSON,
    "print-plan": PERSON,
    "meetings": LISTING,  # with --user: PERSON (below)
    "print-meeting": PERSON,
    "lock-minutes": CHANGE,
    "correct-minutes": CHANGE,
    "set-profile": NOTHING,  # the nurse's own profile
    "export-ics": PERSON,
    "set-logo": NOTHING,
    "export-csv": EXPORT,  # one row per person in a per-person file
    "ledger": LISTING,
    "backup": NOTHING,
    "verify-backup": NOTHING,
    "restore": NOTHING,  # here: into an empty folder (a new laptop)
    "print-access-log": PERSON,
    "print-record": PERSON,
    "verify-log": NOTHING,  # reads the chain's rows, nobody's record
    "change-passphrase": NOTHING,  # walked on its own (it needs the file to itself)
    "init-server": NOTHING,  # a new record on a server (tests/unit/test_cli_server.py)
}
ON_ITS_OWN = {"change-passphrase"}
SERVER_ONLY = {"init-server"}  # refused without --database-url


@pytest.fixture
def record(db, paths, tmp_path, monkeypatch):
    """Åse with a plan, a group and a held meeting; Ola with a decision."""
    monkeypatch.setenv("PSYKHELSE_PASSPHRASE", PASSPHRASE)
    group = make_group(db)
    hold_meeting(db, group)
    plans.create_plan(db, group.user_id)
    ola = service_users.create(db, ServiceUserForm("Ola", "Øvrebø", birth_date=dt.date(1980, 1, 2)))
    form = DecisionForm(ServiceType.HOME_BASED, 2, dt.date(2026, 1, 5), dt.date(2026, 1, 5))
    decisions.create_decision(db, ola, form)
    (tmp_path / "logo.png").write_bytes(tiny_png())
    (tmp_path / "nye.csv").write_text("fornavn;etternavn;fødselsdato\nNy;Persen;01.02.1990\n")
    (tmp_path / "pinne").mkdir()
    return {"dir": str(paths.data_dir), "ase": group.user_id, "ola": ola, "group": group}


def _runs(r: dict, tmp_path) -> list[tuple[str, list[str], int | None]]:
    """(command, its arguments, the person it is about) in an order where each can run."""
    d, ase, out = r["dir"], str(r["ase"]), tmp_path
    return [
        ("self-test", [], None),
        ("demo", ["--data-dir", str(out / "demo"), "--users", "2"], None),
        ("users", ["--data-dir", d], None),
        ("import-users", ["--data-dir", d, str(out / "nye.csv")], None),
        ("print-plan", ["--data-dir", d, "--user", ase, "--out", str(out / "p.pdf")], r["ase"]),
        ("meetings", ["--data-dir", d], None),
        ("print-meeting", ["--data-dir", d, "--meeting", str(r["group"].meeting_id),
                           "--kind", "minutes", "--out", str(out / "m.pdf")], r["ase"]),
        ("lock-minutes", ["--data-dir", d, "--meeting", str(r["group"].meeting_id)], r["ase"]),
        ("correct-minutes", ["--data-dir", d, "--meeting", str(r["group"].meeting_id),
                             "--reason", "Feil dato."], r["ase"]),
        ("set-profile", ["--data-dir", d, "--phone", "915 55 555"], None),
        ("export-ics", ["--data-dir", d, "--group", str(r["group"].group_id),
                        "--out", str(out / "k.ics")], r["ase"]),
        ("set-logo", ["--data-dir", d, str(out / "logo.png")], None),
        ("export-csv", ["--data-dir", d, "--report", "persons", "--from", "01.01.2026",
                        "--to", "31.12.2026", "--out", str(out / "p.csv")], None),
        ("ledger", ["--data-dir", d], None),
        ("backup", ["--data-dir", d, "--to", str(out / "pinne")], None),
        ("verify-backup", ["BACKUP"], None),
        ("restore", ["--data-dir", str(out / "ny"), "--from", "BACKUP", "--yes"], None),
        ("print-access-log", ["--data-dir", d, "--user", ase, "--out", str(out / "l.pdf")],
         r["ase"]),
        ("print-record", ["--data-dir", d, "--user", ase, "--out", str(out / "i.pdf")], r["ase"]),
        ("verify-log", ["--data-dir", d], None),
    ]  # fmt: skip


def test_every_command_is_walked():
    _parser, handlers = build_parser()
    unknown = set(handlers) - set(EXPECTED)
    assert not unknown, f"Say in EXPECTED what these commands leave in the audit log: {unknown}"


def test_every_command_leaves_the_rows_it_should(db, record, tmp_path, capsys):
    seen = len(_rows(db))
    for command, args, person in _runs(record, tmp_path):
        args = [str(_backup(tmp_path)) if a == "BACKUP" else a for a in args]
        assert main([command, *args]) == 0, capsys.readouterr().err
        rows = _rows(db)
        new, seen = rows[seen:], len(rows)
        _check(command, EXPECTED[command], new, person, record)
    assert {c for c, _, _ in _runs(record, tmp_path)} == set(EXPECTED) - ON_ITS_OWN - SERVER_ONLY


def test_change_passphrase_reads_nobody(db, record, monkeypatch, capsys):
    from psykhelse_desktop.services.trust.vault import unlock_again

    seen = len(_rows(db))
    db.engine.dispose()  # the rekey needs the file to itself
    monkeypatch.setenv("PSYKHELSE_NEW_PASSPHRASE", "lykt kobber åker svane")
    assert main(["change-passphrase", "--data-dir", record["dir"]]) == 0, capsys.readouterr().err
    unlock_again(db, "lykt kobber åker svane")
    assert len(_rows(db)) == seen


def test_one_persons_meetings_are_an_opening_of_that_person(db, record, capsys):
    seen = len(_rows(db))
    assert main(["meetings", "--data-dir", record["dir"], "--user", str(record["ase"])]) == 0
    assert _rows(db)[seen:] == [("open", record["ase"], "Kommandoen meetings (møtelisten)")]


def test_users_names_the_search_and_how_many(db, record, capsys):
    seen = len(_rows(db))
    assert main(["users", "--data-dir", record["dir"], "--search", "øvre"]) == 0
    assert _rows(db)[seen:] == [
        (LISTING_ACTION, None, "Kommandoen users (aktive, søk «øvre»): 2 vist")
    ]


def _check(command: str, kind: str, new: list, person: int | None, record: dict) -> None:
    people = {user_id for _, user_id, _ in new if user_id is not None}
    listings = [row for row in new if row[0] == LISTING_ACTION]
    if kind == NOTHING:
        assert not people and not listings, (command, new)
    elif kind == LISTING:
        assert len(listings) == 1 and not people, (command, new)
    elif kind == PERSON:
        assert people == {person}, (command, new)
        assert any(action in READ_ACTIONS for action, _, _ in new), (command, new)
    elif kind == CHANGE:
        assert people == {person} and not listings, (command, new)
    elif kind == NEW_PERSON:
        assert len(people) == 1 and people.isdisjoint({record["ase"], record["ola"]}), new
    elif kind == EXPORT:
        assert record["ola"] in people and all(a.startswith("export") for a, _, _ in new), new


def _backup(tmp_path):
    found = list((tmp_path / "pinne").glob("*.psykhelse"))
    return found[0] if found else ""


def _rows(db) -> list[tuple[str, int | None, str]]:
    with db.transaction() as session:
        rows = session.query(m.AuditEvent).order_by(m.AuditEvent.id)
        return [(r.action, r.service_user_id, r.details) for r in rows]

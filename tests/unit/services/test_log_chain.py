"""The audit log and the ledger are hash-chained: every insert path chains, and an edit made
behind the program's back (triggers dropped with the key) is named by its row."""

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError
from tests.crash_harness import old_record
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.log_chain import (
    break_message,
    verify_chain,
    verify_server_chain,
)
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage import chain
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.migrate import ensure_schema


def _people(db, count: int = 3) -> list[int]:
    return [
        service_users.create(db, ServiceUserForm("Áile", f"Čđŋ{n}", birth_date=dt.date(1980, 1, 1)))
        for n in range(count)
    ]


def _on_server(db) -> bool:
    return db.engine.dialect.name != "sqlite"


def _verify(db):
    return verify_server_chain(db.engine) if _on_server(db) else verify_chain(db.db_path, db.key)


def _tamper(db, statement: str) -> None:
    """What someone with the key (or the server's owner) could do: drop the triggers, change
    a row."""
    if _on_server(db):
        with db.engine.begin() as conn:
            for table in chain.CHAINED_COLUMNS:
                conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
            conn.exec_driver_sql(statement)
        return
    conn = connect_raw(db.db_path, db.key)
    try:
        for trigger in chain.TRIGGER_NAMES:
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_every_insert_path_is_chained(db):
    ids = _people(db)
    with db.transaction() as session:
        db.audit_many(session, "search", ids, "søk")  # the driver's executemany
        db.audit(session, "read", ids[0])  # the ORM
    report = _verify(db)
    assert report.whole
    assert report.checked["audit_event"] >= len(ids) * 2 + 1
    with db.engine.connect() as conn:
        hashes = [r[0] for r in conn.exec_driver_sql("SELECT hash FROM audit_event")]
    assert None not in hashes and len(set(hashes)) == len(hashes)


def test_an_edited_old_row_is_named(db):
    _people(db, 5)
    with db.engine.connect() as conn:
        second = conn.exec_driver_sql("SELECT id FROM audit_event ORDER BY id LIMIT 1 OFFSET 1")
        row_id = second.scalar()
    _tamper(db, f"UPDATE audit_event SET operator = 'Noen andre' WHERE id = {row_id}")

    report = _verify(db)

    assert report.broken == chain.Break("audit_event", row_id, "innholdet passer ikke med kjeden")
    assert f"Rad {row_id} i tilgangsloggen" in break_message(report.broken)


def test_a_removed_row_breaks_the_chain_at_the_next(db):
    _people(db, 4)
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM audit_event ORDER BY id")]
    _tamper(db, f"DELETE FROM audit_event WHERE id = {ids[1]}")
    assert _verify(db).broken.row_id == ids[2]


def test_a_row_written_on_a_whole_second_and_with_nulls_fits(db):
    """The server writes the time with all six decimals, as SQLite's text has it."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_event (at, operator, service_user_id, action, details)"
            " VALUES ('2026-11-23 10:00:00', 'Åse Ødegård', NULL, 'open', '«x» – 10:30\nny linje')"
        )
        conn.exec_driver_sql(
            "INSERT INTO ledger_entry (at, operator, kind, what, recipient, file_name,"
            " row_count, byte_count, sha256)"
            " VALUES ('2026-11-23 10:00:00.5', 'S', 'csv', 'Tall', '', 'a.csv', NULL, 1, 'x')"
        )
    report = _verify(db)
    assert report.whole and report.checked == {"audit_event": 1, "ledger_entry": 1}


@pytest.mark.sqlite_only(reason="unlocking the encrypted file checks the chain's tail")
def test_unlock_warns_when_the_newest_rows_do_not_fit(db, paths):
    _people(db, 3)
    db.close()
    assert unlock_vault(paths, PASSPHRASE).chain_warning == ""
    with db.engine.connect() as conn:
        newest = conn.exec_driver_sql("SELECT max(id) FROM audit_event").scalar()
    db.engine.dispose()
    _tamper(db, f"UPDATE audit_event SET details = 'x' WHERE id = {newest}")
    reopened = unlock_vault(paths, PASSPHRASE)
    assert f"Rad {newest} i tilgangsloggen" in reopened.chain_warning
    reopened.close()


def test_the_chain_still_refuses_changes(db):
    _people(db, 1)
    for statement in ("UPDATE audit_event SET hash = 'x'", "UPDATE audit_event SET action = 'x'",
                      "DELETE FROM audit_event"):  # fmt: skip
        with db.engine.begin() as conn, pytest.raises(IntegrityError, match="append-only"):
            conn.exec_driver_sql(statement)


def test_the_migration_chains_rows_already_there(paths):
    key, params = old_record(paths, PASSPHRASE)
    conn = connect_raw(paths.database, key)
    conn.executemany(
        "INSERT INTO audit_event (at, operator, service_user_id, action, details) "
        "VALUES ('2026-01-0' || ?, 'Kari', 1, 'read', '')",
        [(n,) for n in range(1, 8)],
    )
    conn.commit()
    conn.close()
    ensure_schema(paths.database, key, params, paths.backups)
    report = verify_chain(paths.database, key)
    assert report.whole and report.checked["audit_event"] == 7


def test_two_writers_at_once_keep_one_chain(db):
    """Two nurses (threads with their own connections) writing log rows at the same time:
    on the server the chain trigger's table lock makes them take turns."""
    import threading

    def write(who: int) -> None:
        for n in range(25):
            with db.transaction() as session:
                db.audit(session, "read", None, f"skriver {who}, rad {n}")

    writers = [threading.Thread(target=write, args=(who,)) for who in (1, 2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    report = _verify(db)
    assert report.whole and report.checked["audit_event"] == 50

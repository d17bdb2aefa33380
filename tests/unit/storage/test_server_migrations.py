"""Alembic on PostgreSQL: from an older schema with rows in it, the chain migration (0007)
chains them as the server's trigger would; every migration goes down and up again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from psykhelse_desktop.services.trust.log_chain import verify_server_chain
from psykhelse_desktop.storage.engine import create_server_engine
from psykhelse_desktop.storage.migrate import SCHEMA_HEAD, alembic_config, current_revision

ROWS = (
    "INSERT INTO audit_event (at, operator, service_user_id, action, details) VALUES"
    " ('2026-11-23 10:00:00', 'Åse Ødegård', NULL, 'open', ''),"
    " ('2026-11-23 10:00:00.25', 'Åse Ødegård', 7, 'read', 'linje 1\nlinje 2')",
    "INSERT INTO ledger_entry (at, operator, kind, what, recipient, file_name, row_count,"
    " byte_count, sha256) VALUES ('2026-11-23 11:00:00', 'S', 'csv', 'Tall', '', 'a.csv',"
    " NULL, 10, 'x')",
)


def _migrate(engine, how, target: str) -> None:
    with engine.begin() as conn:
        how(alembic_config(conn), target)


def test_rows_from_before_the_chain_are_chained_and_verify(server_url):
    engine = create_server_engine(server_url)
    try:
        _migrate(engine, command.upgrade, "0006")
        with engine.begin() as conn:
            for statement in ROWS:
                conn.execute(text(statement))
        _migrate(engine, command.upgrade, "head")
        report = verify_server_chain(engine)
        assert report.whole and report.checked == {"audit_event": 2, "ledger_entry": 1}
        with engine.begin() as conn:  # the server's trigger goes on from the migrated rows
            conn.execute(text(ROWS[0]))
        assert verify_server_chain(engine).checked["audit_event"] == 4
        assert verify_server_chain(engine).whole
    finally:
        engine.dispose()


def test_every_migration_goes_down_and_up_again(server_url):
    engine = create_server_engine(server_url)
    try:
        _migrate(engine, command.upgrade, "head")
        _migrate(engine, command.downgrade, "base")
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == ["alembic_version"]
        _migrate(engine, command.upgrade, "head")
        assert current_revision(engine) == SCHEMA_HEAD
    finally:
        engine.dispose()

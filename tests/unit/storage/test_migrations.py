"""Alembic migrations and the models agree; the audit log is append-only."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from tests.helpers import PASSPHRASE

from psykhelse_desktop.storage.backup import opened_backup, write_backup
from psykhelse_desktop.storage.daily_models import is_modelled
from psykhelse_desktop.storage.keys import derive_key, read_sidecar
from psykhelse_desktop.storage.migrate import current_revision, head_revision
from psykhelse_desktop.storage.models import Base


def test_new_database_is_at_head(db):
    assert current_revision(db.engine) == head_revision()


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": is_modelled}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_audit_log_refuses_update_and_delete(db):
    from psykhelse_desktop.domain.records import ServiceUserForm
    from psykhelse_desktop.services.records import service_users

    service_users.create(db, ServiceUserForm("Test", "Testesen", birth_date=_date()))
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with db.engine.begin() as conn, pytest.raises(IntegrityError, match="append-only"):
            conn.exec_driver_sql(statement)


def test_signed_journal_entries_and_the_ledger_refuse_change(db):
    from psykhelse_desktop.domain.records import ServiceUserForm
    from psykhelse_desktop.services.records import service_users

    user = service_users.create(db, ServiceUserForm("Test", "Testesen", birth_date=_date()))
    with db.engine.begin() as conn:
        for signed_at in ("NULL", "'2026-11-23 10:00:00'"):
            conn.exec_driver_sql(
                "INSERT INTO journal_entry (service_user_id, occurred_at, kind, duration_minutes,"
                " text, written_by, created_at, updated_at, signed_at, signed_by) VALUES"
                f" ({user}, '2026-11-23 09:00:00', 'samtale', 30, 'Tekst', 'Sykepleier',"
                f" '2026-11-23 10:00:00', '2026-11-23 10:00:00', {signed_at}, '')"
            )
        conn.exec_driver_sql(
            "INSERT INTO ledger_entry (at, operator, kind, what, recipient, file_name,"
            " byte_count, sha256)"
            " VALUES ('2026-11-23 10:00', 'S', 'csv', 'Tall', 'K', 'a.csv', 1, 'x')"
        )
    with db.engine.begin() as conn:  # a draft can still change
        conn.exec_driver_sql("UPDATE journal_entry SET text = 'Ny' WHERE signed_at IS NULL")
    refused = (
        ("UPDATE journal_entry SET text = 'x' WHERE signed_at IS NOT NULL", "cannot change"),
        ("DELETE FROM journal_entry WHERE signed_at IS NOT NULL", "cannot change"),
        ("UPDATE ledger_entry SET sha256 = 'y'", "append-only"),
        ("DELETE FROM ledger_entry", "append-only"),
    )
    for statement, message in refused:
        with db.engine.begin() as conn, pytest.raises(IntegrityError, match=message):
            conn.exec_driver_sql(statement)


@pytest.mark.sqlite_only(reason="the encrypted backup file")
def test_backup_is_encrypted_copy(db, paths, tmp_path):
    params = read_sidecar(paths.database)
    key = derive_key(PASSPHRASE, params)
    target = tmp_path / "kopi.psykhelse"
    write_backup(paths.database, key, params, target)
    with opened_backup(target, key) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    assert b"SQLite format 3" not in target.read_bytes()


def _date():
    import datetime as dt

    return dt.date(1980, 1, 1)


def test_schema_head_constant_is_alembics_head():
    from psykhelse_desktop.storage.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


@pytest.mark.sqlite_only(reason="unlocking the file by its passphrase in a child process")
def test_up_to_date_database_opens_without_alembic(db, paths):
    """Alembic costs memory and start time; it loads only when a migration must run."""
    import subprocess
    import sys

    db.close()
    code = (
        "import sys; from pathlib import Path; "
        "from psykhelse_desktop.paths import AppPaths; "
        "from psykhelse_desktop.services.trust.vault import unlock_vault; "
        f"unlock_vault(AppPaths(Path({str(paths.data_dir)!r})), {PASSPHRASE!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr

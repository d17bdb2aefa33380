"""The quick check at unlock: reading goes on while it runs, writes wait for it, and after a
failed check nothing at all is written to the damaged file."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.record_safety import RecordDamaged
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.integrity import CheckState, IntegrityGate
from psykhelse_desktop.services.trust.record import OpenRecord
from psykhelse_desktop.services.trust.vault import open_read_only
from psykhelse_desktop.storage.engine import create_encrypted_engine
from psykhelse_desktop.storage.models import AuditEvent

pytestmark = pytest.mark.sqlite_only(reason="PRAGMA quick_check of the encrypted file at unlock")


def audit_rows(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(AuditEvent)).scalar()


@pytest.fixture
def checking(db, paths):
    """The same record opened again with its check still running."""
    user = service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1980, 1, 1))
    )
    gate = IntegrityGate()
    record = OpenRecord(create_encrypted_engine(paths.database, db.key), paths.database,
                        db.profile, False, key=db.key, params=db.params, gate=gate)  # fmt: skip
    yield record, gate, user
    if gate.state is CheckState.PENDING:
        gate.settle([])
    record.close()


def test_reading_goes_on_and_its_audit_rows_wait_for_the_check(checking):
    record, gate, user = checking
    before = audit_rows(record)
    assert service_users.open_record(record, user).full_name == "Åse Øvrebø"
    assert audit_rows(record) == before
    gate.settle([])
    assert audit_rows(record) == before + 1


def test_a_write_waits_until_the_check_has_passed(checking):
    record, gate, _user = checking
    saved = threading.Event()

    def save() -> None:
        service_users.create(
            record, ServiceUserForm("Kari", "Åsen", birth_date=dt.date(1975, 6, 7))
        )
        saved.set()

    writer = threading.Thread(target=save)
    writer.start()
    assert not saved.wait(0.3)
    gate.settle([])
    writer.join()
    assert saved.is_set() and service_users.count(record) == 2


def test_after_a_failed_check_nothing_is_written(checking):
    record, gate, user = checking
    before = audit_rows(record)
    service_users.open_record(record, user)  # held
    gate.settle(["*** in database main *** Page 7: btreeInitPage() returns error code 11"])
    assert record.read_only and audit_rows(record) == before
    with pytest.raises(RecordDamaged, match="bare åpnet for lesing"):
        service_users.create(
            record, ServiceUserForm("Kari", "Åsen", birth_date=dt.date(1975, 6, 7))
        )
    assert service_users.open_record(record, user).full_name == "Åse Øvrebø"
    assert audit_rows(record) == before and service_users.count(record) == 1


def test_a_record_opened_for_reading_only_never_writes(db, paths):
    service_users.create(db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1980, 1, 1)))
    db.close()
    before = paths.database.read_bytes()
    record = open_read_only(paths, PASSPHRASE)
    (user,) = service_users.search_ids(record, "øvrebø")
    assert service_users.open_record(record, user).full_name == "Åse Øvrebø"
    with pytest.raises(RecordDamaged):
        service_users.create(
            record, ServiceUserForm("Kari", "Åsen", birth_date=dt.date(1975, 6, 7))
        )
    record.close()
    assert paths.database.read_bytes() == before

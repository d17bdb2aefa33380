"""Service users: search as the nurse types, create, edit, close; every step in the audit log."""

import datetime as dt

import pytest
from sqlalchemy import event, select
from tests.helpers import PASSPHRASE, tenor_id

from psykhelse_desktop.domain.errors import StorageUnavailable, ValidationFailed
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.domain.vocabulary import Status
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.keys import derive_key, read_sidecar


def _form(first="Ola", last="Øvrebø", **kw) -> ServiceUserForm:
    kw.setdefault("birth_date", dt.date(1980, 3, 4))
    return ServiceUserForm(first_name=first, last_name=last, **kw)


def _names(db, query, **kw):
    ids = service_users.search_ids(db, query, **kw)
    return [row.full_name for row in service_users.rows_for_ids(db, ids)]


@pytest.fixture
def people(db):
    service_users.create(db, _form(phone="912 34 567"))
    service_users.create(db, _form("Anne", "Åsen"))
    service_users.create(db, _form("Haakon", "Berg", national_id=tenor_id()))
    service_users.create(db, _form("Siri", "Lund"))
    return db


@pytest.mark.parametrize("query", ["øvre", "ØVRE", "Øvrebø", "ola øvre", "912 34", "91234567"])
def test_search_finds_øvrebø(people, query):
    assert _names(people, query) == ["Ola Øvrebø"]


def test_aa_and_å_are_the_same_letter(people):
    assert _names(people, "aasen") == ["Anne Åsen"]
    assert _names(people, "håkon") == ["Haakon Berg"]


def test_search_by_national_id(people):
    assert _names(people, tenor_id()) == ["Haakon Berg"]


def test_empty_search_lists_all_in_name_order(people):
    assert _names(people, "") == ["Haakon Berg", "Siri Lund", "Ola Øvrebø", "Anne Åsen"]


def test_like_wildcards_are_literal(people):
    assert _names(people, "%") == []
    assert _names(people, "_") == []


def test_closed_users_are_kept_and_filtered(people):
    (user_id,) = service_users.search_ids(people, "siri")
    service_users.close(people, user_id, dt.date(2026, 1, 31), "Flyttet fra kommunen")
    assert _names(people, "siri") == []
    assert _names(people, "siri", include_closed=True) == ["Siri Lund"]
    record = service_users.open_record(people, user_id)
    assert record.status is Status.CLOSED
    assert record.changes[0].action == "Avsluttet"
    service_users.reopen(people, user_id)
    assert _names(people, "siri") == ["Siri Lund"]


def test_close_needs_a_reason(people):
    (user_id,) = service_users.search_ids(people, "siri")
    with pytest.raises(ValidationFailed, match="begrunnelse"):
        service_users.close(people, user_id, dt.date(2026, 1, 31), " ")


def test_birth_date_is_derived_from_national_id(db):
    user_id = service_users.create(db, _form(national_id=tenor_id(day=2, month=7, year=91)))
    assert service_users.open_record(db, user_id).form.birth_date == dt.date(1991, 7, 2)


def test_invalid_national_id_saves_nothing(real_db):
    with pytest.raises(ValidationFailed) as info:
        service_users.create(real_db, _form(national_id="12345678901"))
    assert "Kontrollsifrene" in info.value.errors["national_id"]
    assert service_users.count(real_db) == 0


def test_real_record_refuses_synthetic_numbers(real_db):
    with pytest.raises(ValidationFailed, match="syntetisk testnummer"):
        service_users.create(real_db, _form(national_id=tenor_id()))


def test_duplicate_national_id_is_refused(db):
    service_users.create(db, _form(national_id=tenor_id()))
    with pytest.raises(ValidationFailed, match="finnes allerede"):
        service_users.create(db, _form("Per", "Persen", national_id=tenor_id()))
    assert service_users.count(db) == 1


def test_edit_is_visible_as_a_correction(db):
    user_id = service_users.create(db, _form(phone="912 34 567"))
    changed = service_users.update(db, user_id, _form(phone="912 34 568"), version=1)
    assert changed == ["Telefon"]
    change = service_users.open_record(db, user_id).changes[0]
    assert change.action == "Endret"
    assert change.details == "Telefon: «912 34 567» → «912 34 568»"
    assert change.operator == "Kari Testesen"


def test_saving_unchanged_form_records_nothing(db):
    user_id = service_users.create(db, _form())
    assert service_users.update(db, user_id, _form(), version=1) == []
    assert [c.action for c in service_users.open_record(db, user_id).changes] == ["Opprettet"]


def test_every_open_is_audited(db):
    user_id = service_users.create(db, _form())
    service_users.open_record(db, user_id)
    service_users.open_record(db, user_id)
    with db.transaction() as session:
        actions = session.scalars(
            select(m.AuditEvent.action).where(m.AuditEvent.service_user_id == user_id)
        ).all()
    assert actions == ["create", "open", "open"]


@pytest.mark.sqlite_only(reason="SQLite's file lock and busy timeout")
def test_locked_database_gives_plain_message_and_keeps_data(db, paths):
    service_users.create(db, _form())
    key = derive_key(PASSPHRASE, read_sidecar(paths.database))
    other_program = connect_raw(paths.database, key)
    other_program.execute("PRAGMA busy_timeout = 0")
    other_program.execute("BEGIN EXCLUSIVE")
    try:
        _short_busy_timeout(db)
        with pytest.raises(StorageUnavailable, match="låst av et annet program"):
            service_users.create(db, _form("Per", "Persen"))
    finally:
        other_program.rollback()
        other_program.close()
    assert _names(db, "", include_closed=True) == ["Ola Øvrebø"]


def _short_busy_timeout(db):
    """Give up on the lock after 0.1 s instead of 5 s, to keep the test quick."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _fast(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA busy_timeout = 100")


@pytest.mark.sqlite_only(reason="a file that may not grow (PRAGMA max_page_count)")
def test_full_disk_gives_plain_message_and_keeps_data(db):
    service_users.create(db, _form())
    db.engine.dispose()

    # SQLite reports SQLITE_FULL when the file may not grow: the same error as a full disk.
    @event.listens_for(db.engine, "connect")
    def _no_room(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    big = "x" * 200_000
    with pytest.raises(StorageUnavailable, match="Disken er full"):
        service_users.create(db, _form("Per", "Persen", reach_notes=big))
    assert _names(db, "", include_closed=True) == ["Ola Øvrebø"]

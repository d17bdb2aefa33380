"""The access log: one person's openings, changes, prints and exports in Norwegian time."""

from __future__ import annotations

import datetime as dt

import pytest

from psykhelse_desktop.domain.access import LISTING_ACTION, AccessKind
from psykhelse_desktop.domain.errors import NotFound
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.services.trust import access_log
from psykhelse_desktop.storage import models as m


@pytest.fixture
def ase(db) -> int:
    return service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7))
    )


def test_each_kind_is_named_with_who_and_when(db, ase, tmp_path):
    service_users.open_record(db, ase)
    form = ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7), phone="912 34 567")
    service_users.update(db, ase, form, version=1)
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    ledger.record_printed_file(db, tmp_path / "a.pdf", what="Individuell plan", service_user_id=ase)
    log = access_log.access_log(db, ase)
    kinds = [e.kind for e in log.entries]
    assert kinds == [AccessKind.CHANGED, AccessKind.OPENED, AccessKind.CHANGED,
                     AccessKind.PRINTED, AccessKind.OPENED]  # fmt: skip
    assert log.entries[-1].what == "Åpnet journalen"
    assert log.entries[-1].details == "Hvem har sett journalen"  # reading it is a look too
    assert {e.operator for e in log.entries} == {"Kari Testesen"}
    assert log.person_name == "Åse Øvrebø"


def test_times_are_norwegian_whatever_the_stored_utc(db, ase):
    entry = access_log.access_log(db, ase, log=False).entries[0]
    with db.transaction() as session:
        stored = session.query(m.AuditEvent).filter_by(service_user_id=ase).first().at
    offset = entry.at - stored.replace(microsecond=0)
    assert offset in (dt.timedelta(hours=1), dt.timedelta(hours=2))  # CET or CEST


def test_reading_without_logging_leaves_no_row(db, ase):
    before = len(access_log.access_log(db, ase, log=False).entries)
    assert len(access_log.access_log(db, ase, log=False).entries) == before


def test_a_listing_is_one_row_naming_nobody(db, ase):
    access_log.note_listing(db, "Tjenestemottakerlisten (aktive)", 37)
    with db.transaction() as session:
        row = session.query(m.AuditEvent).order_by(m.AuditEvent.id.desc()).first()
        assert (row.action, row.service_user_id) == (LISTING_ACTION, None)
        assert row.details == "Tjenestemottakerlisten (aktive): 37 vist"
    assert all(e.details != row.details for e in access_log.access_log(db, ase).entries)


def test_an_unknown_person_is_said_plainly(db):
    with pytest.raises(NotFound, match="tjenestemottakeren"):
        access_log.access_log(db, 999)
    with pytest.raises(NotFound):
        access_log.note_opening(db, 999, "Kommandoen meetings")

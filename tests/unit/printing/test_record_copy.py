"""Innsyn: every part of a richly filled person's record is in the PDF, and nobody else's data."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from tests.group_helpers import hold_meeting, make_group

from psykhelse_desktop.domain.daily_vocabulary import JournalKind, ServiceType
from psykhelse_desktop.domain.decisions import DecisionForm, LowThresholdForm
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.records import (
    ContactPersonForm,
    NextOfKinForm,
    OrganisationForm,
    ServiceUserForm,
)
from psykhelse_desktop.domain.requests import RequestForm
from psykhelse_desktop.printing.person_documents import print_access_log, print_record
from psykhelse_desktop.services.daily import decisions, journal, low_threshold, requests
from psykhelse_desktop.services.records import address_book, record_parts, service_users
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.storage import models as m

from .conftest import pdf_text

NOW = dt.datetime(2026, 11, 23, 16, 0)
LONG_NAME = "Ánde-Ŋuolla Čuđić-Šŧáhkkáš"


def _gp(db, name: str, since: dt.date, user_id: int) -> None:
    office = address_book.save_organisation(db, OrganisationForm("Ørnes legekontor", "Fastlege"))
    person = address_book.save_person(db, ContactPersonForm(name, office, "Fastlege"))
    record_parts.set_gp(db, user_id, person, since)


def _journal(db, user_id: int, day: int, text: str, *, sign: bool = True) -> int:
    form = JournalForm(dt.datetime(2026, 11, day, 10, 0), JournalKind.HOME_VISIT, 60, text)
    entry_id = journal.create_draft(db, user_id, form, now=NOW)
    if sign:
        journal.sign(db, entry_id, version=1)
    return entry_id


def _daily_work(db, user_id: int, word: str) -> None:
    decisions.create_decision(
        db, user_id, DecisionForm(ServiceType.HOME_BASED, 2.5, dt.date(2026, 10, 1),
                                  dt.date(2026, 10, 1), notes=f"Vedtak {word}"),
    )  # fmt: skip
    low_threshold.record_low_threshold(
        db, LowThresholdForm(dt.date(2026, 11, 2), notes=f"Lavterskel {word}",
                             service_user_id=user_id), today=NOW.date(),
    )  # fmt: skip
    requests.create_request(
        db, RequestForm(dt.date(2026, 9, 15), f"Fastlegen {word}", service_user_id=user_id),
        today=NOW.date(),
    )  # fmt: skip


@pytest.fixture
def rich_person(db, planned_user) -> int:
    """Åse Øvrebø: plan, group with a held meeting, journal with addendum, all the daily work."""
    user = planned_user
    group = make_group(db, user)
    hold_meeting(db, group)
    gone = record_parts.add_next_of_kin(db, user, NextOfKinForm("Ødegård Tidligere", "Onkel"))
    record_parts.end_next_of_kin(db, gone)
    _gp(db, "Dr. Gammel Fastlege", dt.date(2020, 1, 1), user)
    _gp(db, "Dr. Ny Fastlege", dt.date(2025, 6, 1), user)
    first = _journal(db, user, 3, "Hjemmebesøk hos Åse; hun har ryddet kjøkkenet. " * 40)
    journal.add_addendum(db, first, "Retting: besøket varte en time, ikke to.")
    _journal(db, user, 10, "Utkast som ikke er signert ennå.", sign=False)
    _daily_work(db, user, "Åse")
    return user


@pytest.fixture
def other_person(db) -> int:
    other = service_users.create(
        db, ServiceUserForm("Žaneta", LONG_NAME, birth_date=dt.date(1970, 5, 5))
    )
    record_parts.add_next_of_kin(db, other, NextOfKinForm("Hemmelig Pårørende", "Bror"))
    _journal(db, other, 5, "Annen persons hemmelige journaltekst.")
    _daily_work(db, other, "Hemmelig")
    return other


def test_every_part_is_there_and_nothing_of_anyone_else(db, rich_person, other_person, tmp_path):
    out = print_record(db, rich_person, tmp_path / "innsyn.pdf")
    text = " ".join(pdf_text(out).split())
    parts = (
        "Innsyn i journalen", "pasient- og brukerrettighetsloven § 5-1",
        "pasientjournalloven § 22",
        "Personalia", "Åse Øvrebø", "07.03.1984", "Ørnes legekontor",
        "Pårørende", "Åsne Øvrebø", "Søster", "Ødegård Tidligere", "Fjernet fra listen",
        "Fastlege", "Dr. Gammel Fastlege", "Dr. Ny Fastlege",
        "Individuell plan", "Jeg vil sove bedre og være mindre redd.", "Revisjoner",
        "Samtykker", "Bjørn Åsheim", "Økonomi og arbeid",
        "Ansvarsgruppe", "Kåre Sæther", "Møter og referater", "Til stede",
        "Åse sover bedre etter at hun fikk lysterapi.", "NAV søker om økonomisk rådgivning.",
        "Journal", "hun har ryddet kjøkkenet", "Tillegg (retting)",
        "Retting: besøket varte en time, ikke to.", "1 usignert utkast er ikke med",
        "Vedtak", "Vedtak Åse", "Lavterskelhjelp", "Lavterskel Åse",
        "Henvendelser", "Fastlegen Åse",
        "Hvem har sett journalen", "Innsyn: kopi av alt som er registrert",
    )  # fmt: skip
    missing = [p for p in parts if p not in text]
    assert not missing
    for theirs in ("Žaneta", "Čuđić", "Hemmelig", "hemmelige journaltekst"):
        assert theirs not in text
    assert "Utkast som ikke er signert" not in text


def test_an_empty_record_says_so_part_by_part(db, tmp_path):
    bare = service_users.create(
        db, ServiceUserForm("Tom", "Tomsen", birth_date=dt.date(1990, 1, 1))
    )
    text = pdf_text(print_record(db, bare, tmp_path / "tom.pdf"))
    assert text.count("Ingen registrert.") == 11  # all but personalia and the access log


def test_the_copy_is_one_opening_and_one_ledger_row(db, rich_person, tmp_path):
    before = _audit_rows(db, rich_person)
    out = print_record(db, rich_person, tmp_path / "innsyn.pdf")
    new = _audit_rows(db, rich_person)[len(before) :]
    assert [a for a, _ in new] == ["open", "document_print"]
    assert new[0][1] == "Innsyn: kopi av alt som er registrert"
    row = ledger.entries(db, 1)[0]
    assert (row.service_user_id, row.file_name) == (rich_person, str(out))
    assert row.what.startswith("Innsyn i journalen")


def test_the_access_log_lists_every_kind_with_who_and_when(db, rich_person, tmp_path):
    print_record(db, rich_person, tmp_path / "innsyn.pdf")
    out = print_access_log(db, rich_person, tmp_path / "logg.pdf")
    text = " ".join(pdf_text(out).split())
    assert "pasient- og brukerrettighetsloven § 5-1" in text
    assert "pasientjournalloven § 22" in text
    counts = r"\d+ i alt siden \d\d\.\d\d\.\d{4}: [1-9]\d* åpnet, [1-9]\d* endret, 1 skrevet ut"
    assert re.search(counts, text)
    assert "Skrev ut dokument (se utleveringsloggen)" in text
    assert "Kari Testesen" in text
    assert "Signerte journalnotat" in text
    assert "Žaneta" not in text
    assert ledger.entries(db, 1)[0].what.startswith("Hvem har sett journalen")


def _audit_rows(db, user_id: int) -> list[tuple[str, str]]:
    with db.transaction() as session:
        rows = (
            session.query(m.AuditEvent).filter_by(service_user_id=user_id).order_by(m.AuditEvent.id)
        )
        return [(r.action, r.details) for r in rows]

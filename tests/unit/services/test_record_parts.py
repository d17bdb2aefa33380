"""Next of kin, GP history and linked contacts; nothing is deleted, everything is audited."""

import datetime as dt

import pytest

from psykhelse_desktop.domain.errors import ValidationFailed
from psykhelse_desktop.domain.records import (
    ContactPersonForm,
    NextOfKinForm,
    OrganisationForm,
    ServiceUserForm,
)
from psykhelse_desktop.services.records import address_book, record_parts, service_users


@pytest.fixture
def user_id(db):
    return service_users.create(
        db, ServiceUserForm("Ola", "Øvrebø", birth_date=dt.date(1980, 1, 1))
    )


def _gp(db, name):
    org = address_book.save_organisation(
        db, OrganisationForm("Testvik legekontor", "Fastlegekontor")
    )
    return address_book.save_person(db, ContactPersonForm(name, org, "Fastlege"))


def test_gp_history_current_first(db, user_id):
    first, second = _gp(db, "Lege Ask"), _gp(db, "Lege Bø")
    record_parts.set_gp(db, user_id, first, dt.date(2019, 1, 1))
    record_parts.set_gp(db, user_id, second, dt.date(2024, 6, 1))
    history = service_users.open_record(db, user_id).gp_history
    assert [(p.gp_name, p.valid_to) for p in history] == [
        ("Lege Bø", None),
        ("Lege Ask", dt.date(2024, 5, 31)),
    ]
    assert service_users.open_record(db, user_id).current_gp.gp_name == "Lege Bø"


def test_new_gp_must_start_after_the_current(db, user_id):
    gp = _gp(db, "Lege Ask")
    record_parts.set_gp(db, user_id, gp, dt.date(2024, 1, 1))
    with pytest.raises(ValidationFailed, match="etter forrige fastlege"):
        record_parts.set_gp(db, user_id, gp, dt.date(2023, 1, 1))


def test_next_of_kin_ended_not_deleted(db, user_id):
    kin = record_parts.add_next_of_kin(
        db, user_id, NextOfKinForm("Liv Øvrebø", "Mor", "912 00 000", is_closest=True)
    )
    child = record_parts.add_next_of_kin(
        db, user_id, NextOfKinForm("Mia Øvrebø", "Barn", is_minor_child=True)
    )
    record = service_users.open_record(db, user_id)
    assert [k.name for k in record.next_of_kin] == ["Liv Øvrebø", "Mia Øvrebø"]
    assert record.next_of_kin[1].is_minor_child
    record_parts.end_next_of_kin(db, child)
    record = service_users.open_record(db, user_id)
    assert [k.id for k in record.next_of_kin] == [kin]
    assert record.changes[0].action == "Fjernet pårørende (tatt vare på)"


def test_next_of_kin_needs_name_and_relation(db, user_id):
    with pytest.raises(ValidationFailed) as info:
        record_parts.add_next_of_kin(db, user_id, NextOfKinForm(phone="12"))
    assert set(info.value.errors) == {"name", "relation", "phone"}


def test_contacts_link_to_the_address_book(db, user_id):
    nav = address_book.save_organisation(db, OrganisationForm("NAV Testvik", "NAV"))
    person = address_book.save_person(db, ContactPersonForm("Siv Veileder", nav, "Veileder"))
    link = record_parts.link_contact(db, user_id, person, "Kontaktperson NAV")
    contacts = service_users.open_record(db, user_id).contacts
    assert [(c.person_name, c.organisation, c.role) for c in contacts] == [
        ("Siv Veileder", "NAV Testvik", "Kontaktperson NAV")
    ]
    record_parts.unlink_contact(db, link)
    assert service_users.open_record(db, user_id).contacts == []


def test_address_book_search_is_norwegian_aware(db):
    org = address_book.save_organisation(db, OrganisationForm("DPS Øvre Fjordby", "DPS"))
    address_book.save_person(db, ContactPersonForm("Åge Aasland", org, "Behandler"))
    assert [o.name for o in address_book.list_organisations(db, "øvre")] == ["DPS Øvre Fjordby"]
    assert [p.name for p in address_book.list_people(db, "ågeå")] == []
    assert [p.name for p in address_book.list_people(db, "aage")] == ["Åge Aasland"]
    assert [p.organisation_name for p in address_book.list_people(db, "fjordby")] == [
        "DPS Øvre Fjordby"
    ]


def test_organisation_needs_a_name(db):
    with pytest.raises(ValidationFailed, match="Navn på virksomheten"):
        address_book.save_organisation(db, OrganisationForm(""))

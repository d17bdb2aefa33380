"""Field validation messages."""

import datetime as dt

from psykhelse_desktop.domain.records import (
    ContactPersonForm,
    NextOfKinForm,
    OrganisationForm,
    ServiceUserForm,
)
from psykhelse_desktop.domain.validation import (
    validate_contact_person,
    validate_next_of_kin,
    validate_organisation,
    validate_service_user,
)


def test_missing_names_and_birth_info():
    errors = validate_service_user(ServiceUserForm(), allow_synthetic=False)
    assert errors == {
        "first_name": "Fornavn mangler.",
        "last_name": "Etternavn mangler.",
        "birth_date": "Skriv inn fødselsnummer eller fødselsdato.",
    }


def test_bad_phone_postal_code_and_email():
    form = ServiceUserForm(
        first_name="Kari",
        last_name="Nordmo",
        birth_date=dt.date(1990, 5, 1),
        phone="12",
        postal_code="12345",
        email="kari.nordmo",
    )
    errors = validate_service_user(form, allow_synthetic=False)
    assert set(errors) == {"phone", "postal_code", "email"}


def test_national_id_error_is_reported_on_its_field():
    form = ServiceUserForm(first_name="Kari", last_name="Nordmo", national_id="12345678901")
    errors = validate_service_user(form, allow_synthetic=False)
    assert "Kontrollsifrene" in errors["national_id"]


def test_hidden_characters_are_refused_in_names_and_addresses():
    """Issue 9: NUL, ANSI escape and right-to-left override passed into the record."""
    form = ServiceUserForm(
        first_name="Ola\x00", last_name="\u202eberøvØ", address="Fjellveien\x1b[31m 2",
        postal_place="Ørnes\u2066", birth_date=dt.date(1980, 1, 1), reach_notes="Ring\netter 10",
    )  # fmt: skip
    errors = validate_service_user(form, allow_synthetic=False)
    assert set(errors) == {"first_name", "last_name", "address", "postal_place"}
    assert errors["last_name"].startswith("Etternavn inneholder et usynlig styringstegn")


def test_names_from_everywhere_are_welcome():
    for first, last in (("Áilu", "Čuoppa"), ("Máret", "Đávvir"), ("Łukasz", "Ślęzak"),
                        ("Zoë", "Ŋuolja"), ("Ødegård", "Ååse-Æbelø")):  # fmt: skip
        form = ServiceUserForm(first_name=first, last_name=last, birth_date=dt.date(1980, 1, 1))
        assert validate_service_user(form, allow_synthetic=False) == {}


def test_impossible_dates_are_refused():
    old = ServiceUserForm("Kari", "Nordmo", birth_date=dt.date(1, 1, 1))
    assert validate_service_user(old, allow_synthetic=False) == {
        "birth_date": "Fødselsdatoen kan ikke være før 1900. Sjekk årstallet."
    }
    future = ServiceUserForm("Kari", "Nordmo", birth_date=dt.date(2099, 1, 1))
    assert "fram i tid" in validate_service_user(future, allow_synthetic=False)["birth_date"]


def test_the_other_forms_refuse_hidden_characters_too():
    kin = NextOfKinForm("Åsne\u202e", "Søster", address="Vei\x00 1")
    assert set(validate_next_of_kin(kin)) == {"name", "address"}
    assert set(validate_organisation(OrganisationForm("NAV\x1b[2J"))) == {"name"}
    assert set(validate_contact_person(ContactPersonForm("Per\u200f Ås"))) == {"name"}

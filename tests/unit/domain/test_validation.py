"""Field validation messages."""

import datetime as dt

from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.domain.validation import validate_service_user


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

"""Checks on what the nurse typed; each returns field name -> Norwegian message."""

from __future__ import annotations

import datetime as dt
import re

from .national_id import NationalIdError, parse_national_id
from .records import ContactPersonForm, NextOfKinForm, OrganisationForm, ServiceUserForm

_PHONE_RE = re.compile(r"^\+?[\d\s\-]{8,15}$")
_POSTAL_RE = re.compile(r"^\d{4}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_service_user(
    form: ServiceUserForm, *, allow_synthetic: bool, today: dt.date | None = None
) -> dict[str, str]:
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if not form.first_name.strip():
        errors["first_name"] = "Fornavn mangler."
    if not form.last_name.strip():
        errors["last_name"] = "Etternavn mangler."
    if form.national_id.strip():
        try:
            parse_national_id(form.national_id, allow_synthetic=allow_synthetic, today=today)
        except NationalIdError as exc:
            errors["national_id"] = str(exc)
    elif form.birth_date is None:
        errors["birth_date"] = "Skriv inn fødselsnummer eller fødselsdato."
    if form.birth_date and form.birth_date > today:
        errors["birth_date"] = "Fødselsdatoen kan ikke ligge fram i tid."
    errors.update(_check_contact_fields(form.phone, form.email))
    if form.phone_alt.strip() and not _PHONE_RE.match(form.phone_alt.strip()):
        errors["phone_alt"] = "Telefonnummeret må ha 8 siffer (eventuelt med landskode)."
    if form.postal_code.strip() and not _POSTAL_RE.match(form.postal_code.strip()):
        errors["postal_code"] = "Postnummeret må ha fire siffer."
    return errors


def validate_next_of_kin(form: NextOfKinForm) -> dict[str, str]:
    errors = {} if form.name.strip() else {"name": "Navn mangler."}
    if not form.relation.strip():
        errors["relation"] = "Velg eller skriv relasjon."
    errors.update(_check_contact_fields(form.phone, form.email))
    return errors


def validate_organisation(form: OrganisationForm) -> dict[str, str]:
    errors = {} if form.name.strip() else {"name": "Navn på virksomheten mangler."}
    errors.update(_check_contact_fields(form.phone, form.email))
    return errors


def validate_contact_person(form: ContactPersonForm) -> dict[str, str]:
    errors = {} if form.name.strip() else {"name": "Navn mangler."}
    errors.update(_check_contact_fields(form.phone, form.email))
    return errors


def _check_contact_fields(phone: str, email: str) -> dict[str, str]:
    errors = {}
    if phone.strip() and not _PHONE_RE.match(phone.strip()):
        errors["phone"] = "Telefonnummeret må ha 8 siffer (eventuelt med landskode)."
    if email.strip() and not _EMAIL_RE.match(email.strip()):
        errors["email"] = "E-postadressen ser ikke riktig ut (mangler @ eller domene)."
    return errors

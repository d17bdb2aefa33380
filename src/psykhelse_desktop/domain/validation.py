"""Checks on what the nurse typed (or imported); each returns field name -> Norwegian message.

The same rules hold for a form and for every row of an imported spreadsheet: names, addresses
and the other text fields refuse control characters (NUL, ESC, ...), line separators and the
invisible bidirectional overrides and marks that can make a name read differently than it is
stored; dates before 1900 or in the future are refused.
"""

from __future__ import annotations

import datetime as dt
import re

from .national_id import NationalIdError, parse_national_id
from .records import (
    ContactPersonForm,
    NextOfKinForm,
    NurseProfile,
    OrganisationForm,
    ServiceUserForm,
)
from .vocabulary import SERVICE_USER_FIELD_LABELS

_PHONE_RE = re.compile(r"^\+?[\d\s\-]{8,15}$")
_POSTAL_RE = re.compile(r"^\d{4}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Control characters (Unicode Cc), line and paragraph separators, bidi embeddings, overrides,
# isolates and marks. A multi-line note may hold tab and line breaks.
_HIDDEN_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)
_HIDDEN_IN_NOTES_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)
EARLIEST_DATE = dt.date(1900, 1, 1)
HIDDEN_MESSAGE = (
    "{label} inneholder et usynlig styringstegn eller en retningsmarkør (ofte fra tekst kopiert "
    "fra et annet program). Slett feltet og skriv det inn på nytt."
)
_SINGLE_LINE = ("first_name", "last_name", "national_id", "address", "postal_code",
                "postal_place", "phone", "phone_alt", "email", "care_of")  # fmt: skip


def has_hidden_characters(text: str, *, multiline: bool = False) -> bool:
    """A control character, a line separator or a bidi override or mark is in the text."""
    return (_HIDDEN_IN_NOTES_RE if multiline else _HIDDEN_RE).search(text) is not None


def validate_service_user(
    form: ServiceUserForm, *, allow_synthetic: bool, today: dt.date | None = None
) -> dict[str, str]:
    return checked_service_user(form, allow_synthetic=allow_synthetic, today=today)[1]


def checked_service_user(
    form: ServiceUserForm, *, allow_synthetic: bool, today: dt.date | None = None
) -> tuple[ServiceUserForm, dict[str, str]]:
    """The form as it will be stored (national ID in its 11 digits, birth date taken from it)
    and the problems, found in one pass: the national ID is parsed once."""
    today = today or dt.date.today()
    errors = _hidden_in_service_user(form)
    if not form.first_name.strip():
        errors["first_name"] = "Fornavn mangler."
    if not form.last_name.strip():
        errors["last_name"] = "Etternavn mangler."
    form = _with_national_id(form, errors, allow_synthetic, today)
    errors.update({k: v for k, v in _dates(form, today).items() if k not in errors})
    errors.update({k: v for k, v in _contact_problems(form).items() if k not in errors})
    return form, errors


def _hidden_in_service_user(form: ServiceUserForm) -> dict[str, str]:
    texts = {name: getattr(form, name) for name in _SINGLE_LINE}
    notes_hidden = has_hidden_characters(form.reach_notes, multiline=True)
    if not notes_hidden and not has_hidden_characters("".join(texts.values())):
        return {}  # the common case, in one search (an import checks thousands of rows)
    errors = {n: _hidden_message(n) for n, text in texts.items() if has_hidden_characters(text)}
    if notes_hidden:
        errors["reach_notes"] = _hidden_message("reach_notes")
    return errors


def _hidden_message(name: str) -> str:
    return HIDDEN_MESSAGE.format(label=SERVICE_USER_FIELD_LABELS[name])


def _with_national_id(
    form: ServiceUserForm, errors: dict[str, str], allow_synthetic: bool, today: dt.date
) -> ServiceUserForm:
    if "national_id" in errors:
        return form
    if not form.national_id.strip():
        if form.birth_date is None:
            errors["birth_date"] = "Skriv inn fødselsnummer eller fødselsdato."
        return form
    try:
        parsed = parse_national_id(form.national_id, allow_synthetic=allow_synthetic, today=today)
    except NationalIdError as exc:
        errors["national_id"] = str(exc)
        return form
    if parsed.birth_date < EARLIEST_DATE:
        errors["national_id"] = "Fødselsnummeret gir en fødselsdato før 1900. Sjekk nummeret."
    if (parsed.number, parsed.birth_date) == (form.national_id, form.birth_date):
        return form
    return ServiceUserForm(**{**vars(form), "national_id": parsed.number,
                              "birth_date": parsed.birth_date})  # fmt: skip


def _dates(form: ServiceUserForm, today: dt.date) -> dict[str, str]:
    errors = {}
    if form.birth_date and form.birth_date > today:
        errors["birth_date"] = "Fødselsdatoen kan ikke ligge fram i tid."
    elif form.birth_date and form.birth_date < EARLIEST_DATE:
        errors["birth_date"] = "Fødselsdatoen kan ikke være før 1900. Sjekk årstallet."
    if form.service_start and form.service_start < EARLIEST_DATE:
        errors["service_start"] = "Tjenestestart kan ikke være før 1900. Sjekk årstallet."
    return errors


def _contact_problems(form: ServiceUserForm) -> dict[str, str]:
    errors = _check_contact_fields(form.phone, form.email)
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
    errors.update(_postal_code(form.postal_code))
    labels = {"name": "Navn", "relation": "Relasjon", "address": "Adresse", "care_of": "c/o",
              "postal_place": "Poststed"}  # fmt: skip
    errors.update(_hidden(form, labels))
    return errors


def validate_organisation(form: OrganisationForm) -> dict[str, str]:
    errors = {} if form.name.strip() else {"name": "Navn på virksomheten mangler."}
    errors.update(_check_contact_fields(form.phone, form.email))
    errors.update(_postal_code(form.postal_code))
    labels = {"name": "Navn", "kind": "Type", "address": "Adresse", "municipality": "Kommune",
              "care_of": "c/o", "postal_place": "Poststed"}  # fmt: skip
    errors.update(_hidden(form, labels))
    return errors


def validate_contact_person(form: ContactPersonForm) -> dict[str, str]:
    errors = {} if form.name.strip() else {"name": "Navn mangler."}
    errors.update(_check_contact_fields(form.phone, form.email))
    errors.update(_hidden(form, {"name": "Navn", "role": "Rolle"}))
    return errors


def validate_profile(profile: NurseProfile) -> dict[str, str]:
    """The nurse's name and municipality are required; phone numbers and e-mail must look right."""
    errors = {} if profile.name.strip() else {"name": "Skriv navnet ditt."}
    if not profile.municipality.strip():
        errors["municipality"] = "Skriv navnet på kommunen."
    errors.update(_check_contact_fields(profile.phone, profile.email))
    if profile.switchboard.strip() and not _PHONE_RE.match(profile.switchboard.strip()):
        errors["switchboard"] = "Sentralbordnummeret må ha 8 siffer (eventuelt med landskode)."
    labels = {"name": "Navn", "title": "Tittel", "municipality": "Kommune",
              "service_address": "Postadresse"}  # fmt: skip
    errors.update(_hidden(profile, labels))
    return errors


def _postal_code(code: str) -> dict[str, str]:
    if code.strip() and not _POSTAL_RE.match(code.strip()):
        return {"postal_code": "Postnummeret må ha fire siffer, for eksempel 9700."}
    return {}


def _hidden(form: object, labels: dict[str, str]) -> dict[str, str]:
    return {
        name: HIDDEN_MESSAGE.format(label=label)
        for name, label in labels.items()
        if has_hidden_characters(getattr(form, name))
    }


def _check_contact_fields(phone: str, email: str) -> dict[str, str]:
    errors = {}
    if phone.strip() and not _PHONE_RE.match(phone.strip()):
        errors["phone"] = "Telefonnummeret må ha 8 siffer (eventuelt med landskode)."
    if email.strip() and not _EMAIL_RE.match(email.strip()):
        errors["email"] = "E-postadressen ser ikke riktig ut (mangler @ eller domene)."
    return errors

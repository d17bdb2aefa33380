"""The shared address book of partner services (samarbeidspartnere) and people in them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import ValidationFailed
from ...domain.records import ContactPerson, ContactPersonForm, Organisation, OrganisationForm
from ...domain.text import escape_like, search_key, search_terms, sort_key
from ...domain.validation import validate_contact_person, validate_organisation
from ...storage import models as m
from ..database import Database, get_row
from ..versions import claim_version


def list_organisations(db: Database, query: str = "") -> list[Organisation]:
    statement = select(m.Organisation)
    for term in search_terms(query):
        statement = statement.where(
            m.Organisation.search_key.like(f"%{escape_like(term)}%", escape="\\")
        )
    with db.transaction() as session:
        rows = [_organisation(row) for row in session.scalars(statement)]
    return sorted(rows, key=lambda o: sort_key(o.name))  # a small list: sorted here


def list_people(
    db: Database, query: str = "", organisation_id: int | None = None
) -> list[ContactPerson]:
    statement = select(m.ContactPerson, m.Organisation.name).outerjoin(
        m.Organisation, m.ContactPerson.organisation_id == m.Organisation.id
    )
    if organisation_id is not None:
        statement = statement.where(m.ContactPerson.organisation_id == organisation_id)
    for term in search_terms(query):
        like = f"%{escape_like(term)}%"
        statement = statement.where(
            m.ContactPerson.search_key.like(like, escape="\\")
            | m.Organisation.search_key.like(like, escape="\\")
        )
    with db.transaction() as session:
        people = [_person(p, org) for p, org in session.execute(statement)]
    return sorted(people, key=lambda p: sort_key(p.name))


def save_organisation(
    db: Database, form: OrganisationForm, org_id: int | None = None, *, version: int | None = None
) -> int:
    """A new organisation, or an edit of the one opened on `version` (EditConflict if it was
    saved elsewhere since)."""
    errors = validate_organisation(form)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        row = _existing(session, m.Organisation, org_id, version, _organisation)
        return write_organisation(session, form, row)


def write_organisation(session: Session, form: OrganisationForm, row=None) -> int:  # noqa: ANN001
    """Inside a caller's transaction: a new organisation (or `row` changed); its id."""
    row = row or m.Organisation()
    for key in OrganisationForm.__dataclass_fields__:
        setattr(row, key, getattr(form, key).strip())
    row.search_key = search_key(form.name, form.kind, form.municipality)
    row.address_needs_check = False  # she has seen the address in the form
    session.add(row)
    session.flush()
    return row.id


def save_person(
    db: Database,
    form: ContactPersonForm,
    person_id: int | None = None,
    *,
    version: int | None = None,
) -> int:
    """A new person, or an edit of the one opened on `version` (EditConflict if it was saved
    elsewhere since)."""
    errors = validate_contact_person(form)
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        row = _existing(session, m.ContactPerson, person_id, version, lambda p: _person(p, ""))
        return write_person(session, form, row)


def write_person(session: Session, form: ContactPersonForm, row=None) -> int:  # noqa: ANN001
    """Inside a caller's transaction: a new person (or `row` changed); its id."""
    row = row or m.ContactPerson()
    for key in ("name", "role", "phone", "email"):
        setattr(row, key, getattr(form, key).strip())
    row.organisation_id = form.organisation_id
    row.search_key = search_key(form.name, form.role, form.phone)
    session.add(row)
    session.flush()
    return row.id


def _existing(session: Session, model: type, row_id: int | None, version: int | None, stored):  # noqa: ANN001, ANN202
    """The row to edit (its version checked and counted), or None for a new one."""
    if row_id is None:
        return None
    if version is None:
        raise TypeError("An edit of the address book needs the version the form was opened on.")
    row = get_row(session, model, row_id, "oppføringen i adresseboken")
    claim_version(row, version, "Oppføringen i adresseboken", lambda: stored(row))
    return row


def _organisation(row: m.Organisation) -> Organisation:
    values = {k: getattr(row, k) for k in OrganisationForm.__dataclass_fields__}
    return Organisation(
        id=row.id, version=row.version, address_needs_check=row.address_needs_check, **values
    )


def _person(row: m.ContactPerson, organisation_name: str | None) -> ContactPerson:
    values = {k: getattr(row, k) for k in ContactPersonForm.__dataclass_fields__}
    return ContactPerson(
        id=row.id, organisation_name=organisation_name or "", version=row.version, **values
    )

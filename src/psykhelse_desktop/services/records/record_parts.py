"""The parts of a service user's record around the person: next of kin, GP history, contacts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import ValidationFailed
from ...domain.records import (
    ChangeEntry,
    ContactPersonForm,
    GpPeriod,
    LinkedContact,
    NextOfKin,
    NextOfKinForm,
    OrganisationForm,
)
from ...domain.validation import (
    validate_contact_person,
    validate_next_of_kin,
    validate_organisation,
)
from ...domain.vocabulary import (
    AUDIT_ACTION_LABELS,
    GUARDIAN,
    READ_ACTIONS,
    ProtectedAddress,
)
from ...storage import models as m
from ..clock import to_oslo
from ..database import Database, get_row
from ..versions import claim_version
from .address_book import write_organisation, write_person
from .periods import close_open_period

T = TypeVar("T")
GP_PRACTICE_KIND = "Fastlegekontor"

# Opening or reading a record is logged but is not a change; the change list shows the rest.
_CHANGE_ACTIONS = tuple(a for a in AUDIT_ACTION_LABELS if a not in READ_ACTIONS)


def load_next_of_kin(session: Session, user_id: int) -> list[NextOfKin]:
    rows = session.scalars(
        select(m.NextOfKin)
        .where(m.NextOfKin.service_user_id == user_id, m.NextOfKin.ended_at.is_(None))
        .order_by(m.NextOfKin.is_closest.desc(), m.NextOfKin.name)
    )
    return [_next_of_kin(row) for row in rows]


def load_gp_history(session: Session, user_id: int) -> list[GpPeriod]:
    statement = (
        select(m.GpPeriod, m.ContactPerson, m.Organisation.name)
        .join(m.ContactPerson, m.GpPeriod.contact_person_id == m.ContactPerson.id)
        .outerjoin(m.Organisation, m.ContactPerson.organisation_id == m.Organisation.id)
        .where(m.GpPeriod.service_user_id == user_id)
        .order_by(m.GpPeriod.valid_to.is_not(None), m.GpPeriod.valid_from.desc())
    )
    return [
        GpPeriod(p.id, gp.id, gp.name, org or "", gp.phone, p.valid_from, p.valid_to)
        for p, gp, org in session.execute(statement)
    ]


def load_contacts(session: Session, user_id: int) -> list[LinkedContact]:
    statement = (
        select(m.ServiceUserContact, m.ContactPerson, m.Organisation.name)
        .join(m.ContactPerson, m.ServiceUserContact.contact_person_id == m.ContactPerson.id)
        .outerjoin(m.Organisation, m.ContactPerson.organisation_id == m.Organisation.id)
        .where(
            m.ServiceUserContact.service_user_id == user_id,
            m.ServiceUserContact.ended_at.is_(None),
        )
        .order_by(m.ServiceUserContact.role)
    )
    return [
        LinkedContact(link.id, p.id, link.role, p.name, org or "", p.phone, p.email)
        for link, p, org in session.execute(statement)
    ]


def load_changes(session: Session, user_id: int) -> list[ChangeEntry]:
    statement = (
        select(m.AuditEvent)
        .where(
            m.AuditEvent.service_user_id == user_id,
            m.AuditEvent.action.in_(_CHANGE_ACTIONS),
        )
        .order_by(m.AuditEvent.id.desc())
    )
    return [
        ChangeEntry(to_oslo(e.at), e.operator, AUDIT_ACTION_LABELS[e.action], e.details)
        for e in session.scalars(statement)
    ]


def add_next_of_kin(db: Database, user_id: int, form: NextOfKinForm) -> int:
    _require_valid(form)
    with db.transaction() as session:
        _require_user(session, user_id)
        row = m.NextOfKin(service_user_id=user_id, **_stripped(form))
        session.add(row)
        session.flush()
        db.audit(session, "next_of_kin_add", user_id, f"{form.name} ({form.relation})")
        return row.id


def update_next_of_kin(db: Database, kin_id: int, form: NextOfKinForm, *, version: int) -> None:
    """Save the form opened on `version`; EditConflict if it was saved elsewhere since."""
    _require_valid(form)
    with db.transaction() as session:
        row = _get(session, m.NextOfKin, kin_id)
        claim_version(row, version, "Den pårørende", lambda: _next_of_kin(row))
        for key, value in _stripped(form).items():
            setattr(row, key, value)
        row.address_needs_check = False  # she has seen the address in the form
        db.audit(session, "next_of_kin_update", row.service_user_id, f"{form.name}")


def end_next_of_kin(db: Database, kin_id: int) -> None:
    """Take a next of kin off the list; the row is kept with the time it was ended."""
    with db.transaction() as session:
        row = _get(session, m.NextOfKin, kin_id)
        row.ended_at = m.utc_now()
        db.audit(session, "next_of_kin_end", row.service_user_id, row.name)


def set_gp(db: Database, user_id: int, contact_person_id: int, valid_from: dt.date) -> None:
    """Make a person from the address book the current GP; the previous period is closed."""
    with db.transaction() as session:
        _set_gp(db, session, user_id, contact_person_id, valid_from)


def set_new_gp(
    db: Database, user_id: int, doctor: ContactPersonForm, practice: str, valid_from: dt.date
) -> int:
    """A GP not yet in the address book: the practice (unless one of that name is there), the
    doctor and the GP period, in one transaction; the doctor's id."""
    practice_form = OrganisationForm(practice, GP_PRACTICE_KIND)
    errors = {f"gp_{k}": v for k, v in validate_contact_person(doctor).items()}
    if practice.strip():
        errors |= {f"practice_{k}": v for k, v in validate_organisation(practice_form).items()}
    if errors:
        raise ValidationFailed(errors)
    with db.transaction() as session:
        _require_user(session, user_id)
        org_id = _practice_id(session, practice_form) if practice.strip() else None
        doctor_id = write_person(session, replace(doctor, organisation_id=org_id))
        _set_gp(db, session, user_id, doctor_id, valid_from)
        return doctor_id


def _practice_id(session: Session, form: OrganisationForm) -> int:
    """The organisation of that name (in any case), or a new one."""
    wanted = form.name.strip().casefold()
    for row in session.scalars(select(m.Organisation)):
        if row.name.strip().casefold() == wanted:
            return row.id
    return write_organisation(session, form)


def _set_gp(db: Database, session: Session, user_id: int, person_id: int, valid_from: dt.date):  # noqa: ANN202
    _require_user(session, user_id)
    gp = _get(session, m.ContactPerson, person_id)
    too_early = "Ny fastlege må gjelde fra en dato etter forrige fastlege."
    close_open_period(session, m.GpPeriod, user_id, valid_from, too_early)
    session.add(m.GpPeriod(service_user_id=user_id, contact_person_id=gp.id, valid_from=valid_from))
    db.audit(session, "gp_set", user_id, f"{gp.name} fra {valid_from:%d.%m.%Y}")


def link_contact(db: Database, user_id: int, contact_person_id: int, role: str) -> int:
    if not role.strip():
        raise ValidationFailed({"role": "Skriv hvilken rolle personen har for tjenestemottakeren."})
    with db.transaction() as session:
        _require_user(session, user_id)
        person = _get(session, m.ContactPerson, contact_person_id)
        link = m.ServiceUserContact(
            service_user_id=user_id, contact_person_id=person.id, role=role.strip()
        )
        session.add(link)
        session.flush()
        db.audit(session, "contact_link", user_id, f"{person.name}: {role.strip()}")
        return link.id


def unlink_contact(db: Database, link_id: int) -> None:
    with db.transaction() as session:
        link = _get(session, m.ServiceUserContact, link_id)
        link.ended_at = m.utc_now()
        db.audit(session, "contact_unlink", link.service_user_id, link.role)


def _require_valid(form: NextOfKinForm) -> None:
    errors = validate_next_of_kin(form)
    if errors:
        raise ValidationFailed(errors)


def _require_user(session: Session, user_id: int) -> None:
    _get(session, m.ServiceUser, user_id)


def _get(session: Session, model: type[T], row_id: int) -> T:
    return get_row(session, model, row_id)


def _stripped(form: NextOfKinForm) -> dict[str, object]:
    values = {k: getattr(form, k) for k in NextOfKinForm.__dataclass_fields__}
    values["protected_address"] = form.protected_address.value
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def _next_of_kin(row: m.NextOfKin) -> NextOfKin:
    values = {k: getattr(row, k) for k in NextOfKinForm.__dataclass_fields__}
    values["protected_address"] = ProtectedAddress(row.protected_address)
    return NextOfKin(
        id=row.id, version=row.version, address_needs_check=row.address_needs_check, **values
    )


def guardians(db: Database, user_id: int) -> list[NextOfKin]:
    """The user's registered guardian(s) (verge), who co-sign a consent form."""
    with db.transaction() as session:
        kin = load_next_of_kin(session, user_id)
    return [k for k in kin if k.relation.strip().casefold() == GUARDIAN.casefold()]

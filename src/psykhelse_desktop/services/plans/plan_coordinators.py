"""The koordinator on a service user, kept with its history even when there is no plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import NotFound
from ...domain.plans import Coordinator
from ...storage import models as m
from ..database import Database, get_row
from ..records.periods import close_open_period

NURSE_ROLE = "Koordinator (psykiatrisk sykepleier)"


def set_coordinator(
    db: Database, user_id: int, contact_person_id: int | None, valid_from: dt.date
) -> Coordinator:
    """Make the nurse (None) or a person from the address book the coordinator from a date."""
    with db.transaction() as session:
        get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
        if (
            contact_person_id is not None
            and session.get(m.ContactPerson, contact_person_id) is None
        ):
            raise NotFound("Fant ikke personen i adresseboken. Velg en annen.")
        too_early = "Ny koordinator må gjelde fra en dato etter forrige koordinator."
        close_open_period(session, m.CoordinatorPeriod, user_id, valid_from, too_early)
        session.add(
            m.CoordinatorPeriod(
                service_user_id=user_id,
                contact_person_id=contact_person_id,
                nurse_name="" if contact_person_id else db.profile.name,
                valid_from=valid_from,
            )
        )
        session.flush()
        coordinator = current_coordinator(session, user_id)
        assert coordinator is not None
        db.audit(
            session, "coordinator_set", user_id, f"{coordinator.name} fra {valid_from:%d.%m.%Y}"
        )
        return coordinator


def get_coordinator(db: Database, user_id: int) -> Coordinator | None:
    with db.transaction() as session:
        return current_coordinator(session, user_id)


def current_coordinator(session: Session, user_id: int) -> Coordinator | None:
    """The open coordinator period, with the person's name and phone from the address book."""
    statement = (
        select(m.CoordinatorPeriod, m.ContactPerson, m.Organisation.name)
        .outerjoin(m.ContactPerson, m.CoordinatorPeriod.contact_person_id == m.ContactPerson.id)
        .outerjoin(m.Organisation, m.ContactPerson.organisation_id == m.Organisation.id)
        .where(
            m.CoordinatorPeriod.service_user_id == user_id, m.CoordinatorPeriod.valid_to.is_(None)
        )
    )
    found = session.execute(statement).first()
    if found is None:
        return None
    period, person, organisation = found
    if person is None:
        return Coordinator(period.nurse_name, NURSE_ROLE, "", None, period.valid_from)
    role = ", ".join(part for part in (person.role, organisation or "") if part)
    return Coordinator(person.name, role, person.phone, person.id, period.valid_from)

"""The service user's consents: the one list the plan, the group, the minutes and letters read.

An entry is never removed: a consent taken out of the plan, or withdrawn in the group, gets a
withdrawal date and stays for the record (and for a request for access).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import ValidationFailed
from ...domain.plan_vocabulary import ConsentKind
from ...domain.plans import Consent
from ...storage import models as m
from ..database import Database, get_row
from ..versions import claim_version

# The fields a plan form edits; the rest (id, version, withdrawal) the service keeps.
_EDITED = ("kind", "participant", "scope", "given_on", "expires_on", "form_received",
           "next_of_kin_id", "contact_person_id")  # fmt: skip


def user_consents(db: Database, user_id: int, *, withdrawn: bool = False) -> list[Consent]:
    with db.transaction() as session:
        return load_consents(session, user_id, withdrawn=withdrawn)


def give_consent(db: Database, user_id: int, consent: Consent) -> int:
    """Record a new consent entry; returns its id."""
    _check(consent)
    with db.transaction() as session:
        get_row(session, m.ServiceUser, user_id, "tjenestemottakeren")
        row = new_consent_row(user_id, consent)
        session.add(row)
        session.flush()
        db.audit(session, "consent_give", user_id, describe(consent))
        return row.id


def withdraw_consent(db: Database, consent_id: int, on: dt.date, *, version: int) -> None:
    """The user withdraws this consent from `on`; EditConflict if it changed since shown."""
    with db.transaction() as session:
        row = get_row(session, m.ConsentEntry, consent_id, "samtykket")
        claim_version(row, version, "Samtykket", lambda: _consent(row))
        row.withdrawn_on = on
        db.audit(session, "consent_withdraw", row.service_user_id,
                 f"{describe(_consent(row))}, trukket tilbake {on:%d.%m.%Y}")  # fmt: skip


def describe(consent: Consent) -> str:
    if consent.kind is ConsentKind.PLAN:
        return "Samtykke til å lage planen"
    given = f", gitt {consent.given_on:%d.%m.%Y}" if consent.given_on else ""
    return f"Samtykke til deling med {consent.participant.strip()}{given}"


# -- inside one transaction ------------------------------------------------------------------


def load_consents(session: Session, user_id: int, *, withdrawn: bool = False) -> list[Consent]:
    """The user's consents, oldest first; without withdrawn ones unless asked."""
    statement = select(m.ConsentEntry).where(m.ConsentEntry.service_user_id == user_id)
    if not withdrawn:
        statement = statement.where(m.ConsentEntry.withdrawn_on.is_(None))
    return [_consent(row) for row in session.scalars(statement.order_by(m.ConsentEntry.id))]


def save_plan_consents(
    session: Session,
    user_id: int,
    consents: tuple[Consent, ...],
    shown: tuple[int, ...],
    today: dt.date,
) -> tuple[Consent, ...]:
    """Write the plan form's consent list: changed entries are updated, new ones added, and
    entries the form showed (`shown`) but left out are withdrawn today. Returns the current
    list with ids (entries given elsewhere since the form opened included)."""
    rows = {row.id: row for row in _rows(session, user_id)}
    kept = []
    for consent in consents:
        row = rows.pop(consent.id, None)
        if row is None:
            row = new_consent_row(user_id, consent)
            session.add(row)
        elif _edited(consent) != _edited(_consent(row)):
            _copy(consent, row)
        session.flush()
        kept.append(_consent(row))
    for row in rows.values():
        if row.id in shown:
            row.withdrawn_on = today
        else:
            kept.append(_consent(row))
    session.flush()
    return tuple(kept)


def _rows(session: Session, user_id: int) -> list[m.ConsentEntry]:
    return list(
        session.scalars(
            select(m.ConsentEntry).where(
                m.ConsentEntry.service_user_id == user_id, m.ConsentEntry.withdrawn_on.is_(None)
            )
        )
    )


def _edited(consent: Consent) -> tuple:
    return tuple(getattr(consent, name) for name in _EDITED)


def _copy(consent: Consent, row: m.ConsentEntry) -> None:
    for name in _EDITED:
        value = getattr(consent, name)
        setattr(row, name, value.value if name == "kind" else value)
    row.participant = consent.participant.strip()


def new_consent_row(user_id: int, consent: Consent) -> m.ConsentEntry:
    row = m.ConsentEntry(service_user_id=user_id, withdrawn_on=consent.withdrawn_on)
    _copy(consent, row)
    return row


def _consent(row: m.ConsentEntry) -> Consent:
    return Consent(
        kind=ConsentKind(row.kind), participant=row.participant, scope=row.scope,
        given_on=row.given_on, expires_on=row.expires_on, form_received=row.form_received,
        withdrawn_on=row.withdrawn_on, next_of_kin_id=row.next_of_kin_id,
        contact_person_id=row.contact_person_id, id=row.id, version=row.version,
    )  # fmt: skip


def _check(consent: Consent) -> None:
    errors = {}
    if consent.kind is ConsentKind.SHARING and not consent.participant.strip():
        errors["participant"] = "Skriv hvem opplysningene kan deles med."
    if consent.given_on is None:
        errors["given_on"] = "Skriv datoen tjenestemottakeren samtykket."
    elif consent.expires_on is not None and consent.expires_on < consent.given_on:
        errors["expires_on"] = "Utløpsdatoen kan ikke være før datoen samtykket ble gitt."
    if errors:
        raise ValidationFailed(errors)

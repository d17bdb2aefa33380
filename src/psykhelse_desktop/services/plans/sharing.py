"""Everyone the consent form asks about: group members, plan participants, sharing consents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.group_vocabulary import MemberKind
from ...domain.groups import Member
from ...domain.plan_vocabulary import ConsentKind
from ...domain.plans import Consent, IndividualPlan, SharingChoice, SharingParty
from ...storage import models as m
from ..clock import oslo_today
from ..database import Database
from ..meetings.groups import full_name, group_row_for, load_members, user_row
from ..records.record_parts import load_next_of_kin

GROUP, KIN, BOOK = "Ansvarsgruppen", "Pårørende", "Adresseboken"


def sharing_parties(
    session: Session, user_id: int, plan: IndividualPlan, nurse_name: str
) -> tuple[SharingParty, ...]:
    """Each person or service once, in this order: the group's current members, the plan's
    participants, then anyone else a sharing consent names. Never the nurse or the user."""
    sharing = [c for c in plan.consents if c.kind is ConsentKind.SHARING]
    members = _members(session, user_id)
    covered = {c.id for m in members for c in m.consents}  # shown on the member's line
    parties = [SharingParty(m.name, m.organisation, _member_scope(m.consents),
                            _member_until(m.consents)) for m in members]  # fmt: skip
    parties += _participants(plan, {_key(c.participant): c for c in sharing})
    parties += [SharingParty(c.participant.strip(), "", c.scope, c.expires_on) for c in sharing
                if c.id not in covered]  # fmt: skip
    left_out = {_key(nurse_name), _key(full_name(user_row(session, user_id))), ""}
    chosen: dict[str, SharingParty] = {}
    for party in parties:
        if _key(party.name) not in left_out:
            chosen.setdefault(_key(party.name), party)
    return tuple(chosen.values())


def _members(session: Session, user_id: int) -> list[Member]:
    group = group_row_for(session, user_id)
    if group is None or group.active_to is not None:
        return []
    today = oslo_today()
    return [m for m in load_members(session, group.id)
            if m.kind is not MemberKind.SERVICE_USER and m.is_active_on(today)]  # fmt: skip


def _member_scope(consents: tuple) -> str:  # noqa: ANN001
    """Every distinct scope of the member's consents (the plan's and the group's)."""
    return "; ".join(dict.fromkeys(c.scope.strip() for c in consents if c.scope.strip()))


def _member_until(consents: tuple) -> dt.date | None:  # noqa: ANN001
    """The latest end among the member's consents; None when one of them has no end."""
    ends = [c.expires_on for c in consents]
    return None if not ends or None in ends else max(ends)


def _participants(plan: IndividualPlan, consents: dict[str, Consent]) -> list[SharingParty]:
    parties = []
    for person in plan.participants:
        consent = consents.get(_key(person.name))
        scope, until = (consent.scope, consent.expires_on) if consent else ("", None)
        parties.append(SharingParty(person.name.strip(), person.organisation, scope, until))
    return parties


def _key(name: str) -> str:
    return name.strip().casefold()


def sharing_choices(db: Database, user_id: int) -> list[SharingChoice]:
    """Who the consent editor offers: the group's members, the user's next of kin, then every
    person and service in the address book; each once, never the nurse or the user."""
    with db.transaction() as session:
        left_out = {_key(db.profile.name), _key(full_name(user_row(session, user_id)))}
        choices = [_member_choice(x) for x in _members(session, user_id)]
        choices += [SharingChoice(f"{k.name} ({k.relation.lower()})", k.name, KIN,
                                  next_of_kin_id=k.id)
                    for k in load_next_of_kin(session, user_id)]  # fmt: skip
        choices += _address_book(session)
    seen: set[tuple] = set()
    kept = []
    for choice in choices:
        key = (choice.next_of_kin_id, choice.contact_person_id, _key(choice.participant))
        if key not in seen and _key(choice.participant) not in left_out:
            seen.add(key)
            kept.append(choice)
    return kept


def _member_choice(member: Member) -> SharingChoice:
    label = f"{member.name}, {member.organisation}" if member.organisation else member.name
    return SharingChoice(label, member.name, GROUP, member.next_of_kin_id,
                         member.contact_person_id)  # fmt: skip


def _address_book(session: Session) -> list[SharingChoice]:
    people = session.execute(
        select(m.ContactPerson.id, m.ContactPerson.name, m.Organisation.name).outerjoin(
            m.Organisation, m.ContactPerson.organisation_id == m.Organisation.id)
    ).all()  # fmt: skip
    services = session.scalars(select(m.Organisation.name)).all()
    choices = [SharingChoice(f"{name}, {org}" if org else name, name, BOOK,
                             contact_person_id=person_id)
               for person_id, name, org in people]  # fmt: skip
    choices += [SharingChoice(name, name, BOOK) for name in services]
    return sorted(choices, key=lambda c: _key(c.label))

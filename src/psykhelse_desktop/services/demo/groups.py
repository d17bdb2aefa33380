"""Synthetic responsibility groups for the demo record: members, past and planned meetings.

Runs after the demo users are inserted, with Core bulk inserts. Past meetings have minutes,
decisions and action items (some overdue); one member of the first group has no consent to
share, so the minutes and the agenda leave that member out. Every other member's consent is an
entry in the user's consent list (the GP's comes from the plan), so the consent form, the
minutes' distribution and the letters agree.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.group_vocabulary import MeetingStatus, MemberKind
from ...storage import models as m

Row = dict[str, Any]
MAX_GROUPS = 15
PLACES = ("Møterom Øst, Testvik helsesenter", "Legekontoret på Ørnes", "Hjemme hos brukeren")
TOPICS = (
    ("Søvn og helse", "Sover bedre etter fast leggetid.", "Fortsetter med kveldsturer."),
    ("Økonomi", "Regningene er samlet hos NAV.", "NAV søker om økonomisk rådgivning."),
    ("Bolig", "Ønsker å bli boende i leiligheten.", "Kommunen ser på støtte til strøm."),
    ("Aktivitet", "Prøver arbeidstrening to dager i uka.", "Arbeidstreningen fortsetter."),
    ("Nettverk", "Savner noen å gå tur med.", "Frivilligsentralen kontaktes om turvenn."),
)  # fmt: skip
TASKS = (
    "Søke om støttekontakt", "Bestille time hos fastlegen", "Sende søknad om bostøtte",
    "Avklare arbeidstrening med NAV", "Ringe frivilligsentralen om turvenn",
)  # fmt: skip
ABSENCE_REASONS = ("Syk", "Kolliderte med et annet møte", "Ga ikke beskjed")
_MODELS = (
    m.ResponsibilityGroup, m.GroupMember, m.Meeting, m.MeetingInvitee, m.AgendaItem, m.ActionItem,
    m.ConsentEntry,
)  # fmt: skip
MEMBER_SCOPE = "Opplysninger som trengs for samarbeidet i ansvarsgruppen"


def add_demo_groups(session: Session, seed: int, today: dt.date, operator: str) -> dict[str, int]:
    """Groups for some users with a plan; returns how many groups, meetings and action items."""
    maker = _GroupMaker(session, random.Random(seed + 2), today, operator)
    with_group = select(m.ResponsibilityGroup.service_user_id)
    users = session.scalars(
        select(m.IndividualPlan.service_user_id)
        .where(m.IndividualPlan.service_user_id.not_in(with_group))
        .order_by(m.IndividualPlan.service_user_id)
    ).all()
    for number, user_id in enumerate(users[: min(MAX_GROUPS, max(1, len(users) // 2))]):
        maker.add_group(user_id, all_consent=number > 0)
    for model in _MODELS:
        if maker.rows[model]:
            session.execute(insert(model.__table__), maker.rows[model])
    return {
        "groups": len(maker.rows[m.ResponsibilityGroup]),
        "meetings": len(maker.rows[m.Meeting]),
        "action_items": len(maker.rows[m.ActionItem]),
    }


class _GroupMaker:
    def __init__(self, session: Session, rng: random.Random, today: dt.date, operator: str):
        self.session, self.rng, self.today, self.operator = session, rng, today, operator
        self.rows: dict[type, list[Row]] = {model: [] for model in _MODELS}
        self.ids = {model: (session.scalar(select(func.max(model.id))) or 0) for model in _MODELS}
        self.people = session.scalars(select(m.ContactPerson.id)).all()

    def _id(self, model: type) -> int:
        self.ids[model] += 1
        return self.ids[model]

    def add_group(self, user_id: int, *, all_consent: bool) -> None:
        group_id, since = self._id(m.ResponsibilityGroup), self.today - dt.timedelta(weeks=20)
        self.rows[m.ResponsibilityGroup].append(
            {"id": group_id, "service_user_id": user_id, "active_from": since, "active_to": None,
             "every_weeks": 6, "created_at": dt.datetime.combine(since, dt.time(8))}
        )  # fmt: skip
        members = self._members(group_id, user_id, since, all_consent)
        for weeks in (-12, -6, 2, 8):
            self._meeting(group_id, members, weeks)

    def _members(self, group_id: int, user_id: int, since: dt.date, all_consent: bool) -> list:
        sources = [(MemberKind.SERVICE_USER, None, None, "Tjenestemottaker")]
        sources += [(MemberKind.PARTNER, p, None, r) for p, r in self._partners(user_id)]
        kin = self.session.scalar(
            select(m.NextOfKin.id).where(m.NextOfKin.service_user_id == user_id,
                                         m.NextOfKin.is_minor_child.is_(False)).limit(1)
        )  # fmt: skip
        if kin and self.rng.random() < 0.5:
            sources.append((MemberKind.NEXT_OF_KIN, None, kin, "Pårørende"))
        ids = []
        for index, (kind, person, kin_id, role) in enumerate(sources):
            ids.append(self._member(group_id, kind, person, kin_id, role, since))
            wanted = all_consent or index < len(sources) - 1
            if wanted and kind is not MemberKind.SERVICE_USER:
                self._consent(user_id, person, kin_id, since)
        return ids

    def _consent(self, user_id: int, person: int | None, kin_id: int | None, since) -> None:  # noqa: ANN001
        if person is not None and self.session.scalar(
            select(m.ConsentEntry.id).where(
                m.ConsentEntry.service_user_id == user_id,
                m.ConsentEntry.contact_person_id == person,
                m.ConsentEntry.given_on <= since,
            )
        ):
            return  # the plan already has it (the GP)  # fmt: skip
        name = self.session.get(m.NextOfKin if kin_id else m.ContactPerson, kin_id or person).name
        self.rows[m.ConsentEntry].append(
            {"service_user_id": user_id, "kind": "deling", "participant": name,
             "next_of_kin_id": kin_id, "contact_person_id": person, "scope": MEMBER_SCOPE,
             "given_on": since, "expires_on": None, "withdrawn_on": None, "form_received": True}
        )  # fmt: skip

    def _partners(self, user_id: int) -> list[tuple[int, str]]:
        gp = self.session.scalar(
            select(m.GpPeriod.contact_person_id).where(
                m.GpPeriod.service_user_id == user_id, m.GpPeriod.valid_to.is_(None)
            )
        )
        links = self.session.execute(
            select(m.ServiceUserContact.contact_person_id, m.ServiceUserContact.role).where(
                m.ServiceUserContact.service_user_id == user_id
            )
        ).all()
        partners = [(gp, "Fastlege")] if gp else []
        partners += [(person, role) for person, role in links[:2]]
        return partners or [(self.rng.choice(self.people), "Samarbeidspartner")]

    def _member(self, group_id, kind, person, kin_id, role, since) -> int:  # noqa: ANN001
        member_id = self._id(m.GroupMember)
        self.rows[m.GroupMember].append(
            {"id": member_id, "group_id": group_id, "kind": kind.value, "contact_person_id": person,
             "next_of_kin_id": kin_id, "role": role, "active_from": since, "active_to": None}
        )  # fmt: skip
        return member_id

    def _meeting(self, group_id: int, members: list[int], weeks: int) -> None:
        meeting_id, held = self._id(m.Meeting), weeks < 0
        day = self.today + dt.timedelta(weeks=weeks, days=group_id % 4)
        starts = dt.datetime.combine(day, dt.time(self.rng.choice((9, 10, 13, 14)), 0))
        self.rows[m.Meeting].append(
            {"id": meeting_id, "group_id": group_id, "starts_at": starts, "duration_minutes": 90,
             "place": self.rng.choice(PLACES), "video_link": "", "minutes_version": 1,
             "status": (MeetingStatus.HELD if held else MeetingStatus.PLANNED).value,
             "locked_at": None, "locked_how": "", "correction_note": "",
             "created_at": dt.datetime.combine(self.today, dt.time(8))}
        )  # fmt: skip
        absent = self.rng.choice(members[1:]) if held else None
        for member_id in members:
            self._invitee(meeting_id, member_id, held, absent)
        for position, topic in enumerate(self.rng.sample(TOPICS, 2), start=1):
            self._agenda_item(meeting_id, position, topic, held)
        if held:
            self._action_item(group_id, meeting_id, members, starts.date())

    def _invitee(self, meeting_id: int, member_id: int, held: bool, absent: int | None) -> None:
        came = None if not held else member_id != absent
        reason = self.rng.choice(ABSENCE_REASONS) if came is False else ""
        self.rows[m.MeetingInvitee].append(
            {"meeting_id": meeting_id, "member_id": member_id, "attended": came,
             "absence_reason": reason}
        )  # fmt: skip

    def _agenda_item(self, meeting_id: int, position: int, topic: tuple, held: bool) -> None:
        title, notes, decision = topic
        self.rows[m.AgendaItem].append(
            {"id": self._id(m.AgendaItem), "meeting_id": meeting_id, "position": position,
             "title": title, "notes": notes if held else "", "decision": decision if held else ""}
        )  # fmt: skip

    def _action_item(
        self, group_id: int, meeting_id: int, members: list[int], day: dt.date
    ) -> None:
        due = day + dt.timedelta(weeks=self.rng.choice((2, 4, 10)))
        closed = due < self.today and self.rng.random() < 0.4
        self.rows[m.ActionItem].append(
            {"id": self._id(m.ActionItem), "group_id": group_id, "meeting_id": meeting_id,
             "what": self.rng.choice(TASKS), "owner_member_id": None, "owner_name": self.operator,
             "due_on": due, "closed_on": due if closed else None,
             "closed_by": self.operator if closed else "",
             "created_at": dt.datetime.combine(day, dt.time(15))}
        )  # fmt: skip

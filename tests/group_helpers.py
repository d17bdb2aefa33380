"""A synthetic responsibility group for tests: Åse Øvrebø, her sister, NAV and DPS, one meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from psykhelse_desktop.domain.group_vocabulary import MemberKind
from psykhelse_desktop.domain.groups import (
    ActionItemForm,
    AgendaEntry,
    Attendance,
    MeetingForm,
    MemberForm,
)
from psykhelse_desktop.domain.records import (
    ContactPersonForm,
    NextOfKinForm,
    OrganisationForm,
    ServiceUserForm,
)
from psykhelse_desktop.services.meetings import action_items, groups, meetings
from psykhelse_desktop.services.records import address_book, record_parts, service_users

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 9, 0)
FIRST = dt.datetime(2026, 11, 24, 13, 30)
PLACE = "Møterom Øst, Testvik helsesenter"


@dataclass(frozen=True)
class Group:
    user_id: int
    group_id: int
    user_member: int
    sister: int
    nav: int
    dps: int
    meeting_id: int

    @property
    def everyone(self) -> tuple[int, ...]:
        return (self.user_member, self.sister, self.nav, self.dps)


def make_group(db, user_id: int | None = None) -> Group:
    """The group with consent to share with the sister and NAV, but not with DPS."""
    user_id = user_id or service_users.create(
        db,
        ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7),
                        address="Fjæreveien 3", postal_code="8150", postal_place="Ørnes"),
    )  # fmt: skip
    kin = record_parts.add_next_of_kin(
        db, user_id, NextOfKinForm("Åsne Øvrebø", "Søster")
    )  # no address
    nav_person = _partner(db, "NAV Testvik", "Bjørn Åsheim", "Veileder")
    dps_person = _partner(db, "DPS Fjordby", "Kåre Sæther", "Behandler")
    group_id = groups.create_group(db, user_id, TODAY)
    user_member = groups.open_group(db, user_id).members[0].id
    sister = groups.add_member(
        db, group_id, MemberForm(MemberKind.NEXT_OF_KIN, "Pårørende", next_of_kin_id=kin,
                                 consent_on=TODAY),
    )  # fmt: skip
    nav = groups.add_member(
        db, group_id, MemberForm(MemberKind.PARTNER, "NAV-veileder", nav_person, consent_on=TODAY)
    )
    dps = groups.add_member(db, group_id, MemberForm(MemberKind.PARTNER, "Behandler", dps_person))
    form = MeetingForm(FIRST, 90, PLACE, "", (user_member, sister, nav, dps),
                       ("Søvn og hverdag", "Økonomi og arbeid"))  # fmt: skip
    meeting_id = meetings.plan_meeting(db, group_id, form, now=NOW)
    return Group(user_id, group_id, user_member, sister, nav, dps, meeting_id)


def hold_meeting(db, group: Group) -> None:
    """Minutes for the first meeting: DPS absent, two decisions, two action items."""
    items = meetings.load_minutes(db, group.meeting_id).items
    entries = (
        AgendaEntry(items[0].id, items[0].title, "Åse sover bedre etter at hun fikk lysterapi.",
                    "Vi fortsetter med kveldsturer tre ganger i uka."),
        AgendaEntry(items[1].id, items[1].title, "Gjelda er samlet hos én kreditor.",
                    "NAV søker om økonomisk rådgivning."),
    )  # fmt: skip
    attendance = (
        Attendance(group.user_member, True),
        Attendance(group.sister, True),
        Attendance(group.nav, True),
        Attendance(group.dps, False, "Syk, sendte beskjed på e-post."),
    )
    meetings.save_minutes(db, group.meeting_id, attendance, entries, version=1)
    for what, owner, days in (
        ("Søke om økonomisk rådgivning hos NAV", group.nav, 14),
        ("Kjøpe refleksvest før kveldsturene", group.user_member, 7),
    ):
        form = ActionItemForm(what, owner, due_on=TODAY + dt.timedelta(days=days))
        action_items.add_action_item(db, group.meeting_id, form)


def _partner(db, organisation: str, name: str, role: str) -> int:
    org = address_book.save_organisation(
        db,
        OrganisationForm(
            organisation,
            "NAV",
            "75 00 00 00",
            address="Storgata 1",
            postal_code="8150",
            postal_place="Ørnes",
        ),
    )
    return address_book.save_person(db, ContactPersonForm(name, org, role, "912 34 567"))

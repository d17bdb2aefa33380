"""Responsibility groups (ansvarsgrupper), their meetings and action items as plain data.

Times are the wall-clock time in Norway (Europe/Oslo), stored without a time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .group_vocabulary import (
    LEFT_OUT,
    NO_CONSENT,
    NOT_MEMBER,
    OWN_RECORD,
    RECEIVES,
    LockReason,
    MeetingStatus,
    MemberKind,
)
from .plan_vocabulary import ConsentKind
from .plans import Consent


@dataclass(frozen=True)
class MemberForm:
    """A new member: the service user, one of the user's next of kin, or a partner."""

    kind: MemberKind = MemberKind.PARTNER
    role: str = ""
    contact_person_id: int | None = None
    next_of_kin_id: int | None = None
    consent_on: dt.date | None = None  # becomes a sharing consent entry for the member
    consent_expires_on: dt.date | None = None
    active_from: dt.date | None = None


@dataclass(frozen=True)
class Member:
    """A member as shown and printed; name and address come from the record or address book."""

    id: int
    kind: MemberKind
    name: str
    role: str
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""  # the lines of the postal address, as on an envelope
    active_from: dt.date | None = None
    active_to: dt.date | None = None
    version: int = 1
    next_of_kin_id: int | None = None
    contact_person_id: int | None = None
    consents: tuple[Consent, ...] = ()  # the user's sharing consents that name this member
    protected_address: bool = False
    postable: bool = False  # street, a four-digit postcode and a place are all known

    def is_active_on(self, day: dt.date) -> bool:
        started = self.active_from is None or self.active_from <= day
        return started and (self.active_to is None or day <= self.active_to)

    def valid_consent(self, day: dt.date) -> Consent | None:
        """The user's consent to share with this member that holds on `day` (newest first)."""
        valid = [c for c in self.consents if c.is_valid_on(day)]
        return max(valid, key=_given, default=None)

    def may_receive_health_information(self, day: dt.date) -> bool:
        return self.kind is MemberKind.SERVICE_USER or self.valid_consent(day) is not None


def _given(consent: Consent) -> dt.date:
    return consent.given_on or dt.date.min


def names_member(consent: Consent, member: Member) -> bool:
    """Whether a sharing consent is for this member: by link, or by the name or the service."""
    if consent.kind is not ConsentKind.SHARING or member.kind is MemberKind.SERVICE_USER:
        return False
    if consent.next_of_kin_id is not None or consent.contact_person_id is not None:
        linked = consent.next_of_kin_id, consent.contact_person_id
        return linked in ((member.next_of_kin_id, None), (None, member.contact_person_id))
    who = consent.participant.strip().casefold()
    return bool(who) and who in (member.name.strip().casefold(),
                                 member.organisation.strip().casefold())  # fmt: skip


@dataclass(frozen=True)
class MeetingForm:
    starts_at: dt.datetime | None = None
    duration_minutes: int = 90
    place: str = ""
    video_link: str = ""
    invited: tuple[int, ...] = ()
    agenda: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingRow:
    id: int
    group_id: int
    service_user_id: int
    starts_at: dt.datetime
    status: MeetingStatus
    place: str
    minutes_locked: bool = False
    video_link: str = ""
    duration_minutes: int = 90
    invited_count: int = 0
    minutes_version: int = 1


@dataclass(frozen=True)
class GroupView:
    id: int
    service_user_id: int
    person_name: str
    active_from: dt.date
    active_to: dt.date | None
    every_weeks: int | None
    members: tuple[Member, ...]
    meetings: tuple[MeetingRow, ...]

    def next_meeting(self, now: dt.datetime) -> MeetingRow | None:
        planned = [m for m in self.meetings if m.status is MeetingStatus.PLANNED]
        return min((m for m in planned if m.starts_at >= now), key=_start, default=None)

    def suggested_start(self, now: dt.datetime) -> dt.datetime:
        """The default time for a new meeting (Norwegian wall-clock time).

        `every_weeks` after the latest meeting that is not cancelled, if that is still ahead;
        otherwise the next weekday at 10:00.
        """
        kept = [m.starts_at for m in self.meetings if m.status is not MeetingStatus.CANCELLED]
        if kept and self.every_weeks:
            after_latest = max(kept) + dt.timedelta(weeks=self.every_weeks)
            if after_latest > now:
                return after_latest
        day = now.date() + dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        return dt.datetime.combine(day, dt.time(10, 0))


def _start(meeting: MeetingRow) -> dt.datetime:
    return meeting.starts_at


@dataclass(frozen=True)
class Attendance:
    """Whether an invited member came; a reason when they did not."""

    member_id: int
    attended: bool
    absence_reason: str = ""


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    role: str
    organisation: str
    attended: bool | None
    absence_reason: str = ""


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item (sak) with what was said and what was agreed."""

    id: int = 0
    title: str = ""
    notes: str = ""
    decision: str = ""


@dataclass(frozen=True)
class ActionItemForm:
    what: str = ""
    owner_member_id: int | None = None
    owner_name: str = ""
    due_on: dt.date | None = None
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class ActionItem:
    """Who does what by when; lives across meetings until it is closed."""

    id: int
    group_id: int
    meeting_id: int
    what: str
    owner: str
    due_on: dt.date
    closed_on: dt.date | None = None
    closed_by: str = ""
    person_name: str = ""
    agenda_item_id: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.closed_on is None and self.due_on < today


@dataclass(frozen=True)
class Minutes:
    """Everything the printed minutes say; a locked version is kept as a snapshot of this."""

    meeting_id: int
    person_name: str
    birth_date: dt.date | None
    starts_at: dt.datetime
    duration_minutes: int
    place: str
    video_link: str
    attendance: tuple[AttendanceLine, ...]
    items: tuple[AgendaEntry, ...]
    action_items: tuple[ActionItem, ...]
    carried_over: tuple[ActionItem, ...]
    next_meeting: dt.datetime | None
    written_by: str
    version: int = 1
    locked_at: dt.datetime | None = None
    locked_how: LockReason | None = None
    correction_note: str = ""

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class Recipient:
    """Whether one member receives the minutes, and why (or why not)."""

    member_id: int
    name: str
    role: str
    receives: bool
    reason: str


def validate_member(form: MemberForm) -> dict[str, str]:
    errors = {} if form.role.strip() else {"role": "Skriv hvilken rolle medlemmet har i gruppen."}
    if form.kind is MemberKind.PARTNER and form.contact_person_id is None:
        errors["contact_person_id"] = "Velg personen fra adresseboken."
    if form.kind is MemberKind.NEXT_OF_KIN:
        errors.update(_check_next_of_kin(form))
    expires, given = form.consent_expires_on, form.consent_on
    if expires is not None and (given is None or expires < given):
        errors["consent_expires_on"] = "Utløpsdatoen kan ikke være før datoen samtykket ble gitt."
    return errors


def _check_next_of_kin(form: MemberForm) -> dict[str, str]:
    errors = {}
    if form.next_of_kin_id is None:
        errors["next_of_kin_id"] = "Velg hvilken pårørende som skal være med."
    if form.consent_on is None:
        errors["consent_on"] = (
            "Pårørende er bare med når tjenestemottakeren ønsker det. "
            "Skriv datoen tjenestemottakeren samtykket."
        )
    return errors


def validate_meeting(form: MeetingForm, now: dt.datetime) -> dict[str, str]:
    """Rules for planning a meeting; `now` is the wall-clock time in Norway."""
    errors = {}
    if form.starts_at is None:
        errors["starts_at"] = "Skriv dato og klokkeslett for møtet."
    elif form.starts_at < now:
        errors["starts_at"] = "Tidspunktet har passert. Velg et tidspunkt fram i tid."
    if form.duration_minutes <= 0:
        errors["duration_minutes"] = "Møtet må vare minst ett minutt."
    if not form.place.strip() and not form.video_link.strip():
        errors["place"] = "Skriv hvor møtet holdes, eller lim inn lenken til videomøtet."
    if not form.invited:
        errors["invited"] = "Møtet har ingen deltakere. Inviter minst ett medlem av gruppen."
    return errors


def validate_action_item(form: ActionItemForm) -> dict[str, str]:
    errors = {}
    if not form.what.strip():
        errors["what"] = "Skriv hva som skal gjøres."
    if form.owner_member_id is None and not form.owner_name.strip():
        errors["owner"] = "Oppgaven mangler ansvarlig. Velg hvem som skal gjøre den."
    if form.due_on is None:
        errors["due_on"] = "Oppgaven mangler frist. Skriv innen hvilken dato den skal være gjort."
    return errors


def minutes_recipient(member: Member, day: dt.date) -> Recipient:
    """Whether the member receives the minutes of a meeting on `day`, and why (or why not)."""
    if member.kind is MemberKind.SERVICE_USER:
        receives, reason = True, OWN_RECORD
    elif not member.is_active_on(day):
        receives, reason = False, NOT_MEMBER
    elif (consent := member.valid_consent(day)) is None:
        receives, reason = False, NO_CONSENT
    else:
        receives, reason = True, _consent_reason(consent)
    label = RECEIVES if receives else LEFT_OUT
    return Recipient(member.id, member.name, member.role, receives, f"{label}: {reason}")


def _consent_reason(consent: Consent) -> str:
    assert consent.given_on is not None
    until = f", gjelder til {consent.expires_on:%d.%m.%Y}" if consent.expires_on else ""
    return f"samtykke til deling gitt {consent.given_on:%d.%m.%Y}{until}"

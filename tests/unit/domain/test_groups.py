"""The rules for groups, meetings and action items, with the messages the nurse sees."""

import dataclasses
import datetime as dt

from psykhelse_desktop.domain.group_vocabulary import MeetingStatus, MemberKind
from psykhelse_desktop.domain.groups import (
    ActionItemForm,
    GroupView,
    MeetingForm,
    MeetingRow,
    Member,
    MemberForm,
    minutes_recipient,
    names_member,
    validate_action_item,
    validate_meeting,
    validate_member,
)
from psykhelse_desktop.domain.plan_vocabulary import ConsentKind
from psykhelse_desktop.domain.plans import Consent

NOW = dt.datetime(2026, 11, 23, 9, 0)
DAY = dt.date(2026, 11, 24)


def test_a_good_meeting_passes():
    form = MeetingForm(NOW + dt.timedelta(days=1), 90, "Helsesenteret", "", (1, 2))
    assert validate_meeting(form, NOW) == {}


def test_a_video_meeting_needs_no_place():
    form = MeetingForm(NOW + dt.timedelta(days=1), 60, "", "https://video.example/x", (1,))
    assert validate_meeting(form, NOW) == {}


def test_a_meeting_without_time_or_length():
    errors = validate_meeting(MeetingForm(None, 0, "Her", "", (1,)), NOW)
    assert errors == {
        "starts_at": "Skriv dato og klokkeslett for møtet.",
        "duration_minutes": "Møtet må vare minst ett minutt.",
    }


def test_an_action_item_with_owner_and_deadline_passes():
    assert validate_action_item(ActionItemForm("Ringe", owner_member_id=3, due_on=DAY)) == {}
    assert validate_action_item(ActionItemForm(" ", owner_name="X", due_on=DAY)) == {
        "what": "Skriv hva som skal gjøres."
    }


def test_partner_member_needs_a_person_from_the_address_book():
    errors = validate_member(MemberForm(MemberKind.PARTNER, "NAV-veileder"))
    assert errors == {"contact_person_id": "Velg personen fra adresseboken."}


def _nav(consent: Consent) -> Member:
    member = Member(1, MemberKind.PARTNER, "Bjørn Åsheim", "NAV-veileder", "NAV Testvik",
                    contact_person_id=7)  # fmt: skip
    return dataclasses.replace(member, consents=(consent,) if names_member(consent, member) else ())


def test_consent_must_be_given_before_the_meeting():
    member = _nav(Consent(ConsentKind.SHARING, "Bjørn Åsheim", given_on=DAY, contact_person_id=7))
    assert minutes_recipient(member, DAY).receives
    late = minutes_recipient(member, DAY - dt.timedelta(days=1))
    assert not late.receives and late.reason.startswith("Får ikke referatet")


def test_an_expired_or_withdrawn_consent_counts_as_none():
    week = dt.timedelta(days=7)
    expired = Consent(
        ConsentKind.SHARING, "NAV Testvik", given_on=DAY - week, expires_on=DAY - week
    )
    withdrawn = Consent(ConsentKind.SHARING, "NAV Testvik", given_on=DAY - week, withdrawn_on=DAY)
    for consent in (expired, withdrawn):
        member = _nav(consent)
        assert member.consents == (consent,)  # the service's name counts as naming the member
        assert not minutes_recipient(member, DAY).receives
        assert not member.may_receive_health_information(DAY)
    assert minutes_recipient(_nav(expired), DAY - week).receives


def test_a_consent_linked_to_another_person_does_not_count():
    other = Consent(ConsentKind.SHARING, "Bjørn Åsheim", given_on=DAY, contact_person_id=8)
    assert _nav(other).consents == ()


def test_the_service_user_always_receives_the_minutes():
    member = Member(1, MemberKind.SERVICE_USER, "Åse Øvrebø", "Tjenestemottaker")
    assert minutes_recipient(member, DAY).reason == "Får referatet: tjenestemottakeren selv"


def _view(meetings, every_weeks=6):
    return GroupView(1, 1, "Åse Øvrebø", DAY, None, every_weeks, (), tuple(meetings))


def _meeting(starts_at, status=MeetingStatus.PLANNED):
    return MeetingRow(1, 1, 1, starts_at, status, "Helsesenteret")


def test_a_new_meeting_is_suggested_the_group_rhythm_after_the_latest():
    latest = dt.datetime(2026, 12, 1, 13, 30)
    cancelled = _meeting(dt.datetime(2027, 1, 5, 10, 0), MeetingStatus.CANCELLED)
    view = _view([_meeting(latest), cancelled])
    assert view.suggested_start(NOW) == latest + dt.timedelta(weeks=6)


def test_without_a_rhythm_the_next_weekday_at_ten_is_suggested():
    friday = dt.datetime(2026, 11, 27, 15, 0)
    assert _view([]).suggested_start(friday) == dt.datetime(2026, 11, 30, 10, 0)
    long_ago = _view([_meeting(dt.datetime(2025, 1, 7, 12, 0))], every_weeks=None)
    assert long_ago.suggested_start(NOW) == dt.datetime(2026, 11, 24, 10, 0)


def test_a_consent_cannot_expire_before_it_is_given():
    form = MemberForm(MemberKind.PARTNER, "NAV-veileder", 7, consent_on=DAY,
                      consent_expires_on=DAY - dt.timedelta(days=1))  # fmt: skip
    assert validate_member(form) == {
        "consent_expires_on": "Utløpsdatoen kan ikke være før datoen samtykket ble gitt."
    }

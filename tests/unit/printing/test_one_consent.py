"""One consent governs all sharing: a group with a next of kin, NAV and the GP, where the user
has consented to share with the GP only (given in the plan's consent section). The minutes go to
the user and the GP; only their invitations carry the agenda and the user's name; the consent
form asks about all three, and never about the nurse herself."""

import dataclasses
import datetime as dt

import pytest
from tests.group_helpers import NOW, TODAY

from psykhelse_desktop.domain.group_vocabulary import MemberKind
from psykhelse_desktop.domain.groups import MeetingForm, MemberForm
from psykhelse_desktop.domain.plan_vocabulary import ConsentKind
from psykhelse_desktop.domain.plans import Consent, Participant
from psykhelse_desktop.domain.records import (
    ContactPersonForm,
    NextOfKinForm,
    OrganisationForm,
    ServiceUserForm,
)
from psykhelse_desktop.printing.documents import DocumentKind, print_document
from psykhelse_desktop.printing.meeting_documents import (
    MeetingDocumentKind,
    print_meeting_document,
)
from psykhelse_desktop.services.meetings import groups, meetings
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import address_book, record_parts, service_users

from .conftest import page_count, pdf_text

GP = "Dr. Åshild Næss"  # Sámi letters need the fonts of issue 11 (documents)
MEETING = dt.datetime(2026, 12, 8, 10, 0)


def _person(db, organisation: str, name: str, role: str) -> int:
    org = address_book.save_organisation(
        db, OrganisationForm(organisation, "", "75 00 00 00", address="Storgata 1, 8150 Ørnes")
    )
    return address_book.save_person(db, ContactPersonForm(name, org, role, "912 34 567"))


@pytest.fixture
def meeting(db):
    user = service_users.create(db, ServiceUserForm(
        "Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7), address="Fjæreveien 3",
        postal_code="8150", postal_place="Ørnes"))  # fmt: skip
    kin = record_parts.add_next_of_kin(
        db, user, NextOfKinForm("Åsne Øvrebø", "Søster", address="Sjøgata 2, 8150 Ørnes")
    )
    nav = _person(db, "NAV Testvik", "Bjørn Åsheim", "Veileder")
    gp = _person(db, "Ørnes legekontor", GP, "Fastlege")
    group = groups.create_group(db, user, TODAY)
    kin_member = groups.add_member(
        db,
        group,
        MemberForm(MemberKind.NEXT_OF_KIN, "Pårørende", next_of_kin_id=kin, consent_on=TODAY),
    )
    groups.set_consent(db, kin_member, None, version=1, today=TODAY)  # she withdrew it
    groups.add_member(db, group, MemberForm(MemberKind.PARTNER, "NAV-veileder", nav))
    groups.add_member(db, group, MemberForm(MemberKind.PARTNER, "Fastlege", gp))
    _consent_in_the_plan(db, user, gp)
    members = tuple(m.id for m in groups.open_group(db, user).members)
    form = MeetingForm(MEETING, 60, "Ørnes legekontor", "", members,
                       ("Rusbruken siste måned", "Søknad om arbeidsavklaringspenger"))  # fmt: skip
    return user, meetings.plan_meeting(db, group, form, now=NOW)


def _consent_in_the_plan(db, user: int, gp: int) -> None:
    """The GP's consent is given in the plan's consent section; the nurse is a participant."""
    view = plans.create_plan(db, user)
    plan = dataclasses.replace(
        view.plan,
        participants=(Participant("Kari Testesen", "Koordinator"),),
        consents=(
            Consent(ConsentKind.PLAN, given_on=TODAY, form_received=True),
            Consent(ConsentKind.SHARING, GP, "Medisiner og innleggelser", TODAY,
                    contact_person_id=gp),
        ),
    )  # fmt: skip
    plans.save_plan(db, user, plan, version=view.revision.number, today=TODAY)


def _pages(path) -> list[str]:
    return [" ".join(pdf_text(path, n).split()) for n in range(1, page_count(path) + 1)]


def test_the_minutes_go_to_the_user_and_the_gp_only(db, meeting):
    _, meeting_id = meeting
    recipients = {r.name: r for r in meetings.minutes_recipients(db, meeting_id)}
    assert {n for n, r in recipients.items() if r.receives} == {"Åse Øvrebø", GP}
    assert "gitt 23.11.2026" in recipients[GP].reason
    for name in ("Åsne Øvrebø", "Bjørn Åsheim"):
        assert recipients[name].reason.startswith("Får ikke referatet: tjenestemottakeren har")


def test_only_consented_members_invitations_hold_the_agenda(db, meeting, tmp_path):
    _, meeting_id = meeting
    path = print_meeting_document(db, meeting_id, MeetingDocumentKind.INVITATION,
                                  tmp_path / "innkalling.pdf", today=TODAY)  # fmt: skip
    user, kin, nav, gp = _pages(path)
    for letter in (user, gp):
        assert "Rusbruken siste måned" in letter and "Saksliste" in letter
        assert "Tid: tirsdag 08.12.2026 kl. 10.00–11.00" in letter
    assert "ansvarsgruppen for Åse Øvrebø" in gp and "Ørnes legekontor" in gp
    for letter in (kin, nav):
        assert "Du innkalles til et ansvarsgruppemøte." in letter
        assert "Tid: tirsdag 08.12.2026 kl. 10.00–11.00" in letter
        assert "Sted: Ørnes legekontor" in letter
        for health in ("Åse", "Øvrebø, født", "Saksliste", "Rus", "arbeidsavklaring"):
            assert health not in letter.replace("Åsne Øvrebø", "")
    assert "Åsne Øvrebø" in kin and "Sjøgata 2, 8150 Ørnes" in kin and "Pårørende" not in kin


def test_the_agenda_says_who_it_may_go_to(db, meeting, tmp_path):
    _, meeting_id = meeting
    path = print_meeting_document(db, meeting_id, MeetingDocumentKind.AGENDA,
                                  tmp_path / "saksliste.pdf", today=TODAY)  # fmt: skip
    text = " ".join(_pages(path))
    assert f"Sakslisten sendes bare til: Åse Øvrebø, {GP}." in text.replace(
        ". Ikke til (mangler gyldig samtykke): Åsne Øvrebø, Bjørn Åsheim", ""
    )
    assert "Ikke til (mangler gyldig samtykke): Åsne Øvrebø, Bjørn Åsheim" in text


def test_the_consent_form_asks_about_every_member_and_never_the_nurse(db, meeting, tmp_path):
    user, _ = meeting
    path = print_document(db, user, DocumentKind.CONSENT, tmp_path / "samtykke.pdf", today=TODAY)
    table = " ".join(_pages(path)).split("Deltaker Virksomhet")[1].split("Slik trekker du")[0]
    for name in ("Åsne Øvrebø", "Bjørn Åsheim", GP):
        assert table.count(name) == 1
    assert "Medisiner og" in table and "innleggelser" in table  # the cell wraps
    assert "Kari Testesen" not in table


def test_a_consent_given_in_the_group_while_the_plan_is_open_is_kept(db, meeting):
    user, _ = meeting
    view = plans.open_plan(db, user)  # the plan form opens on this
    nav = next(m for m in groups.open_group(db, user).members if m.name == "Bjørn Åsheim")
    groups.set_consent(db, nav.id, TODAY, version=nav.version)
    shown = tuple(c.id for c in view.plan.consents)
    edited = dataclasses.replace(view.plan, cooperation="Samarbeid med NAV om arbeid.")
    _, changes = plans.save_plan(db, user, edited, version=view.revision.number,
                                 shown_consents=shown, today=TODAY)  # fmt: skip
    assert len(changes) == 1 and "Samarbeid" in changes[0].part  # not "Samtykke fjernet"
    names = [c.participant for c in plans.open_plan(db, user).plan.consents]
    assert "Bjørn Åsheim" in names
    recipients = {r.name: r.receives for r in meetings.minutes_recipients(db, meeting[1])}
    assert recipients["Bjørn Åsheim"]

"""No silent overwrite: a form opened on an older version is refused with what is stored now.

Each test plays two windows: both open the same row, the first saves, the second (older) saves.
"""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from tests.group_helpers import hold_meeting, make_group

from psykhelse_desktop.domain.daily_vocabulary import JournalKind, ServiceType
from psykhelse_desktop.domain.decisions import DecisionForm
from psykhelse_desktop.domain.errors import EditConflict
from psykhelse_desktop.domain.groups import AgendaEntry
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.plans import CrisisPlan
from psykhelse_desktop.domain.records import (
    ContactPersonForm,
    NextOfKinForm,
    OrganisationForm,
    ServiceUserForm,
)
from psykhelse_desktop.domain.requests import RequestForm
from psykhelse_desktop.services.daily import decisions, journal, requests
from psykhelse_desktop.services.meetings import groups, meetings
from psykhelse_desktop.services.meetings.meeting_editing import open_meeting_for_editing
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import address_book, record_parts, service_users
from psykhelse_desktop.storage import models as m

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 12, 0)


@pytest.fixture
def ola(db) -> int:
    form = ServiceUserForm("Ola", "Øvrebø", birth_date=dt.date(1980, 3, 4), phone="912 34 567")
    return service_users.create(db, form)


def _with(form, **changes):
    return dataclasses.replace(form, **changes)


def test_the_older_window_is_refused_and_told_what_is_stored_now(db, ola):
    first = service_users.open_record(db, ola)
    second = service_users.open_record(db, ola)
    assert first.version == second.version == 1
    service_users.update(db, ola, _with(first.form, phone="915 55 444"), version=first.version)

    with pytest.raises(EditConflict) as refused:
        service_users.update(db, ola, _with(second.form, address="Fjæreveien 3"), version=1)

    conflict = refused.value
    assert conflict.version == 2 and conflict.stored.phone == "915 55 444"
    assert conflict.message.startswith("Tjenestemottakeren er endret et annet sted")
    stored = service_users.open_record(db, ola)
    assert (stored.form.phone, stored.form.address, stored.version) == ("915 55 444", "", 2)


def test_saving_again_on_the_stored_version_overwrites_deliberately(db, ola):
    first = service_users.open_record(db, ola)
    service_users.update(db, ola, _with(first.form, phone="915 55 444"), version=1)
    mine = _with(first.form, address="Fjæreveien 3")
    with pytest.raises(EditConflict) as refused:
        service_users.update(db, ola, mine, version=1)
    service_users.update(db, ola, mine, version=refused.value.version)
    stored = service_users.open_record(db, ola)
    assert stored.form.phone == "912 34 567" and stored.form.address == "Fjæreveien 3"
    assert stored.version == 3


def test_an_older_form_with_nothing_changed_is_no_conflict(db, ola):
    first = service_users.open_record(db, ola)
    service_users.update(db, ola, _with(first.form, phone="915 55 444"), version=1)
    assert service_users.update(db, ola, _with(first.form, phone="915 55 444"), version=1) == []


def test_closing_the_service_also_moves_the_version_on(db, ola):
    """Any change of the row counts, not only a form's: SQLAlchemy's version_id_col."""
    service_users.close(db, ola, TODAY, "Flyttet")
    assert service_users.open_record(db, ola).version == 2


def test_the_plan_story_two_windows_the_older_saves_the_newer_text_stays(db, ola):
    """Issue 9: the older window's save silently threw away what the newer one saved."""
    view = plans.create_plan(db, ola)
    older = newer = view
    newer_text = "Hjemmesykepleien ringer hver morgen."
    plans.save_plan(db, ola, _with(newer.plan, cooperation=newer_text), version=1)

    crisis = CrisisPlan(warning_signs="Sover dårlig, trekker seg unna.")
    mine = _with(older.plan, crisis_plan=crisis)
    with pytest.raises(EditConflict) as refused:
        plans.save_plan(db, ola, mine, version=older.revision.number)

    assert refused.value.version == 2
    assert refused.value.stored.cooperation == newer_text
    assert plans.open_plan(db, ola).plan.cooperation == newer_text
    assert plans.open_plan(db, ola).revision.number == 2


def test_keeping_her_plan_on_top_of_the_stored_one_loses_neither(db, ola):
    view = plans.create_plan(db, ola)
    plans.save_plan(db, ola, _with(view.plan, cooperation="Fra det nye vinduet."), version=1)
    with pytest.raises(EditConflict) as refused:
        plans.save_plan(db, ola, _with(view.plan, needs="Fra det gamle."), version=1)
    stored = refused.value.stored
    plans.save_plan(db, ola, _with(stored, needs="Fra det gamle."), version=refused.value.version)
    saved = plans.open_plan(db, ola)
    assert (saved.revision.number, saved.plan.cooperation, saved.plan.needs) == (
        3, "Fra det nye vinduet.", "Fra det gamle."
    )  # fmt: skip
    assert plans.load_revision(db, ola, 2).cooperation == "Fra det nye vinduet."


def _next_of_kin(db, ola):
    kin = record_parts.add_next_of_kin(db, ola, NextOfKinForm("Åsne Øvrebø", "Søster"))
    return lambda text, version: record_parts.update_next_of_kin(
        db, kin, NextOfKinForm("Åsne Øvrebø", "Søster", notes=text), version=version
    )


def _organisation(db, _ola):
    org = address_book.save_organisation(db, OrganisationForm("NAV Testvik"))
    return lambda text, version: address_book.save_organisation(
        db, OrganisationForm("NAV Testvik", address=text), org, version=version
    )


def _contact_person(db, _ola):
    person = address_book.save_person(db, ContactPersonForm("Bjørn Åsheim"))
    return lambda text, version: address_book.save_person(
        db, ContactPersonForm("Bjørn Åsheim", role=text), person, version=version
    )


def _decision(db, ola):
    form = DecisionForm(ServiceType.HOME_BASED, 2.0, TODAY, TODAY)
    decision = decisions.create_decision(db, ola, form)
    return lambda text, version: decisions.update_decision(
        db, decision, _with(form, notes=text), version=version
    )


def _request(db, ola):
    form = RequestForm(TODAY, "Fastlege", service_user_id=ola)
    request = requests.create_request(db, form, today=TODAY)
    return lambda text, version: requests.update_request(
        db, request, _with(form, notes=text), version=version, today=TODAY
    )


def _journal_draft(db, ola):
    form = JournalForm(NOW, JournalKind.PHONE, 15, "Tema: søvn.")
    entry = journal.create_draft(db, ola, form, now=NOW)
    return lambda text, version: journal.update_draft(
        db, entry, _with(form, text=text), version=version, now=NOW
    )


def _minutes(db, ola):
    group = make_group(db, ola)
    return lambda text, version: meetings.save_minutes(
        db, group.meeting_id, (), (AgendaEntry(0, "Søvn", text),), version=version
    )


def _group_member(db, ola):
    group = make_group(db, ola)
    return lambda text, version: groups.set_consent(
        db, group.dps, TODAY - dt.timedelta(days=len(text)), version=version
    )


@pytest.mark.parametrize(
    "opened",
    [_next_of_kin, _organisation, _contact_person, _decision, _request, _journal_draft,
     _minutes, _group_member],
)  # fmt: skip
def test_every_form_refuses_a_save_from_an_older_version(db, ola, opened):
    save = opened(db, ola)
    save("Lagret i det nye vinduet.", 1)
    with pytest.raises(EditConflict) as refused:
        save("Skrevet i det gamle vinduet.", 1)
    assert refused.value.version == 2 and refused.value.stored is not None
    save("Skrevet i det gamle vinduet, lagret over med vilje.", refused.value.version)


def test_signing_or_deleting_a_draft_changed_elsewhere_is_refused(db, ola):
    form = JournalForm(NOW, JournalKind.PHONE, 15, "Tema: søvn.")
    entry = journal.create_draft(db, ola, form, now=NOW)
    journal.update_draft(db, entry, _with(form, text="Tema: arbeid."), version=1, now=NOW)
    with pytest.raises(EditConflict):
        journal.sign(db, entry, version=1)
    with pytest.raises(EditConflict):
        journal.delete_draft(db, entry, version=1)
    assert journal.get_entry(db, entry).text == "Tema: arbeid."
    assert not journal.get_entry(db, entry).is_signed


def test_the_minutes_editor_gets_the_new_version_after_each_save(db, ola):
    group = make_group(db, ola)
    hold_meeting(db, group)
    sheet = open_meeting_for_editing(db, group.meeting_id)
    saved = meetings.save_minutes(db, group.meeting_id, (), sheet.items,
                                  version=sheet.edit_version)  # fmt: skip
    assert saved.version == sheet.edit_version + 1
    assert open_meeting_for_editing(db, group.meeting_id).edit_version == saved.version


def test_an_update_from_another_connection_meanwhile_is_refused_by_the_database(db, ola):
    """version_id_col: every UPDATE says WHERE version = <read> (what a shared server needs)."""
    with Session(db.engine, expire_on_commit=False) as mine:
        row = mine.get(m.ServiceUser, ola)
        mine.commit()
        with db.transaction() as other:
            other.get(m.ServiceUser, ola).phone = "915 55 444"
        row.address = "Fjæreveien 3"
        with pytest.raises(StaleDataError):
            mine.commit()
    stored = service_users.open_record(db, ola)
    assert (stored.form.phone, stored.form.address) == ("915 55 444", "")

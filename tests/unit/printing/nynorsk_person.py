"""A synthetic person who writes nynorsk, with a plan, a group, a held meeting and a journal,
everything typed in nynorsk: any bokmål in a printed document then comes from the program."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.group_helpers import NOW, TODAY, make_group

from psykhelse_desktop.domain.groups import ActionItemForm, AgendaEntry, Attendance
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.plan_vocabulary import ConsentKind, LifeArea, MeasureStatus, Outcome
from psykhelse_desktop.domain.plans import (
    Consent,
    CrisisPlan,
    Evaluation,
    Goal,
    GoalOutcome,
    Measure,
    Participant,
)
from psykhelse_desktop.domain.records import NextOfKinForm, ServiceUserForm
from psykhelse_desktop.domain.vocabulary import Maalform
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.meetings import action_items, meetings
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.plans.plan_coordinators import set_coordinator
from psykhelse_desktop.services.records import record_parts, service_users


def nynorsk_person(db, maalform: Maalform = Maalform.NYNORSK):
    """(user_id, group) for Sigrun Åkre Ølstad, whose documents are in `maalform`."""
    form = ServiceUserForm(
        "Sigrun", "Åkre Ølstad", birth_date=dt.date(1979, 5, 17), address="Fjordvegen 9",
        postal_code="6856", postal_place="Sogndal", maalform=maalform,
    )  # fmt: skip
    user_id = service_users.create(db, form)
    record_parts.add_next_of_kin(db, user_id, NextOfKinForm("Eirik Ølstad", "Bror"))
    set_coordinator(db, user_id, None, TODAY)
    view = plans.create_plan(db, user_id)
    plans.save_plan(db, user_id, dataclasses.replace(view.plan, **_first()), version=1, today=TODAY)
    view = plans.open_plan(db, user_id)
    plan = dataclasses.replace(view.plan, **_second(view.plan))
    plans.save_plan(db, user_id, plan, version=view.revision.number, today=TODAY)
    goal_ids = [g.id for g in plans.open_plan(db, user_id).plan.goals]
    outcomes = tuple(GoalOutcome(i, Outcome.PARTLY, "Det går betre no.") for i in goal_ids)
    plans.add_evaluation(db, user_id, Evaluation(TODAY, outcomes, "Vi held fram."), today=TODAY)
    group = make_group(db, user_id)
    _hold(db, group)
    _journal(db, user_id)
    return user_id, group


def _first() -> dict:
    return {
        "decision_date": dt.date(2026, 9, 1),
        "goals": (Goal(life_area=LifeArea.HEALTH, text="Eg vil sove betre."),),
        "resources": "Sigrun er flink med hagen.",
    }


def _second(plan) -> dict:
    return {
        "goals": (*plan.goals, Goal(life_area=LifeArea.ECONOMY, text="Få orden på rekningane.")),
        "resources": "Sigrun er flink med hagen og har ein bror i bygda.",
        "needs": "Hjelp til å halde struktur i kvardagen.",
        "participants": (Participant("Bjørn Åsheim", "Rettleiar", "NAV Testvik", "912 34 567"),),
        "user_contribution": "Eg møter til avtalane.",
        "services_contribution": "NAV følgjer opp økonomien.",
        "next_of_kin_contribution": "Broren køyrer til legen.",
        "measures": (
            Measure(
                what="Støttesamtale om søvn",
                scope="1 time/veke",
                responsible="Kari Testesen",
                start=TODAY,
                end=TODAY + dt.timedelta(days=90),
                status=MeasureStatus.ONGOING,
            ),
        ),  # fmt: skip
        "implementation": "Samtalane er på kontoret.",
        "period_start": TODAY,
        "period_end": TODAY + dt.timedelta(days=365),
        "next_revision": dt.date(2027, 3, 2),
        "consents": (
            Consent(ConsentKind.PLAN, given_on=TODAY, form_received=True),
            Consent(ConsentKind.SHARING, "Bjørn Åsheim", "Økonomi og arbeid", TODAY),
        ),
        "cooperation": "NAV og DPS møtest i ansvarsgruppa.",
        "crisis_plan": CrisisPlan(
            warning_signs="Eg søv dårleg og svarar ikkje på telefonen.",
            what_helps="Ei roleg stemme og ein tur ute.",
            what_does_not_help="Mange spørsmål på ein gong.",
            call_office_hours="Kari Testesen: 915 55 555",
            call_out_of_hours="Legevakta: 116 117",
            how_to_meet_me="Set deg ned og snakk roleg.",
        ),
    }


def _hold(db, group) -> None:
    items = meetings.load_minutes(db, group.meeting_id).items
    entries = (
        AgendaEntry(items[0].id, items[0].title, "Sigrun søv betre.", "Kveldsturar held fram."),
        AgendaEntry(items[1].id, items[1].title, "Gjelda er samla.", "NAV hjelper med budsjett."),
    )
    attendance = (
        Attendance(group.user_member, True),
        Attendance(group.sister, True),
        Attendance(group.nav, True),
        Attendance(group.dps, False, "Sjuk."),
    )
    meetings.save_minutes(db, group.meeting_id, attendance, entries, version=1)
    form = ActionItemForm("Søkje om hjelp hos NAV", group.nav, due_on=TODAY + dt.timedelta(14))
    action_items.add_action_item(db, group.meeting_id, form)


def _journal(db, user_id: int) -> None:
    form = JournalForm(NOW - dt.timedelta(days=1), duration_minutes=45, text="Samtale om søvn.")
    entry = journal.create_draft(db, user_id, form, now=NOW)
    journal.sign(db, entry, version=1)
    journal.add_addendum(db, entry, "Retta tidspunkt.")

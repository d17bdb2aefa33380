"""Snapshots survive the trip through JSON, and every change is described under its part."""

import dataclasses
import datetime as dt

from psykhelse_desktop.domain.plan_vocabulary import CRISIS_HEADING, PLAN_PARTS, MeasureStatus
from psykhelse_desktop.domain.plans import CrisisPlan, Goal, IndividualPlan, Measure
from psykhelse_desktop.services.demo.plans import demo_plan, nurse_coordinator
from psykhelse_desktop.services.plans.plan_changes import describe_changes
from psykhelse_desktop.services.plans.plan_snapshots import (
    consents_from_json,
    plan_from_json,
    plan_to_json,
)

TODAY = dt.date(2026, 11, 23)


class _Dice:
    """A predictable stand-in for the demo's dice: always the first choice, never by chance."""

    def pick(self, seq):
        return seq[0]

    def between(self, low, high):
        return high

    def chance(self, probability):
        return False


def test_the_radar_reads_the_same_choice_and_consents_as_the_full_reading():
    plan = demo_plan(_Dice(), TODAY, nurse_coordinator("Kari Testesen", TODAY))
    assert plan.consents
    short = consents_from_json(plan_to_json(plan))
    assert (short.choice, short.consents) == (plan.choice, plan.consents)


def test_a_full_plan_survives_json():
    plan = demo_plan(_Dice(), TODAY, nurse_coordinator("Kari Testesen", TODAY))
    assert plan.goals and plan.measures and plan.evaluations
    assert plan_from_json(plan_to_json(plan)) == plan


def test_json_keeps_norwegian_letters_readable():
    assert "Øvrebø" in plan_to_json(IndividualPlan(resources="Øvrebø"))


def test_changes_are_filed_under_the_right_part():
    old = IndividualPlan(goals=(Goal(1, text="Sove bedre"),), measures=(Measure(1, "Samtaler"),))
    new = dataclasses.replace(
        old,
        goals=(Goal(1, text="Sove bedre", ended_on=TODAY),),
        measures=(Measure(1, "Samtaler", status=MeasureStatus.ENDED),),
        next_revision=TODAY,
        crisis_plan=CrisisPlan(what_helps="Te"),
    )
    changes = {(c.part, c.text) for c in describe_changes(old, new)}
    assert changes == {
        (PLAN_PARTS[0], "Mål avsluttet 23.11.2026: «Sove bedre»"),
        (PLAN_PARTS[4], "«Samtaler», status: fra Planlagt til Avsluttet"),
        (PLAN_PARTS[6], "Neste revisjon: fra tomt til 23.11.2026"),
        (CRISIS_HEADING, "Dette hjelper: fra tomt til «Te»"),
    }


def test_every_crisis_field_is_compared():
    filled = CrisisPlan(*(f"tekst {i}" for i in range(len(dataclasses.fields(CrisisPlan)))))
    changes = describe_changes(IndividualPlan(), IndividualPlan(crisis_plan=filled))
    assert len(changes) == len(dataclasses.fields(CrisisPlan))

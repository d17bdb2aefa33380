"""The rules for saving a plan: one plain Norwegian message per field that must be fixed."""

import dataclasses
import datetime as dt

from psykhelse_desktop.domain.plan_vocabulary import ConsentKind, PlanChoice, PlanStatus
from psykhelse_desktop.domain.plans import (
    Consent,
    Coordinator,
    CrisisPlan,
    Goal,
    IndividualPlan,
    Measure,
    activation_problems,
    shown_status,
    validate_plan,
)

TODAY = dt.date(2026, 11, 23)
CONSENT = Consent(ConsentKind.PLAN, given_on=TODAY)


def test_an_empty_draft_is_valid():
    assert validate_plan(IndividualPlan(), None, TODAY) == {}


def test_activation_names_both_missing_pieces():
    errors = activation_problems(IndividualPlan(status=PlanStatus.ACTIVE))
    assert "koordinator" in errors["coordinator"]
    assert "samtykke" in errors["consents"]


def test_activation_with_coordinator_and_consent_is_fine():
    plan = IndividualPlan(PlanStatus.ACTIVE, coordinator=Coordinator("Kari"), consents=(CONSENT,))
    assert validate_plan(plan, None, TODAY) == {}


def test_a_consent_without_date_does_not_count():
    plan = IndividualPlan(coordinator=Coordinator("Kari"), consents=(Consent(ConsentKind.PLAN),))
    assert set(activation_problems(plan)) == {"consents"}


def test_a_user_who_declines_cannot_have_an_active_plan():
    plan = IndividualPlan(
        PlanStatus.ACTIVE,
        choice=PlanChoice.DECLINES,
        choice_date=TODAY,
        coordinator=Coordinator("Kari"),
        consents=(CONSENT,),
    )
    assert "takket nei" in validate_plan(plan, None, TODAY)["choice"]


def test_measure_problems_are_reported_per_field():
    measures = (
        Measure(what="Støttesamtaler", scope="1 t/uke"),
        Measure(what="Trening", responsible="Frisklivssentralen", start=TODAY,
                end=TODAY - dt.timedelta(days=1)),
    )  # fmt: skip
    errors = validate_plan(IndividualPlan(measures=measures), None, TODAY)
    assert errors == {
        "measures[0].responsible": "Tiltak 1 («Støttesamtaler»): skriv hvem som har ansvaret.",
        "measures[1].end": "Tiltak 2 («Trening»): sluttdato kan ikke være før startdato.",
    }


def test_a_new_revision_date_in_the_past_is_refused_but_an_old_one_may_stay():
    past = TODAY - dt.timedelta(days=3)
    plan = IndividualPlan(next_revision=past)
    assert "fram i tid" in validate_plan(plan, IndividualPlan(), TODAY)["next_revision"]
    assert validate_plan(plan, plan, TODAY) == {}


def test_period_and_consent_dates_in_the_wrong_order():
    plan = IndividualPlan(
        period_start=TODAY,
        period_end=TODAY - dt.timedelta(days=1),
        consents=(
            Consent(ConsentKind.SHARING, "", given_on=TODAY, expires_on=dt.date(2020, 1, 1)),
        ),
    )
    errors = validate_plan(plan, None, TODAY)
    assert set(errors) == {"period_end", "consents[0].participant", "consents[0].expires_on"}


def test_goals_and_measures_are_ended_not_removed():
    previous = IndividualPlan(goals=(Goal(1, text="Bo hjemme"),), measures=(Measure(1, "x"),))
    errors = validate_plan(IndividualPlan(), previous, TODAY)
    assert "Avslutt målet" in errors["goals"] and "avsluttet" in errors["measures"]


def test_an_active_plan_is_due_for_revision_on_its_date():
    assert shown_status(PlanStatus.ACTIVE, TODAY, TODAY) is PlanStatus.DUE
    assert shown_status(PlanStatus.ACTIVE, TODAY + dt.timedelta(1), TODAY) is PlanStatus.ACTIVE
    assert shown_status(PlanStatus.DRAFT, TODAY, TODAY) is PlanStatus.DRAFT


def test_crisis_plan_knows_when_it_is_empty():
    assert CrisisPlan().is_empty
    assert not dataclasses.replace(CrisisPlan(), what_helps="Musikk").is_empty

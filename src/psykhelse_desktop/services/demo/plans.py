"""Synthetic individual plans for the demo record: goals, measures, consent, crisis plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Protocol

from ...domain.plan_vocabulary import (
    ConsentKind,
    LifeArea,
    MeasureStatus,
    Outcome,
    PlanChoice,
    PlanStatus,
)
from ...domain.plans import (
    Consent,
    Coordinator,
    CrisisPlan,
    Evaluation,
    Goal,
    GoalOutcome,
    IndividualPlan,
    Measure,
    Participant,
)
from ..plans.plan_coordinators import NURSE_ROLE
from ..plans.plan_snapshots import plan_to_json

GOALS = {
    LifeArea.HEALTH: ("Jeg vil sove bedre.", "Jeg vil kjenne mindre på angsten om morgenen."),
    LifeArea.DAILY_LIFE: ("Jeg vil lage middag selv tre dager i uka.", "Få rutiner på morgenen."),
    LifeArea.ACTIVITY: ("Jeg vil prøve arbeidstrening.", "Fullføre kurset på voksenopplæringa."),
    LifeArea.SOCIAL: ("Treffe venner en gang i uka.", "Bli med på turgruppa."),
    LifeArea.ECONOMY: ("Få oversikt over regningene.", "Betale ned gjelda hos inkasso."),
    LifeArea.HOUSING: ("Jeg vil bo i egen leilighet.", "Beholde leiligheten jeg har."),
    LifeArea.SUBSTANCE_USE: ("Jeg vil drikke mindre i helgene.", "Holde meg rusfri."),
}  # fmt: skip
MEASURES = (
    ("Støttesamtaler", "1 time hver uke"), ("Hjemmebesøk", "Annenhver uke"),
    ("Følge til fastlege", "Ved behov"), ("Arbeidstrening", "3 dager i uka"),
    ("Budsjettveiledning", "1 time i måneden"), ("Turgruppe", "Hver torsdag"),
)  # fmt: skip
CRISIS = CrisisPlan(
    warning_signs="Sover dårlig, trekker meg unna, svarer ikke på telefonen.",
    what_helps="En rolig prat, gå en tur, at noen jeg kjenner ringer meg.",
    what_does_not_help="Mange spørsmål på en gang. Kjefting.",
    call_office_hours="Psykiatrisk sykepleier på kommunens sentralbord.",
    call_out_of_hours="Hjemmesykepleien, og legevakt 116 117.",
    how_to_meet_me="Snakk rolig, sett deg ned, gi meg tid.",
)


class Dice(Protocol):
    def pick(self, seq: Any) -> Any: ...
    def between(self, low: int, high: int) -> int: ...
    def chance(self, probability: float) -> bool: ...


def demo_plan(rng: Dice, today: dt.date, coordinator: Coordinator) -> IndividualPlan:
    """A plausible full plan: about a third drafts, the rest active, some due for revision."""
    status = PlanStatus.DRAFT if rng.chance(0.33) else PlanStatus.ACTIVE
    start = today - dt.timedelta(days=rng.between(30, 700))
    areas = [rng.pick(tuple(LifeArea)) for _ in range(rng.between(1, 4))]
    goals = tuple(Goal(i + 1, a, rng.pick(GOALS[a])) for i, a in enumerate(dict.fromkeys(areas)))
    due = status is PlanStatus.ACTIVE and rng.chance(0.2)
    revision = today + dt.timedelta(days=-rng.between(1, 60) if due else rng.between(20, 180))
    return IndividualPlan(
        status=status,
        decision_date=start - dt.timedelta(days=14),
        decision_reference=f"{start.year}/{rng.between(100, 9999)}",
        choice=PlanChoice.WANTS,
        choice_date=start - dt.timedelta(days=20),
        goals=goals,
        participants=(Participant(coordinator.name, "Koordinator"),),
        coordinator=coordinator,
        user_contribution="Jeg møter til avtalene og sier fra når det går dårlig.",
        measures=_measures(rng, start, coordinator.name),
        implementation="Tiltakene følges opp i ansvarsgruppemøter hver tredje måned.",
        period_start=start,
        period_end=start + dt.timedelta(days=730),
        next_revision=revision,
        consents=_consents(rng, start, status),
        cooperation="Samarbeid med fastlege, NAV og DPS ved behov.",
        evaluations=_evaluations(rng, goals, start, today),
        crisis_plan=CRISIS if rng.chance(0.7) else CrisisPlan(),
    )


def plan_rows(
    plan_id: int, user_id: int, plan: IndividualPlan, operator: str, now: dt.datetime, rng: Dice
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The plan row and its revisions: a first empty draft, then one to three later ones."""
    snapshots = [IndividualPlan(coordinator=plan.coordinator)]
    snapshots += [dataclasses.replace(plan, evaluations=())] * rng.between(0, 2) + [plan]
    revisions = [
        {"plan_id": plan_id, "number": n, "saved_by": operator, "status": snap.status.value,
         "saved_at": now - dt.timedelta(days=30 * (len(snapshots) - n)),
         "content": plan_to_json(snap)}
        for n, snap in enumerate(snapshots, start=1)
    ]  # fmt: skip
    row = {
        "id": plan_id, "service_user_id": user_id, "status": plan.status.value,
        "next_revision": plan.next_revision, "current_revision": len(snapshots),
        "created_at": revisions[0]["saved_at"], "updated_at": now,
    }  # fmt: skip
    return row, revisions


def consent_rows(user_id: int, plan: IndividualPlan, gp: int | None) -> list[dict[str, Any]]:
    """The plan's consents as entries of the one consent list; "Fastlegen" is the current GP."""
    return [
        {"service_user_id": user_id, "kind": c.kind.value, "participant": c.participant,
         "next_of_kin_id": None, "scope": c.scope, "given_on": c.given_on,
         "contact_person_id": gp if c.kind is ConsentKind.SHARING else None,
         "expires_on": c.expires_on, "withdrawn_on": None, "form_received": c.form_received}
        for c in plan.consents
    ]  # fmt: skip


def nurse_coordinator(name: str, since: dt.date) -> Coordinator:
    return Coordinator(name, NURSE_ROLE, "", None, since)


def _measures(rng: Dice, start: dt.date, responsible: str) -> tuple[Measure, ...]:
    chosen = dict.fromkeys(rng.pick(MEASURES) for _ in range(rng.between(1, 4)))
    return tuple(
        Measure(i + 1, what, scope, responsible, start, None, MeasureStatus.ONGOING)
        for i, (what, scope) in enumerate(chosen)
    )


def _consents(rng: Dice, start: dt.date, status: PlanStatus) -> tuple[Consent, ...]:
    if status is PlanStatus.DRAFT and rng.chance(0.5):
        return ()
    sharing = Consent(ConsentKind.SHARING, "Fastlegen", "Helseopplysninger", start)
    return (Consent(ConsentKind.PLAN, given_on=start, form_received=rng.chance(0.8)), sharing)


def _evaluations(
    rng: Dice, goals: tuple[Goal, ...], start: dt.date, today: dt.date
) -> tuple[Evaluation, ...]:
    if (today - start).days < 120 or rng.chance(0.3):
        return ()
    held = start + dt.timedelta(days=rng.between(90, (today - start).days))
    outcomes = tuple(GoalOutcome(g.id, rng.pick(tuple(Outcome)), "") for g in goals)
    return (Evaluation(held, outcomes, "Vi fortsetter med de samme tiltakene."),)

"""What changed between two revisions of a plan, as short Norwegian lines under each part."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from ...domain.conflicts import form_texts
from ...domain.plan_vocabulary import CRISIS_HEADING, EVALUATIONS_HEADING, KIN_QUESTION, PLAN_PARTS
from ...domain.plans import Consent, IndividualPlan, PlanChange

DECISION_HEADING = "Vedtak og valg"
_SHORT = 90
_CRISIS_LABELS = {
    "warning_signs": "Tidlige tegn",
    "what_helps": "Dette hjelper",
    "what_does_not_help": "Dette hjelper ikke",
    "call_office_hours": "Ring på dagtid",
    "call_out_of_hours": "Ring kveld, natt og helg",
    "how_to_meet_me": "Slik vil jeg bli møtt",
}


# The plan's parts as the conflict view lists them (her version beside the stored one).
PLAN_TEXT_LABELS = {
    "status": "Status", "decision_date": "Vedtaksdato", "decision_reference": "Vedtak, referanse",
    "choice": "Tjenestemottakerens valg", "choice_date": "Dato for valget", "goals": "Mål",
    "resources": "Ressurser", "needs": "Behov for tjenester", "participants": "Deltakere",
    "coordinator": "Koordinator", "user_contribution": "Tjenestemottaker bidrar med",
    "services_contribution": "Tjenestene bidrar med",
    "next_of_kin_contribution": "Pårørende bidrar med",
    "kin_involvement": KIN_QUESTION, "kin_involvement_date": "Dato (pårørende involveres)",
    "measures": "Tiltak",
    "implementation": "Gjennomføring", "period_start": "Planen gjelder fra",
    "period_end": "Planen gjelder til", "next_revision": "Neste revisjon",
    "consents": "Samtykker", "cooperation": "Samarbeid", "evaluations": "Evalueringer",
}  # fmt: skip


def plan_texts(plan: IndividualPlan) -> dict[str, str]:
    """Every part of the plan as label -> text, the crisis plan field by field."""
    texts = form_texts(plan, PLAN_TEXT_LABELS)
    for name, label in _CRISIS_LABELS.items():
        texts[f"{CRISIS_HEADING}: {label}"] = getattr(plan.crisis_plan, name)
    return texts


def describe_changes(old: IndividualPlan | None, new: IndividualPlan) -> list[PlanChange]:
    if old is None:
        return [PlanChange(DECISION_HEADING, "Planen ble opprettet.")]
    return [PlanChange(part, text) for part, compare in _COMPARISONS for text in compare(old, new)]


def shown(value: object) -> str:
    if value is None or value == "":
        return "tomt"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if hasattr(value, "label"):
        return value.label
    text = " ".join(str(value).split())
    return f"«{text[:_SHORT]}…»" if len(text) > _SHORT else f"«{text}»"


def _field(label: str, old: object, new: object) -> Iterator[str]:
    if old != new:
        yield f"{label}: fra {shown(old)} til {shown(new)}"


def _decision(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field("Vedtaksdato", old.decision_date, new.decision_date)
    yield from _field("Vedtak, referanse", old.decision_reference, new.decision_reference)
    yield from _field("Tjenestemottakerens valg", old.choice, new.choice)
    yield from _field("Dato for valget", old.choice_date, new.choice_date)


def _goals(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before = {g.id: g for g in old.goals}
    for goal in new.goals:
        was = before.get(goal.id)
        if was is None:
            yield f"Nytt mål ({goal.life_area.label}): {shown(goal.text)}"
        elif goal.ended_on and not was.ended_on:
            yield f"Mål avsluttet {shown(goal.ended_on)}: {shown(goal.text)}"
        else:
            yield from _field("Mål endret", was.text, goal.text)
            yield from _field(f"Livsområde for {shown(goal.text)}", was.life_area, goal.life_area)
    yield from _field("Ressurser", old.resources, new.resources)
    yield from _field("Behov for tjenester", old.needs, new.needs)


def _participants(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before, after = {p.name for p in old.participants}, {p.name for p in new.participants}
    yield from (f"Ny deltaker: {name}" for name in sorted(after - before))
    yield from (f"Deltar ikke lenger: {name}" for name in sorted(before - after))


def _coordinator(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    names = [c.name if c else "" for c in (old.coordinator, new.coordinator)]
    yield from _field("Koordinator", *names)


def _contributions(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field("Tjenestemottaker", old.user_contribution, new.user_contribution)
    yield from _field("Tjenestene", old.services_contribution, new.services_contribution)
    yield from _field("Pårørende", old.next_of_kin_contribution, new.next_of_kin_contribution)
    wish = [_dated_label(p.kin_involvement.label, p.kin_involvement_date) for p in (old, new)]
    yield from _field("Pårørende involveres", *wish)


def _dated_label(label: str, date: dt.date | None) -> str:
    return f"{label} ({date:%d.%m.%Y})" if date else label


def _measures(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before = {m.id: m for m in old.measures}
    for measure in new.measures:
        was = before.get(measure.id)
        if was is None:
            yield f"Nytt tiltak: {shown(measure.what)} (ansvarlig: {measure.responsible})"
            if measure.goal_ids:
                yield f"{shown(measure.what)}, mål: {_goal_names(new, measure.goal_ids)}"
            continue
        name = shown(measure.what)
        yield from _field(f"{name}, hva", was.what, measure.what)
        yield from _field(f"{name}, omfang", was.scope, measure.scope)
        yield from _field(f"{name}, ansvarlig", was.responsible, measure.responsible)
        yield from _field(f"{name}, start", was.start, measure.start)
        yield from _field(f"{name}, slutt", was.end, measure.end)
        yield from _field(f"{name}, status", was.status, measure.status)
        if set(was.goal_ids) != set(measure.goal_ids):
            names = _goal_names(old, was.goal_ids), _goal_names(new, measure.goal_ids)
            yield f"{name}, mål: fra {names[0]} til {names[1]}"


def _goal_names(plan: IndividualPlan, goal_ids: tuple[int, ...]) -> str:
    """The goals a measure serves, in the plan's order, or "ingen"."""
    names = [shown(g.text) for g in plan.goals if g.id in goal_ids]
    return ", ".join(names) or "ingen"


def _carried_out(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field("Gjennomføring", old.implementation, new.implementation)


def _period(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field("Planen gjelder fra", old.period_start, new.period_start)
    yield from _field("Planen gjelder til", old.period_end, new.period_end)
    yield from _field("Neste revisjon", old.next_revision, new.next_revision)
    yield from _field("Status", old.status, new.status)


def _consents(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before = {_consent_key(c): c for c in old.consents}
    for consent in new.consents:
        was, name = before.get(_consent_key(consent)), _consent_name(consent)
        if was is None:
            yield f"Nytt samtykke: {name}, gitt {shown(consent.given_on)}"
        elif was != consent:
            yield f"Samtykke endret: {name}"
    after = {_consent_key(c) for c in new.consents}
    yield from (
        f"Samtykke fjernet: {_consent_name(c)}" for k, c in before.items() if k not in after
    )


def _cooperation(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field("Samarbeid", old.cooperation, new.cooperation)


def _evaluations(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    for evaluation in new.evaluations[len(old.evaluations) :]:
        yield f"Ny evaluering {shown(evaluation.held_on)}"


def _crisis(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    for name, label in _CRISIS_LABELS.items():
        yield from _field(label, getattr(old.crisis_plan, name), getattr(new.crisis_plan, name))


def _consent_key(consent: Consent) -> tuple[str, str]:
    return consent.kind.value, consent.participant.strip().casefold()


def _consent_name(consent: Consent) -> str:
    return consent.kind.label + (f" med {consent.participant}" if consent.participant else "")


_Compare = Callable[[IndividualPlan, IndividualPlan], Iterator[str]]
_COMPARISONS: tuple[tuple[str, _Compare], ...] = (
    (DECISION_HEADING, _decision),
    *zip(
        PLAN_PARTS,
        (_goals, _participants, _coordinator, _contributions, _measures, _carried_out,
         _period, _consents, _cooperation),
        strict=True,
    ),
    (EVALUATIONS_HEADING, _evaluations),
    (CRISIS_HEADING, _crisis),
)  # fmt: skip

"""What changed between two revisions of a plan, as short Norwegian lines under each part.

The lines are bokmål, or the målform of the document being printed (words.written_in): the
changes sheet is printed in the person's målform; the audit log and the window read bokmål."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from ...domain.conflicts import form_texts
from ...domain.plan_vocabulary import CRISIS_HEADING, EVALUATIONS_HEADING, KIN_QUESTION, PLAN_PARTS
from ...domain.plans import Consent, IndividualPlan, PlanChange
from ...words import tr, tr_domain

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
        return [PlanChange(_heading(DECISION_HEADING), tr("plan_changes", "Planen ble opprettet."))]
    return [
        PlanChange(_heading(part), text)
        for part, compare in _COMPARISONS
        for text in compare(old, new)
    ]


def _heading(part: str) -> str:
    """A part's heading: the plan's own parts come from domain/, the first is this module's."""
    return tr("plan_changes", DECISION_HEADING) if part == DECISION_HEADING else tr_domain(part)


def shown(value: object) -> str:
    if value is None or value == "":
        return tr("plan_changes", "tomt")
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if hasattr(value, "label"):
        return tr_domain(value.label)
    text = " ".join(str(value).split())
    return f"«{text[:_SHORT]}…»" if len(text) > _SHORT else f"«{text}»"


def _field(label: str, old: object, new: object) -> Iterator[str]:
    if old != new:
        yield tr("plan_changes", "%1: fra %2 til %3", label, shown(old), shown(new))


def _decision(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field(tr("plan_changes", "Vedtaksdato"), old.decision_date, new.decision_date)
    reference = tr("plan_changes", "Vedtak, referanse")
    yield from _field(reference, old.decision_reference, new.decision_reference)
    yield from _field(tr("plan_changes", "Tjenestemottakerens valg"), old.choice, new.choice)
    yield from _field(tr("plan_changes", "Dato for valget"), old.choice_date, new.choice_date)


def _goals(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before = {g.id: g for g in old.goals}
    for goal in new.goals:
        was = before.get(goal.id)
        if was is None:
            area = tr_domain(goal.life_area.label)
            yield tr("plan_changes", "Nytt mål (%1): %2", area, shown(goal.text))
        elif goal.ended_on and not was.ended_on:
            ended = shown(goal.ended_on)
            yield tr("plan_changes", "Mål avsluttet %1: %2", ended, shown(goal.text))
        else:
            yield from _field(tr("plan_changes", "Mål endret"), was.text, goal.text)
            area = tr("plan_changes", "Livsområde for %1", shown(goal.text))
            yield from _field(area, was.life_area, goal.life_area)
    yield from _field(tr("plan_changes", "Ressurser"), old.resources, new.resources)
    yield from _field(tr("plan_changes", "Behov for tjenester"), old.needs, new.needs)


def _participants(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before, after = {p.name for p in old.participants}, {p.name for p in new.participants}
    yield from (tr("plan_changes", "Ny deltaker: %1", name) for name in sorted(after - before))
    yield from (
        tr("plan_changes", "Deltar ikke lenger: %1", name) for name in sorted(before - after)
    )


def _coordinator(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    names = [c.name if c else "" for c in (old.coordinator, new.coordinator)]
    yield from _field(tr("plan_changes", "Koordinator"), *names)


def _contributions(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    user, services = tr("plan_changes", "Tjenestemottaker"), tr("plan_changes", "Tjenestene")
    yield from _field(user, old.user_contribution, new.user_contribution)
    yield from _field(services, old.services_contribution, new.services_contribution)
    kin = tr("plan_changes", "Pårørende")
    yield from _field(kin, old.next_of_kin_contribution, new.next_of_kin_contribution)
    wish = [
        _dated_label(tr_domain(p.kin_involvement.label), p.kin_involvement_date) for p in (old, new)
    ]
    yield from _field(tr("plan_changes", "Pårørende involveres"), *wish)


def _dated_label(label: str, date: dt.date | None) -> str:
    return f"{label} ({date:%d.%m.%Y})" if date else label


def _measures(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before = {m.id: m for m in old.measures}
    for measure in new.measures:
        was = before.get(measure.id)
        if was is None:
            what = shown(measure.what)
            yield tr("plan_changes", "Nytt tiltak: %1 (ansvarlig: %2)", what, measure.responsible)
            if measure.goal_ids:
                yield tr("plan_changes", "%1, mål: %2", what, _goal_names(new, measure.goal_ids))
            continue
        name = shown(measure.what)
        yield from _field(tr("plan_changes", "%1, hva", name), was.what, measure.what)
        yield from _field(tr("plan_changes", "%1, omfang", name), was.scope, measure.scope)
        responsible = tr("plan_changes", "%1, ansvarlig", name)
        yield from _field(responsible, was.responsible, measure.responsible)
        yield from _field(tr("plan_changes", "%1, start", name), was.start, measure.start)
        yield from _field(tr("plan_changes", "%1, slutt", name), was.end, measure.end)
        yield from _field(tr("plan_changes", "%1, status", name), was.status, measure.status)
        if set(was.goal_ids) != set(measure.goal_ids):
            names = _goal_names(old, was.goal_ids), _goal_names(new, measure.goal_ids)
            yield tr("plan_changes", "%1, mål: fra %2 til %3", name, *names)


def _goal_names(plan: IndividualPlan, goal_ids: tuple[int, ...]) -> str:
    """The goals a measure serves, in the plan's order, or "ingen"."""
    names = [shown(g.text) for g in plan.goals if g.id in goal_ids]
    return ", ".join(names) or tr("plan_changes", "ingen")


def _carried_out(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field(tr("plan_changes", "Gjennomføring"), old.implementation, new.implementation)


def _period(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field(tr("plan_changes", "Planen gjelder fra"), old.period_start, new.period_start)
    yield from _field(tr("plan_changes", "Planen gjelder til"), old.period_end, new.period_end)
    yield from _field(tr("plan_changes", "Neste revisjon"), old.next_revision, new.next_revision)
    yield from _field(tr("plan_changes", "Status"), old.status, new.status)


def _consents(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    before = {_consent_key(c): c for c in old.consents}
    for consent in new.consents:
        was, name = before.get(_consent_key(consent)), _consent_name(consent)
        if was is None:
            given = shown(consent.given_on)
            yield tr("plan_changes", "Nytt samtykke: %1, gitt %2", name, given)
        elif was != consent:
            yield tr("plan_changes", "Samtykke endret: %1", name)
    after = {_consent_key(c) for c in new.consents}
    yield from (
        tr("plan_changes", "Samtykke fjernet: %1", _consent_name(c))
        for k, c in before.items()
        if k not in after
    )


def _cooperation(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    yield from _field(tr("plan_changes", "Samarbeid"), old.cooperation, new.cooperation)


def _evaluations(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    for evaluation in new.evaluations[len(old.evaluations) :]:
        yield tr("plan_changes", "Ny evaluering %1", shown(evaluation.held_on))


def _crisis(old: IndividualPlan, new: IndividualPlan) -> Iterator[str]:
    for name, label in crisis_labels().items():
        yield from _field(label, getattr(old.crisis_plan, name), getattr(new.crisis_plan, name))


def crisis_labels() -> dict[str, str]:
    """The crisis plan's fields, labelled in the målform being written."""
    return {name: tr("plan_changes", label) for name, label in _CRISIS_LABELS.items()}


def _consent_key(consent: Consent) -> tuple[str, str]:
    return consent.kind.value, consent.participant.strip().casefold()


def _consent_name(consent: Consent) -> str:
    label = tr_domain(consent.kind.label)
    return (
        tr("plan_changes", "%1 med %2", label, consent.participant)
        if consent.participant
        else label
    )


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

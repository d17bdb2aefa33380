"""The individual plan (individuell plan) as plain data, and the rules for saving it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .plan_vocabulary import (
    ConsentKind,
    KinInvolvement,
    LifeArea,
    MeasureStatus,
    Outcome,
    PlanChoice,
    PlanStatus,
)


@dataclass(frozen=True)
class Goal:
    """One of the user's goals, in the user's own words; ended, never removed."""

    id: int = 0
    life_area: LifeArea = LifeArea.HEALTH
    text: str = ""
    ended_on: dt.date | None = None


@dataclass(frozen=True)
class Participant:
    name: str = ""
    role: str = ""
    organisation: str = ""
    phone: str = ""
    contact_person_id: int | None = None


@dataclass(frozen=True)
class Measure:
    """A tiltak: what, how much, who is responsible, from when to when, which goals it serves."""

    id: int = 0
    what: str = ""
    scope: str = ""
    responsible: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    status: MeasureStatus = MeasureStatus.PLANNED
    goal_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Consent:
    """Consent to make the plan, or to share confidential information with one participant.

    One entry of the user's consents (the `consent` table, the only place consent lives): the
    participant is a next of kin, a person or service in the address book, or a typed name.
    """

    kind: ConsentKind = ConsentKind.PLAN
    participant: str = ""
    scope: str = ""
    given_on: dt.date | None = None
    expires_on: dt.date | None = None
    form_received: bool = False
    withdrawn_on: dt.date | None = None
    next_of_kin_id: int | None = None
    contact_person_id: int | None = None
    id: int = 0
    version: int = 1

    def is_valid_on(self, day: dt.date) -> bool:
        """Given by `day`, not expired and not withdrawn; an expired consent counts as none."""
        given = self.given_on is not None and self.given_on <= day
        expired = self.expires_on is not None and self.expires_on < day
        withdrawn = self.withdrawn_on is not None and self.withdrawn_on <= day
        return given and not expired and not withdrawn


@dataclass(frozen=True)
class SharingParty:
    """One line of the consent form: a person or service the user is asked to share with."""

    name: str
    organisation: str = ""
    scope: str = ""
    expires_on: dt.date | None = None  # the consent's own end, where one is given


@dataclass(frozen=True)
class SharingChoice:
    """Someone the consent editor offers in "Dele med": a group member, a next of kin, a
    person or a service in the address book. `heading` groups the list."""

    label: str
    participant: str
    heading: str
    next_of_kin_id: int | None = None
    contact_person_id: int | None = None


@dataclass(frozen=True)
class GoalOutcome:
    goal_id: int = 0
    outcome: Outcome = Outcome.PARTLY
    comment: str = ""


@dataclass(frozen=True)
class Evaluation:
    held_on: dt.date | None = None
    outcomes: tuple[GoalOutcome, ...] = ()
    next_steps: str = ""


@dataclass(frozen=True)
class CrisisPlan:
    warning_signs: str = ""
    what_helps: str = ""
    what_does_not_help: str = ""
    call_office_hours: str = ""
    call_out_of_hours: str = ""
    how_to_meet_me: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(vars(self).values())


@dataclass(frozen=True)
class Coordinator:
    """The koordinator: the nurse herself (no contact person) or someone from the address book."""

    name: str = ""
    role: str = ""
    phone: str = ""
    contact_person_id: int | None = None
    since: dt.date | None = None


@dataclass(frozen=True)
class IndividualPlan:
    """Everything one revision of the plan holds; a saved revision is a snapshot of this."""

    status: PlanStatus = PlanStatus.DRAFT
    decision_date: dt.date | None = None
    decision_reference: str = ""
    choice: PlanChoice = PlanChoice.UNDECIDED
    choice_date: dt.date | None = None
    goals: tuple[Goal, ...] = ()
    resources: str = ""
    needs: str = ""
    participants: tuple[Participant, ...] = ()
    coordinator: Coordinator | None = None
    user_contribution: str = ""
    services_contribution: str = ""
    next_of_kin_contribution: str = ""
    kin_involvement: KinInvolvement = KinInvolvement.UNCLEAR
    kin_involvement_date: dt.date | None = None
    measures: tuple[Measure, ...] = ()
    implementation: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    next_revision: dt.date | None = None
    consents: tuple[Consent, ...] = ()
    cooperation: str = ""
    evaluations: tuple[Evaluation, ...] = ()
    crisis_plan: CrisisPlan = field(default_factory=CrisisPlan)

    @property
    def open_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.ended_on is None)

    def measures_serving(self, goal_id: int) -> tuple[Measure, ...]:
        return tuple(m for m in self.measures if goal_id in m.goal_ids)

    @property
    def measures_without_goal(self) -> tuple[Measure, ...]:
        known = {g.id for g in self.goals}
        return tuple(m for m in self.measures if not known.intersection(m.goal_ids))

    @property
    def plan_consent(self) -> Consent | None:
        return next((c for c in self.consents if c.kind is ConsentKind.PLAN and c.given_on), None)


def shown_status(status: PlanStatus, next_revision: dt.date | None, today: dt.date) -> PlanStatus:
    """An active plan whose revision date has come is shown as due for revision."""
    if status is PlanStatus.ACTIVE and next_revision and next_revision <= today:
        return PlanStatus.DUE
    return status


def validate_plan(
    plan: IndividualPlan, previous: IndividualPlan | None, today: dt.date
) -> dict[str, str]:
    """Field name -> what to do; an empty dict means the plan can be saved."""
    errors: dict[str, str] = {}
    errors.update(_check_measures(plan.measures))
    errors.update(_check_period(plan, previous, today))
    errors.update(_check_consents(plan.consents))
    errors.update(_check_kept(plan, previous))
    if plan.choice is not PlanChoice.UNDECIDED and plan.choice_date is None:
        errors["choice_date"] = "Skriv datoen tjenestemottakeren tok valget."
    if plan.status is PlanStatus.ACTIVE:
        errors.update(activation_problems(plan))
    return errors


def activation_problems(plan: IndividualPlan) -> dict[str, str]:
    """What is missing before the plan can be marked active."""
    errors = {}
    if plan.coordinator is None:
        errors["coordinator"] = "Planen mangler koordinator. Velg en koordinator først."
    if plan.plan_consent is None:
        errors["consents"] = (
            "Planen mangler samtykke. Registrer samtykke til planen (med dato) først."
        )
    if plan.choice is PlanChoice.DECLINES:
        errors["choice"] = "Tjenestemottakeren har takket nei til plan. Endre valget først."
    return errors


def _check_measures(measures: tuple[Measure, ...]) -> dict[str, str]:
    errors = {}
    for index, measure in enumerate(measures):
        name = f"Tiltak {index + 1}" + (f" («{measure.what.strip()}»)" if measure.what else "")
        if not measure.what.strip():
            errors[f"measures[{index}].what"] = f"{name}: skriv hva tiltaket er."
        if not measure.responsible.strip():
            errors[f"measures[{index}].responsible"] = f"{name}: skriv hvem som har ansvaret."
        if measure.start and measure.end and measure.end < measure.start:
            errors[f"measures[{index}].end"] = f"{name}: sluttdato kan ikke være før startdato."
    return errors


def _check_period(
    plan: IndividualPlan, previous: IndividualPlan | None, today: dt.date
) -> dict[str, str]:
    errors = {}
    if plan.period_start and plan.period_end and plan.period_end < plan.period_start:
        errors["period_end"] = "Planperioden kan ikke slutte før den starter. Rett sluttdatoen."
    unchanged = previous is not None and previous.next_revision == plan.next_revision
    if plan.next_revision and plan.next_revision < today and not unchanged:
        errors["next_revision"] = "Neste revisjonsdato har passert. Velg en dato fram i tid."
    return errors


def _check_consents(consents: tuple[Consent, ...]) -> dict[str, str]:
    errors = {}
    for index, consent in enumerate(consents):
        who = consent.participant.strip()
        if consent.kind is ConsentKind.SHARING and not who:
            errors[f"consents[{index}].participant"] = (
                f"Samtykke {index + 1}: skriv hvem opplysningene kan deles med."
            )
        if consent.given_on and consent.expires_on and consent.expires_on < consent.given_on:
            errors[f"consents[{index}].expires_on"] = (
                f"Samtykke {index + 1}: utløpsdato kan ikke være før datoen det ble gitt."
            )
    return errors


def _check_kept(plan: IndividualPlan, previous: IndividualPlan | None) -> dict[str, str]:
    """Goals and measures are ended, never removed."""
    if previous is None:
        return {}
    errors = {}
    if {g.id for g in previous.goals} - {g.id for g in plan.goals}:
        errors["goals"] = "Et mål kan ikke slettes. Avslutt målet i stedet."
    if {m.id for m in previous.measures} - {m.id for m in plan.measures}:
        errors["measures"] = "Et tiltak kan ikke slettes. Sett status til avsluttet i stedet."
    return errors


@dataclass(frozen=True)
class RevisionInfo:
    """One line of the revision list: number, when, by whom, status then."""

    number: int
    saved_at: dt.datetime  # Norwegian wall-clock time
    saved_by: str
    status: PlanStatus


@dataclass(frozen=True)
class PlanView:
    """The plan as opened: the newest revision, the revision list and the coordinator now."""

    user_id: int
    plan: IndividualPlan
    revision: RevisionInfo
    history: tuple[RevisionInfo, ...]

    def status(self, today: dt.date) -> PlanStatus:
        return shown_status(self.plan.status, self.plan.next_revision, today)


@dataclass(frozen=True)
class PlanChange:
    """One line of "what changed since the previous revision", under the part it belongs to."""

    part: str
    text: str

"""The individual plan as a document: the nine parts in the legal order, then evaluations."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from ..domain.group_vocabulary import MemberKind
from ..domain.groups import Member
from ..domain.plan_vocabulary import EVALUATIONS_HEADING, KIN_QUESTION, NOT_FILLED, PLAN_PARTS
from ..domain.plans import Evaluation, Goal, IndividualPlan
from ..domain.records import NurseProfile
from . import styles as s
from .crisis_pdf import crisis_sections
from .page import CONTENT_WIDTH
from .print_context import PrintContext

W = CONTENT_WIDTH
Story = list[Flowable]


def plan_story(plan: IndividualPlan, status_label: str, context: PrintContext) -> Story:
    story: Story = [Paragraph("Individuell plan", s.TITLE), s.para(f"Status: {status_label}")]
    story += _decision(plan)
    for heading, part in zip(PLAN_PARTS, _PARTS, strict=True):
        story += section(heading, part(plan, context))
    story += section("Godkjenning og underskrift", signatures(plan, context.nurse))
    story += section(EVALUATIONS_HEADING, _evaluations(plan))
    story += crisis_sections(plan.crisis_plan, s.HEADING, s.SUBHEADING, s.BODY)
    return story


def signatures(plan: IndividualPlan, nurse: NurseProfile) -> Story:
    """Lines for the user and the coordinator to sign, each with printed name, place and date."""
    coordinator = plan.coordinator.name if plan.coordinator else nurse.name
    text = "Vi har laget planen sammen og er enige om den."
    return [s.para(text), s.signatures([("Tjenestemottaker", ""), ("Koordinator", coordinator)])]


def section(heading: str, body: Story) -> Story:
    """A heading that starts a page if too little room is left; an empty part says so."""
    return [
        CondPageBreak(90),
        Paragraph(heading, s.HEADING),
        *(body or [s.para(NOT_FILLED, s.EMPTY)]),
    ]


def labelled(label: str, text: str) -> Story:
    """A sub-item under its label; an empty one says "Ikke utfylt", so an auditor can tell
    "not discussed" from "forgotten"."""
    body = s.para(text) if text.strip() else s.para(NOT_FILLED, s.EMPTY)
    return [Paragraph(label, s.LABEL), body]


def _decision(plan: IndividualPlan) -> Story:
    rows = [
        ["Vedtak om individuell plan", s.nb_date(plan.decision_date) or "Ikke registrert"],
        ["Vedtakets referanse", plan.decision_reference or "Ikke registrert"],
        ["Tjenestemottakerens valg", _dated(plan.choice.label, plan.choice_date)],
    ]
    return section("Vedtak og valg", [s.facts(rows, [W * 0.35, W * 0.65])])


def _goals(plan: IndividualPlan, context: PrintContext) -> Story:
    """The goals, and under each goal the measures serving it."""
    rows = [
        [
            g.life_area.label,
            _goal_with_measures(plan, g),
            f"Avsluttet {s.nb_date(g.ended_on)}" if g.ended_on else "Aktivt",
        ]
        for g in sorted(plan.goals, key=lambda g: (g.ended_on is not None, g.life_area.value))
    ]
    story = [s.table(["Livsområde", "Mål (med tjenestemottakerens ord)", "Status"], rows,
                     [W * 0.22, W * 0.58, W * 0.20])] if rows else []  # fmt: skip
    return (
        story + labelled("Ressurser", plan.resources) + labelled("Behov for tjenester", plan.needs)
    )


def _goal_with_measures(plan: IndividualPlan, goal: Goal) -> str:
    lines = [f"– Tiltak: {m.what} ({m.responsible})" for m in plan.measures_serving(goal.id)]
    return "\n".join([goal.text, *lines])


def _participants(plan: IndividualPlan, context: PrintContext) -> Story:
    """The plan's participants and the responsibility group's members, each once."""
    rows = [[p.name, p.role, p.organisation, p.phone] for p in plan.participants]
    named = {p.name.strip().casefold() for p in plan.participants}
    rows += [
        [m.name, m.role, _service(m), m.phone]
        for m in context.members
        if m.name.strip().casefold() not in named
    ]
    widths = [W * 0.28, W * 0.27, W * 0.28, W * 0.17]
    return [s.table(["Navn", "Rolle", "Virksomhet", "Telefon"], rows, widths)] if rows else []


def _service(member: Member) -> str:
    if member.kind is MemberKind.SERVICE_USER:
        return "Tjenestemottaker"
    return member.organisation


def _coordinator(plan: IndividualPlan, context: PrintContext) -> Story:
    c = plan.coordinator
    if c is None:
        return []
    nurse = context.nurse
    phone = context.phone_of(c.name, c.phone)
    email = nurse.email if c.name == nurse.name else ""
    rows = [["Navn", c.name], ["Rolle", c.role], ["Telefon", phone], ["E-post", email],
            ["Fra", s.nb_date(c.since)]]  # fmt: skip
    return [s.facts([r for r in rows if r[1]], [W * 0.25, W * 0.75])]


def _contributions(plan: IndividualPlan, context: PrintContext) -> Story:
    wish = _dated(plan.kin_involvement.label, plan.kin_involvement_date)
    return (
        labelled("Tjenestemottakeren", plan.user_contribution)
        + labelled("Tjenestene", plan.services_contribution)
        + labelled("Pårørende", plan.next_of_kin_contribution)
        + [s.facts([[KIN_QUESTION, wish]], [W * 0.6, W * 0.4])]
    )


def _measures(plan: IndividualPlan, context: PrintContext) -> Story:
    rows = [
        [m.what, m.scope, m.responsible, s.nb_date(m.start), s.nb_date(m.end), m.status.label]
        for m in plan.measures
    ]
    header = ["Tiltak", "Omfang", "Ansvarlig", "Start", "Slutt", "Status"]
    widths = [W * 0.27, W * 0.14, W * 0.17, W * 0.14, W * 0.14, W * 0.14]  # a date needs 0.14
    if not rows:
        return []
    loose = [m.what for m in plan.measures_without_goal]
    note = (
        [Spacer(1, 4), s.para("Tiltak uten mål: " + "; ".join(loose))]
        if loose and plan.goals
        else []
    )
    return [s.table(header, rows, widths), *note]


def _carried_out(plan: IndividualPlan, context: PrintContext) -> Story:
    return [s.para(plan.implementation)] if plan.implementation.strip() else []


def _period(plan: IndividualPlan, context: PrintContext) -> Story:
    if not (plan.period_start or plan.period_end or plan.next_revision):
        return []
    rows = [
        ["Planen gjelder fra", s.nb_date(plan.period_start) or "Ikke satt"],
        ["Planen gjelder til", s.nb_date(plan.period_end) or "Til den avsluttes"],
        ["Neste revisjon", s.nb_date(plan.next_revision) or "Ikke satt"],
    ]
    return [s.facts(rows, [W * 0.35, W * 0.65])]


def _consents(plan: IndividualPlan, context: PrintContext) -> Story:
    rows = [
        [c.kind.label + (f": {c.participant}" if c.participant else ""), c.scope,
         s.nb_date(c.given_on), s.nb_date(c.expires_on), "Ja" if c.form_received else "Nei"]
        for c in plan.consents
    ]  # fmt: skip
    header = ["Samtykke", "Hva kan deles", "Gitt", "Utløper", "Signert skjema"]
    widths = [W * 0.28, W * 0.28, W * 0.14, W * 0.14, W * 0.16]
    return [s.table(header, rows, widths)] if rows else []


def _cooperation(plan: IndividualPlan, context: PrintContext) -> Story:
    return [s.para(plan.cooperation)] if plan.cooperation.strip() else []


def _evaluations(plan: IndividualPlan) -> Story:
    goals = {g.id: g.text for g in plan.goals}
    story: Story = []
    for evaluation in reversed(plan.evaluations):
        story += _evaluation(evaluation, goals)
    return story


def _evaluation(evaluation: Evaluation, goals: dict[int, str]) -> Story:
    rows = [[goals.get(o.goal_id, ""), o.outcome.label, o.comment] for o in evaluation.outcomes]
    story: Story = [Paragraph(f"Evaluering {s.nb_date(evaluation.held_on)}", s.SUBHEADING)]
    if rows:
        story.append(s.table(["Mål", "Status", "Kommentar"], rows, [W * 0.4, W * 0.17, W * 0.43]))
    return story + labelled("Videre", evaluation.next_steps)


def _dated(text: str, date: object) -> str:
    return f"{text} ({s.nb_date(date)})" if date else text  # type: ignore[arg-type]


_PARTS: tuple[Callable[[IndividualPlan, PrintContext], Story], ...] = (
    _goals, _participants, _coordinator, _contributions, _measures, _carried_out, _period,
    _consents, _cooperation,
)  # fmt: skip

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
from .language import tr, tr_domain
from .page import CONTENT_WIDTH
from .print_context import PrintContext

W = CONTENT_WIDTH
Story = list[Flowable]


def plan_story(plan: IndividualPlan, status_label: str, context: PrintContext) -> Story:
    title = Paragraph(tr("plan_pdf", "Individuell plan"), s.TITLE)
    story: Story = [title, s.para(tr("plan_pdf", "Status: %1", tr_domain(status_label)))]
    story += _decision(plan)
    for heading, part in zip(PLAN_PARTS, _PARTS, strict=True):
        story += section(tr_domain(heading), part(plan, context))
    story += section(tr("plan_pdf", "Godkjenning og underskrift"), signatures(plan, context.nurse))
    story += section(tr_domain(EVALUATIONS_HEADING), _evaluations(plan))
    story += crisis_sections(plan.crisis_plan, s.HEADING, s.SUBHEADING, s.BODY)
    return story


def signatures(plan: IndividualPlan, nurse: NurseProfile) -> Story:
    """Lines for the user and the coordinator to sign, each with printed name, place and date."""
    coordinator = plan.coordinator.name if plan.coordinator else nurse.name
    text = tr("plan_pdf", "Vi har laget planen sammen og er enige om den.")
    people = [
        (tr("plan_pdf", "Tjenestemottaker"), ""),
        (tr("plan_pdf", "Koordinator"), coordinator),
    ]
    return [s.para(text), s.signatures(people)]


def section(heading: str, body: Story) -> Story:
    """A heading that starts a page if too little room is left; an empty part says so."""
    return [
        CondPageBreak(90),
        Paragraph(heading, s.HEADING),
        *(body or [s.para(tr_domain(NOT_FILLED), s.EMPTY)]),
    ]


def labelled(label: str, text: str) -> Story:
    """A sub-item under its label; an empty one says "Ikke utfylt", so an auditor can tell
    "not discussed" from "forgotten"."""
    body = s.para(text) if text.strip() else s.para(tr_domain(NOT_FILLED), s.EMPTY)
    return [Paragraph(label, s.LABEL), body]


def _decision(plan: IndividualPlan) -> Story:
    missing = tr("plan_pdf", "Ikke registrert")
    rows = [
        [tr("plan_pdf", "Vedtak om individuell plan"), s.nb_date(plan.decision_date) or missing],
        [tr("plan_pdf", "Vedtakets referanse"), plan.decision_reference or missing],
        [tr("plan_pdf", "Tjenestemottakerens valg"),
         _dated(tr_domain(plan.choice.label), plan.choice_date)],
    ]  # fmt: skip
    return section(tr("plan_pdf", "Vedtak og valg"), [s.facts(rows, [W * 0.35, W * 0.65])])


def _goals(plan: IndividualPlan, context: PrintContext) -> Story:
    """The goals, and under each goal the measures serving it."""
    rows = [
        [
            tr_domain(g.life_area.label),
            _goal_with_measures(plan, g),
            tr("plan_pdf", "Avsluttet %1", s.nb_date(g.ended_on))
            if g.ended_on
            else tr("plan_pdf", "Aktivt"),
        ]
        for g in sorted(plan.goals, key=lambda g: (g.ended_on is not None, g.life_area.value))
    ]
    header = [tr("plan_pdf", "Livsområde"), tr("plan_pdf", "Mål (med tjenestemottakerens ord)"),
              tr("plan_pdf", "Status")]  # fmt: skip
    story = [s.table(header, rows, [W * 0.22, W * 0.58, W * 0.20])] if rows else []
    return (
        story
        + labelled(tr("plan_pdf", "Ressurser"), plan.resources)
        + labelled(tr("plan_pdf", "Behov for tjenester"), plan.needs)
    )


def _goal_with_measures(plan: IndividualPlan, goal: Goal) -> str:
    lines = [tr("plan_pdf", "– Tiltak: %1 (%2)", m.what, m.responsible)
             for m in plan.measures_serving(goal.id)]  # fmt: skip
    return "\n".join([goal.text, *lines])


def _participants(plan: IndividualPlan, context: PrintContext) -> Story:
    """The plan's participants and the responsibility group's members, each once."""
    rows = [[p.name, p.role, p.organisation, p.phone] for p in plan.participants]
    named = {p.name.strip().casefold() for p in plan.participants}
    rows += [
        [m.name, tr_domain(m.role), _service(m), m.phone]
        for m in context.members
        if m.name.strip().casefold() not in named
    ]
    widths = [W * 0.28, W * 0.27, W * 0.28, W * 0.17]
    header = [tr("plan_pdf", "Navn"), tr("plan_pdf", "Rolle"), tr("plan_pdf", "Virksomhet"),
              tr("plan_pdf", "Telefon")]  # fmt: skip
    return [s.table(header, rows, widths)] if rows else []


def _service(member: Member) -> str:
    if member.kind is MemberKind.SERVICE_USER:
        return tr("plan_pdf", "Tjenestemottaker")
    return member.organisation


def _coordinator(plan: IndividualPlan, context: PrintContext) -> Story:
    c = plan.coordinator
    if c is None:
        return []
    nurse = context.nurse
    phone = context.phone_of(c.name, c.phone)
    email = nurse.email if c.name == nurse.name else ""
    rows = [[tr("plan_pdf", "Navn"), c.name], [tr("plan_pdf", "Rolle"), c.role],
            [tr("plan_pdf", "Telefon"), phone], [tr("plan_pdf", "E-post"), email],
            [tr("plan_pdf", "Fra"), s.nb_date(c.since)]]  # fmt: skip
    return [s.facts([r for r in rows if r[1]], [W * 0.25, W * 0.75])]


def _contributions(plan: IndividualPlan, context: PrintContext) -> Story:
    wish = _dated(tr_domain(plan.kin_involvement.label), plan.kin_involvement_date)
    return (
        labelled(tr("plan_pdf", "Tjenestemottakeren"), plan.user_contribution)
        + labelled(tr("plan_pdf", "Tjenestene"), plan.services_contribution)
        + labelled(tr("plan_pdf", "Pårørende"), plan.next_of_kin_contribution)
        + [s.facts([[tr_domain(KIN_QUESTION), wish]], [W * 0.6, W * 0.4])]
    )


def _measures(plan: IndividualPlan, context: PrintContext) -> Story:
    rows = [
        [m.what, m.scope, m.responsible, s.nb_date(m.start), s.nb_date(m.end),
         tr_domain(m.status.label)]
        for m in plan.measures
    ]  # fmt: skip
    header = [
        tr("plan_pdf", "Tiltak"), tr("plan_pdf", "Omfang"), tr("plan_pdf", "Ansvarlig"),
        tr("plan_pdf", "Start"), tr("plan_pdf", "Slutt"), tr("plan_pdf", "Status"),
    ]  # fmt: skip
    widths = [W * 0.27, W * 0.14, W * 0.17, W * 0.14, W * 0.14, W * 0.14]  # a date needs 0.14
    if not rows:
        return []
    loose = [m.what for m in plan.measures_without_goal]
    note = (
        [Spacer(1, 4), s.para(tr("plan_pdf", "Tiltak uten mål: %1", "; ".join(loose)))]
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
        [
            tr("plan_pdf", "Planen gjelder fra"),
            s.nb_date(plan.period_start) or tr("plan_pdf", "Ikke satt"),
        ],
        [
            tr("plan_pdf", "Planen gjelder til"),
            s.nb_date(plan.period_end) or tr("plan_pdf", "Til den avsluttes"),
        ],
        [
            tr("plan_pdf", "Neste revisjon"),
            s.nb_date(plan.next_revision) or tr("plan_pdf", "Ikke satt"),
        ],
    ]
    return [s.facts(rows, [W * 0.35, W * 0.65])]


def _consents(plan: IndividualPlan, context: PrintContext) -> Story:
    rows = [
        [tr_domain(c.kind.label) + (f": {c.participant}" if c.participant else ""), c.scope,
         s.nb_date(c.given_on), s.nb_date(c.expires_on),
         tr("plan_pdf", "Ja") if c.form_received else tr("plan_pdf", "Nei")]
        for c in plan.consents
    ]  # fmt: skip
    header = [tr("plan_pdf", "Samtykke"), tr("plan_pdf", "Hva kan deles"), tr("plan_pdf", "Gitt"),
              tr("plan_pdf", "Utløper"), tr("plan_pdf", "Signert skjema")]  # fmt: skip
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
    rows = [
        [goals.get(o.goal_id, ""), tr_domain(o.outcome.label), o.comment]
        for o in evaluation.outcomes
    ]
    heading = tr("plan_pdf", "Evaluering %1", s.nb_date(evaluation.held_on))
    story: Story = [Paragraph(heading, s.SUBHEADING)]
    header = [tr("plan_pdf", "Mål"), tr("plan_pdf", "Status"), tr("plan_pdf", "Kommentar")]
    if rows:
        story.append(s.table(header, rows, [W * 0.4, W * 0.17, W * 0.43]))
    return story + labelled(tr("plan_pdf", "Videre"), evaluation.next_steps)


def _dated(text: str, date: object) -> str:
    return f"{text} ({s.nb_date(date)})" if date else text  # type: ignore[arg-type]


_PARTS: tuple[Callable[[IndividualPlan, PrintContext], Story], ...] = (
    _goals, _participants, _coordinator, _contributions, _measures, _carried_out, _period,
    _consents, _cooperation,
)  # fmt: skip

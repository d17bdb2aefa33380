"""The individual plan as a document: the nine parts in the legal order, then evaluations."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from ..domain.plan_vocabulary import EVALUATIONS_HEADING, NOT_FILLED, PLAN_PARTS
from ..domain.plans import Evaluation, IndividualPlan
from . import styles as s
from .crisis_pdf import crisis_sections
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH
Story = list[Flowable]


def plan_story(plan: IndividualPlan, status_label: str) -> Story:
    story: Story = [Paragraph("Individuell plan", s.TITLE), s.para(f"Status: {status_label}")]
    story += _decision(plan)
    for heading, part in zip(PLAN_PARTS, _PARTS, strict=True):
        story += section(heading, part(plan))
    story += section(EVALUATIONS_HEADING, _evaluations(plan))
    story += crisis_sections(plan.crisis_plan, s.HEADING, s.SUBHEADING, s.BODY)
    return story


def section(heading: str, body: Story) -> Story:
    """A heading that starts a page if too little room is left; an empty part says so."""
    return [
        CondPageBreak(90),
        Paragraph(heading, s.HEADING),
        *(body or [s.para(NOT_FILLED, s.EMPTY)]),
    ]


def labelled(label: str, text: str) -> Story:
    return [Paragraph(label, s.LABEL), s.para(text)] if text.strip() else []


def _decision(plan: IndividualPlan) -> Story:
    rows = [
        ["Vedtak om individuell plan", s.nb_date(plan.decision_date) or "Ikke registrert"],
        ["Vedtakets referanse", plan.decision_reference or "Ikke registrert"],
        ["Tjenestemottakerens valg", _dated(plan.choice.label, plan.choice_date)],
    ]
    return section("Vedtak og valg", [s.facts(rows, [W * 0.35, W * 0.65])])


def _goals(plan: IndividualPlan) -> Story:
    rows = [
        [
            g.life_area.label,
            g.text,
            f"Avsluttet {s.nb_date(g.ended_on)}" if g.ended_on else "Aktivt",
        ]
        for g in sorted(plan.goals, key=lambda g: (g.ended_on is not None, g.life_area.value))
    ]
    story = [s.table(["Livsområde", "Mål (med tjenestemottakerens ord)", "Status"], rows,
                     [W * 0.22, W * 0.58, W * 0.20])] if rows else []  # fmt: skip
    return (
        story + labelled("Ressurser", plan.resources) + labelled("Behov for tjenester", plan.needs)
    )


def _participants(plan: IndividualPlan) -> Story:
    rows = [[p.name, p.role, p.organisation, p.phone] for p in plan.participants]
    widths = [W * 0.28, W * 0.27, W * 0.28, W * 0.17]
    return [s.table(["Navn", "Rolle", "Virksomhet", "Telefon"], rows, widths)] if rows else []


def _coordinator(plan: IndividualPlan) -> Story:
    c = plan.coordinator
    if c is None:
        return []
    rows = [["Navn", c.name], ["Rolle", c.role], ["Telefon", c.phone], ["Fra", s.nb_date(c.since)]]
    return [s.facts([r for r in rows if r[1]], [W * 0.25, W * 0.75])]


def _contributions(plan: IndividualPlan) -> Story:
    return (
        labelled("Tjenestemottakeren", plan.user_contribution)
        + labelled("Tjenestene", plan.services_contribution)
        + labelled("Pårørende", plan.next_of_kin_contribution)
    )


def _measures(plan: IndividualPlan) -> Story:
    rows = [
        [m.what, m.scope, m.responsible, s.nb_date(m.start), s.nb_date(m.end), m.status.label]
        for m in plan.measures
    ]
    header = ["Tiltak", "Omfang", "Ansvarlig", "Start", "Slutt", "Status"]
    widths = [W * 0.29, W * 0.15, W * 0.19, W * 0.125, W * 0.125, W * 0.12]
    return [s.table(header, rows, widths)] if rows else []


def _carried_out(plan: IndividualPlan) -> Story:
    return [s.para(plan.implementation)] if plan.implementation.strip() else []


def _period(plan: IndividualPlan) -> Story:
    if not (plan.period_start or plan.period_end or plan.next_revision):
        return []
    rows = [
        ["Planen gjelder fra", s.nb_date(plan.period_start) or "Ikke satt"],
        ["Planen gjelder til", s.nb_date(plan.period_end) or "Til den avsluttes"],
        ["Neste revisjon", s.nb_date(plan.next_revision) or "Ikke satt"],
    ]
    return [s.facts(rows, [W * 0.35, W * 0.65])]


def _consents(plan: IndividualPlan) -> Story:
    rows = [
        [c.kind.label + (f": {c.participant}" if c.participant else ""), c.scope,
         s.nb_date(c.given_on), s.nb_date(c.expires_on), "Ja" if c.form_received else "Nei"]
        for c in plan.consents
    ]  # fmt: skip
    header = ["Samtykke", "Hva kan deles", "Gitt", "Utløper", "Signert skjema"]
    widths = [W * 0.30, W * 0.30, W * 0.13, W * 0.13, W * 0.14]
    return [s.table(header, rows, widths)] if rows else []


def _cooperation(plan: IndividualPlan) -> Story:
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


_PARTS: tuple[Callable[[IndividualPlan], Story], ...] = (
    _goals, _participants, _coordinator, _contributions, _measures, _carried_out, _period,
    _consents, _cooperation,
)  # fmt: skip

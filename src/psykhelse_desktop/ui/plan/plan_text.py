"""A revision of the plan as plain text per part, for showing two revisions side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.plan_vocabulary import CRISIS_HEADING, EVALUATIONS_HEADING, NOT_FILLED, PLAN_PARTS
from ...domain.plans import IndividualPlan
from ..texts import date_text, domain_text, fill


def _lines(*lines: str) -> str:
    return "\n".join(line for line in lines if line.strip()) or domain_text(NOT_FILLED)


def _labelled(label: str, value: str) -> str:
    return f"{label}: {value}" if value.strip() else ""


def part_texts(plan: IndividualPlan) -> list[tuple[str, str]]:
    """(heading, text) for the decision, the nine parts, the crisis plan and the evaluations."""
    return [
        (QCoreApplication.translate("plan_text", "Vedtak og valg"), _decision(plan)),
        (domain_text(PLAN_PARTS[0]), _goals(plan)),
        (
            domain_text(PLAN_PARTS[1]),
            _lines(*(_person(p.name, p.role, p.organisation) for p in plan.participants)),
        ),
        (domain_text(PLAN_PARTS[2]), _lines(_coordinator(plan))),
        (domain_text(PLAN_PARTS[3]), _contributions(plan)),
        (domain_text(PLAN_PARTS[4]), _lines(*(_measure(plan, m) for m in plan.measures))),
        (domain_text(PLAN_PARTS[5]), _lines(plan.implementation)),
        (domain_text(PLAN_PARTS[6]), _period(plan)),
        (domain_text(PLAN_PARTS[7]), _lines(*(_consent(c) for c in plan.consents))),
        (domain_text(PLAN_PARTS[8]), _lines(plan.cooperation)),
        (domain_text(CRISIS_HEADING), _lines(*(str(v) for v in vars(plan.crisis_plan).values()))),
        (domain_text(EVALUATIONS_HEADING), _lines(*(_evaluation(e) for e in plan.evaluations))),
    ]


def _decision(plan: IndividualPlan) -> str:
    return _lines(
        _labelled(
            QCoreApplication.translate("plan_text", "Status"), domain_text(plan.status.label)
        ),
        _labelled(
            QCoreApplication.translate("plan_text", "Vedtak"),
            " ".join(filter(None, [date_text(plan.decision_date), plan.decision_reference])),
        ),
        _labelled(
            QCoreApplication.translate("plan_text", "Valg"),
            f"{domain_text(plan.choice.label)} {date_text(plan.choice_date)}",
        ),
    )


def _goals(plan: IndividualPlan) -> str:
    goals = [
        f"{domain_text(g.life_area.label)}: {g.text}"
        + (
            fill(QCoreApplication.translate("plan_text", " (avsluttet %1)"), date_text(g.ended_on))
            if g.ended_on
            else ""
        )
        for g in plan.goals
    ]
    return _lines(
        *goals,
        _labelled(QCoreApplication.translate("plan_text", "Ressurser"), plan.resources),
        _labelled(QCoreApplication.translate("plan_text", "Behov"), plan.needs),
    )


def _person(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def _coordinator(plan: IndividualPlan) -> str:
    c = plan.coordinator
    return "" if c is None else _person(c.name, c.role, c.phone)


def _contributions(plan: IndividualPlan) -> str:
    return _lines(
        _labelled(
            QCoreApplication.translate("plan_text", "Tjenestemottakeren"), plan.user_contribution
        ),
        _labelled(
            QCoreApplication.translate("plan_text", "Tjenestene"), plan.services_contribution
        ),
        _labelled(
            QCoreApplication.translate("plan_text", "Pårørende"), plan.next_of_kin_contribution
        ),
    )


def _measure(plan: IndividualPlan, m) -> str:  # noqa: ANN001
    dates = " – ".join(filter(None, [date_text(m.start), date_text(m.end)]))
    goals = "; ".join(g.text for g in plan.goals if g.id in m.goal_ids)
    served = _labelled(QCoreApplication.translate("plan_text", "mål"), goals)
    return _person(m.what, m.scope, m.responsible, dates, domain_text(m.status.label), served)


def _period(plan: IndividualPlan) -> str:
    period = " – ".join(filter(None, [date_text(plan.period_start), date_text(plan.period_end)]))
    return _lines(
        _labelled(QCoreApplication.translate("plan_text", "Planperiode"), period),
        _labelled(
            QCoreApplication.translate("plan_text", "Neste revisjon"), date_text(plan.next_revision)
        ),
    )


def _consent(c) -> str:  # noqa: ANN001
    given = (
        fill(QCoreApplication.translate("plan_text", "gitt %1"), date_text(c.given_on))
        if c.given_on
        else QCoreApplication.translate("plan_text", "ikke gitt")
    )
    return _person(domain_text(c.kind.label), c.participant, c.scope, given)


def _evaluation(e) -> str:  # noqa: ANN001
    return _person(date_text(e.held_on), e.next_steps)

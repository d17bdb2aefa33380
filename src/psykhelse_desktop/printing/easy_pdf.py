""" "Min plan": an easy-read copy for the user, in the first person, plain words and no codes."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from ..domain.plan_vocabulary import OUT_OF_HOURS_NUMBERS, MeasureStatus
from ..domain.plans import IndividualPlan, Measure
from . import styles as s

NOTHING_YET = "Dette har vi ikke skrevet ennå."


def easy_story(plan: IndividualPlan, person_name: str) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph("Min plan", s.BIG_TITLE),
        s.para(f"Jeg heter {person_name}. Dette er planen min. Jeg har laget den sammen med dem "
               "som hjelper meg. Planen sier hva jeg vil, og hvem som gjør hva.", s.BIG_BODY),
    ]  # fmt: skip
    story += _part("Dette vil jeg", [g.text for g in plan.open_goals])
    story += _part("Dette er jeg god på", [plan.resources])
    story += _part("Dette gjør jeg selv", [plan.user_contribution])
    story += _part(
        "Slik hjelper andre meg",
        [_help(m) for m in plan.measures if m.status is not MeasureStatus.ENDED],
    )
    story += _part("Min koordinator", [_coordinator(plan)])
    story += _part("Når ser vi på planen igjen?", [_when(plan)])
    story += _part("Hvis det blir vanskelig", [plan.crisis_plan.what_helps, OUT_OF_HOURS_NUMBERS])
    return story


def _part(heading: str, lines: list[str]) -> list[Flowable]:
    lines = [line for line in lines if line.strip()]
    body = [s.para(f"•  {line}" if len(lines) > 1 else line, s.BIG_BODY) for line in lines]
    return [Paragraph(heading, s.BIG_HEADING), *(body or [s.para(NOTHING_YET, s.BIG_BODY)])]


def _help(measure: Measure) -> str:
    scope = f" Hvor ofte: {measure.scope}." if measure.scope else ""
    return f"{measure.what}. {measure.responsible} har ansvaret.{scope}"


def _coordinator(plan: IndividualPlan) -> str:
    c = plan.coordinator
    if c is None:
        return ""
    phone = f" Telefon: {c.phone}." if c.phone else ""
    return f"Min koordinator er {c.name}. Koordinatoren passer på at planen blir fulgt.{phone}"


def _when(plan: IndividualPlan) -> str:
    return (
        f"Vi ser på planen sammen igjen {s.nb_date(plan.next_revision)}."
        if plan.next_revision
        else ""
    )

""" "Min plan": an easy-read copy for the user, in the first person, plain words and no codes,
dates in words, and whom to call by day and when it gets hard."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ..domain.plain_words import date_in_words, plain_text
from ..domain.plan_vocabulary import MeasureStatus
from ..domain.plans import IndividualPlan, Measure
from ..domain.records import NurseProfile
from . import styles as s

NOTHING_YET = "Dette har vi ikke skrevet ennå."
# A hanging indent: the bullet in the margin, every line of the text under the first word.
BULLETED = ParagraphStyle("easy_bullet", parent=s.BIG_BODY, leftIndent=20, bulletIndent=2)


def easy_story(plan: IndividualPlan, person_name: str, nurse: NurseProfile) -> list[Flowable]:
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
    story += _part("Min koordinator", [_coordinator(plan, nurse)])
    story += _part("Når ser vi på planen igjen?", [_when(plan)])
    story += _part("Tegn på at det går dårlig", [plan.crisis_plan.warning_signs])
    story += _part("Hvis det blir vanskelig", [plan.crisis_plan.what_helps, *_calls(nurse)])
    return story


def _part(heading: str, lines: list[str]) -> list[Flowable]:
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) > 1:
        body = [Paragraph(_escaped(line), BULLETED, bulletText="•") for line in lines]
    else:
        body = [s.para(line, s.BIG_BODY) for line in lines]
    return [Paragraph(heading, s.BIG_HEADING), *(body or [s.para(NOTHING_YET, s.BIG_BODY)])]


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _help(measure: Measure) -> str:
    scope = f" Hvor ofte: {plain_text(measure.scope)}." if measure.scope else ""
    return f"{plain_text(measure.what)}. {measure.responsible} har ansvaret.{scope}"


def _coordinator(plan: IndividualPlan, nurse: NurseProfile) -> str:
    c = plan.coordinator
    if c is None:
        return ""
    number = c.phone or (nurse.phone if c.name == nurse.name else "")
    phone = f" Du kan ringe på dagtid: {number}." if number else ""
    return f"Min koordinator er {c.name}. Koordinatoren passer på at planen blir fulgt.{phone}"


def _when(plan: IndividualPlan) -> str:
    if not plan.next_revision:
        return ""
    return f"Vi ser på planen sammen igjen {date_in_words(plan.next_revision)}."


def _calls(nurse: NurseProfile) -> list[str]:
    daytime = f"{nurse.name}, {nurse.phone}" if nurse.phone else nurse.switchboard
    lines = [f"På dagtid kan jeg ringe {daytime}."] if daytime else []
    return lines + ["Kveld, natt og helg: legevakten, 116 117.", "Hvis livet er i fare: ring 113."]

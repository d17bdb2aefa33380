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
from .language import tr, tr_domain

NOTHING_YET = "Dette har vi ikke skrevet ennå."
# A hanging indent: the bullet in the margin, every line of the text under the first word.
BULLETED = ParagraphStyle("easy_bullet", parent=s.BIG_BODY, leftIndent=20, bulletIndent=2)


def easy_story(plan: IndividualPlan, person_name: str, nurse: NurseProfile) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(tr("easy_pdf", "Min plan"), s.BIG_TITLE),
        s.para(tr("easy_pdf", "Jeg heter %1. Dette er planen min. Jeg har laget den sammen med "
                  "dem som hjelper meg. Planen sier hva jeg vil, og hvem som gjør hva.",
                  person_name), s.BIG_BODY),
    ]  # fmt: skip
    story += _part(tr("easy_pdf", "Dette vil jeg"), [g.text for g in plan.open_goals])
    story += _part(tr("easy_pdf", "Dette er jeg god på"), [plan.resources])
    story += _part(tr("easy_pdf", "Dette gjør jeg selv"), [plan.user_contribution])
    story += _part(
        tr("easy_pdf", "Slik hjelper andre meg"),
        [_help(m) for m in plan.measures if m.status is not MeasureStatus.ENDED],
    )
    story += _part(tr("easy_pdf", "Min koordinator"), [_coordinator(plan, nurse)])
    story += _part(tr("easy_pdf", "Når ser vi på planen igjen?"), [_when(plan)])
    story += _part(tr("easy_pdf", "Tegn på at det går dårlig"), [plan.crisis_plan.warning_signs])
    story += _part(
        tr("easy_pdf", "Hvis det blir vanskelig"), [plan.crisis_plan.what_helps, *_calls(nurse)]
    )
    return story


def _part(heading: str, lines: list[str]) -> list[Flowable]:
    lines = [line.strip() for line in lines if line.strip()]
    if len(lines) > 1:
        body = [Paragraph(_escaped(line), BULLETED, bulletText="•") for line in lines]
    else:
        body = [s.para(line, s.BIG_BODY) for line in lines]
    nothing = s.para(tr("easy_pdf", NOTHING_YET), s.BIG_BODY)
    return [Paragraph(heading, s.BIG_HEADING), *(body or [nothing])]


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _help(measure: Measure) -> str:
    scope = tr("easy_pdf", " Hvor ofte: %1.", _plain(measure.scope)) if measure.scope else ""
    return tr(
        "easy_pdf", "%1. %2 har ansvaret.%3", _plain(measure.what), measure.responsible, scope
    )


def _plain(text: str) -> str:
    return plain_text(text, tr_domain)


def _coordinator(plan: IndividualPlan, nurse: NurseProfile) -> str:
    c = plan.coordinator
    if c is None:
        return ""
    number = c.phone or (nurse.phone if c.name == nurse.name else "")
    phone = tr("easy_pdf", " Du kan ringe på dagtid: %1.", number) if number else ""
    return tr(
        "easy_pdf",
        "Min koordinator er %1. Koordinatoren passer på at planen blir fulgt.%2",
        c.name,
        phone,
    )


def _when(plan: IndividualPlan) -> str:
    if not plan.next_revision:
        return ""
    return tr("easy_pdf", "Vi ser på planen sammen igjen %1.", date_in_words(plan.next_revision))


def _calls(nurse: NurseProfile) -> list[str]:
    daytime = f"{nurse.name}, {nurse.phone}" if nurse.phone else nurse.switchboard
    lines = [tr("easy_pdf", "På dagtid kan jeg ringe %1.", daytime)] if daytime else []
    return lines + [
        tr("easy_pdf", "Kveld, natt og helg: legevakten, 116 117."),
        tr("easy_pdf", "Hvis livet er i fare: ring 113."),
    ]

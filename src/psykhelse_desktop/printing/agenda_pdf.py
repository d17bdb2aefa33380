"""The agenda (saksliste) pre-filled from open action items and the plan, with attendance list."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.group_vocabulary import AGENDA_TITLE, CARRIED_OVER_HEADING
from ..domain.plans import Goal
from ..services.meetings.meeting_pack import MeetingPack
from . import styles as s
from .language import tr, tr_domain
from .minutes_pdf import action_table, cancelled_notice, meeting_facts
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH
BOX = "[   ]"
BULLET = ParagraphStyle("agenda_bullet", parent=s.BODY, leftIndent=11, bulletIndent=0)


def agenda_titles(pack: MeetingPack) -> list[str]:
    """The numbered items: follow-up, the nurse's own items, the plan, any other business."""
    titles = [tr_domain(CARRIED_OVER_HEADING)] if pack.meeting.carried_over else []
    titles += [item.title for item in pack.meeting.items]
    if pack.goals_due or pack.next_revision:
        titles.append(tr("agenda_pdf", "Individuell plan: evaluering av mål og revisjon"))
    return [*titles, tr("agenda_pdf", "Eventuelt"), tr("agenda_pdf", "Neste møte")]


def agenda_story(pack: MeetingPack, cancelled: bool = False) -> list[Flowable]:
    minutes = pack.meeting
    story: list[Flowable] = [Paragraph(tr_domain(AGENDA_TITLE), s.TITLE)]
    story += cancelled_notice(minutes) if cancelled else []
    story.append(meeting_facts(minutes, []))
    story += [Spacer(1, 6), s.para(_sent_to(pack))]
    story.append(Paragraph(tr("agenda_pdf", "Saker"), s.HEADING))
    story += [s.para(f"{n}. {title}") for n, title in enumerate(agenda_titles(pack), start=1)]
    if minutes.carried_over:
        heading = Paragraph(tr_domain(CARRIED_OVER_HEADING), s.HEADING)
        story += [heading, action_table(minutes.carried_over)]
    story += _plan_part(pack.goals_due, pack.next_revision)
    return story + attendance_list(pack)


def _sent_to(pack: MeetingPack) -> str:
    """The agenda holds the plan's goals: it goes only to those the user consented to."""
    names = [m.name for m in pack.invited if pack.may_see_agenda(m)]
    others = [m.name for m in pack.invited if not pack.may_see_agenda(m)]
    text = tr("agenda_pdf", "Sakslisten sendes bare til: %1", ", ".join(names) or _nobody())
    if others:
        text += tr("agenda_pdf", ". Ikke til (mangler gyldig samtykke): %1", ", ".join(others))
    return text + "."


def _nobody() -> str:
    return tr("agenda_pdf", "ingen")


def attendance_list(pack: MeetingPack) -> list[Flowable]:
    rows = [[m.name, tr_domain(m.role), m.organisation, BOX] for m in pack.invited]
    widths = [W * 0.30, W * 0.24, W * 0.32, W * 0.14]
    header = [tr("agenda_pdf", "Navn"), tr("agenda_pdf", "Rolle"),
              tr("agenda_pdf", "Virksomhet"), tr("agenda_pdf", "Til stede")]  # fmt: skip
    return [
        Paragraph(tr("agenda_pdf", "Deltakerliste"), s.HEADING),
        s.table(header, rows, widths),
    ]


def _plan_part(goals: tuple[Goal, ...], revision: dt.date | None) -> list[Flowable]:
    if not goals and not revision:
        return []
    story: list[Flowable] = [Paragraph(tr("agenda_pdf", "Individuell plan"), s.HEADING)]
    if revision:
        due = tr("agenda_pdf", "Planen skal revideres innen %1.", s.nb_date(revision))
        story.append(s.para(due))
    if goals:
        story.append(s.para(tr("agenda_pdf", "Mål som skal evalueres:"), s.LABEL))
        story += [_goal(goal) for goal in goals]
    return story


def _goal(goal: Goal) -> Flowable:
    """A goal as a bulleted paragraph: long goals wrap instead of splitting a table row."""
    text = f"<b>{escape(tr_domain(goal.life_area.label))}:</b> {escape(goal.text.strip())}"
    return Paragraph(text, BULLET, bulletText="•")

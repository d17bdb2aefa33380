"""The minutes (referat): when, who came and who did not, each item, decisions, action items."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.group_vocabulary import CARRIED_OVER_HEADING, MINUTES_TITLE, VIDEO_PLACE
from ..domain.groups import ActionItem, Minutes, Recipient
from . import styles as s
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NONE_YET = "Ikke avtalt"


def minutes_story(minutes: Minutes, recipients: tuple[Recipient, ...]) -> list[Flowable]:
    story = [Paragraph(MINUTES_TITLE, s.TITLE), *minutes_body(minutes)]
    return story + _distribution(recipients)


def minutes_body(minutes: Minutes) -> list[Flowable]:
    """The minutes without their title and distribution (also part of the copy for innsyn)."""
    story: list[Flowable] = [*_correction(minutes)]
    story.append(meeting_facts(minutes, [["Referent", minutes.written_by]]))
    story += _attendance(minutes)
    if minutes.carried_over:
        story += [Paragraph(CARRIED_OVER_HEADING, s.HEADING), action_table(minutes.carried_over)]
    story += _items(minutes)
    story.append(Paragraph("Oppgaver: hvem gjør hva innen når", s.HEADING))
    story.append(action_table(minutes.action_items) if minutes.action_items else _empty())
    story.append(Paragraph("Neste møte", s.HEADING))
    story.append(s.para(when_text(minutes.next_meeting) if minutes.next_meeting else NONE_YET))
    return story


def when_text(start: dt.datetime, minutes: int | None = None) -> str:
    """«tirsdag 24.11.2026 kl. 13.30–15.00», or without the end time."""
    text = f"{WEEKDAYS[start.weekday()]} {s.nb_date(start.date())} kl. {start:%H.%M}"
    if minutes:
        text += f"–{start + dt.timedelta(minutes=minutes):%H.%M}"
    return text


def place_text(minutes: Minutes) -> str:
    if minutes.video_link and minutes.place:
        return f"{minutes.place} ({VIDEO_PLACE.lower()}: {minutes.video_link})"
    return minutes.place or f"{VIDEO_PLACE}: {minutes.video_link}"


def meeting_facts(minutes: Minutes, more: list[list[str]]) -> Flowable:
    rows = [
        ["Tjenestemottaker", minutes.person_name],
        ["Tid", when_text(minutes.starts_at, minutes.duration_minutes)],
        ["Sted", place_text(minutes)],
    ]
    return s.facts(rows + more, [W * 0.25, W * 0.75])


def action_table(items: tuple[ActionItem, ...]) -> Flowable:
    rows = [[a.what, a.owner, s.nb_date(a.due_on), _status(a)] for a in items]
    widths = [W * 0.46, W * 0.22, W * 0.14, W * 0.18]
    return s.table(["Hva", "Ansvarlig", "Frist", "Status"], rows, widths)


def _status(item: ActionItem) -> str:
    return f"Lukket {s.nb_date(item.closed_on)}" if item.closed_on else "Åpen"


def _correction(minutes: Minutes) -> list[Flowable]:
    if minutes.version <= 1:
        return []
    note = (
        f"Rettet versjon {minutes.version}. Erstatter versjon {minutes.version - 1}, "
        f"som er tatt vare på. Rettet: {minutes.correction_note}"
    )
    return [s.para(note, s.LABEL), Spacer(1, 4)]


def _attendance(minutes: Minutes) -> list[Flowable]:
    present = [[a.name, a.role, a.organisation] for a in minutes.attendance if a.attended]
    absent = [
        [a.name, a.role, a.absence_reason or "Ikke oppgitt"]
        for a in minutes.attendance
        if not a.attended
    ]
    widths = [W * 0.32, W * 0.28, W * 0.40]
    story: list[Flowable] = [Paragraph("Til stede", s.HEADING)]
    story.append(s.table(["Navn", "Rolle", "Virksomhet"], present, widths) if present else _empty())
    story.append(Paragraph("Fravær", s.HEADING))
    story.append(s.table(["Navn", "Rolle", "Grunn"], absent, widths) if absent else _empty())
    return story


def _items(minutes: Minutes) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Saker", s.HEADING)]
    for number, item in enumerate(minutes.items, start=1):
        story.append(s.para(f"Sak {number}: {item.title}", s.SUBHEADING))
        story.append(s.para(item.notes) if item.notes else _empty())
        if item.decision:
            story += [s.para("Dette ble avtalt:", s.LABEL), s.para(item.decision)]
    return story if minutes.items else [*story, _empty()]


def _distribution(recipients: tuple[Recipient, ...]) -> list[Flowable]:
    names = ", ".join(r.name for r in recipients if r.receives)
    return [Paragraph("Referatet sendes til", s.HEADING), s.para(names or NONE_YET)]


def _empty() -> Flowable:
    return s.para("Ingen", s.EMPTY)

"""The minutes (referat): when, who came and who did not, each item, decisions, action items."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.group_vocabulary import CARRIED_OVER_HEADING, MINUTES_TITLE, VIDEO_PLACE
from ..domain.groups import ActionItem, Minutes, Recipient
from . import styles as s
from .language import tr, tr_domain, weekday
from .page import CONTENT_WIDTH

W = CONTENT_WIDTH
M = "minutes_pdf"  # the catalogue context of the meeting documents' shared parts


def minutes_story(minutes: Minutes, recipients: tuple[Recipient, ...]) -> list[Flowable]:
    story = [Paragraph(tr_domain(MINUTES_TITLE), s.TITLE), *minutes_body(minutes)]
    return story + _distribution(recipients)


def minutes_body(minutes: Minutes) -> list[Flowable]:
    """The minutes without their title and distribution (also part of the copy for innsyn)."""
    story: list[Flowable] = [*_correction(minutes)]
    story.append(meeting_facts(minutes, [[tr(M, "Referent"), minutes.written_by]]))
    story += _attendance(minutes)
    if minutes.carried_over:
        heading = Paragraph(tr_domain(CARRIED_OVER_HEADING), s.HEADING)
        story += [heading, action_table(minutes.carried_over)]
    story += _items(minutes)
    story.append(Paragraph(tr(M, "Oppgaver: hvem gjør hva innen når"), s.HEADING))
    story.append(action_table(minutes.action_items) if minutes.action_items else _empty())
    story.append(Paragraph(tr(M, "Neste møte"), s.HEADING))
    next_time = when_text(minutes.next_meeting) if minutes.next_meeting else _none_yet()
    story.append(s.para(next_time))
    return story


def _none_yet() -> str:
    return tr(M, "Ikke avtalt")


def when_text(start: dt.datetime, minutes: int | None = None) -> str:
    """«tirsdag 24.11.2026 kl. 13.30–15.00», or without the end time."""
    day = s.nb_date(start.date())
    text = tr(M, "%1 %2 kl. %3", weekday(start.date()), day, f"{start:%H.%M}")
    if minutes:
        text += f"–{start + dt.timedelta(minutes=minutes):%H.%M}"
    return text


def cancelled_notice(minutes: Minutes) -> list[Flowable]:
    """The line a cancelled meeting's invitation and agenda open with."""
    when = when_text(minutes.starts_at, minutes.duration_minutes)
    return [s.para(tr(M, "AVLYST: møtet %1 blir ikke holdt.", when), s.ALERT)]


def place_text(minutes: Minutes) -> str:
    video = tr_domain(VIDEO_PLACE)
    if minutes.video_link and minutes.place:
        return f"{minutes.place} ({video.lower()}: {minutes.video_link})"
    return minutes.place or f"{video}: {minutes.video_link}"


def meeting_facts(minutes: Minutes, more: list[list[str]]) -> Flowable:
    rows = [
        [tr(M, "Tjenestemottaker"), minutes.person_name],
        [tr(M, "Tid"), when_text(minutes.starts_at, minutes.duration_minutes)],
        [tr(M, "Sted"), place_text(minutes)],
    ]
    return s.facts(rows + more, [W * 0.25, W * 0.75])


def action_table(items: tuple[ActionItem, ...]) -> Flowable:
    rows = [[a.what, a.owner, s.nb_date(a.due_on), _status(a)] for a in items]
    widths = [W * 0.46, W * 0.22, W * 0.14, W * 0.18]
    header = [tr(M, "Hva"), tr(M, "Ansvarlig"), tr(M, "Frist"), tr(M, "Status")]
    return s.table(header, rows, widths)


def _status(item: ActionItem) -> str:
    return tr(M, "Lukket %1", s.nb_date(item.closed_on)) if item.closed_on else tr(M, "Åpen")


def _correction(minutes: Minutes) -> list[Flowable]:
    if minutes.version <= 1:
        return []
    note = tr(
        M,
        "Rettet versjon %1. Erstatter versjon %2, som er tatt vare på. Rettet: %3",
        minutes.version,
        minutes.version - 1,
        minutes.correction_note,
    )
    return [s.para(note, s.LABEL), Spacer(1, 4)]


def _attendance(minutes: Minutes) -> list[Flowable]:
    present = [
        [a.name, tr_domain(a.role), a.organisation] for a in minutes.attendance if a.attended
    ]
    absent = [
        [a.name, tr_domain(a.role), a.absence_reason or tr(M, "Ikke oppgitt")]
        for a in minutes.attendance
        if not a.attended
    ]
    widths = [W * 0.32, W * 0.28, W * 0.40]
    story: list[Flowable] = [Paragraph(tr(M, "Til stede"), s.HEADING)]
    header = [tr(M, "Navn"), tr(M, "Rolle"), tr(M, "Virksomhet")]
    story.append(s.table(header, present, widths) if present else _empty())
    story.append(Paragraph(tr(M, "Fravær"), s.HEADING))
    header = [tr(M, "Navn"), tr(M, "Rolle"), tr(M, "Grunn")]
    story.append(s.table(header, absent, widths) if absent else _empty())
    return story


def _items(minutes: Minutes) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(tr(M, "Saker"), s.HEADING)]
    for number, item in enumerate(minutes.items, start=1):
        story.append(s.para(tr(M, "Sak %1: %2", number, item.title), s.SUBHEADING))
        story.append(s.para(item.notes) if item.notes else _empty())
        if item.decision:
            story += [s.para(tr(M, "Dette ble avtalt:"), s.LABEL), s.para(item.decision)]
    return story if minutes.items else [*story, _empty()]


def _distribution(recipients: tuple[Recipient, ...]) -> list[Flowable]:
    names = ", ".join(r.name for r in recipients if r.receives)
    heading = Paragraph(tr(M, "Referatet sendes til"), s.HEADING)
    return [heading, s.para(names or _none_yet())]


def _empty() -> Flowable:
    return s.para(tr(M, "Ingen"), s.EMPTY)

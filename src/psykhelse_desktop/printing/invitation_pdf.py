"""Invitation letters: one per invited member, addressed, with time, place, agenda and contact."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ..domain.group_vocabulary import INVITATION_TITLE, MemberKind
from ..domain.groups import Member
from ..domain.records import NurseProfile
from ..services.meetings.meeting_pack import MeetingPack
from . import styles as s
from .agenda_pdf import agenda_titles
from .minutes_pdf import cancelled_notice, place_text, when_text


def invitation_story(
    pack: MeetingPack, nurse: NurseProfile, today: dt.date, cancelled: bool = False
) -> list[Flowable]:
    story: list[Flowable] = []
    for member in pack.invited:
        letter = _letter(pack, member, nurse, today)
        if cancelled:
            letter[3:3] = cancelled_notice(pack.meeting)
        story += [*letter, PageBreak()]
    return story[:-1] or [s.para("Ingen er invitert til møtet.", s.EMPTY)]


def _letter(pack: MeetingPack, member: Member, nurse: NurseProfile, today: dt.date) -> list:
    minutes = pack.meeting
    return [
        *_address(member),
        Spacer(1, 14),
        s.para(f"{nurse.municipality}, {s.nb_date(today)}"),
        Paragraph(INVITATION_TITLE, s.TITLE),
        s.para(_invited_line(member, minutes.person_name)),
        s.para(f"Tid: {when_text(minutes.starts_at, minutes.duration_minutes)}", s.LABEL),
        s.para(f"Sted: {place_text(minutes)}", s.LABEL),
        Paragraph("Saksliste", s.HEADING),
        *[s.para(f"{n}. {t}") for n, t in enumerate(agenda_titles(pack), start=1)],
        Spacer(1, 10),
        s.para(_contact_line(nurse)),
        Spacer(1, 16),
        s.para(f"Med vennlig hilsen\n{nurse.name}\n{nurse.title}, koordinator"),
    ]


def _invited_line(member: Member, person_name: str) -> str:
    if member.kind is MemberKind.SERVICE_USER:
        return "Du innkalles til møte i ansvarsgruppen din."
    return f"Du innkalles til møte i ansvarsgruppen for {person_name}."


def _address(member: Member) -> list[Flowable]:
    lines = [member.name, member.organisation, member.address]
    return [s.para("\n".join(line for line in lines if line))]


def _contact_line(nurse: NurseProfile) -> str:
    return (
        f"Gi beskjed til {nurse.name}, {nurse.title.lower()} i {nurse.municipality}, "
        "hvis du ikke kan komme, eller hvis du har en sak du vil ta opp."
    )

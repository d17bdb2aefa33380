"""Invitation letters: one per invited member, each with its own page numbers, the address where
a window envelope shows it, "Vår ref." and date, time, place, agenda and how to reach the nurse."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ..domain.group_vocabulary import INVITATION_TITLE, MemberKind
from ..domain.groups import Member
from ..domain.records import NurseProfile
from ..services.meetings.meeting_pack import MeetingPack
from . import styles as s
from .agenda_pdf import agenda_titles
from .language import tr, tr_domain
from .minutes_pdf import cancelled_notice, place_text, when_text
from .page import FRAME_PADDING, PAGE_HEIGHT, PAGE_WIDTH, NewDocument

# A C5 or C65 (C6/5) window envelope, window on the left: the address field of DIN 5008 form B,
# 20 mm from the left edge and 45 mm from the top, 85 x 45 mm; the return line at its top.
ADDRESS_LEFT = 20 * s.mm
ADDRESS_TOP = 45 * s.mm
ADDRESS_WIDTH = 85 * s.mm
ADDRESS_HEIGHT = 45 * s.mm
REFERENCE_LEFT = 117 * s.mm
NO_ADDRESS = "Adresse mangler"
LETTER = "invitation_pdf"  # the catalogue context of the letters


def invitation_story(
    pack: MeetingPack,
    nurse: NurseProfile,
    today: dt.date,
    cancelled: bool = False,
    only: int | None = None,
) -> list[Flowable]:
    """One letter per invited member (or only the member `only`), each numbered on its own."""
    story: list[Flowable] = []
    for member in pack.invited:
        if only is None or member.id == only:
            story += [*_letter(pack, member, nurse, today, cancelled), PageBreak()]
    return story[:-1] or [s.para(tr(LETTER, "Ingen er invitert til møtet."), s.EMPTY)]


def reference(pack: MeetingPack) -> str:
    """ "Vår ref.": the meeting's number in this program, which the nurse can look up."""
    return tr(LETTER, "møte %1", pack.meeting.meeting_id)


def _letter(
    pack: MeetingPack, member: Member, nurse: NurseProfile, today: dt.date, cancelled: bool
) -> list[Flowable]:
    minutes = pack.meeting
    return [
        NewDocument(),
        LetterHead(
            nurse,
            member,
            [(tr(LETTER, "Vår ref."), reference(pack)), (tr(LETTER, "Dato"), s.nb_date(today))],
        ),
        Paragraph(tr_domain(INVITATION_TITLE), s.TITLE),
        *(cancelled_notice(minutes) if cancelled else []),
        *_body(pack, member),
        s.para(
            tr(LETTER, "Tid: %1", when_text(minutes.starts_at, minutes.duration_minutes)), s.LABEL
        ),
        s.para(tr(LETTER, "Sted: %1", place_text(minutes)), s.LABEL),
        *_agenda(pack, member),
        Spacer(1, 10),
        s.para(_contact_line(nurse)),
        Spacer(1, 16),
        s.para(_signature(nurse)),
    ]


def _body(pack: MeetingPack, member: Member) -> list[Flowable]:
    """Without a valid consent the letter names no one and says nothing about health."""
    if pack.may_see_agenda(member):
        return [s.para(_invited_line(member, pack.meeting.person_name))]
    return [s.para(tr(LETTER, NO_CONSENT_LINE))]


def _agenda(pack: MeetingPack, member: Member) -> list[Flowable]:
    if not pack.may_see_agenda(member):
        return []
    titles = agenda_titles(pack)
    return [Paragraph(tr(LETTER, "Saksliste"), s.HEADING),
            *[s.para(f"{n}. {t}") for n, t in enumerate(titles, start=1)]]  # fmt: skip


NO_CONSENT_LINE = "Du innkalles til et ansvarsgruppemøte."


class LetterHead(Flowable):
    """The window block (return line and the recipient's address) and the reference block,
    at fixed places on the paper whatever comes before them on the page."""

    def __init__(self, nurse: NurseProfile, member: Member, facts: list[tuple[str, str]]):
        super().__init__()
        self.nurse, self.member, self.facts = nurse, member, facts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = ADDRESS_TOP + ADDRESS_HEIGHT - s.TOP_MARGIN - FRAME_PADDING
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left, bottom = canvas.absolutePosition(0, 0)
        canvas.translate(-left, -bottom)  # draw in page coordinates from here
        top = PAGE_HEIGHT - ADDRESS_TOP
        canvas.setFillColor(s.MUTED)
        self._lines(ADDRESS_LEFT, top - 8, ADDRESS_WIDTH, [_return_line(self.nurse)], 6.5)
        canvas.setFillColor(s.INK)
        self._lines(ADDRESS_LEFT, top - 27, ADDRESS_WIDTH, address_lines(self.member), 10)
        facts = [f"{label}: {value}" for label, value in (*self.facts, *_nurse_facts(self.nurse))]
        self._lines(REFERENCE_LEFT, top - 9, PAGE_WIDTH - s.MARGIN - REFERENCE_LEFT, facts, 8.5)
        canvas.translate(left, bottom)

    def _lines(self, x: float, y: float, width: float, lines: list[str], size: float) -> None:
        self.canv.setFont(s.FONT, size)
        for line in lines:
            for part in s.fit_lines(line, s.FONT, size, width):
                self.canv.drawString(x, y, part)
                y -= size * 1.25


def address_lines(member: Member) -> list[str]:
    """Name, the service's name for a partner (never "Pårørende (søster)"), then the address."""
    organisation = member.organisation if member.kind is MemberKind.PARTNER else ""
    lines = [member.name, organisation, *member.address.splitlines()]
    if not member.postable and not member.protected_address:  # a protected one is never shown
        lines.append(tr(LETTER, NO_ADDRESS))
    return [line for line in lines if line]


def _return_line(nurse: NurseProfile) -> str:
    return ", ".join(p for p in (nurse.municipality, nurse.service_address) if p)


def _nurse_facts(nurse: NurseProfile) -> list[tuple[str, str]]:
    facts = [
        (tr(LETTER, "Saksbehandler"), nurse.name),
        (tr(LETTER, "Telefon"), nurse.phone),
        (tr(LETTER, "E-post"), nurse.email),
        (tr(LETTER, "Sentralbord"), nurse.switchboard),
    ]
    return [(label, value) for label, value in facts if value]


def _invited_line(member: Member, person_name: str) -> str:
    if member.kind is MemberKind.SERVICE_USER:
        return tr(LETTER, "Du innkalles til møte i ansvarsgruppen din.")
    return tr(LETTER, "Du innkalles til møte i ansvarsgruppen for %1.", person_name)


def _contact_line(nurse: NurseProfile) -> str:
    how = f" ({_reach(nurse)})" if _reach(nurse) else ""
    return tr(
        LETTER,
        "Gi beskjed til %1%2, %3 i %4, hvis du ikke kan komme, eller hvis du har en sak du vil "
        "ta opp.",
        nurse.name,
        how,
        nurse.title.lower(),
        nurse.municipality,
    )


def _reach(nurse: NurseProfile) -> str:
    """«telefon 915 55 555, e-post kari@testvik.kommune.no», or what of it is known."""
    parts = [tr(LETTER, "telefon %1", nurse.phone) if nurse.phone else "",
             tr(LETTER, "e-post %1", nurse.email) if nurse.email else ""]  # fmt: skip
    return ", ".join(p for p in parts if p)


def _signature(nurse: NurseProfile) -> str:
    lines = [
        tr(LETTER, "Med vennlig hilsen"),
        nurse.name,
        tr(LETTER, "%1, koordinator", nurse.title),
    ]
    if nurse.service_address:
        lines.append(tr(LETTER, "Postadresse: %1", nurse.service_address))
    return "\n".join(lines)

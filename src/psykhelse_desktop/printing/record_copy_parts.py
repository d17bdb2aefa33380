"""The copy for innsyn, continued: the plan with its revisions, consents, group and meetings."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from ..domain.group_vocabulary import MeetingStatus
from ..domain.groups import Member
from ..services.clock import oslo_today
from ..services.trust.record_copy import MeetingRecord, RecordCopy
from . import styles as s
from .minutes_pdf import minutes_body, when_text
from .page import CONTENT_WIDTH
from .plan_pdf import plan_story

W = CONTENT_WIDTH - 12


def plan_part(copy: RecordCopy) -> list[Flowable]:
    """The newest revision as the printed plan shows it, then the list of every revision."""
    view = copy.plan
    if view is None:
        return []
    status = view.status(oslo_today()).label
    story = plan_story(view.plan, status)[1:]  # its title is this part's heading here
    story.append(Paragraph("Revisjoner", s.HEADING))
    rows = [
        [str(r.number), f"{s.nb_date(r.saved_at.date())} kl. {r.saved_at:%H.%M}", r.saved_by,
         r.status.label]
        for r in view.history
    ]  # fmt: skip
    widths = [W * 0.12, W * 0.28, W * 0.36, W * 0.24]
    return [*story, s.table(["Revisjon", "Lagret", "Av", "Status"], rows, widths)]


def consent_part(copy: RecordCopy) -> list[Flowable]:
    """The consents in the current plan: what, with whom, given, expiry, signed form."""
    consents = copy.plan.plan.consents if copy.plan else ()
    rows = [
        [c.kind.label, c.participant, c.scope, s.nb_date(c.given_on),
         s.nb_date(c.expires_on) or "Ikke satt", "ja" if c.form_received else "nei"]
        for c in consents
    ]  # fmt: skip
    widths = [W * 0.17, W * 0.16, W * 0.23, W * 0.14, W * 0.14, W * 0.16]
    header = ["Samtykke", "Hvem", "Hva kan deles", "Gitt", "Utløper", "Skjema mottatt"]
    return [s.table(header, rows, widths)] if rows else []


def group_part(copy: RecordCopy) -> list[Flowable]:
    group = copy.group
    if group is None:
        return []
    every = f"hver {group.every_weeks}. uke" if group.every_weeks else "ikke fast"
    period = f"{s.nb_date(group.active_from)}–{s.nb_date(group.active_to)}"
    facts = s.facts([["Periode", period], ["Møter", every]], [W * 0.22, W * 0.78])
    rows = [_member_row(member) for member in group.members]
    widths = [W * 0.24, W * 0.20, W * 0.26, W * 0.15, W * 0.15]
    members = s.table(["Medlem", "Rolle", "Virksomhet", "Fra", "Til"], rows, widths)
    return [facts, Paragraph("Medlemmer", s.SUBHEADING), members if rows else _none()]


def _member_row(member: Member) -> list[str]:
    return [member.name, member.role, member.organisation, s.nb_date(member.active_from),
            s.nb_date(member.active_to)]  # fmt: skip


def meetings_part(copy: RecordCopy) -> list[Flowable]:
    story: list[Flowable] = []
    for record in copy.meetings:
        story += _meeting(record)
    return story


def _meeting(record: MeetingRecord) -> list[Flowable]:
    meeting = record.meeting
    title = f"Møte {when_text(meeting.starts_at, meeting.duration_minutes)}: "
    title += meeting.status.label.lower()
    story: list[Flowable] = [s.para(title, s.SUBHEADING)]
    if record.minutes is not None:
        return story + minutes_body(record.minutes)
    if meeting.status is MeetingStatus.PLANNED:
        return [*story, s.para(f"Sted: {meeting.place or 'ikke satt'}. Ikke holdt ennå.")]
    return story


def _none() -> Flowable:
    return s.para("Ingen", s.EMPTY)

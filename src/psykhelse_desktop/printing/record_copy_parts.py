"""The copy for innsyn, continued: the plan with its revisions, consents, group and meetings."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from ..domain.group_vocabulary import MeetingStatus
from ..domain.groups import Member
from ..domain.records import NurseProfile
from ..services.clock import oslo_today
from ..services.trust.record_copy import MeetingRecord, RecordCopy
from . import styles as s
from .language import tr, tr_domain
from .minutes_pdf import minutes_body, when_text
from .page import CONTENT_WIDTH
from .plan_pdf import plan_story
from .print_context import PrintContext

W = CONTENT_WIDTH  # the frame's padding is already left out
R = "record_copy_pdf"  # the catalogue context of the whole copy


def plan_part(copy: RecordCopy) -> list[Flowable]:
    """The newest revision as the printed plan shows it, then the list of every revision."""
    view = copy.plan
    if view is None:
        return []
    status = view.status(oslo_today()).label  # plan_story prints it in the målform
    members = copy.group.members if copy.group else ()
    context = PrintContext(NurseProfile("", "", ""), members)  # the copy names no nurse's number
    story = plan_story(view.plan, status, context)[1:]  # its title is this part's heading here
    story.append(Paragraph(tr(R, "Revisjoner"), s.HEADING))
    rows = [
        [str(r.number), tr(R, "%1 kl. %2", s.nb_date(r.saved_at.date()), f"{r.saved_at:%H.%M}"),
         r.saved_by, tr_domain(r.status.label)]
        for r in view.history
    ]  # fmt: skip
    widths = [W * 0.12, W * 0.28, W * 0.36, W * 0.24]
    header = [tr(R, "Revisjon"), tr(R, "Lagret"), tr(R, "Av"), tr(R, "Status")]
    return [*story, s.table(header, rows, widths)]


def consent_part(copy: RecordCopy) -> list[Flowable]:
    """The consents in the current plan: what, with whom, given, expiry, signed form."""
    consents = copy.plan.plan.consents if copy.plan else ()
    rows = [
        [tr_domain(c.kind.label), c.participant, c.scope, s.nb_date(c.given_on),
         s.nb_date(c.expires_on) or tr(R, "Ikke satt"),
         tr(R, "ja") if c.form_received else tr(R, "nei")]
        for c in consents
    ]  # fmt: skip
    widths = [W * 0.17, W * 0.16, W * 0.23, W * 0.14, W * 0.14, W * 0.16]
    header = [tr(R, "Samtykke"), tr(R, "Hvem"), tr(R, "Hva kan deles"), tr(R, "Gitt"),
              tr(R, "Utløper"), tr(R, "Skjema mottatt")]  # fmt: skip
    return [s.table(header, rows, widths)] if rows else []


def group_part(copy: RecordCopy) -> list[Flowable]:
    group = copy.group
    if group is None:
        return []
    every = tr(R, "hver %1. uke", group.every_weeks) if group.every_weeks else tr(R, "ikke fast")
    period = f"{s.nb_date(group.active_from)}–{s.nb_date(group.active_to)}"
    rows = [[tr(R, "Periode"), period], [tr(R, "Møter"), every]]
    facts = s.facts(rows, [W * 0.22, W * 0.78])
    rows = [_member_row(member) for member in group.members]
    widths = [W * 0.24, W * 0.20, W * 0.26, W * 0.15, W * 0.15]
    header = [tr(R, "Medlem"), tr(R, "Rolle"), tr(R, "Virksomhet"), tr(R, "Fra"), tr(R, "Til")]
    members = s.table(header, rows, widths)
    return [facts, Paragraph(tr(R, "Medlemmer"), s.SUBHEADING), members if rows else _none()]


def _member_row(member: Member) -> list[str]:
    return [member.name, tr_domain(member.role), member.organisation,
            s.nb_date(member.active_from), s.nb_date(member.active_to)]  # fmt: skip


def meetings_part(copy: RecordCopy) -> list[Flowable]:
    story: list[Flowable] = []
    for record in copy.meetings:
        story += _meeting(record)
    return story


def _meeting(record: MeetingRecord) -> list[Flowable]:
    meeting = record.meeting
    when = when_text(meeting.starts_at, meeting.duration_minutes)
    title = tr(R, "Møte %1: %2", when, tr_domain(meeting.status.label).lower())
    story: list[Flowable] = [s.para(title, s.SUBHEADING)]
    if record.minutes is not None:
        return story + minutes_body(record.minutes)
    if meeting.status is MeetingStatus.PLANNED:
        place = meeting.place or tr(R, "ikke satt")
        return [*story, s.para(tr(R, "Sted: %1. Ikke holdt ennå.", place))]
    return story


def _none() -> Flowable:
    return s.para(tr(R, "Ingen"), s.EMPTY)

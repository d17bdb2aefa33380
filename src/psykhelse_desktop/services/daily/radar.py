"""The follow-up radar ("I dag"): one query per kind of follow-up, never one per person.

Only active service users (not closed) are looked at, except for requests, which are shown
whoever they come from. A lapsed plan, consent or decision of an active user stays on the radar
until something new replaces it: nobody silently drops out of sight.

Choices worth knowing:
- Contact is the newest journal entry (draft or signed) that is not "ikke møtt" and not an
  addendum. A user who never had a contact is counted from the service start (or from when
  the user was registered, when there is no start date).
- Every unsigned draft is shown: today's as "I dag" (sign before you leave), older ones as
  overdue. A journal note should be written and signed as the help is given.
- A planned meeting whose day has passed is shown as missing its minutes.
- A decision that ends or has ended stays on the radar until a decision takes over: a later
  one of the same service type, or one of any type that started after it and runs past its end
  (rask psykisk helsehjelp followed by støttesamtaler, say), or until the user is closed.
- Plan content lives in JSON snapshots; only the user's choice is read from them. Consents
  come from the consent list (services/records/consents.py), like everywhere else.
- A member invited to a meeting whose consent holds today but will have expired (or been
  withdrawn) by the meeting's date is warned about: the letters would carry no agenda.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

from sqlalchemy import ColumnElement, Row, Select, Text, and_, cast, exists, func, or_, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session, aliased

from ...domain.daily_vocabulary import JournalKind, ServiceType, Urgency
from ...domain.group_vocabulary import MeetingStatus, MemberKind
from ...domain.groups import Member, names_member
from ...domain.plan_vocabulary import ConsentKind, PlanStatus
from ...domain.plans import Consent
from ...domain.radar import (
    RadarKind,
    RadarLine,
    RadarOverview,
    RadarSeverity,
    day,
    overview,
    severity_for,
    sorted_lines,
)
from ...domain.radar_backup import backup_line
from ...domain.radar_plans import PlanFacts, plan_lines
from ...domain.settings import Settings
from ...storage import models as m
from ...storage.daily_models import JournalEntry, ServiceDecision, ServiceRequest
from ..clock import oslo_now, to_oslo
from ..database import Database
from ..plans.plan_snapshots import consents_from_json
from ..settings import read_settings
from ..trust.backups import CREATED_AT_KEY, LAST_EXTERNAL_KEY

User = m.ServiceUser
Finder = Callable[[Session, dt.date, Settings], Iterator[RadarLine]]
ROWS_PER_BATCH = 500
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def radar(
    db: Database,
    today: dt.date | None = None,
    settings: Settings | None = None,
    *,
    audit: bool = True,
) -> list[RadarLine]:
    """Every follow-up line for `today` (default: today in Norway), overdue first, then by date.

    The thresholds come from `settings` (default: the saved settings). The view is logged once
    as an overview reading, with no details about anyone; pass `audit=False` when the page only
    refreshes after a change the nurse made herself.
    """
    today = today or oslo_now().date()
    with db.transaction() as session:
        settings = settings or read_settings(session)
        lines = [line for find in FINDERS for line in find(session, today, settings)]
        if audit:
            db.audit(session, "radar_view", None)
    return sorted_lines(lines)


def radar_overview(
    db: Database,
    today: dt.date | None = None,
    *,
    shown_per_severity: int,
    audit: bool = True,
) -> RadarOverview:
    """The page's view: the first lines of each severity and the counts of all of them.

    A record with tens of thousands of users could have as many lines; the window keeps only
    what it shows, and says how many more there are.
    """
    today = today or oslo_now().date()
    with db.transaction() as session:
        settings = read_settings(session)
        lines = (line for find in FINDERS for line in find(session, today, settings))
        shown = overview(lines, shown_per_severity)
        if audit:
            db.audit(session, "radar_view", None)
    return shown


def record_radar_view(db: Database) -> None:
    """Log an overview reading of the radar on its own (the page reads it in the background)."""
    with db.transaction() as session:
        db.audit(session, "radar_view", None)


# -- one query each ---------------------------------------------------------------------------


def _people(*columns: object) -> Select:
    """Select the service user (id and name) with `columns`, active users only."""
    return select(User.id.label("user_id"), User.first_name, User.last_name, *columns).where(
        User.is_closed.is_(False)
    )


def _name(row: Row) -> str:
    return f"{row.first_name} {row.last_name}"


def _plans(session: Session, today: dt.date, settings: Settings) -> Iterator[RadarLine]:
    plan, revision = m.IndividualPlan, m.PlanRevision
    statement = (
        _people(plan.status, plan.next_revision, _plan_facts(session).label("content"))
        .join(plan, plan.service_user_id == User.id)
        .join(revision, and_(revision.plan_id == plan.id, revision.number == plan.current_revision))
        .where(plan.status.in_([PlanStatus.ACTIVE.value, PlanStatus.DRAFT.value]))
    )
    consents = _consents_by_user(session)
    # Streamed: the snapshots are the bulk of the record, and only one field is read.
    for row in session.execute(statement.execution_options(yield_per=ROWS_PER_BATCH)):
        plan = dataclasses.replace(consents_from_json(row.content),
                                   consents=consents.get(row.user_id, ()))  # fmt: skip
        facts = PlanFacts(row.user_id, _name(row), PlanStatus(row.status), row.next_revision, plan)
        yield from plan_lines(facts, today, settings)


def _consents_by_user(session: Session) -> dict[int, tuple[Consent, ...]]:
    """Every consent not withdrawn, by service user, in one query."""
    entry = m.ConsentEntry
    statement = select(entry.service_user_id, entry.kind, entry.participant, entry.given_on,
                       entry.expires_on, entry.form_received, entry.next_of_kin_id,
                       entry.contact_person_id).where(entry.withdrawn_on.is_(None))  # fmt: skip
    found: dict[int, tuple[Consent, ...]] = {}
    for user, kind, who, given, expires, received, kin, person in session.execute(statement):
        consent = Consent(ConsentKind(kind), who, "", given, expires, received,
                          next_of_kin_id=kin, contact_person_id=person)  # fmt: skip
        found[user] = (*found.get(user, ()), consent)
    return found


def _plan_facts(session: Session) -> ColumnElement[str]:
    """Only the field the rules read, cut out of the snapshot by the database (SQLite in C,
    10x faster than Python's json); the same JSON text on PostgreSQL."""
    content = m.PlanRevision.content
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return func.json_object("choice", func.json_extract(content, "$.choice"))
    if dialect == "postgresql":
        choice = cast(content, JSONB)["choice"]
        return cast(func.jsonb_build_object("choice", choice), Text)
    return content


def _decisions_lapsing(session: Session, today: dt.date, settings: Settings) -> Iterator[RadarLine]:
    """Decisions ending within the threshold, or ended, that no later decision takes over."""
    decision, later = ServiceDecision, aliased(ServiceDecision)
    replaced = exists().where(
        later.service_user_id == decision.service_user_id,
        later.id != decision.id,
        or_(later.service_type == decision.service_type, later.valid_from > decision.valid_from),
        or_(later.valid_to.is_(None), later.valid_to > decision.valid_to),
    )
    limit = today + dt.timedelta(days=settings.decision_expiry_days)
    statement = _decisions().where(decision.valid_to <= limit, ~replaced)
    for row in session.execute(statement):
        what, end = _decision_name(row), row.valid_to
        if end < today:
            kind, text = RadarKind.DECISION_EXPIRED, f"{what} gikk ut {day(end)}, uten nytt vedtak"
        else:
            kind, text = RadarKind.DECISION_EXPIRING, f"{what} gjelder til {day(end)}"
        yield RadarLine(kind, severity_for(end, today), end, row.user_id, _name(row), text,
                        decision_id=row.decision_id)  # fmt: skip


def _decision_evaluations(
    session: Session, today: dt.date, settings: Settings
) -> Iterator[RadarLine]:
    """Evaluation dates within the threshold (or passed) of decisions still running."""
    decision = ServiceDecision
    limit = today + dt.timedelta(days=settings.decision_evaluation_days)
    running = or_(decision.valid_to.is_(None), decision.valid_to >= today)
    for row in session.execute(_decisions().where(decision.evaluate_on <= limit, running)):
        on = row.evaluate_on
        yield RadarLine(RadarKind.DECISION_EVALUATION, severity_for(on, today), on, row.user_id,
                        _name(row), f"{_decision_name(row)}: evaluering {day(on)}",
                        decision_id=row.decision_id)  # fmt: skip


def _decisions() -> Select:
    decision = ServiceDecision
    return _people(
        decision.id.label("decision_id"), decision.service_type, decision.hours_per_week,
        decision.valid_to, decision.evaluate_on,
    ).join(decision, decision.service_user_id == User.id)  # fmt: skip


def _decision_name(row: Row) -> str:
    try:
        name = ServiceType(row.service_type).label
    except ValueError:
        name = row.service_type
    hours = row.hours_per_week
    return f"{name}, {hours:g} t/uke".replace(".", ",") if hours else name


def _action_items(session: Session, today: dt.date, _: Settings) -> Iterator[RadarLine]:
    item = m.ActionItem
    statement = (
        _people(item.id.label("item_id"), item.meeting_id, item.what, item.owner_name, item.due_on)
        .join(m.ResponsibilityGroup, m.ResponsibilityGroup.service_user_id == User.id)
        .join(item, item.group_id == m.ResponsibilityGroup.id)
        .where(item.closed_on.is_(None), item.due_on < today)
    )
    for row in session.execute(statement):
        text = f"«{row.what}» ({row.owner_name}), frist {day(row.due_on)}"
        yield RadarLine(RadarKind.ACTION_ITEM_OVERDUE, RadarSeverity.OVERDUE, row.due_on,
                        row.user_id, _name(row), text, meeting_id=row.meeting_id,
                        action_item_id=row.item_id)  # fmt: skip


def _meetings(session: Session, today: dt.date, settings: Settings) -> Iterator[RadarLine]:
    """Planned meetings up to the horizon; a planned meeting in the past lacks its minutes."""
    meeting = m.Meeting
    end = _midnight(today, settings.meeting_horizon_days + 1)
    statement = (
        _people(meeting.id.label("meeting_id"), meeting.starts_at, meeting.place)
        .add_columns(meeting.video_link)
        .join(m.ResponsibilityGroup, m.ResponsibilityGroup.service_user_id == User.id)
        .join(meeting, meeting.group_id == m.ResponsibilityGroup.id)
        .where(meeting.status == MeetingStatus.PLANNED.value, meeting.starts_at < end)
    )
    for row in session.execute(statement):
        on = row.starts_at.date()
        if on < today:
            kind = RadarKind.MINUTES_MISSING
            text = f"Møtet {day(on)} står fortsatt som planlagt: skriv referat eller avlys det"
        else:
            kind, text = RadarKind.MEETING_SOON, _meeting_text(row)
        yield RadarLine(kind, severity_for(on, today), on, row.user_id, _name(row), text,
                        meeting_id=row.meeting_id)  # fmt: skip


def _consents_lapsing(session: Session, today: dt.date, settings: Settings) -> Iterator[RadarLine]:
    """Invited members whose consent holds today but not on the day of the meeting."""
    consents = _consents_by_user(session)
    for row in session.execute(_invitees(today, settings)):
        on = row.starts_at.date()
        member = Member(0, MemberKind(row.kind), row.member_name or "", "", row.organisation or "",
                        next_of_kin_id=row.next_of_kin_id,
                        contact_person_id=row.contact_person_id)  # fmt: skip
        mine = tuple(c for c in consents.get(row.user_id, ()) if names_member(c, member))
        member = dataclasses.replace(member, consents=mine)
        consent = member.valid_consent(today)
        if consent is not None and not member.may_receive_health_information(on):
            yield _lapse_line(row, member.name, consent, on, today)


def _invitees(today: dt.date, settings: Settings) -> Select:
    """Everyone invited to a planned meeting from today up to the horizon (not the user)."""
    meeting, member, kin = m.Meeting, m.GroupMember, m.NextOfKin
    person, org = m.ContactPerson, m.Organisation
    return (
        _people(meeting.id.label("meeting_id"), meeting.starts_at, member.kind,
                member.next_of_kin_id, member.contact_person_id,
                func.coalesce(kin.name, person.name).label("member_name"),
                org.name.label("organisation"))
        .join(m.ResponsibilityGroup, m.ResponsibilityGroup.service_user_id == User.id)
        .join(meeting, meeting.group_id == m.ResponsibilityGroup.id)
        .join(m.MeetingInvitee, m.MeetingInvitee.meeting_id == meeting.id)
        .join(member, member.id == m.MeetingInvitee.member_id)
        .outerjoin(kin, kin.id == member.next_of_kin_id)
        .outerjoin(person, person.id == member.contact_person_id)
        .outerjoin(org, org.id == person.organisation_id)
        .where(meeting.status == MeetingStatus.PLANNED.value, member.kind != "tjenestemottaker",
               meeting.starts_at >= _midnight(today),
               meeting.starts_at < _midnight(today, settings.meeting_horizon_days + 1))
    )  # fmt: skip


def _lapse_line(row: Row, name: str, consent: Consent, on: dt.date, today: dt.date) -> RadarLine:
    ends = consent.withdrawn_on or consent.expires_on
    text = (f"Samtykket for {name} gjelder til {day(ends)}, møtet er {day(on)}: fornye det, "
            "ellers får {name} bare tid og sted, verken saksliste eller referat")  # fmt: skip
    return RadarLine(RadarKind.CONSENT_LAPSES_BEFORE_MEETING, severity_for(on, today), on,
                     row.user_id, _name(row), text.replace("{name}", name),
                     meeting_id=row.meeting_id)  # fmt: skip


def _meeting_text(row: Row) -> str:
    where = row.place.strip() or ("Videomøte" if row.video_link.strip() else "sted ikke satt")
    starts_at = row.starts_at
    when = f"{WEEKDAYS[starts_at.weekday()].capitalize()} {day(starts_at.date())}"
    return f"{when} kl. {starts_at:%H.%M}, {where}: innkalling og saksliste kan skrives ut"


def _no_contact(session: Session, today: dt.date, settings: Settings) -> Iterator[RadarLine]:
    """Active users whose newest contact (or start, if none) is N weeks old or more."""
    entry = JournalEntry
    newest = (
        select(entry.occurred_at)
        .where(entry.service_user_id == User.id, entry.kind != JournalKind.NOT_MET.value,
               entry.addendum_to_id.is_(None), entry.occurred_at < _midnight(today, 1))
        .order_by(entry.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )  # fmt: skip
    users = _people(User.service_start, User.created_at, newest.label("contact")).subquery()
    cutoff = today - dt.timedelta(weeks=settings.no_contact_weeks)
    contact = users.c.contact
    statement = select(users).where(or_(contact.is_(None), contact < _midnight(cutoff, 1)))
    # Streamed: in a large record with little journal this is nearly every user.
    for row in session.execute(statement.execution_options(yield_per=ROWS_PER_BATCH)):
        since = row.contact.date() if row.contact else (row.service_start or row.created_at.date())
        if since <= cutoff:
            yield _no_contact_line(row, since, today, settings.no_contact_weeks)


def _no_contact_line(row: Row, since: dt.date, today: dt.date, weeks: int) -> RadarLine:
    due = since + dt.timedelta(weeks=weeks)
    if row.contact is None:
        text = f"Ingen kontakt registrert siden start {day(since)}"
    else:
        text = f"Siste kontakt {day(since)}, for {(today - since).days // 7} uker siden"
    return RadarLine(RadarKind.NO_CONTACT, severity_for(due, today), due, row.user_id,
                     _name(row), text)  # fmt: skip


def _drafts(session: Session, today: dt.date, _: Settings) -> Iterator[RadarLine]:
    entry = JournalEntry
    statement = (
        _people(entry.id.label("entry_id"), entry.occurred_at, entry.kind)
        .join(entry, entry.service_user_id == User.id)
        .where(entry.signed_at.is_(None))
    )
    for row in session.execute(statement):
        on = row.occurred_at.date()
        text = f"{_journal_kind(row.kind)} {day(on)}: notatet er ikke signert"
        yield RadarLine(RadarKind.JOURNAL_DRAFT, severity_for(on, today), on, row.user_id,
                        _name(row), text, entry_id=row.entry_id)  # fmt: skip


def _journal_kind(kind: str) -> str:
    try:
        return JournalKind(kind).label
    except ValueError:
        return "Notat"


def _requests(session: Session, today: dt.date, settings: Settings) -> Iterator[RadarLine]:
    """Requests with no decision yet (older than the threshold), from anyone; urgent ones today."""
    request = ServiceRequest
    statement = (
        select(request.id, request.service_user_id, request.received_on, request.from_whom)
        .add_columns(request.urgency, User.first_name, User.last_name)
        .outerjoin(User, User.id == request.service_user_id)
        .where(request.decided_on.is_(None))
    )
    if settings.request_age_days:
        oldest = today - dt.timedelta(days=settings.request_age_days)
        statement = statement.where(request.received_on <= oldest)
    for row in session.execute(statement):
        yield _request_line(row, today)


def _request_line(row: Row, today: dt.date) -> RadarLine:
    urgent = row.urgency == Urgency.URGENT.value
    text = (
        f"Mottatt {day(row.received_on)} fra {row.from_whom}, "
        f"{(today - row.received_on).days} dager uten avgjørelse" + (" (haster)" if urgent else "")
    )
    name = _name(row) if row.service_user_id is not None else None
    severity = RadarSeverity.TODAY if urgent else RadarSeverity.THIS_WEEK
    return RadarLine(RadarKind.REQUEST_UNDECIDED, severity, row.received_on,
                     row.service_user_id, name, text, request_id=row.id)  # fmt: skip


def _backup(session: Session, today: dt.date, settings: Settings) -> Iterator[RadarLine]:
    """A reminder when the newest backup outside the data folder is too old."""
    keys = (LAST_EXTERNAL_KEY, CREATED_AT_KEY)
    stored = dict(session.execute(select(m.Setting.key, m.Setting.value).where(
        m.Setting.key.in_(keys))).all())  # fmt: skip
    last, created = (_oslo_day(stored.get(key, "")) for key in keys)
    line = backup_line(last, created, today, settings.backup_reminder_days)
    if line is not None:
        yield line


def _oslo_day(utc_text: str) -> dt.date | None:
    try:
        return to_oslo(dt.datetime.fromisoformat(utc_text)).date() if utc_text else None
    except ValueError:
        return None


def _midnight(on: dt.date, plus_days: int = 0) -> dt.datetime:
    return dt.datetime.combine(on + dt.timedelta(days=plus_days), dt.time())


FINDERS: tuple[Finder, ...] = (
    _plans,
    _decisions_lapsing,
    _decision_evaluations,
    _action_items,
    _meetings,
    _consents_lapsing,
    _no_contact,
    _drafts,
    _requests,
    _backup,
)

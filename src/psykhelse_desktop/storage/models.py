"""SQLAlchemy 2 models of the record; portable SQL only (SQLite now, PostgreSQL later)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


FIRST_VERSION = 1


class Versioned:
    """A row a form edits: `version` counts its saves (services/versions.py holds the rule).

    SQLAlchemy moves it on with every UPDATE and adds `WHERE version = <the version read>`, so a
    change made meanwhile by another connection (a shared server, later) is never overwritten.
    """

    version: Mapped[int] = mapped_column(
        Integer, default=FIRST_VERSION, server_default=str(FIRST_VERSION)
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 (SQLAlchemy's declared_attr)
        return {"version_id_col": cls.version}


class Setting(Base):
    """Small key/value facts about this record: the nurse, the municipality, demo mode."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ServiceUser(Versioned, Base):
    __tablename__ = "service_user"
    # Covers the list search: filter, order and match without reading (decrypting) the table.
    # Filter, order and match the list without reading the table; the trigram index (0012)
    # is not a model.
    __table_args__ = (Index("ix_service_user_search", "is_closed", "sort_key", "id", "search_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    national_id: Mapped[str | None] = mapped_column(String(11), unique=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(4), default="")
    postal_place: Mapped[str] = mapped_column(String(100), default="")
    care_of: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    phone_alt: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(20), default="psykisk_helse")
    is_lar: Mapped[bool] = mapped_column(Boolean, default=False)
    is_tud: Mapped[bool] = mapped_column(Boolean, default=False)
    has_minor_children: Mapped[bool] = mapped_column(Boolean, default=False)
    # "" or domain.records.ProtectedAddress: the address never leaves the record.
    protected_address: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # "" (the municipality's), "nb" or "nn": domain.vocabulary.Maalform, for printed documents.
    maalform: Mapped[str] = mapped_column(String(2), default="", server_default="")
    reach_notes: Mapped[str] = mapped_column(Text, default="")
    service_start: Mapped[dt.date | None] = mapped_column(Date)
    service_end: Mapped[dt.date | None] = mapped_column(Date)
    closed_reason: Mapped[str] = mapped_column(Text, default="")
    is_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Casefolded copy for search: SQLite's NOCASE and LIKE fold only ASCII.
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(220), default="", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class NextOfKin(Versioned, Base):
    __tablename__ = "next_of_kin"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    care_of: Mapped[str] = mapped_column(String(200), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(4), default="", server_default="")
    postal_place: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # Set by migration 0009 when an old free-text address could not be split safely.
    address_needs_check: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    is_closest: Mapped[bool] = mapped_column(Boolean, default=False)
    may_contact: Mapped[bool] = mapped_column(Boolean, default=True)
    is_minor_child: Mapped[bool] = mapped_column(Boolean, default=False)
    child_follow_up_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    protected_address: Mapped[str] = mapped_column(String(20), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Organisation(Versioned, Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    care_of: Mapped[str] = mapped_column(String(200), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(4), default="", server_default="")
    postal_place: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # Set by migration 0009 when an old free-text address could not be split safely.
    address_needs_check: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    municipality: Mapped[str] = mapped_column(String(100), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class ContactPerson(Versioned, Base):
    __tablename__ = "contact_person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class GpPeriod(Base):
    """Who was the service user's GP (fastlege), from when to when."""

    __tablename__ = "gp_period"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), index=True)
    contact_person_id: Mapped[int] = mapped_column(ForeignKey("contact_person.id"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class ServiceUserContact(Base):
    """A partner from the address book linked to a service user, with a role."""

    __tablename__ = "service_user_contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), index=True)
    contact_person_id: Mapped[int] = mapped_column(ForeignKey("contact_person.id"))
    role: Mapped[str] = mapped_column(String(100), default="")
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    """Append-only log of every open and every change of a service user's record."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    operator: Mapped[str] = mapped_column(String(200))
    service_user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text, default="")
    # Set by the chain trigger at insert (storage/chain.py); never given by the program.
    hash: Mapped[str | None] = mapped_column(String(64))


class CoordinatorPeriod(Base):
    """Who is the service user's koordinator, from when to when; kept even with no plan.

    No contact person means the nurse herself (her name is kept as it was then).
    """

    __tablename__ = "coordinator_period"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    nurse_name: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class IndividualPlan(Base):
    """One individual plan per service user; its content lives in the numbered revisions."""

    __tablename__ = "individual_plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="utkast")
    next_revision: Mapped[dt.date | None] = mapped_column(Date)
    current_revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class PlanRevision(Base):
    """A saved revision: a full JSON snapshot of the plan, never changed afterwards."""

    __tablename__ = "plan_revision"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("individual_plan.id"))
    number: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    saved_by: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)


class MeasureGoal(Base):
    """A measure of the plan serves a goal of the plan (ids as in the plan's newest revision).

    The only place the links live for the plan as it is now; each revision's snapshot keeps
    the links as they were then.
    """

    __tablename__ = "measure_goal"
    plan_id: Mapped[int] = mapped_column(ForeignKey("individual_plan.id"), primary_key=True)
    measure_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class ConsentEntry(Versioned, Base):
    """One consent of a service user: to the plan, or to share with one participant.

    The only place consent lives (the plan, the group, the minutes and the letters read it).
    The participant is a next of kin, an address-book person, or a typed name (a service).
    Withdrawn and expired entries are kept.
    """

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    participant: Mapped[str] = mapped_column(String(200), default="")
    next_of_kin_id: Mapped[int | None] = mapped_column(ForeignKey("next_of_kin.id"))
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    scope: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    form_received: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class ResponsibilityGroup(Versioned, Base):
    """The ansvarsgruppe around one service user, active from a date; ended, never removed."""

    __tablename__ = "responsibility_group"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_user_id: Mapped[int] = mapped_column(ForeignKey("service_user.id"), unique=True)
    active_from: Mapped[dt.date] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)
    every_weeks: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class GroupMember(Versioned, Base):
    """The service user, a next of kin or a partner from the address book, with a role.

    Whether the user consents to sharing with a member lives in `consent`, not here.
    """

    __tablename__ = "group_member"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("responsibility_group.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    next_of_kin_id: Mapped[int | None] = mapped_column(ForeignKey("next_of_kin.id"))
    role: Mapped[str] = mapped_column(String(100), default="")
    active_from: Mapped[dt.date] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)


class Meeting(Versioned, Base):
    """One meeting of a group; its minutes are locked once printed or sent."""

    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("responsibility_group.id"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    place: Mapped[str] = mapped_column(String(200), default="")
    video_link: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="planlagt")
    minutes_version: Mapped[int] = mapped_column(Integer, default=1)
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    locked_how: Mapped[str] = mapped_column(String(20), default="")
    correction_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class MeetingInvitee(Base):
    """A member invited to a meeting; after the meeting, whether they came and why not."""

    __tablename__ = "meeting_invitee"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("group_member.id"))
    attended: Mapped[bool | None] = mapped_column(Boolean)
    absence_reason: Mapped[str] = mapped_column(Text, default="")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Base):
    """Who does what by when; open until closed, across the group's meetings."""

    __tablename__ = "action_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("responsibility_group.id"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    # The agenda item (sak) it was agreed under; None when agreed outside any item.
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id"))
    what: Mapped[str] = mapped_column(Text)
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("group_member.id"))
    owner_name: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class MinutesVersion(Base):
    """The minutes as they were when printed or sent: a JSON snapshot, never changed."""

    __tablename__ = "minutes_version"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    number: Mapped[int] = mapped_column(Integer)
    locked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    locked_by: Mapped[str] = mapped_column(String(200))
    how: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)


# The daily-work tables live in their own module; importing it here puts them in Base.metadata.
from . import daily_models  # noqa: E402, F401

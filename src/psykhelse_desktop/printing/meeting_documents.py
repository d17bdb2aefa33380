"""Print a meeting's invitation letters, agenda or minutes to PDF (the CLI and the window)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from pathlib import Path

from ..domain.group_vocabulary import AGENDA_TITLE, INVITATION_TITLE, MINUTES_TITLE
from ..domain.groups import Minutes
from ..services.branding import get_logo
from ..services.clock import oslo_today
from ..services.database import Database
from ..services.meetings.meeting_pack import meeting_pack, minutes_source
from .agenda_pdf import agenda_story
from .invitation_pdf import invitation_story
from .ledger_note import LedgerNote, PrintedFile, send_printed
from .minutes_pdf import minutes_story
from .page import PageInfo, write_pdf


class MeetingDocumentKind(Enum):
    INVITATION = "invitation"
    AGENDA = "agenda"
    MINUTES = "minutes"

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    MeetingDocumentKind.INVITATION: INVITATION_TITLE,
    MeetingDocumentKind.AGENDA: AGENDA_TITLE,
    MeetingDocumentKind.MINUTES: MINUTES_TITLE,
}


def print_meeting_document(
    db: Database,
    meeting_id: int,
    kind: MeetingDocumentKind,
    target: Path,
    *,
    today: dt.date | None = None,
    version: int | None = None,
    record: bool = True,
) -> Path:
    """Write the document to `target` (replaced whole, or left untouched if anything fails),
    recorded in the ledger before it gets that name (unless `record` is False: a preview)."""

    def write(path: Path) -> PrintedFile:
        return write_meeting_document(db, meeting_id, kind, path, today=today, version=version)

    return send_printed(db, target, write) if record else write(target).path


def write_meeting_document(
    db: Database,
    meeting_id: int,
    kind: MeetingDocumentKind,
    target: Path,
    *,
    today: dt.date | None = None,
    version: int | None = None,
) -> PrintedFile:
    """Write the document without recording it: a preview, until a copy of it leaves."""
    written = _write(db, meeting_id, kind, target, today or oslo_today(), version)
    return PrintedFile(written, LedgerNote(kind.title, meeting_id=meeting_id))


def _write(
    db: Database,
    meeting_id: int,
    kind: MeetingDocumentKind,
    target: Path,
    today: dt.date,
    version: int | None,
) -> Path:
    if kind is MeetingDocumentKind.MINUTES:
        source = minutes_source(db, meeting_id, version)
        info = _info(db, kind, source.minutes, today)
        return write_pdf(target, info, minutes_story(source.minutes, source.recipients))
    pack = meeting_pack(db, meeting_id)
    info = _info(db, kind, pack.meeting, today)
    if kind is MeetingDocumentKind.AGENDA:
        return write_pdf(target, info, agenda_story(pack))
    if not all(pack.may_see_agenda(member) for member in pack.invited):
        # A letter to someone without consent must not name the user in its page header.
        info = dataclasses.replace(info, person_name="", birth_date=None)
    return write_pdf(target, info, invitation_story(pack, db.profile, today))


def _info(db: Database, kind: MeetingDocumentKind, minutes: Minutes, today: dt.date) -> PageInfo:
    return PageInfo(
        title=kind.title,
        municipality=db.profile.municipality,
        logo=get_logo(db),
        person_name=minutes.person_name,
        birth_date=minutes.birth_date,
        revision=minutes.version if kind is MeetingDocumentKind.MINUTES else 0,
        printed_on=today,
        draft=False,
        revision_label="Versjon",
    )

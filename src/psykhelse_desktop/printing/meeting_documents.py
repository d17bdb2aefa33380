"""Print a meeting's invitation letters, agenda or minutes to PDF (the CLI and the window)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from pathlib import Path

from ..domain.errors import UserError
from ..domain.group_vocabulary import AGENDA_TITLE, INVITATION_TITLE, MINUTES_TITLE, MeetingStatus
from ..domain.groups import Minutes
from ..services.branding import get_logo
from ..services.clock import oslo_today
from ..services.database import Database
from ..services.meetings import meetings
from ..services.meetings.meeting_pack import meeting_pack, minutes_source
from .agenda_pdf import agenda_story
from .invitation_pdf import invitation_story
from .language import printed_in, tr, tr_domain
from .ledger_note import LedgerNote, PrintedFile, send_printed
from .minutes_pdf import minutes_story
from .page import PageInfo, write_pdf
from .styles import nb_date

NO_MINUTES = {
    MeetingStatus.PLANNED: (
        "Møtet er ikke holdt ennå, så det finnes ikke noe referat å skrive ut. Skriv referatet "
        "etter møtet (Møter → Referat), og skriv det ut da."
    ),
    MeetingStatus.CANCELLED: (
        "Møtet er avlyst, så det finnes ikke noe referat. Vil du gi beskjed om at møtet er "
        "avlyst, skriv ut innkallingen: den er merket AVLYST."
    ),
}


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
    recipient: int | None = None,
) -> Path:
    """Write the document to `target` (replaced whole, or left untouched if anything fails),
    recorded in the ledger before it gets that name (unless `record` is False: a preview).
    `recipient` (a member id) prints only that member's invitation letter."""

    def write(path: Path) -> PrintedFile:
        return write_meeting_document(
            db, meeting_id, kind, path, today=today, version=version, recipient=recipient
        )

    return send_printed(db, target, write) if record else write(target).path


def write_meeting_document(
    db: Database,
    meeting_id: int,
    kind: MeetingDocumentKind,
    target: Path,
    *,
    today: dt.date | None = None,
    version: int | None = None,
    recipient: int | None = None,
) -> PrintedFile:
    """Write the document without recording it: a preview, until a copy of it leaves.

    Minutes exist only for a held meeting; unlocked minutes print as UTKAST on every page.
    The group's documents go to every member, so they are in the municipality's målform."""
    with printed_in(db.profile.maalform):
        return _write(db, meeting_id, kind, target, today, version, recipient)


def _write(
    db: Database,
    meeting_id: int,
    kind: MeetingDocumentKind,
    target: Path,
    today: dt.date | None,
    version: int | None,
    recipient: int | None,
) -> PrintedFile:
    today = today or oslo_today()
    status = meetings.meeting_status(db, meeting_id)
    if kind is MeetingDocumentKind.MINUTES:
        return _write_minutes(db, meeting_id, target, today, version, status)
    pack = meeting_pack(db, meeting_id)
    cancelled = status is MeetingStatus.CANCELLED
    info = _info(db, kind, pack.meeting, today, cancelled=cancelled)
    if kind is MeetingDocumentKind.AGENDA:
        written = write_pdf(target, info, agenda_story(pack, cancelled))
    else:
        letters_to = [m for m in pack.invited if recipient is None or m.id == recipient]
        if not all(pack.may_see_agenda(m) for m in letters_to):
            # A letter to someone without consent must not name the user in its page header.
            info = dataclasses.replace(info, person_name="", birth_date=None)
        story = invitation_story(pack, db.profile, today, cancelled, only=recipient)
        written = write_pdf(target, info, story)
    names = [m.name for m in pack.invited if recipient is None or m.id == recipient]
    return PrintedFile(written, _note(kind, pack.meeting, names, cancelled=cancelled))


def print_invitation_letters(
    db: Database, meeting_id: int, folder: Path, *, today: dt.date | None = None
) -> list[Path]:
    """One PDF per invited member in `folder`, each recorded in the ledger with its recipient."""
    pack = meeting_pack(db, meeting_id)
    day = nb_date(pack.meeting.starts_at.date())
    return [
        print_meeting_document(
            db, meeting_id, MeetingDocumentKind.INVITATION, folder / letter_file_name(m.name, day),
            today=today, recipient=m.id,
        )
        for m in pack.invited
    ]  # fmt: skip


def letter_file_name(recipient: str, day: str) -> str:
    """«Innkalling til Åsne Øvrebø 24.11.2026.pdf», with no character a file system refuses."""
    name = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in recipient)
    return f"Innkalling til {name.strip(' .')} {day}.pdf"


def _write_minutes(
    db: Database,
    meeting_id: int,
    target: Path,
    today: dt.date,
    version: int | None,
    status: MeetingStatus,
) -> PrintedFile:
    if status is not MeetingStatus.HELD:
        raise UserError(NO_MINUTES[status])
    source = minutes_source(db, meeting_id, version)
    minutes = source.minutes
    draft = minutes.locked_at is None
    info = _info(db, MeetingDocumentKind.MINUTES, minutes, today, draft=draft)
    written = write_pdf(target, info, minutes_story(minutes, source.recipients))
    names = [r.name for r in source.recipients if r.receives]
    note = _note(MeetingDocumentKind.MINUTES, minutes, names, draft=draft)
    return PrintedFile(written, note)


def _note(
    kind: MeetingDocumentKind,
    minutes: Minutes,
    recipients: list[str],
    *,
    draft: bool = False,
    cancelled: bool = False,
) -> LedgerNote:
    """The ledger row names the meeting's date, the version and every recipient."""
    what = f"{tr_domain(kind.title)} {nb_date(minutes.starts_at.date())}"
    if kind is MeetingDocumentKind.MINUTES:
        what += tr("meeting_documents", ", versjon %1", minutes.version)
        what += tr("meeting_documents", " (utkast)") if draft else ""
    if cancelled:
        what += ", AVLYST"
    to = ", ".join(recipients) or tr("meeting_documents", "ingen mottakere")
    return LedgerNote(what, meeting_id=minutes.meeting_id, recipient=to)


def _info(
    db: Database,
    kind: MeetingDocumentKind,
    minutes: Minutes,
    today: dt.date,
    *,
    draft: bool = False,
    cancelled: bool = False,
) -> PageInfo:
    return PageInfo(
        title=tr_domain(kind.title),
        municipality=db.profile.municipality,
        logo=get_logo(db),
        person_name=minutes.person_name,
        birth_date=minutes.birth_date,
        revision=minutes.version if kind is MeetingDocumentKind.MINUTES else 0,
        printed_on=today,
        draft=draft,
        cancelled=cancelled,
        revision_label="Versjon",
        author=db.profile.name,
    )

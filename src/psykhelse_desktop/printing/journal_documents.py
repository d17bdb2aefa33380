"""Print a service user's journal extract for a period to PDF (the CLI and the window)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..services.branding import get_logo
from ..services.clock import oslo_today
from ..services.daily import journal
from ..services.database import Database
from ..services.records.service_users import document_maalform
from .journal_extract_pdf import extract_title, journal_extract_story
from .language import printed_in, tr
from .ledger_note import LedgerNote, PrintedFile, send_printed
from .page import PageInfo, write_pdf


def print_journal_extract(
    db: Database,
    user_id: int,
    first: dt.date,
    last: dt.date,
    target: Path,
    *,
    today: dt.date | None = None,
    record: bool = True,
) -> Path:
    """Write the signed entries from `first` to `last` to `target` (replaced whole, or left
    untouched if anything fails); the reading is in the person's audit log, the file in the
    ledger before it gets that name (unless `record` is False: a preview)."""

    def write(path: Path) -> PrintedFile:
        return write_journal_extract(db, user_id, first, last, path, today=today)

    return send_printed(db, target, write) if record else write(target).path


def write_journal_extract(
    db: Database,
    user_id: int,
    first: dt.date,
    last: dt.date,
    target: Path,
    *,
    today: dt.date | None = None,
) -> PrintedFile:
    """Write the extract without recording it: a preview, until a copy of it leaves."""
    extract = journal.extract_source(db, user_id, first, last)
    with printed_in(document_maalform(db, user_id)):
        info = PageInfo(
            title=extract_title(),
            municipality=db.profile.municipality,
            logo=get_logo(db),
            person_name=extract.person_name,
            birth_date=extract.birth_date,
            revision=0,
            printed_on=today or oslo_today(),
            draft=False,
            author=db.profile.name,
        )
        written = write_pdf(target, info, journal_extract_story(extract))
    with printed_in(db.profile.maalform):  # the ledger is the municipality's
        what = _ledger_text(first, last, len(extract.entries))
    return PrintedFile(written, LedgerNote(what, user_id))


def _ledger_text(first: dt.date, last: dt.date, count: int) -> str:
    notes = (
        tr("journal_documents", "%1 notat", count)
        if count == 1
        else tr("journal_documents", "%1 notater", count)
    )
    title = extract_title()
    return f"{title} {first:%d.%m.%Y}–{last:%d.%m.%Y}, {notes}"

"""Print the access log or the whole record (innsyn) of one person to PDF (the CLI and window).

Both are recorded in the ledger before the file gets its name, like every printed document;
a preview (`record=False`) is not, until a copy of it leaves.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain.access import ACCESS_LOG_TITLE, RECORD_COPY_TITLE
from ..services.branding import get_logo
from ..services.clock import oslo_today
from ..services.database import Database
from ..services.records.service_users import document_maalform
from ..services.trust.access_log import access_log
from ..services.trust.record_copy import collect_record
from .access_log_pdf import access_log_story
from .language import printed_in, tr, tr_domain
from .ledger_note import LedgerNote, PrintedFile, send_printed
from .page import PageInfo, write_pdf
from .record_copy_pdf import record_copy_story


def print_access_log(
    db: Database, user_id: int, target: Path, *, today: dt.date | None = None, record: bool = True
) -> Path:
    """«Hvem har sett journalen» for one person, written whole to `target` or not at all."""

    def write(path: Path) -> PrintedFile:
        return write_access_log(db, user_id, path, today=today)

    return send_printed(db, target, write) if record else write(target).path


def write_access_log(
    db: Database, user_id: int, target: Path, *, today: dt.date | None = None
) -> PrintedFile:
    """Write it without recording it: a preview, until a copy of it leaves."""
    log = access_log(db, user_id)
    with printed_in(document_maalform(db, user_id)):
        info = _page(db, tr_domain(ACCESS_LOG_TITLE), log.person_name, log.birth_date, today)
        written = write_pdf(target, info, access_log_story(log, db.profile.name))
    with printed_in(db.profile.maalform):  # the ledger is the municipality's
        count = len(log.entries)
        what = tr("person_documents", "%1, %2 oppføringer", tr_domain(ACCESS_LOG_TITLE), count)
    return PrintedFile(written, LedgerNote(what, user_id))


def print_record(
    db: Database, user_id: int, target: Path, *, today: dt.date | None = None, record: bool = True
) -> Path:
    """Everything recorded about one person (innsyn), written whole to `target` or not at all."""

    def write(path: Path) -> PrintedFile:
        return write_record(db, user_id, path, today=today)

    return send_printed(db, target, write) if record else write(target).path


def write_record(
    db: Database, user_id: int, target: Path, *, today: dt.date | None = None
) -> PrintedFile:
    """Write it without recording it: a preview, until a copy of it leaves."""
    with printed_in(document_maalform(db, user_id)):
        copy = collect_record(db, user_id)  # read inside: a few words are worded as it reads
        info = _page(db, tr_domain(RECORD_COPY_TITLE), copy.person_name, copy.birth_date, today)
        written = write_pdf(target, info, record_copy_story(copy, db.profile.name))
    with printed_in(db.profile.maalform):  # the ledger is the municipality's
        title = tr_domain(RECORD_COPY_TITLE)
        what = tr("person_documents", "%1 (alt som er registrert)", title)
    return PrintedFile(written, LedgerNote(what, user_id))


def _page(
    db: Database, title: str, name: str, born: dt.date | None, today: dt.date | None
) -> PageInfo:
    return PageInfo(
        title=title,
        municipality=db.profile.municipality,
        logo=get_logo(db),
        person_name=name,
        birth_date=born,
        revision=0,
        printed_on=today or oslo_today(),
        draft=False,
    )

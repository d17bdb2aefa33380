"""Print one of the plan's documents for a service user to a PDF file (the CLI and the window)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable

from ..domain.plan_vocabulary import DocumentKind, PlanStatus
from ..services.branding import get_logo
from ..services.clock import oslo_today
from ..services.database import Database
from ..services.meetings import groups
from ..services.plans import plans
from ..services.records import record_parts, service_users
from .changes_pdf import changes_story
from .consent_pdf import consent_story
from .crisis_pdf import crisis_story
from .easy_pdf import easy_story
from .language import printed_in, tr, tr_domain
from .ledger_note import LedgerNote, PrintedFile, send_printed
from .page import PageInfo, write_pdf
from .plan_pdf import plan_story
from .print_context import PrintContext
from .styles import nb_date

__all__ = ["DocumentKind", "print_document", "write_document"]


def print_document(
    db: Database,
    user_id: int,
    kind: DocumentKind,
    target: Path,
    *,
    today: dt.date | None = None,
    record: bool = True,
) -> Path:
    """Write the document to `target` (replaced whole, or left untouched if anything fails),
    recorded in the ledger before it gets that name (unless `record` is False: a preview)."""
    if not record:
        return write_document(db, user_id, kind, target, today=today).path
    return send_printed(
        db, target, lambda temp: write_document(db, user_id, kind, temp, today=today)
    )


def write_document(
    db: Database, user_id: int, kind: DocumentKind, target: Path, *, today: dt.date | None = None
) -> PrintedFile:
    """Write the document without recording it: a preview, until a copy of it leaves."""
    today = today or oslo_today()
    with printed_in(service_users.document_maalform(db, user_id)):
        # Read inside: the changes and a next of kin's "Pårørende (søster)" are worded too.
        context = _context(db, user_id)
        source = plans.print_source(db, user_id, kind.title.lower())
        view = source.view
        info = PageInfo(
            title=tr_domain(kind.title),
            municipality=db.profile.municipality,
            logo=get_logo(db),
            person_name=source.person_name,
            birth_date=source.birth_date,
            revision=view.revision.number,
            printed_on=today,
            draft=view.plan.status is PlanStatus.DRAFT,
            author=db.profile.name,
        )
        written = write_pdf(target, info, _story(kind, source, today, context))
    with printed_in(db.profile.maalform):  # the ledger is the municipality's
        what = tr("documents", "%1, revisjon %2", tr_domain(kind.title), view.revision.number)
    return PrintedFile(written, LedgerNote(what, user_id))


def _context(db: Database, user_id: int) -> PrintContext:
    """The nurse and the service, and the members of the user's responsibility group."""
    group = groups.open_group(db, user_id)
    guardians = tuple(k.name for k in record_parts.guardians(db, user_id))
    return PrintContext(db.profile, group.members if group else (), guardians)


def _story(
    kind: DocumentKind, source: plans.PrintSource, today: dt.date, context: PrintContext
) -> list[Flowable]:
    plan, name = source.view.plan, source.person_name
    if kind is DocumentKind.PLAN:
        return plan_story(plan, source.view.status(today).label, context)
    if kind is DocumentKind.CONSENT:
        return consent_story(source.share_with, plan, name, nb_date(source.birth_date), context)
    if kind is DocumentKind.CRISIS:
        return crisis_story(plan.crisis_plan, name, context.nurse)
    if kind is DocumentKind.EASY:
        return easy_story(plan, name, context.nurse)
    return changes_story(source.view.revision, source.changes)

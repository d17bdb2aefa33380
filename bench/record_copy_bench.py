"""Innsyn for a demo person with three years of journal vs a bare reportlab document of the text.

The figure is `print_record` (gather everything, lay it out, write, record in the ledger); the
floor is the same words (journal, minutes, plan, decisions, access log) as plain paragraphs in
a bare reportlab document, measured in the same run.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import func, select

from psykhelse_desktop.printing import styles
from psykhelse_desktop.printing.person_documents import print_record
from psykhelse_desktop.services.demo.populate import populate_demo
from psykhelse_desktop.services.trust.record_copy import RecordCopy, collect_record
from psykhelse_desktop.storage.daily_models import JournalEntry

sys.path.insert(0, str(Path(__file__).parent))
from common import alternating_medians, new_vault  # noqa: E402

ROUNDS = 5
USERS = 40


def busiest(db) -> int:
    """The demo person with the most journal entries."""
    statement = (
        select(JournalEntry.service_user_id)
        .group_by(JournalEntry.service_user_id)
        .order_by(func.count().desc())
        .limit(1)
    )
    with db.transaction() as session:
        return session.scalar(statement)


def copy_texts(copy: RecordCopy) -> list[str]:
    """The words of the copy as plain paragraphs: what a bare document of this text costs."""
    texts = [e.text for e in copy.journal] + [a.text for e in copy.journal for a in e.addenda]
    for record in copy.meetings:
        if record.minutes:
            texts += [f"{i.title} {i.notes} {i.decision}" for i in record.minutes.items]
    texts += [f"{e.at} {e.operator} {e.what} {e.details}" for e in copy.access.entries]
    texts += [f"{d.service_type.label} {d.decided_on} {d.valid_from} {d.notes}"
              for d in copy.decisions]  # fmt: skip
    texts += [f"{c.occurred_on} {c.kind.label} {c.notes}" for c in copy.low_threshold]
    texts += [f"{r.received_on} {r.from_whom} {r.notes}" for r in copy.requests]
    texts += [f"{k.name} {k.relation} {k.phone}" for k in copy.detail.next_of_kin]
    if copy.plan:
        plan = copy.plan.plan
        texts += [g.text for g in plan.goals] + [m.what for m in plan.measures]
        texts += [plan.resources, plan.needs, plan.implementation, plan.cooperation]
    return [styles.escape(t) for t in texts]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="psykhelse-bench-"))
    _paths, db = new_vault(folder, "innsyn")
    populate_demo(db, USERS)
    person = busiest(db)
    copy = collect_record(db, person)
    years = (copy.journal[-1].occurred_at - copy.journal[0].occurred_at).days / 365.25
    target, bare = folder / "innsyn.pdf", folder / "bare.pdf"
    texts = copy_texts(copy)
    figure, floor = alternating_medians(
        ROUNDS,
        lambda: print_record(db, person, target),
        lambda: SimpleDocTemplate(str(bare), pagesize=A4).build(
            [Paragraph(t, styles.BODY) for t in texts]
        ),
    )
    pages = target.read_bytes().count(b"/Type /Page\n")
    print("benchmark\tjournal_entries\tyears\tminutes\tpages\tfigure_s\tfloor_s\tratio")
    minutes = sum(r.minutes is not None for r in copy.meetings)
    print(f"record_copy\t{len(copy.journal)}\t{years:.1f}\t{minutes}\t{pages}"
          f"\t{figure:.3f}\t{floor:.3f}\t{figure / floor:.2f}")  # fmt: skip
    db.close()


if __name__ == "__main__":
    main()

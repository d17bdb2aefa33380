"""Export the figures for the municipal office to CSV and record the file in the ledger.

Order matters: build the rows (a plain message and no file when the period is wrong or
empty), write them under a temporary name beside the target, record the file, and only then
give it its name (services/reports/outgoing.py). If the ledger cannot be written, the file is
removed again, so no file leaves the program unrecorded.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from ..domain.ledger_vocabulary import LedgerKind
from ..domain.municipal_figures import AGGREGATE_HEADER, ReportKind
from ..services.database import Database
from ..services.reports import ledger
from ..services.reports.municipal_report import aggregate_report
from ..services.reports.outgoing import EXPORT_PREFIX, LedgerNote, send_bytes
from ..services.reports.person_report import person_report
from ..services.settings import get_settings
from .csv_writer import CsvProfile, WrittenFile, csv_bytes

DEFAULT_RECIPIENT = "Kommunen"


@dataclass(frozen=True)
class ExportResult:
    written: WrittenFile
    ledger_row: ledger.LedgerRow


@dataclass(frozen=True)
class _Content:
    kind: LedgerKind
    what: str
    header: tuple[str, ...]
    rows: list[tuple]
    person_ids: list[int]


def export_report(
    db: Database,
    report: ReportKind,
    start: dt.date | None,
    end: dt.date | None,
    profile: CsvProfile,
    out: Path,
    *,
    recipient: str = DEFAULT_RECIPIENT,
    include_identity: bool = False,
    threshold: int | None = None,
    rng: random.Random | None = None,
) -> ExportResult:
    """Write the report to `out` and record it; UserError (in Norwegian) if anything fails.

    Small counts are suppressed below `threshold`, by default the record's saved setting.
    """
    if report is ReportKind.AGGREGATE:
        limit = get_settings(db).small_count_threshold if threshold is None else threshold
        content = _aggregate(db, start, end, limit)
    else:
        content = _persons(db, start, end, include_identity, rng)
    note = LedgerNote(
        f"{content.what}, {profile.label}", recipient=recipient.strip(), kind=content.kind,
        row_count=len(content.rows), person_ids=content.person_ids,
    )  # fmt: skip
    data = csv_bytes(content.header, content.rows, profile)
    row = send_bytes(db, Path(out), data, note, EXPORT_PREFIX)
    return ExportResult(WrittenFile(Path(out), len(content.rows), row.byte_count, row.sha256), row)


def _aggregate(db: Database, start: dt.date | None, end: dt.date | None, threshold: int):
    found = aggregate_report(db, start, end, threshold)
    rule = (
        f"tall fra 1 til {threshold - 1} vist som <{threshold}"
        if threshold > 1
        else "alle tall vist"
    )
    what = f"Samletall {found.period.text}, {rule}"
    return _Content(LedgerKind.AGGREGATE_CSV, what, AGGREGATE_HEADER, found.rows(), [])


def _persons(
    db: Database,
    start: dt.date | None,
    end: dt.date | None,
    include_identity: bool,
    rng: random.Random | None,
) -> _Content:
    found = person_report(db, start, end, include_identity=include_identity, rng=rng)
    how = "med navn og fødselsnummer" if include_identity else "pseudonymisert"
    what = f"Personliste {found.period.text}, {how}"
    return _Content(LedgerKind.PERSONS_CSV, what, found.header, found.rows, found.user_ids)

"""A child process for kill tests: writes outgoing files (CSV, PDF, calendar) until killed.

It runs in a process forked from a multiprocessing forkserver that has the program imported
already, so each of the many kills costs milliseconds, not a fresh interpreter.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from psykhelse_desktop.domain.municipal_figures import ReportKind
from psykhelse_desktop.domain.plan_vocabulary import DocumentKind
from psykhelse_desktop.export.csv_writer import CsvProfile
from psykhelse_desktop.export.meeting_calendar import export_group_calendar
from psykhelse_desktop.export.municipal_export import export_report
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.printing.documents import print_document
from psykhelse_desktop.services.trust.vault import unlock_vault

PRELOAD = [__name__]


def write_until_killed(data_dir: str, out_dir: str, run: int, targets: dict, ready) -> None:  # noqa: ANN001
    """CSV with names and national IDs, a consent form, a calendar; over and over."""
    db = unlock_vault(AppPaths(Path(data_dir)), targets["passphrase"])
    out = Path(out_dir)
    ready.set()
    for n in itertools.count():
        kind = n % 3
        if kind == 0:
            export_report(db, ReportKind.PERSONS, *targets["period"], CsvProfile.EXCEL_NO,
                          out / f"personer-{run}-{n}.csv", include_identity=True)  # fmt: skip
        elif kind == 1:
            print_document(db, targets["user_id"], DocumentKind.CONSENT,
                           out / f"samtykke-{run}-{n}.pdf")  # fmt: skip
        else:
            export_group_calendar(db, targets["group_id"], out / f"kalender-{run}-{n}.ics")

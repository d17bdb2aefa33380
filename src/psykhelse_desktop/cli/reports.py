"""Commands for the municipal office: the CSV figures and the ledger of files that left."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.municipal_figures import ReportKind, parse_date
from ..export.csv_writer import CsvProfile
from ..export.municipal_export import DEFAULT_RECIPIENT, export_report
from ..paths import resolve_paths
from ..services.reports import ledger
from ..services.trust import access_log
from .common import ONE_LINE, Handlers, Subparsers, output_file, unlocked

IDENTITY_WARNING = (
    "Advarsel: filen får navn og fødselsnummer. Send den bare til en mottaker som har rett "
    "til opplysningene, og slett den når den er levert."
)


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    ex = commands.add_parser("export-csv", parents=[common], help="tall til kommunen som CSV")
    ex.add_argument("--report", choices=[k.value for k in ReportKind], required=True)
    ex.add_argument("--from", dest="start", required=True, help="fra-dato (dd.mm.åååå)")
    ex.add_argument("--to", dest="end", required=True, help="til-dato (dd.mm.åååå)")
    ex.add_argument("--profile", choices=[p.value for p in CsvProfile], default="excel-no")
    ex.add_argument("--out", type=Path, required=True, help="CSV-filen som skal skrives")
    ex.add_argument("--recipient", default=DEFAULT_RECIPIENT, help="hvem filen er til")
    ex.add_argument("--with-identity", action="store_true", help="ta med navn og fødselsnummer")
    ledger_cmd = commands.add_parser("ledger", parents=[common], help="utleveringsloggen")
    ledger_cmd.add_argument("--limit", type=int, default=1000, help="antall rader, nyeste først")
    return {"export-csv": _export_csv, "ledger": _ledger}


def _export_csv(args: argparse.Namespace) -> int:
    out, start, end = output_file(args.out), parse_date(args.start), parse_date(args.end)
    if args.with_identity:
        print(IDENTITY_WARNING, file=sys.stderr)
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        result = export_report(
            db, ReportKind(args.report), start, end, CsvProfile(args.profile), out,
            recipient=args.recipient, include_identity=args.with_identity,
        )  # fmt: skip
    written = result.written
    print(f"Skrev {written.row_count} rader til {out} (SHA-256 {written.sha256}).")
    print(f"Registrert i utleveringsloggen som nr. {result.ledger_row.id}.")
    return 0


def _ledger(args: argparse.Namespace) -> int:
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        rows = ledger.entries(db, args.limit)
        people = {r.service_user_id for r in rows if r.service_user_id is not None}
        if people:
            access_log.note_listing(db, "Kommandoen ledger", len(people))
    print("id\tat\toperator\tkind\twhat\trecipient\tservice_user_id\tfile\trows\tbytes\tsha256")
    for r in rows:
        cells = (r.id, r.at_local.isoformat(), r.operator, r.kind, r.what, r.recipient,
                 r.service_user_id or "", r.file_name, "" if r.row_count is None else r.row_count,
                 r.byte_count, r.sha256)  # fmt: skip
        print("\t".join(str(c).translate(ONE_LINE) for c in cells))
    return 0

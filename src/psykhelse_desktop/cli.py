"""Headless commands for municipal IT, scripts, benchmarks and tests."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .domain.errors import UserError
from .domain.municipal_figures import ReportKind, parse_date
from .domain.passphrase import passphrase_problem
from .export.csv_writer import CsvProfile
from .export.meeting_calendar import export_group_calendar
from .export.municipal_export import DEFAULT_RECIPIENT, export_report
from .paths import AppPaths, resolve_paths
from .printing.documents import DocumentKind, print_document
from .printing.meeting_documents import MeetingDocumentKind, print_meeting_document
from .services import branding
from .services.database import Database
from .services.demo.names import DEMO_PROFILE
from .services.meetings import groups, meetings
from .services.plans import plans
from .services.records import service_users
from .services.records.importer import import_users
from .services.reports import ledger
from .services.trust.selftest import run_self_test
from .services.trust.vault import create_vault, unlock_vault

PASSPHRASE_ENV = "PSYKHELSE_PASSPHRASE"
_ONE_LINE = str.maketrans("\t\r\n", "   ")
IDENTITY_WARNING = (
    "Advarsel: filen får navn og fødselsnummer. Send den bare til en mottaker som har rett "
    "til opplysningene, og slett den når den er levert."
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="mappe for databasen (overstyrer standardmappen)")
    parser = argparse.ArgumentParser(
        prog="psykhelse-desktop",
        description="Psykhelse Desktop: kryptert arbeidsjournal for psykisk helse og rus.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"psykhelse-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="åpne vinduet på en demodatabase")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("self-test", parents=[common], help="test kryptering og lagring")
    demo = commands.add_parser("demo", parents=[common], help="lag en demodatabase")
    demo.add_argument("--users", type=int, default=60, help="antall syntetiske tjenestemottakere")
    users = commands.add_parser("users", parents=[common], help="list tjenestemottakere")
    users.add_argument("--search", default="", help="søketekst, som i søkefeltet i vinduet")
    users.add_argument("--closed", action="store_true", help="ta med avsluttede")
    imp = commands.add_parser("import-users", parents=[common], help="importer fra regneark")
    imp.add_argument("file", type=Path, help="CSV-fil (Excel norsk eller kommaseparert)")
    imp.add_argument("--dry-run", action="store_true", help="bare sjekk, skriv ingenting")
    imp.add_argument("--skip-invalid", action="store_true", help="hopp over ugyldige rader")
    pp = commands.add_parser("print-plan", parents=[common], help="skriv ut fra individuell plan")
    pp.add_argument("--user", type=int, required=True, help="id på tjenestemottakeren")
    pp.add_argument("--kind", choices=[k.value for k in DocumentKind], default="plan")
    pp.add_argument("--out", type=Path, required=True, help="PDF-filen som skal skrives")
    _add_meeting_commands(commands, common)
    _add_export_commands(commands, common)
    logo = commands.add_parser("set-logo", parents=[common], help="kommunens logo på utskrifter")
    logo.add_argument("file", type=Path, nargs="?", help="PNG- eller JPEG-fil")
    logo.add_argument("--remove", action="store_true", help="fjern logoen")
    return parser


def _add_meeting_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser):
    ms = commands.add_parser("meetings", parents=[common], help="list ansvarsgruppemøter")
    ms.add_argument("--user", type=int, help="bare møtene for denne tjenestemottakeren")
    pm = commands.add_parser("print-meeting", parents=[common], help="skriv ut fra et møte")
    pm.add_argument("--meeting", type=int, required=True, help="id på møtet")
    pm.add_argument("--kind", choices=[k.value for k in MeetingDocumentKind], required=True)
    pm.add_argument("--out", type=Path, required=True, help="PDF-filen som skal skrives")
    ics = commands.add_parser("export-ics", parents=[common], help="møtene som kalenderfil")
    ics.add_argument("--group", type=int, required=True, help="id på ansvarsgruppen")
    ics.add_argument("--out", type=Path, required=True, help=".ics-filen som skal skrives")


def _add_export_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser):
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "self-test": _self_test,
        "demo": _demo,
        "users": _users,
        "import-users": _import_users,
        "print-plan": _print_plan,
        "set-logo": _set_logo,
        "meetings": _meetings,
        "print-meeting": _print_meeting,
        "export-ics": _export_ics,
        "export-csv": _export_csv,
        "ledger": _ledger,
    }
    try:
        if args.command is None:
            return _gui(args)
        return handlers[args.command](args)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader (say, `head`) stopped listening: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0


def _gui(args: argparse.Namespace) -> int:
    from .app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(resolve_paths(args.data_dir), demo=args.demo)


def _self_test(args: argparse.Namespace) -> int:
    checks = run_self_test()
    for check in checks:
        print(f"{'OK ' if check.ok else 'FEIL'}  {check.name}: {check.detail}")
    ok = all(c.ok for c in checks) and len(checks) == 4
    print("Selvtesten gikk bra." if ok else "Selvtesten feilet.")
    return 0 if ok else 1


def _demo(args: argparse.Namespace) -> int:
    from .services.demo.populate import populate_demo

    if args.users < 0:
        raise UserError("Antall tjenestemottakere kan ikke være negativt.")
    paths = resolve_paths(args.data_dir)
    db = create_vault(paths, _new_passphrase(), DEMO_PROFILE, demo=True)
    try:
        summary = populate_demo(db, args.users)
    finally:
        db.close()
    print(f"Demodatabase laget i {paths.data_dir}: {summary}")
    return 0


def _users(args: argparse.Namespace) -> int:
    with _unlocked(resolve_paths(args.data_dir)) as db:
        ids = service_users.search_ids(db, args.search, include_closed=args.closed)
        print("id\tname\tbirth_date\tstatus\thas_plan\thas_group")
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            with_plan = plans.users_with_plan(db, chunk)
            with_group = groups.users_with_group(db, chunk)
            for row in service_users.rows_for_ids(db, chunk):
                born = row.birth_date.isoformat() if row.birth_date else ""
                has_plan = "ja" if row.id in with_plan else "nei"
                has_group = "ja" if row.id in with_group else "nei"
                status = row.status.value
                print(f"{row.id}\t{row.full_name}\t{born}\t{status}\t{has_plan}\t{has_group}")
    return 0


def _import_users(args: argparse.Namespace) -> int:
    with _unlocked(resolve_paths(args.data_dir)) as db:
        report = import_users(db, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    for problem in report.problems:
        print(f"Rad {problem.row_number}: {problem.message}", file=sys.stderr)
    print(
        f"{report.total_rows} rader lest, {report.valid_rows} gyldige, "
        f"{report.imported} importert."
        + ("" if report.written or not report.total_rows else " Ingenting ble skrevet.")
    )
    if report.problems and not args.skip_invalid:
        return 1
    return 0


def _print_plan(args: argparse.Namespace) -> int:
    out = _output_file(args.out)
    with _unlocked(resolve_paths(args.data_dir)) as db:
        print_document(db, args.user, DocumentKind(args.kind), out)
    print(f"Skrev {out}")
    return 0


def _meetings(args: argparse.Namespace) -> int:
    with _unlocked(resolve_paths(args.data_dir)) as db:
        rows = meetings.list_meetings(db, args.user)
    print("id\tservice_user_id\tstarts_at\tstatus")
    for row in rows:
        print(f"{row.id}\t{row.service_user_id}\t{row.starts_at.isoformat()}\t{row.status.value}")
    return 0


def _print_meeting(args: argparse.Namespace) -> int:
    out, kind = _output_file(args.out), MeetingDocumentKind(args.kind)
    with _unlocked(resolve_paths(args.data_dir)) as db:
        if kind is MeetingDocumentKind.MINUTES:
            for recipient in meetings.minutes_recipients(db, args.meeting):
                print(f"{recipient.name} ({recipient.role}): {recipient.reason}")
        print_meeting_document(db, args.meeting, kind, out)
    print(f"Skrev {out}")
    return 0


def _export_ics(args: argparse.Namespace) -> int:
    out = _output_file(args.out)
    with _unlocked(resolve_paths(args.data_dir)) as db:
        export_group_calendar(db, args.group, out)
    print(f"Skrev {out}")
    return 0


def _export_csv(args: argparse.Namespace) -> int:
    out, start, end = _output_file(args.out), parse_date(args.start), parse_date(args.end)
    if args.with_identity:
        print(IDENTITY_WARNING, file=sys.stderr)
    with _unlocked(resolve_paths(args.data_dir)) as db:
        result = export_report(
            db, ReportKind(args.report), start, end, CsvProfile(args.profile), out,
            recipient=args.recipient, include_identity=args.with_identity,
        )  # fmt: skip
    written = result.written
    print(f"Skrev {written.row_count} rader til {out} (SHA-256 {written.sha256}).")
    print(f"Registrert i utleveringsloggen som nr. {result.ledger_row.id}.")
    return 0


def _ledger(args: argparse.Namespace) -> int:
    with _unlocked(resolve_paths(args.data_dir)) as db:
        rows = ledger.entries(db, args.limit)
    print("id\tat\toperator\tkind\twhat\trecipient\tservice_user_id\tfile\trows\tbytes\tsha256")
    for r in rows:
        cells = (r.id, r.at_local.isoformat(), r.operator, r.kind, r.what, r.recipient,
                 r.service_user_id or "", r.file_name, "" if r.row_count is None else r.row_count,
                 r.byte_count, r.sha256)  # fmt: skip
        print("\t".join(str(c).translate(_ONE_LINE) for c in cells))
    return 0


def _output_file(path: Path) -> Path:
    out = path.expanduser().resolve()
    if not out.parent.is_dir():
        raise UserError(f"Mappen {out.parent} finnes ikke. Velg en mappe som finnes.")
    return out


def _set_logo(args: argparse.Namespace) -> int:
    if args.remove == (args.file is not None):
        raise UserError("Oppgi enten en bildefil eller --remove.")
    with _unlocked(resolve_paths(args.data_dir)) as db:
        if args.remove:
            branding.remove_logo(db)
        else:
            branding.set_logo(db, args.file)
    print("Logoen er fjernet." if args.remove else "Logoen brukes på alle utskrifter.")
    return 0


class _unlocked:
    """Open the record with the passphrase from the environment or a prompt; close it after."""

    def __init__(self, paths: AppPaths):
        self.paths = paths

    def __enter__(self) -> Database:
        if not self.paths.database.exists():
            raise UserError(
                f"Fant ingen database i {self.paths.data_dir}. "
                "Start programmet én gang for å lage den, eller bruk --data-dir."
            )
        self.db = unlock_vault(self.paths, _passphrase("Passord: "))
        return self.db

    def __exit__(self, *exc: object) -> None:
        self.db.close()


def _passphrase(prompt: str) -> str:
    return os.environ.get(PASSPHRASE_ENV) or getpass.getpass(prompt)


def _new_passphrase() -> str:
    if PASSPHRASE_ENV in os.environ:
        passphrase = repeated = os.environ[PASSPHRASE_ENV]
    else:
        passphrase = getpass.getpass("Velg passord: ")
        repeated = getpass.getpass("Gjenta passordet: ")
    problem = passphrase_problem(passphrase, repeated)
    if problem:
        raise UserError(problem)
    return passphrase

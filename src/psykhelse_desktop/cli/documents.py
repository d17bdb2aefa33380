"""Commands that print documents and write calendar files: plans, meetings, the logo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import UserError
from ..domain.group_vocabulary import LockReason
from ..domain.groups import MeetingRow
from ..export.meeting_calendar import export_group_calendar
from ..paths import resolve_paths
from ..printing.documents import DocumentKind, print_document
from ..printing.meeting_documents import (
    MeetingDocumentKind,
    print_invitation_letters,
    print_meeting_document,
)
from ..services import branding
from ..services.database import Database
from ..services.meetings import meetings
from ..services.meetings.meeting_pack import invited_without_address
from ..services.trust import access_log
from .common import Handlers, Subparsers, output_file, unlocked


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    pp = commands.add_parser("print-plan", parents=[common], help="skriv ut fra individuell plan")
    pp.add_argument("--user", type=int, required=True, help="id på tjenestemottakeren")
    pp.add_argument("--kind", choices=[k.value for k in DocumentKind], default="plan")
    pp.add_argument("--out", type=Path, required=True, help="PDF-filen som skal skrives")
    ms = commands.add_parser("meetings", parents=[common], help="list ansvarsgruppemøter")
    ms.add_argument("--user", type=int, help="bare møtene for denne tjenestemottakeren")
    pm = commands.add_parser("print-meeting", parents=[common], help="skriv ut fra et møte")
    pm.add_argument("--meeting", type=int, required=True, help="id på møtet")
    pm.add_argument("--kind", choices=[k.value for k in MeetingDocumentKind], required=True)
    pm.add_argument("--out", type=Path, required=True, help="PDF-filen som skal skrives")
    pm.add_argument(
        "--per-recipient", action="store_true",
        help="innkalling: én PDF per mottaker i mappen --out, i stedet for én fil",
    )  # fmt: skip
    lock = commands.add_parser("lock-minutes", parents=[common], help="lås et møtereferat")
    lock.add_argument("--meeting", type=int, required=True, help="id på møtet")
    lock.add_argument("--how", choices=[r.value for r in LockReason], default="skrevet_ut")
    fix = commands.add_parser("correct-minutes", parents=[common], help="rett et låst referat")
    fix.add_argument("--meeting", type=int, required=True, help="id på møtet")
    fix.add_argument("--reason", required=True, help="hva som rettes og hvorfor")
    ics = commands.add_parser("export-ics", parents=[common], help="møtene som kalenderfil")
    ics.add_argument("--group", type=int, required=True, help="id på ansvarsgruppen")
    ics.add_argument("--out", type=Path, required=True, help=".ics-filen som skal skrives")
    logo = commands.add_parser("set-logo", parents=[common], help="kommunens logo på utskrifter")
    logo.add_argument("file", type=Path, nargs="?", help="PNG- eller JPEG-fil")
    logo.add_argument("--remove", action="store_true", help="fjern logoen")
    return {
        "print-plan": _print_plan,
        "meetings": _meetings,
        "print-meeting": _print_meeting,
        "lock-minutes": _lock_minutes,
        "correct-minutes": _correct_minutes,
        "export-ics": _export_ics,
        "set-logo": _set_logo,
    }


def _print_plan(args: argparse.Namespace) -> int:
    out = output_file(args.out)
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        print_document(db, args.user, DocumentKind(args.kind), out)
    print(f"Skrev {out}")
    return 0


def _meetings(args: argparse.Namespace) -> int:
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        rows = meetings.list_meetings(db, args.user)
        _note_meetings(db, args.user, rows)
    print("id\tservice_user_id\tstarts_at\tstatus")
    for row in rows:
        print(f"{row.id}\t{row.service_user_id}\t{row.starts_at.isoformat()}\t{row.status.value}")
    return 0


def _note_meetings(db: Database, user_id: int | None, rows: list[MeetingRow]) -> None:
    """One person's meetings are an opening of that person's record; all meetings a listing."""
    if user_id is not None:
        access_log.note_opening(db, user_id, "Kommandoen meetings (møtelisten)")
    elif rows:
        access_log.note_listing(db, "Kommandoen meetings", len({r.service_user_id for r in rows}))


def _print_meeting(args: argparse.Namespace) -> int:
    kind = MeetingDocumentKind(args.kind)
    if args.per_recipient and kind is not MeetingDocumentKind.INVITATION:
        raise UserError("--per-recipient gjelder bare innkallingen (--kind invitation).")
    out = _folder(args.out) if args.per_recipient else output_file(args.out)
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        if kind is MeetingDocumentKind.MINUTES:
            for recipient in meetings.minutes_recipients(db, args.meeting):
                print(f"{recipient.name} ({recipient.role}): {recipient.reason}")
        if kind is MeetingDocumentKind.INVITATION:
            _warn_missing_addresses(invited_without_address(db, args.meeting))
        if args.per_recipient:
            written = print_invitation_letters(db, args.meeting, out)
        else:
            written = [print_meeting_document(db, args.meeting, kind, out)]
    for path in written:
        print(f"Skrev {path}")
    return 0


def _folder(path: Path) -> Path:
    folder = path.expanduser().resolve()
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finnes ikke. Lag mappen først, eller velg en annen.")
    return folder


def _warn_missing_addresses(names: list[str]) -> None:
    if names:
        print(
            f"Advarsel: mangler postadresse: {', '.join(names)}. Brevet til dem får ingen adresse "
            "i vinduet; legg inn adressen og skriv ut på nytt før det sendes i posten.",
            file=sys.stderr,
        )


def _lock_minutes(args: argparse.Namespace) -> int:
    how = LockReason(args.how)
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        version = meetings.lock_minutes(db, args.meeting, how)
    print(f"Referatet (versjon {version}) er låst som {how.label}.")
    return 0


def _correct_minutes(args: argparse.Namespace) -> int:
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        version = meetings.correct_minutes(db, args.meeting, args.reason)
    print(
        f"Versjon {version} av referatet er åpnet for retting; den låste versjonen er tatt vare på."
    )
    return 0


def _export_ics(args: argparse.Namespace) -> int:
    out = output_file(args.out)
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        export_group_calendar(db, args.group, out)
    print(f"Skrev {out}")
    return 0


def _set_logo(args: argparse.Namespace) -> int:
    if args.remove == (args.file is not None):
        raise UserError("Oppgi enten en bildefil eller --remove.")
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        if args.remove:
            branding.remove_logo(db)
        else:
            branding.set_logo(db, args.file)
    print("Logoen er fjernet." if args.remove else "Logoen brukes på alle utskrifter.")
    return 0

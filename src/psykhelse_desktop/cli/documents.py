"""Commands that print documents and write calendar files: plans, meetings, the logo."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.errors import UserError
from ..domain.groups import MeetingRow
from ..export.meeting_calendar import export_group_calendar
from ..paths import resolve_paths
from ..printing.documents import DocumentKind, print_document
from ..printing.meeting_documents import MeetingDocumentKind, print_meeting_document
from ..services import branding
from ..services.database import Database
from ..services.meetings import meetings
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
        "export-ics": _export_ics,
        "set-logo": _set_logo,
    }


def _print_plan(args: argparse.Namespace) -> int:
    out = output_file(args.out)
    with unlocked(resolve_paths(args.data_dir)) as db:
        print_document(db, args.user, DocumentKind(args.kind), out)
    print(f"Skrev {out}")
    return 0


def _meetings(args: argparse.Namespace) -> int:
    with unlocked(resolve_paths(args.data_dir)) as db:
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
    out, kind = output_file(args.out), MeetingDocumentKind(args.kind)
    with unlocked(resolve_paths(args.data_dir)) as db:
        if kind is MeetingDocumentKind.MINUTES:
            for recipient in meetings.minutes_recipients(db, args.meeting):
                print(f"{recipient.name} ({recipient.role}): {recipient.reason}")
        print_meeting_document(db, args.meeting, kind, out)
    print(f"Skrev {out}")
    return 0


def _export_ics(args: argparse.Namespace) -> int:
    out = output_file(args.out)
    with unlocked(resolve_paths(args.data_dir)) as db:
        export_group_calendar(db, args.group, out)
    print(f"Skrev {out}")
    return 0


def _set_logo(args: argparse.Namespace) -> int:
    if args.remove == (args.file is not None):
        raise UserError("Oppgi enten en bildefil eller --remove.")
    with unlocked(resolve_paths(args.data_dir)) as db:
        if args.remove:
            branding.remove_logo(db)
        else:
            branding.set_logo(db, args.file)
    print("Logoen er fjernet." if args.remove else "Logoen brukes på alle utskrifter.")
    return 0

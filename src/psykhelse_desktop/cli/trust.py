"""Commands that keep the record safe: backup, verify-backup and restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import UserError
from ..domain.record_safety import summary_text
from ..paths import resolve_paths
from ..services.trust.backups import take_backup
from ..services.trust.folder import found_record_files
from ..services.trust.restore import check_backup_file, open_backup_file, restore
from ..services.trust.window_lock import holding_lock
from .common import Handlers, Subparsers, passphrase, unlocked


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    backup = commands.add_parser("backup", parents=[common], help="ta en sikkerhetskopi")
    backup.add_argument("--to", dest="folder", type=Path, required=True,
                        help="mappen kopien skal i, for eksempel på en minnepinne")  # fmt: skip
    verify = commands.add_parser(
        "verify-backup", parents=[common], help="kontroller en sikkerhetskopi"
    )
    verify.add_argument("file", type=Path, help="sikkerhetskopien (.psykhelse)")
    back = commands.add_parser("restore", parents=[common], help="gjenopprett fra sikkerhetskopi")
    back.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        help="sikkerhetskopien, eller mappen til en journal som er flyttet til side",
    )
    back.add_argument("--yes", action="store_true", help="ikke spør før journalen erstattes")
    return {"backup": _backup, "verify-backup": _verify, "restore": _restore}  # fmt: skip


def _backup(args: argparse.Namespace) -> int:
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        result = take_backup(db, args.folder)
    print(f"Sikkerhetskopien er tatt og kontrollert: {result.path}")
    print(summary_text(result.summary))
    return 0


def _verify(args: argparse.Namespace) -> int:
    """Says whether the file is whole and what it holds; changes nothing, not even beside it."""
    checked = check_backup_file(args.file, passphrase("Passord for sikkerhetskopien: "))
    print(summary_text(checked.contents.summary))
    if checked.whole:
        print(f"Sikkerhetskopien {args.file.name} er hel.")
        return 0
    print(f"Sikkerhetskopien {args.file.name} er skadet:", file=sys.stderr)
    for problem in checked.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def _restore(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.data_dir)
    source = args.source.expanduser().resolve()
    secret = passphrase("Passord for sikkerhetskopien: ")
    with holding_lock(paths):
        if source.is_dir():
            print(f"Journalen i mappen {source} skal hentes tilbake.")
        else:
            print(summary_text(open_backup_file(source, secret).summary))
        found = found_record_files(paths)
        if found and not args.yes:
            _confirm(paths.data_dir)
        result = restore(paths, source, secret)
    print(f"Gjenopprettet fra {result.summary.file_name} i {paths.data_dir}.")
    if result.set_aside is not None:
        print(f"Journalen du hadde, er flyttet til {result.set_aside}. Du får den tilbake med:")
        print(f"  psykhelse-desktop restore --data-dir {paths.data_dir} --from {result.set_aside}")
    return 0


def _confirm(data_dir: Path) -> None:
    question = (
        f"Erstatte journalen i {data_dir}? Den du har nå, flyttes til side og kan hentes "
        "tilbake. Skriv j for ja: "
    )
    if not sys.stdin.isatty():
        raise UserError(
            "Journalen ble ikke erstattet. Legg til --yes for å gjenopprette uten spørsmål."
        )
    if input(question).strip().lower() not in ("j", "ja"):
        raise UserError("Journalen ble ikke erstattet. Ingenting ble endret.")

"""Commands for the person's rights: who has seen the record, and a copy of all of it (innsyn)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..paths import resolve_paths
from .common import Handlers, Subparsers, output_file, unlocked


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    log = commands.add_parser(
        "print-access-log", parents=[common], help="skriv ut hvem som har sett journalen"
    )
    log.add_argument("--user", type=int, required=True, help="id på tjenestemottakeren")
    log.add_argument("--out", type=Path, required=True, help="PDF-filen som skal skrives")
    copy = commands.add_parser(
        "print-record", parents=[common], help="innsyn: alt som er registrert om én person"
    )
    copy.add_argument("--user", type=int, required=True, help="id på tjenestemottakeren")
    copy.add_argument("--out", type=Path, required=True, help="PDF-filen som skal skrives")
    return {"print-access-log": _print_access_log, "print-record": _print_record}


def _print_access_log(args: argparse.Namespace) -> int:
    from ..printing.person_documents import print_access_log  # reportlab loads only here

    return _print_person_document(args, print_access_log)


def _print_record(args: argparse.Namespace) -> int:
    from ..printing.person_documents import print_record

    return _print_person_document(args, print_record)


def _print_person_document(args: argparse.Namespace, write: Callable[..., object]) -> int:
    """Write one person's document and say that the ledger holds it."""
    out = output_file(args.out)
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        write(db, args.user, out)
    print(f"Skrev {out}")
    print("Registrert i utleveringsloggen.")
    return 0

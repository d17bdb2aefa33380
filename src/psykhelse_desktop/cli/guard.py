"""Commands that guard the record: change the passphrase, and check the log's hash chain."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..domain.errors import UserError
from ..paths import resolve_paths
from ..services.trust.log_chain import (
    TABLE_NAMES,
    break_message,
    verify_chain,
    verify_server_chain,
)
from ..services.trust.passphrase_change import OLD_BACKUPS_NOTE, change_passphrase
from ..services.trust.window_lock import holding_lock
from .common import PASSPHRASE_ENV, Handlers, Subparsers, passphrase, unlocked

NEW_PASSPHRASE_ENV = "PSYKHELSE_NEW_PASSPHRASE"


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    commands.add_parser(
        "verify-log", parents=[common], help="kontroller at loggene ikke er endret i ettertid"
    )
    commands.add_parser("change-passphrase", parents=[common], help="bytt passordet til journalen")
    return {"verify-log": _verify_log, "change-passphrase": _change_passphrase}


def _change_passphrase(args: argparse.Namespace) -> int:
    """The old passphrase like every command reads it; the new one from its own variable or
    asked twice. Refused while the window has the record open."""
    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        raise UserError(f"Fant ingen database i {paths.data_dir}. Bruk --data-dir.")
    old = passphrase("Nåværende passord: ")
    if NEW_PASSPHRASE_ENV in os.environ or PASSPHRASE_ENV in os.environ:
        new = repeated = os.environ.get(NEW_PASSPHRASE_ENV, "")
    else:
        new = getpass.getpass("Nytt passord: ")
        repeated = getpass.getpass("Gjenta det nye passordet: ")
    with holding_lock(paths):
        change_passphrase(paths, old, new, repeated)
    print(OLD_BACKUPS_NOTE)
    return 0


def _verify_log(args: argparse.Namespace) -> int:
    """Walk the whole chain of the audit log and the ledger; exit 1 at the first break."""
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        if args.database_url:
            report = verify_server_chain(db.engine)
        else:
            report = verify_chain(db.db_path, db.key)
    for table, count in report.checked.items():
        print(f"{TABLE_NAMES[table].capitalize()}: {count} rader kontrollert.")
    if report.broken is not None:
        print(break_message(report.broken), file=sys.stderr)
        return 1
    print("Loggene er hele: hver rad passer med raden før.")
    return 0

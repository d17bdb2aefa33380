"""Commands that guard the record: change the passphrase, and check the log's hash chain."""

from __future__ import annotations

import argparse
import sys

from ..paths import resolve_paths
from ..services.trust.log_chain import TABLE_NAMES, break_message, verify_chain
from .common import Handlers, Subparsers, unlocked


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> Handlers:
    commands.add_parser(
        "verify-log", parents=[common], help="kontroller at loggene ikke er endret i ettertid"
    )
    return {"verify-log": _verify_log}


def _verify_log(args: argparse.Namespace) -> int:
    """Walk the whole chain of the audit log and the ledger; exit 1 at the first break."""
    with unlocked(resolve_paths(args.data_dir)) as db:
        report = verify_chain(db.db_path, db.key)
    for table, count in report.checked.items():
        print(f"{TABLE_NAMES[table].capitalize()}: {count} rader kontrollert.")
    if report.broken is not None:
        print(break_message(report.broken), file=sys.stderr)
        return 1
    print("Loggene er hele: hver rad passer med raden før.")
    return 0

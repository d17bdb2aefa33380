"""What every command shares: --data-dir, opening the record with a passphrase, output files."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import UserError
from ..domain.passphrase import passphrase_problem
from ..paths import AppPaths
from ..services.database import Database
from ..services.trust.vault import unlock_vault

PASSPHRASE_ENV = "PSYKHELSE_PASSPHRASE"
ONE_LINE = str.maketrans("\t\r\n", "   ")

# A command module's handlers, by subcommand name.
Handlers = dict[str, Callable[[argparse.Namespace], int]]
Subparsers = argparse._SubParsersAction


def common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="mappe for databasen (overstyrer standardmappen)")
    return common


def output_file(path: Path) -> Path:
    out = path.expanduser().resolve()
    if not out.parent.is_dir():
        raise UserError(f"Mappen {out.parent} finnes ikke. Velg en mappe som finnes.")
    return out


class unlocked:
    """Open the record with the passphrase from the environment or a prompt; close it after."""

    def __init__(self, paths: AppPaths):
        self.paths = paths

    def __enter__(self) -> Database:
        if not self.paths.database.exists():
            raise UserError(
                f"Fant ingen database i {self.paths.data_dir}. "
                "Start programmet én gang for å lage den, eller bruk --data-dir."
            )
        self.db = unlock_vault(self.paths, passphrase("Passord: "), check_wait=None)
        return self.db

    def __exit__(self, *exc: object) -> None:
        self.db.close()


def passphrase(prompt: str) -> str:
    return os.environ.get(PASSPHRASE_ENV) or getpass.getpass(prompt)


def new_passphrase() -> str:
    if PASSPHRASE_ENV in os.environ:
        chosen = repeated = os.environ[PASSPHRASE_ENV]
    else:
        chosen = getpass.getpass("Velg passord: ")
        repeated = getpass.getpass("Gjenta passordet: ")
    problem = passphrase_problem(chosen, repeated)
    if problem:
        raise UserError(problem)
    return chosen

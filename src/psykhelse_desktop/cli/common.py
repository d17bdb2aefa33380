"""What every command shares: --data-dir and --database-url, opening the record (the encrypted
file with a passphrase, or a PostgreSQL server), output files."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import OperationalError

from ..domain.errors import UserError
from ..domain.passphrase import passphrase_problem
from ..paths import AppPaths
from ..services.database import Database
from ..services.trust.vault import unlock_vault
from ..storage.engine import is_server_url

PASSPHRASE_ENV = "PSYKHELSE_PASSPHRASE"
ONE_LINE = str.maketrans("\t\r\n", "   ")

# A command module's handlers, by subcommand name.
Handlers = dict[str, Callable[[argparse.Namespace], int]]
Subparsers = argparse._SubParsersAction


def common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="mappe for databasen (overstyrer standardmappen)")
    common.add_argument(
        "--database-url",
        help="journalen på en PostgreSQL-server: postgresql+psycopg://bruker@vert/database "
        "(passordet i PGPASSWORD eller ~/.pgpass)",
    )
    return common


# Commands about the encrypted file itself (its passphrase, backup file, key): not for a server.
FILE_ONLY_COMMANDS = frozenset(
    {"self-test", "demo", "backup", "verify-backup", "restore", "change-passphrase", None}
)


def refuse_server_for_file_commands(args: argparse.Namespace) -> None:
    if args.database_url and args.command in FILE_ONLY_COMMANDS:
        what = f"Kommandoen {args.command}" if args.command else "Vinduet"
        raise UserError(
            f"{what} gjelder bare den krypterte journalfilen på denne maskinen, ikke en "
            "journal på en server. Ta bort --database-url."
        )


def output_file(path: Path) -> Path:
    out = path.expanduser().resolve()
    if not out.parent.is_dir():
        raise UserError(f"Mappen {out.parent} finnes ikke. Velg en mappe som finnes.")
    return out


class unlocked:
    """Open the record with the passphrase from the environment or a prompt; close it after."""

    def __init__(self, paths: AppPaths, database_url: str | None = None):
        self.paths, self.database_url = paths, database_url

    def __enter__(self) -> Database:
        if self.database_url:
            self.db = open_server_record(self.database_url, self.paths)
            return self.db
        if not self.paths.database.exists():
            raise UserError(
                f"Fant ingen database i {self.paths.data_dir}. "
                "Start programmet én gang for å lage den, eller bruk --data-dir."
            )
        self.db = unlock_vault(self.paths, passphrase("Passord: "), check_wait=None)
        return self.db

    def __exit__(self, *exc: object) -> None:
        self.db.close()


def open_server_record(url: str, paths: AppPaths) -> Database:
    from ..services.server import open_server

    if not is_server_url(url):
        raise UserError(
            "--database-url må begynne med postgresql+psycopg:// (eller postgresql://). "
            "Uten den brukes den krypterte filen i datamappen."
        )
    paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        return open_server(url, paths.data_dir)
    except OperationalError as exc:
        raise UserError(server_unreachable(exc)) from None


def server_unreachable(exc: OperationalError) -> str:
    first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return (
        f"Fikk ikke kontakt med databaseserveren ({first}). Sjekk adressen, brukernavnet og "
        "passordet, og at serveren kjører."
    )


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

"""Headless commands for municipal IT, scripts, benchmarks and tests.

Each capability's commands live in their own module, which adds its subcommands and returns
their handlers; this module only assembles them and turns expected errors into exit codes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..domain.errors import UserError
from ..paths import resolve_paths
from ..services.reports.leftovers import remove_leftovers
from . import access, documents, guard, records, reports, trust
from .common import Handlers, common_parser, refuse_server_for_file_commands


def build_parser() -> tuple[argparse.ArgumentParser, Handlers]:
    common = common_parser()
    parser = argparse.ArgumentParser(
        prog="psykhelse-desktop",
        description="Psykhelse Desktop: kryptert arbeidsjournal for psykisk helse og rus.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"psykhelse-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="åpne vinduet på en demodatabase")
    commands = parser.add_subparsers(dest="command")
    handlers: Handlers = {}
    for module in (records, documents, reports, trust, access, guard):
        handlers.update(module.add_commands(commands, common))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    remove_leftovers(resolve_paths(args.data_dir).data_dir)  # what a killed run left lying about
    try:
        refuse_server_for_file_commands(args)
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
    from ..app import run_gui  # Qt is imported only when the window is wanted

    return run_gui(resolve_paths(args.data_dir), demo=args.demo)

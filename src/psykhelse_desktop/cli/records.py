"""Commands for the record itself: self-test, demo data, listing and importing service users."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from ..domain.errors import UserError
from ..domain.records import NurseProfile
from ..domain.validation import validate_profile
from ..domain.vocabulary import Maalform
from ..paths import resolve_paths
from ..services.demo.names import DEMO_PROFILE
from ..services.meetings import groups
from ..services.plans import plans
from ..services.records import service_users
from ..services.records.importer import import_users
from ..services.trust import access_log
from ..services.trust.selftest import run_self_test
from ..services.trust.vault import create_vault, update_profile
from .common import Handlers, Subparsers, new_passphrase, server_unreachable, unlocked

# Option -> what it sets; the option's name (with - for _) is the NurseProfile field.
PROFILE_OPTIONS = {
    "name": "navnet ditt", "title": "tittelen din", "municipality": "kommunen",
    "phone": "telefonnummeret ditt på dagtid", "email": "e-postadressen din",
    "service-address": "tjenestens postadresse, f.eks. «Postboks 5, 9711 Lakselv»",
    "switchboard": "kommunens sentralbord",
}  # fmt: skip
MAALFORM_CHOICES = {"bokmal": Maalform.BOKMAL, "nynorsk": Maalform.NYNORSK}


def add_commands(commands: Subparsers, common: argparse.ArgumentParser) -> Handlers:
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
    profile = commands.add_parser("set-profile", parents=[common], help="deg og tjenesten din")
    for option, text in PROFILE_OPTIONS.items():
        profile.add_argument(f"--{option}", help=text)
    profile.add_argument(
        "--maalform", choices=tuple(MAALFORM_CHOICES), help="kommunens målform i utskrifter"
    )
    server = commands.add_parser(
        "init-server", parents=[common], help="lag journalen i en tom database på en server"
    )
    for option, text in PROFILE_OPTIONS.items():
        server.add_argument(f"--{option}", default="", help=text)
    return {
        "init-server": _init_server,
        "set-profile": _set_profile,
        "self-test": _self_test,
        "demo": _demo,
        "users": _users,
        "import-users": _import_users,
    }


def _set_profile(args: argparse.Namespace) -> int:
    """Change only the fields given; an empty value clears a field."""
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        given = {
            option.replace("-", "_"): value.strip()
            for option in PROFILE_OPTIONS
            if (value := getattr(args, option.replace("-", "_"))) is not None
        }
        if args.maalform:
            given["maalform"] = MAALFORM_CHOICES[args.maalform]
        profile = dataclasses.replace(db.profile, **given)
        update_profile(db, profile)
    for field in dataclasses.fields(profile):
        value = getattr(profile, field.name)
        print(f"{field.name}\t{value.label if isinstance(value, Maalform) else value}")
    return 0


def _init_server(args: argparse.Namespace) -> int:
    """The schema, the profile and the start date in an empty PostgreSQL database."""
    from sqlalchemy.exc import OperationalError

    from ..services.server import create_on_server
    from ..storage.engine import is_server_url

    if not is_server_url(args.database_url):
        raise UserError(
            "Oppgi serveren med --database-url postgresql+psycopg://bruker@vert/database."
        )
    fields = [option.replace("-", "_") for option in PROFILE_OPTIONS]
    profile = NurseProfile(**{field: getattr(args, field).strip() for field in fields})
    problems = validate_profile(profile)
    if problems:
        raise UserError(" ".join(problems.values()))
    paths = resolve_paths(args.data_dir)
    paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        create_on_server(args.database_url, profile, paths.data_dir).close()
    except OperationalError as exc:
        raise UserError(server_unreachable(exc)) from None
    print("Journalen er laget på serveren.")
    return 0


def _self_test(args: argparse.Namespace) -> int:
    checks = run_self_test()
    for check in checks:
        print(f"{'OK ' if check.ok else 'FEIL'}  {check.name}: {check.detail}")
    ok = all(c.ok for c in checks) and len(checks) == 4
    print("Selvtesten gikk bra." if ok else "Selvtesten feilet.")
    return 0 if ok else 1


def _demo(args: argparse.Namespace) -> int:
    from ..services.demo.populate import populate_demo

    if args.users < 0:
        raise UserError("Antall tjenestemottakere kan ikke være negativt.")
    paths = resolve_paths(args.data_dir)
    db = create_vault(paths, new_passphrase(), DEMO_PROFILE, demo=True)
    try:
        summary = populate_demo(db, args.users)
    finally:
        db.close()
    print(f"Demodatabase laget i {paths.data_dir}: {summary}")
    return 0


def _users(args: argparse.Namespace) -> int:
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        ids = service_users.search_ids(db, args.search, include_closed=args.closed)
        if ids:
            access_log.note_listing(db, _listing_text(args), len(ids))
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


def _listing_text(args: argparse.Namespace) -> str:
    search = " ".join(args.search.split())[:80]
    which = "med avsluttede" if args.closed else "aktive"
    return f"Kommandoen users ({which}" + (f", søk «{search}»)" if search else ")")


def _import_users(args: argparse.Namespace) -> int:
    with unlocked(resolve_paths(args.data_dir), args.database_url) as db:
        report = import_users(db, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    for problem in report.problems:
        print(f"Rad {problem.row_number}: {problem.message}", file=sys.stderr)
    print(f"Tegnkoding: {report.encoding}.")
    print(
        f"{report.total_rows} rader lest, {report.valid_rows} gyldige, "
        f"{report.imported} importert."
        + ("" if report.written or not report.total_rows else " Ingenting ble skrevet.")
    )
    if report.problems and not args.skip_invalid:
        return 1
    return 0

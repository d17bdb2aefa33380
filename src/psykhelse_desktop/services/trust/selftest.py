"""The self-test municipal IT can run: a real encrypted database, written, read back, inspected."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import WrongPassphrase
from ...domain.national_id import with_check_digits
from ...domain.records import NurseProfile, ServiceUserForm
from ...paths import AppPaths
from ..records import service_users
from .vault import create_vault, unlock_vault

_PASSPHRASE = "selvtest passord som er langt nok"
_PROFILE = NurseProfile("Selvtest Sykepleier", "Psykiatrisk sykepleier", "Selvtest kommune")
_FIRST_NAME, _LAST_NAME = "Åsmund-Øystein", "Selvtestesen"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


def run_self_test() -> list[Check]:
    """Run every check in a temporary folder that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="psykhelse-selftest-") as folder:
        return _run_checks(AppPaths(Path(folder)))


def _run_checks(paths: AppPaths) -> list[Check]:
    national_id = _synthetic_id()
    checks = [_check("Oppretter kryptert database", lambda: _create(paths, national_id))]
    if not checks[0].ok:
        return checks
    checks.append(
        _check("Leser tilbake med riktig passord", lambda: _read_back(paths, national_id))
    )
    checks.append(_check("Feil passord blir avvist", lambda: _wrong_passphrase_refused(paths)))
    checks.append(_check("Ingen klartekst i filene", lambda: _no_plaintext(paths, national_id)))
    return checks


def _check(name: str, step: Callable[[], str]) -> Check:
    try:
        return Check(name, True, step())
    except Exception as exc:  # the report must name every failure, whatever it is
        return Check(name, False, f"{type(exc).__name__}: {exc}")


def _synthetic_id() -> str:
    for individual in range(100, 500):
        number = with_check_digits(f"1581{85:02d}{individual}")
        if number:
            return number
    raise RuntimeError("no synthetic number found")


def _create(paths: AppPaths, national_id: str) -> str:
    db = create_vault(paths, _PASSPHRASE, _PROFILE, demo=True)
    try:
        form = ServiceUserForm(_FIRST_NAME, _LAST_NAME, national_id=national_id)
        user_id = service_users.create(db, form)
    finally:
        db.close()
    return f"{paths.database} (id {user_id})"


def _read_back(paths: AppPaths, national_id: str) -> str:
    db = unlock_vault(paths, _PASSPHRASE)
    try:
        (user_id,) = service_users.search_ids(db, national_id)
        record = service_users.open_record(db, user_id)
    finally:
        db.close()
    if record.form.national_id != national_id or record.form.birth_date != dt.date(1985, 1, 15):
        raise AssertionError("det som ble lest tilbake, er ikke det som ble skrevet")
    return record.full_name


def _wrong_passphrase_refused(paths: AppPaths) -> str:
    try:
        unlock_vault(paths, "feil passord")
    except WrongPassphrase:
        return "avvist"
    raise AssertionError("databasen åpnet seg med feil passord")


def _no_plaintext(paths: AppPaths, national_id: str) -> str:
    needles = [s.encode("utf-8") for s in (_FIRST_NAME, _LAST_NAME, national_id, "CREATE TABLE")]
    files = [p for p in paths.data_dir.rglob("*") if p.is_file() and not p.name.endswith(".json")]
    for path in files:
        content = path.read_bytes()
        found = [n.decode() for n in needles if n in content]
        if found:
            raise AssertionError(f"fant klartekst {found} i {path.name}")
    return f"{len(files)} fil(er) undersøkt"

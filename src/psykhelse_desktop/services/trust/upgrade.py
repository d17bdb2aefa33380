"""A schema upgrade at unlock: all or nothing, and on failure the record as it was before.

The upgrade itself is one transaction (storage/migrate.py), so a failure or a kill rolls it
back. If the database is then not exactly as before (not at its old revision, or not whole),
the checked backup taken before the upgrade is put back in its place. Either way the nurse is
told in plain words.
"""

from __future__ import annotations

import logging

from ...domain.record_safety import UpgradeFailed
from ...paths import AppPaths
from ...storage.backup import copy_database_out, read_trailer
from ...storage.engine import check_database, connect_raw
from ...storage.facts import schema_revision
from ...storage.files import temporary_beside
from ...storage.keys import KdfParams
from ...storage.migrate import SCHEMA_HEAD, ensure_schema, pre_upgrade_backup_path, revision_of
from ...storage.swap import swap_in
from .backup_files import aside_name

log = logging.getLogger(__name__)


def upgrade_or_put_back(paths: AppPaths, key: bytes, params: KdfParams) -> None:
    before = revision_of(paths.database, key)
    try:
        ensure_schema(paths.database, key, params, paths.backups)
    except Exception as exc:
        log.exception("Oppgraderingen fra %s feilet", before)
        put_back = _put_back_if_changed(paths, key, before)
        raise UpgradeFailed(_message(paths, before, exc, put_back)) from None


def _put_back_if_changed(paths: AppPaths, key: bytes, before: str | None) -> bool:
    """True when the pre-upgrade backup had to be put back."""
    if before is None or _is_as_before(paths, key, before):
        return False
    backup = pre_upgrade_backup_path(paths.backups, before)
    trailer = read_trailer(backup)
    with temporary_beside(paths.database, ".tmp") as tmp:
        copy_database_out(backup, trailer, tmp)
        name = aside_name("mislykket-oppgradering")
        swap_in(paths.record_files(), tmp, trailer.params, paths.set_aside, name)
    return True


def _is_as_before(paths: AppPaths, key: bytes, before: str) -> bool:
    try:
        conn = connect_raw(paths.database, key)
    except Exception:
        return False
    try:
        return schema_revision(conn) == before and not check_database(conn)
    except Exception:
        return False
    finally:
        conn.close()


def _message(paths: AppPaths, before: str | None, exc: Exception, put_back: bool) -> str:
    reason = exc.message if isinstance(exc, UpgradeFailed) else type(exc).__name__
    how = (
        "Sikkerhetskopien fra før oppgraderingen er lagt tilbake"
        if put_back
        else "Journalen er som den var før oppgraderingen"
    )
    return (
        f"Journalen kunne ikke oppgraderes fra versjon {before} til {SCHEMA_HEAD} ({reason}). "
        f"{how}; ingenting er tapt. Bruk den forrige versjonen av programmet til feilen er "
        f"rettet, og gi loggen i {paths.logs} til den som installerte programmet."
    )

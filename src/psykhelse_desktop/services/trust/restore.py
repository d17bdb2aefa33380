"""Reading, checking and restoring backups; the record replaced is moved aside, never deleted.

A restore needs nothing but the backup file and the passphrase: into an empty folder on a new
laptop it is the whole way back ("the laptop broke"). A record set aside by an earlier restore
can be brought back the same way, by restoring from its folder.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ...domain.errors import WrongPassphrase
from ...domain.record_safety import BackupSummary, BackupUnreadable
from ...paths import AppPaths
from ...storage.backup import (
    BackupTrailer,
    copy_database_out,
    read_trailer,
    verify_backup,
    write_backup,
)
from ...storage.engine import check_database, connect_file_read_only, connect_raw
from ...storage.facts import record_facts
from ...storage.files import make_private_dir, temporary_beside
from ...storage.keys import KdfParams, derive_key
from ...storage.migrate import SCHEMA_HEAD
from ...storage.swap import swap_in
from ..clock import to_oslo
from .backup_files import aside_name, summary_of
from .folder import prepare_folder
from .key_sources import key_sources


@dataclass(frozen=True)
class BackupContents:
    """A backup opened with the passphrase: what it holds, and the key that opens it."""

    path: Path
    summary: BackupSummary
    trailer: BackupTrailer
    key: bytes


@dataclass(frozen=True)
class CheckedBackup:
    contents: BackupContents
    problems: list[str]

    @property
    def whole(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreResult:
    summary: BackupSummary
    set_aside: Path | None  # where the replaced record went (None: the folder was empty)


def open_backup_file(path: Path, passphrase: str) -> BackupContents:
    """Read what a backup holds; WrongPassphrase or BackupUnreadable say what is wrong."""
    trailer = read_trailer(path)
    key = derive_key(passphrase, trailer.params)
    if trailer.params.accepts(key) is False:
        raise WrongPassphrase()
    return BackupContents(path, summary_of(path, key, trailer), trailer, key)


def describe_source(path: Path, passphrase: str) -> BackupSummary:
    """What a backup file, or the folder of a record set aside, holds (read-only)."""
    if not path.is_dir():
        return open_backup_file(path, passphrase).summary
    old = AppPaths(path)
    if not old.database.is_file():
        raise BackupUnreadable(f"Mappen {path} har ingen journal ({old.database.name} mangler).")
    key, _params = _key_of_folder(old, passphrase)
    conn = connect_raw(old.database, key, read_only=True)
    try:
        facts = record_facts(conn)
    finally:
        conn.close()
    newest = to_oslo(facts.newest_change) if facts.newest_change else None
    return BackupSummary(path.name, None, facts.service_users, facts.journal_entries,
                         facts.plans, newest, facts.schema_revision)  # fmt: skip


def check_backup_file(path: Path, passphrase: str) -> CheckedBackup:
    """Everything `verify-backup` says: what it holds and whether every page is whole."""
    contents = open_backup_file(path, passphrase)
    return CheckedBackup(contents, verify_backup(path, contents.key))


def restore(paths: AppPaths, source: Path, passphrase: str) -> RestoreResult:
    """Put a backup (or a record set aside earlier, given by its folder) in the record's place.

    The backup is checked whole first; the current record, if any, is moved aside.
    """
    if source.is_dir():
        return _restore_set_aside(paths, source, passphrase)
    checked = check_backup_file(source, passphrase)
    contents = checked.contents
    if not checked.whole:
        raise BackupUnreadable(
            f"Sikkerhetskopien {source.name} er skadet ({'; '.join(checked.problems)[:200]}). "
            "Ingenting ble endret. Prøv en annen sikkerhetskopi."
        )
    _refuse_newer(contents.summary)
    make_private_dir(paths.data_dir)
    prepare_folder(paths)
    with temporary_beside(paths.database, ".tmp") as tmp:
        copy_database_out(source, contents.trailer, tmp)
        _check_copy(tmp, contents.key)
        aside = swap_in(paths.record_files(), tmp, contents.trailer.params, paths.set_aside,
                        aside_name("erstattet-ved-gjenoppretting"))  # fmt: skip
    return RestoreResult(contents.summary, aside)


def _restore_set_aside(paths: AppPaths, folder: Path, passphrase: str) -> RestoreResult:
    """A record folder (set aside by a restore) comes back through a checked backup of it."""
    describe_source(folder, passphrase)  # a folder with a record that this passphrase opens
    old = AppPaths(folder)
    key, params = _key_of_folder(old, passphrase)
    make_private_dir(paths.data_dir)
    with temporary_beside(paths.database, ".psykhelse") as copy:
        copy.unlink()
        write_backup(old.database, key, params, copy)
        result = restore(paths, copy, passphrase)
    return replace(result, summary=replace(result.summary, file_name=folder.name))


def _key_of_folder(old: AppPaths, passphrase: str) -> tuple[bytes, KdfParams]:
    for source in key_sources(old):
        if source.params is None:
            continue
        key = derive_key(passphrase, source.params)
        if source.params.accepts(key) is not False:
            return key, source.params.checked_by(key)
    raise WrongPassphrase()


def _check_copy(tmp: Path, key: bytes) -> None:
    conn = connect_file_read_only(tmp, key)
    try:
        problems = check_database(conn)
    finally:
        conn.close()
    if problems:
        raise BackupUnreadable(
            "Kopien av sikkerhetskopien ble skadet da den ble skrevet til datamappen. Ingenting "
            "ble endret. Sjekk at det er plass på disken, og prøv igjen."
        )


def _refuse_newer(summary: BackupSummary) -> None:
    revision = summary.schema_revision
    if revision.isdigit() and SCHEMA_HEAD.isdigit() and int(revision) > int(SCHEMA_HEAD):
        raise BackupUnreadable(
            f"Sikkerhetskopien {summary.file_name} er laget av en nyere versjon av programmet. "
            "Oppdater Psykhelse Desktop og prøv igjen. Ingenting ble endret."
        )

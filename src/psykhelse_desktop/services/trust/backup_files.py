"""Backup files on disk: their names, what each holds, and the rotation of the automatic ones."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ...domain.errors import WrongPassphrase
from ...domain.record_safety import (
    BackupSummary,
    BackupUnreadable,
    backups_to_keep,
    moment_text,
)
from ...paths import AppPaths
from ...storage.backup import BACKUP_SUFFIX, BackupTrailer, opened_backup, read_trailer
from ...storage.facts import record_facts
from ..clock import oslo_now, to_oslo
from .key_sources import newest_first

log = logging.getLogger(__name__)

AUTO_PREFIX = "auto-"
MANUAL_PREFIX = "psykhelse-sikkerhetskopi-"
STAMP = "%Y-%m-%d-%H%M%S"
_AUTO_NAME = re.compile(rf"^{AUTO_PREFIX}(\d{{4}}-\d\d-\d\d-\d{{6}})")


def backup_name(prefix: str, at: dt.datetime | None = None) -> str:
    """A name with the Norwegian time it was taken: auto-2026-11-23-140205.psykhelse."""
    return f"{prefix}{(at or oslo_now()):{STAMP}}{BACKUP_SUFFIX}"


def aside_name(why: str) -> str:
    """The folder a replaced record is moved to: the Norwegian time, then why."""
    return f"{oslo_now():{STAMP}}-{why}"


def unique_path(folder: Path, prefix: str) -> Path:
    first = folder / backup_name(prefix)
    path, number = first, 2
    while path.exists():
        path = folder / f"{first.stem}-{number}{BACKUP_SUFFIX}"
        number += 1
    return path


def summary_of(path: Path, key: bytes, trailer: BackupTrailer | None = None) -> BackupSummary:
    """What a backup holds (opened read-only); WrongPassphrase if the key does not open it."""
    trailer = trailer or read_trailer(path)
    with opened_backup(path, key) as conn:
        try:
            facts = record_facts(conn)
        except sqlcipher.DatabaseError as exc:
            raise BackupUnreadable(f"Sikkerhetskopien {path.name} er skadet ({exc}).") from None
    newest = facts.newest_change
    return BackupSummary(
        file_name=path.name,
        taken_at=to_oslo(trailer.taken_at),
        service_users=facts.service_users,
        journal_entries=facts.journal_entries,
        plans=facts.plans,
        newest_change=to_oslo(newest) if newest else None,
        schema_revision=facts.schema_revision,
    )


def newest_readable_backup(paths: AppPaths, key: bytes) -> BackupSummary | None:
    """The newest backup in the data folder that this key opens, described; None if none does."""
    for path in newest_first(paths.backups):
        try:
            return summary_of(path, key)
        except (BackupUnreadable, WrongPassphrase):
            continue
    return None


def automatic_backups(folder: Path) -> dict[Path, dt.datetime]:
    """The automatic backups in a folder, with the time in their name."""
    found = {}
    if folder.is_dir():
        for path in folder.glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}"):
            match = _AUTO_NAME.match(path.name)
            if match:
                found[path] = dt.datetime.strptime(match.group(1), STAMP)
    return found


def rotate(folder: Path) -> list[Path]:
    """Remove automatic backups the rotation no longer keeps (7 daily, 4 weekly, 12 monthly)."""
    found = automatic_backups(folder)
    keep = backups_to_keep(found.values())
    removed = []
    for path, stamp in found.items():
        if stamp not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed:
        log.info("Rotasjonen fjernet %d eldre automatiske sikkerhetskopier", len(removed))
    return removed


def restore_sources(paths: AppPaths) -> list[Path]:
    """What a restore can start from in the data folder: backups, then records set aside."""
    aside = paths.set_aside
    folders = (
        sorted((p for p in aside.iterdir() if p.is_dir()), reverse=True) if aside.is_dir() else []
    )
    return newest_first(paths.backups) + folders


def source_label(path: Path) -> str:
    """A restore source as the nurse reads it: what it is and when it is from."""
    stamp = _stamp_in(path.name)
    when = f" {moment_text(stamp)}" if stamp else ""
    if path.is_dir():
        return f"Journal som ble flyttet til side{when}"
    if path.name.startswith(AUTO_PREFIX):
        return f"Automatisk sikkerhetskopi{when}"
    if match := re.match(r"for-oppgradering-fra-(\w+)", path.name):
        return f"Sikkerhetskopi fra før oppgraderingen fra versjon {match.group(1)}"
    if stamp and path.name.startswith(MANUAL_PREFIX):
        return f"Sikkerhetskopi{when} i {path.parent}"
    return f"{path.name} i {path.parent}"


def _stamp_in(name: str) -> dt.datetime | None:
    match = re.search(r"(\d{4}-\d\d-\d\d-\d{6})", name)
    return dt.datetime.strptime(match.group(1), STAMP) if match else None


def has_automatic_backup_on(folder: Path, day: dt.date) -> bool:
    return any(stamp.date() == day for stamp in automatic_backups(folder).values())

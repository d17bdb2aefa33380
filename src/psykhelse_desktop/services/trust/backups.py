"""Taking backups: the nurse's own (to a USB stick, say) and the automatic ones in the data folder.

Each is one self-contained file, checked before it gets its name (storage/backup.py). The folder
she chose is remembered, and so is when she last took a backup outside the data folder: "I dag"
reminds her when that is too long ago.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select

from ...domain.errors import WrongPassphrase
from ...domain.record_safety import BackupFailed, BackupSummary, BackupUnreadable
from ...storage.backup import read_trailer, write_backup
from ...storage.engine import check_database, connect_raw, storage_kind
from ...storage.facts import READ_ACTIONS
from ...storage.files import make_private_dir
from ...storage.models import AuditEvent, Setting, utc_now
from ..clock import oslo_now
from .backup_files import (
    AUTO_PREFIX,
    MANUAL_PREFIX,
    automatic_backups,
    has_automatic_backup_on,
    rotate,
    summary_of,
    unique_path,
)
from .folder import remove_old_temporaries
from .integrity import READ_ONLY_MESSAGE
from .record import OpenRecord

log = logging.getLogger(__name__)

# Rows in the record's setting table (UTC times in ISO form).
FOLDER_KEY = "backup_folder"
LAST_EXTERNAL_KEY = "last_external_backup_at"
CREATED_AT_KEY = "record_created_at"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    summary: BackupSummary


def take_backup(record: OpenRecord, folder: Path) -> BackupResult:
    """A checked backup in the folder she chose; the folder is remembered for next time."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise BackupFailed(
            f"Mappen {folder} finnes ikke. Sett inn minnepinnen, eller velg en annen mappe."
        )
    remove_old_temporaries(folder)
    target = unique_path(folder, MANUAL_PREFIX)
    _write(record, target)
    _remember(record, folder, outside=not _is_inside(folder, record.paths.data_dir))
    return BackupResult(target, summary_of(target, record.key))


def automatic_backup(record: OpenRecord) -> Path:
    """A checked backup in the data folder, then the rotation (7 daily, 4 weekly, 12 monthly)."""
    folder = record.paths.backups
    make_private_dir(folder)
    target = unique_path(folder, AUTO_PREFIX)
    _write(record, target)
    rotate(folder)
    log.info("Automatisk sikkerhetskopi tatt: %s", target.name)
    return target


def daily_backup_due(record: OpenRecord) -> bool:
    """True when no automatic backup was taken today (Norwegian date)."""
    return not has_automatic_backup_on(record.paths.backups, oslo_now().date())


def changed_since_last_automatic(record: OpenRecord) -> bool:
    """True when something was saved after the newest automatic backup (or there is none)."""
    found = automatic_backups(record.paths.backups)
    if not found:
        return True
    newest_backup = max(found, key=lambda path: (found[path], path.stat().st_mtime_ns))
    try:
        taken_at = read_trailer(newest_backup).taken_at
    except BackupUnreadable:
        return True
    with record.transaction() as session:
        newest = session.execute(
            select(func.max(AuditEvent.at)).where(AuditEvent.action.not_in(READ_ACTIONS))
        ).scalar()
    return newest is not None and newest >= taken_at


def remembered_folder(record: OpenRecord) -> Path | None:
    value = _setting(record, FOLDER_KEY)
    return Path(value) if value else None


def last_external_backup(record: OpenRecord) -> dt.datetime | None:
    """When she last took a backup outside the data folder (UTC), if ever."""
    value = _setting(record, LAST_EXTERNAL_KEY)
    return dt.datetime.fromisoformat(value) if value else None


def _write(record: OpenRecord, target: Path) -> None:
    record.gate.wait()
    if record.read_only:
        raise BackupFailed(READ_ONLY_MESSAGE)
    assert record.params is not None
    try:
        write_backup(record.db_path, record.key, record.params, target)
    except BackupFailed:
        _fail_if_record_damaged(record)
        raise BackupFailed(
            f"Kopien i {target.parent} besto ikke kontrollen og er ikke lagret. Journalen er "
            "hel, så feilen er trolig på disken eller minnepinnen: prøv en annen."
        ) from None
    except OSError as exc:
        raise BackupFailed(_disk_message(target.parent, exc.errno)) from None
    except (sqlcipher.DatabaseError, WrongPassphrase) as exc:
        # The copy may have failed on the record's own damage; the record is open with this
        # very key, so a refused key here is a damaged page read at opening.
        _fail_if_record_damaged(record)
        raise BackupFailed(_disk_message(target.parent, None, str(exc))) from None


def _fail_if_record_damaged(record: OpenRecord) -> None:
    """A copy that fails its check: is it the record itself? Then it is read-only from now on."""
    try:
        conn = connect_raw(record.db_path, record.key, read_only=True)
    except WrongPassphrase:
        problems = ["en side som leses når journalen åpnes, er skadet"]
    else:
        try:
            problems = check_database(conn, "integrity_check")
        finally:
            conn.close()
    if problems:
        record.gate.settle(problems)
        raise BackupFailed(
            "Kontrollen før sikkerhetskopien fant feil i journalen: den er skadet. Den er nå "
            "bare åpnet for lesing. Gjenopprett fra en sikkerhetskopi "
            "(Fil → Gjenopprett fra sikkerhetskopi…)."
        )


def _disk_message(folder: Path, code: int | None, text: str = "") -> str:
    kind = "full" if code in (errno.ENOSPC, errno.EFBIG) else storage_kind(text)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        kind = "read_only"
    if kind == "full":
        return (
            f"Det er ikke plass til sikkerhetskopien i {folder}. Ingen halv fil er lagt igjen. "
            "Frigjør plass, eller bruk en større minnepinne, og prøv igjen."
        )
    if kind == "read_only":
        return f"Mappen {folder} kan ikke skrives til. Velg en annen mappe og prøv igjen."
    reason = text or errno.errorcode.get(code or 0, "ukjent feil")
    return (
        f"Sikkerhetskopien kunne ikke skrives til {folder} ({reason}). Ingen halv fil er lagt "
        "igjen. Prøv igjen, eller prøv en annen minnepinne."
    )


def _remember(record: OpenRecord, folder: Path, *, outside: bool) -> None:
    with record.transaction() as session:
        session.merge(Setting(key=FOLDER_KEY, value=str(folder.resolve())))
        if outside:
            session.merge(Setting(key=LAST_EXTERNAL_KEY, value=utc_now().isoformat()))


def _setting(record: OpenRecord, key: str) -> str:
    with record.transaction() as session:
        return session.execute(select(Setting.value).where(Setting.key == key)).scalar() or ""


def _is_inside(folder: Path, data_dir: Path) -> bool:
    return folder.resolve().is_relative_to(data_dir.resolve())

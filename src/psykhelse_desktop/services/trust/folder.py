"""The data folder at start: made private, half-done work finished or undone, and what a first
start must never write over.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

from ...domain.record_safety import RecordFilesFound
from ...paths import AppPaths
from ...storage.files import TEMP_PREFIX, process_alive, sync_dir, tighten, writer_of
from ...storage.swap import MARKER_NAME, recover_interrupted_swap
from .window_lock import another_process_holds

log = logging.getLogger(__name__)

CREATED_MARK = "ferdig"
LEFTOVER_AGE_SECONDS = 3600  # a backup still being written elsewhere is left alone


def prepare_folder(paths: AppPaths) -> None:
    """Private permissions; a killed restore undone; a killed first creation finished or cleared.

    Only the permissions when another process (the window, a restore) holds the record: what
    looks half-done may be its work in progress.
    """
    tighten(paths.data_dir)
    if another_process_holds(paths):
        return
    if recover_interrupted_swap(paths.record_files()):
        log.warning("En avbrutt gjenoppretting er rullet tilbake; journalen er som før")
    finish_or_clear_creation(paths)
    for folder in (paths.data_dir, paths.backups):
        remove_old_temporaries(folder)


def finish_or_clear_creation(paths: AppPaths) -> None:
    """A record made in `.oppretter` is moved into place if it was complete, else removed.

    It holds nothing but what was typed at the first start, so removing it loses nothing.
    """
    staging = paths.creating
    if not staging.is_dir():
        return
    if (staging / CREATED_MARK).exists() and not paths.database.exists():
        move_created_record(paths)
        log.warning("En avbrutt oppretting av journalen er fullført")
        return
    shutil.rmtree(staging, ignore_errors=True)
    log.warning("En avbrutt oppretting av journalen er ryddet bort")


def move_created_record(paths: AppPaths) -> None:
    """The complete new record from `.oppretter` into place: key files first, database last."""
    staged = AppPaths(paths.creating)
    for source, target in ((staged.key_copy, paths.key_copy), (staged.key_file, paths.key_file),
                           (staged.database, paths.database)):  # fmt: skip
        if source.exists():
            os.replace(source, target)
    sync_dir(paths.data_dir)
    shutil.rmtree(staged.data_dir, ignore_errors=True)


def remove_old_temporaries(folder: Path) -> None:
    """Half-written files of a killed backup or restore (hidden, named `.skrives-PID-…`):
    those of a process that is gone, and any older than an hour (a writer on another machine)."""
    if not folder.is_dir():
        return
    cutoff = time.time() - LEFTOVER_AGE_SECONDS
    for path in folder.glob(TEMP_PREFIX + "*"):
        writer = writer_of(path)
        try:
            if (writer is not None and not process_alive(writer)) or path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            continue


def found_record_files(paths: AppPaths) -> list[str]:
    """What in the data folder belongs to a record: a first start must not write over it."""
    found = [f"{p.name} ({p.stat().st_size} byte)" for p in paths.record_files() if p.exists()]
    if (paths.data_dir / MARKER_NAME).exists():
        found.append(f"{MARKER_NAME} (en avbrutt gjenoppretting)")
    for folder, what in ((paths.backups, "sikkerhetskopier"), (paths.set_aside, "journaler")):
        if folder.is_dir() and any(folder.iterdir()):
            found.append(f"mappen {folder.name} med {len(list(folder.iterdir()))} {what}")
    return found


def refuse_if_record_present(paths: AppPaths) -> None:
    found = found_record_files(paths)
    if found:
        raise RecordFilesFound(record_files_message(paths, found), found)


def record_files_message(paths: AppPaths, found: list[str]) -> str:
    if paths.database.exists():
        return f"Det finnes allerede en database i {paths.data_dir}. Ingenting ble endret."
    return (
        f"Det finnes allerede filer fra en journal i datamappen {paths.data_dir}, men ikke "
        "selve databasefilen psykhelse.db. Fant: "
        + ", ".join(found)
        + ". Programmet lager ikke en ny journal her, for da kunne den gamle gå tapt. "
        "Hvis databasefilen psykhelse.db er flyttet, eller ligger på en minnepinne eller "
        "nettverksdisk som ikke er koblet til, legg den tilbake og start på nytt. Har du en "
        "sikkerhetskopi, kan du gjenopprette fra den."
    )

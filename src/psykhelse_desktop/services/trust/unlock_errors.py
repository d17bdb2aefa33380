"""The plain messages of unlocking: a missing or empty file, a damaged one (with the newest
backup offered), a full disk, a read-only folder.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from ...domain.errors import StorageUnavailable
from ...domain.record_safety import BackupSummary, RecordDamaged, moment_text, summary_text
from ...paths import AppPaths
from ...storage.engine import StorageRefused, connect_raw
from ...storage.facts import record_facts
from ...storage.files import make_private_dir
from ..clock import to_oslo
from ..database import READ_ONLY_MESSAGE
from .backup_files import newest_readable_backup

LOW_SPACE_BYTES = 4 * 1024 * 1024

log = logging.getLogger(__name__)


def refuse_missing_or_empty(paths: AppPaths) -> None:
    """A missing or 0-byte database is never quietly made into a new record."""
    if not paths.database.exists():
        raise StorageUnavailable(
            f"Fant ingen database i {paths.data_dir}. Ingenting ble endret. Er filen flyttet, "
            "eller ligger den på en disk som ikke er koblet til? Legg den tilbake, eller "
            "gjenopprett fra en sikkerhetskopi."
        )
    if paths.database.stat().st_size == 0:
        raise RecordDamaged(
            f"Databasefilen {paths.database.name} er tom (0 byte), så journalen kan ikke åpnes. "
            "Ingenting ble endret, og programmet lager ikke en ny journal i stedet. "
            "Gjenopprett fra en sikkerhetskopi."
        )


def damaged(paths: AppPaths, key: bytes, problems: list[str] | str) -> RecordDamaged:
    """The passphrase is right but the file is damaged: say so, and offer the newest backup.

    What the check found is logged (page numbers, no content); the nurse reads one phrase.
    """
    if isinstance(problems, str):
        detail = problems
    else:
        log.error("Databasen er skadet: %s", "; ".join(problems)[:2000])
        detail = "kontrollen fant feil i filen"
    offer = newest_readable_backup(paths, key)
    text = (
        f"Passordet er riktig, men databasefilen er skadet ({detail}). Journalen blir ikke "
        "skrevet til slik den er.\n\n"
    )
    if offer is None:
        text += "Det finnes ingen sikkerhetskopi i datamappen; har du en på en minnepinne, "
        text += "kan du gjenopprette fra den."
    else:
        text += f"Nyeste sikkerhetskopi i datamappen: {summary_text(offer)} "
        text += what_would_be_lost(paths, key, offer)
    return RecordDamaged(text, offer)


def what_would_be_lost(paths: AppPaths, key: bytes, offer: BackupSummary) -> str:
    since = moment_text(offer.newest_change) if offer.newest_change else "kopien ble tatt"
    text = f"Det som er lagret etter {since}, er ikke med i kopien."
    newest = _newest_change_in_damaged(paths.database, key)
    if newest is not None and offer.newest_change is not None and newest > offer.newest_change:
        text += f" Den skadede journalen har endringer fram til {moment_text(newest)}."
    return text


def _newest_change_in_damaged(db_path: Path, key: bytes):  # noqa: ANN202
    try:
        conn = connect_raw(db_path, key, read_only=True)
    except Exception:  # the damaged file may not open at all: then we cannot say
        return None
    try:
        newest = record_facts(conn).newest_change
    except Exception:
        return None
    finally:
        conn.close()
    return to_oslo(newest) if newest else None


def storage_message(paths: AppPaths, refused: StorageRefused) -> str:
    kind = refused.kind
    if kind in ("full", "io") and _free_bytes(paths.data_dir) < LOW_SPACE_BYTES:
        kind = "full"
    folder = paths.data_dir
    return {
        "full": "Disken er full, så journalen kan ikke åpnes. Journalen er uskadd. Frigjør "
        "plass (tøm papirkurven, eller flytt store filer du ikke trenger) og prøv igjen.",
        "read_only": f"Datamappen {folder} kan ikke skrives til, så journalen kan ikke åpnes. "
        "Journalen er uskadd. Sjekk at disken ikke er skrivebeskyttet, at mappen finnes og at "
        "du har skrivetilgang, og prøv igjen.",
        "locked": "Journalen er i bruk av et annet program (kanskje Psykhelse Desktop er åpnet "
        "to ganger). Lukk det andre vinduet og prøv igjen.",
    }.get(
        kind,
        f"Disken svarte med en feil da journalen skulle åpnes ({refused}). Journalen er ikke "
        "endret. Prøv igjen; skjer det igjen, kan disken være i ferd med å svikte: ta en "
        "sikkerhetskopi så snart den kan åpnes.",
    )


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def make_writable_dir(folder: Path) -> None:
    """The data folder, private, and proven writable before anything is made in it."""
    try:
        make_private_dir(folder)
        probe = folder / ".skrivetest"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StorageUnavailable(READ_ONLY_MESSAGE + f" (Mappe: {folder})") from exc

"""Create and unlock the encrypted record on disk: key, schema, profile, demo flag."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from ...domain.errors import StorageUnavailable, UserError
from ...domain.records import NurseProfile
from ...paths import AppPaths
from ...storage.engine import connect_raw, create_encrypted_engine
from ...storage.keys import KdfParams, derive_key, read_sidecar, sidecar_path, write_sidecar
from ...storage.migrate import ensure_schema
from ...storage.models import Setting
from ..database import READ_ONLY_MESSAGE, Database

_PROFILE_KEYS = ("nurse_name", "nurse_title", "municipality")


def create_vault(
    paths: AppPaths,
    passphrase: str,
    profile: NurseProfile,
    *,
    demo: bool = False,
    kdf: dict[str, int] | None = None,
) -> Database:
    """Create a new encrypted database; refuses to overwrite an existing one."""
    if paths.database.exists():
        raise UserError(
            f"Det finnes allerede en database i {paths.data_dir}. Ingenting ble endret."
        )
    _make_writable_dir(paths.data_dir)
    params = KdfParams.new(**(kdf or {}))
    key = derive_key(passphrase, params)
    try:
        write_sidecar(paths.database, params)
        database = _open(paths, key)
        _write_profile(database, profile, demo)
    except Exception:
        _remove_new_files(paths.database)
        raise
    return database


def unlock_vault(paths: AppPaths, passphrase: str) -> Database:
    """Open an existing database; a wrong passphrase raises WrongPassphrase and changes nothing."""
    if not sidecar_path(paths.database).exists():
        raise UserError(
            f"Nøkkelfilen {sidecar_path(paths.database).name} mangler ved siden av databasen. "
            "Legg den tilbake fra sikkerhetskopien; uten den kan databasen ikke åpnes."
        )
    key = derive_key(passphrase, read_sidecar(paths.database))
    connect_raw(paths.database, key).close()  # raises WrongPassphrase before anything is written
    return _open(paths, key)


def _open(paths: AppPaths, key: bytes) -> Database:
    engine = create_encrypted_engine(paths.database, key)
    ensure_schema(engine, paths.database, key, paths.backups)
    database = Database(engine, paths.database, NurseProfile("", "", ""), is_demo=False)
    database.profile, database.is_demo = _read_profile(database)
    return database


def _read_profile(database: Database) -> tuple[NurseProfile, bool]:
    with database.transaction() as session:
        values = dict(session.execute(select(Setting.key, Setting.value)).all())
    profile = NurseProfile(*(values.get(k, "") for k in _PROFILE_KEYS))
    return profile, values.get("demo") == "1"


def _write_profile(database: Database, profile: NurseProfile, demo: bool) -> None:
    values = dict(
        zip(_PROFILE_KEYS, (profile.name, profile.title, profile.municipality), strict=True)
    )
    values["demo"] = "1" if demo else "0"
    with database.transaction() as session:
        for key, value in values.items():
            session.merge(Setting(key=key, value=value))
    database.profile, database.is_demo = profile, demo


def update_profile(database: Database, profile: NurseProfile) -> None:
    _write_profile(database, profile, database.is_demo)


def _make_writable_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".skrivetest"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StorageUnavailable(READ_ONLY_MESSAGE + f" (Mappe: {folder})") from exc


def _remove_new_files(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".key.json"):
        candidate = Path(str(db_path) + suffix)
        if candidate.exists():
            os.remove(candidate)

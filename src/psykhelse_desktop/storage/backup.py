"""Encrypted copies of the database through SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .engine import connect_raw
from .keys import read_sidecar, write_sidecar


def backup_database(db_path: Path, key: bytes, target: Path) -> Path:
    """Copy the live database to `target`, encrypted with the same key, with its sidecar."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = connect_raw(db_path, key)
    dest = connect_raw(target, key)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    write_sidecar(target, read_sidecar(db_path))
    return target


def timestamped_backup_path(backup_dir: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_dir / f"psykhelse-{stamp}-{label}.db"

"""The folder she last saved a file of each kind in (PDF, CSV, calendar), kept in the record."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ..storage.models import Setting
from .database import Database

KINDS = ("pdf", "csv", "ics")


def _key(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of file: {kind}")
    return f"last_folder_{kind}"


def last_folder(db: Database, kind: str) -> Path | None:
    """The folder, while it still exists; None the first time or when it is gone."""
    with db.transaction() as session:
        value = session.execute(select(Setting.value).where(Setting.key == _key(kind))).scalar()
    return Path(value) if value and Path(value).is_dir() else None


def remember_folder(db: Database, kind: str, folder: Path) -> None:
    """Noted for next time; a record opened only for reading is not written to."""
    if getattr(db, "read_only", False):
        return
    with db.transaction() as session:
        session.merge(Setting(key=_key(kind), value=str(Path(folder).resolve())))

"""An open, unlocked record: the engine, the nurse's profile, and one transaction per call."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import NotFound, StorageUnavailable
from ..domain.records import NurseProfile
from ..storage.models import AuditEvent, utc_now
from ..storage.queries import insert_rows

T = TypeVar("T")

LOCKED_MESSAGE = (
    "Databasen er låst av et annet program (kanskje Psykhelse Desktop er åpnet to ganger). "
    "Ingenting ble lagret. Lukk det andre vinduet og prøv igjen."
)
DISK_FULL_MESSAGE = (
    "Disken er full. Ingenting ble lagret, og databasen er uskadd. Frigjør plass og prøv igjen."
)
IO_ERROR_MESSAGE = (
    "Disken svarte med en feil (den kan være full eller i ferd med å svikte). Ingenting ble "
    "lagret, og databasen er uskadd. Frigjør plass og prøv igjen; skjer det igjen, ta en "
    "sikkerhetskopi på en minnepinne."
)
READ_ONLY_MESSAGE = (
    "Datamappen kan ikke skrives til. Ingenting ble lagret, og databasen er uskadd. "
    "Sjekk at mappen finnes og at du har skrivetilgang, og prøv igjen."
)


@dataclass
class Database:
    engine: Engine
    db_path: Path
    profile: NurseProfile
    is_demo: bool

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole with a plain message."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            message = _storage_message(str(exc.orig))
            if message is None:
                raise
            raise StorageUnavailable(message) from exc

    def audit(self, session: Session, action: str, user_id: int | None, details: str = "") -> None:
        session.add(
            AuditEvent(
                operator=self.profile.name,
                service_user_id=user_id,
                action=action,
                details=details,
            )
        )

    def audit_many(
        self, session: Session, action: str, user_ids: Iterable[int], details: str = ""
    ) -> None:
        """One event per person, in one statement: a search or a list can name many people."""
        at = utc_now()
        values = [
            {"at": at, "operator": self.profile.name, "service_user_id": user_id,
             "action": action, "details": details}
            for user_id in user_ids
        ]  # fmt: skip
        # The driver's executemany: the ORM's bulk insert sent one statement per row here.
        insert_rows(session.connection(), AuditEvent.__table__, values)

    def close(self) -> None:
        self.engine.dispose()


def _storage_message(text: str) -> str | None:
    text = text.lower()
    if "locked" in text or "busy" in text:
        return LOCKED_MESSAGE
    if "full" in text:
        return DISK_FULL_MESSAGE
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return READ_ONLY_MESSAGE
    if "disk i/o" in text:
        return IO_ERROR_MESSAGE
    return None


def get_row(session: Session, model: type[T], row_id: int | None, what: str = "posten") -> T:
    """The row, or NotFound naming `what` (it may have changed in another window)."""
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound(f"Fant ikke {what} (id {row_id}). Oppdater visningen og prøv igjen.")
    return row

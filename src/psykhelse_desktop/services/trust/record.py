"""An unlocked record: the Database every service uses, plus what keeping it safe needs.

It knows its folder, its key (for backups, which are encrypted with the same key) and the
state of the integrity check. While the check runs, reading works and the reading's audit rows
are held back and written the moment the check passes; a write waits for the check. A record
whose check failed is read-only: nothing, not even an audit row, is written to a damaged file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, insert
from sqlalchemy.orm import Session, sessionmaker

from ...domain.errors import StorageUnavailable
from ...paths import AppPaths
from ...storage.keys import KdfParams
from ...storage.models import AuditEvent, utc_now
from ..database import Database
from .integrity import CheckState, IntegrityGate, guard_writes

log = logging.getLogger(__name__)


LOCKED_MESSAGE = "Journalen er låst. Lås den opp med passordet og prøv igjen."


def _refuse_while_locked():  # noqa: ANN202
    raise StorageUnavailable(LOCKED_MESSAGE)


def _passed() -> IntegrityGate:
    return IntegrityGate(CheckState.PASSED)


@dataclass
class OpenRecord(Database):
    key: bytes = field(default=b"", repr=False)
    params: KdfParams | None = None
    gate: IntegrityGate = field(default_factory=_passed)
    # Said to the nurse after unlock: a broken log chain (services/trust/log_chain.py).
    chain_warning: str = ""
    # Said to the nurse after unlock: failed attempts since the last unlock (unlock_attempts.py).
    failed_unlocks: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._held: list[dict] = []
        self._lock = threading.Lock()
        guard_writes(self.engine, self.gate)
        self.gate.when_settled(self._write_held_audits)

    @property
    def paths(self) -> AppPaths:
        return AppPaths(self.db_path.parent)

    @property
    def read_only(self) -> bool:
        return self.gate.failed

    def audit(self, session: Session, action: str, user_id: int | None, details: str = "") -> None:
        if not self._hold([user_id], action, details):
            super().audit(session, action, user_id, details)

    def audit_many(
        self, session: Session, action: str, user_ids: Iterable[int], details: str = ""
    ) -> None:
        user_ids = list(user_ids)
        if not self._hold(user_ids, action, details):
            super().audit_many(session, action, user_ids, details)

    def _hold(self, user_ids: Iterable[int | None], action: str, details: str) -> bool:
        """True when the audit rows were held back (check running) or dropped (read-only)."""
        with self._lock:
            if self.gate.state is CheckState.PASSED:
                return False
            if self.gate.state is CheckState.PENDING:
                at, who = utc_now(), self.profile.name
                self._held += [
                    {"at": at, "operator": who, "service_user_id": user_id,
                     "action": action, "details": details}
                    for user_id in user_ids
                ]  # fmt: skip
            return True

    def _write_held_audits(self, gate: IntegrityGate) -> None:
        with self._lock:
            held, self._held = self._held, []
        if not held:
            return
        if gate.failed:
            log.warning("%d loggrader ble ikke skrevet: databasen er skadet", len(held))
            return
        try:
            with self.transaction() as session:
                session.execute(insert(AuditEvent), held)
        except Exception:  # the log stays local; the nurse is told by the next failing write
            log.exception("Loggrader fra kontrolltiden kunne ikke skrives")

    def use_key(self, key: bytes, params: KdfParams) -> None:
        """Go on with a key (after a passphrase change, or unlocked again): a new engine."""
        from ...storage.engine import create_encrypted_engine

        self._use_engine(create_encrypted_engine(self.db_path, key))
        guard_writes(self.engine, self.gate)
        self.key, self.params = key, params

    def forget_key(self) -> None:
        """Locked: the connections are closed and the key dropped; any use is refused."""
        self._use_engine(create_engine("sqlite://", creator=_refuse_while_locked))
        self.key = b""

    @property
    def locked(self) -> bool:
        return not self.key

    def _use_engine(self, engine: Engine) -> None:
        self.engine.dispose()
        self.engine = engine
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Wait for the check (its held audit rows are written), then close the connections."""
        self.gate.wait()
        super().close()

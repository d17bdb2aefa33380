"""The check at unlock: `PRAGMA quick_check` in the background, with writes held until it passes.

A nurse's record (a few MB) is checked in milliseconds, before the window opens. A very large
one (50,000 users) takes seconds, so the check runs on its own connection while she reads;
a write waits for the answer, and after a failed check every write is refused: a damaged file
is never written to.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, event

from ...domain.errors import UserError
from ...domain.record_safety import RecordDamaged
from ...storage.engine import StorageRefused, check_database, connect_raw, release_freed_memory

log = logging.getLogger(__name__)

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")
READ_ONLY_MESSAGE = (
    "Journalen er skadet og er derfor bare åpnet for lesing. Ingenting ble lagret. "
    "Gjenopprett fra sikkerhetskopi (Fil → Gjenopprett fra sikkerhetskopi…)."
)


class CheckState(enum.Enum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"


class IntegrityGate:
    """The state of the check; writes wait while it is pending and are refused once it failed."""

    def __init__(self, state: CheckState = CheckState.PENDING, problems: list[str] | None = None):
        self.state, self.problems = state, list(problems or [])
        self._done = threading.Event()
        self._listeners: list[Callable[[IntegrityGate], None]] = []
        if state is not CheckState.PENDING:
            self._done.set()

    def settle(self, problems: list[str]) -> None:
        self.problems = problems
        self.state = CheckState.FAILED if problems else CheckState.PASSED
        self._done.set()
        for listener in list(self._listeners):
            listener(self)

    def wait(self, timeout: float | None = None) -> bool:
        """True once the check has an answer (within `timeout` seconds)."""
        return self._done.wait(timeout)

    def when_settled(self, listener: Callable[[IntegrityGate], None]) -> None:
        """Call `listener(gate)` when the answer is known (now, if it already is), and again
        if a later check (before a backup) finds the record damaged."""
        self._listeners.append(listener)
        if self._done.is_set():
            listener(self)

    def forget(self, listener: Callable[[IntegrityGate], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def failed(self) -> bool:
        return self.state is CheckState.FAILED

    def before_write(self) -> None:
        self.wait()
        if self.failed:
            raise RecordDamaged(READ_ONLY_MESSAGE)


def guard_writes(engine: Engine, gate: IntegrityGate) -> None:
    """Every write through the engine waits for the check and is refused if it failed."""

    def hook(_conn, _cursor, statement: str, *_args: object) -> None:  # noqa: ANN001
        if statement.lstrip()[:7].upper().startswith(WRITES):
            gate.before_write()

    event.listen(engine, "before_cursor_execute", hook)


class QuickCheck:
    """`PRAGMA quick_check` on its own read-only connection, in a background thread."""

    def __init__(self, db_path: Path, key: bytes, gate: IntegrityGate):
        self.db_path, self.key, self.gate = db_path, key, gate
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)

    def start(self) -> QuickCheck:
        self._thread.start()
        return self

    def _run(self) -> None:
        conn = None
        try:
            conn = connect_raw(self.db_path, self.key, read_only=True)
            problems = check_database(conn)
        except (sqlcipher.Error, UserError, StorageRefused) as exc:  # the file cannot be read
            problems = [getattr(exc, "message", None) or str(exc)]
        except Exception:  # a fault of ours is not damage to her record: logged, not shown as it
            log.exception("Kontrollen av databasen kunne ikke kjøres")
            problems = []
        finally:
            if conn is not None:
                conn.close()
                release_freed_memory()
        if problems:
            log.error("Kontrollen av databasen fant feil (%d)", len(problems))
        self.gate.settle(problems)

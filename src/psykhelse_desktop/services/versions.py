"""One rule for every form: a save based on an older version never overwrites (EditConflict).

A form remembers the version it was opened on and passes it back when it saves. If the row has
moved on meanwhile (another window, a command), nothing is written: EditConflict carries what is
stored now and its version, and the nurse chooses. Saving again with that version overwrites
deliberately. Rows carry `version` (storage.models.Versioned); the individual plan uses its
revision number. The same rule will hold on a shared PostgreSQL server: SQLAlchemy's
`version_id_col` adds `WHERE version = <read>` to every UPDATE.
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.errors import EditConflict
from ..storage.models import FIRST_VERSION, Versioned

__all__ = ["FIRST_VERSION", "claim_version", "require_version"]


def require_version(current: int, expected: int, what: str, stored: Callable[[], object]) -> None:
    """EditConflict (with `stored()`, read now) unless the form was opened on `current`."""
    if expected != current:
        raise EditConflict(what, stored(), current)


def claim_version(row: Versioned, expected: int, what: str, stored: Callable[[], object]) -> None:
    """Check the form's version against the row, then count this save on the row."""
    require_version(row.version, expected, what, stored)
    row.version = expected + 1

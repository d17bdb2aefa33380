"""Failed unlocks, counted in a small file beside the record: counts and times, nothing else.

It needs no key, so it is read before the passphrase is tried. After five failures in a row
each attempt waits longer (5 s, 10 s, 20 s, … up to 10 minutes), for the window and the
commands alike; a successful unlock says how many failures there were since the last one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from ...domain.errors import UserError
from ...paths import AppPaths
from ...storage.files import write_private
from ..clock import to_oslo

log = logging.getLogger(__name__)

FILE_NAME = "mislykkede-opplasinger.json"
FREE_FAILURES = 5
FIRST_WAIT_SECONDS = 5
LONGEST_WAIT_SECONDS = 600


@dataclass(frozen=True)
class FailedSince:
    """Failures since the last successful unlock: how many, and the newest one."""

    count: int
    last_at: dt.datetime | None

    def message(self) -> str:
        if not self.count or self.last_at is None:
            return ""
        when = to_oslo(self.last_at).strftime("%d.%m.%Y kl. %H.%M")
        times = "ett mislykket forsøk" if self.count == 1 else f"{self.count} mislykkede forsøk"
        return (
            f"Siden sist du låste opp, har det vært {times} på å låse opp journalen, sist {when}."
        )


class MustWait(UserError):
    """Too many failures in a row: the next attempt waits `seconds`."""

    def __init__(self, seconds: int):
        super().__init__(
            f"For mange feil passord på rad. Vent {seconds} sekunder før du prøver igjen."
        )
        self.seconds = seconds


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _read(paths: AppPaths) -> dict:
    try:
        data = json.loads((paths.data_dir / FILE_NAME).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write(paths: AppPaths, data: dict) -> None:
    try:
        write_private(paths.data_dir / FILE_NAME, json.dumps(data).encode("utf-8"))
    except OSError:  # a read-only or full folder must not stop an unlock
        log.warning("Kunne ikke skrive telleren for mislykkede opplåsinger")


def _count(data: dict, name: str) -> int:
    value = data.get(name, 0)
    return value if isinstance(value, int) and value >= 0 else 0


def _last(data: dict) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(data["last_failure"])
    except (KeyError, TypeError, ValueError):
        return None


def seconds_to_wait(paths: AppPaths, now: dt.datetime | None = None) -> int:
    """How long before the next attempt may run (0: at once)."""
    data = _read(paths)
    in_row, last = _count(data, "in_row"), _last(data)
    if in_row < FREE_FAILURES or last is None:
        return 0
    wait = min(FIRST_WAIT_SECONDS * 2 ** (in_row - FREE_FAILURES), LONGEST_WAIT_SECONDS)
    left = wait - ((now or _now()) - last).total_seconds()
    return max(0, min(wait, int(left + 0.999)))


def refuse_if_waiting(paths: AppPaths) -> None:
    seconds = seconds_to_wait(paths)
    if seconds:
        raise MustWait(seconds)


def record_failure(paths: AppPaths) -> None:
    data = _read(paths)
    data["in_row"] = _count(data, "in_row") + 1
    data["since_success"] = _count(data, "since_success") + 1
    data["last_failure"] = _now().isoformat()
    _write(paths, data)


def record_success(paths: AppPaths) -> FailedSince:
    """Reset the counts; what they were."""
    data = _read(paths)
    failed = FailedSince(_count(data, "since_success"), _last(data))
    if data:
        _write(paths, {})
    return failed

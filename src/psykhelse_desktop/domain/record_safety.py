"""Keeping the record whole: what a backup holds, which backups are kept, and the plain errors.

The rules here are plain Python; the files themselves are written in storage/ and services/trust/.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from .errors import UserError

# The automatic backups kept in the data folder: the newest of each of the last 7 days,
# the last 4 weeks and the last 12 months.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupSummary:
    """What a backup (or a record) holds; times are Norwegian wall-clock time."""

    file_name: str
    taken_at: dt.datetime | None
    service_users: int
    journal_entries: int
    plans: int
    newest_change: dt.datetime | None
    schema_revision: str


class RecordDamaged(UserError):
    """The passphrase is right but the database file is damaged; `newest_backup` is the offer."""

    def __init__(self, message: str, newest_backup: BackupSummary | None = None):
        super().__init__(message)
        self.newest_backup = newest_backup


class KeyFileProblem(UserError):
    """The key file (salt and key derivation parameters) is missing or cannot be used."""


class RecordFilesFound(UserError):
    """A first start found files of a record where the new one would go; `found` names them."""

    def __init__(self, message: str, found: list[str]):
        super().__init__(message)
        self.found = found


class UpgradeFailed(UserError):
    """A schema upgrade failed; the record was put back as it was before."""


class RecordInUse(UserError):
    """Another program (the window, a restore) has the record open."""


class BackupFailed(UserError):
    """A backup could not be written or did not pass its check; no file was left behind."""


class BackupUnreadable(UserError):
    """A file that is not a whole backup from this program (cut short, damaged, or another file)."""


def backups_to_keep(
    stamps: Iterable[dt.datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """The newest backup of each of the last `daily` days, `weekly` weeks and `monthly` months."""
    newest_first = sorted(set(stamps), reverse=True)
    periods: tuple[tuple[Callable[[dt.datetime], Hashable], int], ...] = (
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    )
    keep: set[dt.datetime] = set()
    for period_of, count in periods:
        newest_in_period: dict[Hashable, dt.datetime] = {}
        for stamp in newest_first:
            newest_in_period.setdefault(period_of(stamp), stamp)
        keep.update(list(newest_in_period.values())[:count])
    return keep


def summary_text(summary: BackupSummary) -> str:
    """One plain paragraph: when, how much, and the newest change it holds."""
    taken = f"Tatt {moment_text(summary.taken_at)}. " if summary.taken_at else ""
    newest = moment_text(summary.newest_change) if summary.newest_change else "ingen endringer"
    return (
        f"{taken}Den har {summary.service_users} tjenestemottakere, "
        f"{summary.journal_entries} journalnotater og {summary.plans} individuelle planer. "
        f"Siste endring i den: {newest}."
    )


def moment_text(value: dt.datetime) -> str:
    return f"{value:%d.%m.%Y} kl. {value:%H.%M}"

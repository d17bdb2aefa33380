"""Shared benchmark pieces: a demo vault on disk, its raw key, timing and the result rows."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from psykhelse_desktop.domain.records import NurseProfile
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.database import Database
from psykhelse_desktop.services.trust.vault import create_vault
from psykhelse_desktop.storage.keys import derive_key, read_sidecar

PASSPHRASE = "benk-passord-2026"
PROFILE = NurseProfile("Benk Sykepleier", "Psykiatrisk sykepleier", "Testvik kommune")


@dataclass(frozen=True)
class Result:
    """One line of the table; `raw` and `ratio` are None where no floor applies."""

    benchmark: str
    figure: float | None
    unit: str
    raw: float | None = None
    target: str = ""
    ok: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.figure is None or not self.raw:
            return None
        return self.figure / self.raw


def new_vault(parent: Path, name: str) -> tuple[AppPaths, Database]:
    """A fresh encrypted demo record with the default (real) key derivation."""
    paths = AppPaths(parent / name)
    return paths, create_vault(paths, PASSPHRASE, PROFILE, demo=True)


def raw_key(db_path: Path) -> bytes:
    return derive_key(PASSPHRASE, read_sidecar(db_path))


def temp_root() -> Path:
    return Path(tempfile.mkdtemp(prefix="psykhelse-bench-"))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def alternating_medians(rounds: int, *actions: Callable[[], object]) -> list[float]:
    """The median seconds of each action, taking turns round by round, so a busy moment of
    the machine falls on the program and its floor alike."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(rounds):
        for action, spent in zip(actions, times, strict=True):
            start = time.perf_counter()
            action()
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]

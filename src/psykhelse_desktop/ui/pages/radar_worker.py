"""The radar computed in a thread of its own, so *I dag* never holds the window while it reads.

One computation runs at a time, each in its own session (`Database.transaction()` on the
worker's thread). A request made while one runs is kept (only the newest) and started when
that one ends; only the answer to the newest request is handed on, older ones are dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ...domain.radar import RadarOverview
from ...services.daily.radar import radar_overview, record_radar_view
from ...services.database import Database
from ..dialogs.backup_worker import BackgroundJob


@dataclass(frozen=True)
class RadarRequest:
    number: int
    today: dt.date
    audit: bool


class RadarWorker(QObject):
    """`request(today, audit)`; `ready(overview)` or `failed(message)` for the newest one."""

    ready = Signal(object)  # RadarOverview
    failed = Signal(str)  # a plain message; "" when the crash reporter already showed it

    def __init__(self, db: Database, shown_per_severity: int, parent: QObject | None = None):
        super().__init__(parent)
        self.db, self.shown_per_severity = db, shown_per_severity
        self.newest = 0
        self.job: BackgroundJob | None = None
        self.waiting: RadarRequest | None = None

    def request(self, today: dt.date, audit: bool) -> None:
        self.newest += 1
        # An overview reading to log is never lost, even when its request is overtaken.
        audit = audit or (self.waiting is not None and self.waiting.audit)
        self.waiting = RadarRequest(self.newest, today, audit)
        if self.job is None:
            self._start_waiting()

    def busy(self) -> bool:
        """A computation runs or waits to run."""
        return self.job is not None or self.waiting is not None

    def wait(self) -> None:
        """Before the record closes: let the running computation end (its answer is dropped)."""
        self.waiting = None
        self.newest += 1  # an answer delivered after this is not used
        if self.job is not None:
            self.job.wait()
            self.job = None

    def _start_waiting(self) -> None:
        request, self.waiting = self.waiting, None
        if request is None:
            return
        self.job = BackgroundJob(
            lambda: self._compute(request),
            lambda overview: self._done(request, overview),
            lambda message: self._failed(request, message),
        ).start()

    def _compute(self, request: RadarRequest) -> RadarOverview:
        """On the worker's thread: no widget is touched here."""
        found = radar_overview(self.db, request.today, audit=False,
                               shown_per_severity=self.shown_per_severity)  # fmt: skip
        if request.audit:
            record_radar_view(self.db)
        return found

    def _done(self, request: RadarRequest, overview: RadarOverview) -> None:
        self.job = None
        self._start_waiting()
        if request.number == self.newest:
            self.ready.emit(overview)

    def _failed(self, request: RadarRequest, message: str) -> None:
        self.job = None
        self._start_waiting()
        if request.number == self.newest:
            self.failed.emit(message)

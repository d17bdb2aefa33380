"""Shared by the benchmark's child scripts: first-paint timing, RSS, and one JSON line out."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

LAUNCH_ENV = "BENCH_LAUNCHED_AT"


def since_launch() -> float:
    """Seconds since the parent started this process (it passes its clock in the environment)."""
    return time.time() - float(os.environ.get(LAUNCH_ENV, time.time()))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report(**values: object) -> None:
    print(json.dumps(values), flush=True)


class FirstPaint(QObject):
    """Notes when a widget is first painted (or shown, if the platform never paints)."""

    def __init__(self, app: QApplication, on_painted) -> None:  # noqa: ANN001
        super().__init__()
        self.app, self.on_painted, self.done = app, on_painted, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.on_painted)
        return False

    def watch(self, widget) -> None:  # noqa: ANN001
        widget.installEventFilter(self)
        QTimer.singleShot(5000, self._give_up)

    def _give_up(self) -> None:
        if not self.done:
            self.done = True
            self.on_painted()

"""Long work of keeping the record safe (a backup, a restore) off the window's thread.

The work runs in a QThread and reports back through signals; it never touches a widget.
An expected failure comes back as its plain message; anything else goes to the crash
reporter on the window's thread, so it is logged without field values and shown once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...domain.errors import UserError


class _Worker(QObject):
    done = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)

    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception:
            self.crashed.emit(sys.exc_info())
        else:
            self.done.emit(result)


class BackgroundJob(QObject):
    """Run `work()` in its own thread; `on_done(result)` or `on_failed(message)` afterwards."""

    finished = Signal()

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.on_done, self.on_failed = on_done, on_failed
        self.thread = QThread()
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Slots of this object (which lives on the window's thread): queued, so the callbacks
        # run there and never on the worker's thread.
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.crashed.connect(self._crashed)

    def start(self) -> BackgroundJob:
        self.thread.start()
        return self

    def running(self) -> bool:
        return self.thread.isRunning()

    def wait(self) -> None:
        """Block until the work is done; its callbacks may then never run."""
        # The thread's event loop only ends on quit(); the slot that quits it normally runs on
        # this (blocked) thread, so waiting without quitting first would wait for ever.
        self.thread.quit()
        self.thread.wait()

    @Slot(object)
    def _done(self, result: object) -> None:
        self._stop()
        self.on_done(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._stop()
        self.on_failed(message)

    @Slot(object)
    def _crashed(self, info: tuple) -> None:
        self._stop()
        sys.excepthook(*info)
        self.on_failed("")

    def _stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.finished.emit()

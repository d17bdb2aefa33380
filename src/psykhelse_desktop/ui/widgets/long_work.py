"""Long work (an import, an export, a long PDF) off the window's thread, with a progress
dialog after half a second; the window keeps painting and answering meanwhile.

`run_long(...)` reads like a plain call: it returns the work's result or raises its UserError
or OSError (a full disk, a folder that went away); it raises WorkStopped when she cancelled
(offered only where leaving the work is safe: it writes nothing, and its result is simply not
used) or when an unexpected error stopped it (already logged and shown by the crash reporter).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.errors import UserError
from ..dialogs.backup_worker import BackgroundJob

SHOW_AFTER_MS = 500


class WorkStopped(Exception):
    """She pressed "Avbryt", or an unexpected error (already reported) ended the work."""


class LongWork:
    """One piece of work; `progress` is the dialog once it is shown (None before)."""

    def __init__(self, parent: QWidget | None, text: str, *, cancellable: bool = False):
        self.parent, self.text, self.cancellable = parent, text, cancellable
        self.progress: QProgressDialog | None = None
        self.outcome: tuple[str, Any] = ("running", None)
        self.loop = QEventLoop()
        self.timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
        self.timer.timeout.connect(self._show_progress)

    def run(self, work: Callable[[], Any]) -> Any:
        self.job = BackgroundJob(lambda: _os_error_kept(work), self._done, self._failed)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self.job.start()
            self.timer.start()
            if self.outcome[0] == "running":
                self.loop.exec()
        finally:
            self.timer.stop()
            QGuiApplication.restoreOverrideCursor()
            if self.progress is not None:
                self.progress.close()
        return self._result()

    def _result(self) -> Any:
        kind, value = self.outcome
        if kind == "failed" and value:
            raise UserError(value)
        if kind != "done":
            raise WorkStopped()
        if isinstance(value, _OsErrorRaised):
            raise value.error
        return value.result

    def _show_progress(self) -> None:
        progress = QProgressDialog(self.text, "", 0, 0, self.parent)
        progress.setWindowTitle(self.text)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if self.cancellable:
            progress.setCancelButtonText(QCoreApplication.translate("long_work", "Avbryt"))
            progress.canceled.connect(self._cancel)
        else:
            progress.setCancelButton(None)  # leaving it half done is not safe
        progress.show()
        self.progress = progress

    def _finish(self, kind: str, value: Any) -> None:
        if self.outcome[0] == "running":
            self.outcome = (kind, value)
            self.loop.quit()

    def _done(self, result: Any) -> None:
        self._finish("done", result)

    def _failed(self, message: str) -> None:
        self._finish("failed", message)

    def _cancel(self) -> None:
        """The result, when it comes, is not used; the work itself wrote nothing."""
        self._finish("cancelled", None)


class _OsErrorRaised:
    def __init__(self, error: OSError):
        self.error = error


class _Returned:
    def __init__(self, result: Any):
        self.result = result


def _os_error_kept(work: Callable[[], Any]) -> _Returned | _OsErrorRaised:
    """On the worker's thread: an OSError is raised again on the window's thread, as if the
    work had been a plain call there (not reported as an unexpected error)."""
    try:
        return _Returned(work())
    except OSError as error:
        return _OsErrorRaised(error)


def run_long(
    parent: QWidget | None, text: str, work: Callable[[], Any], *, cancellable: bool = False
) -> Any:
    return LongWork(parent, text, cancellable=cancellable).run(work)

"""Long work off the window's thread: a progress dialog once it lasts, and Avbryt where safe."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.ui.widgets.long_work import LongWork, WorkStopped, run_long


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def progress_shown() -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_quick_work_shows_no_progress_and_gives_its_result(parent):
    assert run_long(parent, "Lagrer…", lambda: "ferdig") == "ferdig"
    assert progress_shown() is None


def test_work_that_lasts_shows_progress_then_closes_it(qtbot, parent):
    release, seen = threading.Event(), []

    def look():
        if progress_shown() is None:
            QTimer.singleShot(20, look)
            return
        seen.append(progress_shown().labelText())
        release.set()

    QTimer.singleShot(0, look)
    assert run_long(parent, "Importerer…", lambda: release.wait(60) and 42) == 42
    assert seen[0] == "Importerer…"
    assert progress_shown() is None


def test_cancel_is_offered_only_where_safe_and_leaves_the_result_unused(qtbot, parent):
    release = threading.Event()
    work = LongWork(parent, "Leser regnearket…", cancellable=True)

    def cancel():
        if work.progress is None:
            QTimer.singleShot(20, cancel)
            return
        (button,) = work.progress.findChildren(QPushButton)
        assert button.text() == "Avbryt"
        button.click()

    QTimer.singleShot(0, cancel)
    with pytest.raises(WorkStopped):
        work.run(lambda: release.wait(60))
    release.set()
    work.job.wait()
    unsafe = LongWork(parent, "Importerer…")  # writing: leaving it half done is not safe
    unsafe._show_progress()
    assert not [b for b in unsafe.progress.findChildren(QPushButton) if b.isVisible()]
    unsafe.progress.close()


def test_an_expected_failure_comes_back_as_its_message(parent):
    def refuse():
        raise UserError("Filen kan ikke leses.")

    with pytest.raises(UserError, match="Filen kan ikke leses."):
        run_long(parent, "Leser…", refuse)

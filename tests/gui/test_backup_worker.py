"""Background jobs: waiting for one from the window's thread never hangs."""

from __future__ import annotations

import threading

from psykhelse_desktop.ui.dialogs.backup_worker import BackgroundJob


def test_waiting_for_a_finished_job_returns_before_its_callbacks_ran(qtbot):
    worked = threading.Event()
    done = []
    job = BackgroundJob(worked.set, done.append, done.append).start()
    assert worked.wait(10)
    # Before the fix this waited for ever: the quit was queued to this very thread.
    rescue = threading.Timer(10, job.thread.quit)
    rescue.start()
    try:
        job.wait()
    finally:
        needed_rescue = not rescue.is_alive()
        rescue.cancel()
    assert not needed_rescue
    assert not job.running()

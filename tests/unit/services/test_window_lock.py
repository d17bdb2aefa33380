"""The window's lock as the command line sees it: a live window stops a restore, a dead one
does not."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from psykhelse_desktop.domain.record_safety import RecordInUse
from psykhelse_desktop.services.trust.window_lock import holding_lock, lock_holder


def write_lock(paths, pid: int, host: str | None = None) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    host = socket.gethostname() if host is None else host
    paths.window_lock.write_text(f"{pid}\npython3\n{host}\n")


@pytest.fixture
def other_process():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def test_a_live_window_holds_the_record_and_a_restore_is_refused(paths, other_process):
    write_lock(paths, other_process)
    assert lock_holder(paths) == other_process
    refused = pytest.raises(RecordInUse, match=f"åpen i vinduet \\(prosess {other_process}\\)")
    with refused, holding_lock(paths):
        pass
    assert paths.window_lock.read_text().startswith(str(other_process))


def test_a_lock_left_by_a_crash_is_taken_over(paths):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    write_lock(paths, dead.pid)
    assert lock_holder(paths) is None
    with holding_lock(paths):
        assert paths.window_lock.read_text().split("\n")[0] == str(os.getpid())
    assert not paths.window_lock.exists()


def test_a_window_on_another_machine_is_never_taken_over(paths):
    write_lock(paths, 1, host="en-annen-maskin")
    assert lock_holder(paths) == 1

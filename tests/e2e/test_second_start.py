"""One window per record, with real processes: a second start on the same data folder ends at
once (the first window is asked to come forward), and a window killed with SIGKILL does not
keep its lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from tests.helpers import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def start_window(folder):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "psykhelse_desktop", "--data-dir", str(folder)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def wait_for_lock(folder, process) -> None:
    for _ in range(300):
        if (folder / "vindu.lock").exists() or process.poll() is not None:
            return
        time.sleep(0.05)


def holder_of(folder) -> str:
    try:
        return (folder / "vindu.lock").read_text().split("\n")[0]
    except OSError:
        return ""


def test_a_second_start_ends_and_a_killed_window_leaves_no_lock_behind(tmp_path):
    folder = tmp_path / "data"
    run_cli("demo", "--data-dir", folder, "--users", 0)
    first = start_window(folder)
    try:
        wait_for_lock(folder, first)
        assert first.poll() is None  # the unlock dialog is up, holding the record
        second = start_window(folder)
        assert second.wait(timeout=60) == 0
        assert first.poll() is None
        restore = run_cli("restore", "--data-dir", folder, "--from", tmp_path, check=False)
        assert restore.returncode == 1 and "Journalen er åpen i vinduet" in restore.stderr
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    assert holder_of(folder) == str(first.pid)
    third = start_window(folder)  # the lock of the killed window is stale: taken over
    try:
        for _ in range(300):
            holder = holder_of(folder)
            if holder == str(third.pid) or third.poll() is not None:
                break
            time.sleep(0.05)
        assert holder == str(third.pid) and third.poll() is None
    finally:
        third.kill()
        third.wait()

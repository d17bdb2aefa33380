"""The walk of every page and dialog (test_every_screen.py), in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import SCREEN_WALK_ALONE

WALK = Path(__file__).with_name("test_every_screen.py")


def test_every_page_and_dialog_passes_the_walk_in_its_own_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SCREEN_WALK_ALONE: "1"})
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(WALK)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " failed" not in done.stdout

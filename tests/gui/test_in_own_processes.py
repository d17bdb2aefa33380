"""The window tests, each file in a process of its own (see conftest.py for why)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ALONE, RUNNER

HERE = Path(__file__).parent
ONE_BY_ONE = {"test_group_page.py"}  # crashes inside Qt even as a whole file alone


def _targets() -> list[str]:
    targets = []
    for path in sorted(HERE.glob("test_*.py")):
        if path.name == RUNNER:
            continue
        if path.name in ONE_BY_ONE:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
            targets += [f"{path.name}::{name}" for name in names if name.startswith("test_")]
        else:
            targets.append(path.name)
    return targets


@pytest.mark.parametrize("target", _targets())
def test_window_tests_in_their_own_process(target):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{ALONE: "1"})
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(HERE / target)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-3000:]

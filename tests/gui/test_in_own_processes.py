"""The window tests, each file in a process of its own (see conftest.py for why).

The processes run side by side, one per core (at most four), started together when the first
of them is asked for; each test then waits for its own file's result and reports it.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import ALONE, RUNNER

HERE = Path(__file__).parent
ONE_BY_ONE = {"test_group_page.py"}  # crashes inside Qt even as a whole file alone
WORKERS = max(1, min(4, os.cpu_count() or 1))


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


TARGETS = _targets()


def _run(target: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{ALONE: "1"})
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(HERE / target)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=1500)


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest) -> dict[str, Future]:
    """Every selected file's process, started at once on a small pool."""
    selected = [
        item.callspec.params["target"]
        for item in request.session.items
        if item.module is request.module
    ]
    pool = ThreadPoolExecutor(max_workers=WORKERS)
    request.addfinalizer(lambda: pool.shutdown(cancel_futures=True))
    return {target: pool.submit(_run, target) for target in selected}


@pytest.mark.parametrize("target", TARGETS)
def test_window_tests_in_their_own_process(target, runs):
    done = runs[target].result()
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-3000:]

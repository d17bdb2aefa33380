"""The crash harness in the normal test run: 50 children killed with SIGKILL at random moments
while they sign journal entries, save plan revisions and import a spreadsheet (500 kills, with
figures, in bench/crash_bench.py)."""

from __future__ import annotations

import os

import pytest
from tests.crash_harness import kill_runs

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork")


def test_fifty_kills_lose_nothing_and_corrupt_nothing(tmp_path):
    tally = kill_runs(tmp_path, 50)
    assert tally.runs == 50
    assert tally.corrupt == 0, tally.problems
    assert tally.lost == 0 and tally.partial_imports == 0
    assert tally.kills_while_writing >= 25  # most kills landed on real work, not on the start
    assert tally.imports_cut >= 1  # and some in the middle of an import

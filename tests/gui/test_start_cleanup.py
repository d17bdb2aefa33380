"""The window's start removes what a killed run left, before it asks for the passphrase."""

from __future__ import annotations

import sys

import pytest

from psykhelse_desktop import app
from tests.e2e.test_leftovers import left_by_a_killed_run

from .conftest import answer_dialog


@pytest.fixture(autouse=True)
def restore_hook_and_log(monkeypatch):
    """run_gui installs the crash hook and the log; put both back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    for handler in list(app.log.handlers):
        app.log.removeHandler(handler)
        handler.close()


def test_the_window_start_removes_what_a_killed_run_left(qtbot, paths, real_db, tmp_path):
    real_db.close()
    stage, note = left_by_a_killed_run(paths.data_dir, tmp_path / "ut")
    seen = {}
    answer_dialog(lambda dialog: (seen.update(gone=not stage.exists()), dialog.reject()))
    assert app.run_gui(paths, demo=False) == 0
    assert seen == {"gone": True} and not note.exists()

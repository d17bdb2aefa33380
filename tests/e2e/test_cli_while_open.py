"""Command-line writes while the window has the record open: they wait and succeed, or, if the
window holds its write for longer than the busy timeout, say so plainly; nothing is damaged."""

from __future__ import annotations

import pytest
from tests.crash_harness import write_sheet
from tests.helpers import E2E_PASSPHRASE, run_cli

from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage.engine import check_database, connect_raw


@pytest.fixture
def open_record(tmp_path):
    """A record and a connection to it from "the window" (this process)."""
    folder = tmp_path / "data"
    run_cli("demo", "--data-dir", folder, "--users", 3)
    db = unlock_vault(AppPaths(folder), E2E_PASSPHRASE, check_wait=None)
    window = connect_raw(db.db_path, db.key)
    yield folder, window
    window.close()
    db.close()


def users(folder) -> int:
    return len(run_cli("users", "--data-dir", folder, "--closed").stdout.splitlines()) - 1


def test_an_import_while_the_window_reads_succeeds(open_record, tmp_path):
    folder, window = open_record
    window.execute("BEGIN")
    window.execute("SELECT count(*) FROM service_user").fetchone()  # a read held open
    sheet = tmp_path / "liste.csv"
    write_sheet(sheet, "Mensvinduetlesen", 20)
    result = run_cli("import-users", "--data-dir", folder, sheet)
    window.rollback()
    assert "20 importert" in result.stdout and users(folder) == 23


def test_a_write_held_too_long_by_the_window_is_said_plainly_and_harms_nothing(
    open_record, tmp_path
):
    folder, window = open_record
    window.execute("BEGIN IMMEDIATE")  # the window is in the middle of saving
    sheet = tmp_path / "liste.csv"
    write_sheet(sheet, "Venteliste", 5)
    result = run_cli("import-users", "--data-dir", folder, sheet, check=False)
    window.rollback()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Databasen er låst av et annet program" in result.stderr
    assert check_database(window, "integrity_check") == [] and users(folder) == 3

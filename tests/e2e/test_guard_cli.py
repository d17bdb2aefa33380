"""verify-log and change-passphrase as real processes."""

from __future__ import annotations

from tests.helpers import E2E_PASSPHRASE
from tests.helpers import run_cli as run

from psykhelse_desktop.storage import chain
from psykhelse_desktop.storage.engine import connect_raw
from psykhelse_desktop.storage.keys import derive_key, read_sidecar


def _raw(folder, passphrase=E2E_PASSPHRASE):
    database = folder / "psykhelse.db"
    return connect_raw(database, derive_key(passphrase, read_sidecar(database)))


def test_verify_log_names_the_first_row_edited_behind_the_programs_back(tmp_path):
    folder = tmp_path / "data"
    run("demo", "--data-dir", folder, "--users", 4)
    run("users", "--data-dir", folder)
    whole = run("verify-log", "--data-dir", folder)
    assert "Loggene er hele" in whole.stdout and "Tilgangsloggen:" in whole.stdout

    conn = _raw(folder)
    for trigger in chain.TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("UPDATE audit_event SET details = 'ingenting' WHERE id = 3")
    conn.commit()
    conn.close()

    broken = run("verify-log", "--data-dir", folder, check=False)
    assert broken.returncode == 1
    assert "Rad 3 i tilgangsloggen (audit_event) passer ikke" in broken.stderr

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


def test_change_passphrase_then_only_the_new_one_opens(tmp_path):
    folder = tmp_path / "data"
    run("demo", "--data-dir", folder, "--users", 3)
    before = run("users", "--data-dir", folder).stdout
    new = "lykt kobber åker svane"

    weak = run("change-passphrase", "--data-dir", folder, check=False,
               env={"PSYKHELSE_NEW_PASSPHRASE": "passord1"})  # fmt: skip
    assert weak.returncode == 1 and "for lett å gjette" in weak.stderr
    changed = run("change-passphrase", "--data-dir", folder,
                  env={"PSYKHELSE_NEW_PASSPHRASE": new})  # fmt: skip

    assert "Sikkerhetskopier tatt før i dag har fortsatt det gamle passordet" in changed.stdout
    assert run("users", "--data-dir", folder, passphrase=new).stdout == before
    refused = run("users", "--data-dir", folder, check=False)
    assert refused.returncode == 1 and "Feil passord" in refused.stderr
    assert run("verify-log", "--data-dir", folder, passphrase=new).returncode == 0

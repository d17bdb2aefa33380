"""backup, verify-backup and restore as real processes, and the "laptop broke" drill: a new
laptop with nothing but the backup file and the passphrase gets the whole record back."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from tests.helpers import run_cli as run


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A demo record of 12 users and one backup of it, made once for this module."""
    root = tmp_path_factory.mktemp("kopi")
    folder = root / "data"
    run("demo", "--data-dir", folder, "--users", 12)
    stick = root / "pinne"
    stick.mkdir()
    run("backup", "--data-dir", folder, "--to", stick)
    (backup,) = stick.iterdir()
    return folder, backup


def copies(made, tmp_path):
    """Copies of the record and its backup that a test may change."""
    folder, backup = made
    shutil.copytree(folder, tmp_path / "data")
    shutil.copy(backup, tmp_path / backup.name)
    return tmp_path / "data", tmp_path / backup.name


def user_lines(folder) -> list[str]:
    return run("users", "--data-dir", folder, "--closed").stdout.splitlines()


def test_the_laptop_broke_drill(tmp_path):
    old = tmp_path / "gammel-maskin" / "data"
    run("demo", "--data-dir", old, "--users", 12)
    stick = tmp_path / "MINNEPINNE"
    stick.mkdir()
    taken = run("backup", "--data-dir", old, "--to", stick)
    (backup,) = stick.iterdir()
    assert f"Sikkerhetskopien er tatt og kontrollert: {backup}" in taken.stdout
    assert "Den har 12 tjenestemottakere" in taken.stdout
    before = user_lines(old)

    new_laptop = tmp_path / "ny-maskin" / "data"  # the old laptop is gone: only the stick
    restored = run("restore", "--data-dir", new_laptop, "--from", backup)

    assert f"Gjenopprettet fra {backup.name} i {new_laptop}." in restored.stdout
    assert user_lines(new_laptop) == before
    assert "Demodatabase" not in restored.stderr


def test_verify_backup_says_whole_and_what_it_holds_and_changes_nothing(made):
    stick, backup = made[1].parent, made[1]
    before = (backup.read_bytes(), backup.stat().st_mtime_ns)
    checked = run("verify-backup", backup)
    assert f"Sikkerhetskopien {backup.name} er hel." in checked.stdout
    assert "Den har 12 tjenestemottakere" in checked.stdout and "Siste endring" in checked.stdout
    assert (backup.read_bytes(), backup.stat().st_mtime_ns) == before
    assert [p.name for p in stick.iterdir()] == [backup.name]


def test_verify_backup_finds_a_damaged_file(made, tmp_path):
    _old, backup = copies(made, tmp_path)
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)
    backup.write_bytes(bytes(data))
    result = run("verify-backup", backup, check=False)
    assert result.returncode == 1 and "er skadet" in result.stderr
    cut = tmp_path / "avkortet.psykhelse"
    cut.write_bytes(bytes(data[:1000]))
    result = run("verify-backup", cut, check=False)
    assert result.returncode == 1
    assert "ikke en hel sikkerhetskopi" in result.stderr and "Traceback" not in result.stderr


def test_restore_asks_and_sets_the_old_record_aside(made, tmp_path):
    old, backup = copies(made, tmp_path)
    refused = run("restore", "--data-dir", old, "--from", backup, check=False)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    done = run("restore", "--data-dir", old, "--from", backup, "--yes")
    (aside,) = (old / "tidligere-journaler").iterdir()
    assert f"Journalen du hadde, er flyttet til {aside}" in done.stdout
    back = run("restore", "--data-dir", old, "--from", aside, "--yes")
    assert "Gjenopprettet fra" in back.stdout


def test_restore_is_refused_while_the_record_is_open_in_the_window(made, tmp_path):
    old, backup = copies(made, tmp_path)
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (old / "vindu.lock").write_text(f"{window.pid}\npython3\n{_host()}\n")
        before = (old / "psykhelse.db").read_bytes()
        result = run("restore", "--data-dir", old, "--from", backup, "--yes", check=False)
    finally:
        window.kill()
        window.wait()
    assert result.returncode == 1
    assert f"Journalen er åpen i vinduet (prosess {window.pid})" in result.stderr
    assert (old / "psykhelse.db").read_bytes() == before


def test_wrong_passphrase_for_a_backup_is_plain(made):
    backup = made[1]
    result = run("verify-backup", backup, passphrase="feil passord", check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == "Feil passord. Databasen ble ikke åpnet. Prøv igjen."


def _host() -> str:
    import socket

    return socket.gethostname()

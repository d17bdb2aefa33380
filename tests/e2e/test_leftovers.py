"""What a killed run left lying about is gone at the next start of the window or of a command."""

import subprocess
import sys

from tests.helpers import run_cli as run

from psykhelse_desktop.services.reports.leftovers import PENDING_FOLDER


def left_by_a_killed_run(data_dir, out_dir):
    """A half-written print in its staging folder, noted by a process that is gone."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stage = out_dir / ".utskrift-3f9a0c1d2e4b"
    stage.mkdir(parents=True)
    (stage / "Samtykke – Åse Øvrebø.pdf").write_bytes(b"%PDF-1.4 halv")
    note = data_dir / PENDING_FOLDER / f"{stage.name}.txt"
    note.parent.mkdir(parents=True)
    note.write_text(f"{gone.pid}\n{stage}\n", encoding="utf-8")
    return stage, note


def test_any_command_removes_them_first(tmp_path):
    stage, note = left_by_a_killed_run(tmp_path / "data", tmp_path / "ut")
    result = run("users", "--data-dir", tmp_path / "data", check=False)
    assert result.returncode == 1 and "Fant ingen database" in result.stderr
    assert not stage.exists() and not note.exists()

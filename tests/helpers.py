"""Shared test values and helpers: the passphrase, the nurse, synthetic IDs, the CLI."""

import os
import subprocess
import sys

from psykhelse_desktop.domain.national_id import with_check_digits
from psykhelse_desktop.domain.records import NurseProfile

PASSPHRASE = "korrekt hest batteri stift"
PROFILE = NurseProfile("Kari Testesen", "Psykiatrisk sykepleier", "Testvik kommune")


def tenor_id(day: int = 15, month: int = 1, year: int = 85, start: int = 100) -> str:
    """A valid synthetic Tenor number (month + 80); never a real person's."""
    for individual in range(start, 500):
        number = with_check_digits(f"{day:02d}{month + 80:02d}{year:02d}{individual:03d}")
        if number:
            return number
    raise AssertionError("no valid synthetic number")


E2E_PASSPHRASE = "e2e passord som er langt nok"


def run_cli(*args: object, passphrase: str = E2E_PASSPHRASE, check: bool = True):
    """Run `python -m psykhelse_desktop ARGS` as a real process; assert success unless told not."""
    env = {**os.environ, "PSYKHELSE_PASSPHRASE": passphrase}
    result = subprocess.run(
        [sys.executable, "-m", "psykhelse_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result

"""Shared test values: the passphrase, the nurse, and synthetic ID numbers."""

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

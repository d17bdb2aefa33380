"""Shared test values and helpers: the passphrase, the nurse, synthetic IDs, the CLI."""

import os
import struct
import subprocess
import sys
import zlib

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


def run_cli(
    *args: object, passphrase: str = E2E_PASSPHRASE, check: bool = True, env: dict | None = None
):
    """Run `python -m psykhelse_desktop ARGS` as a real process; assert success unless told not."""
    env = {**os.environ, "PSYKHELSE_PASSPHRASE": passphrase, **(env or {})}
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


def tiny_png(width: int = 6, height: int = 2) -> bytes:
    """A small valid PNG image (solid teal), made without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x2f\x6f\x73" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )

"""The municipality's logo on printed documents, kept inside the encrypted record."""

from __future__ import annotations

import base64
from pathlib import Path

from ..domain.errors import UserError
from ..domain.os_errors import os_error_text
from ..storage.models import Setting
from .database import Database

LOGO_KEY = "municipality_logo"
MAX_LOGO_BYTES = 512 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


def set_logo(db: Database, path: Path) -> None:
    """Read a PNG or JPEG file and use it in the header of every printed document."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"Kunne ikke lese bildefilen {path}: {os_error_text(exc)}.") from exc
    if not data.startswith(_IMAGE_SIGNATURES):
        raise UserError("Logoen må være en PNG- eller JPEG-fil. Velg en annen fil.")
    if len(data) > MAX_LOGO_BYTES:
        raise UserError("Logofilen er for stor (over 512 kB). Velg en mindre bildefil.")
    with db.transaction() as session:
        session.merge(Setting(key=LOGO_KEY, value=base64.b64encode(data).decode("ascii")))


def remove_logo(db: Database) -> None:
    with db.transaction() as session:
        session.merge(Setting(key=LOGO_KEY, value=""))


def get_logo(db: Database) -> bytes | None:
    with db.transaction() as session:
        row = session.get(Setting, LOGO_KEY)
        return base64.b64decode(row.value) if row and row.value else None

"""A private temporary folder for documents printed to preview or open in the PDF reader.

Its name carries the process id, so the next start can tell a folder a crashed run left
(removed by services/reports/leftovers.py) from one a running window still uses.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from ...services.reports.leftovers import viewer_folder_prefix


class PrintFolder:
    """A folder only the nurse can read, made on first use and removed on close (or at exit)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        atexit.register(self.remove)

    def file_for(self, name: str) -> Path:
        if self.path is None or not self.path.exists():
            self.path = Path(tempfile.mkdtemp(prefix=viewer_folder_prefix()))
            os.chmod(self.path, 0o700)
        return self.path / name

    def remove(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None

"""The resources folder beside the program: licences, translations, the help pages."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_folder() -> Path:
    """resources/ in the frozen bundle, the Windows installation (lib/psykhelse_desktop sits
    two levels under it) and a source checkout alike."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources"


def help_folder() -> Path:
    return resources_folder() / "help"

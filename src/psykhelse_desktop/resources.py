"""The files that ship beside the program (licence texts, translations, help pages, fonts)."""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FAMILY = "DejaVu Sans"
# Style -> file in resources/fonts; the same four files serve the window and every PDF.
FONT_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}
# A plain `pip install` carries no resources folder; Debian and Ubuntu keep the same files here.
SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")


def resources_folder() -> Path:
    """resources/ beside the program: in the frozen bundle, the Windows installation
    (lib/psykhelse_desktop sits two levels under it) and a source checkout alike."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources"


def help_folder() -> Path:
    return resources_folder() / "help"


def font_files() -> dict[str, Path]:
    """The four font files by style, from the program's own folder (or the system's copy)."""
    for folder in (resources_folder() / "fonts", SYSTEM_FONTS):
        paths = {style: folder / name for style, name in FONT_FILES.items()}
        if all(path.is_file() for path in paths.values()):
            return paths
    raise FileNotFoundError(
        f"Skrifttypen {FONT_FAMILY} mangler i {resources_folder() / 'fonts'}. "
        "Installer programmet på nytt."
    )

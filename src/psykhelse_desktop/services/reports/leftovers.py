"""What a killed run left lying about, removed at the next start (the window and every command).

Two kinds: the staging folders of outgoing files (`.utskrift-*`, `.kalender-*`, `.eksport-*`,
`.lagrer-*`), found through the notes in the data folder's `filer-underveis/`; and the private
"Åpne i PDF-leser" folders in the system's temporary folder, named by the process that made
them. Anything belonging to a process that still runs is left alone.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from ...storage.files import process_alive

# The names outgoing.py stages files under, and where it notes them (standard library only
# here: the window's start calls this before the storage stack is loaded).
PENDING_FOLDER = "filer-underveis"
PRINT_PREFIX = ".utskrift-"
CALENDAR_PREFIX = ".kalender-"
EXPORT_PREFIX = ".eksport-"
COPY_PREFIX = ".lagrer-"
TEMP_PREFIXES = (PRINT_PREFIX, CALENDAR_PREFIX, EXPORT_PREFIX, COPY_PREFIX)
VIEWER_FOLDER_PREFIX = "psykhelse-utskrift-"


def viewer_folder_prefix() -> str:
    """The name start of this process's "Åpne i PDF-leser" folder (with its process id)."""
    return f"{VIEWER_FOLDER_PREFIX}{os.getpid()}-"


def remove_leftovers(data_dir: Path, temp_root: Path | None = None) -> int:
    """Remove what runs that are gone left behind; how many files and folders. Never raises."""
    try:
        return _pending_files(Path(data_dir)) + _viewer_folders(temp_root)
    except OSError:
        return 0


def _pending_files(data_dir: Path) -> int:
    folder = data_dir / PENDING_FOLDER
    if not folder.is_dir():
        return 0
    removed = 0
    for marker in folder.glob("*.txt"):
        pid, stage = _read_note(marker)
        if pid is not None and process_alive(pid):
            continue
        if stage is not None and stage.name.startswith(TEMP_PREFIXES) and stage.exists():
            _remove(stage)
            removed += 1
        marker.unlink(missing_ok=True)
    return removed


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _read_note(marker: Path) -> tuple[int | None, Path | None]:
    try:
        pid, path = marker.read_text(encoding="utf-8").splitlines()[:2]
        return int(pid), Path(path)
    except (OSError, ValueError):
        return None, None


def _viewer_folders(temp_root: Path | None) -> int:
    root = temp_root or Path(tempfile.gettempdir())
    removed = 0
    for folder in root.glob(f"{VIEWER_FOLDER_PREFIX}*"):
        pid = _folder_pid(folder.name)
        if (pid is not None and process_alive(pid)) or not _ours(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed


def _folder_pid(name: str) -> int | None:
    first = name.removeprefix(VIEWER_FOLDER_PREFIX).split("-", 1)[0]
    return int(first) if first.isdigit() else None


def _ours(folder: Path) -> bool:
    if not hasattr(os, "getuid"):
        return True  # Windows: the temporary folder is the account's own
    with contextlib.suppress(OSError):
        return folder.stat().st_uid == os.getuid()
    return False

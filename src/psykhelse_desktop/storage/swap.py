"""Put another database in the record's place: the current files are moved aside, never deleted.

A marker file names the folder the current record went to before anything moves; if the
program is killed half-way, `recover_interrupted_swap` moves the old record back at the next
start, so a record is never left without its database or with the wrong key file.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from .files import make_private_dir, sync_dir, write_private
from .keys import KdfParams, write_sidecar

MARKER_NAME = "bytter-journal.json"


def swap_in(
    record_files: list[Path], new_database: Path, params: KdfParams, aside_root: Path, name: str
) -> Path | None:
    """Move the current record (if any) aside, then put `new_database` and its key in place.

    `record_files[0]` is the database; the old record goes to a new folder `name` (made unique)
    under `aside_root`. Returns that folder, or None when there was no record.
    """
    db_path = record_files[0]
    marker = db_path.with_name(MARKER_NAME)
    present = [path for path in record_files if path.exists()]
    folder = _new_folder(aside_root, name) if present else None
    moved = [path.name for path in present]
    state = {"aside": str(folder or ""), "moved": moved}
    write_private(marker, json.dumps(state).encode("utf-8"))
    try:
        if folder is not None:
            make_private_dir(folder)
            for path in present:
                os.replace(path, folder / path.name)
        os.replace(new_database, db_path)
        write_sidecar(db_path, params)
        sync_dir(db_path.parent)
    except BaseException:
        _undo(record_files, folder, moved)
        marker.unlink(missing_ok=True)
        raise
    marker.unlink()
    sync_dir(db_path.parent)
    return folder


def recover_interrupted_swap(record_files: list[Path]) -> bool:
    """After a kill during `swap_in`: the old record back in place. True if one was recovered."""
    marker = record_files[0].with_name(MARKER_NAME)
    if not marker.exists():
        return False
    try:
        state = json.loads(marker.read_text(encoding="utf-8"))
        aside, moved = str(state["aside"]), [str(name) for name in state["moved"]]
    except (OSError, ValueError, KeyError, TypeError):
        return False  # not ours to judge: leave every file where it is
    _undo(record_files, Path(aside) if aside else None, moved)
    marker.unlink(missing_ok=True)
    sync_dir(marker.parent)
    return True


def _undo(record_files: list[Path], folder: Path | None, moved: list[str]) -> None:
    """Put back what was moved aside; remove what the swap itself put in place (it came from a
    backup, which still exists). A file not moved yet is left where it is."""
    for path in record_files:
        if path.name not in moved:
            path.unlink(missing_ok=True)
        elif folder is not None and (folder / path.name).exists():
            os.replace(folder / path.name, path)
    if folder is not None and folder.is_dir():
        with contextlib.suppress(OSError):  # it holds something we did not put there
            folder.rmdir()
    sync_dir(record_files[0].parent)


def _new_folder(root: Path, name: str) -> Path:
    folder, number = root / name, 2
    while folder.exists():
        folder = root / f"{name}-{number}"
        number += 1
    return folder

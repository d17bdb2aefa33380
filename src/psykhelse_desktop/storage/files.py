"""Files written whole and private: temporary name, fsync, rename; folders 0700, files 0600."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

FOLDER_MODE, FILE_MODE = 0o700, 0o600
TEMP_PREFIX = ".skrives-"


def make_private_dir(folder: Path) -> None:
    """Create the folder (and any missing parents) readable by the owner only."""
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    for path in missing:
        _chmod(path, FOLDER_MODE)


def tighten(folder: Path) -> None:
    """Make an existing data folder and everything in it private (on POSIX systems)."""
    if os.name != "posix" or not folder.is_dir():
        return
    _chmod(folder, FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _chmod(Path(root, name), FOLDER_MODE)
        for name in files:
            _chmod(Path(root, name), FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if stat.S_IMODE(path.lstat().st_mode) != mode and not path.is_symlink():
            os.chmod(path, mode)


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, owner-only, synced to the disk."""
    with temporary_beside(path) as tmp:
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    sync_dir(path.parent)


@contextlib.contextmanager
def temporary_beside(path: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A private temporary name in the same folder; removed again unless it was renamed."""
    prefix = f"{TEMP_PREFIX}{os.getpid()}-"  # whose it is: a killed writer's is found again
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def writer_of(temporary: Path) -> int | None:
    """The process id in a temporary file's name (see `temporary_beside`), if there is one."""
    middle = temporary.name.removeprefix(TEMP_PREFIX).split("-", 1)[0]
    return int(middle) if middle.isdigit() else None


def process_alive(pid: int) -> bool:
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""The window's lock file, read as plain text by the core (the window itself uses QLockFile).

The file holds the process id, the process name and the host name, one a line, as Qt writes
it. A restore from the command line takes the same lock in the same form, so a window started
meanwhile sees the record as busy, and a restore never runs under an open window.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from ...domain.record_safety import RecordInUse
from ...paths import AppPaths
from ...storage.files import make_private_dir, process_alive

IN_WINDOW_MESSAGE = (
    "Journalen er åpen i vinduet (prosess {pid}). Lukk Psykhelse Desktop og prøv igjen. "
    "Ingenting ble endret."
)


def lock_holder(paths: AppPaths) -> int | None:
    """The id of another running process that holds the lock, or None."""
    try:
        lines = paths.window_lock.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if pid == os.getpid():
        return None
    if host and host != socket.gethostname():
        return pid  # a window on another machine (a shared folder): never take it over
    return pid if process_alive(pid) else None


def refuse_if_window_open(paths: AppPaths) -> None:
    pid = lock_holder(paths)
    if pid is not None:
        raise RecordInUse(IN_WINDOW_MESSAGE.format(pid=pid))


@contextlib.contextmanager
def holding_lock(paths: AppPaths) -> Iterator[None]:
    """Hold the window's lock (for a restore from the command line); RecordInUse if taken."""
    refuse_if_window_open(paths)
    make_private_dir(paths.data_dir)
    paths.window_lock.unlink(missing_ok=True)  # stale: its process is gone
    try:
        fd = os.open(paths.window_lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise RecordInUse(IN_WINDOW_MESSAGE.format(pid="?")) from None
    try:
        _native_lock(fd)
        os.write(fd, f"{os.getpid()}\n{_process_name()}\n{socket.gethostname()}\n".encode())
        yield
    finally:
        os.close(fd)
        paths.window_lock.unlink(missing_ok=True)


def _native_lock(fd: int) -> None:
    """Qt checks this lock too before it calls a lock file stale."""
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _process_name() -> str:
    """The name Qt would write for this process (the executable's file name)."""
    with contextlib.suppress(OSError):
        return Path(os.readlink("/proc/self/exe")).name
    return Path(sys.executable).name


def another_process_holds(paths: AppPaths) -> bool:
    return lock_holder(paths) is not None

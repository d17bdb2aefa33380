"""A real full disk for tests: a small tmpfs of its own, filled to the last byte.

Where mounting is not allowed (not root, no CAP_SYS_ADMIN), the process's file size limit
(RLIMIT_FSIZE = 0) stands in: no file may grow, which is what a full disk means to a writer.
Where neither works, the test is skipped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

CHUNK = 64 * 1024


class Disk:
    """A folder whose disk can be filled up and freed again."""

    def __init__(self, folder: Path, mounted: bool):
        self.folder, self.mounted = folder, mounted
        self.filler = folder / "fyll"
        self._limit: tuple[int, int] | None = None
        self._handler: object = None

    def fill(self) -> None:
        if not self.mounted:
            return self._limit_file_size()
        with open(self.filler, "ab", buffering=0) as out:
            for size in (CHUNK, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while True:
                        out.write(b"\0" * size)
        return None

    def free(self) -> None:
        if self._limit is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_FSIZE, self._limit)
            signal.signal(signal.SIGXFSZ, self._handler)  # type: ignore[arg-type]
            self._limit = None
        self.filler.unlink(missing_ok=True)

    def _limit_file_size(self) -> None:
        import resource

        self._limit = resource.getrlimit(resource.RLIMIT_FSIZE)
        self._handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, self._limit[1]))

    def is_full(self) -> bool:
        probe = self.folder / "probe"
        try:
            with open(probe, "wb") as out:
                out.write(b"x" * 4096)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            return exc.errno in (errno.ENOSPC, errno.EFBIG)
        finally:
            probe.unlink(missing_ok=True)
        return False


@contextlib.contextmanager
def small_disk(tmp_path: Path, size_kib: int = 8192) -> Iterator[Disk]:
    """A folder on a disk of `size_kib` (a tmpfs), or the file-size-limit stand-in."""
    if os.name != "posix":
        pytest.skip("a full disk is simulated only on POSIX systems")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = _mount(folder, size_kib)
    disk = Disk(folder, mounted)
    try:
        yield disk
    finally:
        disk.free()
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def _mount(folder: Path, size_kib: int) -> bool:
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
        )
    except OSError:
        return False
    return result.returncode == 0

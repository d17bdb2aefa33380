"""A private PostgreSQL 15 for the tests: initdb in a folder, a unix socket only, stopped after.

    python -m tests.pg_server start DIR   # prints the admin URL (database "postgres")
    python -m tests.pg_server stop DIR

The server listens on no TCP port (`-h ''`), only on a socket in DIR, with trust for the
local user, and runs as the `postgres` user when started by root (PostgreSQL refuses root).
Nothing of the machine's own clusters is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

BIN_DIRS = (Path("/usr/lib/postgresql/15/bin"),)
SERVER_USER = "postgres"
SUPERUSER = "postgres"  # the role the tests connect as (trust, socket only)
# Tests want speed, not durability: a killed test server is thrown away anyway.
FAST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


def pg_bin(name: str) -> str:
    for folder in BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: apt-get install postgresql-15")
    return found


def available() -> bool:
    try:
        pg_bin("initdb")
    except RuntimeError:
        return False
    return True


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _run(command: list[str]) -> None:
    done = subprocess.run(_as_server_user(command), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip() or done.stdout}")


def _own(folder: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(folder, SERVER_USER, SERVER_USER)


def url_for(folder: Path, database: str = "postgres") -> str:
    return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={folder / 'socket'}"


def start(folder: Path) -> str:
    """initdb (first time) and start the server; its admin URL."""
    folder = folder.resolve()
    data, socket = folder / "data", folder / "socket"
    for part in (folder, socket):
        part.mkdir(mode=0o700, parents=True, exist_ok=True)
        _own(part)
    if not (data / "PG_VERSION").exists():
        _run([pg_bin("initdb"), "-D", str(data), "-A", "trust", "-E", "UTF8",
              "--locale=C.UTF-8", "-U", SUPERUSER])  # fmt: skip
    options = " ".join(f"-c {s}" for s in FAST_SETTINGS)
    _run([pg_bin("pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
          "-w", "-o", f"-k {socket} -h '' {options}", "start"])  # fmt: skip
    _wait_ready(socket)
    return url_for(folder)


def _wait_ready(socket: Path) -> None:
    for _ in range(100):
        ready = [pg_bin("pg_isready"), "-h", str(socket), "-U", SUPERUSER]
        done = subprocess.run(ready, capture_output=True)
        if done.returncode == 0:
            return
        time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start on {socket}")


def stop(folder: Path) -> None:
    data = folder.resolve() / "data"
    if (data / "postmaster.pid").exists():
        _run([pg_bin("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "start":
        print(start(Path(argv[1])))
    else:
        stop(Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

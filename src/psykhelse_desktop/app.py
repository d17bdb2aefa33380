"""The GUI entry (composition root): crash log, then unlock or a throwaway demo, then the window.

Qt itself is only touched through ui/; this module wires the pieces together.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from .paths import AppPaths
from .services.demo.names import DEMO_PROFILE
from .ui import start

if TYPE_CHECKING:
    from .services.database import Database

DEMO_PASSPHRASE = "demo-passord-2026"
DEMO_USERS = 60
LOG_FILE_NAME = "psykhelse-desktop.log"

log = logging.getLogger("psykhelse_desktop")


def run_gui(paths: AppPaths, demo: bool) -> int:
    """Show the window until she closes it; the exit code for the process."""
    app = start.application()
    install_excepthook(paths)
    if demo:
        db, cleanup = open_demo()
        banner = start.demo_banner(DEMO_PASSPHRASE)
    else:
        db, cleanup, banner = start.ask_for_database(paths), None, ""
    if db is None:
        return 0
    try:
        return start.show_window(app, db, banner)
    finally:
        db.close()
        if cleanup:
            cleanup()


def open_demo(users: int = DEMO_USERS) -> tuple[Database, Callable[[], None]]:
    """A throwaway demo record in a temporary folder, and how to remove it again."""
    from .services.demo.populate import populate_demo
    from .services.trust.vault import create_vault

    folder = Path(tempfile.mkdtemp(prefix="psykhelse-demo-"))
    db = create_vault(AppPaths(folder / "data"), DEMO_PASSPHRASE, DEMO_PROFILE, demo=True)
    populate_demo(db, users)
    return db, lambda: shutil.rmtree(folder, ignore_errors=True)


def install_excepthook(paths: AppPaths) -> None:
    """Unexpected errors are logged (no field values) and shown once; expected ones plainly."""
    start_log(paths.logs)
    start.install_excepthook(paths.logs, record_crash)


def record_crash(kind: type[BaseException], tb: TracebackType | None) -> None:
    """The type and where it happened; never the message, which may carry what was typed."""
    stack = "\n".join(
        f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(tb)
    )
    log.error("Uventet feil %s.%s\n%s", kind.__module__, kind.__qualname__, stack)


def start_log(folder: Path) -> None:
    if log.handlers:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / LOG_FILE_NAME, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)

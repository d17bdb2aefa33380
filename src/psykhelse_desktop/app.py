"""The GUI entry (composition root): crash log, the record's lock, then unlock or a throwaway
demo, then the window; automatic backups while it runs and when it closes.

Qt itself is only touched through ui/; this module wires the pieces together.
"""

from __future__ import annotations

import logging
import platform
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from . import __version__
from .paths import AppPaths
from .services.demo.names import DEMO_PROFILE
from .services.reports.leftovers import remove_leftovers
from .storage.files import make_private_dir
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
    remove_leftovers(paths.data_dir)  # what a killed run left: temp prints, calendars, exports
    install_excepthook(paths)
    if demo:
        db, cleanup = open_demo()
        return _run(app, db, start.demo_banner(DEMO_PASSPHRASE), cleanup)
    lock = start.claim_record(paths)
    if lock is None:
        return 0  # the window that has the record was asked to come forward
    try:
        db = start.ask_for_database(paths)
        return 0 if db is None else _run(app, db, "", None)
    finally:
        lock.release()


def _run(app, db: Database, banner: str, cleanup: Callable[[], None] | None) -> int:  # noqa: ANN001
    try:
        return start.show_window(app, db, banner, automatic=cleanup is None)
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
    """Unexpected errors are logged (no field values) and shown once; expected ones plainly.

    Errors in worker threads are recorded the same way; nothing is ever sent anywhere.
    """
    start_log(paths.logs)
    start.install_excepthook(paths.logs, record_crash)
    threading.excepthook = lambda args: record_crash(args.exc_type, args.exc_traceback)


def record_crash(kind: type[BaseException], tb: TracebackType | None) -> str:
    """Log the type and where it happened, and return that; never the message or a value,
    which may carry what the nurse typed."""
    details = crash_details(kind, tb)
    log.error("Uventet feil %s", details)
    return details


def crash_details(kind: type[BaseException], tb: TracebackType | None) -> str:
    """What "Kopier detaljer" copies: versions, the error's type, and file:line of each frame."""
    stack = "\n".join(
        f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in traceback.extract_tb(tb)
    )
    versions = f"Psykhelse Desktop {__version__}, Python {platform.python_version()}"
    where = f"{platform.system()} {platform.release()} ({sys.platform})"
    return f"{kind.__module__}.{kind.__qualname__}\n{versions}, {where}\n{stack}"


def start_log(folder: Path) -> None:
    if log.handlers:
        return
    try:
        make_private_dir(folder)
        handler: logging.Handler = logging.FileHandler(folder / LOG_FILE_NAME, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)

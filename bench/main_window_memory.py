"""Benchmark child: unlock a large record, show the main window with its first page; RSS."""

from __future__ import annotations

import gc
import importlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTableView

from psykhelse_desktop.paths import AppPaths
from qt_probe import report, rss_mb, since_launch

FIRST_PAGE_TIMEOUT_S = 180.0  # I dag at 50,000 users on a busy machine
SETTLE_S = 0.5
CHECK_TIMEOUT_S = 120.0


def main_window_class() -> type | None:
    """Loaded as the app loads it while she types the passphrase (`ui.preload`)."""
    try:
        preload = importlib.import_module("psykhelse_desktop.ui.preload")
        preload.start_loading()
        preload.wait_until_loaded()
    except ImportError:
        pass
    try:
        return importlib.import_module("psykhelse_desktop.ui.main_window").MainWindow
    except (ImportError, AttributeError):
        return None


def app_window(db):  # noqa: ANN001, ANN201
    """The window as the app makes it after unlock (`ui.start.main_window`), where there is one."""
    start = importlib.import_module("psykhelse_desktop.ui.start")
    make = getattr(start, "main_window", None)
    return make(db, "") if make else main_window_class()(db)


def first_page_rows(window) -> int:  # noqa: ANN001
    """The lines *I dag* shows once its radar is read (in the background), else the rows of
    the largest table (a window from before *I dag* was read in the background)."""
    radar = getattr(window, "radar_page", None)
    if radar is not None and hasattr(radar, "reading"):
        return len(radar.line_items()) if radar.has_read and not radar.reading() else 0
    tables = window.findChildren(QTableView)
    return max((t.model().rowCount() for t in tables if t.model()), default=0)


def pump(app: QApplication, seconds: float, until=lambda: False) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline and not until():
        app.processEvents()
        time.sleep(0.005)


def measure_window(app: QApplication, db, **figures: float) -> None:  # noqa: ANN001
    window = app_window(db)
    window.show()
    pump(app, FIRST_PAGE_TIMEOUT_S, until=lambda: first_page_rows(window) > 0)
    loaded_s = since_launch()
    gate = getattr(db, "gate", None)  # idle means after the check at unlock, too
    pump(app, CHECK_TIMEOUT_S, until=lambda: gate is None or gate.wait(0))
    pump(app, SETTLE_S)
    report(rss_mb=rss_mb(), rows=first_page_rows(window), loaded_s=loaded_s, **figures)
    window.close()


def main() -> int:
    window_class = main_window_class()
    if window_class is None:
        report(pending="no psykhelse_desktop.ui.main_window.MainWindow")
        return 0
    from psykhelse_desktop.services.trust.vault import unlock_vault  # in the app's order: after ui

    app = QApplication(sys.argv)
    imported_mb = rss_mb()
    db = unlock_vault(AppPaths(Path(os.environ["BENCH_DATA_DIR"])), os.environ["BENCH_PASSPHRASE"])
    unlocked_mb = rss_mb()
    measure_window(app, db, imported_mb=imported_mb, unlocked_mb=unlocked_mb)
    # The window is gone before the QApplication: left to the interpreter's final garbage
    # collection, the order is arbitrary and PySide6 can crash on the way out.
    gc.collect()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

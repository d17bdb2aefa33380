"""*I dag* shown while a change is made: the longest time the window's thread is blocked, from
the change (a journal note saved, then announced as the window does) until the new lines are
painted. Floor: the radar's own SQL alone, replayed on a raw SQLCipher connection (what any
reading of the radar on the window's thread would block it for at least). For comparison, the
same reading on the window's thread as it was done before.

python bench/radar_ui_bench.py [--users 5000 50000] [--record DIR] [--runs 3]
(`--record` reuses a demo record made with the bench passphrase, e.g. by an earlier run.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlcipher3  # noqa: E402
from sqlalchemy import event  # noqa: E402

from common import PASSPHRASE, median, new_vault, raw_key, temp_root  # noqa: E402
from psykhelse_desktop.domain.journal import JournalForm  # noqa: E402
from psykhelse_desktop.paths import AppPaths  # noqa: E402
from psykhelse_desktop.services.daily import journal  # noqa: E402
from psykhelse_desktop.services.daily.radar import radar_overview  # noqa: E402
from psykhelse_desktop.services.demo.populate import populate_demo  # noqa: E402
from psykhelse_desktop.services.trust.vault import unlock_vault  # noqa: E402

TICK_MS = 1
SETTLE_S = 0.3


def record_for(root: Path, users: int, given: Path | None) -> Path:
    if given is not None:
        return given
    paths, db = new_vault(root, f"radar-{users}")
    populate_demo(db, users)
    db.close()
    return paths.data_dir


class Ticks:
    """The longest gap between two turns of the event loop while it is watched."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last, self.longest = 0.0, 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.longest


def pump(app, until, limit_s: float = 600.0) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + limit_s
    while not until() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)


def idle_block(app, seconds: float) -> float:  # noqa: ANN001
    """The longest gap of the same event loop doing nothing: what a busy machine alone costs."""
    ticks = Ticks()
    ticks.start()
    end = time.perf_counter() + seconds
    pump(app, lambda: time.perf_counter() > end)
    return ticks.stop()


def longest_block(app, window, db, user_id: int) -> tuple[float, float, float]:  # noqa: ANN001
    """One change with *I dag* shown: seconds of the longest block of the window's thread from
    the change until the new lines are painted, the seconds that took, and the seconds the
    save itself (a journal note, on the window's thread as in the program) blocked it."""
    from psykhelse_desktop.ui.change_bus import JOURNAL

    page, shown = window.radar_page, []
    page.lines_shown.connect(lambda: shown.append(1))
    began = time.perf_counter()
    ticks = Ticks()
    ticks.start()
    pump(app, lambda: False, 0.05)
    form = JournalForm(occurred_at=dt.datetime.now().replace(microsecond=0, second=0),
                       duration_minutes=30, text="Samtale om søvn.")  # fmt: skip
    saving = time.perf_counter()
    journal.create_draft(db, user_id, form)
    saved = time.perf_counter() - saving
    window.bus.announce(JOURNAL)
    pump(app, lambda: bool(shown))
    end = time.perf_counter() + SETTLE_S
    pump(app, lambda: time.perf_counter() > end)
    page.lines_shown.disconnect()
    return ticks.stop(), time.perf_counter() - began, saved


def radar_sql(db) -> list[tuple[str, object]]:  # noqa: ANN001
    """The statements one reading of the radar sends, with their parameters."""
    sent: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001, ANN202
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        radar_overview(db, shown_per_severity=300, audit=False)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    return sent


def replay(db_path: Path, key: bytes, statements: list[tuple[str, object]]) -> None:
    connection = sqlcipher3.connect(str(db_path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for statement, parameters in statements:
        connection.execute(statement, parameters).fetchall()
    connection.close()


def measure(data_dir: Path, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from psykhelse_desktop.ui import start

    app = QApplication.instance() or QApplication(sys.argv)
    db = unlock_vault(AppPaths(data_dir), PASSPHRASE, check_wait=None)
    window = start.main_window(db, "")
    if window.window_lock is not None:  # nobody touches the window here: it must not lock
        window.window_lock.idle.stop()
        window.window_lock.idle.timeout.disconnect()
    window.show()
    pump(app, lambda: window.radar_page.has_read and not window.radar_page.reading())
    user_id = window.radar_page.lines[0].service_user_id or 1
    statements, key = radar_sql(db), raw_key(db.db_path)
    blocks, floors, before, idle, saves = [], [], [], [], []
    for _ in range(runs):
        block, lasted, saved = longest_block(app, window, db, user_id)
        blocks.append(block)
        saves.append(saved)
        idle.append(idle_block(app, lasted))
        start_s = time.perf_counter()
        replay(db.db_path, key, statements)
        floors.append(time.perf_counter() - start_s)
        start_s = time.perf_counter()
        radar_overview(db, shown_per_severity=300, audit=False)  # on this thread, as before
        before.append(time.perf_counter() - start_s)
    window.radar_page.close_down()
    window.close()
    db.close()
    return {"block_max": max(blocks), "block_median": median(blocks),
            "floor": median(floors), "before": median(before),
            "statements": len(statements), "idle_max": max(idle),
            "save": median(saves)}  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, nargs="+", default=[5_000, 50_000])
    parser.add_argument("--record", type=Path, action="append", default=[],
                        help="an existing record per --users size, in the same order")  # fmt: skip
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    root = temp_root()
    try:
        for index, users in enumerate(args.users):
            given = args.record[index] if index < len(args.record) else None
            figures = measure(record_for(root, users, given), args.runs)
            print(
                f"radar with I dag shown, {users} users: longest block of the window's thread "
                f"{figures['block_max'] * 1000:.0f} ms (median {figures['block_median'] * 1000:.0f}"
                f" ms over {args.runs} changes), target <= 100 ms; floor: the radar's SQL alone "
                f"{figures['floor'] * 1000:.0f} ms ({figures['statements']} statements); the "
                f"same reading on the window's thread {figures['before'] * 1000:.0f} ms; the save "
                f"itself {figures['save'] * 1000:.0f} ms (median, included); an idle "
                f"event loop's longest gap over as long {figures['idle_max'] * 1000:.0f} ms; "
                f"load average {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

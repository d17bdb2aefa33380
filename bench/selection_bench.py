"""Keeping the selected person in the list: the window's search page against one raw query pair.

Usage: python bench/selection_bench.py [--users 50000 200000] [--repeat 5]

For each size it builds an encrypted record of synthetic users (bench/export_data.py, no
journal), shows the real service-user page offscreen and times two things the nurse does:

- "Tøm søket": the last person in the list is selected after a search for her; the search box
  is cleared; the page runs the search again and selects her in the full list.
- "Åpne fra I dag": a fresh full list, then the page is asked to select the last person.

The floor, alternated with the program in the same run, is the same SQL on a raw SQLCipher
connection: count the list, count the rows before her, read the 200 rows of her page from her
key in both directions.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event  # noqa: E402

from common import Result, median, new_vault, raw_key, temp_root  # noqa: E402
from export_data import populate  # noqa: E402
from psykhelse_desktop.services.records import service_users  # noqa: E402
from psykhelse_desktop.services.records.user_list import UserList  # noqa: E402
from psykhelse_desktop.storage.engine import connect_raw  # noqa: E402
from psykhelse_desktop.ui.change_bus import ChangeBus  # noqa: E402
from psykhelse_desktop.ui.models.service_user_model import PAGE_SIZE  # noqa: E402
from psykhelse_desktop.ui.pages.service_users_page import ServiceUsersPage  # noqa: E402

RAW_COUNT = "SELECT count(*) FROM service_user WHERE is_closed = 0"
RAW_KEY = "SELECT sort_key FROM service_user WHERE id = ? AND is_closed = 0"
RAW_BEFORE = "SELECT count(*) FROM service_user WHERE is_closed = 0 AND (sort_key, id) < (?, ?)"
COLUMNS = "id, first_name, last_name, birth_date, national_id, phone, category, is_closed"
RAW_PAGE_BEFORE = (
    f"SELECT {COLUMNS} FROM service_user WHERE is_closed = 0 AND (sort_key, id) < (?, ?) "
    "ORDER BY sort_key DESC, id DESC LIMIT ?"
)
RAW_PAGE_ONWARDS = (
    f"SELECT {COLUMNS} FROM service_user WHERE is_closed = 0 AND (sort_key, id) >= (?, ?) "
    "ORDER BY sort_key, id LIMIT ?"
)
TARGET_MS = 50.0


class StatementCounter:
    """Counts the SQL statements the program sends while it is switched on."""

    def __init__(self, engine) -> None:  # noqa: ANN001
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:  # noqa: ANN002
        self.count += 1


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def clear_search(app: QApplication, page: ServiceUsersPage, last_name: str) -> float:
    page.search.blockSignals(True)
    page.search.setText(last_name)
    page.refresh()
    page.select_user(page.model.row_id(page.model.total() - 1) or 0, open_page=False)
    settle(app)
    page.search.setText("")
    page.search.blockSignals(False)
    start = time.perf_counter()
    page.refresh()
    settle(app)
    return (time.perf_counter() - start) * 1000


def open_last(app: QApplication, page: ServiceUsersPage, last_id: int) -> float:
    page.model.show(UserList())
    settle(app)
    start = time.perf_counter()
    page.select_user(last_id, open_page=False)
    settle(app)
    return (time.perf_counter() - start) * 1000


def raw_floor(conn, last_id: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    conn.execute(RAW_COUNT).fetchone()
    (key,) = conn.execute(RAW_KEY, (last_id,)).fetchone()
    (row,) = conn.execute(RAW_BEFORE, (key, last_id)).fetchone()
    conn.execute(RAW_PAGE_BEFORE, (key, last_id, row % PAGE_SIZE)).fetchall()
    conn.execute(RAW_PAGE_ONWARDS, (key, last_id, PAGE_SIZE - row % PAGE_SIZE)).fetchall()
    return (time.perf_counter() - start) * 1000


def measure_size(app: QApplication, root: Path, users: int, repeat: int) -> list[Result]:
    paths, db = new_vault(root, f"users-{users}")
    populate(db, users, 0)
    conn = connect_raw(paths.database, raw_key(paths.database))
    page = ServiceUsersPage(db, ChangeBus())
    page.resize(1366, 700)
    page.show()
    page.refresh()
    ids = service_users.search_ids(db, "")
    last_id = ids[-1]
    last_name = service_users.rows_for_ids(db, [last_id])[0].full_name
    counter = StatementCounter(db.engine)
    cleared, opened, floor = [], [], []
    for _ in range(repeat):
        floor.append(raw_floor(conn, last_id))
        counter.count = 0
        cleared.append(clear_search(app, page, last_name))
        floor.append(raw_floor(conn, last_id))
        opened.append(open_last(app, page, last_id))
    statements = counter.count // repeat
    selected = page.model.row_id(page.table.currentIndex().row())
    assert selected == last_id, "the last person is selected"
    page.close()
    conn.close()
    db.close()
    raw = median(floor)
    return [
        Result(
            f"tøm søket, siste valgt ({users:,} brukere)",
            median(cleared),
            "ms",
            raw,
            f"< {TARGET_MS:.0f} ms",
            median(cleared) < TARGET_MS,
            f"~{statements} SQL per runde (med åpning)",
        ),  # fmt: skip
        Result(
            f"åpne siste fra I dag ({users:,} brukere)",
            median(opened),
            "ms",
            raw,
            f"< {TARGET_MS:.0f} ms",
            median(opened) < TARGET_MS,
        ),  # fmt: skip
    ]


def print_table(results: list[Result]) -> None:
    print(f"{'måling':46} {'tall':>9} {'gulv':>9} {'forhold':>8}  mål        notat")
    for r in results:
        ratio = f"{r.ratio:.2f}x" if r.ratio else ""
        mark = "✓" if r.ok else "✗"
        print(f"{r.benchmark:46} {r.figure:7.1f}{r.unit} {r.raw:7.1f}{r.unit} {ratio:>8}  "
              f"{r.target} {mark}  {r.note}")  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[50_000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    root = temp_root()
    results = [r for users in args.users for r in measure_size(app, root, users, args.repeat)]
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

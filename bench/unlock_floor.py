"""Benchmark child, the floor of unlock_today.py: after the same wait, the same Argon2id
derivation, a raw SQLCipher open with one read, and a bare window painted. Prints seconds."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from psykhelse_desktop.storage.keys import derive_key, read_sidecar
from qt_probe import FirstPaint, report, rss_mb

TYPING_S = float(os.environ.get("BENCH_TYPING_S", "3.0"))


def raw_open(db_path: Path, key: bytes) -> int:
    connection = sqlcipher3.connect(str(db_path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    count = connection.execute("SELECT count(*) FROM service_user").fetchone()[0]
    connection.close()
    return count


def main() -> int:
    app = QApplication(sys.argv)
    db_path = Path(os.environ["BENCH_DATA_DIR"]) / "psykhelse.db"
    clock: dict[str, float] = {}
    keep: list = []

    def painted() -> None:
        report(today_s=time.perf_counter() - clock["pressed"], rss_mb=rss_mb())
        app.quit()

    def press() -> None:
        clock["pressed"] = time.perf_counter()
        key = derive_key(os.environ["BENCH_PASSPHRASE"], read_sidecar(db_path))
        window = QLabel(f"{raw_open(db_path, key)} tjenestemottakere")
        window.resize(1366, 768)
        probe = FirstPaint(app, painted)
        probe.watch(window)
        keep.extend((window, probe))
        window.show()

    QTimer.singleShot(int(TYPING_S * 1000), press)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

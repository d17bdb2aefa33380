"""Benchmark child: the unlock dialog as the app starts it; she types for a while, presses
"Lås opp", and the clock runs until "I dag" is painted in the main window with the radar's
lines (read in the background) on it. Prints seconds."""

from __future__ import annotations

import gc
import os
import sys
import time

from qt_probe import FirstPaint, report, rss_mb

TYPING_S = float(os.environ.get("BENCH_TYPING_S", "3.0"))


def main() -> int:
    from PySide6.QtCore import QTimer

    import psykhelse_desktop.app  # noqa: F401 (the real start imports the composition root)
    from psykhelse_desktop.paths import resolve_paths
    from psykhelse_desktop.ui import preload, start

    app = start.application()
    dialog = start.unlock_dialog(resolve_paths(os.environ["BENCH_DATA_DIR"]))
    clock: dict[str, float] = {}
    keep: list = []

    def press() -> None:
        dialog.passphrase.setText(os.environ["BENCH_PASSPHRASE"])
        clock["loading"] = preload.still_loading()
        clock["pressed"] = time.perf_counter()
        dialog.buttons.buttons()[0].click()

    def painted() -> None:
        seconds = time.perf_counter() - clock["pressed"]
        report(today_s=seconds, window_made_s=clock["window"], rss_mb=rss_mb(),
               still_loading_at_press=clock["loading"])  # fmt: skip
        app.quit()

    def unlocked() -> None:
        window = start.main_window(dialog.database, "")
        clock["window"] = time.perf_counter() - clock["pressed"]
        probe = FirstPaint(app, painted)
        # The radar is read in the background: the clock stops at the first paint of its lines.
        window.radar_page.lines_shown.connect(
            lambda: probe.watch(window.radar_page.tree.viewport())
        )
        keep.extend((window, probe))
        window.show()

    dialog.accepted.connect(unlocked)
    dialog.show()
    QTimer.singleShot(int(TYPING_S * 1000), press)
    code = app.exec()
    keep.clear()
    gc.collect()
    dialog.database.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

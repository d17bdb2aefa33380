"""Benchmark child: a bare PySide6 window; prints time from launch to first paint, and RSS."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget

from qt_probe import FirstPaint, report, rss_mb, since_launch


def main() -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    window.resize(420, 200)

    def painted() -> None:
        report(shown_s=since_launch(), rss_mb=rss_mb())
        app.quit()

    probe = FirstPaint(app, painted)
    probe.watch(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

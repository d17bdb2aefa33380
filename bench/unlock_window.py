"""Benchmark child: the app's start up to its unlock dialog painted; prints time and RSS."""

from __future__ import annotations

import importlib
import os
import sys

from qt_probe import FirstPaint, report, rss_mb, since_launch

DIALOG_MODULES = ("psykhelse_desktop.ui.unlock_dialog", "psykhelse_desktop.ui.dialogs.unlock")


def find_unlock_dialog() -> type | None:
    for name in DIALOG_MODULES:
        try:
            return importlib.import_module(name).UnlockDialog
        except (ImportError, AttributeError):
            continue
    return None


def import_composition_root() -> bool:
    """The real start imports the app module (and the main window with it) before unlocking."""
    try:
        importlib.import_module("psykhelse_desktop.app")
    except ImportError:
        return False
    return True


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from psykhelse_desktop.paths import resolve_paths

    with_app = import_composition_root()
    dialog_class = find_unlock_dialog()
    if dialog_class is None:
        report(pending="no UnlockDialog in " + " or ".join(DIALOG_MODULES))
        return 0
    app = QApplication(sys.argv)
    dialog = dialog_class(resolve_paths(os.environ.get("BENCH_DATA_DIR")))

    def painted() -> None:
        report(shown_s=since_launch(), rss_mb=rss_mb(), imports_app=with_app)
        app.quit()

    probe = FirstPaint(app, painted)
    probe.watch(dialog)
    dialog.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

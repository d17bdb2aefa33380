"""GUI test helpers: synthetic service users, and answering a modal dialog while it runs."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from psykhelse_desktop.domain.national_id import with_check_digits
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.main_window import MainWindow
from psykhelse_desktop.ui.translator import install_translations

# The offscreen platform cannot pass a window's size limits to a window manager and says so
# whenever a dialog's layout sets them; that is the test platform talking, not the program.
OFFSCREEN_SIZE_HINTS = "This plugin does not support propagateSizeHints"


# Each file of window tests runs in a process of its own (test_in_own_processes.py), and the
# group page's tests one by one: after many windows in one process, Qt has crashed inside
# itself (README, "Not yet"), though every file passes when it runs alone. A file named on
# the command line (`pytest tests/gui/test_lock.py`) runs here as usual.
ALONE = "PSYKHELSE_GUI_TEST_ALONE"
RUNNER = "test_in_own_processes.py"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if os.environ.get(ALONE) or collection_path.suffix != ".py":
        return None
    if collection_path.name == RUNNER or not collection_path.name.startswith("test_"):
        return None
    named = {Path(arg.split("::")[0]).resolve() for arg in config.args}
    return None if collection_path.resolve() in named else True


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))


@pytest.fixture(scope="session", autouse=True)
def norwegian_qt(qapp, tmp_path_factory):
    """Qt's own texts in bokmål, as at a real start (built into a throwaway cache)."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    return install_translations(qapp)


def synthetic_id(day: int, month: int, year: int) -> str:
    """A valid Tenor test number (month + 80) for an invented person born in the 1900s."""
    for individual in range(123, 500):
        number = with_check_digits(f"{day:02d}{month + 80:02d}{year % 100:02d}{individual:03d}")
        if number:
            return number
    raise AssertionError("no synthetic number")


def add_user(db, first: str, last: str, born: dt.date = dt.date(1985, 1, 15), **extra) -> int:
    form = ServiceUserForm(
        first_name=first,
        last_name=last,
        national_id=synthetic_id(born.day, born.month, born.year),
        **extra,
    )
    return service_users.create(db, form)


def answer_dialog(callback: Callable[[QWidget], None]) -> None:
    """Run `callback` on the next modal dialog once it is shown.

    A dialog the callback leaves open is cancelled, so a failing test fails instead of hanging.
    """

    tries = iter(range(100))

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        # A progress dialog of long work is not the dialog a test answers.
        if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog):
            QTimer.singleShot(10, poll)
            return
        if QApplication.activeWindow() is not dialog and next(tries, None) is not None:
            dialog.activateWindow()  # shortcuts such as Ctrl+S need the active window
            QTimer.singleShot(10, poll)
            return
        try:
            callback(dialog)
        finally:
            if dialog.isVisible():  # closed as it is: no "discard?" question to wait for
                dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, poll)


@pytest.fixture
def window(qtbot, db):
    """The main window on a demo record with three invented service users."""
    add_user(db, "Ola", "Øvrebø", dt.date(1980, 3, 4), phone="912 34 567")
    add_user(db, "Kari", "Åsen", dt.date(1975, 6, 7))
    add_user(db, "Per", "Nordmann", dt.date(1990, 11, 12))
    main = MainWindow(db, ChangeBus())
    qtbot.addWidget(main)
    # A test's unsaved typing must not stop pytest-qt from closing the window afterwards;
    # test_closing_with_unsaved_plan_edits_asks_first removes this to see the question.
    main._discard_plan_edits = lambda: True
    main.show()
    qtbot.waitExposed(main)
    return main


def visible_names(window: MainWindow) -> list[str]:
    model = window.users_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def activate(qtbot, widget: QWidget) -> None:
    """Make a shown window the active one, as a click on it would."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)

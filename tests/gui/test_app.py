"""The GUI entry: demo start, first start through to the window, and the crash reporter."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from psykhelse_desktop import app
from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.ui import start
from psykhelse_desktop.ui.main_window import MainWindow

from .conftest import answer_dialog


@pytest.fixture(autouse=True)
def restore_hook_and_log(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    for handler in list(app.log.handlers):
        app.log.removeHandler(handler)
        handler.close()


def close_main_window_when_shown(seen: dict) -> None:
    def poll() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(20, poll)
            return
        seen["title"] = windows[0].windowTitle()
        seen["users"] = windows[0].users_page.model.total()
        seen["banner"] = windows[0].centralWidget().findChild(object, "demoBanner")
        seen["banner"] = seen["banner"].text() if seen["banner"] else ""
        windows[0].close()

    QTimer.singleShot(0, poll)


def test_demo_opens_the_window_without_asking_and_shows_the_passphrase(qtbot, paths):
    seen: dict = {}
    close_main_window_when_shown(seen)
    assert app.run_gui(paths, demo=True) == 0
    assert "DEMO" in seen["title"]
    assert app.DEMO_PASSPHRASE in seen["banner"]
    assert seen["users"] > 0
    assert not paths.database.exists()


def test_first_start_leads_to_the_window(qtbot, paths):
    seen: dict = {}

    def first_start(dialog):
        for field in (dialog.passphrase, dialog.repeated):
            qtbot.keyClicks(field, "lang og sterk setning")
        qtbot.keyClicks(dialog.name, "Siri Prøvesen")
        qtbot.keyClicks(dialog.municipality, "Øvrevik")
        close_main_window_when_shown(seen)
        dialog.try_save()

    answer_dialog(first_start)
    assert app.run_gui(paths, demo=False) == 0
    assert seen["title"] == "Psykhelse Desktop – Øvrevik"
    assert paths.database.exists()


def test_cancelled_unlock_ends_quietly(qtbot, paths, real_db):
    real_db.close()
    answer_dialog(lambda dialog: dialog.reject())
    assert app.run_gui(paths, demo=False) == 0


def test_unexpected_error_is_logged_without_values_and_shown_once(qtbot, paths):
    app.install_excepthook(paths)
    shown = []

    def note(box):
        assert isinstance(box, start.CrashDialog)
        shown.append(box.text.text())
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Kopier detaljer")
        copy.click()
        shown.append(QApplication.clipboard().text())
        box.accept()

    answer_dialog(note)
    try:
        raise RuntimeError("Øvrebø 04838012345")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    for handler in app.log.handlers:
        handler.flush()
    logged = (paths.logs / app.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "test_app.py" in logged
    assert "Øvrebø" not in logged and "04838012345" not in logged
    assert len(shown) == 2 and str(paths.logs) in shown[0] and "Kopier detaljer" in shown[0]
    copied = shown[1]
    assert (
        copied.startswith("builtins.RuntimeError\nPsykhelse Desktop ") and "test_app.py" in copied
    )
    assert "Øvrebø" not in copied and "04838012345" not in copied


def test_expected_error_is_shown_plainly_and_not_logged(qtbot, paths):
    app.install_excepthook(paths)
    shown = []
    answer_dialog(lambda box: (shown.append(box.text()), box.accept()))
    error = UserError("Disken er full.")
    sys.excepthook(UserError, error, None)
    assert shown == ["Disken er full."]
    assert logging.getLogger("psykhelse_desktop").handlers


def test_the_window_start_removes_what_a_killed_run_left(qtbot, paths, real_db, tmp_path):
    """Issue 9: killed prints left hidden files and readable PDFs that nothing cleaned up."""
    from tests.e2e.test_leftovers import left_by_a_killed_run

    real_db.close()
    stage, note = left_by_a_killed_run(paths.data_dir, tmp_path / "ut")
    seen = {}
    answer_dialog(lambda dialog: (seen.update(gone=not stage.exists()), dialog.reject()))
    assert app.run_gui(paths, demo=False) == 0
    assert seen == {"gone": True} and not note.exists()


def test_the_window_uses_the_font_of_the_pdfs_and_shows_sami_letters(qtbot):
    from PySide6.QtGui import QFontInfo, QFontMetrics
    from PySide6.QtWidgets import QLabel

    from psykhelse_desktop.ui.start import application

    app = application()
    assert app.font().family() == "DejaVu Sans"
    label = QLabel("Áilu Čávgi Đuommá Ŋuolla Šávžža-Ŧeahkká Žiilaš Łukasz Śliwiński")
    qtbot.addWidget(label)
    metrics = QFontMetrics(label.font())
    assert QFontInfo(label.font()).family() == "DejaVu Sans"  # found, not a fallback
    assert all(metrics.inFontUcs4(ord(letter)) for letter in "čđŋšŧžłś")

"""The window locks after a while without input (the test fires the idle timer) or with
Ctrl+L; locked it shows only the unlock form, and unlocking returns to the same place with
nothing typed lost. Fil → Bytt passord… rekeys the open record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.colours import contrast
from psykhelse_desktop.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import answer_dialog, visible_names

NEW = "lykt kobber åker svane"


def _at_olas_journal(window, db) -> int:
    ola = service_users.search_ids(db, "Øvrebø")[0]
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    users.select_user(ola)
    users.user_tabs.setCurrentWidget(users.journal)
    return ola


def _unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    dialog = window.window_lock.dialog
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    dialog.try_save()


def test_idle_locks_shows_only_the_form_and_unlocks_to_the_same_place(qtbot, window, db):
    ola = _at_olas_journal(window, db)
    assert window.window_lock.idle.interval() == 5 * 60_000  # the default: 5 minutes

    window.window_lock.idle.timeout.emit()  # as if five minutes went by without input

    dialog = window.window_lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase, timeout=2000)
    assert window.windowTitle() == "Psykhelse Desktop – låst"
    assert window.stack.currentIndex() == 1 and not window.menuBar().isEnabled()
    assert visible_names(window) == [] and db.locked
    assert window.users_page.journal.table.texts() == []  # the rows are cleared
    window.grab().save("/tmp/laast-vindu.png")
    dialog.grab().save("/tmp/laast-skjema.png")

    dialog.reject()  # Esc does not unlock
    assert dialog.isVisible() and db.locked
    _unlock(qtbot, window, "ikke riktig passord")
    assert "Feil passord" in dialog.message.text() and db.locked
    _unlock(qtbot, window)

    assert window.window_lock.dialog is None and not db.locked
    assert (
        window.windowTitle().startswith("Psykhelse Desktop") and "låst" not in window.windowTitle()
    )
    assert window.tabs.currentWidget() is window.users_page
    assert window.users_page.current_user_id() == ola
    assert window.users_page.user_tabs.currentWidget() is window.users_page.journal
    assert "Ola Øvrebø" in visible_names(window)


def test_failed_attempts_are_told_after_the_unlock(qtbot, window):
    window.lock()
    _unlock(qtbot, window, "ikke riktig passord")
    _unlock(qtbot, window, "heller ikke dette")
    _unlock(qtbot, window)
    assert window.notice_bar.isVisible()
    assert "har det vært 2 mislykkede forsøk på å låse opp journalen" in window.notice.text()


def test_ctrl_l_locks_at_once(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.window_lock.locked
    _unlock(qtbot, window)
    assert not window.window_lock.locked


def test_an_open_note_is_covered_and_comes_back_with_what_was_typed(qtbot, window, db):
    _at_olas_journal(window, db)
    seen: dict = {}

    def while_writing(dialog):
        dialog.text.clear()
        dialog.text.insertPlainText("Samtale om søvn, Čáhppes-Áile var med")
        title = dialog.windowTitle()
        window.window_lock.idle.timeout.emit()
        seen["covered_title"] = dialog.windowTitle()
        dialog.grab().save("/tmp/laast-notat.png")
        _unlock(qtbot, window)
        seen["title_back"] = dialog.windowTitle() == title
        seen["text"] = dialog.text.toPlainText()
        dialog.try_save()

    answer_dialog(while_writing)
    window.users_page.journal.new_note()

    assert seen["covered_title"] == "Låst" and seen["title_back"]
    assert seen["text"] == "Samtale om søvn, Čáhppes-Áile var med"
    assert "Čáhppes-Áile" in window.users_page.journal.table.texts()[0][5]


def test_the_locked_text_is_readable(qtbot, window):
    window.window_lock.lock()
    label = window.findChild(QLabel, "lockedText")
    qtbot.waitUntil(label.isVisible)
    image = label.grab().toImage()
    text = min((image.pixelColor(x, y) for x in range(image.width())
                for y in range(image.height())), key=lambda c: c.lightness())  # fmt: skip
    background = image.pixelColor(0, 0)
    assert contrast(text, background) >= 4.5
    _unlock(qtbot, window)


def test_the_idle_time_follows_the_setting(window):
    window.window_lock.set_minutes(12)
    assert window.window_lock.idle.interval() == 12 * 60_000 and window.window_lock.idle.isActive()


def test_change_passphrase_in_the_window(qtbot, window, db, paths):
    def change(dialog):
        assert isinstance(dialog, ChangePassphraseDialog)
        qtbot.keyClicks(dialog.old, PASSPHRASE)
        qtbot.keyClicks(dialog.new, "passord1")
        qtbot.keyClicks(dialog.repeated, "passord1")
        dialog.try_save()
        assert "for lett å gjette" in dialog.error_text("new")
        for field in (dialog.new, dialog.repeated):
            field.clear()
            qtbot.keyClicks(field, NEW)
        dialog.try_save()

    answer_dialog(change)
    window.change_passphrase()
    assert "det gamle passordet" in window.notice.text()
    service_users.create(db, ServiceUserForm("Ánne", "Ŋuolla", birth_date=dt.date(1970, 2, 3)))
    window.lock()
    _unlock(qtbot, window, PASSPHRASE)
    assert window.window_lock.locked
    _unlock(qtbot, window, NEW)
    assert not window.window_lock.locked

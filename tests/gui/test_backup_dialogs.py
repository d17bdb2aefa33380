"""The nurse's backup and restore in the window, a damaged record at unlock, a first start that
refuses, one window per record, and a full disk that keeps what she typed."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from psykhelse_desktop import app
from psykhelse_desktop.domain.radar import RadarKind, RadarLine, RadarSeverity
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust import backups
from psykhelse_desktop.ui.dialogs.backup_restore import RestoreDialog
from psykhelse_desktop.ui.dialogs.backup_take import BackupDialog
from psykhelse_desktop.ui.dialogs.service_user_dialog import ServiceUserDialog
from psykhelse_desktop.ui.dialogs.unlock import UnlockDialog
from psykhelse_desktop.ui.single_instance import WindowLock
from tests.full_disk import small_disk
from tests.helpers import PASSPHRASE

from .conftest import answer_dialog


def add_person(db, last: str = "Øvrebø") -> None:
    service_users.create(db, ServiceUserForm("Åse", last, birth_date=dt.date(1980, 1, 1)))


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_backup_is_taken_checked_and_the_folder_remembered(qtbot, db, tmp_path):
    add_person(db)
    dialog = shown(qtbot, BackupDialog(db))
    assert "ikke tatt noen sikkerhetskopi utenfor maskinen" in dialog.last_outside.text()
    dialog.folder.setText(str(tmp_path))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert "Sikkerhetskopien er tatt og kontrollert" in dialog.status.text()
    assert "Den har 1 tjenestemottakere" in dialog.status.text()
    assert dialog.result.path.exists() and dialog.close_button.isEnabled()
    again = shown(qtbot, BackupDialog(db))
    assert again.folder.text() == str(tmp_path.resolve())


def test_a_folder_that_is_not_there_is_said_plainly(qtbot, db, tmp_path):
    dialog = shown(qtbot, BackupDialog(db))
    dialog.folder.setText(str(tmp_path / "minnepinne-ikke-satt-inn"))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    assert "Sett inn minnepinnen" in dialog.message.text()
    assert dialog.take_button.isEnabled()


def test_the_menu_and_the_reminder_line_open_the_backup(qtbot, window, monkeypatch):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Ta sikkerhetskopi…" in texts and "Gjenopprett fra sikkerhetskopi…" in texts
    opened = []
    monkeypatch.setattr(BackupDialog, "exec", lambda self: opened.append(self) or 0)
    line = RadarLine(RadarKind.BACKUP_DUE, RadarSeverity.OVERDUE, None, None, None, "x")
    window.open_radar_line(line)
    assert len(opened) == 1


def test_a_restore_shows_what_the_backup_holds_and_asks_first(qtbot, db, paths, tmp_path):
    add_person(db)
    backup = backups.take_backup(db, tmp_path).path
    add_person(db, "Etterkopi")
    db.close()
    dialog = shown(qtbot, RestoreDialog(paths))
    dialog.choose(backup)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.read_source()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert "Den har 1 tjenestemottakere" in dialog.contents.text()
    asked = []

    def replace(box):
        asked.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons() if b.text() == "Erstatt journalen").click()

    answer_dialog(replace)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.database is not None, timeout=20_000)
    assert asked[0].startswith("Erstatte journalen med sikkerhetskopien?")
    assert "flyttes til side" in asked[0] and "er ikke med i sikkerhetskopien" in asked[0]
    assert service_users.count(dialog.database) == 1
    dialog.database.close()


def test_the_question_before_replacing_defaults_to_no(qtbot, db, paths, tmp_path):
    backup = backups.take_backup(db, tmp_path).path
    db.close()
    dialog = shown(qtbot, RestoreDialog(paths, passphrase=PASSPHRASE))
    dialog.choose(backup)
    dialog.read_source()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    seen = []
    answer_dialog(lambda box: (seen.append(box.defaultButton().text()), box.reject()))
    dialog.restore_button.click()
    assert seen == ["Avbryt"] and dialog.database is None and dialog.isVisible()


def test_a_damaged_record_at_unlock_offers_the_backup_or_reading_only(qtbot, db, paths):
    for n in range(200):
        add_person(db, f"Øvrebø{n}")
    backups.automatic_backup(db)
    db.close()
    with open(paths.database, "r+b") as file:
        file.seek(paths.database.stat().st_size // 2)
        file.write(os.urandom(4096))
    dialog = shown(qtbot, UnlockDialog(paths))
    offered = []

    def read_only(box):
        offered.append((box.text(), box.defaultButton().text()))
        next(b for b in box.buttons() if b.text() == "Åpne bare for lesing").click()

    answer_dialog(read_only)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.buttons.buttons()[0].click()
    text, default = offered[0]
    assert text.startswith("Passordet er riktig, men databasefilen er skadet")
    assert "Den har 200 tjenestemottakere" in text and default == "Åpne bare for lesing"
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.database.read_only
    dialog.database.close()


def test_a_first_start_among_a_records_files_refuses_and_says_what_to_do(qtbot, paths):
    paths.data_dir.mkdir(parents=True)
    paths.key_file.write_text('{"salt_hex": "00"}')
    seen = []
    answer_dialog(lambda box: (seen.append((box.windowTitle(), box.text())), box.reject()))
    assert app.run_gui(paths, demo=False) == 0
    title, text = seen[0]
    assert title == "Fant filer fra en journal" and "psykhelse.db.key.json" in text
    assert paths.key_file.read_text() == '{"salt_hex": "00"}' and not paths.database.exists()


def test_a_second_start_wakes_the_first_window(qtbot, tmp_path):
    paths = AppPaths(tmp_path / "data")
    first, second = WindowLock(paths), WindowLock(paths)
    woken = []
    assert first.acquire()
    first.on_wake = lambda: woken.append(True)
    assert not second.acquire()
    assert second.holder() == os.getpid()
    assert second.wake_other()
    qtbot.waitUntil(lambda: woken == [True], timeout=5000)
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_crashed_window_is_taken_over(qtbot, tmp_path):
    paths = AppPaths(tmp_path / "data")
    code = (
        "import os, sys; from PySide6.QtCore import QLockFile; "
        f"lock = QLockFile({str(paths.window_lock)!r}); lock.setStaleLockTime(0); "
        "assert lock.tryLock(0); os._exit(0)"
    )
    paths.data_dir.mkdir(parents=True)
    subprocess.run([sys.executable, "-c", code], check=True)
    assert paths.window_lock.exists()
    lock = WindowLock(paths)
    assert lock.acquire()
    lock.release()


def test_on_a_full_disk_the_form_keeps_what_she_typed(qtbot, tmp_path):
    from psykhelse_desktop.services.trust.vault import create_vault
    from psykhelse_desktop.storage.keys import TEST_KDF
    from tests.helpers import PROFILE

    with small_disk(tmp_path) as disk:
        db = create_vault(
            AppPaths(disk.folder / "data"), PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF
        )
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dialog = shown(qtbot, ServiceUserDialog(db))
        qtbot.keyClicks(dialog.first_name, "Synnøve")
        qtbot.keyClicks(dialog.last_name, "Prøvdal")
        qtbot.keyClicks(dialog.birth_date, "02.05.1988")
        disk.fill()
        dialog.buttons.buttons()[0].click()
        message = dialog.message.text()
        disk.free()
        assert message.startswith("Disken er full" if disk.mounted else "Disken svarte med en feil")
        assert dialog.isVisible() and dialog.last_name.text() == "Prøvdal"
        dialog.buttons.buttons()[0].click()
        assert not dialog.isVisible() and service_users.count(db) == 1
        db.close()


@pytest.fixture(autouse=True)
def _no_modal_left_open():
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.reject()


def test_a_first_creation_killed_after_it_was_complete_opens_as_a_record(qtbot, paths, tmp_path):
    from psykhelse_desktop.services.trust.folder import CREATED_MARK
    from psykhelse_desktop.services.trust.vault import create_vault
    from psykhelse_desktop.storage.keys import TEST_KDF
    from tests.helpers import PROFILE

    made = AppPaths(tmp_path / "ferdig")
    create_vault(made, PASSPHRASE, PROFILE, kdf=TEST_KDF).close()
    paths.data_dir.mkdir()
    made.data_dir.rename(paths.creating)
    (paths.creating / CREATED_MARK).write_bytes(b"")
    seen = []
    answer_dialog(lambda dialog: (seen.append(type(dialog).__name__), dialog.reject()))
    assert app.run_gui(paths, demo=False) == 0
    assert seen == ["UnlockDialog"] and paths.database.exists() and not paths.creating.exists()


def test_restore_from_the_menu_closes_the_window_first_and_reopens_it(qtbot, db, paths, tmp_path):
    """The window lets go of the record before the restore dialog, and a cancelled restore
    opens the same record again."""
    from PySide6.QtCore import QTimer

    from psykhelse_desktop.ui import start
    from psykhelse_desktop.ui.main_window import MainWindow

    steps = []

    def poll():
        modal = QApplication.activeModalWidget()
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip
        if isinstance(modal, RestoreDialog):
            steps.append(("restore dialog", bool(windows)))
            modal.reject()
        elif windows and not steps:
            steps.append(("window", True))
            windows[0].restore()
        elif windows and steps[-1][0] == "restore dialog":
            steps.append(("window again", True))
            windows[0].close()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert start.show_window(start.application(), db) == 0
    assert steps == [("window", True), ("restore dialog", False), ("window again", True)]


def test_on_a_new_laptop_the_first_start_restores_from_the_stick(qtbot, db, tmp_path):
    from psykhelse_desktop.ui.dialogs.unlock import FirstStartDialog

    add_person(db)
    backup = backups.take_backup(db, tmp_path).path
    new_laptop = AppPaths(tmp_path / "ny-maskin")
    dialog = shown(qtbot, FirstStartDialog(new_laptop))

    def restore(chooser):
        assert chooser.sources.item(0).text() == "Ingen sikkerhetskopier i datamappen: velg en fil."
        chooser.choose(backup)
        qtbot.keyClicks(chooser.passphrase, PASSPHRASE)
        chooser.read_source()
        qtbot.waitUntil(lambda: chooser.summary is not None, timeout=20_000)
        chooser.restore_button.click()  # nothing to replace: no question
        qtbot.waitUntil(lambda: chooser.database is not None, timeout=20_000)

    answer_dialog(restore)
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service_users.count(dialog.database) == 1
    dialog.database.close()

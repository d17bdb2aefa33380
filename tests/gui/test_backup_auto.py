"""The window's own safekeeping: a daily backup in the background, one on close after a change,
and a plain word when the check that was still running at unlock finds damage."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QLabel, QMainWindow

from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.backup_files import automatic_backups, summary_of
from psykhelse_desktop.services.trust.integrity import IntegrityGate
from psykhelse_desktop.services.trust.record import OpenRecord
from psykhelse_desktop.storage.engine import create_encrypted_engine
from psykhelse_desktop.ui.dialogs.backup_auto import Safekeeping, backup_on_close

from .conftest import answer_dialog


def test_the_daily_backup_is_taken_in_the_background_once(qtbot, db, paths):
    window = QMainWindow()
    qtbot.addWidget(window)
    keeper = Safekeeping(db, window, automatic=True)
    qtbot.waitUntil(lambda: keeper.job is None and len(automatic_backups(paths.backups)) == 1,
                    timeout=20_000)  # fmt: skip
    keeper.daily_if_due()
    assert keeper.job is None and len(automatic_backups(paths.backups)) == 1
    keeper.stop()


def test_on_close_a_backup_only_after_a_change(qtbot, db, paths):
    """Backups of one day replace each other (the rotation keeps the day's newest)."""
    backup_on_close(db)
    (first,) = automatic_backups(paths.backups)
    backup_on_close(db)
    assert list(automatic_backups(paths.backups)) == [first]
    service_users.create(db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1980, 1, 1)))
    backup_on_close(db)
    newest = max(automatic_backups(paths.backups), key=lambda p: p.stat().st_mtime_ns)
    assert newest != first and summary_of(newest, db.key).service_users == 1


def test_damage_found_after_the_window_opened_is_told_once(qtbot, db, paths):
    gate = IntegrityGate()
    record = OpenRecord(create_encrypted_engine(paths.database, db.key), paths.database,
                        db.profile, False, key=db.key, params=db.params, gate=gate)  # fmt: skip
    window = QMainWindow()
    qtbot.addWidget(window)
    keeper = Safekeeping(record, window, automatic=True)
    told = []
    answer_dialog(lambda box: (told.append(box.text()), box.accept()))
    threading.Thread(target=lambda: gate.settle(["Page 7: btreeInitPage() error"])).start()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "Kontrollen fant feil i journalen: den er skadet" in told[0]
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert "Journalen er skadet: bare lesing" in labels
    assert automatic_backups(paths.backups) == {}
    keeper.stop()
    record.close()

"""Meeting documents print off the window's thread: long minutes are written while the window
keeps turning, with the progress dialog once it lasts, and the file is whole afterwards."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from psykhelse_desktop.domain.groups import AgendaEntry, Attendance
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.meeting.meeting_editor import MeetingEditor
from tests.group_helpers import make_group

from .conftest import answer_dialog

# Minutes of a long meeting: enough text for many pages, so the print takes a good while.
SENTENCE = "Åse forteller at kveldsturene med søsteren går fint, og at hun sover bedre nå. "
PARAGRAPHS = 40


def long_minutes(db, group) -> None:
    items = meetings.load_minutes(db, group.meeting_id).items
    talk = "\n\n".join(f"{n}. {SENTENCE * 4}" for n in range(1, PARAGRAPHS + 1))
    entries = tuple(
        AgendaEntry(item.id, item.title, talk, "Vi fortsetter som før.") for item in items
    )
    attendance = tuple(Attendance(member, True) for member in group.everyone)
    meetings.save_minutes(db, group.meeting_id, attendance, entries, version=1)


def progress_visible() -> bool:
    return any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_the_window_keeps_turning_while_long_minutes_are_saved(qtbot, db, tmp_path, monkeypatch):
    group = make_group(db)
    long_minutes(db, group)
    editor = MeetingEditor(db, ChangeBus(), group.meeting_id)
    qtbot.addWidget(editor)
    target = tmp_path / "referat.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    ticks, progress_seen = [0], []

    def tick() -> None:
        ticks[0] += 1
        progress_seen.append(progress_visible())

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    timer.start()
    answer_dialog(lambda dialog: dialog.print_button.click())  # who receives the minutes
    assert editor.frame.print_menu.save_as("minutes") == target
    timer.stop()
    assert ticks[0] >= 3  # the event loop turned while the minutes were written
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    words = " ".join(text.split())
    assert words.count("Vi fortsetter som før.") == 2 and f"{PARAGRAPHS}. Åse forteller" in words
    if any(progress_seen):  # it lasted over half a second: the dialog showed, and closed after
        assert not progress_visible()

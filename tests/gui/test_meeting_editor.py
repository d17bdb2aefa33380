"""The meeting editor driven through its real widgets: minutes typed with the keyboard only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from psykhelse_desktop.domain.group_vocabulary import LockReason
from psykhelse_desktop.domain.groups import ActionItemForm, MeetingForm
from psykhelse_desktop.services.meetings import action_items, meetings
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.meeting.meeting_editor import MeetingEditor
from tests.group_helpers import FIRST, NOW, PLACE, TODAY, hold_meeting, make_group

from .conftest import activate, answer_dialog

# The owner field's completion list is a popup; the offscreen platform says it cannot raise it.
POPUP_NOTICES = "This plugin does not support"


def open_editor(qtbot, db, meeting_id: int) -> MeetingEditor:
    bus = ChangeBus()
    editor = MeetingEditor(db, bus, meeting_id, today=TODAY)
    editor.announced = []
    bus.changed.connect(editor.announced.append)
    qtbot.addWidget(editor)
    # Unsaved typing must not stop pytest-qt from closing the editor after a test.
    editor._may_leave = lambda: True
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    return editor


@pytest.fixture
def group(db):
    return make_group(db)


def key(qtbot, name, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), name, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.mark.qt_log_ignore(POPUP_NOTICES)
def test_minutes_typed_with_the_keyboard_only(qtbot, db, group):
    editor = open_editor(qtbot, db, group.meeting_id)
    rows = editor.attendance.rows
    assert QApplication.focusWidget() is rows[0].came
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows[3].came  # Kåre Sæther, DPS
    key(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is rows[3].reason
    type_text(qtbot, "Syk, meldte fra på e-post")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.sections[0].title
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Åse sover bedre etter lysterapi.")
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.sections[0].decision
    type_text(qtbot, "Vi fortsetter med kveldsturer.")

    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.sections) == 3
    assert QApplication.focusWidget() is editor.sections[2].title
    type_text(qtbot, "Bolig på Ørnes")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Leiligheten er for dyr.")
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Åse søker bostøtte.")

    key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    row = editor.sections[2].rows[0]
    assert QApplication.focusWidget() is row.what
    assert row.due.text() == "08.12.2026"  # no next meeting: two weeks after this one
    type_text(qtbot, "Søke om bostøtte hos NAV")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Bjørn")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.due
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_Backspace)
    key(qtbot, Qt.Key.Key_Return)

    deadline = "Oppgaven mangler frist. Skriv innen hvilken dato den skal være gjort."
    assert row.errors["due_on"].text() == deadline and row.errors["due_on"].isVisible()
    assert row.what.text() == "Søke om bostøtte hos NAV"
    assert action_items.open_action_items(db, TODAY) == []
    type_text(qtbot, "15.12.2026")
    key(qtbot, Qt.Key.Key_Return)
    assert editor.sections[2].rows == []
    assert editor.sections[2].agenda_id  # saved first, so the item could be linked to it

    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty()
    assert {"group"} in editor.announced
    minutes = meetings.load_minutes(db, group.meeting_id)
    absent = [a for a in minutes.attendance if not a.attended]
    assert [(a.name, a.absence_reason) for a in absent] == [
        ("Kåre Sæther", "Syk, meldte fra på e-post")
    ]
    assert [i.title for i in minutes.items] == ["Søvn og hverdag", "Økonomi og arbeid",
                                                "Bolig på Ørnes"]  # fmt: skip
    assert minutes.items[0].notes == "Åse sover bedre etter lysterapi."
    assert minutes.items[0].decision == "Vi fortsetter med kveldsturer."
    assert minutes.items[2].decision == "Åse søker bostøtte."
    (item,) = minutes.action_items
    assert (item.what, item.owner, item.due_on) == (
        "Søke om bostøtte hos NAV", "Bjørn Åsheim", dt.date(2026, 12, 15)
    )  # fmt: skip
    assert item.agenda_item_id == minutes.items[2].id


def test_a_missing_title_is_shown_at_the_field_and_nothing_is_lost(qtbot, db, group):
    editor = open_editor(qtbot, db, group.meeting_id)
    editor.sections[1].title.clear()
    editor.sections[1].notes.setPlainText("Gjelda er samlet.")
    assert not editor.save()
    assert editor.sections[1].title_error.text() == "Sak 2: skriv en tittel."
    assert QApplication.focusWidget() is editor.sections[1].title
    assert editor.sections[1].notes.toPlainText() == "Gjelda er samlet."


def test_escape_asks_before_unsaved_text_is_discarded(qtbot, db, group):
    editor = open_editor(qtbot, db, group.meeting_id)
    del editor._may_leave
    editor.sections[0].notes.setFocus()
    type_text(qtbot, "Noe som ikke er lagret")
    answers = iter(["Fortsett å skrive", "Forkast teksten"])

    def answer(box):
        wanted = next(answers)
        next(b for b in box.buttons() if b.text() == wanted).click()

    answer_dialog(answer)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    answer_dialog(answer)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert meetings.load_minutes(db, group.meeting_id).items[0].notes == ""


def test_locked_minutes_are_read_only_and_a_correction_is_version_two(qtbot, db, group):
    hold_meeting(db, group)
    meetings.lock_minutes(db, group.meeting_id, LockReason.PRINTED)
    editor = open_editor(qtbot, db, group.meeting_id)
    today = f"{dt.date.today():%d.%m.%Y}"
    assert editor.read_only and editor.frame.banner.isVisible()
    assert editor.frame.banner_text.text() == (
        f"Referatet er låst (skrevet ut {today}). Rett med en ny versjon."
    )
    assert editor.sections[0].notes.isReadOnly()
    assert not editor.attendance.rows[0].came.isEnabled()
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.sections) == 2

    def correct(dialog):
        qtbot.keyClicks(dialog.reason, "Feil frist for NAV")
        dialog.try_save()

    answer_dialog(correct)
    editor.frame.correct_button.click()
    assert (editor.sheet.version, editor.read_only) == (2, False)
    assert "Versjon 2 er en rettet versjon. Rettet: Feil frist for NAV" in (
        editor.frame.correction.text()
    )
    editor.sections[0].decision.setPlainText("Kveldsturer to ganger i uka.")
    assert editor.save()
    versions = editor.frame.version_box
    assert [versions.itemText(i) for i in range(versions.count())] == [
        f"1 – skrevet ut {today}", "2 – under arbeid"
    ]  # fmt: skip

    editor.show_version(1)
    assert editor.read_only and editor.sheet.version == 1
    assert editor.sections[0].decision.toPlainText().startswith("Vi fortsetter")
    assert "Dette er versjon 1" in editor.frame.banner_text.text()
    assert not editor.frame.correct_button.isVisible()
    old = meetings.load_minutes(db, group.meeting_id, version=1)
    assert old.items[0].decision.startswith("Vi fortsetter")
    editor.show_version(2)
    assert editor.sections[0].decision.toPlainText() == "Kveldsturer to ganger i uka."


def test_a_carried_over_item_is_closed_with_the_space_bar(qtbot, db, group):
    form = MeetingForm(FIRST + dt.timedelta(weeks=6), 90, PLACE, "", group.everyone, ("Status",))
    later = meetings.plan_meeting(db, group.group_id, form, now=NOW)
    hold_meeting(db, group)
    editor = open_editor(qtbot, db, later)
    boxes = list(editor.carried.boxes.values())
    assert len(boxes) == 2 and "Kjøpe refleksvest" in boxes[0].text()
    boxes[0].setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert not boxes[0].isEnabled() and "(gjort " in boxes[0].text()
    still_open = [a.what for a in action_items.open_action_items(db, TODAY)]
    assert still_open == ["Søke om økonomisk rådgivning hos NAV"]


def test_a_planned_meeting_can_be_printed_without_saving(qtbot, db, group, monkeypatch):
    editor = open_editor(qtbot, db, group.meeting_id)
    assert not editor.is_dirty()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    assert editor.save_if_needed()
    assert not editor.frame.print_menu.lock_action.isEnabled()  # nothing written yet
    assert asked == []


def test_ctrl_s_also_saves_an_action_item_typed_but_not_entered(qtbot, db, group):
    editor = open_editor(qtbot, db, group.meeting_id)
    editor.sections[0].notes.setFocus()
    key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Sende epikrise")
    row = editor.sections[0].rows[0]
    row.owner.setEditText("Legekontoret")
    assert editor.is_dirty()
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty() and editor.sections[0].rows == []
    (item,) = action_items.open_action_items(db, TODAY)
    assert (item.what, item.owner) == ("Sende epikrise", "Legekontoret")
    assert item.agenda_item_id == editor.sections[0].agenda_id


def test_a_saved_action_item_under_an_agenda_item_is_shown_whole(qtbot, db, group):
    hold_meeting(db, group)
    items = meetings.load_minutes(db, group.meeting_id).items
    what = "Sende oppdatert budsjett til NAV og til Åse sin verge før neste møte"
    form = ActionItemForm(what, group.nav, due_on=TODAY + dt.timedelta(days=9),
                          agenda_item_id=items[1].id)  # fmt: skip
    action_items.add_action_item(db, group.meeting_id, form)
    editor = open_editor(qtbot, db, group.meeting_id)
    editor.resize(1024, 600)
    qtbot.wait(50)
    (label,) = [lb for lb in editor.sections[1].findChildren(QLabel) if lb.text().startswith("•")]
    assert label.text() == f"• {what} – Bjørn Åsheim – frist 02.12.2026"
    room = label.fontMetrics().boundingRect(label.contentsRect(), Qt.TextFlag.TextWordWrap,
                                            label.text())  # fmt: skip
    assert label.width() > editor.width() // 2
    assert label.height() >= room.height()  # every line of it, not just the first words


def test_the_version_list_shows_a_locked_version_whole(qtbot, db, group):
    hold_meeting(db, group)
    editor = open_editor(qtbot, db, group.meeting_id)  # first shown with "1 – under arbeid"
    editor.frame.print_menu._lock(LockReason.PRINTED)  # as after "Lagre som PDF" and "Ja"
    qtbot.wait(20)
    box = editor.frame.version_box
    text = f"1 – skrevet ut {dt.date.today():%d.%m.%Y}"
    assert box.currentText() == text
    assert box.width() >= box.fontMetrics().horizontalAdvance(text) + 20  # room for the arrow

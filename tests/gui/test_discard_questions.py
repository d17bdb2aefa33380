"""Every question that can lose work has the safe answer as default: Enter never discards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from psykhelse_desktop.domain.records import NextOfKinForm
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import record_parts, service_users
from psykhelse_desktop.ui.dialogs.record_dialogs import NextOfKinDialog
from psykhelse_desktop.ui.journal.entry_dialog import JournalEntryDialog
from psykhelse_desktop.ui.plan.evaluation_dialog import EvaluationDialog
from tests.group_helpers import make_group

from .conftest import answer_dialog
from .test_journal_page import note
from .test_meeting_editor import open_editor


@pytest.fixture
def ola(db) -> int:
    return service_users.search_ids(db, "Øvrebø")[0]


def shown(qtbot, dialog):
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_enter(qtbot, seen: dict):
    """Answer the question with Enter, noting its text and default button."""

    def answer(box):
        seen["question"] = box.text()
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    return answer


def click(text: str):
    return lambda box: next(b for b in box.buttons() if b.text() == text).click()


def test_enter_in_forkaste_keeps_the_journal_note(qtbot, window, db, ola):
    """Issue 9: Enter in "Forkaste det du har skrevet?" discarded a journal note."""
    dialog = shown(qtbot, JournalEntryDialog(db, ola, "Ola Øvrebø"))
    qtbot.keyClicks(dialog.text, " Ola kom i tide og fortalte om søvnen.")
    seen: dict = {}
    answer_dialog(press_enter(qtbot, seen))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == {
        "question": "Notatet er ikke lagret. Forkaste det du har skrevet?",
        "default": "Fortsett å skrive",
    }
    assert dialog.isVisible() and "fortalte om søvnen" in dialog.text.toPlainText()

    answer_dialog(press_enter(qtbot, {}))
    dialog.close()  # the window's own close button asks the same question
    assert dialog.isVisible()

    answer_dialog(click("&Forkast endringene"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and journal.drafts(db) == []


def test_escape_in_an_edit_dialog_without_changes_just_closes(qtbot, window, db, ola):
    kin = record_parts.add_next_of_kin(db, ola, NextOfKinForm("Åsne Øvrebø", "Søster"))
    dialog = shown(qtbot, NextOfKinDialog(db, ola, NextOfKinForm("Åsne Øvrebø", "Søster"), kin))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_in_the_next_of_kin_dialog_with_a_change_asks(qtbot, window, db, ola):
    kin = record_parts.add_next_of_kin(db, ola, NextOfKinForm("Åsne Øvrebø", "Søster"))
    dialog = shown(qtbot, NextOfKinDialog(db, ola, NextOfKinForm("Åsne Øvrebø", "Søster"), kin))
    dialog.may_contact.click()
    seen: dict = {}
    answer_dialog(press_enter(qtbot, seen))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen["default"] == "Fortsett å skrive" and dialog.isVisible()


def test_enter_in_the_meeting_editor_question_keeps_the_minutes(qtbot, db):
    group = make_group(db)
    editor = open_editor(qtbot, db, group.meeting_id)
    del editor._may_leave  # the real question
    qtbot.keyClicks(editor.sections[0].notes, "Noe som ikke er lagret")
    seen: dict = {}
    answer_dialog(press_enter(qtbot, seen))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert seen == {"question": "Referatet har tekst som ikke er lagret.",
                    "default": "Fortsett å skrive"}  # fmt: skip
    assert editor.isVisible()
    editor._may_leave = lambda: True
    assert meetings.load_minutes(db, group.meeting_id).items[0].notes == ""


def test_enter_when_closing_with_unsaved_plan_edits_goes_back(qtbot, window, db, ola):
    del window._discard_plan_edits  # the real question
    plans.create_plan(db, ola)
    window.users_page.select_user(ola)
    window.show_plan()
    qtbot.keyClicks(window.users_page.plan.form.texts["needs"], "Hjelp med posten.")
    seen: dict = {}
    answer_dialog(press_enter(qtbot, seen))
    assert not window.close()
    assert seen["default"] == "Gå tilbake og lagre"
    window._discard_plan_edits = lambda: True


def test_escape_in_the_evaluation_asks_before_the_comments_are_lost(qtbot, window, db, ola):
    view = plans.create_plan(db, ola)
    dialog = shown(qtbot, EvaluationDialog(db, ola, view.plan))
    qtbot.keyClicks(dialog.next_steps, "Ny evaluering om tre måneder.")
    seen: dict = {}
    answer_dialog(press_enter(qtbot, seen))
    dialog.go_forward()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen["question"] == "Evalueringen er ikke lagret. Forkaste det du har skrevet?"
    assert dialog.isVisible()


def test_enter_in_a_yes_no_question_is_no(qtbot, window, db, ola):
    page = window.users_page.journal
    window.users_page.select_user(ola)
    window.users_page.user_tabs.setCurrentWidget(page)
    note(db, ola, "Tema: feilført.", signed=False)
    page.reload()
    seen: dict = {}
    answer_dialog(press_enter(qtbot, seen))
    page.delete_draft()
    assert seen["default"] == "Nei"
    assert len(journal.drafts(db)) == 1

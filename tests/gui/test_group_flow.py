"""From the window to a meeting and back: the group tab opens the editor, the list the group."""

from __future__ import annotations

from PySide6.QtCore import Qt

from psykhelse_desktop.domain.group_vocabulary import MeetingStatus
from psykhelse_desktop.services.meetings import meetings
from tests.group_helpers import hold_meeting, make_group

from .conftest import answer_dialog


def test_a_meeting_opened_from_the_group_tab_is_saved_and_shown_as_held(qtbot, window, db):
    group = make_group(db)
    window.users_page.select_user(group.user_id)
    window.show_group()
    page = window.users_page.group
    page.meetings.setCurrentItem(page.meetings.topLevelItem(0))

    def write_minutes(editor):
        editor._may_leave = lambda: True
        section = editor.sections[0]
        qtbot.keyClicks(section.notes, "Åse forteller at søvnen er bedre.")
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        editor.accept()

    answer_dialog(write_minutes)
    page.open_selected()
    minutes = meetings.load_minutes(db, group.meeting_id)
    assert minutes.items[0].notes == "Åse forteller at søvnen er bedre."
    assert [m.status for m in meetings.list_meetings(db)] == [MeetingStatus.HELD]
    assert page.meetings.texts()[0][3] == "Holdt"


def test_a_line_in_the_task_list_opens_the_service_users_group(qtbot, window, db):
    group = make_group(db)
    hold_meeting(db, group)
    window.tabs.setCurrentWidget(window.action_items_page)
    window.action_items_page.open_user_requested.emit(group.user_id)
    assert window.tabs.currentWidget() is window.users_page
    assert window.users_page.user_tabs.currentWidget() is window.users_page.group
    assert window.users_page.detail.detail.id == group.user_id

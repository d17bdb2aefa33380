"""The list of open action items across groups: overdue first and marked, closing, opening."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from psykhelse_desktop.domain.groups import ActionItemForm
from psykhelse_desktop.services.meetings import action_items
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.pages.action_items_page import ActionItemsPage
from tests.group_helpers import TODAY, hold_meeting, make_group

LATER = TODAY + dt.timedelta(days=10)


@pytest.fixture
def group(db):
    group = make_group(db)
    hold_meeting(db, group)
    return group


@pytest.fixture
def page(qtbot, db, group):
    bus = ChangeBus()
    page = ActionItemsPage(db, bus, today=LATER)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_overdue_items_come_first_in_bold_and_say_so(page):
    rows = page.texts()
    assert rows[0] == ["30.11.2026 – forfalt", "Åse Øvrebø", "Kjøpe refleksvest før kveldsturene",
                       "Åse Øvrebø", "24.11.2026 13:30"]  # fmt: skip
    assert rows[1][0] == "07.12.2026" and rows[1][2] == "Søke om økonomisk rådgivning hos NAV"
    assert page.is_bold(0) and not page.is_bold(1)
    assert page.summary.text() == "2 åpne oppgaver, 1 forfalt."


def test_mark_done_closes_the_selected_item_and_says_which(page, db):
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.done_button.click()
    done = "Merket som gjort: «Kjøpe refleksvest før kveldsturene» (Åse Øvrebø)."
    assert page.status.text() == done
    assert [r[2] for r in page.texts()] == ["Søke om økonomisk rådgivning hos NAV"]
    assert [a.what for a in action_items.open_action_items(db, LATER)] == [
        "Søke om økonomisk rådgivning hos NAV"
    ]


def test_double_click_asks_to_open_the_service_user(qtbot, page, group):
    item = page.table.topLevelItem(1)
    spot = QPoint(8, page.table.visualItemRect(item).center().y())
    viewport = page.table.viewport()
    with qtbot.waitSignal(page.open_user_requested) as signal:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    assert signal.args == [group.user_id]


def test_a_change_elsewhere_refreshes_the_list(page, db, group):
    form = ActionItemForm("Ringe fastlegen", owner_name="Legekontoret", due_on=LATER)
    action_items.add_action_item(db, group.meeting_id, form)
    assert len(page.texts()) == 2
    page.bus.announce("group")
    assert [r[2] for r in page.texts()] == ["Kjøpe refleksvest før kveldsturene", "Ringe fastlegen",
                                            "Søke om økonomisk rådgivning hos NAV"]  # fmt: skip

"""The list of service users: search as you type, filter, lazy loading, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from psykhelse_desktop.services.clock import oslo_today
from psykhelse_desktop.services.demo.populate import populate_demo
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.records.user_list import UserList, Which
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.ui.dialogs.service_user_dialog import ServiceUserDialog
from psykhelse_desktop.ui.models.service_user_model import PAGE_SIZE, ServiceUserTableModel

from .conftest import activate, answer_dialog, visible_names


def test_list_shows_users_with_norwegian_dates(window):
    names = visible_names(window)
    assert sorted(names) == ["Kari Åsen", "Ola Øvrebø", "Per Nordmann"]
    model, row = window.users_page.model, names.index("Ola Øvrebø")
    assert model.index(row, 1).data() == "04.03.1980"
    assert model.index(row, 2).data() == "912 34 567"
    assert model.index(row, 3).data() == "Psykisk helse"
    assert model.index(row, 4).data() == "Aktiv"
    assert window.users_page.count_label.text().startswith("3 ")


def test_typing_ovre_finds_ovrebo_after_the_pause(qtbot, window):
    qtbot.keyClicks(window.users_page.search, "øvre")
    qtbot.waitUntil(lambda: visible_names(window) == ["Ola Øvrebø"], timeout=2000)


def test_typing_aasen_finds_asen(qtbot, window):
    qtbot.keyClicks(window.users_page.search, "aasen")
    qtbot.waitUntil(lambda: visible_names(window) == ["Kari Åsen"], timeout=2000)


def test_selecting_a_row_opens_the_detail_page_once(qtbot, window, db):
    window.users_page.table.selectRow(visible_names(window).index("Ola Øvrebø"))
    detail = window.users_page.detail
    assert detail.heading.text().startswith("Ola Øvrebø")
    assert detail.identity.values["national_id"].text().startswith("0483")
    assert " " in detail.identity.values["national_id"].text()
    window.users_page.refresh()
    assert detail.user_id() == detail.detail.id


def test_closed_filter_and_reopen(qtbot, window, db):
    ola = service_users.search_ids(db, "Øvrebø")[0]
    window.users_page.select_user(ola)
    answer_dialog(lambda d: (qtbot.keyClicks(d.closed_reason, "Flyttet"), d.try_save()))
    window.close_action.trigger()
    assert "Ola Øvrebø" not in visible_names(window)
    assert window.users_page.detail.user_id() is None  # hidden from the list: not on show
    window.users_page.filter.setCurrentIndex(1)
    assert visible_names(window) == ["Ola Øvrebø"]
    window.users_page.select_user(ola)
    assert window.reopen_action.isEnabled()
    window.reopen_action.trigger()
    assert visible_names(window) == []
    window.users_page.filter.setCurrentIndex(2)
    assert len(visible_names(window)) == 3


def test_lazy_model_reads_only_the_pages_the_view_shows(qtbot, window):
    populate_demo(window.db, 450)
    window.tabs.setCurrentWidget(window.users_page)
    window.users_page.filter.setCurrentIndex(2)  # everyone, closed included
    model, table = window.users_page.model, window.users_page.table
    total = model.total()
    assert total > 2 * PAGE_SIZE and model.rowCount() == total
    qtbot.waitUntil(lambda: model.loaded_rows() == PAGE_SIZE)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.loaded_rows() == PAGE_SIZE + total % PAGE_SIZE)
    assert model.index(total - 1, 0).data()


def test_row_of_a_person_reads_only_her_page(db):
    populate_demo(db, 450)
    model = ServiceUserTableModel(db)
    model.show(UserList("", Which.ALL))
    ids = service_users.search_ids(db, include_closed=True)
    assert model.total() == len(ids)
    assert model.row_of(-5) == -1
    assert model.loaded_rows() == 0
    assert model.row_of(ids[-1]) == len(ids) - 1  # her page comes with her place
    assert model.loaded_rows() == len(ids) - PAGE_SIZE * (len(ids) // PAGE_SIZE)
    last = service_users.rows_for_ids(db, ids[-1:])[0]
    assert model.index(len(ids) - 1, 0).data() == last.full_name
    middle = PAGE_SIZE + 7
    assert model.row_of(ids[middle]) == middle
    assert [model.row_id(row) for row in range(PAGE_SIZE, 2 * PAGE_SIZE)] == ids[
        PAGE_SIZE : 2 * PAGE_SIZE
    ]


def test_the_list_follows_the_search_and_the_filter(db):
    populate_demo(db, 120)
    model = ServiceUserTableModel(db)
    for which, include_closed in ((Which.ACTIVE, False), (Which.ALL, True)):
        model.show(UserList("a", which))
        expected = service_users.search_ids(db, "a", include_closed=include_closed)
        assert [model.row_id(row) for row in range(model.total())] == expected
        assert [model.row_of(user_id) for user_id in expected] == list(range(len(expected)))
    model.show(UserList("", Which.CLOSED))
    closed = set(service_users.search_ids(db, include_closed=True))
    closed -= set(service_users.search_ids(db))
    assert {model.row_id(row) for row in range(model.total())} == closed
    assert model.row_of(service_users.search_ids(db)[0]) == -1


def test_a_person_closed_after_the_count_leaves_an_empty_last_row(db):
    populate_demo(db, 5)
    model = ServiceUserTableModel(db)
    model.show(UserList("", Which.ACTIVE))
    total = model.total()
    service_users.close(db, service_users.search_ids(db)[-1], oslo_today(), "Flyttet")
    assert model.index(total - 1, 0).data() is None
    assert model.row_id(total - 1) is None
    assert model.index(0, 0).data()


def test_lazy_model_passes_the_model_tester(qtmodeltester, db):
    populate_demo(db, 250)
    model = ServiceUserTableModel(db)
    model.show(UserList("", Which.ALL))
    qtmodeltester.check(model)


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.tabs.setCurrentWidget(window.address_page)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.users_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.users_page.search)


def test_ctrl_n_opens_the_new_user_dialog(qtbot, window):
    seen = []

    def cancel(dialog):
        seen.append(type(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_dialog(cancel)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [ServiceUserDialog]


def test_a_record_is_opened_once_per_selection_not_per_refresh(qtbot, window, db):
    ola = service_users.search_ids(db, "Øvrebø")[0]
    window.users_page.select_user(ola)
    window.users_page.refresh()
    window.address_page.refresh()
    window.users_page.select_user(ola)
    assert opened_count(db, ola) == 1


def opened_count(db, user_id: int) -> int:
    with db.transaction() as session:
        statement = select(func.count(m.AuditEvent.id)).where(
            m.AuditEvent.action == "open", m.AuditEvent.service_user_id == user_id
        )
        return session.scalar(statement)


def test_narrow_list_hides_columns_rather_than_names(qtbot, window):
    window.tabs.setCurrentWidget(window.users_page)
    table = window.users_page.table
    window.resize(1600, 900)
    window.users_page.setSizes([380, 1200])
    qtbot.waitUntil(lambda: table.isColumnHidden(3))  # Kategori goes first
    assert table.columnWidth(0) >= table.name_width()
    window.users_page.setSizes([1000, 600])
    qtbot.waitUntil(lambda: not any(table.isColumnHidden(c) for c in range(5)))


def test_the_record_pane_follows_the_search(qtbot, window):
    page = window.users_page
    page.table.selectRow(visible_names(window).index("Ola Øvrebø"))
    assert page.detail.heading.text().startswith("Ola Øvrebø")
    qtbot.keyClicks(page.search, "aasen")
    qtbot.waitUntil(lambda: visible_names(window) == ["Kari Åsen"], timeout=2000)
    assert page.detail.user_id() is None  # Ola is hidden by the search: not left on show
    assert page.detail.heading.text() == "" and not page.detail.empty.isHidden()
    page.search.clear()
    qtbot.waitUntil(lambda: len(visible_names(window)) == 3, timeout=2000)
    page.table.selectRow(visible_names(window).index("Kari Åsen"))
    qtbot.keyClicks(page.search, "kari")
    qtbot.wait(300)
    assert page.detail.heading.text().startswith("Kari Åsen")  # still in the list: kept

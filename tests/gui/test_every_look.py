"""Every look is logged: each tab of the window and of a person's page, walked like a user would.

A page that shows one person leaves one row for that person per opening (not per switch back
to the tab, nor per redraw); a list of people leaves one listing row that names nobody.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from psykhelse_desktop.domain.access import LISTING_ACTION
from psykhelse_desktop.domain.requests import RequestForm
from psykhelse_desktop.domain.vocabulary import READ_ACTIONS
from psykhelse_desktop.printing.person_documents import print_access_log
from psykhelse_desktop.services.daily import requests
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.main_window import MainWindow
from tests.group_helpers import hold_meeting, make_group

from .conftest import add_user, answer_dialog


def audit_rows(db) -> list[tuple[str, int | None, str]]:
    with db.transaction() as session:
        rows = session.query(m.AuditEvent).order_by(m.AuditEvent.id)
        return [(r.action, r.service_user_id, r.details) for r in rows]


class Log:
    """The audit rows written since the last call."""

    def __init__(self, db):
        self.db, self.seen = db, len(audit_rows(db))

    def new(self) -> list[tuple[str, int | None, str]]:
        rows = audit_rows(self.db)
        fresh, self.seen = rows[self.seen :], len(rows)
        return fresh


@pytest.fixture
def people(db, tmp_path) -> dict[str, int]:
    """Ola (a request), Kari, and Åse (a group with open action items, a printed access log)."""
    ola = add_user(db, "Ola", "Øvrebø", dt.date(1980, 3, 4))
    kari = add_user(db, "Kari", "Åsen", dt.date(1975, 6, 7))
    group = make_group(db)
    hold_meeting(db, group)
    requests.create_request(db, RequestForm(dt.date.today(), "Fastlegen", service_user_id=ola))
    print_access_log(db, group.user_id, tmp_path / "logg.pdf")
    return {"ola": ola, "kari": kari, "ase": group.user_id}


@pytest.fixture
def window(qtbot, db, people):
    main = MainWindow(db, ChangeBus())
    qtbot.addWidget(main)
    main._discard_plan_edits = lambda: True
    main.show()
    qtbot.waitExposed(main)
    return main


def show(qtbot, tabs, index: int) -> None:
    tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: tabs.widget(index).isVisible())
    QApplication.processEvents()


def test_every_list_in_the_window_leaves_one_listing_row(qtbot, window, db):
    log = Log(db)
    tabs = window.tabs
    for _round in range(2):
        for index in range(tabs.count()):
            show(qtbot, tabs, index)
    rows = log.new()
    listings = [details.split(":")[0] for action, _, details in rows if action == LISTING_ACTION]
    assert sorted(listings) == sorted(
        ["Tjenestemottakerlisten (aktive)", "Oppgaver (åpne oppgaver i alle ansvarsgrupper)",
         "Henvendelser", "Utleveringsloggen"]
    )  # fmt: skip
    assert all(user_id is None for action, user_id, _ in rows if action == LISTING_ACTION)
    assert not [r for r in rows if r[1] is not None]  # a list names nobody


def test_a_new_search_is_a_new_listing_and_the_same_list_is_not(qtbot, window, db):
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    log = Log(db)
    users.search.setText("øvre")
    users.refresh()
    users.refresh()  # the same list again (a redraw after a change): no new row
    assert log.new() == [
        (LISTING_ACTION, None, "Tjenestemottakerlisten (aktive, søk «øvre»): 2 vist")
    ]


def test_every_tab_of_a_person_leaves_one_row_per_opening(qtbot, window, db, people):
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    tabs = users.user_tabs
    tabs.setCurrentIndex(0)
    log = Log(db)
    users.select_user(people["ase"])
    opened = {}
    for index in range(tabs.count()):
        show(qtbot, tabs, index)
        reads = [r for r in log.new() if r[0] in READ_ACTIONS]
        opened[tabs.tabText(index)] = reads
    assert all(len(reads) == 1 for reads in opened.values()), opened
    assert all(reads[0][1] == people["ase"] for reads in opened.values())
    assert opened["Vedtak og tjenester"][0][2] == "Vedtak og tjenester"
    assert opened["Hvem har sett journalen"][0][2] == "Hvem har sett journalen"
    for _round in range(2):  # switching back and forth is not a new opening
        for index in range(tabs.count()):
            show(qtbot, tabs, index)
    assert log.new() == []


def test_choosing_someone_else_and_coming_back_is_a_new_opening(qtbot, window, db, people):
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    users.user_tabs.setCurrentWidget(users.services)
    users.select_user(people["ola"])
    log = Log(db)
    users.select_user(people["kari"])
    users.select_user(people["ola"])
    opened = [(a, u, d) for a, u, d in log.new() if d == "Vedtak og tjenester"]
    assert [u for _, u, _ in opened] == [people["kari"], people["ola"]]


def test_a_redraw_after_a_change_is_not_a_new_opening(qtbot, window, db, people):
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    users.select_user(people["ola"])
    for page in (users.plan, users.group, users.journal, users.services, users.access):
        users.user_tabs.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
    log = Log(db)
    window.bus.announce("record", "plan", "group", "journal", "services", "service_users")
    for index in range(users.user_tabs.count()):  # each stale page reads again when shown
        show(qtbot, users.user_tabs, index)
    assert [r for r in log.new() if r[0] in READ_ACTIONS] == []


def test_the_menu_leads_to_who_has_seen_the_record(qtbot, window, db, people):
    window.open_user(people["ase"])
    window.access_action.trigger()
    page = window.users_page.access
    assert window.users_page.user_tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() > 0)
    assert page.heading.text() == "Hvem har sett journalen – Åse Øvrebø"
    kinds = {page.table.topLevelItem(n).text(2) for n in range(page.table.topLevelItemCount())}
    assert {"Åpnet", "Endret", "Skrevet ut"} <= kinds


def test_innsyn_from_the_menu_is_printed_in_the_background_and_previewed(qtbot, window, db, people):
    window.open_user(people["ase"])
    before = len(ledger.entries(db))
    shown = {}
    answer_dialog(
        lambda dialog: shown.update(title=dialog.windowTitle(), pages=len(dialog.page_labels))
    )
    window.record_copy_action.trigger()
    qtbot.waitUntil(lambda: "pages" in shown, timeout=20000)
    assert shown["title"] == "Forhåndsvisning – Innsyn i journalen – Åse Øvrebø"
    assert shown["pages"] >= 3
    assert len(ledger.entries(db)) == before  # a preview is not a file that left
    page = window.users_page.access
    qtbot.waitUntil(lambda: page.copy_button.isEnabled())

"""The "I dag" page on dated synthetic data: the right heading, and each line opens its place.

Monday 23.11.2026 is today. Plans and contacts are written straight into the tables (as in
tests/unit/services/test_radar.py); journal drafts go through the journal service.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.plan_vocabulary import ConsentKind, PlanStatus
from psykhelse_desktop.domain.plans import Consent, IndividualPlan
from psykhelse_desktop.domain.radar import RadarKind
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.plans.plan_snapshots import plan_to_json
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.records.consents import save_plan_consents
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.daily_models import JournalEntry
from psykhelse_desktop.ui.change_bus import JOURNAL, ChangeBus
from psykhelse_desktop.ui.pages.radar_page import RadarPage
from tests.group_helpers import make_group

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 12, 0)


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def add_person(db, first: str, last: str) -> int:
    form = ServiceUserForm(first, last, birth_date=dt.date(1980, 5, 6), service_start=days(-400))
    return service_users.create(db, form)


def add_contact(db, user_id: int, day: int) -> None:
    when = dt.datetime.combine(days(day), dt.time(10))
    with db.transaction() as session:
        session.add(JournalEntry(service_user_id=user_id, occurred_at=when, kind="samtale",
                                 written_by="Kari Testesen", signed_at=when))  # fmt: skip


def add_active_plan(db, user_id: int, revision_in: int) -> None:
    consent = Consent(ConsentKind.PLAN, given_on=days(-100), form_received=True)
    plan = IndividualPlan(status=PlanStatus.ACTIVE, next_revision=days(revision_in),
                          consents=(consent,))  # fmt: skip
    with db.transaction() as session:
        row = m.IndividualPlan(service_user_id=user_id, status=plan.status.value,
                               next_revision=plan.next_revision, current_revision=1)  # fmt: skip
        session.add(row)
        session.flush()
        content = plan_to_json(plan)
        session.add(m.PlanRevision(plan_id=row.id, number=1, saved_by="Kari Testesen",
                                   status=plan.status.value, content=content))  # fmt: skip
        save_plan_consents(session, user_id, plan.consents, (), days(0))  # the consent list


def add_draft(db, user_id: int, day: int) -> int:
    when = dt.datetime.combine(days(day), dt.time(9, 30))
    form = JournalForm(occurred_at=when, duration_minutes=30, text="Samtale om søvn på Ørnes.")
    return journal.create_draft(db, user_id, form, now=NOW)


@pytest.fixture
def people(db) -> dict[str, int]:
    """Ola's plan is to be revised in three days; Kari has an unsigned note from Saturday."""
    ola = add_person(db, "Ola", "Planlund")
    kari = add_person(db, "Kari", "Utkastvik")
    add_active_plan(db, ola, 3)
    add_contact(db, ola, -3)
    entry = add_draft(db, kari, -2)
    return {"ola": ola, "kari": kari, "entry": entry}


def read(qtbot, page: RadarPage) -> RadarPage:
    """The page once the reading it asked for (in the background) is shown."""
    qtbot.waitUntil(lambda: not page.reading(), timeout=30_000)
    return page


@pytest.fixture
def page(qtbot, db, people):
    radar_page = RadarPage(db, ChangeBus(), today=TODAY)
    qtbot.addWidget(radar_page)
    radar_page.refresh()
    return read(qtbot, radar_page)


def heading_of(page: RadarPage, name: str, what: str) -> str:
    """The group heading above the line for `name` whose "what" column is `what`."""
    heading = ""
    for row in page.texts():
        if len(row) == 1:
            heading = row[0]
        elif row[1] == name and row[2] == what:
            return heading
    raise AssertionError(f"no line {what!r} for {name}")


def pick(page: RadarPage, kind: RadarKind, name: str):
    line = next(x for x in page.lines if x.kind is kind and x.person_name == name)
    assert page.select_line(line)
    return line


def test_lines_appear_under_the_right_heading_with_counts(page):
    assert page.heading.text() == "I dag: mandag 23. november 2026"
    assert heading_of(page, "Kari Utkastvik", "Journalnotat er ikke signert") == "Forfalt (1)"
    assert heading_of(page, "Ola Planlund", "Planen skal revideres") == "Innen en uke (1)"
    plan_row = next(r for r in page.texts() if r[1:2] == ["Ola Planlund"])
    assert plan_row == [
        "26.11.2026",
        "Ola Planlund",
        "Planen skal revideres",
        "Revisjon 26.11.2026",
    ]
    assert page.summary.text() == (
        "2 ting å følge opp (forfalt: 1, i dag: 0, innen en uke: 1, senere: 0)."
    )


def test_opening_the_page_is_logged_but_a_refresh_after_a_change_is_not(qtbot, db, people):
    bus = ChangeBus()
    radar_page = RadarPage(db, bus, today=TODAY)
    qtbot.addWidget(radar_page)
    radar_page.show()
    qtbot.waitExposed(radar_page)
    read(qtbot, radar_page)
    add_draft(db, people["ola"], -1)
    bus.announce(JOURNAL)
    assert radar_page.reading()  # after the burst of changes settles
    read(qtbot, radar_page)
    assert sum(1 for x in radar_page.lines if x.kind is RadarKind.JOURNAL_DRAFT) == 2
    with db.transaction() as session:
        views = session.scalar(select(func.count()).where(m.AuditEvent.action == "radar_view"))
    assert views == 1


@pytest.fixture
def window_today(qtbot, window, people):
    window.radar_page.fixed_today = TODAY
    window.radar_page.refresh()
    read(qtbot, window.radar_page)
    return window


def test_the_window_opens_on_i_dag(window):
    assert window.tabs.currentWidget() is window.radar_page
    assert window.tabs.tabText(0) == "I dag"


def test_activating_a_plan_line_selects_the_user_and_the_plan_tab(qtbot, window_today, people):
    page = window_today.radar_page
    pick(page, RadarKind.PLAN_REVISION, "Ola Planlund")
    assert page.open_button.text().replace("&", "") == "Åpne planen"
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    users = window_today.users_page
    assert window_today.tabs.currentWidget() is users
    assert users.detail.user_id() == people["ola"]
    assert users.user_tabs.currentWidget() is users.plan


def test_a_journal_draft_line_opens_the_journal_at_the_entry(qtbot, window_today, people):
    page = window_today.radar_page
    pick(page, RadarKind.JOURNAL_DRAFT, "Kari Utkastvik")
    page.open_button.click()
    users = window_today.users_page
    assert users.detail.user_id() == people["kari"]
    assert users.user_tabs.currentWidget() is users.journal
    qtbot.waitUntil(lambda: users.journal.current_entry() is not None)
    assert users.journal.current_entry().id == people["entry"]


def test_a_request_line_opens_the_requests_page(window_today):
    from psykhelse_desktop.domain.radar import RadarLine, RadarSeverity

    line = RadarLine(RadarKind.REQUEST_UNDECIDED, RadarSeverity.TODAY, TODAY, None, None,
                     "Mottatt 23.11.2026 fra Fastlegen", request_id=1)  # fmt: skip
    window_today.open_radar_line(line)
    assert window_today.tabs.currentWidget() is window_today.requests_page


def test_the_meeting_pack_is_saved_in_a_folder_and_recorded(qtbot, db, tmp_path, monkeypatch):
    group = make_group(db)
    radar_page = RadarPage(db, ChangeBus(), today=TODAY)
    qtbot.addWidget(radar_page)
    radar_page.refresh()
    read(qtbot, radar_page)
    pick(radar_page, RadarKind.MEETING_SOON, "Åse Øvrebø")
    assert radar_page.pack_button.isEnabled()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    radar_page.pack_button.click()
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert names == [
        "Innkalling – Åse Øvrebø 24.11.2026.pdf",
        "Saksliste – Åse Øvrebø 24.11.2026.pdf",
    ]
    rows = ledger.entries(db)
    assert len(rows) == 2 and {r.service_user_id for r in rows} == {group.user_id}
    assert radar_page.status.text().endswith("Registrert i utleveringsloggen.")


def test_the_reports_menu_and_settings_are_in_the_menus(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    reports = [a.text().replace("&", "") for a in menus["&Rapporter"].actions()]
    assert reports == ["I dag", "Tall til kommunen...", "Utleveringslogg"]
    assert "Innstillinger..." in [a.text().replace("&", "") for a in menus["&Fil"].actions()]
    assert window.journal_search_action.shortcut().toString() == "Ctrl+Shift+F"
    window.ledger_action.trigger()
    assert window.tabs.currentWidget() is window.ledger_page


def test_saved_settings_refresh_i_dag(qtbot, window_today, db):
    from .conftest import answer_dialog

    assert any(x.kind is RadarKind.PLAN_REVISION for x in window_today.radar_page.lines)

    def shorter(dialog):
        dialog.spins["plan_revision_days"].setValue(1)
        dialog.try_save()

    answer_dialog(shorter)
    window_today.radar_page.settings_button.click()
    read(qtbot, window_today.radar_page)
    assert not any(x.kind is RadarKind.PLAN_REVISION for x in window_today.radar_page.lines)


def test_a_journal_search_hit_opens_the_entry(qtbot, window_today, people):
    from .conftest import answer_dialog

    def search(dialog):
        qtbot.keyClicks(dialog.query, "søvn")
        dialog.run_search()
        dialog.choose()

    answer_dialog(search)
    window_today.journal_search_action.trigger()
    users = window_today.users_page
    assert users.user_tabs.currentWidget() is users.journal
    qtbot.waitUntil(lambda: users.journal.current_entry() is not None)
    assert users.journal.current_entry().id == people["entry"]


def test_a_long_group_shows_its_first_lines_and_counts_the_rest(qtbot, db, monkeypatch):
    from psykhelse_desktop.ui.pages import radar_page

    monkeypatch.setattr(radar_page, "SHOWN_PER_GROUP", 2)
    for first in ("Anne", "Berit", "Cecilie"):
        add_draft(db, add_person(db, first, "Utkastvik"), -2)
    page = RadarPage(db, ChangeBus(), today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    texts = read(qtbot, page).texts()
    assert texts[0] == ["Forfalt (3)"]
    assert texts[-1][0] == "Viser de 2 første av 3. Resten kommer fram når disse er fulgt opp."
    assert len(page.line_items()) == 2

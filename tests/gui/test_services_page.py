"""The "Vedtak og tjenester" tab: decisions with Norwegian numbers and dates, low-threshold help."""

from __future__ import annotations

import datetime as dt

import pytest

from psykhelse_desktop.domain.daily_vocabulary import ServiceType
from psykhelse_desktop.domain.decisions import DecisionForm
from psykhelse_desktop.services.daily import decisions, low_threshold
from psykhelse_desktop.services.records import service_users

from .conftest import answer_dialog

TODAY = dt.date.today()


@pytest.fixture
def ola(db) -> int:
    return service_users.search_ids(db, "Øvrebø")[0]


@pytest.fixture
def page(window, ola):
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    users.select_user(ola)
    users.user_tabs.setCurrentWidget(users.services)
    return users.services


def run_dialog(page_action, fill) -> dict:
    shown: dict = {}
    answer_dialog(lambda dialog: fill(dialog, shown))
    page_action()
    return shown


def test_the_tab_sits_after_the_journal(window, page):
    tabs = window.users_page.user_tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[2:5] == ["Ansvarsgruppe", "Journal", "Vedtak og tjenester"]
    assert page.heading.text() == "Vedtak og tjenester – Ola Øvrebø"


def test_an_end_before_the_start_is_refused_at_the_field(qtbot, page, db, ola):
    def fill(dialog, shown):
        dialog.service_type.setCurrentIndex(dialog.service_type.findData(ServiceType.SUBSTANCE))
        qtbot.keyClicks(dialog.hours, "3")
        dialog.valid_from.setText("01.03.2025")
        dialog.valid_to.setText("01.02.2025")
        dialog.try_save()
        shown.update(
            error=dialog.error_text("valid_to"), open=dialog.isVisible(),
            kind=dialog.service_type.currentData(), hours=dialog.hours.text(),
            start=dialog.valid_from.text(),
        )  # fmt: skip

    shown = run_dialog(page.new_decision, fill)
    assert shown["error"] == "Sluttdatoen er før startdatoen. Rett en av dem."
    assert shown["open"] is True
    assert (shown["kind"], shown["hours"], shown["start"]) == (
        ServiceType.SUBSTANCE,
        "3",
        "01.03.2025",
    )
    assert decisions.decisions_for_user(db, ola) == []


def test_hours_are_typed_and_shown_with_a_decimal_comma(qtbot, page, db, ola):
    def fill(dialog, shown):
        qtbot.keyClicks(dialog.hours, "to og en halv")
        dialog.try_save()
        shown["error"] = dialog.error_text("hours_per_week")
        dialog.hours.setText("2,5")
        dialog.valid_to.setText(f"{TODAY + dt.timedelta(days=10):%d.%m.%Y}")
        dialog.try_save()

    shown = run_dialog(page.new_decision, fill)
    assert shown["error"] == "Skriv timer per uke som et tall, for eksempel 2,5."
    [decision] = decisions.decisions_for_user(db, ola)
    assert decision.hours_per_week == 2.5
    [row] = page.decision_table.texts()
    assert row[:2] == ["Hjemmebaserte tjenester", "2,5"]
    assert row[5] == "Slutter om 10 dager"


def test_change_and_end_a_decision(qtbot, page, db, ola):
    form = DecisionForm(ServiceType.SUPPORT_TALKS, 1.25, TODAY, TODAY - dt.timedelta(days=30))
    decisions.create_decision(db, ola, form)
    page.reload()
    page.decision_table.setCurrentItem(page.decision_table.topLevelItem(0))

    def change(dialog, shown):
        shown["hours"] = dialog.hours.text()
        dialog.hours.setText("4")
        dialog.try_save()

    shown = run_dialog(page.edit_decision, change)
    assert shown["hours"] == "1,25"
    assert page.decision_table.texts()[0][1] == "4"
    assert page.decision_table.texts()[0][3] == "Inntil videre"

    def end(dialog, shown):
        dialog.valid_to.setText(f"{TODAY - dt.timedelta(days=1):%d.%m.%Y}")
        dialog.try_save()

    run_dialog(page.end_decision, end)
    assert page.decision_table.texts()[0][5] == "Avsluttet"


def test_a_low_threshold_contact_is_registered(qtbot, page, db, ola):
    def fill(dialog, shown):
        dialog.occurred_on.setText(f"{TODAY + dt.timedelta(days=2):%d.%m.%Y}")
        dialog.try_save()
        shown["error"] = dialog.error_text("occurred_on")
        dialog.occurred_on.setText(f"{TODAY:%d.%m.%Y}")
        qtbot.keyClicks(dialog.notes, "Stakk innom kontoret, ville prate.")
        dialog.try_save()

    shown = run_dialog(page.add_contact, fill)
    assert shown["error"] == "Datoen ligger fram i tid. Skriv når kontakten faktisk var."
    [row] = page.contact_table.texts()
    assert row == [f"{TODAY:%d.%m.%Y}", "Samtale", "45 min", "Stakk innom kontoret, ville prate."]
    assert len(low_threshold.low_threshold_for_user(db, ola)) == 1

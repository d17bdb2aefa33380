"""The requests page: days counted from received, open ones first, never called a waiting list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from psykhelse_desktop.domain.daily_vocabulary import RequestOutcome, Severity, Urgency
from psykhelse_desktop.domain.requests import RequestForm
from psykhelse_desktop.services.daily import requests
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.decisions.request_dialogs import RequestDialog
from psykhelse_desktop.ui.pages.requests_page import RequestsPage

from .conftest import add_user, answer_dialog

TODAY = dt.date.today()


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def ola(db) -> int:
    return add_user(db, "Ola", "Øvrebø", dt.date(1980, 3, 4))


@pytest.fixture
def page(qtbot, db, ola):
    """Three requests: one started, one without a decision (Ola), one decided for no one yet."""
    started = requests.create_request(db, RequestForm(days_ago(40), "Fastlege"))
    requests.record_decision(db, started, days_ago(30), RequestOutcome.GRANTED, version=1)
    requests.record_start(db, started, days_ago(19), version=2)
    form = RequestForm(days_ago(12), "NAV Testvik", Urgency.URGENT, Severity.SEVERE, ola)
    requests.create_request(db, form)
    decided = requests.create_request(db, RequestForm(days_ago(5), "Personen selv"))
    requests.record_decision(db, decided, days_ago(2), RequestOutcome.LOW_THRESHOLD, version=1)
    shown = RequestsPage(db, ChangeBus())
    qtbot.addWidget(shown)
    shown.resize(1200, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def all_texts(widget: QWidget) -> list[str]:
    """Every text a user can read on the widget: labels, buttons, tooltips, table cells."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
    return texts


def test_open_requests_first_with_the_days_from_received(page):
    rows = page.texts()
    assert [row[1] for row in rows] == ["12", "5", "21"]
    assert rows[0][4:7] == ["Ola Øvrebø", "Ikke besluttet", "Ikke startet"]
    assert rows[0][2:4] == ["Haster", "Alvorlig"]
    assert rows[1][4] == "ikke registrert"
    assert rows[1][5] == f"{days_ago(2):%d.%m.%Y} Lavterskel, uten vedtak"
    assert rows[2][6] == f"{days_ago(19):%d.%m.%Y}"
    assert page.table.headerItem().text(1) == "Dager fra mottatt"
    assert page.summary.text().startswith("1 uten beslutning; den eldste kom inn for 12 dager")


def test_the_word_venteliste_is_never_shown(qtbot, page, db):
    texts = all_texts(page) + [cell for row in page.texts() for cell in row]
    header = page.table.headerItem()
    texts += [header.text(c) for c in range(header.columnCount())]
    texts += [header.toolTip(c) for c in range(header.columnCount())]
    dialog = RequestDialog(db)
    qtbot.addWidget(dialog)
    texts += all_texts(dialog)
    assert "Dager fra mottatt" in texts
    assert not [t for t in texts if "venteliste" in t.lower()]


def test_a_new_request_for_an_unregistered_person(qtbot, page, db):
    def fill(dialog, shown):
        dialog.try_save()
        shown["error"] = dialog.error_text("from_whom")
        dialog.from_whom.setCurrentText("Helsesykepleier")
        dialog.received_on.setText(f"{days_ago(3):%d.%m.%Y}")
        dialog.try_save()

    shown: dict = {}
    answer_dialog(lambda dialog: fill(dialog, shown))
    page.new_request()
    assert shown["error"].startswith("Skriv hvem henvendelsen kom fra")
    first_two = page.texts()[:2]
    assert [row[7] for row in first_two] == ["NAV Testvik", "Helsesykepleier"]
    assert first_two[1][1] == "3" and first_two[1][4] == "ikke registrert"


def test_decision_and_start_are_recorded_and_the_days_stop(qtbot, page, db, ola):
    page.table.setCurrentItem(page.table.topLevelItem(0))

    def decide(dialog, shown):
        dialog.decided_on.setText(f"{days_ago(20):%d.%m.%Y}")
        dialog.try_save()
        shown["error"] = dialog.error_text("decided_on")
        dialog.decided_on.setText(f"{days_ago(4):%d.%m.%Y}")
        dialog.try_save()

    shown: dict = {}
    answer_dialog(lambda dialog: decide(dialog, shown))
    page.decide()
    assert shown["error"].startswith("Beslutningsdatoen er før henvendelsen kom inn")
    row = next(r for r in page.texts() if r[4] == "Ola Øvrebø")
    assert row[5] == f"{days_ago(4):%d.%m.%Y} Innvilget vedtak"

    page.table.setCurrentItem(page.table.topLevelItem(0))
    answer_dialog(lambda dialog: (dialog.started_on.setText(f"{days_ago(2):%d.%m.%Y}"),
                                  dialog.try_save()))  # fmt: skip
    page.start()
    row = next(r for r in page.texts() if r[4] == "Ola Øvrebø")
    assert row[1] == "10" and row[6] == f"{days_ago(2):%d.%m.%Y}"
    assert page.summary.text().startswith("Ingen henvendelser uten beslutning.")


def test_double_click_opens_the_registered_person(qtbot, page, ola):
    opened = []
    page.open_user_requested.connect(opened.append)
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.open_user()
    assert opened == [ola]


def test_the_buttons_follow_the_selected_request(qtbot, page, db):
    rows = {r.from_whom: n for n, r in enumerate(page.requests)}
    page.table.setCurrentItem(page.table.topLevelItem(rows["NAV Testvik"]))
    assert page.open_button.isEnabled() and page.edit_button.isEnabled()
    page.table.setCurrentItem(page.table.topLevelItem(rows["Fastlege"]))  # no registered user
    assert not page.open_button.isEnabled() and page.edit_button.isEnabled()
    page.table.setCurrentItem(None)
    assert not any(b.isEnabled() for b in (page.open_button, page.edit_button,
                                            page.decision_button, page.start_button))  # fmt: skip


def test_with_no_requests_nothing_can_be_opened(qtbot, db):
    empty = RequestsPage(db, ChangeBus())
    qtbot.addWidget(empty)
    empty.show()
    assert empty.requests == [] and not empty.open_button.isEnabled()
    assert empty.new_button.isEnabled()

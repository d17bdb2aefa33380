"""Every time shown is Norwegian time, whatever the laptop's zone (UTC, or New York).

Issue 9: the change log and the plan's "lagret" showed UTC as if it were Norwegian time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from psykhelse_desktop.cli import main
from psykhelse_desktop.domain.ledger_vocabulary import LedgerKind
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.pages.ledger_page import LedgerPage
from tests.helpers import PASSPHRASE

OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture(params=["UTC", "America/New_York"])
def laptop_zone(request, monkeypatch):
    """The laptop's own clock zone, as the C library sees it (TZ, then tzset)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


class OsloClock:
    """Norwegian wall-clock minutes around an action, to compare with what is shown."""

    def __init__(self, fmt: str = "%d.%m.%Y %H:%M"):
        self.fmt, self.seen = fmt, set()

    def __enter__(self) -> OsloClock:
        self.seen.add(f"{dt.datetime.now(OSLO):{self.fmt}}")
        return self

    def __exit__(self, *_exc: object) -> None:
        self.seen.add(f"{dt.datetime.now(OSLO):{self.fmt}}")


def test_the_laptop_zone_really_differs_from_oslo(laptop_zone):
    """Else the tests below could not fail."""
    here = time.strftime("%H:%M", time.localtime())
    assert here != f"{dt.datetime.now(OSLO):%H:%M}"


def test_the_change_log_shows_norwegian_time(laptop_zone, window, db):
    ola = service_users.search_ids(db, "Øvrebø")[0]
    form = service_users.open_record(db, ola).form
    with OsloClock() as oslo:
        service_users.update(db, ola, dataclasses.replace(form, phone="915 55 444"), version=1)
    window.users_page.select_user(ola)
    newest = window.users_page.detail.changes.texts()[0]
    assert newest[2] == "Endret" and newest[0] in oslo.seen


def test_the_plan_saved_time_is_norwegian(laptop_zone, window, db):
    ola = service_users.search_ids(db, "Øvrebø")[0]
    with OsloClock() as oslo:
        plans.create_plan(db, ola)
    window.users_page.select_user(ola)
    window.show_plan()
    status = window.users_page.plan.status_line.text()
    assert any(f"lagret {stamp} av Kari Testesen" in status for stamp in oslo.seen), status
    revision = window.users_page.plan.revisions.texts()[0]
    assert revision[1] in oslo.seen


def test_the_ledger_page_and_command_show_norwegian_time(
    laptop_zone, qtbot, db, paths, tmp_path, capsys, monkeypatch
):
    printed = tmp_path / "plan.pdf"
    printed.write_bytes(b"%PDF-1.4 syntetisk")
    with OsloClock() as oslo, OsloClock("%Y-%m-%dT%H:%M") as iso:
        ledger.record_printed_file(db, printed, LedgerKind.PRINTED_PDF, "Individuell plan")
    page = LedgerPage(db, ChangeBus())
    qtbot.addWidget(page)
    page.show()
    assert page.table.texts()[0][0] in oslo.seen

    monkeypatch.setenv("PSYKHELSE_PASSPHRASE", PASSPHRASE)
    assert main(["ledger", "--data-dir", str(paths.data_dir)]) == 0
    at = capsys.readouterr().out.splitlines()[1].split("\t")[1]
    assert at[:16] in iso.seen and at[-6:] in ("+01:00", "+02:00")

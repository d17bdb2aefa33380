"""*I dag* reads the radar in the background: the window keeps turning while a large record is
read, the previous lines stay meanwhile, stale answers are dropped and bursts are read once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from psykhelse_desktop.services.demo.populate import populate_demo
from psykhelse_desktop.ui.change_bus import JOURNAL, ChangeBus
from psykhelse_desktop.ui.pages.radar_page import RadarPage
from psykhelse_desktop.ui.pages.radar_worker import RadarWorker

# Enough synthetic people that reading the radar takes a good while (hundreds of lines).
USERS = 800


@pytest.fixture
def large_db(db):
    populate_demo(db, USERS)
    return db


@pytest.fixture
def page(qtbot, large_db):
    radar_page = RadarPage(large_db, ChangeBus())
    qtbot.addWidget(radar_page)
    return radar_page


@pytest.fixture
def readings(monkeypatch):
    """How many times the radar was read (the real reading, counted)."""
    count = [0]
    real = RadarWorker._compute

    def counted(self, request):
        count[0] += 1
        return real(self, request)

    monkeypatch.setattr(RadarWorker, "_compute", counted)
    return count


def test_the_window_keeps_turning_while_a_large_radar_is_read(qtbot, page):
    ticks, shown_after = [0], []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    page.lines_shown.connect(lambda: shown_after.append(ticks[0]))
    timer.start()
    page.refresh()
    assert page.summary.text() == "Henter …"
    assert page.texts() == []
    qtbot.waitUntil(lambda: bool(shown_after), timeout=120_000)
    timer.stop()
    assert shown_after[0] >= 3  # the event loop ran while the lines were read
    assert page.overview.total > 0 and page.line_items()
    assert page.summary.text().endswith(").")


def test_the_previous_lines_stay_until_the_new_ones_come(qtbot, page):
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading(), timeout=120_000)
    before = page.texts()
    page.refresh()
    assert page.reading() and page.texts() == before  # not cleared while reading
    qtbot.waitUntil(lambda: not page.reading(), timeout=120_000)
    assert page.texts() == before


def test_only_the_newest_answer_is_shown(qtbot, page, readings):
    shown = []
    page.lines_shown.connect(lambda: shown.append(1))
    for _ in range(3):
        page.refresh()
    qtbot.waitUntil(lambda: not page.reading(), timeout=120_000)
    assert readings[0] == 2  # the first, then the newest of those that waited
    assert shown == [1]  # the first answer was stale when it came


def test_a_burst_of_changes_is_read_once(qtbot, large_db, readings):
    bus = ChangeBus()
    page = RadarPage(large_db, bus)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.reading(), timeout=120_000)
    first = readings[0]
    for _ in range(5):
        bus.announce(JOURNAL)
    qtbot.waitUntil(lambda: not page.reading(), timeout=120_000)
    assert readings[0] == first + 1


def test_a_record_with_nothing_to_follow_up_says_so(qtbot, db):
    page = RadarPage(db, ChangeBus())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.lines_shown, timeout=60_000):
        page.refresh()
    assert not page.reading() and page.line_items() == []
    assert page.summary.text().startswith("Ingenting å følge opp nå.")

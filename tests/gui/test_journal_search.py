"""Search in all journal text: results after a pause in the typing; a hit opens its journal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.colours import MARK_BACKGROUND, colour
from psykhelse_desktop.ui.journal.search_dialog import SEARCH_DELAY_MS, JournalSearchDialog
from psykhelse_desktop.ui.widgets.highlight import HTML_ROLE

YESTERDAY = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(10, 30))


def write(db, user_id: int, text: str, days_back: int = 0) -> int:
    when = YESTERDAY - dt.timedelta(days=days_back)
    form = JournalForm(when, JournalKind.HOME_VISIT, 60, text)
    entry_id = journal.create_draft(db, user_id, form)
    journal.sign(db, entry_id, version=1)
    return entry_id


@pytest.fixture
def entries(db) -> dict[str, int]:
    ola = service_users.search_ids(db, "Øvrebø")[0]
    kari = service_users.search_ids(db, "Åsen")[0]
    return {
        "ola": ola,
        "older": write(db, ola, "Samtale om søvn og døgnrytme.", days_back=5),
        "visit": write(db, ola, "Hjemmebesøk på gården Øvrebø. Mye ved er hogd, ryddig kjøkken."),
        "other": write(db, kari, "Telefon om timen hos fastlegen."),
    }


@pytest.fixture
def dialog(qtbot, window):
    found = JournalSearchDialog(window.db, window.bus)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    return found


def test_typing_finds_norwegian_letters_after_a_pause(qtbot, dialog, entries):
    qtbot.keyClicks(dialog.query, "øvre")
    assert dialog.results.topLevelItemCount() == 0  # not before the pause
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    [row] = dialog.results.texts()
    assert row[:3] == ["Ola Øvrebø", f"{YESTERDAY:%d.%m.%Y}", "Hjemmebesøk"]
    assert "gården Øvrebø" in row[3]
    assert dialog.count.text() == "1 treff"


def test_capitals_find_the_same(qtbot, dialog, entries):
    dialog.query.setText("ØVREBØ GÅRDEN")
    dialog.run_search()
    assert [hit.entry_id for hit in dialog.hits] == [entries["visit"]]


def test_nothing_found_says_so(qtbot, dialog, entries):
    dialog.query.setText("sykkeltur")
    dialog.run_search()
    assert dialog.results.texts() == []
    assert dialog.count.text() == "Ingen notater inneholder dette."


def test_choosing_a_hit_selects_it_in_the_journal_tab(qtbot, window, dialog, entries):
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    dialog.open_entry.connect(users.open_journal_entry)
    qtbot.keyClicks(dialog.query, "døgnrytme")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.chosen == (entries["ola"], entries["older"])
    assert dialog.chosen.entry_id == entries["older"]
    assert not dialog.isVisible()
    assert users.user_tabs.currentWidget() is users.journal
    assert users.journal.current_entry().id == entries["older"]
    assert "Samtale om søvn og døgnrytme." in users.journal.reader.toPlainText()


def test_a_hit_in_an_addendum_opens_the_entry_it_corrects(qtbot, window, dialog, entries):
    addendum = journal.add_addendum(window.db, entries["visit"], "Rettelse: kjøkkenet var rotete.")
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    dialog.open_entry.connect(users.open_journal_entry)
    dialog.query.setText("rotete")
    dialog.run_search()
    assert [hit.entry_id for hit in dialog.hits] == [addendum]
    dialog.choose()
    assert users.journal.current_entry().id == entries["visit"]
    assert "Rettelse: kjøkkenet var rotete." in users.journal.reader.toPlainText()


def _marked_words(document) -> list[str]:
    """The runs of text drawn bold on the marker colour in a text document (the reader's)."""
    marker, runs, previous = colour(MARK_BACKGROUND), [], False
    cursor = QTextCursor(document)
    while not cursor.atEnd():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        look = cursor.charFormat()
        marked = look.background().color() == marker and look.fontWeight() == QFont.Weight.Bold
        if marked:
            letter = document.characterAt(cursor.position() - 1)
            runs[-1:] = [runs[-1] + letter] if previous else [*runs[-1:], letter]
        previous = marked
    return runs


def test_the_searched_words_are_marked_in_the_hits_and_in_the_entry(qtbot, window, dialog, entries):
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    dialog.query.setText("SØVN døgn")
    dialog.run_search()
    marked = dialog.results.topLevelItem(0).data(3, HTML_ROLE)
    assert marked.count("font-weight: bold;") == 2
    assert 'font-weight: bold;">søvn</span> og <span' in marked
    assert 'font-weight: bold;">døgnrytme</span>' in marked
    assert dialog.results.topLevelItem(0).text(3) == "Samtale om søvn og døgnrytme."
    dialog.choose()
    window.open_journal_entry(*dialog.chosen, dialog.words())
    assert _marked_words(users.journal.reader.document()) == ["søvn", "døgnrytme"]


def test_note_text_is_never_read_as_html(qtbot, window, dialog, entries):
    write(window.db, entries["ola"], "<b>Viktig</b> & <img src='x'>: søvnløs natt")
    dialog.query.setText("søvnløs")
    dialog.run_search()
    marked = dialog.results.topLevelItem(0).data(3, HTML_ROLE)
    assert marked.startswith("&lt;b&gt;Viktig&lt;/b&gt; &amp; &lt;img src=&#x27;x&#x27;&gt;: <span")
    assert "<b>" not in marked and "<img" not in marked

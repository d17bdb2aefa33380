"""The journal tab: write with a template, edit a draft, sign, correct by addendum, print."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.journal import QUICK_TEMPLATES, JournalForm
from psykhelse_desktop.services.clock import oslo_now
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.ui.journal.extract_dialog import months_before

from .conftest import answer_dialog

EMPTY_ERROR = "Notatet er tomt. Skriv hva som ble gjort og vurdert, og hva som er avtalt."
SIGN_QUESTION = "Signerte notater kan ikke endres. Rettelser blir et tillegg."


@pytest.fixture
def ola(db) -> int:
    return service_users.search_ids(db, "Øvrebø")[0]


@pytest.fixture
def page(window, ola):
    """The journal tab shown for Ola Øvrebø."""
    users = window.users_page
    window.tabs.setCurrentWidget(users)
    users.select_user(ola)
    users.user_tabs.setCurrentWidget(users.journal)
    return users.journal


def run_dialog(page_action, fill) -> dict:
    """Run the dialog `page_action` opens with `fill(dialog, shown)`; returns what it noted."""
    shown: dict = {}
    answer_dialog(lambda dialog: fill(dialog, shown))
    page_action()
    return shown


def yes(shown: dict):
    def answer(box):
        shown["question"] = box.text()
        box.buttons()[0].click()

    return answer


def note(db, user_id: int, text: str, *, days_ago: int = 1, signed: bool = True) -> int:
    when = (oslo_now() - dt.timedelta(days=days_ago)).replace(hour=10, minute=0)
    entry_id = journal.create_draft(db, user_id, JournalForm(when, JournalKind.PHONE, 15, text))
    if signed:
        journal.sign(db, entry_id, version=1)
    return entry_id


def test_a_new_note_starts_from_the_kind_template(qtbot, page):
    def fill(dialog, shown):
        shown["first"] = dialog.text.toPlainText()
        dialog.kind.setCurrentIndex(dialog.kind.findData(JournalKind.HOME_VISIT))
        shown["home"] = dialog.text.toPlainText()
        qtbot.keyClicks(dialog.text, " Ola og søsteren Randi")
        dialog.kind.setCurrentIndex(dialog.kind.findData(JournalKind.PHONE))
        shown["kept"] = dialog.text.toPlainText()
        dialog.kind.setCurrentIndex(dialog.kind.findData(JournalKind.HOME_VISIT))
        dialog.try_save()
        shown["open"] = dialog.isVisible()

    shown = run_dialog(page.new_note, fill)
    assert shown["first"] == QUICK_TEMPLATES[JournalKind.CONVERSATION]
    assert shown["home"] == QUICK_TEMPLATES[JournalKind.HOME_VISIT]
    assert shown["kept"].startswith("Til stede: Ola og søsteren Randi\n")
    assert shown["open"] is False
    [row] = page.table.texts()
    assert row[1:5] == ["Hjemmebesøk", "1 t", "Utkast", ""]
    assert row[5] == "Til stede: Ola og søsteren Randi"
    assert page.status_line.text() == "1 notat, 1 ikke signert"
    assert not page.edit_button.isHidden() and page.addendum_button.isHidden()


def test_draft_edited_then_signed_is_locked_and_corrected_by_addendum(qtbot, page, db, ola):
    entry_id = note(db, ola, "Tema: søvn.", signed=False)
    page.reload()

    def edit(dialog, shown):
        dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.text, " Sover bedre med fast leggetid.")
        dialog.try_save()

    run_dialog(page.edit_draft, edit)
    assert page.table.texts()[0][5] == "Tema: søvn. Sover bedre med fast leggetid."

    shown = run_dialog(page.sign_draft, lambda box, shown: yes(shown)(box))
    assert SIGN_QUESTION in shown["question"]
    assert page.table.texts()[0][3] == "Signert"
    for button in (page.edit_button, page.sign_button, page.delete_button):
        assert button.isHidden()
    assert not page.addendum_button.isHidden()

    def correct(dialog, shown):
        qtbot.keyClicks(dialog.text, "Rettelse: leggetid kl. 23, ikke 22.")
        dialog.try_save()

    run_dialog(page.add_addendum, correct)
    reader = page.reader.toPlainText()
    assert "Tema: søvn. Sover bedre med fast leggetid." in reader
    assert reader.index("Sover bedre") < reader.index("Tillegg (retting)")
    assert "Rettelse: leggetid kl. 23, ikke 22." in reader
    assert "skrevet og signert av Kari Testesen" in reader
    assert page.table.texts()[0][4] == "1"
    assert journal.get_entry(db, entry_id).text == "Tema: søvn. Sover bedre med fast leggetid."


def test_a_signed_entry_cannot_be_opened_for_editing(qtbot, page, db, ola):
    note(db, ola, "Tema: økonomi.")
    page.reload()
    shown = run_dialog(page.edit_draft, lambda box, shown: shown.update(text=box.text()))
    assert shown["text"] == journal.SIGNED_MESSAGE


def test_signed_behind_the_dialog_shows_the_service_message(qtbot, page, db, ola):
    entry_id = note(db, ola, "Tema: arbeid.", signed=False)
    page.reload()

    def fill(dialog, shown):
        journal.sign(db, entry_id, version=1)
        qtbot.keyClicks(dialog.text, " Endret.")
        dialog.try_save()
        shown.update(open=dialog.isVisible(), message=dialog.message.text())

    shown = run_dialog(page.edit_draft, fill)
    assert shown["open"] is True
    assert shown["message"] == journal.SIGNED_MESSAGE
    assert journal.get_entry(db, entry_id).text == "Tema: arbeid."


def test_an_empty_note_is_refused_at_the_field_and_the_typing_kept(qtbot, page, db, ola):
    def fill(dialog, shown):
        dialog.kind.setCurrentIndex(dialog.kind.findData(JournalKind.PHONE))
        dialog.duration.setValue(20)
        dialog.date.setText("02.03.2024")
        dialog.text.clear()
        dialog.try_save()
        shown.update(
            error=dialog.error_text("text"), open=dialog.isVisible(),
            kind=dialog.kind.currentData(), minutes=dialog.duration.value(),
            day=dialog.date.text(), message=dialog.message.text(),
        )  # fmt: skip
        qtbot.keyClicks(dialog.text, "Ringte om timen.")
        dialog.try_save()
        shown["saved"] = not dialog.isVisible()

    shown = run_dialog(page.new_note, fill)
    assert shown["error"] == EMPTY_ERROR
    assert shown["open"] is True
    assert (shown["kind"], shown["minutes"], shown["day"]) == (JournalKind.PHONE, 20, "02.03.2024")
    assert shown["message"] == "Rett feltene som er merket med rødt, og lagre igjen."
    assert shown["saved"] is True
    assert page.table.texts()[0][1:3] == ["Telefon", "20 min"]
    assert page.table.texts()[0][0].startswith("02.03.2024")


def test_sign_from_the_editor_asks_once_and_locks(qtbot, page, db, ola):
    def fill(dialog, shown):
        qtbot.keyClicks(dialog.text, " Ola kom i tide.")
        answer_dialog(yes(shown))
        dialog.try_sign()
        shown["signed"] = dialog.signed

    shown = run_dialog(page.new_note, fill)
    assert SIGN_QUESTION in shown["question"] and shown["signed"] is True
    assert page.table.texts()[0][3] == "Signert"


def test_a_draft_can_be_deleted(qtbot, page, db, ola):
    note(db, ola, "Tema: feilført.", signed=False)
    page.reload()
    run_dialog(page.delete_draft, lambda box, shown: box.buttons()[0].click())
    assert page.table.texts() == []
    assert page.status_line.text() == "Ingen notater ennå."


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_the_extract_is_previewed_with_the_signed_entries(qtbot, page, db, ola):
    note(db, ola, "Hjemmebesøk hos familien på Åsen.", days_ago=10)
    note(db, ola, "Gammelt notat utenfor perioden.", days_ago=200)
    note(db, ola, "Et utkast som ikke skal med.", days_ago=3, signed=False)
    page.reload()
    shown: dict = {}

    def preview(dialog):
        shown.update(pages=dialog.page_count(), text=pdf_text(dialog.path))
        shown["title"] = dialog.windowTitle()

    def period(dialog, shown_here):
        shown_here["first"] = dialog.first.text()
        dialog.last.setText("01.01.2000")
        dialog.try_save()
        shown_here["error"] = dialog.error_text("last")
        dialog.last.setText(f"{dt.date.today():%d.%m.%Y}")
        answer_dialog(preview)
        dialog.try_save()

    shown.update(run_dialog(page.print_extract, period))
    assert "pages" in shown, "the preview was not shown"
    assert shown["first"] == f"{months_before(dt.date.today(), 3):%d.%m.%Y}"
    assert shown["error"] == "Periodens slutt er før starten. Rett en av datoene."
    assert shown["pages"] >= 1
    assert "Hjemmebesøk hos familien på Åsen." in shown["text"]
    assert "Gammelt notat" not in shown["text"] and "Et utkast" not in shown["text"]
    assert "Journalutdrag – Ola Øvrebø" in shown["title"]
    assert ledger.entries(db) == []  # a preview has not left the program


def test_months_before_keeps_the_day_or_takes_the_last_of_a_short_month():
    assert months_before(dt.date(2025, 5, 31), 3) == dt.date(2025, 2, 28)
    assert months_before(dt.date(2025, 2, 15), 3) == dt.date(2024, 11, 15)
    assert months_before(dt.date(2024, 5, 31), 3) == dt.date(2024, 2, 29)


def test_ctrl_j_opens_a_new_note(qtbot, window, page):
    from PySide6.QtCore import Qt

    from .conftest import activate

    activate(qtbot, window)
    page.table.setFocus()
    shown = {}
    answer_dialog(lambda dialog: shown.update(title=dialog.windowTitle()))
    qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "title" in shown, timeout=2000)
    assert shown["title"] == "Nytt notat – Ola Øvrebø"


def test_the_bare_template_is_not_saved_as_a_note(qtbot, page):
    def fill(dialog, shown):
        dialog.try_save()
        shown.update(error=dialog.error_text("text"), open=dialog.isVisible())
        dialog.try_sign()
        shown["sign_error"] = dialog.error_text("text")

    shown = run_dialog(page.new_note, fill)
    assert shown["error"].startswith("Notatet inneholder bare overskriftene fra malen.")
    assert shown["open"] is True and shown["sign_error"] == shown["error"]
    assert page.table.texts() == []

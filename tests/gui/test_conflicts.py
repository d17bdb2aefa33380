"""Two windows on one record: the older save never overwrites; she sees both and chooses."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.groups import AgendaEntry
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from psykhelse_desktop.ui.dialogs.service_user_dialog import ServiceUserDialog
from psykhelse_desktop.ui.journal.entry_dialog import JournalEntryDialog
from psykhelse_desktop.ui.main_window import MainWindow
from tests.group_helpers import make_group

from .conftest import answer_dialog
from .test_meeting_editor import open_editor


@pytest.fixture
def ola(db) -> int:
    return service_users.search_ids(db, "Øvrebø")[0]


def edit_dialog(qtbot, db, user_id: int) -> ServiceUserDialog:
    detail = service_users.open_record(db, user_id)
    dialog = ServiceUserDialog(db, detail.form, user_id, version=detail.version)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))  # closed as left, unasked
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def table_of(dialog: ConflictDialog) -> list[tuple[str, ...]]:
    """The rows of the side-by-side table as she reads them (label, hers, stored)."""
    grid, rows = dialog.cells, []
    for row in range(1, grid.rowCount()):
        cells = [grid.itemAtPosition(row, column) for column in range(3)]
        if all(cells):
            rows.append(tuple(c.widget().text() for c in cells))
    return rows


@pytest.fixture
def two_dialogs(qtbot, window, db, ola):
    """Both opened on version 1. The first saves a new phone number and a note on how to reach
    her; the second (older) typed another phone number and an address, and saves after it."""
    first, second = edit_dialog(qtbot, db, ola), edit_dialog(qtbot, db, ola)
    retype(qtbot, first.phone, "915 55 444")
    qtbot.keyClicks(first.reach_notes, "Ring etter kl. 10.")
    first.try_save()
    assert not first.isVisible()
    retype(qtbot, second.phone, "913 00 000")
    qtbot.keyClicks(second.address, "Fjæreveien 3")
    return second


def stored_values(db, ola) -> tuple[str, str, str]:
    form = service_users.open_record(db, ola).form
    return form.phone, form.address, form.reach_notes


def test_the_conflict_shows_both_field_by_field_and_enter_goes_back(qtbot, two_dialogs, db, ola):
    seen = {}

    def look(dialog):
        seen.update(title=dialog.windowTitle(), rows=table_of(dialog),
                    default=dialog.edit_button.text())  # fmt: skip
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answer_dialog(look)
    two_dialogs.try_save()

    assert seen["title"] == "Endret et annet sted"
    assert seen["rows"] == [
        ("Adresse", "Fjæreveien 3", "(tomt)"),
        ("Telefon", "913 00 000", "915 55 444"),
        ("Slik når du personen", "(ikke endret av deg)", "Ring etter kl. 10."),
    ]
    assert seen["default"] == "&Gå tilbake og rediger"
    assert stored_values(db, ola) == ("915 55 444", "", "Ring etter kl. 10.")  # nothing written
    dialog = two_dialogs
    assert dialog.isVisible() and (dialog.phone.text(), dialog.address.text()) == (
        "913 00 000", "Fjæreveien 3"
    )  # fmt: skip
    assert dialog.reach_notes.toPlainText() == "Ring etter kl. 10."  # she did not touch it
    assert dialog.error_text("phone") == "Lagret et annet sted: «915 55 444»"
    assert dialog.error_text("reach_notes") == ""

    dialog.try_save()  # on the stored version now: her choice holds
    assert not dialog.isVisible()
    assert stored_values(db, ola) == ("913 00 000", "Fjæreveien 3", "Ring etter kl. 10.")


def test_keep_mine_keeps_her_changes_and_the_others_elsewhere(qtbot, two_dialogs, db, ola):
    answer_dialog(lambda dialog: dialog.keep_button.click())
    two_dialogs.try_save()
    assert not two_dialogs.isVisible()
    assert stored_values(db, ola) == ("913 00 000", "Fjæreveien 3", "Ring etter kl. 10.")


def test_take_the_stored_one_closes_without_writing(qtbot, two_dialogs, db, ola):
    answer_dialog(lambda dialog: dialog.take_button.click())
    two_dialogs.try_save()
    assert not two_dialogs.isVisible() and two_dialogs.took_stored
    assert stored_values(db, ola) == ("915 55 444", "", "Ring etter kl. 10.")
    assert service_users.open_record(db, ola).version == 2


def test_two_plan_windows_the_older_save_keeps_the_newer_text(qtbot, window, db, ola):
    """Issue 9's story: saving the plan in the older window silently threw away the newer's."""
    view = plans.create_plan(db, ola)
    plans.save_plan(db, ola, dataclasses.replace(view.plan, needs="Hjelp med post."), version=1)
    older = show_plan(qtbot, window, ola)
    newer = show_plan(qtbot, MainWindow(db, ChangeBus()), ola)
    qtbot.keyClicks(newer.form.texts["cooperation"], "NAV ringer hver fredag.")
    append(qtbot, newer.form.texts["needs"], " Hver uke.")
    assert newer.save()
    qtbot.keyClicks(older.form.texts["resources"], "Liker å gå tur med hunden.")
    append(qtbot, older.form.texts["needs"], " Og regninger.")
    seen = {}

    def look(dialog):
        seen["rows"] = table_of(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_dialog(look)
    assert not older.save()

    assert seen["rows"] == [
        ("Ressurser", "Liker å gå tur med hunden.", "(tomt)"),
        ("Behov for tjenester", "Hjelp med post. Og regninger.", "Hjelp med post. Hver uke."),
        ("Samarbeid", "(ikke endret av deg)", "NAV ringer hver fredag."),
    ]
    stored = plans.open_plan(db, ola).plan
    assert (stored.cooperation, stored.needs) == (
        "NAV ringer hver fredag.",
        "Hjelp med post. Hver uke.",
    )
    typed = [older.form.texts[name].toPlainText() for name in ("resources", "needs", "cooperation")]
    assert typed == ["Liker å gå tur med hunden.", "Hjelp med post. Og regninger.",
                     "NAV ringer hver fredag."]  # fmt: skip
    assert "Behov for tjenester: «Hjelp med post. Hver uke.»" in older.message.text()
    assert older.save()
    saved = plans.open_plan(db, ola).plan
    assert (saved.resources, saved.needs, saved.cooperation) == (
        "Liker å gå tur med hunden.", "Hjelp med post. Og regninger.", "NAV ringer hver fredag."
    )  # fmt: skip


def append(qtbot, field, text: str) -> None:
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, text)


def show_plan(qtbot, main: MainWindow, user_id: int):
    qtbot.addWidget(main)
    main._discard_plan_edits = lambda: True
    main.show()
    main.users_page.select_user(user_id)
    main.show_plan()
    return main.users_page.plan


def test_two_meeting_editors_the_older_may_take_the_stored_minutes(qtbot, db):
    group = make_group(db)
    first, second = (
        open_editor(qtbot, db, group.meeting_id),
        open_editor(qtbot, db, group.meeting_id),
    )
    qtbot.keyClicks(first.sections[0].notes, "Åse sover bedre.")
    assert first.save()
    qtbot.keyClicks(second.sections[0].notes, "Skrevet i det andre vinduet.")
    seen = {}

    def take(dialog):
        seen["rows"] = table_of(dialog)
        dialog.take_button.click()

    answer_dialog(take)
    assert not second.save()
    assert seen["rows"] == [("Sak 1, notater", "Skrevet i det andre vinduet.", "Åse sover bedre.")]
    assert second.sections[0].notes.toPlainText() == "Åse sover bedre."
    assert meetings.load_minutes(db, group.meeting_id).items[0] == AgendaEntry(
        second.sections[0].agenda_id, "Søvn og hverdag", "Åse sover bedre.", ""
    )


def test_the_conflict_dialog_fits_a_small_screen(qtbot, two_dialogs):
    sizes = {}

    def measure(dialog):
        sizes["dialog"] = dialog.size()
        sizes["labels"] = all(label.wordWrap() for label in dialog.findChildren(QLabel))
        dialog.edit_button.click()

    answer_dialog(measure)
    two_dialogs.try_save()
    assert sizes["dialog"].width() <= 900 and sizes["labels"]


def test_a_journal_draft_in_two_windows_keeps_both_changes(qtbot, window, db, ola):
    when = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(10, 0))
    form = JournalForm(when, JournalKind.PHONE, 15, "Tema: søvn.")
    entry_id = journal.create_draft(db, ola, form)
    older = JournalEntryDialog(db, ola, "Ola Øvrebø", journal.get_entry(db, entry_id))
    qtbot.addWidget(older, before_close_func=lambda d: d.done(0))
    older.show()
    journal.update_draft(db, entry_id, dataclasses.replace(form, duration_minutes=30), version=1)
    append(qtbot, older.text, " Sover bedre med lysterapi.")
    answer_dialog(lambda dialog: dialog.keep_button.click())
    older.try_save()
    saved = journal.get_entry(db, entry_id)
    assert (saved.text, saved.duration_minutes) == ("Tema: søvn. Sover bedre med lysterapi.", 30)

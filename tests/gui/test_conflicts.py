"""Two windows on one record: the older save never overwrites; she sees both and chooses."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from psykhelse_desktop.domain.groups import AgendaEntry
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from psykhelse_desktop.ui.dialogs.service_user_dialog import ServiceUserDialog
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
    """Both opened on version 1; the first saves a new phone number; the second changed the
    address and saves after it."""
    first, second = edit_dialog(qtbot, db, ola), edit_dialog(qtbot, db, ola)
    retype(qtbot, first.phone, "915 55 444")
    first.try_save()
    assert not first.isVisible()
    qtbot.keyClicks(second.address, "Fjæreveien 3")
    return second


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
        ("Telefon", "912 34 567", "915 55 444"),
    ]
    assert seen["default"] == "&Gå tilbake og rediger"
    assert two_dialogs.isVisible() and two_dialogs.address.text() == "Fjæreveien 3"
    assert two_dialogs.error_text("phone") == "Lagret et annet sted: «915 55 444»"
    stored = service_users.open_record(db, ola)
    assert (stored.form.phone, stored.form.address) == ("915 55 444", "")

    retype(qtbot, two_dialogs.phone, "915 55 444")  # she takes the new number over
    two_dialogs.try_save()
    stored = service_users.open_record(db, ola)
    assert not two_dialogs.isVisible()
    assert (stored.form.phone, stored.form.address) == ("915 55 444", "Fjæreveien 3")


def test_keep_mine_saves_over_deliberately(qtbot, two_dialogs, db, ola):
    answer_dialog(lambda dialog: dialog.keep_button.click())
    two_dialogs.try_save()
    stored = service_users.open_record(db, ola)
    assert not two_dialogs.isVisible()
    assert (stored.form.phone, stored.form.address) == ("912 34 567", "Fjæreveien 3")


def test_take_the_stored_one_closes_without_writing(qtbot, two_dialogs, db, ola):
    answer_dialog(lambda dialog: dialog.take_button.click())
    two_dialogs.try_save()
    stored = service_users.open_record(db, ola)
    assert not two_dialogs.isVisible() and two_dialogs.took_stored
    assert (stored.form.phone, stored.form.address, stored.version) == ("915 55 444", "", 2)


def test_two_plan_windows_the_older_save_keeps_the_newer_text(qtbot, window, db, ola):
    """Issue 9's story: saving the plan in the older window silently threw away the newer's."""
    view = plans.create_plan(db, ola)
    plans.save_plan(db, ola, dataclasses.replace(view.plan, needs="Hjelp med post."), version=1)
    older = show_plan(qtbot, window, ola)
    newer = show_plan(qtbot, MainWindow(db, ChangeBus()), ola)
    qtbot.keyClicks(newer.form.texts["cooperation"], "NAV ringer hver fredag.")
    assert newer.save()
    qtbot.keyClicks(older.form.texts["resources"], "Liker å gå tur med hunden.")
    seen = {}

    def look(dialog):
        seen["rows"] = table_of(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_dialog(look)
    assert not older.save()

    assert seen["rows"] == [
        ("Ressurser", "Liker å gå tur med hunden.", "(tomt)"),
        ("Samarbeid", "(tomt)", "NAV ringer hver fredag."),
    ]
    assert plans.open_plan(db, ola).plan.cooperation == "NAV ringer hver fredag."
    assert older.form.texts["resources"].toPlainText() == "Liker å gå tur med hunden."
    assert "Samarbeid: «NAV ringer hver fredag.»" in older.message.text()
    qtbot.keyClicks(older.form.texts["cooperation"], "NAV ringer hver fredag.")
    assert older.save()
    saved = plans.open_plan(db, ola).plan
    assert (saved.resources, saved.cooperation) == ("Liker å gå tur med hunden.",
                                                    "NAV ringer hver fredag.")  # fmt: skip


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

"""The ledger records what really leaves: a preview is not recorded, a saved copy is, once."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from psykhelse_desktop.domain.plan_vocabulary import DocumentKind
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.services.reports.leftovers import viewer_folder_prefix
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.meeting.meeting_editor import MeetingEditor
from psykhelse_desktop.ui.plan.print_actions import PrintMenu
from psykhelse_desktop.ui.widgets.print_folder import PrintFolder
from tests.group_helpers import make_group

from .conftest import answer_dialog


@pytest.fixture
def menu(qtbot, db):
    user_id = service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7))
    )
    plans.create_plan(db, user_id)
    folder = PrintFolder()
    yield PrintMenu(db, lambda: (user_id, "Åse Øvrebø"), folder), user_id
    folder.remove()


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def choose_file(monkeypatch, target) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )


def test_a_preview_alone_adds_nothing_to_the_ledger(qtbot, db, menu):
    print_menu, _ = menu
    seen = []
    answer_dialog(lambda preview: seen.append(preview.page_count()))
    path = print_menu.preview(DocumentKind.CRISIS)
    assert seen == [1] and path.exists()
    assert ledger.entries(db) == []


def test_save_as_from_the_preview_records_the_saved_copy_once(qtbot, db, menu, tmp_path,
                                                              monkeypatch):  # fmt: skip
    print_menu, user_id = menu
    target = tmp_path / "Kriseplan Åse.pdf"
    choose_file(monkeypatch, target)
    answer_dialog(lambda preview: preview.save_as())
    print_menu.preview(DocumentKind.CRISIS)
    [row] = ledger.entries(db)
    assert row.sha256 == sha256(target) and row.byte_count == target.stat().st_size
    assert row.file_name == str(target.resolve()) and row.service_user_id == user_id
    assert row.what.startswith("Kriseplan, revisjon 1") and row.kind_label == "Utskrift (PDF)"


def test_opening_the_preview_in_the_pdf_reader_is_recorded_once(qtbot, db, menu, monkeypatch):
    print_menu, _ = menu
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def open_twice(preview):
        preview.open_in_viewer()
        preview.open_in_viewer()

    answer_dialog(open_twice)
    path = print_menu.preview(DocumentKind.CRISIS)
    assert len(opened) == 2
    [row] = ledger.entries(db)
    assert row.sha256 == sha256(path)


def test_open_in_the_pdf_reader_from_the_menu_is_recorded_before_it_opens(
    qtbot, db, menu, monkeypatch
):
    print_menu, _ = menu
    seen = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: seen.append(len(ledger.entries(db))) or True)  # fmt: skip
    path = print_menu.open_in_viewer(DocumentKind.CRISIS)
    assert seen == [1] and [row.sha256 for row in ledger.entries(db)] == [sha256(path)]
    # Named by this process, so the next start can tell it from a crashed run's folder.
    assert path.parent.name.startswith(viewer_folder_prefix())


def test_save_as_from_the_menu_is_recorded(qtbot, db, menu, tmp_path, monkeypatch):
    print_menu, _ = menu
    target = tmp_path / "plan.pdf"
    choose_file(monkeypatch, target)
    assert print_menu.save_as(DocumentKind.PLAN) == target
    assert [row.sha256 for row in ledger.entries(db)] == [sha256(target)]


def test_a_meeting_preview_is_recorded_only_when_saved(qtbot, db, tmp_path, monkeypatch):
    group = make_group(db)
    editor = MeetingEditor(db, ChangeBus(), group.meeting_id)
    qtbot.addWidget(editor)
    answer_dialog(lambda preview: None)
    editor.frame.print_menu.preview("agenda")
    assert ledger.entries(db) == []
    target = tmp_path / "saksliste.pdf"
    choose_file(monkeypatch, target)
    answer_dialog(lambda preview: preview.save_as())
    editor.frame.print_menu.preview("agenda")
    [row] = ledger.entries(db)
    assert row.sha256 == sha256(target) and row.service_user_id == group.user_id
    assert row.what == "Saksliste for ansvarsgruppemøte 24.11.2026"

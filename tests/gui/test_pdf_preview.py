"""Documents with preview and save-as: the pages shown, the copy saved, who gets the minutes."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from psykhelse_desktop.domain.group_vocabulary import NO_CONSENT
from psykhelse_desktop.printing.documents import DocumentKind
from psykhelse_desktop.printing.meeting_documents import MeetingDocumentKind, write_meeting_document
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.meeting.meeting_editor import MeetingEditor
from psykhelse_desktop.ui.meeting.recipients_dialog import RecipientsDialog
from psykhelse_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.group_helpers import hold_meeting, make_group

from .conftest import answer_dialog


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln.split()[-1] for ln in info.stdout.splitlines() if ln.startswith("Pages:")))


@pytest.fixture
def group(db):
    return make_group(db)


@pytest.fixture
def invitation(db, group, tmp_path):
    """The invitation letters of the group's meeting: one per invited member (a preview)."""
    target = tmp_path / "innkalling.pdf"
    kind = MeetingDocumentKind.INVITATION
    return write_meeting_document(db, group.meeting_id, kind, target)


@pytest.fixture
def preview_of(qtbot, db):
    def preview(printed) -> PdfPreviewDialog:
        dialog = PdfPreviewDialog(printed.path, "Innkalling – Åse Øvrebø", db=db, note=printed.note)
        qtbot.addWidget(dialog)
        return dialog

    return preview


def test_the_preview_shows_every_page(qtbot, invitation, preview_of):
    dialog = preview_of(invitation)
    pages = page_count(invitation.path)
    assert pages == 4 and dialog.page_count() == pages
    assert dialog.count_label.text() == "4 sider"
    assert all(label.pixmap().width() > 700 for label in dialog.page_labels)


def test_save_as_writes_a_whole_copy(qtbot, invitation, preview_of, tmp_path, monkeypatch):
    dialog = preview_of(invitation)
    chosen = tmp_path / "lagret" / "Innkalling Åse"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    with qtbot.waitSignal(dialog.saved) as saved:
        path = dialog.save_as()
    assert path == saved.args[0] == chosen.with_name("Innkalling Åse.pdf")
    text = pdf_text(path)
    assert "Innkalling til ansvarsgruppemøte" in text and "Kåre Sæther" in text
    assert [p.name for p in chosen.parent.iterdir()] == ["Innkalling Åse.pdf"]


def test_a_folder_that_refuses_gets_a_plain_message(
    qtbot, invitation, preview_of, tmp_path, monkeypatch
):
    dialog = preview_of(invitation)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert dialog.save_to(tmp_path / "finnes-ikke" / "kopi.pdf") is None
    assert warned[0].startswith("Kunne ikke skrive filen kopi.pdf i ")
    assert "Ingenting ble skrevet" in warned[0]


def test_the_recipients_dialog_names_the_member_without_consent_and_why(qtbot, db, group):
    dialog = RecipientsDialog(meetings.minutes_recipients(db, group.meeting_id))
    qtbot.addWidget(dialog)
    rows = {row[0]: row for row in dialog.texts()}
    assert rows["Kåre Sæther"] == ["Kåre Sæther", "Behandler", "Nei", NO_CONSENT]
    assert rows["Åse Øvrebø"][2:] == ["Ja", "tjenestemottakeren selv"]
    assert dialog.summary.text() == "3 av 4 medlemmer får referatet."


def test_minutes_previewed_from_the_editor_are_saved_and_locked(
    qtbot, db, group, tmp_path, monkeypatch
):
    hold_meeting(db, group)
    editor = MeetingEditor(db, ChangeBus(), group.meeting_id)
    qtbot.addWidget(editor)
    target = tmp_path / "referat.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    seen = {}

    def look_at_preview(preview):
        seen["pages"] = preview.page_count()
        preview.save_as()

    def look_at_recipients(dialog):
        seen["left out"] = [row[0] for row in dialog.texts() if row[2] == "Nei"]
        answer_dialog(look_at_preview)
        dialog.print_button.click()

    answer_dialog(look_at_recipients)
    editor.frame.print_menu.preview("minutes")
    assert seen == {"left out": ["Kåre Sæther"], "pages": page_count(target)}
    assert "Vi fortsetter med kveldsturer tre ganger i uka." in pdf_text(target)
    assert meetings.minutes_versions(db, group.meeting_id) == [1]
    assert editor.read_only and not editor.frame.banner.isHidden()


def test_cancelling_the_recipients_dialog_prints_nothing(qtbot, db, group):
    hold_meeting(db, group)
    editor = MeetingEditor(db, ChangeBus(), group.meeting_id)
    qtbot.addWidget(editor)
    answer_dialog(lambda dialog: dialog.reject())
    assert editor.frame.print_menu.preview("minutes") is None


def test_the_plan_menu_previews_too(qtbot, window, db):
    ola = service_users.search_ids(db, "Øvrebø")[0]
    plans.create_plan(db, ola)
    window.users_page.select_user(ola)
    window.show_plan()
    seen = []
    answer_dialog(lambda preview: seen.append((preview.windowTitle(), preview.page_count())))
    window.users_page.plan.print_menu.preview(DocumentKind.CRISIS)
    assert seen == [("Forhåndsvisning – Kriseplan – Ola Øvrebø", 1)]


def test_saved_minutes_stay_open_when_the_nurse_says_no_and_lock_as_sent(
    qtbot, db, group, tmp_path, monkeypatch
):
    hold_meeting(db, group)
    editor = MeetingEditor(db, ChangeBus(), group.meeting_id)
    qtbot.addWidget(editor)
    menu = editor.frame.print_menu
    target = tmp_path / "referat.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or answers.pop(0))
    answer_dialog(lambda dialog: dialog.print_button.click())
    assert menu.save_as("minutes") == target
    assert "Referat fra ansvarsgruppemøte" in pdf_text(target)
    assert asked[0].startswith("Referatet er lagret som PDF. Vil du låse det som skrevet ut?")
    assert meetings.minutes_versions(db, group.meeting_id) == []
    menu.lock_action.trigger()
    assert meetings.minutes_versions(db, group.meeting_id) == [1]
    assert "Referatet er låst (sendt " in editor.frame.banner_text.text()
    assert not menu.lock_action.isEnabled()


def test_invitations_name_who_lacks_an_address_and_save_one_file_per_recipient(
    qtbot, db, group, tmp_path, monkeypatch
):
    editor = MeetingEditor(db, ChangeBus(), group.meeting_id)
    qtbot.addWidget(editor)
    menu = editor.frame.print_menu
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or answers.pop(0))
    assert menu.save_letters() is None  # she went back to add the address
    assert "Disse mangler postadresse: Åsne Øvrebø." in asked[0][2]
    assert asked[0][4] == QMessageBox.StandardButton.No  # the safe default
    written = menu.save_letters()
    assert [p.name.split(" 24.11")[0] for p in written] == [
        "Innkalling til Åse Øvrebø", "Innkalling til Åsne Øvrebø",
        "Innkalling til Bjørn Åsheim", "Innkalling til Kåre Sæther",
    ]  # fmt: skip
    assert all(page_count(p) == 1 for p in written)


def test_print_sends_the_same_pages_to_the_printer_and_records_paper(
    qtbot, db, invitation, preview_of, tmp_path
):
    from PySide6.QtPrintSupport import QPrinter

    from psykhelse_desktop.services.reports import ledger

    dialog = preview_of(invitation)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the real printing path, to a file
    printer.setOutputFileName(str(tmp_path / "papir.pdf"))
    printer.setResolution(150)
    assert dialog.print_to(printer)
    assert page_count(tmp_path / "papir.pdf") == page_count(invitation.path) == 4
    [row] = ledger.entries(db)
    assert row.kind_label == "Utskrift på papir" and row.what == invitation.note.what
    assert row.file_name.endswith("papir.pdf")

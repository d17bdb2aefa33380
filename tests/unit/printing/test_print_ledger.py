"""Every printed document is recorded in the ledger with the SHA-256 of the PDF on disk."""

import hashlib

from tests.group_helpers import TODAY, hold_meeting, make_group

from psykhelse_desktop.domain.plan_vocabulary import DocumentKind
from psykhelse_desktop.printing.documents import print_document, write_document
from psykhelse_desktop.printing.meeting_documents import (
    MeetingDocumentKind,
    print_meeting_document,
    write_meeting_document,
)
from psykhelse_desktop.services.reports import ledger


def test_a_printed_plan_is_in_the_ledger(db, planned_user, tmp_path):
    path = print_document(db, planned_user, DocumentKind.CRISIS, tmp_path / "krise.pdf",
                          today=TODAY)  # fmt: skip
    [row] = ledger.entries(db)
    assert row.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert row.byte_count == path.stat().st_size and row.kind_label == "Utskrift (PDF)"
    assert row.service_user_id == planned_user and row.what.startswith("Kriseplan, revisjon")


def test_printed_minutes_are_in_the_ledger_under_the_service_user(db, planned_user, tmp_path):
    group = make_group(db, planned_user)
    hold_meeting(db, group)
    target = tmp_path / "referat.pdf"
    print_meeting_document(db, group.meeting_id, MeetingDocumentKind.MINUTES, target, today=TODAY)
    [row] = ledger.entries(db)
    assert row.service_user_id == planned_user
    assert row.what == "Referat fra ansvarsgruppemøte 24.11.2026, versjon 1 (utkast)"
    assert row.recipient == "Åse Øvrebø, Åsne Øvrebø, Bjørn Åsheim"
    assert row.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()


def test_a_document_written_for_preview_is_not_in_the_ledger(db, planned_user, tmp_path):
    printed = write_document(db, planned_user, DocumentKind.CRISIS, tmp_path / "forhånd.pdf",
                             today=TODAY)  # fmt: skip
    assert printed.path.exists() and ledger.entries(db) == []
    copy = tmp_path / "kopi.pdf"
    copy.write_bytes(printed.path.read_bytes())
    row = printed.note.record(db, copy)
    assert [r.id for r in ledger.entries(db)] == [row.id]
    assert row.what.startswith("Kriseplan, revisjon") and row.service_user_id == planned_user
    assert row.file_name == str(copy.resolve())


def test_record_false_prints_without_a_ledger_row(db, planned_user, tmp_path):
    group = make_group(db, planned_user)
    target = tmp_path / "saksliste.pdf"
    kind = MeetingDocumentKind.AGENDA
    print_meeting_document(db, group.meeting_id, kind, target, today=TODAY, record=False)
    print_document(db, planned_user, DocumentKind.PLAN, tmp_path / "p.pdf", record=False)
    assert target.exists() and ledger.entries(db) == []
    printed = write_meeting_document(db, group.meeting_id, kind, target, today=TODAY)
    assert printed.record(db) == target
    [row] = ledger.entries(db)
    assert row.service_user_id == planned_user and row.what == printed.note.what

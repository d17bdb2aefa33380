"""The ledger records what was really written, with the file's own SHA-256, and nothing else."""

import csv
import datetime as dt
import hashlib
import io
import random

import pytest
from sqlalchemy import select, text
from tests.report_helpers import YEAR_2024, insert_report_data

from psykhelse_desktop.domain.errors import UserError, ValidationFailed
from psykhelse_desktop.domain.ledger_vocabulary import LedgerKind
from psykhelse_desktop.domain.municipal_figures import AGGREGATE_HEADER, ReportKind
from psykhelse_desktop.domain.vocabulary import AUDIT_ACTION_LABELS
from psykhelse_desktop.export.csv_writer import CsvProfile
from psykhelse_desktop.export.municipal_export import export_report
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.storage import models as m


@pytest.fixture
def data(db):
    return insert_report_data(db)


def _audit(db, action: str) -> list[m.AuditEvent]:
    with db.transaction() as session:
        return list(session.scalars(select(m.AuditEvent).where(m.AuditEvent.action == action)))


def test_aggregate_export_is_recorded_with_the_files_sha256(db, data, tmp_path):
    out = tmp_path / "tall 2024.csv"
    result = export_report(db, ReportKind.AGGREGATE, *YEAR_2024, CsvProfile.EXCEL_NO, out)
    data_on_disk = out.read_bytes()
    [row] = ledger.entries(db)
    assert row.sha256 == hashlib.sha256(data_on_disk).hexdigest() == result.written.sha256
    assert row.byte_count == len(data_on_disk)
    assert row.kind == LedgerKind.AGGREGATE_CSV.value and row.kind_label == "Samletall (CSV)"
    assert row.recipient == "Kommunen" and row.operator == "Kari Testesen"
    assert row.file_name == str(out.resolve()) and row.service_user_id is None
    assert "Samletall 01.01.2024–31.12.2024" in row.what and "Excel (norsk)" in row.what
    lines = list(csv.reader(io.StringIO(data_on_disk.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == list(AGGREGATE_HEADER) and row.row_count == len(lines) - 1
    [event] = _audit(db, "export_aggregate")
    assert event.service_user_id is None and row.sha256[:16] in event.details


def test_the_export_suppresses_below_the_saved_threshold(db, data, tmp_path):
    from psykhelse_desktop.services.settings import save_settings

    def what(out) -> str:
        export_report(db, ReportKind.AGGREGATE, *YEAR_2024, CsvProfile.EXCEL_NO, out)
        return ledger.entries(db)[0].what

    assert "tall fra 1 til 4 vist som <5" in what(tmp_path / "a.csv")
    save_settings(db, {"small_count_threshold": 10})
    assert "tall fra 1 til 9 vist som <10" in what(tmp_path / "b.csv")


def test_person_export_audits_everyone_in_the_file(db, data, tmp_path):
    out = tmp_path / "personer.csv"
    export_report(db, ReportKind.PERSONS, *YEAR_2024, CsvProfile.RFC4180, out,
                  recipient="Tildelingskontoret", rng=random.Random(1))  # fmt: skip
    [row] = ledger.entries(db)
    assert row.kind_label == "Personliste (CSV)" and row.row_count == 14
    assert "pseudonymisert" in row.what and row.recipient == "Tildelingskontoret"
    people = {e.service_user_id for e in _audit(db, "export_person")}
    assert people == set(data["home"] + data["rapid"] + data["substance"])
    assert "export_person" in AUDIT_ACTION_LABELS


def test_nothing_is_recorded_when_the_file_cannot_be_written(db, data, tmp_path):
    not_a_folder = tmp_path / "minnepinne"
    not_a_folder.write_text("ikke en mappe")
    with pytest.raises(UserError, match="velg en annen mappe"):
        export_report(db, ReportKind.AGGREGATE, *YEAR_2024, CsvProfile.EXCEL_NO,
                      not_a_folder / "tall.csv")  # fmt: skip
    assert ledger.entries(db) == [] and _audit(db, "export_aggregate") == []


@pytest.mark.parametrize(
    ("start", "end", "error"),
    [
        (dt.date(2024, 12, 31), dt.date(2024, 1, 1), ValidationFailed),
        (dt.date(2019, 1, 1), dt.date(2019, 12, 31), UserError),
    ],
)
def test_bad_periods_write_no_file_and_no_row(db, data, tmp_path, start, end, error):
    out = tmp_path / "tall.csv"
    with pytest.raises(error):
        export_report(db, ReportKind.AGGREGATE, start, end, CsvProfile.EXCEL_NO, out)
    assert not out.exists() and ledger.entries(db) == []


def test_a_failing_ledger_removes_the_new_file(db, data, tmp_path, monkeypatch):
    def locked(*_args, **_kwargs):
        raise UserError("Databasen er låst")

    monkeypatch.setattr(ledger, "record", locked)
    out = tmp_path / "tall.csv"
    with pytest.raises(UserError, match="låst"):
        export_report(db, ReportKind.AGGREGATE, *YEAR_2024, CsvProfile.EXCEL_NO, out)
    assert not out.exists() and not list(tmp_path.glob(".eksport-*"))


def test_printed_files_are_recorded_and_the_ledger_is_append_only(db, tmp_path):
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 syntetisk")
    row = ledger.record_printed_file(db, pdf, LedgerKind.PRINTED_PDF, "Individuell plan")
    assert row.sha256 == hashlib.sha256(b"%PDF-1.4 syntetisk").hexdigest()
    assert row.byte_count == 18 and row.row_count is None and row.kind_label == "Utskrift (PDF)"
    with pytest.raises(Exception, match="append-only"), db.transaction() as session:
        session.execute(text("UPDATE ledger_entry SET sha256 = 'x'"))
    with pytest.raises(UserError, match="Fant ikke filen"):
        ledger.record_printed_file(db, tmp_path / "borte.pdf", LedgerKind.PRINTED_PDF, "x")


def test_entries_are_newest_first(db, tmp_path):
    for name in ("første", "andre", "tredje"):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(name.encode())
        ledger.record_printed_file(db, path, LedgerKind.PRINTED_PDF, name)
    assert [r.what for r in ledger.entries(db)] == ["tredje", "andre", "første"]
    assert [r.what for r in ledger.entries(db, limit=1)] == ["tredje"]

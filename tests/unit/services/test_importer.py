"""Importing the nurse's own spreadsheet: both CSV forms, row-numbered problems, all or nothing."""

import pytest
from tests.helpers import tenor_id

from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.records.importer import import_users

EXCEL_HEADER = "Fornavn;Etternavn;Fødselsnummer;Telefon;Adresse;Postnummer;Poststed\r\n"


def _write(tmp_path, text, encoding="utf-8-sig"):
    path = tmp_path / "brukere.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _names(db):
    ids = service_users.search_ids(db, "", include_closed=True)
    return [r.full_name for r in service_users.rows_for_ids(db, ids)]


def test_excel_norsk_file_is_imported(db, tmp_path):
    rows = (
        f"Åse;Øvrebø;{tenor_id(start=100)};912 34 567;Fjellveien 2;0123;Testvik\r\n"
        f"Bjørn;Ærlig;{tenor_id(start=200)};;;;\r\n"
    )
    report = import_users(db, _write(tmp_path, EXCEL_HEADER + rows))
    assert (report.total_rows, report.imported, report.written) == (2, 2, True)
    assert _names(db) == ["Bjørn Ærlig", "Åse Øvrebø"]


def test_comma_file_with_headers_without_æøå(db, tmp_path):
    text = "fornavn,etternavn,fodselsnummer,telefon\nKari,Li,,\nPer,Bø,,\n"
    report = import_users(db, _write(tmp_path, text, "utf-8"))
    # No national ID and no birth date: both rows are invalid, nothing written.
    assert report.imported == 0 and not report.written
    assert [p.row_number for p in report.problems] == [2, 3]
    assert "fødselsdato" in report.problems[0].message


def test_one_invalid_row_means_nothing_is_written(db, tmp_path):
    rows = f"Åse;Øvrebø;{tenor_id()};;;;\r\nPer;Feil;12345678901;;;;\r\n"
    report = import_users(db, _write(tmp_path, EXCEL_HEADER + rows))
    assert not report.written
    assert [(p.row_number, "Kontrollsifrene" in p.message) for p in report.problems] == [(3, True)]
    assert _names(db) == []


def test_skip_invalid_writes_the_valid_rows(db, tmp_path):
    rows = f"Åse;Øvrebø;{tenor_id()};;;;\r\nPer;Feil;12345678901;;;;\r\n"
    report = import_users(db, _write(tmp_path, EXCEL_HEADER + rows), skip_invalid=True)
    assert report.imported == 1 and report.written
    assert _names(db) == ["Åse Øvrebø"]


def test_dry_run_writes_nothing(db, tmp_path):
    rows = f"Åse;Øvrebø;{tenor_id()};;;;\r\n"
    report = import_users(db, _write(tmp_path, EXCEL_HEADER + rows), dry_run=True)
    assert report.valid_rows == 1 and not report.written
    assert _names(db) == []


def test_duplicates_in_file_and_database(db, tmp_path):
    number = tenor_id()
    import_users(db, _write(tmp_path, EXCEL_HEADER + f"Åse;Øvrebø;{number};;;;\r\n"))
    report = import_users(db, _write(tmp_path, EXCEL_HEADER + f"Åse;Øvrebø;{number};;;;\r\n"))
    assert "finnes allerede" in report.problems[0].message


def test_leading_zeros_lost_by_excel_are_restored(db, tmp_path):
    number = tenor_id(day=5)
    assert number.startswith("0")
    rows = f"Åse;Øvrebø;{number[1:]};;;123;Testvik\r\n"
    report = import_users(db, _write(tmp_path, EXCEL_HEADER + rows))
    assert report.written
    record = service_users.open_record(db, service_users.search_ids(db, "åse")[0])
    assert (record.form.national_id, record.form.postal_code) == (number, "0123")


def test_missing_columns_are_named(db, tmp_path):
    with pytest.raises(UserError, match="mangler kolonnene etternavn"):
        import_users(db, _write(tmp_path, "fornavn;telefon\r\nKari;\r\n"))


def test_windows_code_page_file_is_read(db, tmp_path):
    rows = f"Åse;Øvrebø;{tenor_id()};;;;\r\n"
    report = import_users(db, _write(tmp_path, EXCEL_HEADER + rows, "cp1252"))
    assert report.written and _names(db) == ["Åse Øvrebø"]

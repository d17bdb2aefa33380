"""The ledger page: what was sent to whom and when; a file checked against its SHA-256."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from psykhelse_desktop.domain.ledger_vocabulary import LedgerKind
from psykhelse_desktop.domain.municipal_figures import ReportKind
from psykhelse_desktop.export.csv_writer import CsvProfile
from psykhelse_desktop.export.municipal_export import export_report
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.pages.ledger_page import LedgerPage
from tests.report_helpers import YEAR_2024, insert_report_data

from .conftest import add_user


@pytest.fixture
def sent(db, tmp_path):
    """Two exports to the municipality, then a printed plan for Åse Øvrebø."""
    insert_report_data(db)
    first = export_report(db, ReportKind.AGGREGATE, *YEAR_2024, CsvProfile.EXCEL_NO,
                          tmp_path / "tall.csv")  # fmt: skip
    second = export_report(db, ReportKind.PERSONS, *YEAR_2024, CsvProfile.RFC4180,
                           tmp_path / "personer.csv", recipient="Tildelingskontoret")  # fmt: skip
    user_id = add_user(db, "Åse", "Øvrebø")
    printed = tmp_path / "plan.pdf"
    printed.write_bytes(b"%PDF-1.4 syntetisk")
    ledger.record_printed_file(db, printed, LedgerKind.PRINTED_PDF, "Individuell plan, "
                               "revisjon 2", "", user_id)  # fmt: skip
    return first, second, printed


@pytest.fixture
def page(qtbot, db, sent):
    ledger_page = LedgerPage(db, ChangeBus())
    qtbot.addWidget(ledger_page)
    ledger_page.show()
    qtbot.waitExposed(ledger_page)
    return ledger_page


def test_rows_are_shown_newest_first(page, sent):
    first, second, _ = sent
    rows = page.table.texts()
    assert [r[1] for r in rows] == ["Utskrift (PDF)", "Personliste (CSV)", "Samletall (CSV)"]
    assert rows[0][4] == "Åse Øvrebø" and rows[0][5] == "plan.pdf" and rows[0][6] == ""
    assert rows[1][3] == "Tildelingskontoret" and rows[1][6] == str(second.written.row_count)
    assert rows[2][7] == first.written.sha256[:12] + "…"
    assert page.table.topLevelItem(2).toolTip(7) == first.written.sha256
    assert page.summary.text() == "3 rader."


def test_the_filter_narrows_the_rows(qtbot, page):
    qtbot.keyClicks(page.filter, "øvrebø")
    qtbot.waitUntil(lambda: len(page.table.texts()) == 1)
    assert page.summary.text() == "Viser 1 av 3 rader."
    page.filter.setText("kommunen personliste")
    page.apply_filter()
    assert page.table.texts() == []
    page.filter.setText("tildelingskontoret")
    page.apply_filter()
    assert [r[1] for r in page.table.texts()] == ["Personliste (CSV)"]


def test_checking_a_file_finds_its_entry(page, sent, tmp_path):
    first, _, _ = sent
    copy = tmp_path / "kopi fra minnepinnen.csv"
    copy.write_bytes(first.written.path.read_bytes())
    found = page.check(copy)
    assert [row.id for row in found.matches] == [first.ledger_row.id]
    text = page.check_result.text()
    assert text.startswith("kopi fra minnepinnen.csv stemmer med loggen: Samletall 01.01.2024")
    assert " til Kommunen " in text and first.written.sha256 in text
    assert page.table.current_id() == first.ledger_row.id


def test_a_changed_or_missing_file_is_said_plainly(page, sent, tmp_path):
    changed = tmp_path / "endret.csv"
    changed.write_bytes(sent[0].written.path.read_bytes() + b"1;2\r\n")
    assert page.check(changed).matches == []
    assert "endret.csv finnes ikke i utleveringsloggen" in page.check_result.text()
    assert page.check(tmp_path / "borte.csv") is None
    assert page.check_result.text().startswith("Kunne ikke lese filen borte.csv.")


def test_the_full_sha256_can_be_copied(page, sent):
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == ledger.entries(page.db)[0].sha256

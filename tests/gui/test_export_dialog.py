"""Tall til kommunen: the export writes a file and a ledger row; bad input keeps the choices."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from psykhelse_desktop.domain.municipal_figures import ReportKind
from psykhelse_desktop.export.csv_writer import CsvProfile
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.ui.dialogs.export_dialog import ExportDialog
from tests.report_helpers import insert_report_data

from .conftest import answer_dialog

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def dialog(qtbot, db):
    insert_report_data(db)
    export = ExportDialog(db, today=TODAY)
    qtbot.addWidget(export)
    export.show()
    return export


def choose(dialog: ExportDialog, start: str, end: str, report=ReportKind.AGGREGATE) -> None:
    dialog.choose_quick(0)
    dialog.from_field.setText(start)
    dialog.to_field.setText(end)
    dialog.report.setCurrentIndex(dialog.report.findData(report))


def save_to(monkeypatch, target) -> list:
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_last_year_is_chosen_and_small_counts_are_explained(dialog):
    assert (dialog.from_field.text(), dialog.to_field.text()) == ("01.01.2025", "31.12.2025")
    assert "Tall fra 1 til 4 vises som «<5»" in dialog.intro.text()
    assert dialog.recipient.text() == "Kommunen"


def test_the_export_writes_the_file_and_a_ledger_row(dialog, db, tmp_path, monkeypatch):
    choose(dialog, "01.01.2024", "31.12.2024")
    dialog.profile.setCurrentIndex(dialog.profile.findData(CsvProfile.RFC4180))
    dialog.recipient.setText("Tildelingskontoret")
    save_to(monkeypatch, tmp_path / "tall 2024")
    dialog.try_save()
    target = tmp_path / "tall 2024.csv"
    [row] = ledger.entries(db)
    assert target.exists() and row.file_name == str(target.resolve())
    assert row.recipient == "Tildelingskontoret" and "RFC 4180" in row.what
    expected = f"Lagret {row.row_count} rader i {target}. Registrert i utleveringsloggen."
    assert dialog.done_label.text() == expected and dialog.isVisible()


def test_names_are_off_by_default_and_warned_about_when_ticked(dialog):
    assert not dialog.identity.isChecked() and not dialog.identity.isEnabled()
    dialog.report.setCurrentIndex(dialog.report.findData(ReportKind.PERSONS))
    assert dialog.identity.isEnabled() and dialog.warning.isHidden()
    dialog.identity.setChecked(True)
    assert dialog.warning.isVisible()
    assert dialog.warning.text().startswith("Advarsel: Filen vil vise navn, fødselsnummer")


def test_names_are_written_only_after_the_nurse_confirms(dialog, db, tmp_path, monkeypatch):
    choose(dialog, "01.01.2024", "31.12.2024", ReportKind.PERSONS)
    dialog.identity.setChecked(True)
    target = tmp_path / "personer.csv"
    save_to(monkeypatch, target)
    seen = []

    def refuse(box):
        seen.append(box.text())
        box.reject()

    answer_dialog(refuse)
    dialog.try_save()
    assert seen == ["Lagre personlisten med navn og fødselsnummer?"] and not target.exists()

    def confirm(box: QMessageBox):
        next(b for b in box.buttons() if b.text() == "Lagre med navn").click()

    answer_dialog(confirm)
    dialog.try_save()
    text = target.read_text(encoding="utf-8-sig")
    assert "Hjemmesen" in text and "Fødselsnummer" in text
    [row] = ledger.entries(db)
    assert "med navn og fødselsnummer" in row.what


def test_dates_in_the_wrong_order_are_explained_and_the_choices_kept(dialog, db, monkeypatch):
    choose(dialog, "31.12.2024", "01.01.2024", ReportKind.PERSONS)
    dialog.recipient.setText("NAV Testvik")
    asked = save_to(monkeypatch, "/ikke/brukt.csv")
    dialog.try_save()
    assert dialog.error_text("from") == (
        "Fra-datoen (31.12.2024) er etter til-datoen (01.01.2024). Bytt om datoene."
    )
    assert asked == [] and ledger.entries(db) == [] and dialog.isVisible()
    assert (dialog.from_field.text(), dialog.to_field.text()) == ("31.12.2024", "01.01.2024")
    assert dialog.report.currentData() is ReportKind.PERSONS
    assert dialog.recipient.text() == "NAV Testvik"


def test_a_period_with_no_data_says_so(dialog, db, tmp_path, monkeypatch):
    choose(dialog, "01.01.2010", "31.12.2010")
    save_to(monkeypatch, tmp_path / "tomt.csv")
    dialog.try_save()
    assert dialog.message.text().startswith("Det finnes ingen vedtak, kontakter")
    assert not (tmp_path / "tomt.csv").exists() and ledger.entries(db) == []


def test_a_folder_that_cannot_be_written_adds_no_ledger_row(dialog, db, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "minnepinne"
    not_a_folder.write_text("en fil, ikke en mappe", encoding="utf-8")
    choose(dialog, "01.01.2024", "31.12.2024")
    save_to(monkeypatch, not_a_folder / "tall.csv")
    dialog.try_save()
    assert dialog.message.text().startswith("Kunne ikke skrive filen tall.csv i")
    assert "minnepinnen" in dialog.message.text()
    assert ledger.entries(db) == [] and dialog.isVisible() and dialog.done_label.isHidden()
    assert (dialog.from_field.text(), dialog.to_field.text()) == ("01.01.2024", "31.12.2024")


def test_a_badly_typed_date_is_shown_at_the_field(dialog):
    choose(dialog, "32.13.2024", "31.12.2024")
    dialog.try_save()
    assert dialog.error_text("from").startswith("Skriv datoen som dd.mm.åååå")


def test_the_figures_say_they_come_from_decisions_and_warn_of_starts_without_one(dialog, db):
    from psykhelse_desktop.domain.records import ServiceUserForm
    from psykhelse_desktop.services.records import service_users

    assert "Tallene kommer fra vedtakene" in dialog.intro.text()
    choose(dialog, "01.01.2024", "31.12.2024")
    assert dialog.undecided.isHidden()
    for last in ("Udekket", "Ventesen"):
        form = ServiceUserForm("Testa", last, birth_date=dt.date(1990, 1, 1),
                               service_start=dt.date(2024, 3, 1))  # fmt: skip
        service_users.create(db, form)
    choose(dialog, "01.01.2024", "30.12.2024")  # the warning follows the dates as typed
    assert not dialog.undecided.isHidden()
    assert dialog.undecided.text().startswith(
        "2 tjenestemottakere har startdato men ikke vedtak og telles ikke som nye."
    )
    dialog.to_field.setText("30.12.20")  # half typed: no warning, no error
    assert dialog.undecided.isHidden()
    choose(dialog, "01.01.2023", "31.12.2023")
    assert dialog.undecided.isHidden()

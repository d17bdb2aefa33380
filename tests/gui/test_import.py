"""Import from a spreadsheet: pick the file, see problems by row number, confirm, see counts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from psykhelse_desktop.services.records import importer, service_users
from psykhelse_desktop.services.records.importer import ImportReport, RowProblem
from psykhelse_desktop.ui.dialogs.import_dialog import ImportPreviewDialog, run_import

from .conftest import answer_dialog, synthetic_id, visible_names


def write_sheet(folder, rows: list[str]):
    path = folder / "brukere.csv"
    lines = ["Fornavn;Etternavn;Fødselsnummer;Telefon", *rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def type_file_name(dialog: QFileDialog, path) -> None:
    """Put the path in the file dialog's name field (set, not typed: no completer popup)."""
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
    dialog.accept()


def test_import_previews_problems_then_imports_the_good_rows(qtbot, window, db, tmp_path):
    good = synthetic_id(1, 2, 1970)
    sheet = write_sheet(
        tmp_path, [f"Åshild;Prøvesen;{good};41234567", "Bjørn;Feilnummer;12345678901;"]
    )
    seen: dict[str, object] = {}

    def pick_file(dialog):
        assert isinstance(dialog, QFileDialog)
        answer_dialog(preview)
        type_file_name(dialog, sheet)

    def preview(dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        seen["problems"] = [
            dialog.problem_list.item(n).text() for n in range(dialog.problem_list.count())
        ]
        assert dialog.skip_invalid.isChecked()
        answer_dialog(result)
        dialog.accept()

    def result(dialog):
        assert isinstance(dialog, QMessageBox)
        seen["result"] = dialog.text()
        dialog.accept()

    answer_dialog(pick_file)
    window.import_action.trigger()
    assert len(seen["problems"]) == 1 and seen["problems"][0].startswith("Rad 3: ")
    assert seen["result"] == "Importerte 1 av 2 rader."
    assert "Åshild Prøvesen" in visible_names(window)
    assert service_users.count(db) == 4


def test_cancelled_preview_imports_nothing(qtbot, window, db, tmp_path):
    sheet = write_sheet(tmp_path, [f"Åshild;Prøvesen;{synthetic_id(1, 2, 1970)};"])

    def pick_file(dialog):
        answer_dialog(lambda preview: preview.reject())
        type_file_name(dialog, sheet)

    answer_dialog(pick_file)
    window.import_action.trigger()
    assert service_users.count(db) == 3


def test_preview_cannot_import_when_bad_rows_are_not_skipped(qtbot, tmp_path):
    report = ImportReport(total_rows=2, problems=[RowProblem(3, "Fornavn mangler.")])
    dialog = ImportPreviewDialog(tmp_path / "brukere.csv", report)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(False)
    assert not dialog.import_button.isEnabled()
    assert dialog.problem_list.item(0).text() == "Rad 3: Fornavn mangler."


def test_the_window_keeps_answering_during_a_long_import(qtbot, window, db, tmp_path, monkeypatch):
    """Counted in timer ticks while the import works, not in seconds: on the window's thread
    the import would let no tick through at all."""
    born = [(1 + n // 1200, 1 + (n // 100) % 12, 1900 + n % 100) for n in range(1500)]
    rows = [f"Åse{n};Prøvesen;{synthetic_id(*day)};" for n, day in enumerate(born)]
    sheet = write_sheet(tmp_path, rows)
    working, ticks = [], []
    real = importer.import_users

    def import_users(*args, **kwargs):
        working.append(True)
        try:
            return real(*args, **kwargs)
        finally:
            working.pop()

    monkeypatch.setattr(importer, "import_users", import_users)
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(bool(working)))
    timer.start()
    answer_dialog(lambda preview: (answer_dialog(lambda done: done.accept()), preview.accept()))
    assert run_import(db, window, sheet)
    timer.stop()
    assert ticks.count(True) >= 3  # the event loop turned while the rows were read and written
    assert service_users.count(db) == 3 + 1500

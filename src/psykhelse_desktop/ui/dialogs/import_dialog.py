"""Import service users from a spreadsheet: a dry run lists problems by row, then she confirms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...services.database import Database
from ...services.records import importer
from ...services.records.importer import ImportReport
from ..texts import domain_text, fill
from ..widgets.long_work import WorkStopped, run_long


class ImportPreviewDialog(QDialog):
    """Shows what a dry run found; `skip_invalid` says whether to leave bad rows out."""

    def __init__(self, path: Path, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer fra regneark"))
        problems = list(report.problems)
        good = report.total_rows - len({p.row_number for p in problems})
        text = self.tr("Filen %1 har %2 rader. %3 kan importeres.")
        text = fill(text, path.name, report.total_rows, good)
        summary = QLabel(text + "\n" + fill(self.tr("Lest som %1."), domain_text(report.encoding)))
        summary.setWordWrap(True)
        self.problem_list = QListWidget()
        for problem in problems:
            text = self.tr("Rad %1: %2").replace("%1", str(problem.row_number))
            self.problem_list.addItem(text.replace("%2", domain_text(problem.message)))
        self.skip_invalid = QCheckBox(self.tr("Hopp over radene med feil og importer resten"))
        self.skip_invalid.setChecked(bool(problems))
        self.skip_invalid.setVisible(bool(problems))
        self.problem_list.setVisible(bool(problems))
        self._layout(summary)

    def _layout(self, summary: QLabel) -> None:
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        if self.problem_list.count():  # with problems, only the good rows can be imported
            self.skip_invalid.toggled.connect(self.import_button.setEnabled)
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(buttons)
        self.resize(560, 0)


def run_import(db: Database, parent: QWidget, path: Path | None = None) -> bool:
    """The whole import flow; True when rows were written."""
    path = path or _ask_for_file(parent)
    if path is None:
        return False
    try:
        report = run_long(parent, QCoreApplication.translate("import_dialog", "Leser regnearket…"),
                          lambda: importer.import_users(db, path, dry_run=True),
                          cancellable=True)  # fmt: skip
        preview = ImportPreviewDialog(path, report, parent)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return False
        skip = preview.skip_invalid.isChecked()
        result = run_long(parent, QCoreApplication.translate("import_dialog", "Importerer…"),
                          lambda: importer.import_users(db, path, skip_invalid=skip))  # fmt: skip
    except WorkStopped:
        return False
    except UserError as exc:
        QMessageBox.warning(parent, _title(parent), domain_text(exc.message))
        return False
    _tell_result(parent, result)
    return bool(result.written)


def _ask_for_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("import_dialog", "Velg regneark"),
        "",
        QCoreApplication.translate("import_dialog", "Regneark (*.csv *.xlsx);;Alle filer (*)"),
    )
    return Path(name) if name else None


def _tell_result(parent: QWidget, result: ImportReport) -> None:
    text = QCoreApplication.translate("import_dialog", "Importerte %1 av %2 rader.")
    text = text.replace("%1", str(result.imported)).replace("%2", str(result.total_rows))
    if not result.written:
        text = QCoreApplication.translate(
            "import_dialog", "Ingenting ble importert. Rett feilene i regnearket og prøv igjen."
        )
    QMessageBox.information(parent, _title(parent), text)


def _title(parent: QWidget) -> str:
    return QCoreApplication.translate("import_dialog", "Importer fra regneark")

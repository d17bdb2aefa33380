"""Figures for the municipal office ("Tall til kommunen"): period, report, format, recipient.

The per-person list is pseudonymised unless the nurse ticks names and national ID numbers;
then a warning shows, and she is asked again before the file is written. A problem (dates in
the wrong order, no data, a folder that refuses the file) is said plainly and the dialog keeps
what she chose. Every written file is recorded in the ledger by the export itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...domain.errors import UserError, ValidationFailed
from ...domain.municipal_figures import ReportKind, checked_period
from ...export.csv_writer import CsvProfile
from ...export.municipal_export import DEFAULT_RECIPIENT, ExportResult, export_report
from ...services.clock import oslo_now
from ...services.database import Database
from ...services.reports.municipal_report import starts_without_decision
from ...services.settings import get_settings
from ..colours import DONE, notice_style, text_style
from ..texts import domain_text, fill
from ..widgets.date_field import DateField
from ..widgets.long_work import WorkStopped, run_long
from ..widgets.save_place import ask_save_path
from .export_periods import QUICK_PERIODS
from .form_dialog import FormDialog


class ExportDialog(FormDialog):
    """Stays open after an export, so the other report can follow; `exported` after each."""

    exported = Signal(object)  # the ExportResult

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: dt.date | None = None
    ):
        super().__init__(self.tr("Tall til kommunen"), parent)
        self.discard_question = ""  # choices for a file, nothing to lose
        self.db = db
        self.today = today or oslo_now().date()
        self.threshold = get_settings(db).small_count_threshold
        self.last_export: ExportResult | None = None
        self.set_intro(self._intro())
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self._build_fields()
        self._build_result_line()
        self.set_save_text(self.tr("Lagre fil..."))
        self.buttons.buttons()[1].setText(self.tr("Lukk"))
        self.choose_quick(1)
        self._update_identity()
        self.resize(640, 0)

    def _intro(self) -> str:
        text = self.tr(
            "Lagre tall for en periode som CSV-fil. Tall fra 1 til %1 vises som «<%2», "
            "så ingen kan kjennes igjen (grensen endres under Innstillinger).\n"
            "Tallene kommer fra vedtakene: en tjenestemottaker telles når et vedtak gjelder i "
            "perioden, og som ny når vedtaket begynner i perioden. Startdatoen alene teller ikke."
        )
        return fill(text, self.threshold - 1, self.threshold)

    def _build_fields(self) -> None:
        self.quick = QComboBox()
        for label, _ in QUICK_PERIODS:
            self.quick.addItem(QCoreApplication.translate("export_periods", label))
        self.quick.activated.connect(self.choose_quick)
        self.add_field("quick", self.tr("&Periode"), self.quick)
        self.from_field, self.to_field = DateField(), DateField()
        for field in (self.from_field, self.to_field):
            field.setFixedWidth(field.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.add_field("from", self.tr("&Fra"), self.from_field)
        self.add_field("to", self.tr("&Til"), self.to_field)
        self.report = self._combo([(domain_text(k.label), k) for k in ReportKind])
        self.report.currentIndexChanged.connect(self._update_identity)
        self.add_field("report", self.tr("&Rapport"), self.report)
        self.profile = self._combo([(domain_text(p.label), p) for p in CsvProfile])
        self.add_field("profile", self.tr("F&ormat"), self.profile)
        self.recipient = QLineEdit(domain_text(DEFAULT_RECIPIENT))
        self.add_field("recipient", self.tr("&Mottaker"), self.recipient)
        self._build_identity()
        self._build_undecided()

    def _build_undecided(self) -> None:
        """A warning when someone has a start date in the period but no decision."""
        self.undecided = QLabel()
        self.undecided.setWordWrap(True)
        self.undecided.setTextFormat(Qt.TextFormat.PlainText)
        self.undecided.setStyleSheet(notice_style("padding: 6px;"))
        self.undecided.hide()
        self.form.addRow("", self.undecided)
        for field in (self.from_field, self.to_field):
            field.textChanged.connect(self._update_undecided)

    def _update_undecided(self, *_args: object) -> None:
        try:
            count = starts_without_decision(self.db, self.from_field.value(), self.to_field.value())
        except (ValueError, UserError):  # a date half typed, or in the wrong order
            count = 0
        text = self.tr(
            "%1 tjenestemottakere har startdato men ikke vedtak og telles ikke som nye. "
            "Registrer vedtaket under «Vedtak og tjenester» hvis de skal telles."
        )
        if count == 1:
            text = self.tr(
                "1 tjenestemottaker har startdato men ikke vedtak og telles ikke som ny. "
                "Registrer vedtaket under «Vedtak og tjenester» hvis hun eller han skal telles."
            )
        self.undecided.setText(fill(text, count))
        self.undecided.setVisible(count > 0)

    def _combo(self, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _build_identity(self) -> None:
        self.identity = QCheckBox(self.tr("Ta med &navn og fødselsnummer"))
        self.identity.toggled.connect(self._update_identity)
        self.add_field("identity", "", self.identity)
        self.warning = QLabel(self._warning_text())
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(notice_style("padding: 6px;"))
        self.form.addRow("", self.warning)

    def _warning_text(self) -> str:
        return self.tr(
            "Advarsel: Filen vil vise navn, fødselsnummer og fødselsdato for alle på listen. "
            "Kommunen trenger vanligvis ikke det. Send filen bare kryptert, og bare til noen "
            "som har tjenstlig behov. Uten dette valget får hver person et pseudonym (P001 ...)."
        )

    def _build_result_line(self) -> None:
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet(text_style(DONE))
        self.done_label.hide()
        self.layout().insertWidget(self.layout().indexOf(self.buttons), self.done_label)

    def choose_quick(self, index: int) -> None:
        """Fill the dates from a quick choice (index 0 leaves them as they are)."""
        self.quick.setCurrentIndex(index)
        pick = QUICK_PERIODS[index][1]
        if pick is not None:
            start, end = pick(self.today)
            self.from_field.set_value(start)
            self.to_field.set_value(end)

    def _update_identity(self, *_args: object) -> None:
        persons = self.report.currentData() is ReportKind.PERSONS
        self.identity.setEnabled(persons)
        self.warning.setVisible(persons and self.identity.isChecked())
        self.adjustSize()

    def include_identity(self) -> bool:
        return self.report.currentData() is ReportKind.PERSONS and self.identity.isChecked()

    # -- exporting -------------------------------------------------------------------------

    def try_save(self) -> None:
        """Check the period, confirm names if ticked, ask for the file, write and record it."""
        self._clear_problems()
        self.done_label.hide()
        try:
            start, end = self._period()
            if self.include_identity() and not self._confirm_identity():
                return
            target = self._ask_target(start, end)
            if target is not None:
                self._export(start, end, target)
        except ValidationFailed as exc:
            self.show_problems(exc.errors)
        except UserError as exc:
            self.message.setText(domain_text(exc.message))
            self.message.show()

    def _period(self) -> tuple[dt.date, dt.date]:
        start = self.read_date("from", self.from_field)
        end = self.read_date("to", self.to_field)
        self.check_dates()
        period = checked_period(start, end)
        return period.start, period.end

    def _confirm_identity(self) -> bool:
        question = self.tr("Lagre personlisten med navn og fødselsnummer?")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Navn og fødselsnummer"), question,
                          parent=self)  # fmt: skip
        box.setInformativeText(self._warning_text())
        go = box.addButton(self.tr("Lagre med navn"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is go

    def _ask_target(self, start: dt.date, end: dt.date) -> Path | None:
        report = domain_text(self.report.currentData().label)
        name = f"{report} {start:%d.%m.%Y}-{end:%d.%m.%Y}"
        return ask_save_path(self, self.db, "csv", self.tr("Lagre som CSV"), name)

    def _export(self, start: dt.date, end: dt.date, target: Path) -> None:
        report, profile, recipient = (self.report.currentData(), self.profile.currentData(),
                                      self.recipient.text())  # fmt: skip
        identity, threshold = self.include_identity(), self.threshold
        try:
            self.last_export = run_long(self, self.tr("Lagrer tallene…"), lambda: export_report(
                self.db, report, start, end, profile, target, recipient=recipient,
                include_identity=identity, threshold=threshold,
            ))  # fmt: skip
        except WorkStopped:
            return
        written = self.last_export.written
        text = self.tr("Lagret %1 rader i %2. Registrert i utleveringsloggen.")
        self.done_label.setText(fill(text, written.row_count, written.path))
        self.done_label.show()
        self.exported.emit(self.last_export)


def run_export(db: Database, parent: QWidget | None = None) -> None:
    ExportDialog(db, parent).exec()

"""The ledger (utleveringslogg): what the nurse sent to whom and when, newest first.

A filter narrows the rows as she types; "Kontroller fil..." tells whether a file on disk is
exactly one the program wrote (same SHA-256). The page reads afresh every time it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.text import search_key
from ...services.clock import to_oslo
from ...services.database import Database
from ...services.records import service_users
from ...services.reports import ledger
from ...services.reports.ledger_check import FileCheck, check_file
from ..change_bus import ChangeBus
from ..texts import datetime_text, domain_text, fill
from ..widgets.listing_log import ListingLog
from ..widgets.simple_table import SimpleTable

MAX_ROWS = 2000
SHORT_SHA = 12
WHAT_COLUMN, FILE_COLUMN, SHA_COLUMN = 2, 5, 7
ROOMY_ROWS = "QTreeView::item { padding: 3px 0; }"


class LedgerPage(QWidget):
    """The rows as a table; the full SHA-256 is in the tooltip and can be copied."""

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.listing = ListingLog(db, self)
        self.rows: list[ledger.LedgerRow] = []
        self.names: dict[int, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_filter)
        self._build()

    def _build(self) -> None:
        heading = QLabel(self.tr("Utleveringslogg"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Alt programmet har skrevet ut eller eksportert: når, hva, til hvem og "
                "filens SHA-256 (fingeravtrykk). Loggen kan ikke endres."
            )
        )
        intro.setWordWrap(True)
        self.table = self._table()
        self.summary = QLabel()
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(self._tool_line())
        self.table.buttons_follow_selection(self.copy_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.check_result)

    def _tool_line(self) -> QHBoxLayout:
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrer på hva, mottaker, person eller filnavn"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filtrer utleveringsloggen"))
        self.filter.textChanged.connect(self._timer.start)
        self.copy_button = QPushButton(self.tr("&Kopier SHA-256"))
        self.copy_button.clicked.connect(self.copy_sha)
        self.check_button = QPushButton(self.tr("Kontroller &fil..."))
        self.check_button.setToolTip(self.tr("Se om en fil er nøyaktig den som ble sendt"))
        self.check_button.clicked.connect(self.choose_and_check)
        line = QHBoxLayout()
        line.addWidget(self.filter, 1)
        line.addWidget(self.copy_button)
        line.addWidget(self.check_button)
        return line

    def _table(self) -> SimpleTable:
        headers = [
            self.tr("Tid"),
            self.tr("Type"),
            self.tr("Hva"),
            self.tr("Mottaker"),
            self.tr("Tjenestemottaker"),
            self.tr("Fil"),
            self.tr("Rader"),
            self.tr("SHA-256"),
        ]
        table = SimpleTable(headers, fit_rows=False)
        header = table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.setStyleSheet(ROOMY_ROWS)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        return table

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        self.rows = ledger.entries(self.db, MAX_ROWS)
        ids = sorted({r.service_user_id for r in self.rows if r.service_user_id is not None})
        self.names = {row.id: row.full_name for row in service_users.rows_for_ids(self.db, ids)}
        self.apply_filter()
        self.listing.note("Utleveringsloggen", self.names)

    def apply_filter(self) -> None:
        words = search_key(self.filter.text()).split()
        shown = [row for row in self.rows if all(w in self._haystack(row) for w in words)]
        self.table.clear()
        for row in shown:
            self.table.addTopLevelItem(self._item(row))
        if shown:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.summary.setText(self._summary(len(shown)))

    def _summary(self, shown: int) -> str:
        text = (
            self.tr("Viser %1 av %2 rader.") if self.filter.text().strip() else self.tr("%2 rader.")
        )
        if len(self.rows) >= MAX_ROWS:
            text += " " + self.tr("Bare de %3 nyeste er med; bruk «Kontroller fil...» for eldre.")
        return fill(text, shown, len(self.rows), MAX_ROWS)

    def _haystack(self, row: ledger.LedgerRow) -> str:
        name = self.names.get(row.service_user_id or 0, "")
        parts = (row.kind_label, row.what, row.recipient, name, Path(row.file_name).name)
        return search_key(" ".join(parts) + " " + row.sha256)

    def _texts(self, row: ledger.LedgerRow) -> list[str]:
        rows = "" if row.row_count is None else str(row.row_count)
        return [
            datetime_text(to_oslo(row.at)),
            domain_text(row.kind_label),
            domain_text(row.what),
            row.recipient,
            self.names.get(row.service_user_id or 0, ""),
            Path(row.file_name).name,
            rows,
            row.sha256[:SHORT_SHA] + "…",
        ]

    def _item(self, row: ledger.LedgerRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self._texts(row))
        item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        item.setToolTip(WHAT_COLUMN, domain_text(row.what))
        item.setToolTip(FILE_COLUMN, row.file_name)
        item.setToolTip(SHA_COLUMN, row.sha256)
        item.setTextAlignment(6, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def current_row(self) -> ledger.LedgerRow | None:
        row_id = self.table.current_id()
        return next((row for row in self.rows if row.id == row_id), None)

    def copy_sha(self) -> None:
        row = self.current_row()
        if row is not None:
            QGuiApplication.clipboard().setText(row.sha256)
            self.check_result.setText(fill(self.tr("SHA-256 er kopiert: %1"), row.sha256))

    # -- checking a file -------------------------------------------------------------------

    def choose_and_check(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Velg filen som skal kontrolleres"))
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> FileCheck | None:
        """Hash the file and say whether, and where, the ledger has it."""
        try:
            found = check_file(self.db, path)
        except UserError as exc:
            self.check_result.setText(domain_text(exc.message))
            return None
        self.check_result.setText(self._check_text(found))
        if found.matches:
            self._select(found.matches[0].id)
        return found

    def _check_text(self, found: FileCheck) -> str:
        if not found.matches:
            text = self.tr(
                "%1 finnes ikke i utleveringsloggen (SHA-256 %2). Filen er ikke skrevet av "
                "programmet, eller den er endret etterpå."
            )
            return fill(text, found.path.name, found.sha256)
        row = found.matches[0]
        text = self.tr("%1 stemmer med loggen: %2, %3%4 (SHA-256 %5).")
        to = fill(self.tr(" til %1"), row.recipient) if row.recipient else ""
        what = domain_text(row.what)
        text = fill(text, found.path.name, what, datetime_text(to_oslo(row.at)), to, found.sha256)
        if len(found.matches) > 1:
            text += " " + fill(self.tr("Samme fil er registrert %1 ganger."), len(found.matches))
        return text

    def _select(self, row_id: int) -> None:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == row_id:
                self.table.setCurrentItem(item)
                self.table.scrollToItem(item)
                return

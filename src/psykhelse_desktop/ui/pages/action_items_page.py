"""Every open action item of every responsibility group in one list, overdue first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import UserError
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.meetings import action_items
from ...services.meetings.action_items import OpenActionItem
from ..change_bus import GROUP, RECORD, SERVICE_USERS, ChangeBus
from ..colours import ERROR, colour
from ..texts import date_text, datetime_text, domain_text, fill
from ..widgets.listing_log import ListingLog
from ..widgets.simple_table import SimpleTable


class ActionItemsPage(QWidget):
    """Mark an item done, or open its service user (double-click or Enter on the row)."""

    open_user_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.db, self.bus, self.fixed_today = db, bus, today
        self.listing = ListingLog(db, self)
        self.lines: list[OpenActionItem] = []
        self._stale, self._own_change = True, False
        self._build()
        bus.changed.connect(self._on_change)

    def _build(self) -> None:
        heading = QLabel(self.tr("Oppgaver fra ansvarsgruppene"))
        heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.table = SimpleTable(
            [
                self.tr("Frist"),
                self.tr("Tjenestemottaker"),
                self.tr("Oppgave"),
                self.tr("Ansvarlig"),
                self.tr("Møte"),
            ],
            fit_rows=False,
        )
        self.table.itemActivated.connect(lambda *_: self.open_user())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.done_button = QPushButton(self.tr("&Merk som gjort"))
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("Å&pne tjenestemottakeren"))
        self.open_button.clicked.connect(self.open_user)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.done_button, self.open_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def today(self) -> dt.date:
        return self.fixed_today or oslo_today()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._note_listing()

    def _note_listing(self) -> None:
        people = (line.service_user_id for line in self.lines)
        self.listing.note("Oppgaver (åpne oppgaver i alle ansvarsgrupper)", people)

    def _on_change(self, topics: set[str]) -> None:
        if topics & {GROUP, SERVICE_USERS, RECORD} and not self._own_change:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False
        today = self.today()
        self.lines = action_items.open_action_list(self.db, today)
        self.table.set_rows([(line.item.id, self._texts(line, today)) for line in self.lines])
        overdue = [n for n, line in enumerate(self.lines) if line.item.is_overdue(today)]
        for row in overdue:
            self._mark_overdue(row)
        self.summary.setText(self._summary(len(self.lines), len(overdue)))
        if self.lines and self.table.currentItem() is None:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._update_buttons()
        self._note_listing()

    def _update_buttons(self) -> None:
        picked = self.table.current_id() is not None
        self.done_button.setEnabled(picked)
        self.open_button.setEnabled(picked)

    def _texts(self, line: OpenActionItem, today: dt.date) -> tuple[str, ...]:
        item = line.item
        due = date_text(item.due_on)
        if item.is_overdue(today):
            due = fill(self.tr("%1 – forfalt"), due)
        return (due, item.person_name, item.what, item.owner, datetime_text(line.meeting_at))

    def _mark_overdue(self, row: int) -> None:
        item = self.table.topLevelItem(row)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column in range(self.table.columnCount()):
            item.setFont(column, bold)
            item.setForeground(column, QBrush(colour(ERROR)))

    def _summary(self, count: int, overdue: int) -> str:
        if count == 0:
            return self.tr("Ingen åpne oppgaver.")
        if count == 1:
            text = self.tr("1 åpen oppgave, %2 forfalt.")
        else:
            text = self.tr("%1 åpne oppgaver, %2 forfalt.")
        return text.replace("%1", str(count)).replace("%2", str(overdue))

    def _picked(self) -> OpenActionItem | None:
        found = self.table.picked([line.item for line in self.lines])
        return next((line for line in self.lines if found and line.item.id == found.id), None)

    def mark_done(self) -> None:
        """Close the selected item at once; the status line says which one."""
        line = self._picked()
        if line is None:
            return
        row = self.table.indexOfTopLevelItem(self.table.currentItem())
        try:
            action_items.close_action_item(self.db, line.item.id, self.today())
        except UserError as exc:
            self.status.setText(domain_text(exc.message))
            return
        text = self.tr("Merket som gjort: «%1» (%2).")
        self.status.setText(text.replace("%1", line.item.what).replace("%2", line.item.person_name))
        self.refresh()
        self._select_row(row)
        self._own_change = True
        try:
            self.bus.announce(GROUP)
        finally:
            self._own_change = False

    def _select_row(self, row: int) -> None:
        count = self.table.topLevelItemCount()
        if count:
            self.table.setCurrentItem(self.table.topLevelItem(min(row, count - 1)))

    def open_user(self) -> None:
        line = self._picked()
        if line is not None:
            self.open_user_requested.emit(line.service_user_id)

    def texts(self) -> list[list[str]]:
        return self.table.texts()

    def is_bold(self, row: int) -> bool:
        return self.table.topLevelItem(row).font(0).bold()

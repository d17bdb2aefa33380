"""Every request for help (henvendelse), the ones without a decision first, with days counted.

The days are counted from received to start (or to today); the list is never called a queue
or a waiting list, since some municipalities refuse that word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.requests import Request
from ...services.daily import requests
from ...services.database import Database
from ..change_bus import SERVICE_USERS, SERVICES, ChangeBus
from ..decisions.request_dialogs import (
    RequestDecisionDialog,
    RequestDialog,
    RequestStartDialog,
    request_headers,
    request_headers_tip,
)
from ..decisions.rows import days_counted, request_row, still_counting
from ..texts import fill
from ..widgets.listing_log import ListingLog
from ..widgets.simple_table import SimpleTable

# Requests received in this many years (besides every one still without a decision or start).
YEARS_SHOWN = 2
PERSON_COLUMN = 4


class RequestsPage(QWidget):
    """Double-click (or Enter) on a row with a registered person opens that person."""

    open_user_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.db, self.bus, self.today = db, bus, today
        self.listing = ListingLog(db, self)
        self.requests: list[Request] = []
        self._stale = True
        self._build()
        bus.changed.connect(self._on_changed)

    def _build(self) -> None:
        heading = QLabel(self.tr("Henvendelser"))
        heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = SimpleTable(request_headers(with_person=True), fit_rows=False)
        self.table.headerItem().setToolTip(1, request_headers_tip())
        self.table.align_center(1)
        self.table.itemActivated.connect(lambda *_: self.open_user())
        buttons = QHBoxLayout()
        self.new_button = _button(buttons, self.tr("&Ny henvendelse..."), self.new_request)
        self.decision_button = _button(buttons, self.tr("Registrer &beslutning..."), self.decide)
        self.start_button = _button(buttons, self.tr("Registrer &oppstart..."), self.start)
        self.edit_button = _button(buttons, self.tr("&Endre..."), self.edit)
        self.open_button = _button(buttons, self.tr("Å&pne tjenestemottakeren"), self.open_user)
        buttons.addStretch(1)
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._note_listing()

    def _note_listing(self) -> None:
        people = (r.service_user_id for r in self.requests if r.service_user_id is not None)
        self.listing.note("Henvendelser", people)

    def _on_changed(self, topics: set[str]) -> None:
        if topics & {SERVICES, SERVICE_USERS}:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False
        today = self.today()
        self.requests = _open_first(self._load(today))
        keep = self.table.current_id()
        rows = [(r.id, request_row(r, today, with_person=True)) for r in self.requests]
        self.table.set_rows(rows)
        for row, request in enumerate(self.requests):
            if request.is_open:
                _bold(self.table, row)
        self._select(keep)
        self._note_listing()
        self.summary.setText(self._summary(today))
        self._update_buttons()

    def _update_buttons(self) -> None:
        """What works on a request is there only with one selected; "Åpne" only when the
        request is from a registered service user."""
        current = self.table.current_id()
        request = next((r for r in self.requests if r.id == current), None)
        for button in (self.decision_button, self.start_button, self.edit_button):
            button.setEnabled(request is not None)
        self.open_button.setEnabled(request is not None and request.service_user_id is not None)

    def _load(self, today: dt.date) -> list[Request]:
        """Those received lately, and every older one still without a decision."""
        first = today - dt.timedelta(days=365 * YEARS_SHOWN)
        recent = requests.requests_received(self.db, first, today)
        seen = {r.id for r in recent}
        return recent + [r for r in requests.open_requests(self.db) if r.id not in seen]

    def _summary(self, today: dt.date) -> str:
        waiting = [r for r in self.requests if r.is_open]
        if not waiting:
            text = self.tr("Ingen henvendelser uten beslutning.")
        else:
            longest = max(days_counted(r, today) for r in waiting)
            text = self.tr("%1 uten beslutning; den eldste kom inn for %2 dager siden.")
            text = text.replace("%1", str(len(waiting))).replace("%2", str(longest))
        return text + " " + fill(self.tr("Viser henvendelser fra de siste %1 årene."), YEARS_SHOWN)

    def _select(self, request_id: int | None) -> None:
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if request_id is None or self.requests[row].id == request_id:
                self.table.setCurrentItem(item)
                return

    def select_request(self, request_id: int) -> None:
        """Show the list with this request selected (from a line of "I dag")."""
        if self._stale:
            self.refresh()
        if any(r.id == request_id for r in self.requests):
            self._select(request_id)

    def texts(self) -> list[list[str]]:
        return self.table.texts()

    # -- actions ---------------------------------------------------------------------------

    def new_request(self) -> None:
        self._run(RequestDialog(self.db, parent=self))

    def edit(self) -> None:
        request = self.table.picked(self.requests)
        if request is not None:
            self._run(RequestDialog(self.db, request, parent=self))

    def decide(self) -> None:
        request = self.table.picked(self.requests)
        if request is not None:
            self._run(RequestDecisionDialog(self.db, request, self))

    def start(self) -> None:
        request = self.table.picked(self.requests)
        if request is not None:
            self._run(RequestStartDialog(self.db, request, self))

    def open_user(self) -> None:
        request = self.table.picked(self.requests)
        if request is not None and request.service_user_id is not None:
            self.open_user_requested.emit(request.service_user_id)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(SERVICES)


def _open_first(found: list[Request]) -> list[Request]:
    """Without a decision first, then decided but not started (both longest counted at the
    top), then the rest, newest received first."""

    def group(request: Request) -> int:
        return 0 if request.is_open else 1 if still_counting(request) else 2

    ordered = sorted(found, key=lambda r: (r.received_on, r.id))
    finished = [r for r in ordered if group(r) == 2][::-1]
    return [r for r in ordered if group(r) == 0] + [r for r in ordered if group(r) == 1] + finished


def _button(line: QHBoxLayout, text: str, slot) -> QPushButton:  # noqa: ANN001
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    line.addWidget(button)
    return button


def _bold(table: SimpleTable, row: int) -> None:
    item = table.topLevelItem(row)
    bold = QFont(table.font())
    bold.setBold(True)
    for column in range(table.columnCount()):
        item.setFont(column, bold)

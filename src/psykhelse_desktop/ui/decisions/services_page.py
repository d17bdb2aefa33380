"""The "Vedtak og tjenester" tab: the service user's decisions, low-threshold help and requests.

Read only while the tab is shown. Decisions are changed or ended, never deleted; requests are
listed with the days from received, never as a queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ...domain.decisions import Decision, LowThresholdContact
from ...domain.requests import Request
from ...services.daily import decisions, low_threshold, requests
from ...services.database import Database
from ...services.settings import get_settings
from ...services.trust import access_log
from ..change_bus import RECORD, SERVICE_USERS, SERVICES, ChangeBus
from ..texts import fill
from ..widgets.section import Section, scrolled_sections
from ..widgets.simple_table import SimpleTable
from ..widgets.user_tab import UserTab
from .decision_dialogs import DecisionDialog, EndDecisionDialog, LowThresholdDialog
from .request_dialogs import RequestDialog, request_headers, request_headers_tip
from .rows import decision_row, is_ending_soon, low_threshold_row, request_row


class ServicesPage(UserTab):
    """Three sections; every change is announced as SERVICES and the tab reloads on it."""

    TOPICS = frozenset({SERVICES, RECORD, SERVICE_USERS})

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(db, bus, parent)
        self.today = today
        self.decisions: list[Decision] = []
        self.contacts: list[LowThresholdContact] = []
        self.requests: list[Request] = []
        self._build()
        self.show_user(None)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.nothing = QLabel(self.tr("Velg en tjenestemottaker i listen til venstre."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.nothing)
        self.stack.addWidget(self._scrolled_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def _scrolled_content(self) -> QScrollArea:
        sections = (self._decision_section(), self._contact_section(), self._request_section())
        self.scroll = scrolled_sections(*sections)
        return self.scroll

    def _decision_section(self) -> Section:
        self.decision_table = SimpleTable(
            [
                self.tr("Tjeneste"),
                self.tr("Timer per uke"),
                self.tr("Fra"),
                self.tr("Til"),
                self.tr("Evaluering"),
                self.tr("Status"),
            ]
        )
        self.decision_table.align_center(1)
        self.decision_table.itemActivated.connect(lambda *_: self.edit_decision())
        section = Section(self.tr("Vedtak"), self.decision_table)
        section.button(self.tr("N&ytt vedtak..."), self.new_decision)
        self.decision_table.buttons_follow_selection(
            section.button(self.tr("En&dre..."), self.edit_decision),
            section.button(self.tr("A&vslutt vedtak..."), self.end_decision),
        )
        return section

    def _contact_section(self) -> Section:
        self.contact_table = SimpleTable(
            [self.tr("Dato"), self.tr("Type"), self.tr("Varighet"), self.tr("Merknad")]
        )
        section = Section(self.tr("Lavterskelkontakter (uten vedtak)"), self.contact_table)
        section.button(self.tr("Registrer &lavterskelkontakt..."), self.add_contact)
        return section

    def _request_section(self) -> Section:
        self.request_table = SimpleTable(request_headers(with_person=False))
        self.request_table.align_center(1)
        self.request_table.headerItem().setToolTip(1, request_headers_tip())
        section = Section(self.tr("Henvendelser"), self.request_table)
        section.button(self.tr("Ny &henvendelse..."), self.new_request)
        return section

    # -- which user, and when to read ------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        has_user = self.user_id is not None
        self.heading.setText(
            fill(self.tr("Vedtak og tjenester – %1"), self.user_name) if has_user else ""
        )
        self.stack.setCurrentIndex(1 if has_user else 0)
        if not has_user:
            return
        if self.first_look(self.user_id):
            access_log.note_opening(self.db, self.user_id, "Vedtak og tjenester")
        self.decisions = decisions.decisions_for_user(self.db, self.user_id)
        self.contacts = low_threshold.low_threshold_for_user(self.db, self.user_id)
        self.requests = requests.requests_for_user(self.db, self.user_id)
        self._fill(self.today())

    def _fill(self, today: dt.date) -> None:
        soon = get_settings(self.db).decision_expiry_days
        rows = [(d.id, decision_row(d, today, soon)) for d in self.decisions]
        _refill(self.decision_table, rows)
        for row, decision in enumerate(self.decisions):
            if is_ending_soon(decision, today, soon):
                _bold(self.decision_table, row)
        _refill(self.contact_table, [(c.id, low_threshold_row(c)) for c in self.contacts])
        _refill(
            self.request_table,
            [(r.id, request_row(r, today, with_person=False)) for r in self.requests],
        )

    # -- actions ---------------------------------------------------------------------------

    def new_decision(self) -> None:
        if self.user_id is not None:
            self._run(DecisionDialog(self.db, self.user_id, self.user_name, parent=self))

    def edit_decision(self) -> None:
        decision = self.decision_table.picked(self.decisions)
        if decision is not None:
            self._run(DecisionDialog(self.db, self.user_id, self.user_name, decision, self))

    def end_decision(self) -> None:
        decision = self.decision_table.picked(self.decisions)
        if decision is not None:
            self._run(EndDecisionDialog(self.db, decision, self))

    def add_contact(self) -> None:
        if self.user_id is not None:
            self._run(LowThresholdDialog(self.db, self.user_id, self.user_name, self))

    def new_request(self) -> None:
        if self.user_id is not None:
            self._run(RequestDialog(self.db, user_id=self.user_id, parent=self))

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(SERVICES)


def _refill(table: SimpleTable, rows: list[tuple[int, tuple[str, ...]]]) -> None:
    """Replace the rows and keep the selected row selected when it is still there."""
    keep = table.current_id()
    table.set_rows(rows)
    for index in range(table.topLevelItemCount()):
        item = table.topLevelItem(index)
        if item.data(0, Qt.ItemDataRole.UserRole) == keep:
            table.setCurrentItem(item)


def _bold(table: SimpleTable, row: int) -> None:
    item = table.topLevelItem(row)
    bold = QFont(table.font())
    bold.setBold(True)
    for column in range(table.columnCount()):
        item.setFont(column, bold)

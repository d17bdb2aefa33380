"""Service users: the searchable lazy list on the left and the selected user's page on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.database import Database
from ...services.records.user_list import UserList, Which
from ..access.access_log_page import AccessLogPage
from ..change_bus import SERVICE_USERS, ChangeBus
from ..decisions.services_page import ServicesPage
from ..group.group_page import GroupPage
from ..journal.journal_page import JournalPage
from ..models.service_user_model import ServiceUserTableModel
from ..plan.plan_page import PlanPage
from ..texts import fill
from ..widgets.listing_log import ListingLog
from .detail_view import DetailView

SEARCH_DELAY_MS = 150


class ServiceUserTable(QTableView):
    """When space is short, hides the least needed columns rather than squeeze the names."""

    OPTIONAL_COLUMNS = (3, 2, 4)  # Kategori, then Telefon, then Status

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        if self.model() is None:
            return
        for column in self.OPTIONAL_COLUMNS:
            self.setColumnHidden(column, False)
        for column in self.OPTIONAL_COLUMNS:
            if self._room_for_names() >= self.name_width():
                return
            self.setColumnHidden(column, True)

    def name_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("Ingvild Halvorsen") + 16

    def _room_for_names(self) -> int:
        header = self.horizontalHeader()
        shown = [c for c in range(1, header.count()) if not self.isColumnHidden(c)]
        return self.viewport().width() - sum(header.sectionSize(c) for c in shown)


class ServiceUsersPage(QSplitter):
    """Search as you type (after a short pause); the list keeps its selection across refreshes."""

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.db, self.bus = db, bus
        self.model = ServiceUserTableModel(db, self)
        self.listing = ListingLog(db, self)
        self.detail = DetailView(db, bus)
        self.plan = PlanPage(db, bus)
        self.group = GroupPage(db, bus)
        self.journal = JournalPage(db, bus)
        self.services = ServicesPage(db, bus)
        self.access = AccessLogPage(db, bus)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.addWidget(self._list_side())
        self.addWidget(self._user_tabs())
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([620, 746])
        self.setChildrenCollapsible(False)
        bus.changed.connect(self._on_changed)
        self.refresh()
        self._resize_columns()

    def _list_side(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk på navn, fødselsnummer eller telefon (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søk blant tjenestemottakere"))
        self.search.textChanged.connect(self._timer.start)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Aktive"), Which.ACTIVE.value)
        self.filter.addItem(self.tr("Avsluttede"), Which.CLOSED.value)
        self.filter.addItem(self.tr("Alle"), Which.ALL.value)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.filter.setAccessibleName(self.tr("Vis aktive, avsluttede eller alle"))
        self.count_label = QLabel()
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(6, 6, 0, 6)
        line = QHBoxLayout()
        line.addWidget(self.search, 1)
        line.addWidget(self.filter)
        layout.addLayout(line)
        layout.addWidget(self._table())
        layout.addWidget(self.count_label)
        return side

    def _user_tabs(self) -> QTabWidget:
        """Personalia, plan, group, journal, services and access log of the selected user."""
        self.user_tabs = QTabWidget()
        self.user_tabs.addTab(self.detail, self.tr("Personalia"))
        self.user_tabs.addTab(self.plan, self.tr("Individuell plan"))
        self.user_tabs.addTab(self.group, self.tr("Ansvarsgruppe"))
        self.user_tabs.addTab(self.journal, self.tr("Journal"))
        self.user_tabs.addTab(self.services, self.tr("Vedtak og tjenester"))
        self.user_tabs.addTab(self.access, self.tr("Hvem har sett journalen"))
        return self.user_tabs

    def current_user_id(self) -> int | None:
        return self.detail.detail.id if self.detail.detail else None

    def _show_user(self, user_id: int | None) -> None:
        self.detail.show_user(user_id)
        name = self.detail.detail.full_name if self.detail.detail else ""
        self.plan.set_user(user_id, name)
        self.group.show_user(user_id, name)
        self.journal.show_user(user_id, name)
        self.services.show_user(user_id, name)
        self.access.show_user(user_id, name)

    def _table(self) -> QTableView:
        self.table = ServiceUserTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tab leaves the list for the person's page; the arrow keys move between people.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        return self.table

    def refresh(self) -> None:
        """Run the search again and keep the selected user selected when still in the list."""
        keep = self.detail.user_id()
        self.model.show(self._listing())
        self.count_label.setText(self._count_text(self.model.total()))
        row = self.model.row_of(keep) if keep is not None else -1
        if keep is not None and row < 0:
            self._show_user(None)  # the search hid her: her record is not left on show
        elif keep is not None:
            self._select_row(row)
        self._note_listing()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._note_listing()

    def _note_listing(self) -> None:
        """The list is logged as one row (what was searched, how many), never one per name."""
        query = " ".join(self.search.text().split())[:80]
        what = f"Tjenestemottakerlisten ({self.filter.currentText().lower()}"
        what += f", søk «{query}»)" if query else ")"
        total = self.model.total()
        self.listing.note_counted(what, (self.model.listing(), total), total)

    def _count_text(self, total: int) -> str:
        if total == 1:
            return self.tr("1 tjenestemottaker")
        return fill(self.tr("%1 tjenestemottakere"), total)

    def _listing(self) -> UserList:
        return UserList(self.search.text(), Which(self.filter.currentData()))

    def select_user(self, user_id: int, *, open_page: bool = True) -> None:
        """Select a user in the list; opens the page unless it is already shown."""
        row = self.model.row_of(user_id)
        if row < 0:
            if open_page:
                self._show_user(user_id)
            return
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def open_journal_entry(
        self, user_id: int, entry_id: int, words: list[str] | None = None
    ) -> None:
        """From a search hit: the service user's journal tab, with the entry selected and the
        searched `words` marked."""
        self.select_user(user_id)
        self.journal.select_entry(entry_id, words or [])
        self.user_tabs.setCurrentWidget(self.journal)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        user_id = self.model.row_id(rows[0].row()) if rows else None
        if user_id is not None and user_id != self.detail.user_id():
            self._show_user(user_id)

    def _on_changed(self, topics: set[str]) -> None:
        if SERVICE_USERS in topics:
            self.refresh()

    def _resize_columns(self) -> None:
        """Fixed widths from the widest value each column can hold (rows load lazily)."""
        metrics = self.table.fontMetrics()
        samples = ("00.00.0000", "000 00 000", "Psykisk helse", "Avsluttet")
        header = self.table.horizontalHeader()
        for column, sample in enumerate(samples, start=1):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, widest + 24)
        self.table.fit_columns()

"""The list of service users: holds the ids of a search and reads rows a page of 200 at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.records import ServiceUserRow
from ...services.database import Database
from ...services.records import service_users
from ..texts import date_text, domain_text

PAGE_SIZE = 200
PAGES_KEPT = 25  # at most 5,000 rows in memory, whatever the size of the record
Index = QModelIndex | QPersistentModelIndex
Cells = tuple[str | None, ...]


class ServiceUserTableModel(QAbstractTableModel):
    """Every id of the search is a row; a row's page is read when the view first asks for it.

    The row of a person is a dictionary lookup, so keeping the selection after a new search
    costs one page read at any size, not a walk through every page before it.
    """

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._ids: list[int] = []
        self._row_by_id: dict[int, int] = {}
        self._pages: dict[int, dict[int, Cells]] = {}
        self._headers = (
            self.tr("Navn"),
            self.tr("Fødselsdato"),
            self.tr("Telefon"),
            self.tr("Kategori"),
            self.tr("Status"),
        )

    def set_ids(self, ids: list[int]) -> None:
        """Show a new search result; rows are read as the view asks for them."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_by_id = {user_id: row for row, user_id in enumerate(self._ids)}
        self._pages = {}
        self.endResetModel()

    def ids(self) -> list[int]:
        """Every id in the list, in order (loaded or not)."""
        return self._ids

    def total(self) -> int:
        return len(self._ids)

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, user_id: int) -> int:
        """The row of a user; -1 when not in the result."""
        return self._row_by_id.get(user_id, -1)

    def loaded_rows(self) -> int:
        """How many rows are held in memory now (the pages read and kept)."""
        return sum(len(page) for page in self._pages.values())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = self._cells(index.row())
        column = index.column()
        return cells[column] if cells is not None and 0 <= column < len(cells) else None

    def _cells(self, row: int) -> Cells | None:
        """The row's texts, reading its page first; None for a person deleted since the search."""
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
        return page.get(self._ids[row])

    def _read_page(self, number: int) -> dict[int, Cells]:
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        page = {row.id: self._texts(row) for row in service_users.rows_for_ids(self.db, ids)}
        if len(self._pages) >= PAGES_KEPT:
            del self._pages[next(iter(self._pages))]  # the page read longest ago
        self._pages[number] = page
        return page

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    @staticmethod
    def _texts(row: ServiceUserRow) -> Cells:
        """A row as the columns show it, formatted once when its page is read."""
        return (
            row.full_name,
            date_text(row.birth_date),
            row.phone,
            domain_text(row.category.label),
            domain_text(row.status.label),
        )

"""The list of service users: holds the ids of a search and fetches rows in pages of 200."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.records import ServiceUserRow
from ...services.database import Database
from ...services.records import service_users
from ..texts import date_text, domain_text

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class ServiceUserTableModel(QAbstractTableModel):
    """Ids come from the search in SQL; rows are read only when the view scrolls to them."""

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._ids: list[int] = []
        self._rows: list[ServiceUserRow] = []
        self._consumed = 0
        self._headers = (
            self.tr("Navn"),
            self.tr("Fødselsdato"),
            self.tr("Telefon"),
            self.tr("Kategori"),
            self.tr("Status"),
        )

    def set_ids(self, ids: list[int]) -> None:
        """Show a new search result; rows are fetched as the view asks for them."""
        self.beginResetModel()
        self._ids, self._rows, self._consumed = list(ids), [], 0
        self.endResetModel()

    def ids(self) -> list[int]:
        """Every id in the list, in order (loaded or not)."""
        return self._ids

    def total(self) -> int:
        return len(self._ids)

    def row_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: int) -> int:
        """The row of a user, fetching pages until it is loaded; -1 when not in the result."""
        if user_id not in self._ids:
            return -1
        while not any(r.id == user_id for r in self._rows) and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return next((n for n, r in enumerate(self._rows) if r.id == user_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._consumed < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        batch = self._ids[self._consumed : self._consumed + PAGE_SIZE]
        self._consumed += len(batch)
        rows = service_users.rows_for_ids(self.db, batch)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def _cell(self, row: ServiceUserRow, column: int) -> str | None:
        values = (
            row.full_name,
            date_text(row.birth_date),
            row.phone,
            domain_text(row.category.label),
            domain_text(row.status.label),
        )
        return values[column] if 0 <= column < len(values) else None

"""The list of service users: counts a search and reads its rows a page of 200 at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.records import ServiceUserRow
from ...services.database import Database
from ...services.records import user_list
from ...services.records.user_list import UserList
from ..texts import date_text, domain_text

PAGE_SIZE = 200
PAGES_KEPT = 25  # at most 5,000 rows in memory, whatever the size of the record
Index = QModelIndex | QPersistentModelIndex
Cells = tuple[str | None, ...]


class ServiceUserTableModel(QAbstractTableModel):
    """A search of the list, counted; a page of rows is read when the view first shows it.

    Nothing is held per person beyond the pages read, and the row of a person is one counting
    query on the index, so keeping the selection after a new search costs the same at any size.
    """

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._listing: UserList | None = None
        self._total = 0
        self._pages: dict[int, list[tuple[int, Cells]]] = {}
        self._headers = (
            self.tr("Navn"),
            self.tr("Fødselsdato"),
            self.tr("Telefon"),
            self.tr("Kategori"),
            self.tr("Status"),
        )

    def show(self, listing: UserList | None) -> None:
        """Show a new search (None: an empty list); rows are read as the view asks for them."""
        self.beginResetModel()
        self._listing = listing
        self._total = user_list.count(self.db, listing) if listing else 0
        self._pages = {}
        self.endResetModel()

    def listing(self) -> UserList | None:
        return self._listing

    def total(self) -> int:
        return self._total

    def row_id(self, row: int) -> int | None:
        entry = self._entry(row)
        return entry[0] if entry else None

    def row_of(self, user_id: int) -> int:
        """The row of a user; -1 when not in the result. Pages already read answer first."""
        for number, page in self._pages.items():
            for offset, (shown_id, _cells) in enumerate(page):
                if shown_id == user_id:
                    return number * PAGE_SIZE + offset
        if self._listing is None:
            return -1
        found = user_list.place(self.db, self._listing, user_id, PAGE_SIZE)
        if found is None or found.row >= self._total:
            return -1
        self._keep(found.page_start // PAGE_SIZE, found.page)
        return found.row

    def loaded_rows(self) -> int:
        """How many rows are held in memory now (the pages read and kept)."""
        return sum(len(page) for page in self._pages.values())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._total:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        entry = self._entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return entry[0]
        column = index.column()
        return entry[1][column] if 0 <= column < len(entry[1]) else None

    def _entry(self, row: int) -> tuple[int, Cells] | None:
        """The row's id and texts, reading its page first; None past the end (people closed or
        deleted since the count)."""
        if not 0 <= row < self._total or self._listing is None:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _read_page(self, number: int) -> list[tuple[int, Cells]]:
        return self._keep(
            number, user_list.page(self.db, self._listing, number * PAGE_SIZE, PAGE_SIZE)
        )

    def _keep(self, number: int, rows: list[ServiceUserRow]) -> list[tuple[int, Cells]]:
        page = [(row.id, self._texts(row)) for row in rows]
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

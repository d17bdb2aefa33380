"""Pick a registered service user by typing part of the name, or leave the person unregistered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from ...services.database import Database
from ...services.records import service_users
from ..group.person_picker import ShortList
from ..texts import date_text
from ..widgets.listing_log import ListingLog

SHOWN_MATCHES = 30


class ServiceUserPicker(QWidget):
    """The first line is always "Ikke registrert"; the search folds æ, ø and å like the list."""

    def __init__(self, db: Database, current: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.listing = ListingLog(db, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk på navn eller fødselsnummer"))
        self.search.setClearButtonEnabled(True)
        self.list = ShortList()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.search.returnPressed.connect(self.list.setFocus)
        self._chosen = current
        self.refresh()

    def refresh(self) -> None:
        """Who matches the search; the chosen person stays chosen while still listed."""
        keep = self.current_id() if self.list.count() else self._chosen
        self.list.clear()
        self._add(self.tr("Ikke registrert"), None)
        ids = service_users.search_ids(self.db, self.search.text())[:SHOWN_MATCHES]
        if keep is not None and keep not in ids and not self.search.text().strip():
            ids = [keep, *ids]
        for row in service_users.rows_for_ids(self.db, ids):
            born = date_text(row.birth_date)
            self._add(f"{row.full_name} ({born})" if born else row.full_name, row.id)
        self._select(keep)
        self._note_listing()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._note_listing()

    def _note_listing(self) -> None:
        people = (
            self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())
        )
        self.listing.note("Velg tjenestemottaker", (p for p in people if p is not None))

    def choose(self, user_id: int | None) -> None:
        """Pick this person (listed even when the search would not show them)."""
        self._chosen = user_id
        self.list.clear()  # so the refresh keeps `_chosen`, not the row picked now
        if self.search.text():
            self.search.clear()  # refreshes
        else:
            self.refresh()

    def _add(self, text: str, user_id: int | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, user_id)
        self.list.addItem(item)

    def _select(self, user_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == user_id:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(0)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

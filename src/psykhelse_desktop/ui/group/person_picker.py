"""Pick a person from the address book by typing part of the name, organisation or role."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import ContactPerson
from ...services.database import Database
from ...services.records import address_book

SHOWN_ROWS = 6


class ShortList(QListWidget):
    """A list as tall as SHOWN_ROWS whole rows, measured once the style and font are set."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:
            row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().lineSpacing() + 4
            self.setFixedHeight(row * SHOWN_ROWS + 2 * self.frameWidth())
        return handled


class PersonPicker(QWidget):
    """A search line over a short list; the address book's own search folds æ, ø and å."""

    picked = Signal(object)  # the ContactPerson, or None

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.people: dict[int, ContactPerson] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk på navn, virksomhet eller rolle"))
        self.search.setClearButtonEnabled(True)
        self.list = ShortList()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.list.setFocus)
        self.list.currentItemChanged.connect(lambda *_: self.picked.emit(self.current()))
        self.book_is_empty = not address_book.list_people(db)
        self.refresh()

    def refresh(self) -> None:
        """List who matches the search; keep the picked person picked while still listed."""
        keep = self.current_id()
        self.list.clear()
        found = address_book.list_people(self.db, self.search.text())
        self.people = {person.id: person for person in found}
        for person in found:
            item = QListWidgetItem(describe(person))
            item.setToolTip(describe(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == keep:
                self.list.setCurrentItem(item)
        if len(found) == 1:
            self.list.setCurrentRow(0)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def current(self) -> ContactPerson | None:
        return self.people.get(self.current_id())

    def choose(self, person_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.list.setCurrentRow(row)


def describe(person: ContactPerson) -> str:
    """'Bjørn Åsheim – NAV Testvik (Veileder)'."""
    text = person.name
    if person.organisation_name:
        text += f" – {person.organisation_name}"
    return text + (f" ({person.role})" if person.role else "")

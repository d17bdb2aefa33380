"""The address book (Adressebok): partner organisations and the people in them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import ContactPerson, ContactPersonForm, Organisation, OrganisationForm
from ...services.database import Database
from ...services.records import address_book
from ..change_bus import ADDRESS_BOOK, RECORD, ChangeBus
from ..dialogs.address_dialogs import OrganisationDialog, PersonDialog
from ..widgets.section import Section
from ..widgets.simple_table import SimpleTable


class AddressBookPage(QWidget):
    """One search box over both lists; add and edit organisations and people."""

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.organisations: list[Organisation] = []
        self.people: list[ContactPerson] = []
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self._build()
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i adresseboken"))
        self.search.setAccessibleName(self.tr("Søk i adresseboken"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._timer.start)
        self.org_table = SimpleTable(
            [self.tr("Virksomhet"), self.tr("Type"), self.tr("Telefon"), self.tr("Kommune")],
            fit_rows=False,
        )
        self.people_table = SimpleTable(
            [
                self.tr("Navn"),
                self.tr("Virksomhet"),
                self.tr("Rolle"),
                self.tr("Telefon"),
                self.tr("E-post"),
            ],
            fit_rows=False,
        )
        self.org_table.itemDoubleClicked.connect(self.edit_organisation)
        self.people_table.itemDoubleClicked.connect(self.edit_person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self._lists(), 1)

    def _lists(self) -> QSplitter:
        organisations = Section(self.tr("Virksomheter"), self.org_table)
        self.new_org_button = organisations.button(
            self.tr("Ny &virksomhet..."), self.add_organisation
        )
        self.org_table.buttons_follow_selection(
            organisations.button(self.tr("R&ediger..."), self.edit_organisation)
        )
        people = Section(self.tr("Personer"), self.people_table)
        self.new_person_button = people.button(self.tr("Ny &person..."), self.add_person)
        self.people_table.buttons_follow_selection(
            people.button(self.tr("Re&diger..."), self.edit_person)
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(organisations)
        splitter.addWidget(people)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    def refresh(self) -> None:
        query = self.search.text()
        self.organisations = address_book.list_organisations(self.db, query)
        self.people = address_book.list_people(self.db, query)
        self.org_table.set_rows(
            [(o.id, (o.name, o.kind, o.phone, o.municipality)) for o in self.organisations]
        )
        self.people_table.set_rows(
            [(p.id, (p.name, p.organisation_name, p.role, p.phone, p.email)) for p in self.people]
        )

    def add_organisation(self) -> None:
        self._run(OrganisationDialog(self.db, parent=self))

    def edit_organisation(self) -> None:
        org = self.org_table.picked(self.organisations)
        if org is not None:
            form = OrganisationForm(
                **{k: getattr(org, k) for k in OrganisationForm.__dataclass_fields__}
            )
            self._run(OrganisationDialog(self.db, form, org.id, parent=self, version=org.version))

    def add_person(self) -> None:
        self._run(PersonDialog(self.db, parent=self))

    def edit_person(self) -> None:
        person = self.people_table.picked(self.people)
        if person is not None:
            form = ContactPersonForm(
                **{k: getattr(person, k) for k in ContactPersonForm.__dataclass_fields__}
            )
            self._run(PersonDialog(self.db, form, person.id, parent=self, version=person.version))

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(ADDRESS_BOOK, RECORD)

    def _on_changed(self, topics: set[str]) -> None:
        if ADDRESS_BOOK in topics:
            self.refresh()

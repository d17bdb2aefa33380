"""Pick a person from the address book: as the new GP (fastlege) or as a linked contact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from ...domain.errors import ValidationFailed
from ...domain.records import ContactPerson, ContactPersonForm
from ...domain.vocabulary import CONTACT_ROLES
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.records import address_book, record_parts
from ..widgets.date_field import DateField
from .address_dialogs import editable_combo
from .form_dialog import FormDialog

GP_ROLE = "Fastlege"


class GpDialog(FormDialog):
    """A new GP from a date, from the address book or typed in here (the doctor and the
    practice are then added to the address book); the previous GP period is closed the day
    before."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Ny fastlege"), parent)
        self.db, self.user_id = db, user_id
        box = people_box(db, first=is_probably_gp)
        if box.count() == 1:
            box.setItemText(0, self.tr("Adresseboken er tom: skriv legen under"))
        self.person = self.add_field("contact_person_id", self.tr("Fra adresseboken"), box)
        self.new_name = self.add_field("gp_name", self.tr("Eller ny lege"), QLineEdit())
        self.new_name.setPlaceholderText(
            self.tr("Legens navn, hvis legen ikke står i adresseboken")
        )
        self.practice = self.add_field("practice_name", self.tr("Legekontor"), practice_box(db))
        self.phone = self.add_field("gp_phone", self.tr("Telefon"), QLineEdit())
        self.valid_from = self.add_field("valid_from", self.tr("Gjelder fra"), DateField())
        self.valid_from.set_value(oslo_today())
        self.new_name.textChanged.connect(self._typed_new)
        self.person.currentIndexChanged.connect(self._picked)
        self._typed_new("")
        self.resize(520, 0)

    def _typed_new(self, text: str) -> None:
        """A typed name is a new doctor: the address book choice is left."""
        if text.strip():
            self.person.setCurrentIndex(0)
        for field in (self.practice, self.phone):
            field.setEnabled(bool(text.strip()))

    def _picked(self, index: int) -> None:
        if index > 0:
            self.new_name.clear()

    def save(self) -> None:
        valid_from = self.read_date("valid_from", self.valid_from)
        self.check_dates()
        if valid_from is None:
            text = self.tr("Skriv datoen den nye fastlegen gjelder fra.")
            raise ValidationFailed({"valid_from": text})
        name = self.new_name.text().strip()
        if name:
            doctor = ContactPersonForm(name, role=GP_ROLE, phone=self.phone.text())
            practice = self.practice.currentText()
            record_parts.set_new_gp(self.db, self.user_id, doctor, practice, valid_from)
        elif self.person.currentData() is None:
            text = self.tr("Velg legen fra adresseboken, eller skriv navnet på en ny lege.")
            raise ValidationFailed({"contact_person_id": text})
        else:
            record_parts.set_gp(self.db, self.user_id, self.person.currentData(), valid_from)


class ContactLinkDialog(FormDialog):
    """Link a person from the address book to the user, with the role they have for her."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Koble til samarbeidspartner"), parent)
        self.db, self.user_id = db, user_id
        self.person = self.add_field("contact_person_id", self.tr("Person"), people_box(db))
        self.role = self.add_field("role", self.tr("Rolle"), editable_combo(CONTACT_ROLES))
        self.resize(460, 0)

    def save(self) -> None:
        problems = picked_person_problems(self.person)
        if problems:
            raise ValidationFailed(problems)
        record_parts.link_contact(
            self.db, self.user_id, self.person.currentData(), self.role.currentText()
        )


def people_box(db: Database, first: Callable[[ContactPerson], bool] | None = None) -> QComboBox:
    """Everyone in the address book; those `first` picks out come first, above a line."""
    people = address_book.list_people(db)
    leading = [p for p in people if first and first(p)]
    box = QComboBox()
    box.addItem(QCoreApplication.translate("link_dialogs", "Velg person fra adresseboken"), None)
    for person in leading + [p for p in people if p not in leading]:
        where = f" – {person.organisation_name}" if person.organisation_name else ""
        box.addItem(f"{person.name}{where}", person.id)
    if leading and len(leading) < len(people):
        box.insertSeparator(len(leading) + 1)
    return box


def practice_box(db: Database) -> QComboBox:
    """The organisations in the address book to pick from, or a new name typed."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumContentsLength(28)  # readable while empty
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    organisations = address_book.list_organisations(db)
    practices = [o for o in organisations if "lege" in f"{o.kind} {o.name}".casefold()]
    for organisation in practices + [o for o in organisations if o not in practices]:
        box.addItem(organisation.name, organisation.id)
    box.setCurrentIndex(-1)
    box.lineEdit().setPlaceholderText(
        QCoreApplication.translate("link_dialogs", "Velg, eller skriv et nytt legekontor")
    )
    return box


def is_probably_gp(person: ContactPerson) -> bool:
    return "lege" in f"{person.role} {person.organisation_name}".casefold()


def picked_person_problems(box: QComboBox) -> dict[str, str]:
    if box.currentData() is not None:
        return {}
    if box.count() <= 1:
        text = QCoreApplication.translate(
            "link_dialogs", "Adresseboken er tom. Legg inn personen under Adressebok først."
        )
    else:
        text = QCoreApplication.translate("link_dialogs", "Velg en person fra adresseboken.")
    return {"contact_person_id": text}

"""Pick a person from the address book: as the new GP (fastlege) or as a linked contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.errors import ValidationFailed
from ...domain.records import ContactPerson
from ...domain.vocabulary import CONTACT_ROLES
from ...services.database import Database
from ...services.records import address_book, record_parts
from ..widgets.date_field import DateField
from .address_dialogs import editable_combo
from .form_dialog import FormDialog


class GpDialog(FormDialog):
    """A new GP from a date; the previous GP period is closed the day before."""

    def __init__(self, db: Database, user_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Ny fastlege"), parent)
        self.db, self.user_id = db, user_id
        box = people_box(db, first=is_probably_gp)
        self.person = self.add_field("contact_person_id", self.tr("Fastlege"), box)
        self.valid_from = self.add_field("valid_from", self.tr("Gjelder fra"), DateField())
        self.valid_from.set_value(dt.date.today())
        self.resize(460, 0)

    def save(self) -> None:
        valid_from = self.read_date("valid_from", self.valid_from)
        self.check_dates()
        problems = picked_person_problems(self.person)
        if valid_from is None:
            problems["valid_from"] = self.tr("Skriv datoen den nye fastlegen gjelder fra.")
        if problems:
            raise ValidationFailed(problems)
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
    box.addItem(_tr("Velg person fra adresseboken"), None)
    for person in leading + [p for p in people if p not in leading]:
        where = f" – {person.organisation_name}" if person.organisation_name else ""
        box.addItem(f"{person.name}{where}", person.id)
    if leading and len(leading) < len(people):
        box.insertSeparator(len(leading) + 1)
    return box


def is_probably_gp(person: ContactPerson) -> bool:
    return "lege" in f"{person.role} {person.organisation_name}".casefold()


def picked_person_problems(box: QComboBox) -> dict[str, str]:
    if box.currentData() is not None:
        return {}
    if box.count() <= 1:
        text = _tr("Adresseboken er tom. Legg inn personen under Adressebok først.")
    else:
        text = _tr("Velg en person fra adresseboken.")
    return {"contact_person_id": text}


def _tr(text: str) -> str:
    return QCoreApplication.translate("link_dialogs", text)

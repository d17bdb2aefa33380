"""Address book dialogs: an organisation (samarbeidspartner) and a person in one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...domain.records import ContactPersonForm, OrganisationForm
from ...domain.vocabulary import CONTACT_ROLES, ORGANISATION_KINDS
from ...services.database import Database
from ...services.records import address_book
from ..texts import domain_text
from .form_dialog import FormDialog
from .postal_fields import add_postal_fields, fill_postal, postal_values


class OrganisationDialog(FormDialog):
    """Add (`org_id` None) or edit an organisation; `saved_id` is set after saving."""

    def __init__(
        self,
        db: Database,
        form: OrganisationForm | None = None,
        org_id: int | None = None,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ):
        title = self.tr("Ny virksomhet") if org_id is None else self.tr("Rediger virksomhet")
        super().__init__(title, parent)
        self.db, self.saved_id, self.version = db, org_id, version
        add = self.add_field
        self.name = add("name", self.tr("Navn"), QLineEdit())
        self.kind = add("kind", self.tr("Type"), editable_combo(ORGANISATION_KINDS))
        self.phone = add("phone", self.tr("Telefon"), QLineEdit())
        self.email = add("email", self.tr("E-post"), QLineEdit())
        self.postal = add_postal_fields(self)
        self.address = self.postal["address"]
        self.municipality = add("municipality", self.tr("Kommune"), QLineEdit())
        self.fill(form or OrganisationForm())
        self.resize(460, 0)

    def fill(self, form: OrganisationForm) -> None:
        for name in ("name", "phone", "email", "municipality"):
            getattr(self, name).setText(getattr(form, name))
        fill_postal(self, self.postal, form)
        self.kind.setCurrentText(form.kind)

    def collect(self) -> OrganisationForm:
        return OrganisationForm(
            name=self.name.text(),
            kind=self.kind.currentText(),
            phone=self.phone.text(),
            email=self.email.text(),
            municipality=self.municipality.text(),
            **postal_values(self.postal),
        )

    def save(self) -> None:
        self.saved_id = address_book.save_organisation(
            self.db, self.collect(), self.saved_id, version=self.version
        )


class PersonDialog(FormDialog):
    """Add (`person_id` None) or edit a contact person; the organisation is picked from a list."""

    def __init__(
        self,
        db: Database,
        form: ContactPersonForm | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ):
        title = self.tr("Ny kontaktperson") if person_id is None else self.tr("Rediger person")
        super().__init__(title, parent)
        self.db, self.saved_id, self.version = db, person_id, version
        add = self.add_field
        self.name = add("name", self.tr("Navn"), QLineEdit())
        self.organisation = add("organisation_id", self.tr("Virksomhet"), self._organisations())
        self.role = add("role", self.tr("Rolle"), editable_combo(("Fastlege", *CONTACT_ROLES)))
        self.phone = add("phone", self.tr("Telefon"), QLineEdit())
        self.email = add("email", self.tr("E-post"), QLineEdit())
        self.fill(form or ContactPersonForm())
        self.resize(460, 0)

    def _organisations(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("(ingen)"), None)
        for organisation in address_book.list_organisations(self.db):
            box.addItem(organisation.name, organisation.id)
        return box

    def fill(self, form: ContactPersonForm) -> None:
        self.name.setText(form.name)
        self.organisation.setCurrentIndex(max(self.organisation.findData(form.organisation_id), 0))
        self.role.setCurrentText(form.role)
        self.phone.setText(form.phone)
        self.email.setText(form.email)

    def collect(self) -> ContactPersonForm:
        return ContactPersonForm(
            name=self.name.text(),
            organisation_id=self.organisation.currentData(),
            role=self.role.currentText(),
            phone=self.phone.text(),
            email=self.email.text(),
        )

    def conflict_texts(self, form: object) -> dict[str, str]:
        """The organisation by name, as the list shows it."""
        texts = super().conflict_texts(form)
        label = self.conflict_labels()["organisation_id"]
        found = self.organisation.findData(getattr(form, "organisation_id", None))
        texts[label] = self.organisation.itemText(found) if found > 0 else ""
        return texts

    def save(self) -> None:
        self.saved_id = address_book.save_person(
            self.db, self.collect(), self.saved_id, version=self.version
        )


def editable_combo(choices: tuple[str, ...]) -> QComboBox:
    """A combo with the vocabulary to pick from, where she may also type her own."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems([domain_text(c) for c in choices])
    box.setCurrentIndex(-1)
    return box

"""Create or edit a service user (tjenestemottaker); errors shown in red under each field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.records import ServiceUserForm
from ...domain.vocabulary import SERVICE_USER_FIELD_LABELS, Category, Maalform, ProtectedAddress
from ...services.database import Database
from ...services.records import service_users
from ..texts import domain_text
from ..widgets.date_field import DateField
from .form_dialog import FormDialog
from .profile_dialog import maalform_box

_TEXT_FIELDS = (
    "first_name", "last_name", "national_id", "care_of", "address", "postal_code",
    "postal_place", "phone", "phone_alt", "email",
)  # fmt: skip


def protected_address_box() -> QComboBox:
    """Ingen / Fortrolig / Strengt fortrolig adresse (the address then never leaves)."""
    box = QComboBox()
    for choice in ProtectedAddress:
        box.addItem(domain_text(choice.label), choice)
    box.setToolTip(
        QComboBox.tr(
            "Adressen kommer da aldri på brev, kalenderfiler, eksport, lister eller utskrifter."
        )  # fmt: skip
    )
    return box


def set_protected(box: QComboBox, value: ProtectedAddress) -> None:
    box.setCurrentIndex(box.findData(value))


class ServiceUserDialog(FormDialog):
    """`user_id` None creates a new user; after saving, `saved_id` holds the id."""

    def __init__(
        self,
        db: Database,
        form: ServiceUserForm | None = None,
        user_id: int | None = None,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ):
        title = (
            self.tr("Ny tjenestemottaker")
            if user_id is None
            else self.tr("Rediger tjenestemottaker")
        )
        super().__init__(title, parent)
        self.db, self.user_id = db, user_id
        self.version = version
        self.saved_id: int | None = None
        self.changed_labels: list[str] = []
        self._build_fields()
        self.fill(form or ServiceUserForm())
        self.resize(560, 0)

    def _build_fields(self) -> None:
        add, tr = self.add_field, self.tr
        self.first_name = add("first_name", tr("Fornavn"), QLineEdit())
        self.last_name = add("last_name", tr("Etternavn"), QLineEdit())
        self.national_id = add("national_id", tr("Fødselsnummer"), QLineEdit())
        self.national_id.setPlaceholderText(tr("11 siffer, eller tomt om det ikke er kjent"))
        self.birth_date = add("birth_date", tr("Fødselsdato"), DateField())
        self.birth_date.setToolTip(tr("Trengs bare når fødselsnummeret mangler."))
        self.care_of = add("care_of", tr("c/o"), QLineEdit())
        self.care_of.setPlaceholderText(tr("Bare når posten skal gå via noen andre"))
        self.address = add("address", tr("Adresse"), QLineEdit())
        self.postal_code = add("postal_code", tr("Postnummer"), QLineEdit())
        self.postal_code.setMaxLength(4)
        self.postal_place = add("postal_place", tr("Poststed"), QLineEdit())
        self.protected_address = add(
            "protected_address", tr("Beskyttet adresse"), protected_address_box()
        )
        self.phone = add("phone", tr("Telefon"), QLineEdit())
        self.phone_alt = add("phone_alt", tr("Telefon 2"), QLineEdit())
        self.email = add("email", tr("E-post"), QLineEdit())
        self.category = add("category", tr("Kategori"), self._category_box())
        self._add_flags()
        self.reach_notes = add("reach_notes", tr("Slik når du personen"), QPlainTextEdit())
        self.reach_notes.setTabChangesFocus(True)
        self.reach_notes.setFixedHeight(self.fontMetrics().height() * 5)
        self.service_start = add("service_start", tr("Tjenestestart"), DateField())
        self.maalform = add(
            "maalform", tr("Målform"), maalform_box(tuple(Maalform), Maalform.MUNICIPALITY)
        )
        self.maalform.setToolTip(tr("Plan, samtykkeskjema, kriseplan, «Min plan», journalutdrag og "
                                    "innsyn skrives ut på denne målformen."))  # fmt: skip

    def _category_box(self) -> QComboBox:
        box = QComboBox()
        for category in Category:
            box.addItem(domain_text(category.label), category)
        return box

    def _add_flags(self) -> None:
        self.is_lar = QCheckBox(self.tr("LAR"))
        self.is_tud = QCheckBox(self.tr("TUD"))
        self.has_minor_children = QCheckBox(self.tr("Har mindreårige barn"))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for box in (self.is_lar, self.is_tud, self.has_minor_children):
            line.addWidget(box)
        line.addStretch(1)
        boxes = (self.is_lar, self.is_tud, self.has_minor_children)
        self.add_field("flags", self.tr("Merknader"), row, focus=boxes)

    def fill(self, form: ServiceUserForm) -> None:
        for name in _TEXT_FIELDS:
            getattr(self, name).setText(getattr(form, name))
        self.birth_date.set_value(form.birth_date)
        self.service_start.set_value(form.service_start)
        self.category.setCurrentIndex(self.category.findData(form.category))
        set_protected(self.protected_address, form.protected_address)
        self.maalform.setCurrentIndex(self.maalform.findData(form.maalform))
        self.is_lar.setChecked(form.is_lar)
        self.is_tud.setChecked(form.is_tud)
        self.has_minor_children.setChecked(form.has_minor_children)
        self.reach_notes.setPlainText(form.reach_notes)

    def collect(self) -> ServiceUserForm:
        """What is typed now, as the service's form."""
        texts = {name: getattr(self, name).text() for name in _TEXT_FIELDS}
        return ServiceUserForm(
            **texts,
            birth_date=self.read_date("birth_date", self.birth_date),
            category=self.category.currentData(),
            is_lar=self.is_lar.isChecked(),
            is_tud=self.is_tud.isChecked(),
            has_minor_children=self.has_minor_children.isChecked(),
            reach_notes=self.reach_notes.toPlainText(),
            service_start=self.read_date("service_start", self.service_start),
            protected_address=self.protected_address.currentData(),
            maalform=self.maalform.currentData(),
        )

    def save(self) -> None:
        form = self.collect()
        self.check_dates()
        if self.user_id is None:
            self.saved_id = service_users.create(self.db, form)
        else:
            self.changed_labels = service_users.update(
                self.db, self.user_id, form, version=self.version
            )
            self.saved_id = self.user_id

    def conflict_labels(self) -> dict[str, str]:
        return {name: domain_text(label) for name, label in SERVICE_USER_FIELD_LABELS.items()}

"""Small dialogs on one service user's record: next of kin, closing the service."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...domain.errors import ValidationFailed
from ...domain.records import NextOfKinForm
from ...domain.vocabulary import RELATIONS
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.records import record_parts, service_users
from ..texts import domain_text, fill
from ..widgets.date_field import DateField
from .form_dialog import FormDialog
from .postal_fields import add_postal_fields, fill_postal, postal_values
from .service_user_dialog import protected_address_box, set_protected


class NextOfKinDialog(FormDialog):
    """Add (`kin_id` None) or edit a next of kin (pårørende) of one service user."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        form: NextOfKinForm | None = None,
        kin_id: int | None = None,
        parent: QWidget | None = None,
    ):
        title = self.tr("Ny pårørende") if kin_id is None else self.tr("Rediger pårørende")
        super().__init__(title, parent)
        self.db, self.user_id, self.kin_id = db, user_id, kin_id
        self._build_fields()
        self.fill(form or NextOfKinForm())
        self.resize(480, 0)

    def _build_fields(self) -> None:
        add = self.add_field
        self.name = add("name", self.tr("Navn"), QLineEdit())
        self.relation = add("relation", self.tr("Relasjon"), QComboBox())
        self.relation.setEditable(True)
        self.relation.addItems([domain_text(r) for r in RELATIONS])
        self.phone = add("phone", self.tr("Telefon"), QLineEdit())
        self.email = add("email", self.tr("E-post"), QLineEdit())
        self.postal = add_postal_fields(self)
        self.address = self.postal["address"]
        self.protected_address = add(
            "protected_address", self.tr("Beskyttet adresse"), protected_address_box()
        )
        self.is_closest = add("is_closest", "", QCheckBox(self.tr("Nærmeste pårørende")))
        self.may_contact = add("may_contact", "", QCheckBox(self.tr("Bruker tillater kontakt")))
        self.is_minor_child = add("is_minor_child", "", QCheckBox(self.tr("Mindreårig barn")))
        consent = QCheckBox(self.tr("Oppfølging av barn samtykket"))
        self.child_follow_up_consent = add("child_follow_up_consent", "", consent)
        self.notes = add("notes", self.tr("Merknad"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)

    def fill(self, form: NextOfKinForm) -> None:
        for name in ("name", "phone", "email"):
            getattr(self, name).setText(getattr(form, name))
        fill_postal(self, self.postal, form)
        self.relation.setCurrentText(form.relation)
        for name in ("is_closest", "may_contact", "is_minor_child", "child_follow_up_consent"):
            getattr(self, name).setChecked(getattr(form, name))
        self.notes.setPlainText(form.notes)
        set_protected(self.protected_address, form.protected_address)

    def collect(self) -> NextOfKinForm:
        return NextOfKinForm(
            name=self.name.text(),
            relation=self.relation.currentText(),
            phone=self.phone.text(),
            email=self.email.text(),
            is_closest=self.is_closest.isChecked(),
            may_contact=self.may_contact.isChecked(),
            is_minor_child=self.is_minor_child.isChecked(),
            child_follow_up_consent=self.child_follow_up_consent.isChecked(),
            notes=self.notes.toPlainText(),
            **postal_values(self.postal),
            protected_address=self.protected_address.currentData(),
        )

    def save(self) -> None:
        form = self.collect()
        if self.kin_id is None:
            self.kin_id = record_parts.add_next_of_kin(self.db, self.user_id, form)
        else:
            record_parts.update_next_of_kin(self.db, self.kin_id, form, version=self.version)


class CloseServiceDialog(FormDialog):
    """End the service for a user: end date and a short reason; the record is kept."""

    def __init__(self, db: Database, user_id: int, name: str, parent: QWidget | None = None):
        super().__init__(fill(self.tr("Avslutt tjenesten for %1"), name), parent)
        self.db, self.user_id = db, user_id
        self.service_end = self.add_field("service_end", self.tr("Sluttdato"), DateField())
        self.service_end.set_value(oslo_today())
        self.closed_reason = self.add_field(
            "closed_reason", self.tr("Begrunnelse"), QPlainTextEdit()
        )
        self.closed_reason.setTabChangesFocus(True)
        self.closed_reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.set_save_text(self.tr("Avslutt"))
        self.resize(440, 0)

    def save(self) -> None:
        end_date = self.read_date("service_end", self.service_end)
        self.check_dates()
        if end_date is None:
            raise ValidationFailed({"service_end": self.tr("Skriv sluttdatoen.")})
        service_users.close(self.db, self.user_id, end_date, self.closed_reason.toPlainText())

"""Choose the koordinator: the nurse herself or a person from the address book, from a date."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.errors import ValidationFailed
from ...domain.plans import Coordinator
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.plans.plan_coordinators import set_coordinator
from ...services.records import address_book
from ..dialogs.form_dialog import FormDialog
from ..texts import fill
from ..widgets.date_field import DateField

NURSE = -1


class CoordinatorDialog(FormDialog):
    """Works with or without a plan; the previous coordinator ends the day before."""

    def __init__(
        self, db: Database, user_id: int, current: Coordinator | None, parent: QWidget | None = None
    ):
        super().__init__(self.tr("Velg koordinator"), parent)
        self.db, self.user_id = db, user_id
        self.set_intro(
            self.tr(
                "Koordinatoren har ansvar for oppfølgingen og framdriften i planen. "
                "Tjenestemottakeren skal få tilbud om koordinator også uten plan."
            )
        )
        self.person = self.add_field(
            "contact_person_id", self.tr("Koordinator"), self._people(current)
        )
        self.valid_from = self.add_field(
            "valid_from", self.tr("Gjelder fra"), DateField(oslo_today())
        )
        self.value: Coordinator | None = None
        self.resize(520, 0)

    def _people(self, current: Coordinator | None) -> QComboBox:
        box = QComboBox()
        box.addItem(fill(self.tr("Meg selv (%1)"), self.db.profile.name), NURSE)
        for person in address_book.list_people(self.db):
            where = f" – {person.organisation_name}" if person.organisation_name else ""
            box.addItem(f"{person.name}{where}", person.id)
        if current is not None and current.contact_person_id is not None:
            box.setCurrentIndex(max(box.findData(current.contact_person_id), 0))
        return box

    def save(self) -> None:
        valid_from = self.read_date("valid_from", self.valid_from)
        self.check_dates()
        if valid_from is None:
            raise ValidationFailed(
                {"valid_from": self.tr("Skriv datoen koordinatoren gjelder fra.")}
            )
        picked = self.person.currentData()
        self.value = set_coordinator(
            self.db, self.user_id, None if picked == NURSE else picked, valid_from
        )

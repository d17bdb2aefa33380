"""Add a member to a responsibility group, record or withdraw consent, or take a member out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationFailed
from ...domain.group_vocabulary import MEMBER_ROLES, MemberKind
from ...domain.groups import GroupView, Member, MemberForm, validate_member
from ...domain.records import ContactPerson
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.meetings import groups
from ..dialogs.address_dialogs import editable_combo
from ..dialogs.form_dialog import FormDialog
from ..texts import domain_text, fill
from ..widgets.date_field import DateField
from .person_picker import PersonPicker


class MemberDialog(FormDialog):
    """A partner from the address book, or one of the user's next of kin (only with consent)."""

    def __init__(self, db: Database, group: GroupView, parent: QWidget | None = None):
        super().__init__(self.tr("Legg til medlem"), parent)
        self.db, self.group = db, group
        self.saved_id: int | None = None
        intro = self.tr(
            "Ha med så få som mulig. Referatet sendes bare til medlemmer %1 har samtykket "
            "til å dele opplysninger med. Pårørende er bare med når %1 ønsker det."
        )
        self.set_intro(fill(intro, group.person_name))
        add = self.add_field
        self.kind = add("kind", self.tr("Medlem er"), self._kinds())
        self.picker = PersonPicker(db)
        add(
            "contact_person_id",
            self.tr("Fra adresseboken"),
            self.picker,
            focus=(self.picker.search, self.picker.list),
        )
        self.kin = add("next_of_kin_id", self.tr("Pårørende"), self._kin_box())
        self.role = add("role", self.tr("Rolle i gruppen"), editable_combo(MEMBER_ROLES))
        self.role.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.consent_on = add("consent_on", self.tr("Samtykke til deling"), DateField())
        self.consent_on.setToolTip(
            self.tr("Datoen tjenestemottakeren samtykket til at referatet deles")
        )
        self.consent_expires_on = add(
            "consent_expires_on", self.tr("Samtykket utløper"), DateField()
        )
        self.active_from = add("active_from", self.tr("Medlem fra"), DateField(oslo_today()))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.picker.picked.connect(self._suggest_role)
        self.set_save_text(self.tr("Legg til"))
        self._kind_changed()
        self.setMinimumWidth(560)

    def _kinds(self) -> QComboBox:
        box = QComboBox()
        for kind in (MemberKind.PARTNER, MemberKind.NEXT_OF_KIN):
            box.addItem(domain_text(kind.label), kind)
        return box

    def _kin_box(self) -> QComboBox:
        box = QComboBox()
        choices = groups.next_of_kin_choices(self.db, self.group.id)
        if not choices:
            box.addItem(self.tr("Ingen pårørende å velge"), None)
        for kin in choices:
            box.addItem(f"{kin.name} ({kin.relation.lower()})", kin.id)
        return box

    def _kind_changed(self) -> None:
        partner = self.kind.currentData() is MemberKind.PARTNER
        self.form.setRowVisible(self.picker, partner)
        self.form.setRowVisible(self.kin, not partner)
        if not partner and not self.role.currentText().strip():
            self.role.setCurrentText(self.tr("Pårørende"))
        if self.isVisible():
            self.adjustSize()

    def _suggest_role(self, person: ContactPerson | None) -> None:
        if person is not None and person.role and not self.role.currentText().strip():
            self.role.setCurrentText(person.role)

    def read(self) -> MemberForm:
        consent_on = self.read_date("consent_on", self.consent_on)
        expires_on = self.read_date("consent_expires_on", self.consent_expires_on)
        active_from = self.read_date("active_from", self.active_from)
        self.check_dates()
        partner = self.kind.currentData() is MemberKind.PARTNER
        return MemberForm(
            kind=self.kind.currentData(),
            role=self.role.currentText().strip(),
            contact_person_id=self.picker.current_id() if partner else None,
            next_of_kin_id=None if partner else self.kin.currentData(),
            consent_on=consent_on,
            consent_expires_on=expires_on,
            active_from=active_from,
        )

    def save(self) -> None:
        form = self.read()
        errors = validate_member(form)
        if "contact_person_id" in errors and self.picker.book_is_empty:
            errors["contact_person_id"] = self.tr(
                "Adresseboken er tom. Legg inn personen under Adressebok først."
            )
        if "next_of_kin_id" in errors and self.kin.count() == 1 and self.kin.itemData(0) is None:
            errors["next_of_kin_id"] = self.tr(
                "Ingen pårørende å velge. Legg dem inn under Personalia først."
            )
        if errors:
            raise ValidationFailed(errors)
        self.saved_id = groups.add_member(self.db, self.group.id, form)


class ConsentDialog(FormDialog):
    """The date the user consented to sharing the minutes with this member, or no consent."""

    def __init__(self, db: Database, member: Member, parent: QWidget | None = None):
        super().__init__(fill(self.tr("Samtykke til deling – %1"), member.name), parent)
        self.db, self.member, self.version = db, member, member.version
        self.set_intro(
            self.tr(
                "Referatet og sakslisten sendes bare til medlemmer tjenestemottakeren har "
                "samtykket til å dele opplysninger med; andre får bare tid og sted. Samtykket "
                "står også i planens samtykkeliste. Det kan trekkes tilbake når som helst."
            )
        )
        self.given = QRadioButton(self.tr("Har samtykket"))
        self.withdrawn = QRadioButton(self.tr("Ikke samtykke (trekk tilbake)"))
        self.choice = QButtonGroup(self)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.given, self.withdrawn):
            self.choice.addButton(button)
            column.addWidget(button)
        self.add_field("choice", self.tr("Samtykke"), holder, focus=(self.given, self.withdrawn))
        current = member.valid_consent(oslo_today())
        given = current.given_on if current else None
        self.consent_on = self.add_field(
            "consent_on", self.tr("Dato"), DateField(given or oslo_today())
        )
        self.expires_on = self.add_field(
            "expires_on", self.tr("Utløper"), DateField(current.expires_on if current else None)
        )
        self.given.setChecked(current is not None)
        self.withdrawn.setChecked(current is None)
        for field in (self.consent_on, self.expires_on):
            self.given.toggled.connect(field.setEnabled)
            field.setEnabled(self.given.isChecked())
        self.setMinimumWidth(480)

    def save(self) -> None:
        consent_on = self.read_date("consent_on", self.consent_on)
        expires_on = self.read_date("expires_on", self.expires_on)
        self.check_dates()
        if self.withdrawn.isChecked():
            consent_on = None
        elif consent_on is None:
            raise ValidationFailed(
                {"consent_on": self.tr("Skriv datoen tjenestemottakeren samtykket.")}
            )
        groups.set_consent(
            self.db, self.member.id, consent_on, version=self.version, expires_on=expires_on
        )

    def collect(self) -> object:
        return self.member


class EndMemberDialog(FormDialog):
    """Take a member out of the group from a date; earlier meetings keep the member."""

    def __init__(self, db: Database, member: Member, parent: QWidget | None = None):
        super().__init__(fill(self.tr("Ta ut av gruppen – %1"), member.name), parent)
        self.db, self.member, self.version = db, member, member.version
        self.set_intro(
            fill(
                self.tr(
                    "%1 tas ut av gruppen etter datoen under. Medlemskapet og tidligere møter "
                    "blir tatt vare på."
                ),
                member.name,
            )
        )
        self.active_to = self.add_field(
            "active_to", self.tr("Siste dag i gruppen"), DateField(oslo_today())
        )
        self.set_save_text(self.tr("Ta ut"))
        self.setMinimumWidth(460)

    def save(self) -> None:
        active_to = self.read_date("active_to", self.active_to)
        self.check_dates()
        if active_to is None:
            raise ValidationFailed({"active_to": self.tr("Skriv siste dag i gruppen.")})
        groups.end_member(self.db, self.member.id, active_to, version=self.version)

    def collect(self) -> object:
        return self.member

"""Dialogs that edit one goal, measure, participant or consent of the plan in memory."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationFailed
from ...domain.plan_vocabulary import ConsentKind, LifeArea, MeasureStatus
from ...domain.plans import (
    Consent,
    Goal,
    IndividualPlan,
    Measure,
    Participant,
    SharingChoice,
    validate_plan,
)
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.records import address_book
from ..dialogs.form_dialog import FormDialog
from ..texts import domain_text
from ..widgets.date_field import DateField
from .share_picker import SharePicker


class GrowingText(QPlainTextEdit):
    """A multi-line field that grows with its text (up to a limit), so long typing stays visible.

    Tab moves on instead of indenting, as in the rest of the form.
    """

    MAX_LINES = 18

    def __init__(self, value: str = "", lines: int = 4, parent: QWidget | None = None):
        super().__init__(value, parent)
        self.min_lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        shown = min(max(int(self.document().size().height()), self.min_lines), self.MAX_LINES)
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * shown + margins + 10)


def long_text(value: str = "", lines: int = 4) -> QPlainTextEdit:
    """A multi-line field for the user's own words."""
    return GrowingText(value, lines)


def enum_box(members: Sequence, current: object) -> QComboBox:
    box = QComboBox()
    for member in members:
        box.addItem(domain_text(member.label), member)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


def item_problems(errors: dict[str, str], prefix: str) -> dict[str, str]:
    """The errors of one list item ('measures[2].end' -> 'end')."""
    return {key.split(".", 1)[1]: text for key, text in errors.items() if key.startswith(prefix)}


class GoalDialog(FormDialog):
    """A goal in the user's own words, under one life area."""

    def __init__(self, goal: Goal, parent: QWidget | None = None):
        super().__init__(self.tr("Mål"), parent)
        self.goal = goal
        self.set_intro(self.tr("Skriv målet med tjenestemottakerens egne ord."))
        self.life_area = self.add_field(
            "life_area", self.tr("Livsområde"), enum_box(LifeArea, goal.life_area)
        )
        self.text = self.add_field("text", self.tr("Målet"), long_text(goal.text, 6))
        self.value: Goal | None = None
        self.resize(560, 0)

    def save(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            raise ValidationFailed({"text": self.tr("Skriv målet før du lagrer.")})
        self.value = dataclasses.replace(
            self.goal, life_area=self.life_area.currentData(), text=text
        )


class MeasureDialog(FormDialog):
    """A tiltak: what, how much, who is responsible, from when to when, status, and the goals
    it serves (ticked)."""

    def __init__(
        self,
        measures: tuple[Measure, ...],
        index: int,
        parent: QWidget | None = None,
        goals: tuple[Goal, ...] = (),
    ):
        super().__init__(self.tr("Tiltak"), parent)
        self.measures, self.index = measures, index
        measure = measures[index] if index < len(measures) else Measure()
        self.measure = measure
        self.what = self.add_field("what", self.tr("Hva"), long_text(measure.what, 3))
        self.scope = self.add_field("scope", self.tr("Omfang"), QLineEdit(measure.scope))
        self.scope.setPlaceholderText(self.tr("For eksempel 1 time per uke"))
        self.responsible = self.add_field(
            "responsible", self.tr("Ansvarlig"), QLineEdit(measure.responsible)
        )
        self.start = self.add_field("start", self.tr("Start"), DateField(measure.start))
        self.end = self.add_field("end", self.tr("Slutt"), DateField(measure.end))
        self.status = self.add_field(
            "status", self.tr("Status"), enum_box(MeasureStatus, measure.status)
        )
        self.goal_boxes = self._goal_boxes(goals, measure.goal_ids)
        self.value: Measure | None = None
        self.resize(560, 0)

    def _goal_boxes(self, goals: tuple[Goal, ...], linked: tuple[int, ...]) -> dict[int, QCheckBox]:
        """One box per open goal (and per ended goal it still serves), ticked where it serves."""
        shown = [g for g in goals if g.ended_on is None or g.id in linked]
        if not shown:
            note = QLabel(self.tr("Planen har ingen mål ennå. Legg til mål under del 1."))
            self.add_field("goal_ids", self.tr("Mål"), note)
            return {}
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        boxes = {}
        for goal in shown:
            boxes[goal.id] = QCheckBox(short_text(goal.text))
            boxes[goal.id].setToolTip(goal.text)
            boxes[goal.id].setChecked(goal.id in linked)
            column.addWidget(boxes[goal.id])
        self.add_field("goal_ids", self.tr("Tjener målene"), holder, focus=list(boxes.values()))
        return boxes

    def save(self) -> None:
        start, end = self.read_date("start", self.start), self.read_date("end", self.end)
        self.check_dates()
        measure = dataclasses.replace(
            self.measure,
            what=self.what.toPlainText().strip(),
            scope=self.scope.text().strip(),
            responsible=self.responsible.text().strip(),
            start=start,
            end=end,
            status=self.status.currentData(),
            goal_ids=tuple(sorted(i for i, box in self.goal_boxes.items() if box.isChecked())),
        )
        items = list(self.measures)
        items[self.index : self.index + 1] = [measure]
        errors = validate_plan(IndividualPlan(measures=tuple(items)), None, oslo_today())
        problems = item_problems(errors, f"measures[{self.index}].")
        if problems:
            raise ValidationFailed(problems)
        self.value = measure


def short_text(text: str, limit: int = 70) -> str:
    """A goal's first line, cut with '…' so a long goal keeps the dialog readable."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class ParticipantDialog(FormDialog):
    """Someone taking part in the work with the plan, typed or picked from the address book."""

    def __init__(self, db: Database, participant: Participant, parent: QWidget | None = None):
        super().__init__(self.tr("Deltaker"), parent)
        self.participant = participant
        self.people = {p.id: p for p in address_book.list_people(db)}
        self.pick = self.add_field("pick", self.tr("Fra adresseboken"), self._people_box())
        self.name = self.add_field("name", self.tr("Navn"), QLineEdit(participant.name))
        self.role = self.add_field("role", self.tr("Rolle"), QLineEdit(participant.role))
        self.organisation = self.add_field(
            "organisation", self.tr("Virksomhet"), QLineEdit(participant.organisation)
        )
        self.phone = self.add_field("phone", self.tr("Telefon"), QLineEdit(participant.phone))
        self.pick.currentIndexChanged.connect(self._picked)
        self.value: Participant | None = None
        self.resize(520, 0)

    def _people_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Skriv inn selv"), None)
        for person in self.people.values():
            where = f" – {person.organisation_name}" if person.organisation_name else ""
            box.addItem(f"{person.name}{where}", person.id)
        box.setCurrentIndex(max(box.findData(self.participant.contact_person_id), 0))
        return box

    def _picked(self) -> None:
        person = self.people.get(self.pick.currentData())
        if person is not None:
            self.name.setText(person.name)
            self.role.setText(person.role)
            self.organisation.setText(person.organisation_name)
            self.phone.setText(person.phone)

    def save(self) -> None:
        if not self.name.text().strip():
            raise ValidationFailed({"name": self.tr("Skriv navnet på deltakeren.")})
        self.value = Participant(
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            organisation=self.organisation.text().strip(),
            phone=self.phone.text().strip(),
            contact_person_id=self.pick.currentData(),
        )


class ConsentDialog(FormDialog):
    """Consent to the plan, or to sharing information with one named participant."""

    def __init__(
        self,
        consents: tuple[Consent, ...],
        index: int,
        choices: Sequence[SharingChoice],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Samtykke"), parent)
        self.consents, self.index = consents, index
        consent = consents[index] if index < len(consents) else Consent()
        self.original = consent
        self.kind = self.add_field("kind", self.tr("Gjelder"), enum_box(ConsentKind, consent.kind))
        self.participant = self.add_field("participant", self.tr("Dele med"), SharePicker(choices))
        self.participant.show_consent(consent)
        self.scope = self.add_field("scope", self.tr("Hva kan deles"), long_text(consent.scope, 3))
        self.given_on = self.add_field(
            "given_on", self.tr("Gitt dato"), DateField(consent.given_on)
        )
        self.expires_on = self.add_field(
            "expires_on", self.tr("Utløper"), DateField(consent.expires_on)
        )
        self.form_received = self.add_field(
            "form_received", self.tr("Signert skjema"), QCheckBox(self.tr("Mottatt"))
        )
        self.form_received.setChecked(consent.form_received)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.value: Consent | None = None
        self.resize(560, 0)

    def _kind_changed(self) -> None:
        self.participant.setEnabled(self.kind.currentData() is ConsentKind.SHARING)

    def save(self) -> None:
        given, expires = (
            self.read_date("given_on", self.given_on),
            self.read_date("expires_on", self.expires_on),
        )
        self.check_dates()
        sharing = self.kind.currentData() is ConsentKind.SHARING
        who = self.participant.chosen() if sharing else SharingChoice("", "", "")
        consent = dataclasses.replace(  # the same entry of the consent list, edited
            self.original,
            kind=self.kind.currentData(),
            participant=who.participant,
            next_of_kin_id=who.next_of_kin_id,
            contact_person_id=who.contact_person_id,
            scope=self.scope.toPlainText().strip(),
            given_on=given,
            expires_on=expires,
            form_received=self.form_received.isChecked(),
        )
        items = list(self.consents)
        items[self.index : self.index + 1] = [consent]
        errors = validate_plan(IndividualPlan(consents=tuple(items)), None, oslo_today())
        problems = item_problems(errors, f"consents[{self.index}].")
        if problems:
            raise ValidationFailed(problems)
        self.value = consent

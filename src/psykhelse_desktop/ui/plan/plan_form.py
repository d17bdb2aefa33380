"""The editable body of the plan: the decision, the nine parts in order, the crisis plan."""

from __future__ import annotations

import dataclasses
from collections import Counter

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.errors import ValidationFailed
from ...domain.plan_vocabulary import (
    CRISIS_HEADING,
    EVALUATIONS_HEADING,
    KIN_QUESTION,
    PLAN_PARTS,
    KinInvolvement,
    PlanChoice,
)
from ...domain.plans import Coordinator, CrisisPlan, Evaluation, IndividualPlan
from ...services.database import Database
from ..dialogs.form_dialog import error_label
from ..focus import is_input
from ..texts import date_text, domain_text, fill
from ..widgets.date_field import DateField
from ..widgets.section import Section
from ..widgets.simple_table import SimpleTable
from .item_dialogs import enum_box, long_text
from .plan_lists import consent_list, goal_list, measure_list, participant_list

TEXT_FIELDS = (
    "resources", "needs", "user_contribution", "services_contribution",
    "next_of_kin_contribution", "implementation", "cooperation",
)  # fmt: skip
DATE_FIELDS = (
    "decision_date", "choice_date", "period_start", "period_end", "next_revision",
    "kin_involvement_date",
)  # fmt: skip
CRISIS_FIELDS = tuple(f.name for f in dataclasses.fields(CrisisPlan))
# Which section shows the message for a field the core names (its part before '[' or '.').
SECTION_OF = {
    "decision_date": "decision", "decision_reference": "decision", "choice": "decision",
    "choice_date": "decision", "goals": "part1", "participants": "part2",
    "coordinator": "part3", "measures": "part5", "period_start": "part7",
    "period_end": "part7", "next_revision": "part7", "consents": "part8",
    "kin_involvement_date": "part4",
}  # fmt: skip


class PlanForm(QWidget):
    """`fill(plan)` shows a revision; `read(base)` returns the plan as edited (dates checked)."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.user_id: int | None = None  # whose plan: the consent editor offers their people
        self.texts: dict[str, QWidget] = {}
        self.dates: dict[str, DateField] = {}
        self.problems: dict[str, QLabel] = {}
        self.sections: dict[str, Section] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self._build()

    def _build(self) -> None:
        # Widgets are made in the order of the sections, so Tab follows the plan's parts.
        self._section("decision", self.tr("Vedtak og tjenestemottakerens valg"), self._decision())
        self._section("part1", domain_text(PLAN_PARTS[0]), self._part1())
        self.participants = participant_list(self, self.db)
        self._section("part2", domain_text(PLAN_PARTS[1]), self.participants)
        self._section("part3", domain_text(PLAN_PARTS[2]), self._coordinator())
        self._section("part4", domain_text(PLAN_PARTS[3]), self._part4())
        self.measures = measure_list(self)
        self._section("part5", domain_text(PLAN_PARTS[4]), self.measures)
        self._section("part6", domain_text(PLAN_PARTS[5]), self._text("implementation", 5))
        self._section("part7", domain_text(PLAN_PARTS[6]), self._part7())
        self.consents = consent_list(self)
        self._section("part8", domain_text(PLAN_PARTS[7]), self.consents)
        self._section("part9", domain_text(PLAN_PARTS[8]), self._text("cooperation", 4))
        self._section("crisis", domain_text(CRISIS_HEADING), self._crisis())
        self.evaluations = SimpleTable(
            [self.tr("Dato"), self.tr("Resultat"), self.tr("Hva skjer videre")]
        )
        self._section("evaluations", domain_text(EVALUATIONS_HEADING), self.evaluations)
        # Each goal lists the measures serving it, and each measure names its goals.
        self.measures.changed.connect(self.goals.refresh)
        self.goals.changed.connect(self.measures.refresh)

    def _section(self, key: str, title: str, body: QWidget) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body)
        if is_input(body) and not body.accessibleName():
            body.setAccessibleName(title)  # a section of one text field is named by its heading
        self.problems[key] = error_label()
        layout.addWidget(self.problems[key])
        self.sections[key] = Section(title, holder)
        _wrap_heading(self.sections[key])
        self.layout_.addWidget(self.sections[key])

    def _form(self, rows: list[tuple[str, QWidget]], above: bool = False) -> QWidget:
        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        if above:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for caption, widget in rows:
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return holder

    def _text(self, name: str, lines: int = 4) -> QWidget:
        self.texts[name] = long_text("", lines)
        return self.texts[name]

    def _date(self, name: str) -> DateField:
        self.dates[name] = DateField()
        self.dates[name].setMaximumWidth(
            self.dates[name].fontMetrics().horizontalAdvance("00.00.00000") + 24
        )
        return self.dates[name]

    def _decision(self) -> QWidget:
        self.decision_reference = QLineEdit()
        self.choice = enum_box(PlanChoice, PlanChoice.UNDECIDED)
        return self._form(
            [
                (self.tr("&Vedtaksdato"), self._date("decision_date")),
                (self.tr("Saksnummer / referanse"), self.decision_reference),
                (self.tr("Tjenestemottakerens valg"), self.choice),
                (self.tr("Dato for valget"), self._date("choice_date")),
            ]
        )

    def _part1(self) -> QWidget:
        self.goals = goal_list(self)
        return self._form(
            [
                (self.tr("Mål per livsområde, med tjenestemottakerens egne ord"), self.goals),
                (self.tr("Ressurser"), self._text("resources")),
                (self.tr("Behov for tjenester"), self._text("needs")),
            ],
            above=True,
        )

    def _coordinator(self) -> QWidget:
        self.coordinator_text = QLabel()
        self.coordinator_text.setWordWrap(True)
        return self.coordinator_text

    def _part4(self) -> QWidget:
        return self._form(
            [
                (self.tr("Tjenestemottakeren bidrar med"), self._text("user_contribution", 3)),
                (self.tr("Tjenestene bidrar med"), self._text("services_contribution", 3)),
                (self.tr("Pårørende bidrar med"), self._text("next_of_kin_contribution", 3)),
                (domain_text(KIN_QUESTION), self._kin_involvement()),
            ],
            above=True,
        )

    def _kin_involvement(self) -> QWidget:
        """The answer (ja / nei / ikke avklart) and the date it was given, on one line."""
        self.kin_involvement = enum_box(KinInvolvement, KinInvolvement.UNCLEAR)
        self.kin_involvement.setAccessibleName(domain_text(KIN_QUESTION))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.kin_involvement)
        date_label = QLabel(self.tr("Dato"))
        date = self._date("kin_involvement_date")
        date_label.setBuddy(date)
        date.setAccessibleName(self.tr("Dato for svaret om pårørende"))
        line.addWidget(date_label)
        line.addWidget(date)
        line.addStretch(1)
        return row

    def _part7(self) -> QWidget:
        return self._form(
            [
                (self.tr("Planperiode fra"), self._date("period_start")),
                (self.tr("Planperiode til"), self._date("period_end")),
                (self.tr("Neste revisjon"), self._date("next_revision")),
            ]
        )

    def _crisis(self) -> QWidget:
        captions = (
            self.tr("Tidlige varseltegn"), self.tr("Dette hjelper"), self.tr("Dette hjelper ikke"),
            self.tr("Hvem ringer jeg på dagtid"),
            self.tr("Hvem ringer jeg utenom kontortid (legevakt 116 117)"),
            self.tr("Slik vil jeg bli møtt"),
        )  # fmt: skip
        rows = [
            (c, self._text(f"crisis.{n}", 3)) for c, n in zip(captions, CRISIS_FIELDS, strict=True)
        ]
        return self._form(rows, above=True)

    # -- showing and reading ---------------------------------------------------------------

    def fill(self, plan: IndividualPlan) -> None:
        for name in TEXT_FIELDS:
            self.texts[name].setPlainText(getattr(plan, name))
        for name in CRISIS_FIELDS:
            self.texts[f"crisis.{name}"].setPlainText(getattr(plan.crisis_plan, name))
        for name in DATE_FIELDS:
            self.dates[name].set_value(getattr(plan, name))
        self.decision_reference.setText(plan.decision_reference)
        self.choice.setCurrentIndex(self.choice.findData(plan.choice))
        self.kin_involvement.setCurrentIndex(self.kin_involvement.findData(plan.kin_involvement))
        self.goals.set_items(plan.goals)
        self.participants.set_items(plan.participants)
        self.measures.set_items(plan.measures)
        self.goals.refresh()  # now that the measures under each goal are known
        self.consents.set_items(plan.consents)
        self.show_coordinator(plan.coordinator)
        self._show_evaluations(plan)

    def show_coordinator(self, coordinator: Coordinator | None) -> None:
        if coordinator is None:
            self.coordinator_text.setText(self.tr("Ingen koordinator er valgt."))
            return
        parts = [coordinator.name, coordinator.role, coordinator.phone]
        since = fill(self.tr("fra %1"), date_text(coordinator.since)) if coordinator.since else ""
        self.coordinator_text.setText(", ".join(p for p in [*parts, since] if p))

    def _show_evaluations(self, plan: IndividualPlan) -> None:
        rows = [(n, self._evaluation_texts(e)) for n, e in enumerate(reversed(plan.evaluations))]
        self.evaluations.set_rows(rows)

    def _evaluation_texts(self, evaluation: Evaluation) -> tuple[str, str, str]:
        counts = Counter(domain_text(o.outcome.label) for o in evaluation.outcomes)
        summary = ", ".join(f"{label}: {count}" for label, count in counts.items())
        return (date_text(evaluation.held_on), summary, evaluation.next_steps)

    def read(self, base: IndividualPlan) -> IndividualPlan:
        """The plan as typed; ValidationFailed when a date cannot be read."""
        dates, bad = {}, {}
        for name, field in self.dates.items():
            try:
                dates[name] = field.value()
            except ValueError:
                bad[name] = self.tr("Skriv datoen som dd.mm.åååå, for eksempel 03.02.2025.")
        if bad:
            raise ValidationFailed(bad)
        crisis = CrisisPlan(**{n: self.texts[f"crisis.{n}"].toPlainText() for n in CRISIS_FIELDS})
        return dataclasses.replace(
            base,
            **{name: self.texts[name].toPlainText() for name in TEXT_FIELDS},
            **dates,
            decision_reference=self.decision_reference.text().strip(),
            choice=self.choice.currentData(),
            kin_involvement=self.kin_involvement.currentData(),
            goals=self.goals.items(),
            participants=self.participants.items(),
            measures=self.measures.items(),
            consents=self.consents.items(),
            crisis_plan=crisis,
        )

    def show_problems(self, errors: dict[str, str]) -> list[str]:
        """Red text under each section a message belongs to; returns all messages in order."""
        self.clear_problems()
        by_section: dict[str, list[str]] = {}
        for key, text in errors.items():
            root = key.split("[", 1)[0].split(".", 1)[0]
            by_section.setdefault(SECTION_OF.get(root, "decision"), []).append(domain_text(text))
        for section, texts in by_section.items():
            self.problems[section].setText("\n".join(texts))
            self.problems[section].show()
        return [domain_text(t) for t in errors.values()]

    def clear_problems(self) -> None:
        for label in self.problems.values():
            label.hide()

    def first_problem_section(self) -> Section | None:
        return next(
            (self.sections[k] for k, lab in self.problems.items() if not lab.isHidden()), None
        )


def _wrap_heading(section: Section) -> None:
    """Long legal headings wrap (at 150 %) instead of widening the page; they take the width."""
    for heading in section.findChildren(QLabel, "sectionTitle"):
        heading.setWordWrap(True)
    title_line = section.layout().itemAt(0).layout()
    title_line.setStretch(0, 1)
    title_line.setStretch(1, 0)

"""Evaluate the plan in one guided step: the date, each open goal in turn, then what next."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError, ValidationFailed
from ...domain.plan_vocabulary import Outcome
from ...domain.plans import Evaluation, Goal, GoalOutcome, IndividualPlan, PlanView
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.plans import plans
from ..dialogs.form_dialog import error_label
from ..texts import domain_text, fill
from ..widgets.date_field import DateField
from ..widgets.field_values import field_values
from ..widgets.questions import Leave, ask_discard
from ..widgets.screen_fit import resize_within_screen
from .item_dialogs import enum_box, long_text


class EvaluationDialog(QDialog):
    """One page per open goal (status and comment); saved with services.plans.add_evaluation."""

    def __init__(
        self, db: Database, user_id: int, plan: IndividualPlan, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db, self.user_id = db, user_id
        self.goals = plan.open_goals
        self.view: PlanView | None = None
        self.setWindowTitle(self.tr("Evaluer planen"))
        self.outcomes: list[QComboBox] = []
        self.comments: list[QPlainTextEdit] = []
        self.goal_texts: list[QLabel] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self._start_page())
        for number, goal in enumerate(self.goals, start=1):
            self.stack.addWidget(self._goal_page(number, goal))
        self.stack.addWidget(self._next_page())
        self.message = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.finish)
        resize_within_screen(self, 620, 440)
        self._show_page(0)
        self._start = self._typed()

    def _page(self, title: str, *rows: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for row in rows:
            layout.addWidget(row)
        layout.addStretch(1)
        return page

    def _start_page(self) -> QWidget:
        self.held_on = DateField(oslo_today())
        holder = QWidget()
        form = QFormLayout(holder)
        form.addRow(self.tr("&Dato for evalueringen"), self.held_on)
        count = self.tr(
            "Du går gjennom %1 mål, ett om gangen, og skriver til slutt hva som skjer videre."
        )
        intro = QLabel(fill(count, len(self.goals)))
        intro.setWordWrap(True)
        return self._page(self.tr("Evaluering av planen"), intro, holder)

    def _goal_page(self, number: int, goal: Goal) -> QWidget:
        title = (
            self.tr("Mål %1 av %2").replace("%1", str(number)).replace("%2", str(len(self.goals)))
        )
        area = QLabel(domain_text(goal.life_area.label))
        text = QLabel(f"«{goal.text}»")
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 12pt; padding: 4px 0 8px 0;")
        self.goal_texts.append(text)
        self.outcomes.append(enum_box(Outcome, Outcome.PARTLY))
        self.comments.append(long_text("", 5))
        holder = QWidget()
        form = QFormLayout(holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Status"), self.outcomes[-1])
        form.addRow(self.tr("&Kommentar"), self.comments[-1])
        return self._page(title, area, text, holder)

    def _next_page(self) -> QWidget:
        self.next_steps = long_text("", 8)
        label = QLabel(self.tr("Hva skjer videre? Nye mål, endrede tiltak, neste evaluering."))
        label.setWordWrap(True)
        return self._page(self.tr("Hva skjer videre"), label, self.next_steps)

    def _buttons(self) -> QHBoxLayout:
        self.back = QPushButton(self.tr("< &Tilbake"))
        self.forward = QPushButton(self.tr("&Neste >"))
        self.save_button = QPushButton(self.tr("&Lagre evaluering"))
        self.save_button.setToolTip(self.tr("Lagre evaluering (Ctrl+S)"))
        cancel = QPushButton(self.tr("&Avbryt"))
        self.back.clicked.connect(lambda: self._show_page(self.stack.currentIndex() - 1))
        self.forward.clicked.connect(lambda: self._show_page(self.stack.currentIndex() + 1))
        self.save_button.clicked.connect(self.finish)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.back, self.forward, self.save_button, cancel):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def _show_page(self, index: int) -> None:
        last = self.stack.count() - 1
        self.stack.setCurrentIndex(max(0, min(index, last)))
        current = self.stack.currentIndex()
        self.back.setEnabled(current > 0)
        self.forward.setEnabled(current < last)
        self.save_button.setEnabled(current == last)
        self.stack.currentWidget().focusNextChild()

    def shown_goal(self) -> str:
        """The goal text on the page shown now ('' on the first and last page)."""
        index = self.stack.currentIndex() - 1
        return self.goal_texts[index].text() if 0 <= index < len(self.goal_texts) else ""

    def go_forward(self) -> None:
        self._show_page(self.stack.currentIndex() + 1)

    def evaluation(self) -> Evaluation:
        try:
            held_on = self.held_on.value()
        except ValueError as exc:
            raise ValidationFailed({"held_on": self.tr("Skriv datoen som dd.mm.åååå.")}) from exc
        outcomes = tuple(
            GoalOutcome(goal.id, box.currentData(), comment.toPlainText().strip())
            for goal, box, comment in zip(self.goals, self.outcomes, self.comments, strict=True)
        )
        return Evaluation(held_on, outcomes, self.next_steps.toPlainText().strip())

    def finish(self) -> None:
        """Save the evaluation as a new revision; on a problem, say so and keep the text."""
        if self.stack.currentIndex() != self.stack.count() - 1:
            self.go_forward()
            return
        try:
            self.view = plans.add_evaluation(self.db, self.user_id, self.evaluation())
        except ValidationFailed as exc:
            self._problem("\n".join(domain_text(t) for t in exc.errors.values()), exc)
        except UserError as exc:
            self._problem(domain_text(exc.message), exc)
        else:
            self.accept()

    def _typed(self) -> tuple:
        return field_values([self.held_on, *self.outcomes, *self.comments, self.next_steps])

    def reject(self) -> None:
        """Esc and Avbryt: what she wrote is not thrown away unasked."""
        question = self.tr("Evalueringen er ikke lagret. Forkaste det du har skrevet?")
        if self._typed() != self._start and ask_discard(self, question) is not Leave.DISCARD:
            return
        super().reject()

    def _problem(self, text: str, exc: UserError) -> None:
        self.message.setText(text)
        self.message.show()
        if isinstance(exc, ValidationFailed) and "held_on" in exc.errors:
            self._show_page(0)

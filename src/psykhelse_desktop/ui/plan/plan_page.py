"""The plan tab for the selected service user: status, actions, the plan form and revisions."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.conflicts import FieldDifference, merged
from ...domain.errors import EditConflict, UserError, ValidationFailed
from ...domain.plan_vocabulary import PlanStatus
from ...domain.plans import IndividualPlan, PlanView
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.plans import plans
from ...services.plans.plan_changes import plan_texts
from ...services.plans.plan_coordinators import get_coordinator
from ..change_bus import PLAN, ChangeBus
from ..dialogs.conflict_dialog import ConflictChoice, resolve_conflict
from ..dialogs.form_dialog import error_label, error_style, stored_style
from ..texts import date_text, datetime_text, domain_text, fill
from ..widgets.print_folder import PrintFolder
from ..widgets.questions import confirm
from ..widgets.section import Section, vertical_scroll
from ..widgets.simple_table import SimpleTable
from ..widgets.user_tab import FirstLook
from .coordinator_dialog import CoordinatorDialog
from .empty_state import EmptyPlanState
from .evaluation_dialog import EvaluationDialog
from .plan_form import PlanForm
from .print_actions import PrintMenu
from .revisions import CompareDialog, revision_rows


class PlanPage(QWidget):
    """Opens the plan only while the tab is shown; unsaved edits are kept per user in memory.

    The form is typed on top of `base` (a revision), and saving names that revision (`version`):
    a revision saved meanwhile in another window is never overwritten without her choice.
    """

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.user_id: int | None = None
        self.user_name = ""
        self.view: PlanView | None = None
        self.base: IndividualPlan | None = None
        self.version = 0
        self._loaded_for: int | None = None
        self.first_look = FirstLook()
        self._drafts: dict[int, tuple[IndividualPlan, int]] = {}
        self.print_folder = PrintFolder()
        self._build()
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.set_user(None)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.message = error_label()
        self.empty = EmptyPlanState()
        self.empty.create_button.clicked.connect(self.create)
        self.empty.coordinator_button.clicked.connect(self.choose_coordinator)
        self.nothing = QLabel(self.tr("Velg en tjenestemottaker i listen til venstre."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.form = PlanForm(self.db)
        self.form.sections["part3"].button(self.tr("Velg &koordinator..."), self.choose_coordinator)
        self.stack = QStackedWidget()
        for widget in (self.nothing, self.empty, self._scrolled_form()):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_line)
        self.actions_row = self._actions()
        layout.addWidget(self.actions_row)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

    def _scrolled_form(self) -> QScrollArea:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.form)
        self.revisions = SimpleTable(
            [self.tr("Nr."), self.tr("Lagret"), self.tr("Av"), self.tr("Status")]
        )
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.revisions)
        inner.addWidget(self.changes)
        section = Section(self.tr("Revisjoner"), holder)
        section.button(self.tr("Sa&mmenlign..."), self.compare)
        layout.addWidget(section)
        layout.addStretch(1)
        self.scroll = vertical_scroll(page)
        return self.scroll

    def _actions(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.save_button = self._button(
            line, self.tr("&Lagre"), self.save, self.tr("Lagre planen (Ctrl+S)")
        )
        self.activate_button = self._button(line, self.tr("Gjør a&ktiv"), self.activate)
        self.end_button = self._button(line, self.tr("Avslutt &plan..."), self.end_plan)
        self.evaluate_button = self._button(line, self.tr("&Evaluer planen..."), self.evaluate)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Skriv &ut"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = PrintMenu(self.db, self._current_user, self.print_folder, self)
        self.print_button.setMenu(self.print_menu)
        line.addWidget(self.print_button)
        line.addStretch(1)
        return row

    def _button(self, line: QHBoxLayout, text: str, slot, tip: str = "") -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        line.addWidget(button)
        return button

    # -- which user, and when to open ------------------------------------------------------

    def set_user(self, user_id: int | None, name: str = "") -> None:
        """Remember the selection; the plan is opened (and audited) only when the tab is shown."""
        self._keep_draft()
        self.user_id, self.user_name, self._loaded_for = user_id, name, None
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_for != self.user_id or self.user_id is None:
            self.reload()

    def _current_user(self) -> tuple[int, str] | None:
        return None if self.view is None else (self.view.user_id, self.user_name)

    def _keep_draft(self) -> None:
        if self.base is None or self._loaded_for is None:
            return
        try:
            edited = self.form.read(self.base)
        except ValidationFailed:
            return
        if edited != self.base:
            self._drafts[self._loaded_for] = (edited, self.version)

    def reload(self) -> None:
        self.message.hide()
        self.form.clear_problems()
        log = self.first_look(self.user_id)
        self.view = (
            None if self.user_id is None else plans.open_plan(self.db, self.user_id, log=log)
        )
        self.base = None
        self._loaded_for = self.user_id
        self.heading.setText(
            fill(self.tr("Individuell plan – %1"), self.user_name) if self.user_id else ""
        )
        self.actions_row.setVisible(self.view is not None)
        if self.user_id is None:
            self.stack.setCurrentWidget(self.nothing)
        elif self.view is None:
            self.empty.show_coordinator(get_coordinator(self.db, self.user_id))
            self.stack.setCurrentWidget(self.empty)
        else:
            newest = (self.view.plan, self.view.revision.number)
            self._show_view(*self._drafts.pop(self.user_id, newest))
        self._show_status()

    def _show_view(self, plan: IndividualPlan, version: int) -> None:
        """Show `plan` (the newest revision, or her kept edits of revision `version`)."""
        self.base, self.version = self.view.plan, version
        self.form.user_id = self.user_id
        self.form.fill(plan)
        self.revisions.set_rows(revision_rows(self.view.history))
        _, number, changes = plans.compare_revisions(self.db, self.user_id)
        lines = [f"{domain_text(c.part)}: {domain_text(c.text)}" for c in changes]
        title = fill(self.tr("Endret i revisjon %1:"), number)
        self.changes.setText("\n".join([title, *lines]))
        self.stack.setCurrentWidget(self.scroll)

    def _show_status(self) -> None:
        view = self.view
        if view is None:
            self.status_line.setText("")
            return
        status = view.status(oslo_today())
        text = self.tr("Status: %1  ·  Revisjon %2, lagret %3 av %4")
        for key, value in (
            ("%1", domain_text(status.label)),
            ("%2", str(view.revision.number)),
            ("%3", datetime_text(view.revision.saved_at)),
            ("%4", view.revision.saved_by),
        ):
            text = text.replace(key, value)  # fmt: skip
        if view.plan.next_revision:
            text += fill(self.tr("  ·  Neste revisjon %1"), date_text(view.plan.next_revision))
        self.status_line.setText(f"<b>{text}</b>" if status is not PlanStatus.ACTIVE else text)
        self.activate_button.setEnabled(status is PlanStatus.DRAFT or status is PlanStatus.ENDED)
        self.end_button.setEnabled(status is not PlanStatus.ENDED)

    # -- actions ---------------------------------------------------------------------------

    def create(self) -> None:
        if self.user_id is not None and self._guard(
            lambda: plans.create_plan(self.db, self.user_id)
        ):
            self.bus.announce(PLAN)
            self.reload()

    def save(self, status: PlanStatus | None = None) -> bool:
        """Save the whole plan as edited; on a problem keep everything typed and say what."""
        if self.view is None:
            return False
        try:
            plan = self._typed(self.base, status)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        saved = self._guard(lambda: self._save(plan))
        if saved is None:
            return False
        if saved[1]:
            self.bus.announce(PLAN)
        self.reload()
        return True

    def _typed(self, base: IndividualPlan, status: PlanStatus | None) -> IndividualPlan:
        plan = self.form.read(base)
        return dataclasses.replace(plan, status=status) if isinstance(status, PlanStatus) else plan

    def _save(self, plan: IndividualPlan):  # noqa: ANN202
        try:
            shown = tuple(c.id for c in self.base.consents)
            return plans.save_plan(
                self.db, self.user_id, plan, version=self.version, shown_consents=shown
            )
        except EditConflict as conflict:
            return self._resolve(conflict, plan)

    def _resolve(self, conflict: EditConflict, plan: IndividualPlan):  # noqa: ANN202
        """Saved in another window meanwhile: she sees both and chooses. The parts she did not
        touch take the newest revision's text whatever she chooses."""
        stored: IndividualPlan = conflict.stored  # type: ignore[assignment]
        texts = plan_texts(plan), plan_texts(stored), plan_texts(self.base)
        choice, found = resolve_conflict(self, conflict, *texts)
        mine = merged(plan, stored, self.base)
        self.base, self.version = stored, conflict.version
        if choice is ConflictChoice.KEEP_MINE:
            return self._save(mine)
        if choice is ConflictChoice.TAKE_STORED:
            self._drafts.pop(self.user_id, None)
            return (None, [])
        self.form.fill(mine)
        self._show_stored([d for d in found if d.mine_changed])
        return None

    def _show_stored(self, found: list[FieldDifference]) -> None:
        """Back to her plan, with what the newest revision says where she changed it too."""
        intro = self.tr("Planen ble lagret i et annet vindu mens du skrev (revisjon %1). Der står:")
        lines = [fill(intro, self.version)]
        empty = self.tr("tomt")
        lines += [f"{domain_text(d.label)}: «{d.stored or empty}»" for d in found]
        lines.append(self.tr("Resten av planen er hentet derfra. Rett det du vil, og lagre."))
        self.message.setText("\n".join(lines))
        self.message.setStyleSheet(stored_style())
        self.message.show()

    def _guard(self, call):  # noqa: ANN001, ANN202
        """Run a service call; show ValidationFailed/UserError plainly and return None."""
        self.message.hide()
        self.message.setStyleSheet(error_style())
        self.form.clear_problems()
        try:
            return call()
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
        except UserError as exc:
            self.message.setText(domain_text(exc.message))
            self.message.show()
        return None

    def _show_errors(self, errors: dict[str, str]) -> None:
        lines = self.form.show_problems(errors)
        self.message.setText("\n".join([self.tr("Planen ble ikke lagret:"), *lines]))
        self.message.show()
        section = self.form.first_problem_section()
        if section is not None:
            self.scroll.ensureWidgetVisible(section)

    def activate(self) -> None:
        self.save(PlanStatus.ACTIVE)

    def end_plan(self) -> None:
        question = self.tr("Avslutte planen for %1? Planen og alle revisjoner blir tatt vare på.")
        if confirm(self, fill(question, self.user_name)):
            self.save(PlanStatus.ENDED)

    def evaluate(self) -> None:
        if not self.save():
            return
        dialog = EvaluationDialog(self.db, self.user_id, self.view.plan, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(PLAN)
            self.reload()

    def choose_coordinator(self) -> None:
        if self.user_id is None:
            return
        current = get_coordinator(self.db, self.user_id)
        dialog = CoordinatorDialog(self.db, self.user_id, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.bus.announce(PLAN)
        self.form.show_coordinator(dialog.value)
        self.empty.show_coordinator(dialog.value)

    def compare(self) -> None:
        if self.view is not None:
            CompareDialog(self.db, self.user_id, self.view.history, self).exec()

    def has_unsaved_edits(self) -> bool:
        """Edits not yet saved: kept drafts of other users, or what is typed on screen now."""
        if self.base is not None and self._loaded_for is not None:
            try:
                if self.form.read(self.base) != self.base:
                    return True
            except ValidationFailed:
                return True
        return bool(self._drafts)

    def close_down(self) -> None:
        """Remove the temporary print folder (called when the main window closes)."""
        self.print_folder.remove()

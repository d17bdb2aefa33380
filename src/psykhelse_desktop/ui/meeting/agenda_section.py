"""One agenda item (sak) in the meeting editor: title, notes, decision and its action items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.groups import ActionItem, AgendaEntry, Member
from ..dialogs.form_dialog import error_label
from ..texts import fill
from .action_item_row import ActionItemRow, saved_item_label
from .meeting_texts import action_text


class GrowingTextEdit(QPlainTextEdit):
    """A text box as tall as its text (never an inner scroll bar); Tab moves on."""

    def __init__(self, min_lines: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_lines = min_lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.fit_height)
        self.fit_height()

    def fit_height(self) -> None:
        lines = max(int(self.document().size().height()), self.min_lines)
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        extra = 2 * int(self.document().documentMargin()) + margins + 4
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + extra)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()


class AgendaSection(QFrame):
    """The fields of one agenda item; `action_requested(section, row)` when a row is saved."""

    action_requested = Signal(object, object)

    def __init__(self, entry: AgendaEntry, items: Sequence[ActionItem], today: dt.date):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.agenda_id, self.today = entry.id, today
        self.rows: list[ActionItemRow] = []
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.title = QLineEdit(entry.title)
        self.title.setPlaceholderText(self.tr("Hva saken gjelder"))
        self.title_error = error_label()
        self.notes = GrowingTextEdit(3)
        self.notes.setPlainText(entry.notes)
        self.notes.setPlaceholderText(self.tr("Det som ble sagt"))
        self.decision = GrowingTextEdit(1)
        self.decision.setPlainText(entry.decision)
        self.decision.setPlaceholderText(self.tr("Det dere ble enige om"))
        self.actions = QVBoxLayout()
        self.actions.setSpacing(4)
        self.no_actions = QLabel(self.tr("Ingen ennå. Ctrl+T legger til en oppgave."))
        self.no_actions.setEnabled(False)
        self.actions.addWidget(self.no_actions)
        for item in items:
            self._add_saved(action_text(item, today))
        self._lay_out()

    def _lay_out(self) -> None:
        self.form = form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.heading)
        for caption, field in (
            (self.tr("&Tittel"), self.title),
            ("", self.title_error),
            (self.tr("Referat"), self.notes),
            (self.tr("Vedtak/enighet"), self.decision),
            (self.tr("Oppgaver"), self._actions_holder()),
        ):
            label = QLabel(caption)
            if isinstance(field, QWidget) and caption:
                label.setBuddy(field)
            form.addRow(label, field)
        form.setRowVisible(self.title_error, False)

    def _actions_holder(self) -> QWidget:
        """The action items take the row's whole width: a bare layout in a form row keeps
        its narrowest width, which cut a saved item to its first words."""
        holder = QWidget()
        self.actions.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(self.actions)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return holder

    def set_number(self, number: int) -> None:
        self.heading.setText(fill(self.tr("Sak %1"), number))

    def entry(self) -> AgendaEntry:
        return AgendaEntry(self.agenda_id, self.title.text(), self.notes.toPlainText(),
                           self.decision.toPlainText())  # fmt: skip

    def is_blank(self) -> bool:
        """A new item with nothing typed in it (left out when saving)."""
        entry = self.entry()
        typed = (entry.title + entry.notes + entry.decision).strip() or self.pending_texts()
        return not self.agenda_id and not typed

    def show_title_error(self, text: str) -> None:
        self.title_error.setText(text)
        self.form.setRowVisible(self.title_error, bool(text))

    def has_focus_inside(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def add_action_row(self, members: Sequence[Member], deadline: dt.date) -> ActionItemRow:
        row = ActionItemRow(members, deadline)
        row.save_requested.connect(lambda r: self.action_requested.emit(self, r))
        self.no_actions.hide()
        self.actions.addWidget(row)
        row.show()  # at once, so that the keys typed next reach it
        self.rows.append(row)
        row.what.setFocus()
        return row

    def action_saved(self, row: ActionItemRow, text: str) -> None:
        """Put the saved item in place of its row."""
        self.rows.remove(row)
        self.actions.removeWidget(row)
        row.deleteLater()
        self._add_saved(text)

    def _add_saved(self, text: str) -> None:
        self.no_actions.hide()
        self.actions.addWidget(saved_item_label(text))

    def pending_texts(self) -> tuple[tuple[str, str], ...]:
        """What is typed in rows not yet saved (to warn before closing)."""
        return tuple((r.what.text(), r.owner.currentText()) for r in self.rows if r.has_text())

    def fields(self) -> list[QWidget]:
        """The fields in tab order."""
        rows = [field for row in self.rows for field in row.fields()]
        return [self.title, self.notes, self.decision, *rows]

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.title, self.notes, self.decision):
            field.setReadOnly(read_only)
        if read_only:
            self.no_actions.setText(self.tr("Ingen."))

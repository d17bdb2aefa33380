"""One new action item typed inline: what, who (a member or any name) and by when; Enter saves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.groups import ActionItem, ActionItemForm, Member, validate_action_item
from ..colours import ERROR, css
from ..dialogs.form_dialog import error_label
from ..texts import domain_text
from ..widgets.date_field import DateField
from .meeting_texts import action_text


class OwnerBox(QComboBox):
    """Pick a member by typing part of the name or role, or write any other name."""

    def __init__(self, members: Sequence[Member], parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._names: dict[int, str] = {}
        for member in members:
            self.addItem(f"{member.name} ({member.role})", member.id)
            self._names[member.id] = member.name
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Ansvarlig: skriv navn eller velg"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def owner(self) -> tuple[int | None, str]:
        """(member id, '') for a member; (None, name) for anyone else; (None, '') when empty."""
        text = self.currentText().strip()
        if not text:
            return None, ""
        folded = text.casefold()
        exact = [i for i in range(self.count()) if folded in self._labels(i)]
        found = exact or [i for i in range(self.count()) if folded in self.itemText(i).casefold()]
        if len(found) == 1:
            return self.itemData(found[0]), ""
        return None, text

    def owner_name(self) -> str:
        member_id, name = self.owner()
        return self._names.get(member_id, name) if member_id is not None else name

    def _labels(self, index: int) -> tuple[str, str]:
        return self.itemText(index).casefold(), self._names[self.itemData(index)].casefold()


class ActionItemRow(QWidget):
    """Three fields in a row with a red message under each; `save_requested` on Enter."""

    save_requested = Signal(object)

    def __init__(self, members: Sequence[Member], deadline: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("Hva skal gjøres?"))
        self.owner = OwnerBox(members)
        self.due = DateField(deadline)
        self.due.setToolTip(self.tr("Frist (dd.mm.åååå)"))
        self.what.setAccessibleName(self.tr("Oppgave"))
        self.owner.setAccessibleName(self.tr("Ansvarlig"))
        self.due.setAccessibleName(self.tr("Frist"))
        self.errors = {"what": error_label(), "owner": error_label(), "due_on": error_label()}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (field, name) in enumerate(
            ((self.what, "what"), (self.owner, "owner"), (self.due, "due_on"))
        ):
            grid.addWidget(field, 0, column)
            grid.addWidget(self.errors[name], 1, column)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        self.due.setMinimumWidth(self.due.fontMetrics().horizontalAdvance("00.00.00000") + 16)
        for edit in (self.what, self.owner.lineEdit(), self.due):
            edit.returnPressed.connect(lambda: self.save_requested.emit(self))

    def fields(self) -> list[QWidget]:
        """The fields in tab order."""
        return [self.what, self.owner, self.due]

    def has_text(self) -> bool:
        return bool(self.what.text().strip() or self.owner.currentText().strip())

    def read(self, agenda_item_id: int | None) -> tuple[ActionItemForm, dict[str, str]]:
        """The typed item and what is wrong with it (nothing is cleared)."""
        errors = {}
        try:
            due_on = self.due.value()
        except ValueError:
            due_on = None
            errors["due_on"] = self.tr("Skriv datoen som dd.mm.åååå, for eksempel 03.02.2027.")
        member_id, name = self.owner.owner()
        form = ActionItemForm(self.what.text(), member_id, name, due_on, agenda_item_id)
        found = {k: domain_text(v) for k, v in validate_action_item(form).items()}
        return form, {**found, **errors}

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message in red under its field; the first field with a problem gets the focus."""
        fields = {"what": self.what, "owner": self.owner, "due_on": self.due}
        first = None
        for name, label in self.errors.items():
            text = errors.get(name, "")
            label.setText(domain_text(text))
            label.setVisible(bool(text))
            fields[name].setStyleSheet(f"border: 1px solid {css(ERROR)};" if text else "")
            first = first or (fields[name] if text else None)
        if first is not None:
            first.setFocus()


def saved_item_label(text: str) -> QLabel:
    label = QLabel(f"• {text}")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def saved_items_list(items: Sequence[ActionItem], today: dt.date) -> QWidget:
    """Saved action items as lines of text, one under the other."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        layout.addWidget(saved_item_label(action_text(item, today)))
    return holder

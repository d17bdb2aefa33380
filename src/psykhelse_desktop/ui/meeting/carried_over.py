"""Open action items from earlier meetings, each closed with one key press when it is done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ...domain.groups import ActionItem
from .meeting_texts import action_text


class CarriedOverPanel(QWidget):
    """A «gjort» box per item; `close_requested(item_id)` when one is ticked."""

    close_requested = Signal(int)

    def __init__(self, items: Sequence[ActionItem], today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.boxes: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in items:
            box = QCheckBox(action_text(item, today))
            box.setToolTip(self.tr("Kryss av når oppgaven er gjort"))
            box.setChecked(item.closed_on is not None)
            box.setEnabled(item.closed_on is None)
            box.toggled.connect(lambda on, i=item.id: on and self.close_requested.emit(i))
            layout.addWidget(box)
            self.boxes[item.id] = box

    def show_closed(self, item: ActionItem) -> None:
        box = self.boxes[item.id]
        box.setText(action_text(item, self.today))
        box.setEnabled(False)

    def show_still_open(self, item_id: int) -> None:
        box = self.boxes[item_id]
        box.blockSignals(True)
        box.setChecked(False)
        box.blockSignals(False)

    def fields(self) -> list[QWidget]:
        return list(self.boxes.values())

    def set_read_only(self) -> None:
        for box in self.boxes.values():
            box.setEnabled(False)

"""What the plan tab shows when the service user has no plan yet: the right, and a start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.plans import Coordinator
from ..texts import date_text


class EmptyPlanState(QWidget):
    """A calm explanation, "Lag individuell plan", and the coordinator (set even without plan)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Ingen individuell plan ennå"))
        title.setObjectName("sectionTitle")
        text = QLabel(
            self.tr(
                "Personer som trenger langvarige og koordinerte tjenester, har rett til en "
                "individuell plan. Det er tjenestemottakeren som bestemmer om hun eller han vil "
                "ha en plan, og planen skrives sammen med henne eller ham, med egne ord.\n\n"
                "Tjenestemottakeren skal få tilbud om koordinator også når hun eller han ikke "
                "ønsker plan."
            )
        )
        text.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Lag individuell plan"))
        self.coordinator_text = QLabel()
        self.coordinator_text.setWordWrap(True)
        self.coordinator_button = QPushButton(self.tr("Velg &koordinator..."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        for widget in (title, text):
            layout.addWidget(widget)
        layout.addLayout(_row(self.create_button))
        layout.addWidget(self.coordinator_text)
        layout.addLayout(_row(self.coordinator_button))
        layout.addStretch(1)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_coordinator(self, coordinator: Coordinator | None) -> None:
        if coordinator is None:
            self.coordinator_text.setText(self.tr("Koordinator: ingen er valgt."))
            return
        since = date_text(coordinator.since)
        self.coordinator_text.setText(
            self.tr("Koordinator: %1, fra %2").replace("%1", coordinator.name).replace("%2", since)
        )


def _row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row

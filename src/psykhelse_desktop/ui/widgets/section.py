"""A titled section of the detail page with its buttons on the title line."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Section(QWidget):
    """Title, buttons on the right, then the body widget; `button()` adds one."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._title_line = QHBoxLayout()
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        self._title_line.addWidget(heading)
        self._title_line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 4)
        layout.addLayout(self._title_line)
        layout.addWidget(body)

    def button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.clicked.connect(slot)
        self._title_line.addWidget(button)
        return button

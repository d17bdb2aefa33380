"""A titled section of a page with its buttons on the title line, and the page's scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


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


def vertical_scroll(page: QWidget | None = None) -> QScrollArea:
    """A scroll area that follows the window's width and scrolls only up and down."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if page is not None:
        scroll.setWidget(page)
    return scroll


def scrolled_sections(*widgets: QWidget) -> QScrollArea:
    """The widgets one under the other, top-aligned, in a vertical scroll area."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 4, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return vertical_scroll(page)

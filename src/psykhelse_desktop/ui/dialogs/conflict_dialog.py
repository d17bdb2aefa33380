"""Saved elsewhere meanwhile: both versions side by side, field by field, and her choice.

Used by every form (FormDialog), the plan page and the meeting editor. The safe answer, "Gå
tilbake og rediger", is the default: Enter and Esc overwrite nothing and lose nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.conflicts import FieldDifference, differences
from ...domain.errors import EditConflict
from ..colours import MINE_BACKGROUND, MUTED, NOTICE_BORDER, STORED_BACKGROUND, Tone, css
from ..texts import domain_text


def _box(background: Tone) -> str:
    return f"background: {css(background)}; padding: 6px; border: 1px solid {css(NOTICE_BORDER)};"


def _untouched() -> str:
    muted = css(MUTED)
    return f"color: {muted}; font-style: italic; padding: 6px; border: 1px dashed {muted};"


class ConflictChoice(Enum):
    KEEP_MINE = "keep"  # save her changes over the stored version, deliberately
    TAKE_STORED = "take"  # drop hers, use what is stored
    EDIT = "edit"  # back to her form, with the stored values beside it


class ConflictDialog(QDialog):
    """The message, a table of the fields that differ, and three choices; `choice` after."""

    def __init__(self, message: str, found: list[FieldDifference], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Endret et annet sted"))
        self.choice = ConflictChoice.EDIT
        intro = QLabel(domain_text(message))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._table(found), 1)
        if not all(d.mine_changed for d in found):
            kept = QLabel(self.tr("Felt du ikke har endret, får det som er lagret, uansett hva "
                                  "du velger."))  # fmt: skip
            kept.setWordWrap(True)
            layout.addWidget(kept)
        layout.addWidget(self._buttons())
        self._fit()

    def _table(self, found: list[FieldDifference]) -> QScrollArea:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        headings = (self.tr("Felt"), self.tr("Det du har skrevet"), self.tr("Lagret nå"))
        for column, text in enumerate(headings):
            grid.addWidget(_bold(text), 0, column)
        for row, difference in enumerate(found, start=1):
            grid.addWidget(_bold(domain_text(difference.label)), row, 0, Qt.AlignmentFlag.AlignTop)
            if difference.mine_changed:
                mine = _cell(difference.mine, _box(MINE_BACKGROUND), self.tr("(tomt)"))
            else:
                mine = _cell(self.tr("(ikke endret av deg)"), _untouched(), "")
            grid.addWidget(mine, row, 1)
            grid.addWidget(
                _cell(difference.stored, _box(STORED_BACKGROUND), self.tr("(tomt)")), row, 2
            )
        grid.setRowStretch(len(found) + 1, 1)
        self.cells = grid
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        scroll.setMinimumHeight(min(holder.sizeHint().height() + 4, screen.height() // 2))
        return scroll

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.keep_button = self._choice(box, self.tr("&Behold mine endringer"),
                                        ConflictChoice.KEEP_MINE)  # fmt: skip
        self.take_button = self._choice(box, self.tr("Bruk det &lagrede"),
                                        ConflictChoice.TAKE_STORED)  # fmt: skip
        self.edit_button = self._choice(box, self.tr("&Gå tilbake og rediger"),
                                        ConflictChoice.EDIT)  # fmt: skip
        self.edit_button.setDefault(True)
        self.edit_button.setFocus()
        return box

    def _choice(self, box: QDialogButtonBox, text: str, choice: ConflictChoice) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Esc: back to the form, nothing overwritten, nothing lost."""
        self.choice = ConflictChoice.EDIT
        super().reject()

    def _fit(self) -> None:
        """As wide as the texts need up to 900 pixels, as tall as the table, within the screen."""
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(
            min(900, screen.width() - 40), min(self.sizeHint().height(), screen.height() - 60)
        )


def resolve_conflict(
    parent: QWidget,
    conflict: EditConflict,
    mine: Mapping[str, str],
    stored: Mapping[str, str],
    opened: Mapping[str, str] | None = None,
) -> tuple[ConflictChoice, list[FieldDifference]]:
    """Ask her which version holds; with no differing field, hers is saved (nothing is lost)."""
    found = differences(mine, stored, opened)
    if not found:
        return ConflictChoice.KEEP_MINE, found
    dialog = ConflictDialog(conflict.message, found, parent)
    dialog.exec()
    return dialog.choice, found


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _cell(text: str, style: str, empty: str) -> QLabel:
    label = QLabel(text or empty)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

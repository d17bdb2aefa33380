"""A small read-only table for short lists on the detail page (next of kin, GPs, changes)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from .row_buttons import follow_selection

T = TypeVar("T", bound=Any)


class SimpleTable(QTreeWidget):
    """Rows of text with a hidden id each; no editing, one row selected at a time."""

    def __init__(
        self, headers: Sequence[str], parent: QWidget | None = None, *, fit_rows: bool = True
    ):
        super().__init__(parent)
        self.fit_rows = fit_rows
        self._centred: tuple[int, ...] = ()
        self.row_buttons: tuple[QAbstractButton, ...] = ()  # enabled only with a row chosen
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Replace the rows; each is (id, texts)."""
        self.clear()
        for row_id, texts in rows:
            item = QTreeWidgetItem([str(t) for t in texts])
            item.setData(0, Qt.ItemDataRole.UserRole, row_id)
            item.setToolTip(len(texts) - 1, str(texts[-1]))
            for column in self._centred:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.addTopLevelItem(item)
        if self.fit_rows:
            self.setFixedHeight(self._height_for(len(rows)))

    def buttons_follow_selection(self, *buttons: QAbstractButton) -> None:
        """These buttons act on the chosen row: enabled only while a row is chosen."""
        self.row_buttons += buttons
        follow_selection(self, buttons, self.has_chosen_row)

    def has_chosen_row(self) -> bool:
        item = self.currentItem()
        return item is not None and item.isSelected() and self.current_id() is not None

    def align_center(self, *columns: int) -> None:
        """Short numbers sit in the middle of these columns, the titles too."""
        self._centred = columns
        for column in columns:
            self.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def picked(self, items: Sequence[T]) -> T | None:
        """The item (with an `id`) of the selected row; says so plainly when none is selected."""
        found = next((item for item in items if item.id == self.current_id()), None)
        if found is None:
            QMessageBox.information(self, self.tr("Velg en rad"), self.tr("Velg en rad først."))
        return found

    def texts(self) -> list[list[str]]:
        """What is shown, row by row (used by tests and for copying)."""
        return [
            [self.topLevelItem(r).text(c) for c in range(self.columnCount())]
            for r in range(self.topLevelItemCount())
        ]

    def _height_for(self, rows: int) -> int:
        row_height = self.fontMetrics().height() + 8
        shown = min(max(rows, 1), 8)
        return self.header().sizeHint().height() + shown * row_height + 2 * self.frameWidth() + 4

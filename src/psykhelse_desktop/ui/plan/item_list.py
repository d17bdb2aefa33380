"""An editable list of plan items (goals, measures, participants, consents) with its buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..colours import ENDED, colour
from ..widgets.row_buttons import follow_selection

MAX_ROWS_SHOWN = 12


class ItemList(QWidget):
    """Shows a tuple of items, optionally grouped (goals per life area); edits go via callbacks.

    `edit(items, index)` opens a dialog and returns the new item or None (index == len: new);
    `end(item)` returns the ended item, or None to take it out of the list.
    """

    changed = Signal()

    def __init__(
        self,
        headers: Sequence[str],
        describe: Callable[[Any], Sequence[str]],
        edit: Callable[[tuple, int], Any],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.describe, self.edit = describe, edit
        self.group: Callable[[Any], tuple[int, str]] | None = None
        self.is_ended: Callable[[Any], bool] = lambda _item: False
        # Lines shown under an item (the measures serving a goal); never selected or edited.
        self.children: Callable[[Any], Sequence[str]] = lambda _item: ()
        self.end: Callable[[Any], Any] | None = None
        self._items: tuple = ()
        self.row_buttons: tuple[QPushButton, ...] = ()  # enabled only with an item chosen
        self.tree = self._make_tree(headers)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(self.buttons)
        self.set_items(())

    def _make_tree(self, headers: Sequence[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(list(headers))
        tree.setAlternatingRowColors(True)
        tree.setWordWrap(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(lambda *_: self.edit_current())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            tree,
            self.edit_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        return tree

    def stretch_column(self, column: int) -> None:
        self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def add_button(self, text: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def add_standard_buttons(self, add_text: str, end_text: str = "") -> None:
        """New, edit, end (when `end_text`), and move up/down."""
        self.add_button(add_text, self.add_new)
        on_row = [self.add_button(self.tr("R&ediger..."), self.edit_current)]
        if end_text:
            on_row.append(self.add_button(end_text, self.end_current))
        self.buttons.addStretch(1)
        on_row.append(self.add_button(
            self.tr("&Opp"), lambda: self.move_current(-1), self.tr("Flytt opp (Alt+Pil opp)")
        ))  # fmt: skip
        on_row.append(self.add_button(
            self.tr("Ne&d"), lambda: self.move_current(1), self.tr("Flytt ned (Alt+Pil ned)")
        ))  # fmt: skip
        self.row_buttons = tuple(on_row)
        follow_selection(self.tree, on_row, lambda: self.current_index() is not None)
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            QShortcut(
                QKeySequence(Qt.Modifier.ALT | key), self.tree, lambda s=step: self.move_current(s),
                context=Qt.ShortcutContext.WidgetShortcut,
            )  # fmt: skip

    def items(self) -> tuple:
        return self._items

    def set_items(self, items: Sequence[Any], select: int | None = None) -> None:
        self._items = tuple(items)
        self.tree.clear()
        self.tree.setRootIsDecorated(self.group is not None)
        groups: dict[int, QTreeWidgetItem] = {}
        for index in self._display_order():
            self._add_row(index, groups, select)
        self.tree.expandAll()
        self._fit_height()

    def _display_order(self) -> list[int]:
        if self.group is None:
            return list(range(len(self._items)))
        return sorted(range(len(self._items)), key=lambda i: self.group(self._items[i])[0])

    def _add_row(self, index: int, groups: dict[int, QTreeWidgetItem], select: int | None) -> None:
        item = self._items[index]
        row = QTreeWidgetItem([str(t) for t in self.describe(item)])
        row.setData(0, Qt.ItemDataRole.UserRole, index)
        if self.is_ended(item):
            for column in range(row.columnCount()):
                row.setForeground(column, QBrush(colour(ENDED)))
        if self.group is None:
            self.tree.addTopLevelItem(row)
        else:
            self._group_row(self.group(item), groups).addChild(row)
        for text in self.children(item):
            child = QTreeWidgetItem([text])
            child.setFirstColumnSpanned(True)
            child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            row.addChild(child)
        if index == select:
            self.tree.setCurrentItem(row)

    def _group_row(
        self, group: tuple[int, str], groups: dict[int, QTreeWidgetItem]
    ) -> QTreeWidgetItem:
        if group[0] not in groups:
            heading = QTreeWidgetItem([group[1]])
            heading.setFirstColumnSpanned(True)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            groups[group[0]] = heading
        return groups[group[0]]

    def _fit_height(self) -> None:
        rows = len(self._items) + sum(len(self.children(i)) for i in self._items)
        rows += len({self.group(i)[0] for i in self._items}) if self.group else 0
        line = max(self.tree.sizeHintForRow(0), self.tree.fontMetrics().height() + 4)
        shown = min(max(rows, 2), MAX_ROWS_SHOWN)
        header = self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(header + shown * line + 2 * self.tree.frameWidth() + 6)

    def refresh(self) -> None:
        """Show the same items again (what they show from elsewhere may have changed)."""
        self.set_items(self._items, self.current_index())

    def current_index(self) -> int | None:
        row = self.tree.currentItem()
        return None if row is None else row.data(0, Qt.ItemDataRole.UserRole)

    def add_new(self) -> None:
        item = self.edit(self._items, len(self._items))
        if item is not None:
            self._replace(len(self._items), item)

    def edit_current(self) -> None:
        index = self.current_index()
        if index is None:
            return
        item = self.edit(self._items, index)
        if item is not None:
            self._replace(index, item)

    def end_current(self) -> None:
        index = self.current_index()
        if index is None or self.end is None:
            return
        item = self.end(self._items[index])
        items = list(self._items)
        items[index : index + 1] = [] if item is None else [item]
        self.set_items(items, index if item is not None else None)
        self.changed.emit()

    def _replace(self, index: int, item: Any) -> None:
        items = list(self._items)
        items[index : index + 1] = [item]
        self.set_items(items, index)
        self.changed.emit()

    def move_current(self, step: int) -> None:
        """Swap with the neighbour shown above or below, within the same group."""
        index = self.current_index()
        order = self._display_order()
        if index is None or not 0 <= order.index(index) + step < len(order):
            return
        other = order[order.index(index) + step]
        if self.group and self.group(self._items[other])[0] != self.group(self._items[index])[0]:
            return
        items = list(self._items)
        items[index], items[other] = items[other], items[index]
        self.set_items(items, other)
        self.changed.emit()

"""The keyboard: a letter for every menu entry, and Hjelp → Hurtigtaster made from the menus.

The list is read from the window's own QActions, so it can never say a key the program does
not have.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .focus import place_focus
from .widgets.screen_fit import resize_within_screen


class KeyRow(NamedTuple):
    where: str  # "Fil → Ta sikkerhetskopi…"
    keys: str  # "Ctrl+B" or "Alt+F, T"


def mnemonic(text: str) -> str:
    """The letter after a single '&' ('' when there is none)."""
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else ""


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def assign_mnemonics(menu: QMenu) -> None:
    """Each entry without a letter gets the first free letter of its text (Alt, then the letter)."""
    actions = [a for a in menu.actions() if not a.isSeparator()]
    used = {mnemonic(a.text()) for a in actions} - {""}
    for action in actions:
        if action.menu() is not None:
            assign_mnemonics(action.menu())
        text = action.text()
        if mnemonic(text):
            continue
        for index, char in enumerate(text):
            if char.isalnum() and char.lower() not in used:
                used.add(char.lower())
                action.setText(text[:index] + "&" + text[index:])
                break


def key_rows(window: QMainWindow) -> list[KeyRow]:
    """Every menu entry of the window: its shortcut, or the way there with Alt and letters."""
    rows = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if not action.isSeparator():
                rows.append(_row(top, action))
    return rows


def _row(top: QAction, action: QAction) -> KeyRow:
    where = f"{plain(top.text())} → {plain(action.text())}"
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    via_menu = f"Alt+{mnemonic(top.text()).upper()}, {mnemonic(action.text()).upper()}"
    return KeyRow(where, f"{shortcut}   ({via_menu})" if shortcut else via_menu)


class ShortcutsDialog(QDialog):
    """Hjelp → Hurtigtaster: the window's keys, as the menus have them now."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Hurtigtaster"))
        self.rows = key_rows(window)
        intro = QLabel(
            self.tr(
                "Alle menyvalg kan nås med tastaturet: hold Alt og trykk den understrekede "
                "bokstaven, eller bruk hurtigtasten. Tab flytter mellom feltene, piltastene "
                "mellom radene i en liste, og F1 åpner brukerveiledningen."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._table(), 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 520)
        place_focus(self)

    def _table(self) -> QTableWidget:
        self.table = table = QTableWidget(len(self.rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Handling"), self.tr("Taster")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for number, row in enumerate(self.rows):
            table.setItem(number, 0, QTableWidgetItem(row.where))
            table.setItem(number, 1, QTableWidgetItem(row.keys))
        table.setAccessibleName(self.tr("Hurtigtaster"))
        return table

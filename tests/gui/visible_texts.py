"""The texts a person sees on a screen: labels, buttons, titles, tabs, column headers,
placeholders, group boxes and menus (not what was typed into fields, not table rows).

Also a spy on Qt's translation, so a walk knows which texts came from the core ("domain")."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Without markup, mnemonic ampersands and surplus white space."""
    text = TAG.sub(" ", text).replace("&nbsp;", " ").replace("&&", "\0").replace("&", "")
    return " ".join(text.replace("\0", "&").split())


def visible_texts(screen: QWidget) -> list[str]:
    """Every text shown on `screen` and its visible children, in the order found."""
    found = [screen.windowTitle()]
    for widget in [screen, *screen.findChildren(QWidget)]:
        if widget is not screen and not widget.isVisibleTo(screen):
            continue
        found += _own_texts(widget)
    if isinstance(screen, QMainWindow):
        for action in screen.menuBar().actions():
            found += _menu_texts(action.text(), action.menu())
    return [t for t in (plain(text) for text in found) if t]


def _own_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return [widget.placeholderText()]
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        if header.isHidden():
            return []
        model = widget.model()
        return [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount(QModelIndex()))
            if not header.isSectionHidden(c)
        ]
    return []


def _menu_texts(title: str, menu: QMenu | None) -> list[str]:
    found = [title]
    for action in menu.actions() if menu is not None else []:
        if not action.isSeparator():
            found += _menu_texts(action.text(), action.menu())
    return found


class TranslationSpy(QTranslator):
    """Installed last (asked first), it notes every (context, source) asked for and answers
    nothing, so the real catalogues still translate."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        if context and source:
            self.asked.add((context, source))
        return None

    def sources(self, context: str) -> set[str]:
        return {source for ctx, source in self.asked if ctx == context}

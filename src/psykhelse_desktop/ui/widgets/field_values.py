"""What a form's fields hold right now, read alike from any input widget (to see a change)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def field_values(widgets: Iterable[QWidget]) -> tuple:
    """One value per widget; two equal tuples mean nothing was changed in between."""
    return tuple(_value(widget) for widget in widgets)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        # A passphrase is nothing to "save", and no copy of it is kept.
        hidden = widget.echoMode() != QLineEdit.EchoMode.Normal
        return None if hidden else widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QListWidget):
        return widget.currentRow()
    return None

"""Where the keyboard starts in a dialog: on its first input, never on a button.

Typing at once must reach a field: a passphrase typed while "Lås opp" had the focus was lost
and Enter said "Feil passord"; a space pressed "Lagre". Every dialog calls `place_focus` as it
opens: the focus goes to its first input in Tab order, unless an input has it already.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)


def is_input(widget: QWidget | None) -> bool:
    """A widget she types or chooses in (a read-only text is not)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, (QAbstractSpinBox, QComboBox, QCheckBox, QRadioButton))


def first_input(dialog: QWidget) -> QWidget | None:
    """The first enabled, visible input in the dialog's Tab order."""
    widget, seen = dialog.nextInFocusChain(), set()
    while widget is not dialog and id(widget) not in seen:
        seen.add(id(widget))
        if _reachable(widget, dialog) and is_input(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def place_focus(dialog: QDialog) -> None:
    """The first input gets the focus, unless an input already has it."""
    chosen = dialog.focusWidget()
    if is_input(chosen) and chosen.isVisibleTo(dialog):
        return
    target = first_input(dialog)
    if target is not None:
        target.setFocus(Qt.FocusReason.TabFocusReason)


def _reachable(widget: QWidget, dialog: QWidget) -> bool:
    return (
        widget.window() is dialog
        and widget.isVisibleTo(dialog)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    )

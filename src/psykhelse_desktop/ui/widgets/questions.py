"""The questions that can lose work, asked one way: the safe answer is the default button.

Enter (and Esc) always picks the answer that keeps what she has: "Fortsett å skrive", "Nei",
"Gå tilbake". Discarding takes a deliberate click or its mnemonic.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class Leave(Enum):
    """The answer to 'leave with unsaved changes?'."""

    STAY = "stay"
    DISCARD = "discard"
    SAVE = "save"


def ask_discard(
    parent: QWidget,
    text: str,
    *,
    title: str = "",
    discard: str = "",
    stay: str = "",
    save: str = "",
) -> Leave:
    """Unsaved work: stay (the default, Enter and Esc), discard it, or save it (when offered)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("questions", "Ikke lagret"),
        text,
        parent=parent,
    )
    buttons = {}
    if save:
        buttons[Leave.SAVE] = box.addButton(save, QMessageBox.ButtonRole.AcceptRole)
    discard_text = discard or QCoreApplication.translate("questions", "&Forkast endringene")
    buttons[Leave.DISCARD] = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
    keep_text = stay or QCoreApplication.translate("questions", "Fortsett å skrive")
    buttons[Leave.STAY] = _safe(box, box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, b in buttons.items() if b is clicked), Leave.STAY)


def confirm(parent: QWidget, question: str, *, yes: str = "", no: str = "") -> bool:
    """A yes/no question before something that cannot be undone; No is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("questions", "Bekreft"),
        question,
        parent=parent,
    )
    yes_button = box.addButton(
        yes or QCoreApplication.translate("questions", "Ja"), QMessageBox.ButtonRole.YesRole
    )
    _safe(
        box,
        box.addButton(
            no or QCoreApplication.translate("questions", "Nei"), QMessageBox.ButtonRole.NoRole
        ),
    )
    box.exec()
    return box.clickedButton() is yes_button


def _safe(box: QMessageBox, button: QAbstractButton) -> QAbstractButton:
    """Enter and Esc both mean this button."""
    box.setDefaultButton(button)  # type: ignore[arg-type]
    box.setEscapeButton(button)
    return button

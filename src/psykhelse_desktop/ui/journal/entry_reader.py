"""The chosen journal entry in full, with the buttons that fit it: a draft's or a signed one's."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...domain.journal import JournalEntry
from .entry_text import entry_html


class EntryReader(QWidget):
    """A draft offers edit, sign and delete; a signed entry only an addendum (retting)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        self.edit_button = button(line, self.tr("&Endre utkast..."))
        self.sign_button = button(line, self.tr("&Signer..."))
        self.delete_button = button(line, self.tr("S&lett utkast..."))
        self.addendum_button = button(line, self.tr("Skriv tillegg (&retting)..."))
        line.addStretch(1)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.text, 1)

    def show_entry(
        self, entry: JournalEntry | None, empty_text: str = "", marked: list[str] | None = None
    ) -> None:
        """The entry with its addenda, or `empty_text` when there is none; `marked` search
        words are highlighted."""
        draft = entry is not None and not entry.is_signed
        for shown in (self.edit_button, self.sign_button, self.delete_button):
            shown.setVisible(draft)
        self.addendum_button.setVisible(entry is not None and entry.is_signed)
        if entry is None:
            self.text.setPlainText(empty_text)
        else:
            self.text.setHtml(entry_html(entry, marked or []))


def button(line: QHBoxLayout, text: str, slot=None, tip: str = "") -> QPushButton:  # noqa: ANN001
    """A push button that Enter in a field never presses by accident."""
    made = QPushButton(text)
    made.setAutoDefault(False)
    made.setToolTip(tip)
    if slot is not None:
        made.clicked.connect(slot)
    line.addWidget(made)
    return made

"""The "Dele med" field of a consent: pick a group member, a next of kin or someone from the
address book (grouped, searchable as you type), or type a new name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...domain.plans import Consent, SharingChoice
from ..texts import domain_text

READABLE_CHARACTERS = 38


class SharePicker(QComboBox):
    """An editable list of choices under headings; `chosen()` keeps the link to the person."""

    def __init__(self, choices: Sequence[SharingChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(READABLE_CHARACTERS)
        self.lineEdit().setPlaceholderText(self.tr("Velg fra listen, eller skriv et nytt navn"))
        self._fill(choices)
        completer = QCompleter([self.itemText(i) for i in range(self.count()) if self._data(i)])
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def _fill(self, choices: Sequence[SharingChoice]) -> None:
        heading = None
        for choice in choices:
            if choice.heading != heading:
                heading = choice.heading
                self.addItem(f"— {domain_text(heading)} —")
                item = self.model().item(self.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
            self.addItem(choice.label, choice)

    def _data(self, index: int) -> SharingChoice | None:
        data = self.itemData(index)
        return data if isinstance(data, SharingChoice) else None

    def show_consent(self, consent: Consent) -> None:
        """Select the consent's person by link (or name); otherwise show the typed name."""
        for index in range(self.count()):
            choice = self._data(index)
            if choice is not None and _same(choice, consent):
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(-1)
        self.setEditText(consent.participant)

    def chosen(self) -> SharingChoice:
        """What is picked, or the typed name as a new participant with no link."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        choice = self._data(index) if index >= 0 else None
        return choice or SharingChoice(text, text, "")


def _same(choice: SharingChoice, consent: Consent) -> bool:
    if consent.next_of_kin_id is not None or consent.contact_person_id is not None:
        linked = (consent.next_of_kin_id, consent.contact_person_id)
        return linked == (choice.next_of_kin_id, choice.contact_person_id)
    return choice.participant.casefold() == consent.participant.strip().casefold() != ""

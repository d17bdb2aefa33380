"""What the group tab shows when the service user has no responsibility group yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyGroupState(QWidget):
    """A plain explanation of what a responsibility group is, and "Opprett ansvarsgruppe"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Ingen ansvarsgruppe ennå"))
        title.setObjectName("sectionTitle")
        self.text = QLabel(
            self.tr(
                "En ansvarsgruppe samler dem som gir tjenester til tjenestemottakeren, for "
                "eksempel fastlegen, NAV, DPS og hjemmesykepleien, og pårørende når "
                "tjenestemottakeren ønsker det. Gruppen møtes jevnlig for å avtale hvem som gjør "
                "hva. Koordinatoren leder møtene, skriver referat og følger opp det som er "
                "avtalt.\n\n"
                "Ha med så få som mulig. Referatet sendes bare til medlemmer "
                "tjenestemottakeren har samtykket til å dele opplysninger med."
            )
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton(self.tr("&Opprett ansvarsgruppe"))
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)

"""The nurse's settings, one spin box per setting, generated from domain/settings.SPECS.

Each box shows its unit and allowed range, with the setting's help under it; a value the core
refuses is shown in red under its box, and nothing is saved until every value is right.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...domain.settings import (
    CALENDAR_SECTION,
    EXPORT_SECTION,
    RADAR_SECTION,
    SECURITY_SECTION,
    SPECS,
    Settings,
    SettingSpec,
)
from ...services.database import Database
from ...services.settings import get_settings, save_settings
from ..colours import MUTED, text_style
from ..texts import domain_text, fill
from .form_dialog import FormDialog

HELP_WIDTH = 58  # characters per line


class SettingsDialog(FormDialog):
    """After saving, `saved` holds every setting's value."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(self.tr("Innstillinger"), parent)
        self.db = db
        self.saved: Settings | None = None
        self.spins: dict[str, QSpinBox] = {}
        self._widest_unit = max((domain_text(s.unit) for s in SPECS), key=len)
        self.set_intro(
            self.tr(
                "Grensene for hva «I dag» varsler om, for tallene til kommunen, hva "
                "kalenderfilene viser og når journalen låses."
            )
        )
        current = get_settings(db)
        for section in self._sections():
            self._add_heading(self._section_title(section))
            for spec in (s for s in SPECS if s.section == section and s.in_dialog):
                self._add_spin(spec, getattr(current, spec.key))
        self._add_defaults_button()

    def _sections(self) -> list[str]:
        return list(dict.fromkeys(spec.section for spec in SPECS if spec.in_dialog))

    def _section_title(self, section: str) -> str:
        titles = {
            RADAR_SECTION: self.tr("Varsler på «I dag»"),
            EXPORT_SECTION: self.tr("Eksport av tall til kommunen"),
            SECURITY_SECTION: self.tr("Sikkerhet"),
            CALENDAR_SECTION: self.tr("Kalenderfiler (.ics) for ansvarsgruppemøter"),
        }
        return titles.get(section) or domain_text(section)

    def _add_heading(self, title: str) -> None:
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setStyleSheet("font-weight: 600; padding-top: 8px;")
        self.form.addRow(heading)

    def _add_spin(self, spec: SettingSpec, value: int) -> None:
        spin = QSpinBox()
        spin.setRange(spec.minimum, spec.maximum)
        spin.setValue(value)
        unit = domain_text(spec.unit)
        if unit:
            spin.setSuffix(f" {unit}")
        spin.setAccessibleName(domain_text(spec.label))
        spin.setToolTip(self._range_text(spec))
        spin.setFixedWidth(spin.fontMetrics().horizontalAdvance(f"0000 {self._widest_unit}") + 48)
        self.spins[spec.key] = spin
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 4)
        column.setSpacing(3)
        column.addWidget(spin, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._help(spec))
        self.add_field(spec.key, domain_text(spec.label), holder, [spin])

    def _range_text(self, spec: SettingSpec) -> str:
        unit = f" {domain_text(spec.unit)}" if spec.unit else ""
        return fill(self.tr("Fra %1 til %2%3."), spec.minimum, spec.maximum, unit)

    def _help(self, spec: SettingSpec) -> QLabel:
        help_text = " ".join(t for t in (domain_text(spec.help), self._range_text(spec)) if t)
        # Broken into lines here: a word-wrapped label in a form layout gets too little height.
        note = QLabel(textwrap.fill(help_text, HELP_WIDTH))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setStyleSheet(text_style(MUTED))
        return note

    def _add_defaults_button(self) -> None:
        button = QPushButton(self.tr("&Standardverdier"))
        button.setToolTip(self.tr("Sett alle feltene tilbake til standard (lagres med Lagre)"))
        button.setAutoDefault(False)
        button.clicked.connect(self.restore_defaults)
        self.buttons.addButton(button, self.buttons.ButtonRole.ResetRole)

    def restore_defaults(self) -> None:
        for spec in SPECS:
            if spec.key in self.spins:
                self.spins[spec.key].setValue(spec.default)

    def save(self) -> None:
        changes = {key: spin.value() for key, spin in self.spins.items()}
        self.saved = save_settings(self.db, changes)


def edit_settings(db: Database, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when the settings were saved."""
    return SettingsDialog(db, parent).exec() == SettingsDialog.DialogCode.Accepted

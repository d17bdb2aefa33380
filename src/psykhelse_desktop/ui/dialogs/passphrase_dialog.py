"""Fil → Bytt passord…: the current passphrase, the new one twice, with a strength hint."""

from __future__ import annotations

import textwrap

from PySide6.QtWidgets import QLabel, QWidget

from ...domain.errors import ValidationFailed
from ...domain.passphrase import passphrase_problem, passphrase_strength
from ...services.trust.record import OpenRecord
from ..texts import fill
from .form_dialog import FormDialog
from .unlock import FIELD_MESSAGE_WIDTH, busy_cursor, password_field


class ChangePassphraseDialog(FormDialog):
    """Rekeys the open record; the window goes on with the new key."""

    def __init__(self, record: OpenRecord, parent: QWidget | None = None):
        super().__init__(self.tr("Bytt passord"), parent)
        self.record = record
        self.set_intro(
            self.tr(
                "Velg et nytt passord, gjerne fire tilfeldige ord. Sikkerhetskopier du alt har "
                "tatt, beholder det gamle passordet."
            )
        )
        self.old = self.add_field("old", self.tr("Nåværende passord"), password_field())
        self.new = self.add_field("new", self.tr("Nytt passord"), password_field())
        self.strength = QLabel()
        self.form.addRow("", self.strength)
        self.repeated = self.add_field("repeated", self.tr("Gjenta det nye"), password_field())
        self.new.textChanged.connect(self._show_strength)
        self.set_save_text(self.tr("Bytt passord"))
        self._show_strength("")
        self.resize(560, 0)

    def _about_her(self) -> list[str]:
        return [self.record.profile.name, self.record.profile.municipality]

    def _show_strength(self, text: str) -> None:
        self.strength.setText(
            fill(self.tr("Styrke: %1"), passphrase_strength(text, self._about_her()))
        )

    def save(self) -> None:
        from ...services.trust.passphrase_change import change_open_record

        new, repeated = self.new.text(), self.repeated.text()
        problem = passphrase_problem(new, new, self._about_her())
        if problem:
            raise ValidationFailed({"new": textwrap.fill(problem, FIELD_MESSAGE_WIDTH)})
        if new != repeated:
            raise ValidationFailed({"repeated": passphrase_problem(new, repeated) or ""})
        with busy_cursor():
            change_open_record(self.record, self.old.text(), new, repeated)

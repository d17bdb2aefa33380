"""At start: unlock the encrypted record, or create it on the very first start."""

from __future__ import annotations

import contextlib
import textwrap
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from ...domain.errors import UserError, ValidationFailed
from ...domain.passphrase import passphrase_problem, passphrase_strength
from ...domain.record_safety import RecordDamaged
from ...domain.records import NurseProfile
from ...domain.validation import validate_profile
from ...paths import AppPaths
from .. import preload
from ..texts import domain_text, fill
from .form_dialog import FormDialog
from .profile_dialog import add_profile_fields, profile_from

if TYPE_CHECKING:
    from ...services.database import Database
    from ...services.trust.record import OpenRecord


# A refused passphrase's line, wrapped so the form stays narrow on a small screen.
FIELD_MESSAGE_WIDTH = 70


class UnlockDialog(FormDialog):
    """Asks for the passphrase; a wrong one is said plainly and she may try again. After five
    failures in a row the button waits, counting down (a timer: the window never blocks)."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None):
        super().__init__(self.tr("Lås opp Psykhelse Desktop"), parent)
        self.paths = paths
        self.database: Database | None = None
        self.set_intro(self.tr("Skriv passordet for å åpne journalen."))
        self.passphrase = self.add_field("passphrase", self.tr("Passord"), password_field())
        self.set_save_text(self.tr("Lås opp"))
        self.buttons.buttons()[0].setDefault(True)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.tick)
        add_restore_button(self)
        self.resize(460, 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.passphrase.setFocus()
        preload.start_loading()  # while she types
        self.tick()

    def tick(self) -> None:
        """Show how long until the next attempt may run; the button waits until then."""
        from ...services.trust.unlock_attempts import seconds_to_wait

        seconds = seconds_to_wait(self.paths)
        self.buttons.buttons()[0].setEnabled(seconds == 0)
        if seconds:
            self.message.setText(
                fill(
                    self.tr("For mange feil passord på rad. Vent %1 sekunder før du prøver igjen."),
                    seconds,
                )
            )
            self.message.show()
            self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.message.setText(self.tr("Du kan prøve igjen nå."))

    def save(self) -> None:
        try:
            with busy_cursor():
                self.database = _vault().unlock_vault(self.paths, self.passphrase.text())
        except RecordDamaged as damage:
            from .backup_damaged import offer_restore

            self.database = offer_restore(self, self.paths, self.passphrase.text(), damage)
            if self.database is None:
                raise UserError(damage.message) from None

    def restore_from_backup(self) -> None:
        """A backup instead of the record here (a damaged record, a lost key file)."""
        preload.wait_until_loaded()
        from .backup_damaged import restore_with

        self.database = restore_with(self, self.paths, self.passphrase.text(), False)
        if self.database is not None:
            self.accept()

    def try_save(self) -> None:
        super().try_save()
        if self.database is None:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self.tick()  # a failure may have started a wait


class LockDialog(UnlockDialog):
    """The window is locked: only this form shows, until the passphrase unlocks it again.

    Esc and the close button do nothing here; only the right passphrase leads on.
    """

    def __init__(self, record: OpenRecord, parent: QWidget | None = None):
        super().__init__(record.paths, parent)
        self.record = record
        self.setWindowTitle(self.tr("Psykhelse Desktop er låst"))
        self.set_intro(self.tr("Journalen er låst. Skriv passordet for å fortsette der du var."))
        self.restore_button.hide()
        self.buttons.buttons()[1].hide()  # Avbryt: locked stays locked
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def save(self) -> None:
        with busy_cursor():
            _vault().unlock_again(self.record, self.passphrase.text())
        self.database = self.record

    def reject(self) -> None:
        """Locked stays locked: Esc or closing the form does not open anything."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        event.ignore()


class FirstStartDialog(FormDialog):
    """Creates the record: passphrase twice with a strength hint, and who the nurse is."""

    def __init__(
        self, paths: AppPaths, kdf: dict[str, int] | None = None, parent: QWidget | None = None
    ):
        super().__init__(self.tr("Velkommen til Psykhelse Desktop"), parent)
        self.paths, self.kdf = paths, kdf
        self.database: Database | None = None
        self.set_intro(
            self.tr(
                "Journalen lagres kryptert på denne maskinen. Velg et passord du husker: "
                "uten passordet kan ingen, heller ikke du, åpne journalen igjen. "
                "Et langt passord av flere ord er både sterkt og lett å huske."
            )
        )
        self.passphrase = self.add_field("passphrase", self.tr("Passord"), password_field())
        self.strength = QLabel()
        self.form.addRow("", self.strength)
        self.repeated = self.add_field("repeated", self.tr("Gjenta passordet"), password_field())
        start = NurseProfile("", self.tr("Psykiatrisk sykepleier"), "")
        self.profile_fields = add_profile_fields(self, start)
        self.name = self.profile_fields["name"]
        self.municipality = self.profile_fields["municipality"]
        self.passphrase.textChanged.connect(self._show_strength)
        self.set_save_text(self.tr("Opprett journal"))
        add_restore_button(self)
        self._show_strength("")
        self.resize(560, 0)

    def restore_from_backup(self) -> None:
        """A new laptop: the record comes back from the backup file and the passphrase."""
        from .backup_damaged import restore_with

        self.database = restore_with(self, self.paths, "", False)
        if self.database is not None:
            self.accept()

    def save(self) -> None:
        self.database = None
        problems = self._problems()
        if problems:
            raise ValidationFailed(problems)
        profile = profile_from(self.profile_fields)
        with busy_cursor():
            self.database = _vault().create_vault(
                self.paths, self.passphrase.text(), profile, kdf=self.kdf
            )

    def _problems(self) -> dict[str, str]:
        problems = {}
        passphrase, repeated = self.passphrase.text(), self.repeated.text()
        too_weak = passphrase_problem(passphrase, passphrase, self._about_her())
        if too_weak:
            problems["passphrase"] = textwrap.fill(too_weak, FIELD_MESSAGE_WIDTH)
        elif mismatch := passphrase_problem(passphrase, repeated, self._about_her()):
            problems["repeated"] = mismatch
        if not self.name.text().strip():
            problems["name"] = self.tr(
                "Skriv navnet ditt; det står på alt du skriver og skriver ut."
            )
        if not self.municipality.text().strip():
            problems["municipality"] = self.tr("Skriv navnet på kommunen.")
        checked = validate_profile(profile_from(self.profile_fields))
        return {**{k: domain_text(v) for k, v in checked.items()}, **problems}

    def _about_her(self) -> list[str]:
        """Words a guesser would try first: her name and municipality."""
        return [self.name.text(), self.municipality.text()]

    def _show_strength(self, text: str) -> None:
        hint = passphrase_strength(text, self._about_her())
        self.strength.setText(fill(self.tr("Styrke: %1"), hint))


def add_restore_button(dialog: UnlockDialog | FirstStartDialog) -> None:
    button = dialog.buttons.addButton(
        QCoreApplication.translate("unlock", "Gjenopprett fra sikkerhetskopi…"),
        QDialogButtonBox.ButtonRole.ActionRole,
    )
    button.setAutoDefault(False)
    button.clicked.connect(dialog.restore_from_backup)
    dialog.restore_button = button


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """Shows the wait cursor while the key is derived (it takes a second on purpose)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _vault() -> ModuleType:
    """The storage stack (SQLAlchemy) loads while she types, so the dialog opens fast."""
    preload.wait_until_loaded()
    from ...services.trust import vault

    return vault

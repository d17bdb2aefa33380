"""Fil → "Ta sikkerhetskopi…": one file with the whole record, on a USB stick she chooses.

The folder is remembered. The backup is taken and checked in the background, so the window
stays alive; the dialog says plainly what was saved where, or what went wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.record_safety import moment_text, summary_text
from ...services.clock import oslo_now, to_oslo
from ...services.trust import backups
from ...services.trust.record import OpenRecord
from ..texts import domain_text, fill
from .backup_worker import BackgroundJob
from .form_dialog import error_label


class BackupDialog(QDialog):
    """Choose the folder, take the backup, read what was saved."""

    def __init__(self, db: OpenRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.job: BackgroundJob | None = None
        self.result: backups.BackupResult | None = None
        self.setWindowTitle(self.tr("Ta sikkerhetskopi"))
        self.folder = QLineEdit(str(backups.remembered_folder(db) or ""))
        self.folder.setPlaceholderText(self.tr("Velg en mappe på minnepinnen"))
        self.folder.setAccessibleName(self.tr("Mappe for sikkerhetskopien"))
        self.folder.textChanged.connect(lambda _text: self._update())
        self.status = wrapped_label()
        self.message = error_label()
        self.progress = busy_bar()
        self.buttons = QDialogButtonBox()
        self.take_button = self.buttons.addButton(
            self.tr("Ta sikkerhetskopi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.take_button.clicked.connect(self.take)
        self.close_button.clicked.connect(self.reject)
        self._layout()
        self._update()
        fit(self, 560)

    def _layout(self) -> None:
        intro = wrapped_label(
            self.tr(
                "En sikkerhetskopi er én fil med hele journalen, kryptert med passordet ditt. "
                "Lagre den på en minnepinne eller en annen disk enn denne maskinen, og "
                "oppbevar den et annet sted enn maskinen. Med filen og passordet får du "
                "journalen tilbake, også på en ny maskin."
            )
        )
        choose = QPushButton(self.tr("Velg &mappe…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mappe:")))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(row)
        self.last_outside = wrapped_label(self._last_outside_text())
        layout.addWidget(self.last_outside)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _last_outside_text(self) -> str:
        last = backups.last_external_backup(self.db)
        if last is None:
            return self.tr("Det er ikke tatt noen sikkerhetskopi utenfor maskinen ennå.")
        local = to_oslo(last)
        days = (oslo_now().date() - local.date()).days
        ago = {0: self.tr("i dag"), 1: self.tr("i går")}.get(days, self.tr("%1 dager siden"))
        text = self.tr("Forrige sikkerhetskopi utenfor maskinen: %1 (%2).")
        return fill(text, domain_text(moment_text(local)), fill(ago, days))

    def choose_folder(self) -> None:
        start = self.folder.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for kopien"), start)
        if chosen:
            self.folder.setText(chosen)

    def take(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        self.message.hide()
        self.status.setText(
            self.tr("Tar sikkerhetskopi og kontrollerer den. Du kan arbeide videre.")
        )
        self.progress.show()
        self.job = BackgroundJob(
            lambda: backups.take_backup(self.db, folder), self._done, self._failed, self
        ).start()
        self._update()

    def _done(self, result: backups.BackupResult) -> None:
        self.result = result
        self.progress.hide()
        text = self.tr(
            "Sikkerhetskopien er tatt og kontrollert.\nFil: %1\nMappe: %2\n\n%3\n\n"
            "Ta ut minnepinnen og oppbevar den et trygt sted, adskilt fra maskinen."
        )
        summary = domain_text(summary_text(result.summary))
        self.status.setText(fill(text, result.path.name, result.path.parent, summary))
        self.last_outside.setText(self._last_outside_text())
        self.job = None
        self.close_button.setDefault(True)
        self._update()
        fit(self, 560)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.status.clear()
        if message:
            self.message.setText(domain_text(message))
            self.message.show()
        self.job = None
        self._update()
        fit(self, 560)

    def _update(self) -> None:
        busy = self.job is not None
        self.take_button.setEnabled(not busy and bool(self.folder.text().strip()))
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.job is None:
            super().reject()


def fit(dialog: QDialog, width: int) -> None:
    """Keep the dialog at least `width` wide, and tall enough for its wrapped text."""
    dialog.setMinimumWidth(width)
    dialog.adjustSize()


def wrapped_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def busy_bar() -> QProgressBar:
    """A moving bar for work of unknown length; hidden until the work starts."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.hide()
    return bar

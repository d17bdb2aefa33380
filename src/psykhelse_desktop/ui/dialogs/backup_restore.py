"""Fil → "Gjenopprett fra sikkerhetskopi…" (and at first start on a new laptop).

She picks a backup (the automatic ones, a record set aside earlier, or a file on a USB stick),
types the passphrase, reads what it holds, and is asked before anything is replaced. The
record she has is moved aside, never deleted. On success `database` is the restored record,
unlocked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.record_safety import BackupSummary, moment_text, summary_text
from ...paths import AppPaths
from ..texts import domain_text, fill
from .backup_take import busy_bar, fit, wrapped_label
from .backup_worker import BackgroundJob
from .form_dialog import error_label
from .unlock import password_field

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Choose, read, confirm, restore; `before_replace` lets the window let go of its record."""

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        before_replace: Callable[[], None] = lambda: None,
        passphrase: str = "",
    ):
        super().__init__(parent)
        self.paths, self.before_replace = paths, before_replace
        self.database = None
        self.summary: BackupSummary | None = None
        self.job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Gjenopprett fra sikkerhetskopi"))
        self.sources = QListWidget()
        self.sources.setMaximumHeight(self.fontMetrics().height() * 9)
        self.sources.currentItemChanged.connect(lambda *_: self._forget_summary())
        self.passphrase = password_field()
        self.passphrase.setText(passphrase)
        self.passphrase.setAccessibleName(self.tr("Passord"))
        self.sources.setAccessibleName(self.tr("Sikkerhetskopier"))
        self.passphrase.returnPressed.connect(self.read_source)
        self.passphrase.textChanged.connect(lambda _text: self._forget_summary())
        self.contents = wrapped_label()
        self.message = error_label()
        self.progress = busy_bar()
        self._layout()
        self._fill_sources()
        self._update()
        fit(self, 620)

    def _layout(self) -> None:
        intro = wrapped_label(
            self.tr(
                "Velg sikkerhetskopien du vil hente journalen tilbake fra, og skriv passordet "
                "den ble tatt med. Journalen du har nå, blir ikke slettet: den flyttes til "
                "side og kan hentes tilbake herfra senere."
            )
        )
        self.choose_button = QPushButton(self.tr("Velg &fil…"))
        self.choose_button.setToolTip(self.tr("En sikkerhetskopi på en minnepinne eller disk"))
        self.choose_button.clicked.connect(self.choose_file)
        self.read_button = QPushButton(self.tr("&Les sikkerhetskopien"))
        self.read_button.clicked.connect(self.read_source)
        chooser = QHBoxLayout()
        chooser.addStretch(1)
        chooser.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Passord:"), self._with_button(self.passphrase, self.read_button))
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Gjenopprett…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(self.confirm_and_restore)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for part in (intro, self.sources, chooser, form, self.progress, self.contents,
                     self.message, self.buttons):  # fmt: skip
            (layout.addLayout if not isinstance(part, QWidget) else layout.addWidget)(part)

    @staticmethod
    def _with_button(field: QWidget, button: QPushButton) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        row.addWidget(button)
        return holder

    def _fill_sources(self) -> None:
        from ...services.trust.backup_files import restore_sources

        for path in restore_sources(self.paths):
            self._add_source(path)
        if self.sources.count():
            self.sources.setCurrentRow(0)
        else:
            self.sources.addItem(self.tr("Ingen sikkerhetskopier i datamappen: velg en fil."))
            self.sources.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _add_source(self, path: Path) -> QListWidgetItem:
        from ...services.trust.backup_files import source_label

        item = QListWidgetItem(domain_text(source_label(path)))
        item.setData(PATH_ROLE, path)
        item.setToolTip(str(path))
        self.sources.addItem(item)
        return item

    def chosen(self) -> Path | None:
        item = self.sources.currentItem()
        return None if item is None else item.data(PATH_ROLE)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Velg sikkerhetskopi"), str(Path.home()),
            self.tr("Sikkerhetskopier (*.psykhelse)"),
        )  # fmt: skip
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        """Select a backup file by its path (added to the list if it is not there)."""
        if self.sources.count() and self.sources.item(0).data(PATH_ROLE) is None:
            self.sources.clear()
        self.sources.setCurrentItem(self._add_source(path))
        self.passphrase.setFocus()

    # -- reading what it holds ---------------------------------------------------------------

    def read_source(self) -> None:
        from ...services.trust.restore import describe_source

        source, secret = self.chosen(), self.passphrase.text()
        if source is None or not secret or self.job is not None:
            return
        self._start(lambda: describe_source(source, secret), self._read, self.tr("Leser…"))

    def _read(self, summary: BackupSummary) -> None:
        self._finish()
        self.summary = summary
        self.contents.setText(domain_text(summary_text(summary)))
        self.restore_button.setDefault(True)
        self._update()
        fit(self, 620)

    def _forget_summary(self) -> None:
        self.summary = None
        self.contents.clear()
        self.message.hide()
        self._update()

    # -- restoring ---------------------------------------------------------------------------

    def confirm_and_restore(self) -> None:
        if self.summary is None or not self._confirmed():
            return
        from ...services.trust.restore import restore
        from ...services.trust.vault import unlock_vault

        source, secret, paths = self.chosen(), self.passphrase.text(), self.paths
        assert source is not None

        def work() -> object:
            restore(paths, source, secret)
            return unlock_vault(paths, secret)

        self.before_replace()
        self._start(work, self._restored, self.tr("Gjenoppretter og kontrollerer…"))

    def _confirmed(self) -> bool:
        assert self.summary is not None
        from ...services.trust.folder import found_record_files

        if not found_record_files(self.paths):
            return True  # an empty folder (a new laptop): nothing is replaced
        since = self.summary.newest_change
        text = self.tr(
            "Journalen du har nå, flyttes til side i mappen %1 og kan hentes tilbake derfra. "
            "Det som er lagret etter %2, er ikke med i sikkerhetskopien."
        )
        when = domain_text(moment_text(since)) if since else self.tr("kopien ble tatt")
        question = self.tr("Erstatte journalen med sikkerhetskopien?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Erstatte journalen?"), question,
                          parent=self)  # fmt: skip
        box.setInformativeText(fill(text, self.paths.set_aside, when))
        replace = box.addButton(self.tr("Erstatt journalen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is replace

    def _restored(self, database: object) -> None:
        self._finish()
        self.database = database
        self.accept()

    # -- shared ------------------------------------------------------------------------------

    def _start(self, work: Callable[[], object], done: Callable, text: str) -> None:
        self.message.hide()
        self.contents.setText(text)
        self.progress.show()
        self.job = BackgroundJob(work, done, self._failed, self).start()
        self._update()

    def _finish(self) -> None:
        self.progress.hide()
        self.job = None

    def _failed(self, message: str) -> None:
        self._finish()
        self.contents.clear()
        if message:
            self.message.setText(domain_text(message))
            self.message.show()
        self._update()
        fit(self, 620)

    def _update(self) -> None:
        busy = self.job is not None
        self.read_button.setEnabled(not busy and self.chosen() is not None)
        self.restore_button.setEnabled(not busy and self.summary is not None)
        self.choose_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.job is None:
            super().reject()

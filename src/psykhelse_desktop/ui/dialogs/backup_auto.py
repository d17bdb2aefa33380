"""The window's safekeeping: a daily automatic backup in the background, one on close, and a
plain word if the check at unlock (still running when the window opened) finds damage.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ...domain.errors import UserError
from ...services.trust import backups
from ...services.trust.integrity import IntegrityGate
from ...services.trust.record import OpenRecord
from ..colours import ERROR, text_style
from ..texts import domain_text
from .backup_worker import BackgroundJob

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30 * 60 * 1000  # the window may stay open past midnight


class Safekeeping(QObject):
    """Belongs to one main window; `stop()` before the window goes."""

    settled = Signal()

    def __init__(self, db: OpenRecord, window: QMainWindow, *, automatic: bool):
        super().__init__(window)
        self.db, self.window, self.automatic = db, window, automatic
        self.job: BackgroundJob | None = None
        self.damage_shown = db.read_only  # opened read-only on purpose: the banner says it
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily_if_due)
        self.settled.connect(self._on_settled)
        db.gate.when_settled(self._from_any_thread)

    def _from_any_thread(self, _gate: IntegrityGate) -> None:
        self.settled.emit()  # queued to the window's thread when called from the check

    def _on_settled(self) -> None:
        if self.db.read_only:
            self._tell_damaged()
        elif self.automatic:
            self.daily_if_due()
            self.timer.start()

    def daily_if_due(self) -> None:
        if self.job is not None or self.db.read_only or not backups.daily_backup_due(self.db):
            return
        self.job = BackgroundJob(
            lambda: backups.automatic_backup(self.db), self._done, self._failed, self
        ).start()

    def _done(self, _path: object) -> None:
        self.job = None

    def _failed(self, message: str) -> None:
        self.job = None
        if message:
            log.warning("Den daglige sikkerhetskopien feilet")
            self.window.statusBar().showMessage(domain_text(message), 30_000)

    def _tell_damaged(self) -> None:
        if self.damage_shown:
            return
        self.damage_shown = True
        text = self.tr(
            "Kontrollen fant feil i journalen: den er skadet. Fra nå er den bare åpnet for "
            "lesing, og ingenting blir skrevet til den. Skriv av det du trenger, og "
            "gjenopprett fra en sikkerhetskopi (Fil → Gjenopprett fra sikkerhetskopi…)."
        )
        label = QLabel(self.tr("Journalen er skadet: bare lesing"))
        label.setStyleSheet(text_style(ERROR, "font-weight: 600;"))
        self.window.statusBar().addPermanentWidget(label)
        QMessageBox.warning(self.window, self.tr("Journalen er skadet"), text)

    def stop(self) -> None:
        self.timer.stop()
        self.db.gate.forget(self._from_any_thread)
        if self.job is not None:
            self.job.wait()


def backup_on_close(db: OpenRecord, parent: QWidget | None = None) -> None:
    """A checked automatic backup when she closes the window, if anything changed."""
    if db.read_only or not backups.changed_since_last_automatic(db):
        return
    try:
        backups.automatic_backup(db)
    except UserError as exc:
        title = QCoreApplication.translate("backup_auto", "Sikkerhetskopi ved lukking")
        QMessageBox.warning(parent, title, domain_text(exc.message))

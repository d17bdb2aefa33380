"""When the passphrase is right but the file is damaged: say so, and offer the newest backup.

She can restore (the damaged record is moved aside, not deleted), or open the damaged record
for reading only, to copy out what she wrote since the backup. Nothing is written to it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...domain.errors import UserError
from ...domain.record_safety import RecordDamaged
from ...paths import AppPaths
from ..texts import domain_text
from .backup_restore import RestoreDialog

READ_ONLY_BANNER = (
    "Journalen er skadet og er åpnet bare for lesing: ingenting kan lagres. Skriv av det du "
    "trenger, og gjenopprett fra en sikkerhetskopi (Fil → Gjenopprett fra sikkerhetskopi…)."
)


def offer_restore(parent: QWidget | None, paths: AppPaths, passphrase: str, damage: RecordDamaged):
    """The nurse's choice after `damage`; the record to work with, or None (nothing opened)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("backup_damaged", "Journalen er skadet"),
        domain_text(damage.message),
        parent=parent,
    )
    role = QMessageBox.ButtonRole
    restore = box.addButton(
        QCoreApplication.translate("backup_damaged", "Gjenopprett fra sikkerhetskopi…"),
        role.AcceptRole,
    )
    read_only = box.addButton(
        QCoreApplication.translate("backup_damaged", "Åpne bare for lesing"), role.ActionRole
    )
    cancel = box.addButton(QCoreApplication.translate("backup_damaged", "Avbryt"), role.RejectRole)
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is restore:
        return restore_with(parent, paths, passphrase, damage.newest_backup is not None)
    if box.clickedButton() is read_only:
        return _open_read_only(parent, paths, passphrase)
    return None


def restore_with(
    parent: QWidget | None,
    paths: AppPaths,
    passphrase: str,
    read_now: bool,
    before_replace: Callable[[], None] = lambda: None,
):
    """The restore dialog with the newest backup chosen and the passphrase already in."""
    dialog = RestoreDialog(paths, parent, passphrase=passphrase, before_replace=before_replace)
    if read_now:
        QTimer.singleShot(0, dialog.read_source)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.database


def _open_read_only(parent: QWidget | None, paths: AppPaths, passphrase: str):
    from sqlalchemy.exc import DBAPIError

    from ...services.trust.vault import open_read_only

    try:
        return open_read_only(paths, passphrase)
    except UserError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("backup_damaged", "Kan ikke åpnes"),
            domain_text(exc.message),
        )
    except DBAPIError:  # a file too damaged to read even its first rows
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("backup_damaged", "Kan ikke åpnes"),
            QCoreApplication.translate(
                "backup_damaged",
                "Filen er så skadet at den ikke kan leses. Gjenopprett fra en sikkerhetskopi.",
            ),
        )
    return None

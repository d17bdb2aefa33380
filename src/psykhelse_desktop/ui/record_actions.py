"""The service user's record actions: new, edit, end or reopen the service, import, the logo.

Each opens its dialog, saves through a service, then announces the change on the bus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..domain.errors import UserError
from ..domain.records import ServiceUserForm
from ..domain.vocabulary import Status
from ..services import branding
from ..services.records import service_users
from .change_bus import RECORD, SERVICE_USERS
from .dialogs.import_dialog import run_import
from .dialogs.record_dialogs import CloseServiceDialog
from .dialogs.service_user_dialog import ServiceUserDialog
from .texts import domain_text

if TYPE_CHECKING:
    from .main_window import MainWindow


def make_action(window: MainWindow, text: str, slot, shortcut: str = "") -> QAction:  # noqa: ANN001
    """An action of the window, with its shortcut shown in the tooltip."""
    action = QAction(text, window)
    action.triggered.connect(slot)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text.rstrip('.')} ({shortcut})")
    window.addAction(action)
    return action


class RecordActions(QObject):
    """Actions on the selected service user's record, enabled by the user's status."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window, self.db, self.bus = window, window.db, window.bus
        self.new_action = make_action(
            window, self.tr("Ny tjenestemottaker..."), self.new_user, "Ctrl+N"
        )
        self.edit_action = make_action(window, self.tr("Rediger..."), self.edit_user, "Ctrl+E")
        self.close_action = make_action(window, self.tr("Avslutt tjenesten..."), self.close_user)
        self.reopen_action = make_action(window, self.tr("Gjenåpne"), self.reopen_user)
        self.import_action = make_action(
            window, self.tr("Importer fra regneark..."), self.import_users
        )
        self.logo_action = make_action(
            window, self.tr("Kommunens logo på utskrifter..."), self.choose_logo
        )
        self.remove_logo_action = make_action(
            window, self.tr("Fjern logoen fra utskrifter"), self.remove_logo
        )

    def update(self) -> None:
        users = self.window.built_users_page()  # never shown: nobody is selected
        detail = None if users is None else users.detail.detail
        self.edit_action.setEnabled(detail is not None)
        for action in (self.window.access_action, self.window.record_copy_action):
            action.setEnabled(detail is not None)
        self.close_action.setEnabled(detail is not None and detail.status == Status.ACTIVE)
        self.reopen_action.setEnabled(detail is not None and detail.status == Status.CLOSED)

    def new_user(self) -> None:
        dialog = ServiceUserDialog(self.db, ServiceUserForm(), parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(SERVICE_USERS)
            self.window.open_user(dialog.saved_id)

    def edit_user(self) -> None:
        detail = self.window.users_page.detail.detail
        if detail is None:
            return
        dialog = ServiceUserDialog(
            self.db, detail.form, detail.id, parent=self.window, version=detail.version
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and (dialog.changed_labels or dialog.took_stored):
            self.bus.announce(SERVICE_USERS, RECORD)

    def close_user(self) -> None:
        detail = self.window.users_page.detail.detail
        if detail is None:
            return
        dialog = CloseServiceDialog(self.db, detail.id, detail.full_name, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(SERVICE_USERS, RECORD)

    def reopen_user(self) -> None:
        detail = self.window.users_page.detail.detail
        if detail is None:
            return
        try:
            service_users.reopen(self.db, detail.id)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Gjenåpne"), domain_text(exc.message))
            return
        self.bus.announce(SERVICE_USERS, RECORD)

    def import_users(self) -> None:
        if run_import(self.db, self.window):
            self.window.tabs.setCurrentWidget(self.window.users_page)
            self.bus.announce(SERVICE_USERS)

    def choose_logo(self) -> None:
        """A PNG or JPEG the header of every printed document shows beside the municipality."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Velg kommunens logo"), "", self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        if path:
            self._change_logo(lambda: branding.set_logo(self.db, Path(path)))

    def remove_logo(self) -> None:
        self._change_logo(lambda: branding.remove_logo(self.db))

    def _change_logo(self, change: Callable[[], None]) -> None:
        try:
            change()
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Logo"), domain_text(exc.message))
            return
        has_logo = branding.get_logo(self.db) is not None
        text = (
            self.tr("Logoen brukes nå på alle utskrifter.")
            if has_logo
            else self.tr("Utskriftene har ikke lenger logo.")
        )
        self.window.statusBar().showMessage(text, 8000)

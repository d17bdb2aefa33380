"""The main window: service users and the address book, with the actions and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.records import ServiceUserForm
from ..domain.vocabulary import Status
from ..services import branding, service_users
from ..services.database import Database
from .change_bus import RECORD, SERVICE_USERS, ChangeBus
from .dialogs.import_dialog import run_import
from .dialogs.record_dialogs import CloseServiceDialog
from .dialogs.service_user_dialog import ServiceUserDialog
from .pages.address_book_page import AddressBookPage
from .pages.service_users_page import ServiceUsersPage
from .texts import domain_text

STYLE = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; padding: 2px 0 6px 0; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; }
QLabel#demoBanner { background: #fff4ce; color: #5c4400; padding: 6px 10px; }
"""


class MainWindow(QMainWindow):
    """Holds the record for the session; dialogs save through services, then announce."""

    def __init__(self, db: Database, bus: ChangeBus | None = None, banner: str = ""):
        super().__init__()
        self.db, self.bus = db, bus or ChangeBus(self)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self._title())
        self.users_page = ServiceUsersPage(db, self.bus)
        self.address_page = AddressBookPage(db, self.bus)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.users_page, self.tr("Tjenestemottakere"))
        self.tabs.addTab(self.address_page, self.tr("Adressebok"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self._with_banner(banner))
        self._make_actions()
        self.bus.changed.connect(lambda _topics: self._update_actions())
        self.users_page.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """1366x768 at most, and never larger than the screen (think 150 % scaling)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1366, screen.width()), min(768, screen.height()))

    def _title(self) -> str:
        profile = self.db.profile
        where = f" – {profile.municipality}" if profile.municipality else ""
        return self.tr("Psykhelse Desktop") + where

    def _with_banner(self, banner: str) -> QWidget:
        if not banner:
            return self.tabs
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(banner)
        label.setObjectName("demoBanner")
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.tabs, 1)
        return holder

    def _make_actions(self) -> None:
        tr = self.tr
        self.new_action = self._action(tr("Ny tjenestemottaker..."), self.new_user, "Ctrl+N")
        self.edit_action = self._action(tr("Rediger..."), self.edit_user, "Ctrl+E")
        self.close_action = self._action(tr("Avslutt tjenesten..."), self.close_user)
        self.reopen_action = self._action(tr("Gjenåpne"), self.reopen_user)
        self.import_action = self._action(tr("Importer fra regneark..."), self.import_users)
        self.find_action = self._action(tr("Søk"), self.focus_search, "Ctrl+F")
        self.plan_action = self._action(tr("Individuell plan"), self.show_plan, "Ctrl+I")
        self.logo_action = self._action(tr("Kommunens logo på utskrifter..."), self.choose_logo)
        self.remove_logo_action = self._action(tr("Fjern logoen fra utskrifter"), self.remove_logo)
        self.quit_action = self._action(tr("Lukk programmet"), self.close, "Ctrl+Q")
        self._make_menus()
        self._make_toolbar()

    def _action(self, text: str, slot, shortcut: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.rstrip('.')} ({shortcut})")
        self.addAction(action)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addActions([self.logo_action, self.remove_logo_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        user_menu = bar.addMenu(self.tr("&Tjenestemottaker"))
        user_menu.addActions([self.new_action, self.edit_action, self.find_action])
        user_menu.addAction(self.plan_action)
        user_menu.addSeparator()
        user_menu.addActions([self.close_action, self.reopen_action])

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Handlinger"))
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.edit_action])
        toolbar.addActions([self.close_action, self.reopen_action])
        toolbar.addSeparator()
        toolbar.addAction(self.import_action)
        self.addToolBar(toolbar)

    def _update_actions(self, *_args: object) -> None:
        detail = self.users_page.detail.detail
        self.edit_action.setEnabled(detail is not None)
        self.close_action.setEnabled(detail is not None and detail.status == Status.ACTIVE)
        self.reopen_action.setEnabled(detail is not None and detail.status == Status.CLOSED)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Unsaved plan edits are not lost silently; temporary prints are removed on close."""
        if self.users_page.plan.has_unsaved_edits() and not self._discard_plan_edits():
            event.ignore()
            return
        self.users_page.plan.close_down()
        super().closeEvent(event)

    def _discard_plan_edits(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Endringer er ikke lagret"),
            self.tr("Du har endringer i en individuell plan som ikke er lagret."),
            parent=self,
        )
        back = box.addButton(self.tr("Gå tilbake og lagre"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Lukk uten å lagre"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is not back

    def show_plan(self) -> None:
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.user_tabs.setCurrentWidget(self.users_page.plan)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.focus_search()

    def new_user(self) -> None:
        dialog = ServiceUserDialog(self.db, ServiceUserForm(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentWidget(self.users_page)
            self.bus.announce(SERVICE_USERS)
            self.users_page.select_user(dialog.saved_id)

    def edit_user(self) -> None:
        detail = self.users_page.detail.detail
        if detail is None:
            return
        dialog = ServiceUserDialog(self.db, detail.form, detail.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed_labels:
            self.bus.announce(SERVICE_USERS, RECORD)

    def close_user(self) -> None:
        detail = self.users_page.detail.detail
        if detail is None:
            return
        dialog = CloseServiceDialog(self.db, detail.id, detail.full_name, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(SERVICE_USERS, RECORD)

    def reopen_user(self) -> None:
        detail = self.users_page.detail.detail
        if detail is None:
            return
        try:
            service_users.reopen(self.db, detail.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Gjenåpne"), domain_text(exc.message))
            return
        self.bus.announce(SERVICE_USERS, RECORD)

    def import_users(self) -> None:
        if run_import(self.db, self):
            self.tabs.setCurrentWidget(self.users_page)
            self.bus.announce(SERVICE_USERS)

    def choose_logo(self) -> None:
        """A PNG or JPEG the header of every printed document shows beside the municipality."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg kommunens logo"), "", self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        if path:
            self._change_logo(lambda: branding.set_logo(self.db, Path(path)))

    def remove_logo(self) -> None:
        self._change_logo(lambda: branding.remove_logo(self.db))

    def _change_logo(self, change: Callable[[], None]) -> None:
        try:
            change()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Logo"), domain_text(exc.message))
            return
        has_logo = branding.get_logo(self.db) is not None
        text = (
            self.tr("Logoen brukes nå på alle utskrifter.")
            if has_logo
            else self.tr("Utskriftene har ikke lenger logo.")
        )
        self.statusBar().showMessage(text, 8000)

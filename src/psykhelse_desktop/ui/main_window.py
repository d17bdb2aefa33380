"""The main window: "I dag" first, then service users, tasks, requests, address book, ledger.

It owns the navigation: any page (the radar, the task list, the journal search) asks the
window to open a service user at a given tab, a meeting, or the requests page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.radar import RadarLine, Target
from ..services.database import Database
from .change_bus import ChangeBus
from .colours import NOTICE_TEXT, css, notice_style
from .keys import assign_mnemonics
from .language_menu import LanguageMenu
from .pages.action_items_page import ActionItemsPage
from .pages.address_book_page import AddressBookPage
from .pages.ledger_page import LedgerPage
from .pages.radar_page import RadarPage
from .pages.requests_page import RequestsPage
from .pages.service_users_page import ServiceUsersPage
from .record_actions import RecordActions, make_action
from .widgets.lazy_tabs import LazyTabs
from .widgets.questions import Leave, ask_discard
from .widgets.screen_fit import resize_within_screen

STYLE = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; padding: 2px 0 6px 0; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; }
QLabel#lockedText { font-size: 15pt; }
"""

# The tabs of a service user's page, by the name `open_user` takes.
RECORD_TAB, PLAN_TAB, GROUP_TAB, JOURNAL_TAB, SERVICES_TAB, ACCESS_TAB = (
    "record", "plan", "group", "journal", "services", "access",
)  # fmt: skip
_USER_TAB_PAGES = {
    RECORD_TAB: "detail", PLAN_TAB: "plan", GROUP_TAB: "group",
    JOURNAL_TAB: "journal", SERVICES_TAB: "services", ACCESS_TAB: "access",
}  # fmt: skip
_RADAR_TABS = {
    Target.PLAN: PLAN_TAB, Target.GROUP: GROUP_TAB, Target.JOURNAL: JOURNAL_TAB,
    Target.DECISIONS: SERVICES_TAB, Target.RECORD: RECORD_TAB,
}  # fmt: skip


class MainWindow(QMainWindow):
    """Holds the record for the session; dialogs save through services, then announce."""

    def __init__(self, db: Database, bus: ChangeBus | None = None, banner: str = ""):
        super().__init__()
        self.db, self.bus = db, bus or ChangeBus(self)
        self.after_close: str | None = None  # "restore": start.show_window restores, then reopens
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self._title())
        self.tabs = QTabWidget()
        self._make_pages()
        self.tabs.setDocumentMode(True)
        self.tabs.setCurrentWidget(self.radar_page)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._with_banner(banner))
        self.stack.addWidget(self._locked_page())
        self.setCentralWidget(self.stack)
        self._make_actions()
        self.bus.changed.connect(lambda _topics: self._update_actions())
        self._update_actions()
        self._fit_to_screen()
        self.window_lock = self._make_lock()
        self.show_unlock_notices()

    def _make_pages(self) -> None:
        """*I dag* now; the other pages when first shown (unlock waits only for *I dag*)."""
        self.radar_page = RadarPage(self.db, self.bus)
        self.radar_page.read_ahead()  # read while the rest of the window is built
        self.radar_page.open_target.connect(self.open_radar_line)
        self.radar_page.settings_requested.connect(self.edit_settings)
        self.tabs.addTab(self.radar_page, self.tr("I dag"))
        self.pages = LazyTabs(self.tabs)
        self.pages.add("users", self.tr("Tjenestemottakere"), self._make_users_page)
        self.pages.add("action_items", self.tr("Oppgaver"), self._make_action_items_page)
        self.pages.add("requests", self.tr("Henvendelser"), self._make_requests_page)
        self.pages.add("address", self.tr("Adressebok"), lambda: AddressBookPage(self.db, self.bus))
        self.pages.add("ledger", self.tr("Utleveringslogg"), lambda: LedgerPage(self.db, self.bus))

    def _make_users_page(self) -> ServiceUsersPage:
        page = ServiceUsersPage(self.db, self.bus)
        page.table.selectionModel().selectionChanged.connect(self._update_actions)
        return page

    def _make_action_items_page(self) -> ActionItemsPage:
        page = ActionItemsPage(self.db, self.bus)
        page.open_user_requested.connect(self.open_group_of)
        return page

    def _make_requests_page(self) -> RequestsPage:
        page = RequestsPage(self.db, self.bus)
        page.open_user_requested.connect(self.open_user)
        return page

    @property
    def users_page(self) -> ServiceUsersPage:
        return self.pages.page("users")

    @property
    def action_items_page(self) -> ActionItemsPage:
        return self.pages.page("action_items")

    @property
    def requests_page(self) -> RequestsPage:
        return self.pages.page("requests")

    @property
    def address_page(self) -> AddressBookPage:
        return self.pages.page("address")

    @property
    def ledger_page(self) -> LedgerPage:
        return self.pages.page("ledger")

    def built_users_page(self) -> ServiceUsersPage | None:
        """The service-user page, or None while it has never been shown."""
        return self.pages.built("users")

    def _fit_to_screen(self) -> None:
        """1366x768 at most, and never larger than the screen (think 150 % scaling)."""
        resize_within_screen(self, 1366, 768)

    def _title(self) -> str:
        profile = self.db.profile
        where = f" – {profile.municipality}" if profile.municipality else ""
        return self.tr("Psykhelse Desktop") + where

    def _with_banner(self, banner: str) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if banner:
            label = QLabel(banner)
            label.setObjectName("demoBanner")
            label.setStyleSheet(notice_style("padding: 6px 10px; border-width: 0 0 1px 0;"))
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self._notice_bar())
        layout.addWidget(self.tabs, 1)
        return holder

    def _notice_bar(self) -> QWidget:
        """What unlocking found (failed attempts, a broken log chain), until she closes it."""
        self.notice_bar = QWidget()
        self.notice_bar.setObjectName("noticeBar")
        self.notice_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.notice_bar.setStyleSheet(
            f"QWidget#noticeBar {{ {notice_style('border-width: 0 0 1px 0;')} }}"
        )
        row = QHBoxLayout(self.notice_bar)
        row.setContentsMargins(10, 6, 10, 6)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {css(NOTICE_TEXT)};")
        close = QPushButton(self.tr("&Lukk"))
        close.clicked.connect(self.notice_bar.hide)
        row.addWidget(self.notice, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_bar.hide()
        return self.notice_bar

    def _locked_page(self) -> QWidget:
        label = QLabel(self.tr("Journalen er låst."))
        label.setObjectName("lockedText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def show_unlock_notices(self) -> None:
        notes = [getattr(self.db, "failed_unlocks", ""), getattr(self.db, "chain_warning", "")]
        text = "\n".join(note for note in notes if note)
        self.notice.setText(text)
        self.notice_bar.setVisible(bool(text))
        self.db.failed_unlocks = ""  # said once

    # -- the lock (ui/lock.py) ---------------------------------------------------------------

    def _make_lock(self):  # noqa: ANN202
        from ..services.settings import get_settings
        from ..services.trust.record import OpenRecord
        from .lock import WindowLock

        if not isinstance(self.db, OpenRecord) or self.db.read_only:
            self.lock_action.setEnabled(False)
            self.passphrase_action.setEnabled(False)
            return None
        return WindowLock(self, self.db, get_settings(self.db).lock_after_minutes)

    def lock(self) -> None:
        if self.window_lock is not None:
            self.window_lock.lock()

    def show_locked(self, locked: bool) -> None:
        """Only the lock page, no title with a place or a person, no menus, while locked."""
        self.stack.setCurrentIndex(1 if locked else 0)
        self.setWindowTitle(self.tr("Psykhelse Desktop – låst") if locked else self._title())
        self.menuBar().setEnabled(not locked)
        for toolbar in self.findChildren(QToolBar):
            toolbar.setVisible(not locked)

    def refresh_after_unlock(self) -> None:
        """The pages built so far read afresh; the others read when first shown."""
        for name in ("users", "action_items", "requests", "address", "ledger"):
            page = self.pages.built(name)
            if page is not None:
                page.refresh()
        self.radar_page.refresh(audit=False)

    def change_passphrase(self) -> None:
        from ..services.trust.passphrase_change import OLD_BACKUPS_NOTE
        from .dialogs.passphrase_dialog import ChangePassphraseDialog
        from .texts import domain_text

        if ChangePassphraseDialog(self.db, self).exec() == QDialog.DialogCode.Accepted:
            self.notice.setText(domain_text(OLD_BACKUPS_NOTE))
            self.notice_bar.show()

    # -- actions and menus -----------------------------------------------------------------

    def _make_actions(self) -> None:
        self.record_actions = records = RecordActions(self)
        self.new_action, self.edit_action = records.new_action, records.edit_action
        self.close_action, self.reopen_action = records.close_action, records.reopen_action
        self.import_action = records.import_action
        self.logo_action, self.remove_logo_action = records.logo_action, records.remove_logo_action
        self.find_action = make_action(self, self.tr("Søk"), self.focus_search, "Ctrl+F")
        self.plan_action = make_action(self, self.tr("Individuell plan"), self.show_plan, "Ctrl+I")
        self.group_action = make_action(self, self.tr("Ansvarsgruppe"), self.show_group, "Ctrl+G")
        self.journal_search_action = make_action(
            self, self.tr("Søk i journalen..."), self.search_journal, "Ctrl+Shift+F"
        )
        self.access_action = make_action(
            self, self.tr("Hvem har sett journalen..."), self.show_access_log
        )
        self.record_copy_action = make_action(
            self, self.tr("Innsyn: skriv ut alt som er registrert..."), self.print_record_copy
        )
        self.today_action = make_action(self, self.tr("I dag"), self.show_today, "Ctrl+0")
        self.export_action = make_action(self, self.tr("Tall til kommunen..."), self.export_figures)
        self.ledger_action = make_action(self, self.tr("Utleveringslogg"), self.show_ledger)
        self.settings_action = make_action(self, self.tr("Innstillinger..."), self.edit_settings)
        self.profile_action = make_action(self, self.tr("Min profil…"), self.edit_profile)
        self.quit_action = make_action(self, self.tr("Lukk programmet"), self.close, "Ctrl+Q")
        self.backup_action = make_action(self, self.tr("Ta sikkerhetskopi…"), self.take_backup)
        self.restore_action = make_action(
            self, self.tr("Gjenopprett fra sikkerhetskopi…"), self.restore
        )
        self.help_action = make_action(self, self.tr("Brukerveiledning"), self.show_help, "F1")
        self.help_action.setShortcutContext(
            Qt.ShortcutContext.ApplicationShortcut
        )  # in dialogs too
        self.keys_action = make_action(self, self.tr("Hurtigtaster"), self.show_keys)
        self.about_action = make_action(self, self.tr("Om Psykhelse Desktop"), self.show_about)
        self.lock_action = make_action(self, self.tr("Lås"), self.lock, "Ctrl+L")
        self.passphrase_action = make_action(self, self.tr("Bytt passord…"), self.change_passphrase)
        self._make_menus()
        self._make_toolbar()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addActions([self.profile_action, self.logo_action, self.remove_logo_action])
        file_menu.addAction(self.settings_action)
        self.language_menu = LanguageMenu(self.db, file_menu, self)
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addActions([self.lock_action, self.passphrase_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        user_menu = bar.addMenu(self.tr("&Tjenestemottaker"))
        user_menu.addActions([self.new_action, self.edit_action, self.find_action])
        user_menu.addActions([self.plan_action, self.group_action, self.journal_search_action])
        user_menu.addSeparator()
        user_menu.addActions([self.access_action, self.record_copy_action])
        user_menu.addSeparator()
        user_menu.addActions([self.close_action, self.reopen_action])
        reports = bar.addMenu(self.tr("&Rapporter"))
        reports.addActions([self.today_action, self.export_action, self.ledger_action])
        help_menu = bar.addMenu(self.tr("&Hjelp"))
        help_menu.addActions([self.help_action, self.keys_action, self.about_action])
        for menu in (file_menu, user_menu, reports, help_menu):
            assign_mnemonics(menu)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Handlinger"))
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.edit_action])
        toolbar.addActions([self.close_action, self.reopen_action])
        toolbar.addSeparator()
        toolbar.addActions([self.import_action, self.export_action])
        self.addToolBar(toolbar)

    def _update_actions(self, *_args: object) -> None:
        self.record_actions.update()

    # -- navigation ------------------------------------------------------------------------

    def open_user(self, user_id: int, tab: str = RECORD_TAB) -> None:
        """Select the service user and show one tab of the user's page ("record", "plan"...)."""
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.select_user(user_id)
        page = getattr(self.users_page, _USER_TAB_PAGES[tab])
        self.users_page.user_tabs.setCurrentWidget(page)

    def open_journal_entry(
        self, user_id: int, entry_id: int, words: list[str] | None = None
    ) -> None:
        """The service user's journal with the entry selected (from a search hit or "I dag");
        `words` (a search's) are marked in the entry."""
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.open_journal_entry(user_id, entry_id, words)

    def open_radar_line(self, line: RadarLine) -> None:
        """Where a line of "I dag" leads: a meeting, the requests, or a tab of the user."""
        target = line.target
        if target is Target.BACKUP:
            self.take_backup()
        elif target is Target.MEETING and line.meeting_id is not None:
            self.open_meeting(line.meeting_id)
        elif target is Target.REQUESTS or line.service_user_id is None:
            self.show_requests(line.request_id)
        elif target is Target.JOURNAL and line.entry_id is not None:
            self.open_journal_entry(line.service_user_id, line.entry_id)
        else:
            self.open_user(line.service_user_id, _RADAR_TABS[target])

    def open_meeting(self, meeting_id: int) -> None:
        from .meeting.meeting_editor import MeetingEditor

        MeetingEditor(self.db, self.bus, meeting_id, self).exec()

    def show_requests(self, request_id: int | None = None) -> None:
        self.tabs.setCurrentWidget(self.requests_page)
        if request_id is not None:
            self.requests_page.select_request(request_id)

    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.radar_page)

    def show_ledger(self) -> None:
        self.tabs.setCurrentWidget(self.ledger_page)

    def show_plan(self) -> None:
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.user_tabs.setCurrentWidget(self.users_page.plan)

    def show_group(self) -> None:
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.user_tabs.setCurrentWidget(self.users_page.group)

    def show_access_log(self) -> None:
        """«Hvem har sett journalen» of the selected service user."""
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.user_tabs.setCurrentWidget(self.users_page.access)

    def print_record_copy(self) -> None:
        """Innsyn: everything about the selected service user as one PDF, previewed first."""
        detail = self.users_page.detail.detail
        if detail is not None:
            self.users_page.access.prints.record_copy(detail.id, detail.full_name)

    def open_group_of(self, user_id: int) -> None:
        """From a line elsewhere (an action item) to the service user's group."""
        self.open_user(user_id, GROUP_TAB)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.users_page)
        self.users_page.focus_search()

    def search_journal(self) -> None:
        """Search all journal text; the chosen hit opens in the user's journal."""
        from .journal.search_dialog import JournalSearchDialog

        dialog = JournalSearchDialog(self.db, self.bus, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.open_journal_entry(*dialog.chosen, dialog.words())

    # -- reports and settings --------------------------------------------------------------

    def export_figures(self) -> None:
        from .dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.db, self)
        dialog.exported.connect(lambda _result: self.ledger_page.refresh())
        dialog.exec()

    def edit_settings(self) -> None:
        from .dialogs.settings_dialog import edit_settings

        if edit_settings(self.db, self):
            self.radar_page.refresh(audit=False)
            if self.window_lock is not None:
                from ..services.settings import get_settings

                self.window_lock.set_minutes(get_settings(self.db).lock_after_minutes)
            self.statusBar().showMessage(self.tr("Innstillingene er lagret."), 8000)

    def edit_profile(self) -> None:
        from .dialogs.profile_dialog import ProfileDialog

        if ProfileDialog(self.db, self).exec() == ProfileDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Profilen din er lagret."), 8000)

    # -- help ------------------------------------------------------------------------------

    def show_help(self) -> None:
        from .help import HelpDialog

        HelpDialog(QApplication.activeModalWidget() or self).exec()

    def show_keys(self) -> None:
        from .keys import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        from .help import AboutDialog

        AboutDialog(self.db.db_path.parent, self).exec()

    # -- safekeeping (ui/dialogs/backup_*.py) ---------------------------------------------

    def take_backup(self) -> None:
        from .dialogs.backup_take import BackupDialog

        BackupDialog(self.db, self).exec()
        self.radar_page.refresh(audit=False)

    def restore(self) -> None:
        """The window closes first, so nothing holds the record while it is replaced."""
        self.after_close = "restore"
        if not self.close():
            self.after_close = None

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Unsaved plan edits are not lost silently; temporary prints are removed on close."""
        users = self.built_users_page()
        if users is not None:
            if users.plan.has_unsaved_edits() and not self._discard_plan_edits():
                event.ignore()
                return
            users.plan.close_down()
            users.journal.close_down()
            users.access.close_down()
        self.radar_page.close_down()
        super().closeEvent(event)

    def _discard_plan_edits(self) -> bool:
        answer = ask_discard(
            self,
            self.tr("Du har endringer i en individuell plan som ikke er lagret."),
            title=self.tr("Endringer er ikke lagret"),
            discard=self.tr("Lukk uten å lagre"),
            stay=self.tr("Gå tilbake og lagre"),
        )
        return answer is Leave.DISCARD

"""The window's lock: after a while without input, or at once (Ctrl+L, Fil → Lås).

Locked, the window shows only the unlock form: the pages are hidden and their rows cleared,
every other window (an open dialog, a preview) is covered and untitled but kept as it was,
the record's connections are closed and its key dropped. Unlocking opens the record again,
refreshes the pages, and returns to the same tab and person; a covered dialog shows again
with everything typed in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QTableWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from .change_bus import ADDRESS_BOOK, GROUP, JOURNAL, PLAN, RECORD, SERVICE_USERS, SERVICES
from .dialogs.unlock import LockDialog

if TYPE_CHECKING:
    from ..services.trust.record import OpenRecord
    from .main_window import MainWindow

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip
ALL_TOPICS = (SERVICE_USERS, RECORD, ADDRESS_BOOK, PLAN, GROUP, JOURNAL, SERVICES)
COVER_STYLE = "background: palette(window); font-size: 13pt;"


@dataclass
class Place:
    """Where she was: the window's tab, and the person and tab on the user page."""

    tab: int
    user_id: int | None
    user_tab: int


class WindowLock(QObject):
    """Watches for input; locks the window after `minutes` without any."""

    def __init__(self, window: MainWindow, record: OpenRecord, minutes: int):
        super().__init__(window)
        self.window, self.record = window, record
        self.dialog: LockDialog | None = None
        self._covers: list[tuple[QWidget, QWidget, str]] = []
        self._place: Place | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self.idle.setInterval(minutes * 60_000)
        if not self.locked:
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in INPUT_EVENTS and not self.locked:
            self.idle.start()  # restarts the wait
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.idle.stop()
        self._place = self._where()
        self._cover_other_windows()
        self.window.show_locked(True)
        self._clear_rows()
        self.record.forget_key()
        self.dialog = LockDialog(self.record, self.window)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self) -> None:
        assert self.dialog is not None
        self.dialog.deleteLater()
        self.dialog = None
        self.window.show_locked(False)
        self.window.bus.announce(*ALL_TOPICS)
        self.window.refresh_after_unlock()
        self._go_back()
        self._uncover()
        self.window.show_unlock_notices()
        self.idle.start()

    def _where(self) -> Place:
        users = self.window.users_page
        return Place(self.window.tabs.currentIndex(), users.current_user_id(),
                     users.user_tabs.currentIndex())  # fmt: skip

    def _go_back(self) -> None:
        place = self._place
        if place is None:
            return
        if place.user_id is not None:
            self.window.users_page.select_user(place.user_id)
            self.window.users_page.user_tabs.setCurrentIndex(place.user_tab)
        self.window.tabs.setCurrentIndex(place.tab)

    def _clear_rows(self) -> None:
        """Nothing read from the record stays in the window's lists while it is locked."""
        self.window.users_page.model.show(None)
        for tree in self.window.findChildren(QTreeWidget):
            tree.clear()
        for table in self.window.findChildren(QTableWidget):
            table.setRowCount(0)

    def _cover_other_windows(self) -> None:
        """Open dialogs stay open (what she typed stays) but show nothing and no title."""
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            cover = QWidget(widget)
            cover.setAutoFillBackground(True)
            cover.setStyleSheet(COVER_STYLE)
            layout = QVBoxLayout(cover)
            layout.addWidget(QLabel(self.tr("Låst")), 0, Qt.AlignmentFlag.AlignCenter)
            cover.setGeometry(widget.rect())
            cover.show()
            cover.raise_()
            self._covers.append((widget, cover, widget.windowTitle()))
            widget.setWindowTitle(self.tr("Låst"))

    def _uncover(self) -> None:
        for widget, cover, title in self._covers:
            try:
                cover.deleteLater()
                widget.setWindowTitle(title)
            except RuntimeError:  # the dialog was closed meanwhile (and its cover with it)
                continue
        self._covers = []

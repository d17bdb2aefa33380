"""A tab about the selected service user that reads (an audited opening) only while shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...services.database import Database
from ..change_bus import ChangeBus


class FirstLook:
    """Whether a page's reading is its first look at the selected person (then it is logged).

    A page logs one opening per selection of a person, not one per redraw after a change or
    per switch between tabs; selecting someone else and coming back is a new opening."""

    def __init__(self) -> None:
        self._last: int | None = None

    def __call__(self, user_id: int | None) -> bool:
        first, self._last = user_id != self._last, user_id
        return first


class UserTab(QWidget):
    """Remembers whose page to show; reads it when the tab shows, and again after a change.

    Subclasses name the bus topics that touch their data in `TOPICS` and define `reload()`,
    which reads the page for `user_id` (None: the empty page).
    """

    TOPICS: frozenset[str] = frozenset()

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.user_id: int | None = None
        self.user_name = ""
        self._stale = True
        self.first_look = FirstLook()
        bus.changed.connect(self._on_changed)

    def show_user(self, user_id: int | None, name: str = "") -> None:
        """Remember the selection; the page is read only when the tab shows."""
        self.user_id, self.user_name, self._stale = user_id, name, True
        if self.isVisible():
            self.reload()

    def needs_reload(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.needs_reload():
            self.reload()

    def _on_changed(self, topics: set[str]) -> None:
        if topics & self.TOPICS:
            self._stale = True
            if self.isVisible():
                self.reload()

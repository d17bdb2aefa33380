"""One listing row in the audit log each time a page shows the nurse a different list of people."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtWidgets import QWidget

from ...services.database import Database
from ...services.trust import access_log


class ListingLog:
    """Logs a list of service users when it is on screen; the same list shown again is not
    logged again (a redraw, a switch back to the tab), a different one is (a new search)."""

    def __init__(self, db: Database, page: QWidget):
        self.db, self.page = db, page
        self._last: Hashable = None

    def note(self, what: str, people: Iterable[Hashable]) -> None:
        shown = frozenset(people)
        self.note_counted(what, shown, len(shown))

    def note_counted(self, what: str, shown: Hashable, count: int) -> None:
        """A list known by a key and its size (a search too long to hold its people)."""
        if not count or shown == self._last or not self.page.isVisible():
            return
        access_log.note_listing(self.db, what, count)
        self._last = shown

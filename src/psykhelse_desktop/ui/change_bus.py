"""One signal of change: services' callers announce what they touched, pages refresh on it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

SERVICE_USERS = "service_users"
RECORD = "record"
ADDRESS_BOOK = "address_book"
PLAN = "plan"
GROUP = "group"
JOURNAL = "journal"
SERVICES = "services"


class ChangeBus(QObject):
    """Carries the topics a change touched (SERVICE_USERS, RECORD, PLAN, GROUP, JOURNAL, ...)."""

    changed = Signal(object)

    def announce(self, *topics: str) -> None:
        self.changed.emit(set(topics))

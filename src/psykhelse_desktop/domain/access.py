"""Who has had access to a person's record: the kinds of access, and one line of the access log.

The access log is read from the audit log (every opening, change, print and export names the
person); the person has a right to see it (pasient- og brukerrettighetsloven § 5-1,
pasientjournalloven § 22).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .vocabulary import AUDIT_ACTION_LABELS

ACCESS_LOG_TITLE = "Hvem har sett journalen"
RECORD_COPY_TITLE = "Innsyn i journalen"
LEGAL_BASIS = (
    "Du har rett til å vite hvem som har hatt tilgang til journalen din "
    "(pasient- og brukerrettighetsloven § 5-1 og pasientjournalloven § 22)."
)
COPY_BASIS = (
    "Du har rett til innsyn i alt som er registrert om deg (pasient- og "
    "brukerrettighetsloven § 5-1) og til å vite hvem som har hatt tilgang til journalen din "
    "(pasientjournalloven § 22)."
)
# A list of many people (the user list, a search, a command's listing) is one audit row that
# names nobody: it says what was listed and how many were shown.
LISTING_ACTION = "list"


class AccessKind(Enum):
    OPENED = "opened"
    CHANGED = "changed"
    PRINTED = "printed"
    EXPORTED = "exported"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    AccessKind.OPENED: "Åpnet",
    AccessKind.CHANGED: "Endret",
    AccessKind.PRINTED: "Skrevet ut",
    AccessKind.EXPORTED: "Utlevert",
}
_KIND_OF_ACTION = {
    "open": AccessKind.OPENED,
    "journal_read": AccessKind.OPENED,
    "journal_search": AccessKind.OPENED,
    LISTING_ACTION: AccessKind.OPENED,
    "radar_view": AccessKind.OPENED,
    "document_print": AccessKind.PRINTED,
    "journal_print": AccessKind.PRINTED,
    "export_person": AccessKind.EXPORTED,
    "export_aggregate": AccessKind.EXPORTED,
    "calendar_export": AccessKind.EXPORTED,
}


def access_kind(action: str) -> AccessKind:
    """Opened, printed, exported; anything else written to the log is a change."""
    return _KIND_OF_ACTION.get(action, AccessKind.CHANGED)


def action_label(action: str) -> str:
    """What the row says was done; an action this version does not know is shown as it is."""
    return AUDIT_ACTION_LABELS.get(action, action)


@dataclass(frozen=True)
class AccessEntry:
    """One line of the access log."""

    at: dt.datetime  # Norwegian wall-clock time
    operator: str
    kind: AccessKind
    what: str
    details: str


@dataclass(frozen=True)
class AccessLog:
    service_user_id: int
    person_name: str
    birth_date: dt.date | None
    entries: tuple[AccessEntry, ...]  # oldest first

    def counts(self) -> dict[AccessKind, int]:
        return {kind: sum(e.kind is kind for e in self.entries) for kind in AccessKind}

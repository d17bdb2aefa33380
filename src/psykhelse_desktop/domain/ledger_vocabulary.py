"""What kind of file the ledger (utleveringsloggen) records; the stored value never changes."""

from __future__ import annotations

from enum import Enum


class LedgerKind(Enum):
    AGGREGATE_CSV = "csv_samletall"
    PERSONS_CSV = "csv_personliste"
    PRINTED_PDF = "pdf_utskrift"
    CALENDAR_ICS = "ics_kalender"
    PAPER = "papir"  # a PDF sent to a printer from the preview

    @property
    def label(self) -> str:
        return _LABELS[self]


PRINTED = LedgerKind.PRINTED_PDF
_LABELS = {
    LedgerKind.AGGREGATE_CSV: "Samletall (CSV)",
    LedgerKind.PERSONS_CSV: "Personliste (CSV)",
    LedgerKind.PRINTED_PDF: "Utskrift (PDF)",
    LedgerKind.CALENDAR_ICS: "Møtekalender (ICS)",
    LedgerKind.PAPER: "Utskrift på papir",
}


def kind_label(value: str) -> str:
    """The label of a stored kind; an unknown value is shown as it is."""
    try:
        return LedgerKind(value).label
    except ValueError:
        return value

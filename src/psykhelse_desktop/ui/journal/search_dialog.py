"""Search all journal text as you type; Enter or a double-click opens the entry in its journal.

The search folds Norwegian letters as the user search does ("øvre" and "ØVRE" find "Øvrebø",
"aasen" finds "Åsen"), waits for a short pause in the typing, and shows the most recently
written matches.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.journal import SearchHit
from ...services.daily import journal, journal_search
from ...services.database import Database
from ..change_bus import JOURNAL, ChangeBus
from ..texts import date_text, domain_text, fill
from ..widgets.highlight import HTML_ROLE, HighlightDelegate, highlighted_html
from ..widgets.screen_fit import resize_within_screen
from ..widgets.simple_table import SimpleTable

SEARCH_DELAY_MS = 200
SNIPPET_COLUMN = 3


class ChosenEntry(NamedTuple):
    """The hit the nurse chose: whose journal, which entry."""

    service_user_id: int
    entry_id: int


class JournalSearchDialog(QDialog):
    """`JournalSearchDialog(db, bus, parent)`. Choosing a hit emits `open_entry(service_user_id,
    entry_id)` and closes the dialog as accepted, with `chosen` set to the same (a ChosenEntry).
    """

    open_entry = Signal(int, int)

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.hits: list[SearchHit] = []
        self.chosen: ChosenEntry | None = None
        self.setWindowTitle(self.tr("Søk i journalene"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._build()
        bus.changed.connect(self._on_changed)
        resize_within_screen(self, 900, 560)

    def _build(self) -> None:
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Ord fra notatene, for eksempel «søvn» eller «NAV»"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Søk i journalen"))
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.choose)
        self.results = SimpleTable(
            [self.tr("Navn"), self.tr("Dato"), self.tr("Type"), self.tr("Utdrag")], fit_rows=False
        )
        self.results.header().setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.results.setItemDelegateForColumn(SNIPPET_COLUMN, HighlightDelegate(self.results))
        self.results.itemActivated.connect(lambda *_: self.choose())
        self.count = QLabel(self.tr("Skriv minst to bokstaver."))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Å&pne i journalen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.open_button, close):
            button.setAutoDefault(False)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)

    def run_search(self) -> None:
        """Search now (the pause after typing calls this)."""
        self._timer.stop()
        try:
            self.hits = journal.search(self.db, self.query.text())
        except UserError as exc:
            self.hits = []
            self.count.setText(domain_text(exc.message))
            self.results.set_rows([])
            return
        self.results.set_rows([(n, _hit_row(hit)) for n, hit in enumerate(self.hits)])
        words = self.words()
        for row, hit in enumerate(self.hits):
            item = self.results.topLevelItem(row)
            item.setToolTip(SNIPPET_COLUMN, hit.snippet)
            item.setData(SNIPPET_COLUMN, HTML_ROLE, highlighted_html(hit.snippet, words))
        if self.hits:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        self.count.setText(self._count_text())
        self.open_button.setEnabled(bool(self.hits))

    def words(self) -> list[str]:
        """The searched words, folded as the search folds them (for marking them)."""
        return journal_search.query_words(self.query.text())

    def _count_text(self) -> str:
        if not journal_search.query_words(self.query.text()):
            return self.tr("Skriv minst to bokstaver.")
        if not self.hits:
            return self.tr("Ingen notater inneholder dette.")
        if len(self.hits) >= journal_search.DEFAULT_LIMIT:
            text = self.tr("Viser de %1 sist skrevne treffene. Skriv flere ord for færre treff.")
            return fill(text, len(self.hits))
        return (
            self.tr("1 treff") if len(self.hits) == 1 else fill(self.tr("%1 treff"), len(self.hits))
        )

    def current_hit(self) -> SearchHit | None:
        row = self.results.current_id()
        return None if row is None else self.hits[row]

    def choose(self) -> None:
        """Open the selected hit (the first when none is selected) in its journal."""
        if self._timer.isActive():
            self.run_search()
        hit = self.current_hit() or (self.hits[0] if self.hits else None)
        if hit is None:
            return
        self.chosen = ChosenEntry(hit.service_user_id, hit.entry_id)
        self.open_entry.emit(*self.chosen)
        self.accept()

    def _on_changed(self, topics: set[str]) -> None:
        if JOURNAL in topics and self.isVisible() and self.query.text().strip():
            self.run_search()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        """Down from the search line moves into the results."""
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.hits:
            self.results.setFocus()
            return
        super().keyPressEvent(event)


def _hit_row(hit: SearchHit) -> tuple[str, ...]:
    kind = domain_text(hit.kind.label)
    if not hit.signed:
        kind += " " + QCoreApplication.translate("journal", "(utkast)")
    return (hit.person_name, date_text(hit.occurred_at.date()), kind, hit.snippet)

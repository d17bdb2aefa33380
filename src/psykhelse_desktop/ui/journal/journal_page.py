"""The journal tab for the selected service user: entries newest first, the chosen one in full.

A draft can be edited, signed or deleted; a signed entry only takes an addendum (retting),
shown under it with the original intact. The journal is read (and audited) only while shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import EditConflict, UserError
from ...domain.journal import JournalEntry
from ...services.clock import oslo_now
from ...services.daily import journal
from ...services.database import Database
from ..change_bus import JOURNAL, RECORD, SERVICE_USERS, ChangeBus
from ..colours import DRAFT, colour
from ..dialogs.form_dialog import error_label
from ..texts import datetime_text, domain_text, fill
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.print_folder import PrintFolder
from ..widgets.questions import confirm
from ..widgets.simple_table import SimpleTable
from ..widgets.user_tab import UserTab
from .entry_dialog import AddendumDialog, JournalEntryDialog, sign_question
from .entry_reader import EntryReader, button
from .entry_text import entry_row

NEW_NOTE_SHORTCUT = "Ctrl+J"
STATUS_COLUMN, ADDENDA_COLUMN = 3, 4


class JournalPage(UserTab):
    """`show_user` remembers whose journal; `select_entry` shows one entry (e.g. a search hit)."""

    TOPICS = frozenset({JOURNAL, RECORD, SERVICE_USERS})

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = oslo_now,
    ):
        super().__init__(db, bus, parent)
        self.clock = clock
        self.entries: list[JournalEntry] = []
        self._pending: int | None = None
        self.marked: list[str] = []  # words of the search that led here, marked in the text
        self.print_folder = PrintFolder()
        self._build()
        QShortcut(
            QKeySequence(NEW_NOTE_SHORTCUT),
            self,
            self.new_note,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.show_user(None)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.status_line = QLabel()
        self.message = error_label()
        self.nothing = QLabel(self.tr("Velg en tjenestemottaker i listen til venstre."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.nothing)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for widget in (self.heading, self.status_line, self._actions(), self.message):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)

    def _actions(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        tip = fill(self.tr("Skriv et nytt notat (%1)"), NEW_NOTE_SHORTCUT)
        self.new_button = button(line, self.tr("&Nytt notat"), self.new_note, tip)
        self.extract_button = button(line, self.tr("Journal&utdrag..."), self.print_extract)
        self.extract_button.setToolTip(self.tr("Skriv ut signerte notater for en periode"))
        line.addStretch(1)
        return row

    def _content(self) -> QSplitter:
        self.table = SimpleTable(
            [
                self.tr("Tidspunkt"),
                self.tr("Type"),
                self.tr("Varighet"),
                self.tr("Status"),
                self.tr("Tillegg"),
                self.tr("Notat"),
            ],
            fit_rows=False,
        )
        self.table.align_center(ADDENDA_COLUMN)
        self.table.currentItemChanged.connect(lambda *_: self._show_selected())
        self.table.itemActivated.connect(lambda *_: self.edit_draft())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._reader())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 320])
        return self.splitter

    def _reader(self) -> EntryReader:
        self.entry_reader = EntryReader()
        reader = self.entry_reader
        for widget, slot in (
            (reader.edit_button, self.edit_draft), (reader.sign_button, self.sign_draft),
            (reader.delete_button, self.delete_draft), (reader.addendum_button, self.add_addendum),
        ):  # fmt: skip
            widget.clicked.connect(slot)
        self.edit_button, self.sign_button = reader.edit_button, reader.sign_button
        self.delete_button, self.addendum_button = reader.delete_button, reader.addendum_button
        self.reader = reader.text
        return reader

    # -- which user, and when to read ------------------------------------------------------

    def show_user(self, user_id: int | None, name: str = "") -> None:
        """Remember the selection; the journal is read (and audited) only when the tab shows."""
        if user_id != self.user_id:
            self.entries, self._pending, self.marked = [], None, []
        super().show_user(user_id, name)

    def select_entry(self, entry_id: int, marked: list[str] | None = None) -> None:
        """Show this entry (an addendum shows its original), reading the journal if need be;
        the `marked` words (folded, as the search has them) are highlighted."""
        self.marked = list(marked or [])
        if self.isVisible() and not self._stale and self._select(entry_id, fallback=False):
            self._show_selected()
            return
        self._pending = entry_id
        if self.isVisible():
            self.reload()

    def needs_reload(self) -> bool:
        return self._stale or self._pending is not None

    def reload(self) -> None:
        self._stale = False
        self.message.hide()
        has_user = self.user_id is not None
        self.heading.setText(fill(self.tr("Journal – %1"), self.user_name) if has_user else "")
        self.stack.setCurrentIndex(1 if has_user else 0)
        for action in (self.new_button, self.extract_button):
            action.setEnabled(has_user)
        if not has_user:
            self.status_line.setText("")
            return
        keep = self._pending or self.table.current_id()
        self._pending = None
        log = self.first_look(self.user_id)
        self.entries = journal.entries_for_user(self.db, self.user_id, log=log)
        self._fill(keep)

    def _fill(self, keep: int | None) -> None:
        self.table.set_rows([(e.id, entry_row(e)) for e in self.entries])
        for row, entry in enumerate(self.entries):
            if not entry.is_signed:
                _mark_draft(self.table, row)
        self.status_line.setText(self._summary())
        self._select(keep, fallback=True)
        self._show_selected()

    def _select(self, entry_id: int | None, *, fallback: bool) -> bool:
        """Select the entry (or the one an addendum belongs to); else the newest if `fallback`."""
        row = self._row_of(entry_id)
        if row is None and fallback and self.entries:
            row = 0
        if row is None:
            return False
        item = self.table.topLevelItem(row)
        self.table.setCurrentItem(item)
        self.table.scrollToItem(item)
        return True

    def _row_of(self, entry_id: int | None) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry_id == entry.id or entry_id in {a.id for a in entry.addenda}:
                return row
        return None

    def _summary(self) -> str:
        if not self.entries:
            return self.tr("Ingen notater ennå.")
        drafts = sum(not e.is_signed for e in self.entries)
        count = len(self.entries)
        text = self.tr("1 notat") if count == 1 else fill(self.tr("%1 notater"), count)
        if drafts:
            text += fill(self.tr(", %1 ikke signert"), drafts)
        return text

    def current_entry(self) -> JournalEntry | None:
        entry_id = self.table.current_id()
        return next((e for e in self.entries if e.id == entry_id), None)

    def _show_selected(self) -> None:
        empty = self.tr("Ingen notater ennå. Trykk «Nytt notat» (%1) for å skrive det første.")
        self.entry_reader.show_entry(
            self.current_entry(), fill(empty, NEW_NOTE_SHORTCUT), self.marked
        )

    # -- actions ---------------------------------------------------------------------------

    def new_note(self) -> None:
        if self.user_id is not None:
            self._write(None)

    def edit_draft(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if entry.is_signed:
            self._inform(domain_text(journal.SIGNED_MESSAGE))
            return
        self._write(entry)

    def _write(self, entry: JournalEntry | None) -> None:
        dialog = JournalEntryDialog(
            self.db, self.user_id, self.user_name, entry, self, clock=self.clock
        )
        dialog.exec()
        if dialog.saved_id is not None or dialog.took_stored:  # also: saved, then signing failed
            self._pending = dialog.saved_id or (entry.id if entry else None)
            self.bus.announce(JOURNAL)

    def sign_draft(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.is_signed or not sign_question(self):
            return
        self._change(entry.id, lambda: journal.sign(self.db, entry.id, version=entry.version))

    def delete_draft(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.is_signed:
            return
        question = self.tr("Slette utkastet fra %1? Det er ikke signert og blir borte for godt.")
        if confirm(self, fill(question, datetime_text(entry.occurred_at))):
            self._change(
                None, lambda: journal.delete_draft(self.db, entry.id, version=entry.version)
            )

    def add_addendum(self) -> None:
        entry = self.current_entry()
        if entry is None or not entry.is_signed:
            return
        if AddendumDialog(self.db, entry, self).exec() == QDialog.DialogCode.Accepted:
            self._pending = entry.id
            self.bus.announce(JOURNAL)

    def _change(self, keep: int | None, call: Callable[[], object]) -> None:
        try:
            call()
        except EditConflict:
            self.message.setText(
                self.tr(
                    "Utkastet er endret et annet sted etter at listen ble vist, så ingenting ble "
                    "gjort. Listen er oppdatert: les utkastet og prøv igjen."
                )
            )
            self.message.show()
            self._pending = self.table.current_id()
            self.bus.announce(JOURNAL)
            return
        except UserError as exc:
            self.message.setText(domain_text(exc.message))
            self.message.show()
            return
        self._pending = keep
        self.bus.announce(JOURNAL)

    def print_extract(self) -> None:
        """Choose the period, then preview the extract with save-as."""
        from .extract_dialog import ExtractDialog

        if self.user_id is None:
            return
        dialog = ExtractDialog(self.db, self.user_id, self.user_name, self.print_folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.path is not None:
            printed = dialog.printed
            PdfPreviewDialog(printed.path, dialog.title, self, db=self.db, note=printed.note).exec()

    def _inform(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Journal"), text)

    def close_down(self) -> None:
        """Remove the temporary print folder (when the main window closes)."""
        self.print_folder.remove()


def _mark_draft(table: SimpleTable, row: int) -> None:
    item = table.topLevelItem(row)
    bold = QFont(table.font())
    bold.setBold(True)
    item.setFont(STATUS_COLUMN, bold)
    item.setForeground(STATUS_COLUMN, QBrush(colour(DRAFT)))

"""The radar ("I dag"): what needs the nurse today and this week, grouped by how pressing it is.

Each group heading says in words how pressing its lines are; colour only repeats it. A line
opens the right place through `open_target`, which the main window handles. Opening the page
is logged as an overview reading; a refresh after her own change is not.

The lines are read in the background (`radar_worker.py`): the previous lines stay on show
meanwhile ("Henter …" the first time), and a burst of changes is read once, after the last.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.radar import RadarKind, RadarLine, RadarOverview, RadarSeverity, overview
from ...services.clock import oslo_now
from ...services.database import Database
from ..change_bus import ChangeBus
from ..colours import ERROR, colour
from ..texts import date_text, domain_text, fill, long_date_text
from .meeting_pack_print import pack_file_names, print_meeting_pack
from .radar_worker import RadarWorker

LINE_ROLE = Qt.ItemDataRole.UserRole
ROOMY_ROWS = "QTreeView::item { padding: 3px 0; }"


# Lines shown under each heading; the heading and the summary count them all.
SHOWN_PER_GROUP = 300
# Changes closer together than this (Enter on one action item after another) are read once.
CHANGES_SETTLE_MS = 250
# Lines put in the tree per turn of the event loop: a long list never holds the window.
LINES_PER_TURN = 50


class RadarPage(QWidget):
    """Lines grouped under "Forfalt", "I dag", "Innen en uke" and "Senere", with counts."""

    open_target = Signal(object)  # the RadarLine to open
    settings_requested = Signal()
    lines_shown = Signal()  # a fresh reading is on the page

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.db, self.bus, self.fixed_today = db, bus, today
        self.lines: list[RadarLine] = []
        self.overview = overview([], SHOWN_PER_GROUP)
        self.has_read = False
        self.filling: list[tuple[QTreeWidgetItem, list[RadarLine], int]] = []
        self.fill_number = 0
        self.fill_timer = QTimer(self, singleShot=True, interval=0)
        self.fill_timer.timeout.connect(lambda: self._fill_more(self.fill_number))
        self.keep: RadarLine | None = None
        self.read_ahead_for_show = False
        self.worker = RadarWorker(db, SHOWN_PER_GROUP, self)
        self.worker.ready.connect(self._show_overview)
        self.worker.failed.connect(self._show_failure)
        self.settle = QTimer(self, singleShot=True, interval=CHANGES_SETTLE_MS)
        self.settle.timeout.connect(lambda: self.refresh(audit=False))
        self._build()
        bus.changed.connect(self._on_change)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = self._tree()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._title_line())
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._button_line())

    def _title_line(self) -> QHBoxLayout:
        line = QHBoxLayout()
        line.addWidget(self.heading, 1)
        self.refresh_button = QPushButton(self.tr("&Oppdater"))
        self.refresh_button.clicked.connect(lambda: self.refresh(audit=False))
        self.settings_button = QPushButton(self.tr("Innstillinger for &varsler..."))
        self.settings_button.clicked.connect(self.settings_requested)
        line.addWidget(self.refresh_button)
        line.addWidget(self.settings_button)
        return line

    def _button_line(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("Å&pne"))
        self.open_button.clicked.connect(self.open_current)
        self.pack_button = QPushButton(self.tr("Skriv ut &møtepakke..."))
        self.pack_button.setToolTip(self.tr("Lagre innkalling og saksliste som PDF i en mappe"))
        self.pack_button.clicked.connect(self.print_pack)
        line = QHBoxLayout()
        line.addWidget(self.open_button)
        line.addWidget(self.pack_button)
        line.addWidget(self.status, 1)
        return line

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(
            [self.tr("Frist"), self.tr("Tjenestemottaker"), self.tr("Hva"), self.tr("Detaljer")]
        )
        tree.setAlternatingRowColors(True)
        tree.setStyleSheet(ROOMY_ROWS)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        tree.itemActivated.connect(self._on_activated)
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        return tree

    # -- refreshing ------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.fixed_today or oslo_now().date()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """The nurse opens the page: read afresh, and log the overview reading."""
        super().showEvent(event)
        if event.spontaneous():
            return
        if self.read_ahead_for_show:  # that reading is already on its way
            self.read_ahead_for_show = False
        else:
            self.refresh(audit=True)

    def read_ahead(self) -> None:
        """Start the reading the page's first showing needs now (the window is still being
        built), and log it as the overview reading it will be."""
        self.refresh(audit=True)
        self.read_ahead_for_show = True

    def _on_change(self, _topics: set[str]) -> None:
        if self.isVisible():
            self.settle.start()  # restarted by each change of a burst

    def refresh(self, *, audit: bool = False) -> None:
        """Read the lines again in the background; what is shown stays until the answer comes,
        and the selected line stays selected when it is still there."""
        self.settle.stop()
        today = self.today()
        self.heading.setText(fill(self.tr("I dag: %1"), long_date_text(today)))
        if not self.has_read:
            self.summary.setText(self.tr("Henter …"))
        self.worker.request(today, audit)

    def reading(self) -> bool:
        """A reading runs or waits (for tests and the window's close)."""
        return self.worker.busy() or self.settle.isActive() or bool(self.filling)

    def close_down(self) -> None:
        """The record is about to close: the reading that runs ends first."""
        self.settle.stop()
        self.worker.wait()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Shown on its own (the window calls close_down itself)."""
        self.close_down()
        super().closeEvent(event)

    def _show_overview(self, found: RadarOverview) -> None:
        if not self.filling:  # else the line selected before that fill began
            self.keep = self.current_line()
        self.overview, self.has_read = found, True
        self.lines = list(found.lines)
        self.summary.setText(self._summary())
        self._fill_tree()

    def _filled(self) -> None:
        self._select(self.keep)
        self._update_buttons()
        self.lines_shown.emit()

    def _show_failure(self, message: str) -> None:
        if message:
            self.summary.setText(domain_text(message))

    def _summary(self) -> str:
        if not self.lines:
            return self.tr("Ingenting å følge opp nå. Listen oppdateres når noe endres.")
        counts = [
            f"{domain_text(severity.label).lower()}: {self.overview.counts[severity]}"
            for severity in RadarSeverity
        ]
        return (
            self.tr("%1 ting å følge opp (%2).")
            .replace("%1", str(self.overview.total))
            .replace("%2", ", ".join(counts))
        )

    def lines_in(self, severity: RadarSeverity) -> list[RadarLine]:
        return [line for line in self.lines if line.severity is severity]

    def _fill_tree(self) -> None:
        """The headings at once, their lines a few at a time (`LINES_PER_TURN`)."""
        self.tree.clear()
        self.fill_number += 1
        self.filling = []
        for severity in RadarSeverity:
            lines = self.lines_in(severity)
            if lines:
                heading = self._heading(severity, self.overview.counts[severity])
                self.filling.append((heading, lines, self.overview.counts[severity]))
        headings = [heading for heading, _lines, _total in self.filling]
        self.tree.addTopLevelItems(headings)
        for heading in headings:
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)
        self._size_columns([])
        self._fill_more(self.fill_number)

    def _fill_more(self, number: int) -> None:
        if number != self.fill_number:
            return  # a newer reading took over the tree
        if self.filling and self.tree.topLevelItemCount() == 0:  # emptied (the window locked)
            self.filling = []
            return
        room = LINES_PER_TURN
        while self.filling and room:
            heading, lines, total = self.filling[0]
            now, later = lines[:room], lines[room:]
            items = [self._line_item(line) for line in now]
            heading.addChildren(items)
            self._size_columns(items)
            room -= len(now)
            if later:
                self.filling[0] = (heading, later, total)
                continue
            self.filling.pop(0)
            if total > heading.childCount():
                more = self._more_item(heading.childCount(), total)
                heading.addChild(more)
                more.setFirstColumnSpanned(True)
        if self.filling:
            self.fill_timer.start()  # the rest on the next turn of the event loop
        else:
            self._filled()

    def _size_columns(self, items: list[QTreeWidgetItem]) -> None:
        """Wide enough for the titles, and widened for `items` as they come (asking the tree
        to fit its contents measures every item at once, and a long list held the window)."""
        metrics, margin = self.tree.fontMetrics(), 2 * self.tree.indentation()
        header = self.tree.header()
        for column in range(self.tree.columnCount() - 1):
            title = header.model().headerData(column, Qt.Orientation.Horizontal)
            texts = [title, *(item.text(column) for item in items)]
            needed = max(metrics.horizontalAdvance(text) for text in texts) + margin
            needed += margin if column == 0 else 0  # the lines sit indented under a heading
            current = header.sectionSize(column) if items else 0
            header.resizeSection(column, max(current, needed))

    def _heading(self, severity: RadarSeverity, total: int) -> QTreeWidgetItem:
        heading = QTreeWidgetItem([f"{domain_text(severity.label)} ({total})"])
        font = QFont(self.tree.font())
        font.setBold(True)
        heading.setFont(0, font)
        if severity is RadarSeverity.OVERDUE:
            heading.setForeground(0, QBrush(colour(ERROR)))
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return heading

    def _more_item(self, shown: int, total: int) -> QTreeWidgetItem:
        """A large record would make a list nobody reads, and a slow one; the count is kept."""
        text = self.tr("Viser de %1 første av %2. Resten kommer fram når disse er fulgt opp.")
        item = QTreeWidgetItem([text.replace("%1", str(shown)).replace("%2", str(total))])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _due_text(self, line: RadarLine) -> str:
        due = date_text(line.due) if line.due else self.tr("Uten dato")
        if line.severity is RadarSeverity.OVERDUE:
            due = fill(self.tr("%1 – forfalt"), due)  # said, not only red
        return due

    def _name_text(self, line: RadarLine) -> str:
        return line.person_name or (
            self.tr("Hele journalen")
            if line.kind is RadarKind.BACKUP_DUE
            else self.tr("Ikke registrert ennå")
        )

    def _line_item(self, line: RadarLine) -> QTreeWidgetItem:
        due, name = self._due_text(line), self._name_text(line)
        item = QTreeWidgetItem([due, name, domain_text(line.kind.label), domain_text(line.text)])
        item.setData(0, LINE_ROLE, line)
        item.setToolTip(3, domain_text(line.text))
        if line.severity is RadarSeverity.OVERDUE:
            item.setForeground(0, QBrush(colour(ERROR)))
        return item

    # -- the selected line -----------------------------------------------------------------

    def line_items(self) -> list[QTreeWidgetItem]:
        items = []
        for group in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(group)
            items += [heading.child(row) for row in range(heading.childCount())]
        return [item for item in items if item.data(0, LINE_ROLE) is not None]

    def current_line(self) -> RadarLine | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, LINE_ROLE)

    def select_line(self, line: RadarLine | None) -> bool:
        """Make `line` the current one; False when it is not on the page."""
        item = next((i for i in self.line_items() if i.data(0, LINE_ROLE) == line), None)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def _select(self, keep: RadarLine | None) -> None:
        if not self.select_line(keep) and self.line_items():
            self.tree.setCurrentItem(self.line_items()[0])

    def _update_buttons(self) -> None:
        line = self.current_line()
        self.open_button.setEnabled(line is not None)
        self.open_button.setText("&" + domain_text(line.target.label) if line else self.tr("&Åpne"))
        self.pack_button.setEnabled(line is not None and line.kind is RadarKind.MEETING_SOON)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        line = item.data(0, LINE_ROLE)
        if line is not None:
            self.open_target.emit(line)

    def open_current(self) -> None:
        line = self.current_line()
        if line is not None:
            self.open_target.emit(line)

    def print_pack(self) -> None:
        """Invitation and agenda of the selected meeting, saved in a folder she chooses."""
        line = self.current_line()
        if line is None or line.meeting_id is None:
            return
        names = pack_file_names(line.person_name or "", line.due)
        written = print_meeting_pack(self.db, line.meeting_id, names, self)
        if written:
            text = self.tr("Lagret %1 og %2 i %3. Registrert i utleveringsloggen.")
            self.status.setText(fill(text, *names, written[0].parent))

    def texts(self) -> list[list[str]]:
        """What is shown: group headings as one cell, then their lines (for tests)."""
        rows = []
        for group in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(group)
            rows.append([heading.text(0)])
            for row in range(heading.childCount()):
                child = heading.child(row)
                rows.append([child.text(c) for c in range(self.tree.columnCount())])
        return rows

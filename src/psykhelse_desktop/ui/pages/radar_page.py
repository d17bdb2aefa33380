"""The radar ("I dag"): what needs the nurse today and this week, grouped by how pressing it is.

Each group heading says in words how pressing its lines are; colour only repeats it. A line
opens the right place through `open_target`, which the main window handles. Opening the page
is logged as an overview reading; a refresh after her own change is not.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QShowEvent
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

from ...domain.radar import RadarKind, RadarLine, RadarSeverity, overview
from ...services.clock import oslo_now
from ...services.daily.radar import radar_overview
from ...services.database import Database
from ..change_bus import ChangeBus
from ..colours import ERROR, colour
from ..texts import date_text, domain_text, fill, long_date_text
from .meeting_pack_print import pack_file_names, print_meeting_pack

LINE_ROLE = Qt.ItemDataRole.UserRole
ROOMY_ROWS = "QTreeView::item { padding: 3px 0; }"


# Lines shown under each heading; the heading and the summary count them all.
SHOWN_PER_GROUP = 300


class RadarPage(QWidget):
    """Lines grouped under "Forfalt", "I dag", "Innen en uke" and "Senere", with counts."""

    open_target = Signal(object)  # the RadarLine to open
    settings_requested = Signal()

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
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        if not event.spontaneous():
            self.refresh(audit=True)

    def _on_change(self, _topics: set[str]) -> None:
        if self.isVisible():
            self.refresh(audit=False)

    def refresh(self, *, audit: bool = False) -> None:
        """Read the lines again; the selected line stays selected when it is still there."""
        keep = self.current_line()
        today = self.today()
        self.overview = radar_overview(
            self.db, today, shown_per_severity=SHOWN_PER_GROUP, audit=audit
        )
        self.lines = list(self.overview.lines)
        self.heading.setText(fill(self.tr("I dag: %1"), long_date_text(today)))
        self.summary.setText(self._summary())
        self._fill_tree()
        self._select(keep)
        self._update_buttons()

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
        self.tree.clear()
        for severity in RadarSeverity:
            lines = self.lines_in(severity)
            if lines:
                self._add_group(severity, lines, self.overview.counts[severity])
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)

    def _add_group(self, severity: RadarSeverity, lines: list[RadarLine], total: int) -> None:
        heading = QTreeWidgetItem([f"{domain_text(severity.label)} ({total})"])
        font = QFont(self.tree.font())
        font.setBold(True)
        heading.setFont(0, font)
        if severity is RadarSeverity.OVERDUE:
            heading.setForeground(0, QBrush(colour(ERROR)))
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(heading)
        heading.setFirstColumnSpanned(True)
        for line in lines:
            heading.addChild(self._line_item(line))
        if total > len(lines):
            more = self._more_item(len(lines), total)
            heading.addChild(more)
            more.setFirstColumnSpanned(True)
        heading.setExpanded(True)

    def _more_item(self, shown: int, total: int) -> QTreeWidgetItem:
        """A large record would make a list nobody reads, and a slow one; the count is kept."""
        text = self.tr("Viser de %1 første av %2. Resten kommer fram når disse er fulgt opp.")
        item = QTreeWidgetItem([text.replace("%1", str(shown)).replace("%2", str(total))])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _line_item(self, line: RadarLine) -> QTreeWidgetItem:
        due = date_text(line.due) if line.due else self.tr("Uten dato")
        if line.severity is RadarSeverity.OVERDUE:
            due = fill(self.tr("%1 – forfalt"), due)  # said, not only red
        name = line.person_name or (
            self.tr("Hele journalen")
            if line.kind is RadarKind.BACKUP_DUE
            else self.tr("Ikke registrert ennå")
        )
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

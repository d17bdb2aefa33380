"""The revision list of the plan, and two revisions side by side with what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.plans import RevisionInfo
from ...services.database import Database
from ...services.plans import plans
from ...services.plans.plan_changes import describe_changes
from ..colours import NOTICE_BACKGROUND, colour
from ..texts import datetime_text, domain_text
from ..widgets.screen_fit import resize_within_screen
from .plan_text import part_texts


def revision_rows(history: tuple[RevisionInfo, ...]) -> list[tuple[int, tuple[str, ...]]]:
    return [
        (
            r.number,
            (str(r.number), datetime_text(r.saved_at), r.saved_by, domain_text(r.status.label)),
        )
        for r in history
    ]


class CompareDialog(QDialog):
    """Pick two revisions; each part is shown in two columns, changed parts marked."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        history: tuple[RevisionInfo, ...],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.user_id = db, user_id
        self.setWindowTitle(self.tr("Sammenlign revisjoner"))
        self.left, self.right = self._picker(history, 1), self._picker(history, 0)
        self.table = self._table()
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._pickers())
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Endringer fra venstre til høyre revisjon")))
        layout.addWidget(self.changes)
        layout.addWidget(buttons)
        self.left.currentIndexChanged.connect(self.show_revisions)
        self.right.currentIndexChanged.connect(self.show_revisions)
        resize_within_screen(self, 1000, 680)
        self.show_revisions()

    def _picker(self, history: tuple[RevisionInfo, ...], default: int) -> QComboBox:
        box = QComboBox()
        for info in history:
            text = self.tr("Revisjon %1, %2").replace("%1", str(info.number))
            box.addItem(text.replace("%2", datetime_text(info.saved_at)), info.number)
        box.setCurrentIndex(min(default, len(history) - 1))
        return box

    def _pickers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for caption, box in ((self.tr("&Venstre"), self.left), (self.tr("&Høyre"), self.right)):
            label = QLabel(caption)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box, 1)
        return row

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Del"), self.tr("Venstre"), self.tr("Høyre")])
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table

    def show_revisions(self) -> None:
        old = plans.load_revision(self.db, self.user_id, self.left.currentData())
        new = plans.load_revision(self.db, self.user_id, self.right.currentData())
        left, right = part_texts(old), part_texts(new)
        self.table.setRowCount(len(left))
        for row, ((heading, before), (_, after)) in enumerate(zip(left, right, strict=True)):
            self._set_row(row, heading, before, after)
        self.table.resizeRowsToContents()
        changes = describe_changes(old, new) if old != new else []
        lines = [f"{domain_text(c.part)}: {domain_text(c.text)}" for c in changes]
        self.changes.setPlainText("\n".join(lines) or self.tr("Ingen endringer."))

    def _set_row(self, row: int, heading: str, before: str, after: str) -> None:
        for column, text in enumerate((heading, before, after)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if before != after:
                item.setBackground(QBrush(colour(NOTICE_BACKGROUND)))
            self.table.setItem(row, column, item)

    def column_texts(self, column: int) -> list[str]:
        return [self.table.item(r, column).text() for r in range(self.table.rowCount())]

"""Who came to the meeting: a «Møtt» box per invited member, and a reason for those who did not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...domain.groups import Attendance
from ...services.meetings.meeting_editing import InvitedMember
from ..texts import fill


@dataclass
class AttendanceRow:
    member_id: int
    came: QCheckBox
    reason: QLineEdit


class AttendancePanel(QWidget):
    """One line per invited member; a member not yet marked counts as present."""

    def __init__(self, invited: Sequence[InvitedMember], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[AttendanceRow] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        for line, member in enumerate(invited):
            self._add_row(grid, line, member)
        if not invited:
            grid.addWidget(QLabel(self.tr("Ingen er invitert til dette møtet.")), 0, 0)

    def _add_row(self, grid: QGridLayout, line: int, member: InvitedMember) -> None:
        who = QLabel(self._who(member))
        came = QCheckBox(self.tr("Møtt"))
        came.setAccessibleName(fill(self.tr("Møtt: %1"), member.name))
        came.setChecked(member.attended is not False)
        reason = QLineEdit(member.absence_reason)
        reason.setPlaceholderText(self.tr("Grunn til fravær"))
        reason.setAccessibleName(fill(self.tr("Grunn til fravær: %1"), member.name))
        reason.setEnabled(not came.isChecked())
        came.toggled.connect(lambda checked: self._came_changed(reason, checked))
        who.setBuddy(came)
        grid.addWidget(who, line, 0)
        grid.addWidget(came, line, 1)
        grid.addWidget(reason, line, 2)
        self.rows.append(AttendanceRow(member.member_id, came, reason))

    def _who(self, member: InvitedMember) -> str:
        parts = [p for p in (member.role, member.organisation) if p and p != member.name]
        return f"{member.name} ({', '.join(parts)})" if parts else member.name

    def _came_changed(self, reason: QLineEdit, came: bool) -> None:
        reason.setEnabled(not came)
        if not came:
            reason.setFocus()

    def attendance(self) -> tuple[Attendance, ...]:
        return tuple(
            Attendance(row.member_id, row.came.isChecked(), row.reason.text()) for row in self.rows
        )

    def fields(self) -> list[QWidget]:
        return [field for row in self.rows for field in (row.came, row.reason)]

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.came.setEnabled(not read_only)
            row.reason.setReadOnly(read_only)

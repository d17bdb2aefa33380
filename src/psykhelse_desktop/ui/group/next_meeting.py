"""The next planned meeting of a group at a glance: when, where, who is invited, how soon."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QWidget

from ...domain.group_vocabulary import VIDEO_PLACE
from ...domain.groups import MeetingRow
from ..texts import domain_text, fill
from .group_rows import how_soon, invited_text, meeting_time


class NextMeetingPanel(QFrame):
    """Read-only lines; `meeting` is the one shown, or None when nothing is planned."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.meeting: MeetingRow | None = None
        self.none = QLabel(self.tr("Ingen møter er planlagt. Velg «Planlegg møte...» under Møter."))
        self.none.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(10, 8, 10, 8)
        self.form.addRow(self.none)
        self.values: dict[str, QLabel] = {}
        for key, caption in (
            ("when", self.tr("Tid")),
            ("place", self.tr("Sted")),
            ("invited", self.tr("Invitert")),
            ("status", self.tr("Status")),
        ):
            self.values[key] = self._value()
            self.form.addRow(caption, self.values[key])
        self.values["when"].setStyleSheet("font-weight: 600;")

    def _value(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_meeting(self, meeting: MeetingRow | None, now: dt.datetime) -> None:
        self.meeting = meeting
        self.form.setRowVisible(self.none, meeting is None)
        for label in self.values.values():
            self.form.setRowVisible(label, meeting is not None)
        if meeting is None:
            return
        self.values["when"].setText(meeting_time(meeting))
        self.values["place"].setText(self._place(meeting))
        self.values["invited"].setText(invited_text(meeting.invited_count))
        status = domain_text(meeting.status.label)
        self.values["status"].setText(f"{status}, {how_soon(meeting.starts_at.date(), now.date())}")

    def _place(self, meeting: MeetingRow) -> str:
        if not meeting.video_link:
            return meeting.place
        video = fill(self.tr("Video: %1"), meeting.video_link)
        return video if meeting.place == VIDEO_PLACE else f"{meeting.place}\n{video}"

    def texts(self) -> dict[str, str]:
        """What the panel shows (for tests and copying)."""
        if self.meeting is None:
            return {"none": self.none.text()}
        return {key: label.text() for key, label in self.values.items()}

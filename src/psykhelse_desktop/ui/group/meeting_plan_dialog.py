"""Plan one meeting of a responsibility group, or a series of them every N weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.group_vocabulary import VIDEO_PLACE, MeetingStatus
from ...domain.groups import GroupView, MeetingForm, MeetingRow, Member
from ...services.clock import oslo_now, oslo_today
from ...services.database import Database
from ...services.meetings import meetings
from ..dialogs.form_dialog import FormDialog
from ..plan.item_dialogs import long_text
from ..widgets.date_field import DateField

DEFAULT_SERIES = 3


class InviteList(QWidget):
    """One check box per active member, all ticked to begin with."""

    def __init__(self, members: list[Member], parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.boxes: dict[int, QCheckBox] = {}
        for member in members:
            box = QCheckBox(f"{member.name} – {member.role}{self._no_consent(member)}")
            box.setChecked(True)
            column.addWidget(box)
            self.boxes[member.id] = box

    def _no_consent(self, member: Member) -> str:
        """Said at the name: such a member's letter holds only time and place."""
        if member.may_receive_health_information(oslo_today()):
            return ""
        return self.tr(" (uten samtykke: får bare tid og sted, ikke saksliste)")

    def invited(self) -> tuple[int, ...]:
        return tuple(member_id for member_id, box in self.boxes.items() if box.isChecked())


class MeetingPlanDialog(FormDialog):
    """Date and time, length, place or video link, invitees, agenda, and an optional series.

    `clock` gives the wall-clock time in Norway; a time already past is refused at the field.
    """

    def __init__(
        self,
        db: Database,
        group: GroupView,
        clock: Callable[[], dt.datetime] = oslo_now,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Planlegg møte"), parent)
        self.db, self.group, self.clock = db, group, clock
        self.saved_ids: list[int] = []
        now = clock()
        latest = _latest(group.meetings)
        self._when_row(group.suggested_start(now))
        self._place_rows(latest)
        self.invite = InviteList(_active_members(group, now.date()))
        self.add_field("invited", self.tr("Inviter"), self.invite, focus=self.invite.boxes.values())
        self.agenda = self.add_field("agenda", self.tr("Saker"), long_text("", 4))
        self.agenda.setPlaceholderText(self.tr("Én sak per linje"))
        self._series_row()
        self.set_save_text(self.tr("Planlegg"))
        self.setMinimumWidth(600)

    def _when_row(self, start: dt.datetime) -> None:
        self.date = DateField(start.date())
        self.time = QTimeEdit(start.time())
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(15, 8 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(90)
        row = _row(self.date, QLabel(self.tr("kl.")), self.time)
        self.add_field("starts_at", self.tr("Tidspunkt"), row, focus=(self.date, self.time))
        self.add_field("duration_minutes", self.tr("Varighet"), _row(self.duration))

    def _place_rows(self, latest: MeetingRow | None) -> None:
        self.place = QComboBox()
        self.place.setEditable(True)
        self.place.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.place.addItems(_earlier_places(self.group.meetings))
        self.place.setCurrentText(latest.place if latest and latest.place != VIDEO_PLACE else "")
        self.place.lineEdit().setPlaceholderText(self.tr("For eksempel Møterom Øst, helsesenteret"))
        self.add_field("place", self.tr("Sted"), self.place)
        self.video_link = self.add_field("video_link", self.tr("Videolenke"), QLineEdit())
        self.video_link.setPlaceholderText(self.tr("Lim inn lenken hvis møtet er på video"))
        if latest is not None:
            self.duration.setValue(latest.duration_minutes)
            self.video_link.setText(latest.video_link)

    def _series_row(self) -> None:
        self.repeat = QCheckBox(self.tr("Gjenta hver"))
        self.every_weeks = QSpinBox()
        self.every_weeks.setRange(1, 52)
        self.every_weeks.setSuffix(self.tr(". uke"))
        self.every_weeks.setValue(self.group.every_weeks or 6)
        self.count = QSpinBox()
        self.count.setRange(2, 26)
        self.count.setValue(DEFAULT_SERIES)
        row = _row(self.repeat, self.every_weeks, QLabel(self.tr("antall møter:")), self.count)
        focus = (self.repeat, self.every_weeks, self.count)
        self.add_field("every_weeks", self.tr("Serie"), row, focus=focus)
        for spin in (self.every_weeks, self.count):
            spin.setEnabled(False)
            self.repeat.toggled.connect(spin.setEnabled)

    def read(self) -> MeetingForm:
        day = self.read_date("starts_at", self.date)
        self.check_dates()
        starts_at = None if day is None else dt.datetime.combine(day, self.time.time().toPython())
        lines = self.agenda.toPlainText().splitlines()
        return MeetingForm(
            starts_at=starts_at,
            duration_minutes=self.duration.value(),
            place=self.place.currentText().strip(),
            video_link=self.video_link.text().strip(),
            invited=self.invite.invited(),
            agenda=tuple(line.strip() for line in lines if line.strip()),
        )

    def save(self) -> None:
        form, now = self.read(), self.clock()
        if not self.repeat.isChecked():
            self.saved_ids = [meetings.plan_meeting(self.db, self.group.id, form, now=now)]
            return
        self.saved_ids = meetings.plan_series(
            self.db, self.group.id, form,
            every_weeks=self.every_weeks.value(), count=self.count.value(), now=now,
        )  # fmt: skip


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return holder


def _active_members(group: GroupView, today: dt.date) -> list[Member]:
    return [m for m in group.members if m.active_to is None or m.active_to >= today]


def _latest(rows: tuple[MeetingRow, ...]) -> MeetingRow | None:
    kept = [m for m in rows if m.status is not MeetingStatus.CANCELLED]
    return max(kept, key=lambda m: m.starts_at, default=None)


def _earlier_places(rows: tuple[MeetingRow, ...]) -> list[str]:
    places = [m.place for m in sorted(rows, key=lambda m: m.starts_at, reverse=True)]
    return list(dict.fromkeys(p for p in places if p and p != VIDEO_PLACE))

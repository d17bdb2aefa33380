"""The responsibility-group tab for the selected service user: next meeting, members, meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.group_vocabulary import MeetingStatus, MemberKind
from ...domain.groups import GroupView, MeetingRow, Member
from ...services.clock import oslo_now, oslo_today
from ...services.database import Database
from ...services.meetings import groups, meetings
from ..change_bus import ADDRESS_BOOK, GROUP, RECORD, ChangeBus
from ..dialogs.form_dialog import error_label
from ..texts import date_text, datetime_text, domain_text, fill
from ..widgets.questions import confirm
from ..widgets.section import Section, scrolled_sections
from ..widgets.simple_table import SimpleTable
from ..widgets.user_tab import UserTab
from .empty_state import EmptyGroupState
from .group_rows import meeting_texts, member_texts
from .meeting_plan_dialog import MeetingPlanDialog
from .member_dialog import ConsentDialog, EndMemberDialog, MemberDialog
from .next_meeting import NextMeetingPanel


class GroupPage(UserTab):
    """Opens the group (an audited reading) only while the tab is shown.

    Every change is announced as GROUP; the page reloads on that, and on record and address
    book changes, since members' names and phones come from there.
    """

    TOPICS = frozenset({GROUP, RECORD, ADDRESS_BOOK})

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(db, bus, parent)
        self.clock = oslo_now
        self.view: GroupView | None = None
        self._loads = 0
        self._build()
        self.show_user(None)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.message = error_label()
        self.nothing = QLabel(self.tr("Velg en tjenestemottaker i listen til venstre."))
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty = EmptyGroupState()
        self.empty.create_button.clicked.connect(self.create)
        self.stack = QStackedWidget()
        for widget in (self.nothing, self.empty, self._scrolled_content()):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for widget in (self.heading, self.status_line, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)

    def _scrolled_content(self) -> QScrollArea:
        sections = (self._next_section(), self._member_section(), self._meeting_section())
        self.scroll = scrolled_sections(*sections)
        return self.scroll

    def _next_section(self) -> Section:
        self.next_panel = NextMeetingPanel()
        section = Section(self.tr("Neste møte"), self.next_panel)
        self.open_next_button = section.button(self.tr("Åpne &neste møte"), self.open_next)
        self.cancel_next_button = section.button(self.tr("Avl&ys neste møte..."), self.cancel_next)
        return section

    def _member_section(self) -> Section:
        self.members = SimpleTable(
            [
                self.tr("Navn"),
                self.tr("Rolle"),
                self.tr("Virksomhet"),
                self.tr("Telefon"),
                self.tr("Samtykke"),
                self.tr("Medlem"),
            ]
        )
        _stretch(self.members, 2)
        self.members.headerItem().setToolTip(
            4, self.tr("Samtykke til å dele referatet med medlemmet")
        )
        section = Section(self.tr("Medlemmer"), self.members)
        section.button(self.tr("Legg til &medlem..."), self.add_member)
        self.members.buttons_follow_selection(
            section.button(self.tr("&Samtykke til deling..."), self.change_consent),
            section.button(self.tr("Ta &ut av gruppen..."), self.end_member),
        )
        return section

    def _meeting_section(self) -> Section:
        self.meetings = SimpleTable(
            [
                self.tr("Tidspunkt"),
                self.tr("Sted"),
                self.tr("Invitert"),
                self.tr("Status"),
                self.tr("Referat"),
            ]
        )
        _stretch(self.meetings, 1)
        self.meetings.itemDoubleClicked.connect(self.open_selected)
        section = Section(self.tr("Møter"), self.meetings)
        section.button(self.tr("&Planlegg møte..."), self.plan_meeting)
        self.meetings.buttons_follow_selection(
            section.button(self.tr("Å&pne møtet"), self.open_selected),
            section.button(self.tr("&Avlys møte..."), self.cancel_selected),
        )
        return section

    # -- which user, and when to open ------------------------------------------------------

    def reload(self) -> None:
        self.message.hide()
        log = self.first_look(self.user_id)
        self.view = (
            None if self.user_id is None else groups.open_group(self.db, self.user_id, log=log)
        )
        self._stale, self._loads = False, self._loads + 1
        if self.view is not None:
            self.user_name = self.view.person_name
        self.heading.setText(
            fill(self.tr("Ansvarsgruppe – %1"), self.user_name) if self.user_id else ""
        )
        if self.user_id is None:
            self.stack.setCurrentWidget(self.nothing)
        elif self.view is None:
            self.stack.setCurrentWidget(self.empty)
        else:
            self._fill(self.view)
            self.stack.setCurrentWidget(self.scroll)
        self.status_line.setText(self._status(self.view))
        self.status_line.setVisible(self.view is not None)

    def _status(self, view: GroupView | None) -> str:
        if view is None:
            return ""
        if view.active_to is not None:
            return fill(self.tr("Avsluttet %1"), date_text(view.active_to))
        text = fill(self.tr("Opprettet %1"), date_text(view.active_from))
        if view.every_weeks:
            text += fill(self.tr("  ·  Møter hver %1. uke"), view.every_weeks)
        active = [m for m in view.members if m.is_active_on(self.clock().date())]
        return text + fill(self.tr("  ·  %1 aktive medlemmer"), len(active))

    def _fill(self, view: GroupView) -> None:
        now = self.clock()
        next_meeting = view.next_meeting(now)
        self.next_panel.show_meeting(next_meeting, now)
        self.open_next_button.setVisible(next_meeting is not None)
        self.cancel_next_button.setVisible(next_meeting is not None)
        _refill(self.members, [(m.id, member_texts(m)) for m in view.members])
        newest_first = sorted(view.meetings, key=lambda m: m.starts_at, reverse=True)
        _refill(self.meetings, [(m.id, meeting_texts(m, now)) for m in newest_first])

    # -- actions ---------------------------------------------------------------------------

    def create(self) -> None:
        if self.user_id is None:
            return
        try:
            groups.create_group(self.db, self.user_id, oslo_today())
        except UserError as exc:
            self._say(domain_text(exc.message))
            return
        self.bus.announce(GROUP)

    def add_member(self) -> None:
        if self.view is not None:
            self._run(MemberDialog(self.db, self.view, self))

    def change_consent(self) -> None:
        member = self.members.picked(self.view.members) if self.view else None
        if member is None:
            return
        if member.kind is MemberKind.SERVICE_USER:
            self._inform(self.tr("Tjenestemottakeren får alltid referatet fra sine egne møter."))
            return
        self._run(ConsentDialog(self.db, member, self))

    def end_member(self) -> None:
        member = self.members.picked(self.view.members) if self.view else None
        if member is None:
            return
        if member.kind is MemberKind.SERVICE_USER:
            self._inform(self.tr("Tjenestemottakeren kan ikke tas ut av sin egen ansvarsgruppe."))
        elif member.active_to is not None:
            self._inform(self._ended_text(member))
        else:
            self._run(EndMemberDialog(self.db, member, self))

    def _ended_text(self, member: Member) -> str:
        text = self.tr("%1 er allerede tatt ut av gruppen (siste dag %2).")
        return text.replace("%1", member.name).replace("%2", date_text(member.active_to))

    def plan_meeting(self) -> None:
        if self.view is not None:
            self._run(MeetingPlanDialog(self.db, self.view, self.clock, self))

    def open_next(self) -> None:
        if self.next_panel.meeting is not None:
            self.open_meeting(self.next_panel.meeting.id)

    def open_selected(self, *_args: object) -> None:
        meeting = self.meetings.picked(self.view.meetings) if self.view else None
        if meeting is not None:
            self.open_meeting(meeting.id)

    def open_meeting(self, meeting_id: int) -> None:
        """The meeting editor; it is loaded when first used."""
        from ..meeting.meeting_editor import MeetingEditor

        loads = self._loads
        MeetingEditor(self.db, self.bus, meeting_id, parent=self).exec()
        if loads == self._loads:
            self.reload()

    def cancel_next(self) -> None:
        if self.next_panel.meeting is not None:
            self.cancel(self.next_panel.meeting)

    def cancel_selected(self) -> None:
        meeting = self.meetings.picked(self.view.meetings) if self.view else None
        if meeting is not None:
            self.cancel(meeting)

    def cancel(self, meeting: MeetingRow) -> None:
        """Cancel a planned meeting; it stays in the history as cancelled."""
        if meeting.status is not MeetingStatus.PLANNED:
            self._inform(self.tr("Bare planlagte møter kan avlyses."))
            return
        question = self.tr("Avlyse møtet %1? Det blir stående i historikken som avlyst.")
        if confirm(self, fill(question, datetime_text(meeting.starts_at))):
            meetings.cancel_meeting(self.db, meeting.id)
            self.bus.announce(GROUP)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(GROUP)

    def _inform(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Ansvarsgruppe"), text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _stretch(table: SimpleTable, column: int) -> None:
    """One column takes the room left over (its text is cut short when space is short)."""
    table.header().setStretchLastSection(False)
    table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def _refill(table: SimpleTable, rows: list[tuple[int, tuple[str, ...]]]) -> None:
    """Replace the rows and keep the selected row selected when it is still there."""
    keep = table.current_id()
    table.set_rows(rows)
    for index in range(table.topLevelItemCount()):
        item = table.topLevelItem(index)
        if item.data(0, Qt.ItemDataRole.UserRole) == keep:
            table.setCurrentItem(item)

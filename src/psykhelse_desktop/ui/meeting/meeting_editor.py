"""The meeting editor: minutes typed during the meeting, keyboard first.

Ctrl+Enter adds an agenda item, Ctrl+D jumps to its decision, Ctrl+T adds an action item
(Enter saves it), Ctrl+S saves the minutes, Esc asks before unsaved text is discarded.
Locked minutes open read-only; a correction opens a new version, and old ones stay readable.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ...domain.conflicts import minutes_texts
from ...domain.errors import EditConflict, UserError, ValidationFailed
from ...domain.group_vocabulary import CARRIED_OVER_HEADING, MeetingStatus
from ...domain.groups import ActionItem, AgendaEntry, AttendanceLine, Minutes
from ...services.clock import oslo_today
from ...services.database import Database
from ...services.meetings import action_items, meetings
from ...services.meetings.meeting_editing import (
    MeetingSheet,
    open_meeting_for_editing,
    open_minutes_version,
)
from ..change_bus import GROUP, ChangeBus
from ..dialogs.conflict_dialog import ConflictChoice, resolve_conflict
from ..texts import domain_text, fill
from ..widgets.print_folder import PrintFolder
from ..widgets.questions import Leave, ask_discard
from ..widgets.section import Section
from .action_item_row import ActionItemRow, saved_items_list
from .agenda_section import AgendaSection
from .attendance_panel import AttendancePanel
from .carried_over import CarriedOverPanel
from .correction_dialog import CorrectionDialog
from .editor_frame import EditorFrame
from .meeting_texts import action_text


class MeetingEditor(QDialog):
    """One meeting's minutes; `sheet` is what is shown, `read_only` when locked."""

    def __init__(
        self,
        db: Database,
        bus: ChangeBus,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.db, self.bus, self.meeting_id = db, bus, meeting_id
        self.today = today or oslo_today()
        self.sections: list[AgendaSection] = []
        self.read_only = False
        self._saved_state: tuple = ()
        self.print_folder = PrintFolder()
        self.setWindowTitle(self.tr("Møtereferat"))
        self.frame = EditorFrame(db, self.print_folder, self.save_if_needed, self)
        self.frame.connect_to(self)
        QVBoxLayout(self).addWidget(self.frame)
        self._add_shortcuts()
        self.load(open_meeting_for_editing(db, meeting_id))
        self.frame.fit_to_screen(self)

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            ("Ctrl+Return", self.new_section),
            ("Ctrl+Enter", self.new_section),
            ("Ctrl+D", self.focus_decision),
            ("Ctrl+T", self.new_action),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)

    # -- showing a meeting ------------------------------------------------------------------

    def load(self, sheet: MeetingSheet) -> None:
        self.sheet = sheet
        self.read_only = sheet.is_locked or not sheet.is_current
        self.frame.show_sheet(sheet, self.read_only)
        self.frame.scroll.setWidget(self._content(sheet))
        self._saved_state = self._state()
        self._chain_tabs()
        first = (self.attendance.fields() or [self.frame.close_button])[0]
        first.setFocus()

    def _content(self, sheet: MeetingSheet) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.attendance = AttendancePanel(sheet.invited)
        layout.addWidget(Section(self.tr("Oppmøte"), self.attendance))
        self.carried = CarriedOverPanel(sheet.carried_over, self.today)
        self.carried.close_requested.connect(self.close_item)
        if sheet.carried_over:
            layout.addWidget(Section(domain_text(CARRIED_OVER_HEADING), self.carried))
        self.agenda = QVBoxLayout()
        layout.addWidget(Section(self.tr("Saker"), QWidget()))
        layout.addLayout(self.agenda)
        self.sections = []
        for entry in sheet.items:
            self._add_section(entry, sheet.action_items_under(entry.id))
        loose = sheet.loose_action_items()
        if loose:
            others = saved_items_list(loose, self.today)
            layout.addWidget(Section(self.tr("Andre oppgaver fra møtet"), others))
        layout.addStretch(1)
        self.attendance.set_read_only(self.read_only)
        if self.read_only:
            self.carried.set_read_only()
        return page

    def _add_section(self, entry: AgendaEntry, items: tuple[ActionItem, ...]) -> AgendaSection:
        section = AgendaSection(entry, items, self.today)
        section.action_requested.connect(self.save_action)
        section.set_read_only(self.read_only)
        self.agenda.addWidget(section)
        section.show()  # at once, so that Tab can reach it before the next event loop turn
        self.sections.append(section)
        section.set_number(len(self.sections))
        return section

    def _chain_tabs(self) -> None:
        """Tab goes top to bottom, as the nurse reads the page."""
        fields = [field for section in self.sections for field in section.fields()]
        chain = [*self.frame.top_fields(), *self.attendance.fields(), *self.carried.fields(),
                 *fields, *self.frame.bottom_fields()]  # fmt: skip
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def show_version(self, number: int) -> None:
        """Open another version: the current one to edit, or a locked one to read."""
        if number == self.sheet.version or not self._may_leave():
            self.frame.show_sheet(self.sheet, self.read_only)
            return
        if number == self.sheet.current_version:
            self.load(open_meeting_for_editing(self.db, self.meeting_id))
        else:
            self.load(open_minutes_version(self.db, self.meeting_id, number))

    # -- typing ---------------------------------------------------------------------------

    def new_section(self) -> AgendaSection | None:
        if self.read_only:
            return None
        section = self._add_section(AgendaEntry(), ())
        self._chain_tabs()
        section.title.setFocus()
        self._scroll_to(section)
        return section

    def current_section(self) -> AgendaSection | None:
        inside = [s for s in self.sections if s.has_focus_inside()]
        return (inside or self.sections[-1:] or [None])[0]

    def focus_decision(self) -> None:
        section = self.current_section()
        if section is not None:
            section.decision.setFocus()
            self._scroll_to(section.decision)

    def new_action(self) -> ActionItemRow | None:
        if self.read_only:
            return None
        section = self.current_section() or self.new_section()
        row = section.add_action_row(self.sheet.members, self.sheet.default_deadline())
        self._chain_tabs()
        self._scroll_to(row)
        return row

    def _scroll_to(self, widget: QWidget) -> None:
        QTimer.singleShot(0, lambda: self.frame.scroll.ensureWidgetVisible(widget))

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save attendance, every agenda item and the action items typed but not yet saved.

        On a problem say where, and keep everything typed.
        """
        if self.read_only or not self._save_minutes():
            return False
        pending = [(s, row) for s in self.sections for row in s.rows if row.has_text()]
        return all([self.save_action(section, row) for section, row in pending])

    def _save_minutes(self) -> bool:
        self.frame.clear_message()
        for section in self.sections:
            section.show_title_error("")
        kept = [s for s in self.sections if not s.is_blank()]
        entries = tuple(s.entry() for s in kept)
        try:
            saved = meetings.save_minutes(self.db, self.meeting_id, self.attendance.attendance(),
                                          entries, version=self.sheet.edit_version)  # fmt: skip
        except ValidationFailed as exc:
            self._show_title_errors(exc.errors, kept)
            return False
        except EditConflict as conflict:
            return self._resolve(conflict, entries)
        except UserError as exc:
            self.frame.show_message(domain_text(exc.message))
            return False
        for section, agenda_id in zip(kept, saved.item_ids, strict=True):
            section.agenda_id = agenda_id
        self.sheet = dataclasses.replace(
            self.sheet, status=MeetingStatus.HELD, edit_version=saved.version
        )
        self.frame.show_saved(self.sheet)
        self._saved_state = self._state()
        self.bus.announce(GROUP)
        return True

    def _resolve(self, conflict: EditConflict, entries: tuple[AgendaEntry, ...]) -> bool:
        """Saved in another window meanwhile: she sees both and chooses."""
        stored: Minutes = conflict.stored  # type: ignore[assignment]
        mine = minutes_texts(self._attendance_lines(), entries)
        choice, found = resolve_conflict(
            self, conflict, mine, minutes_texts(stored.attendance, stored.items)
        )
        self.sheet = dataclasses.replace(self.sheet, edit_version=conflict.version)
        if choice is ConflictChoice.KEEP_MINE:
            return self._save_minutes()
        if choice is ConflictChoice.TAKE_STORED:
            self.load(open_meeting_for_editing(self.db, self.meeting_id))
            return False
        lines = [f"{domain_text(d.label)}: «{d.stored}»" for d in found]
        intro = self.tr("Lagret i et annet vindu mens du skrev (rett det du vil, og lagre):")
        self.frame.show_message("\n".join([intro, *lines]))
        return False

    def _attendance_lines(self) -> list[AttendanceLine]:
        names = {m.member_id: m for m in self.sheet.invited}
        return [
            AttendanceLine(names[a.member_id].name, names[a.member_id].role, "", a.attended,
                           a.absence_reason)
            for a in self.attendance.attendance() if a.member_id in names
        ]  # fmt: skip

    def _show_title_errors(self, errors: dict[str, str], kept: list[AgendaSection]) -> None:
        shown = [(i, text) for i, s in enumerate(kept)
                 if (text := errors.get(f"items[{i}].title"))]  # fmt: skip
        for index, text in shown:
            kept[index].show_title_error(domain_text(text))
        if shown:
            kept[shown[0][0]].title.setFocus()
        self.frame.show_message(self.tr("Referatet ble ikke lagret. Rett det som er merket."))

    def save_if_needed(self) -> bool:
        """Save typed text before printing; True when there is nothing (more) to save."""
        return self.read_only or not self.is_dirty() or self.save()

    def save_action(self, section: AgendaSection, row: ActionItemRow) -> bool:
        """Enter in an action item row: check it, save the agenda item if new, then the row."""
        form, errors = row.read(section.agenda_id or None)
        if errors:
            row.show_errors(errors)
            return False
        if not section.agenda_id and not self._save_minutes():
            return False
        form = dataclasses.replace(form, agenda_item_id=section.agenda_id)
        try:
            item_id = action_items.add_action_item(self.db, self.meeting_id, form)
        except ValidationFailed as exc:
            row.show_errors(exc.errors)
            return False
        except UserError as exc:
            self.frame.show_message(domain_text(exc.message))
            return False
        item = ActionItem(item_id, self.sheet.group_id, self.meeting_id, form.what.strip(),
                          row.owner.owner_name(), form.due_on)  # fmt: skip
        section.action_saved(row, action_text(item, self.today))
        self._chain_tabs()
        section.notes.setFocus()
        self.frame.show_status(fill(self.tr("Oppgaven er lagret: %1"), item.what))
        self.bus.announce(GROUP)
        return True

    def close_item(self, item_id: int) -> None:
        try:
            item = action_items.close_action_item(self.db, item_id)
        except UserError as exc:
            self.carried.show_still_open(item_id)
            self.frame.show_message(domain_text(exc.message))
            return
        self.carried.show_closed(item)
        self.frame.show_status(fill(self.tr("Merket som gjort: %1"), item.what))
        self.bus.announce(GROUP)

    # -- locking, correcting, leaving ------------------------------------------------------

    def correct(self) -> None:
        dialog = CorrectionDialog(self.db, self.meeting_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(GROUP)
            self.load(open_meeting_for_editing(self.db, self.meeting_id))

    def after_lock(self) -> None:
        self.bus.announce(GROUP)
        self.load(open_meeting_for_editing(self.db, self.meeting_id))

    def _state(self) -> tuple:
        return (self.attendance.attendance(), tuple(s.entry() for s in self.sections))

    def is_dirty(self) -> bool:
        """Text typed since the last save (including action items not yet saved)."""
        if self.read_only:
            return False
        pending = any(s.pending_texts() for s in self.sections)
        return pending or self._state() != self._saved_state

    def _may_leave(self) -> bool:
        """Ask before unsaved text is lost: save it, discard it, or go on writing."""
        if not self.is_dirty():
            return True
        answer = ask_discard(
            self,
            self.tr("Referatet har tekst som ikke er lagret."),
            title=self.tr("Ulagret tekst"),
            discard=self.tr("Forkast teksten"),
            save=self.tr("Lagre"),
        )
        return answer is Leave.DISCARD or (answer is Leave.SAVE and self.save())

    def reject(self) -> None:
        if self._may_leave():
            super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self.print_folder.remove()

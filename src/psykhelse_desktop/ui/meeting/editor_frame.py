"""The meeting editor's frame: the title line, version picker, print menu, lock banner, buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.clock import oslo_now
from ...services.database import Database
from ...services.meetings.meeting_editing import MeetingSheet
from ..colours import MUTED, notice_style, text_style
from ..dialogs.form_dialog import error_label
from ..texts import date_text, domain_text, fill
from ..widgets.print_folder import PrintFolder
from ..widgets.section import vertical_scroll
from .meeting_print import MeetingPrintMenu
from .meeting_texts import place_text, when_text

if TYPE_CHECKING:
    from .meeting_editor import MeetingEditor


class EditorFrame(QWidget):
    """Everything around the minutes; the minutes themselves go into `scroll`."""

    def __init__(
        self,
        db: Database,
        folder: PrintFolder,
        before_print: Callable[[], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.version_box = QComboBox()
        # Sized again when a locked version is added ("2 – skrevet ut 02.12.2026" was cut off).
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_box.setToolTip(self.tr("Låste versjoner kan leses, ikke endres"))
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Skriv &ut"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = MeetingPrintMenu(db, folder, before_print, self)
        self.print_button.setMenu(self.print_menu)
        self.banner, self.banner_text, self.correct_button = self._banner()
        self.correction = QLabel()
        self.correction.setWordWrap(True)
        self.message = error_label()
        self.status = QLabel()
        self.scroll = vertical_scroll()
        self.hint = QLabel(
            self.tr(
                "Ctrl+Enter: ny sak · Ctrl+D: vedtak · Ctrl+T: ny oppgave (Enter lagrer den) · "
            )
            + self.tr("Ctrl+S: lagre · Esc: lukk")
        )
        self.hint.setStyleSheet(text_style(MUTED))  # a hint, readable (not greyed out)
        self.new_button = self._button(self.tr("&Ny sak"), self.tr("Ny sak (Ctrl+Enter)"))
        self.save_button = self._button(self.tr("&Lagre"), self.tr("Lagre referatet (Ctrl+S)"))
        self.close_button = self._button(self.tr("Lu&kk"), self.tr("Lukk (Esc)"))
        self._lay_out()

    def _banner(self) -> tuple[QFrame, QLabel, QPushButton]:
        banner = QFrame()
        banner.setObjectName("lockBanner")
        banner.setStyleSheet(f"#lockBanner {{ {notice_style('border-radius: 3px;')} }}")
        text = QLabel()
        text.setWordWrap(True)
        button = self._button(self.tr("&Rett referatet..."), "")
        line = QHBoxLayout(banner)
        line.addWidget(text, 1)
        line.addWidget(button)
        return banner, text, button

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        return button

    def _lay_out(self) -> None:
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.facts)
        tools = QHBoxLayout()
        caption = QLabel(self.tr("&Versjon"))
        caption.setBuddy(self.version_box)
        for widget in (caption, self.version_box, self.print_button):
            tools.addWidget(widget)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addLayout(tools)
        top.setAlignment(tools, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for button in self.bottom_fields():
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        for widget in (self.banner, self.correction, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)

    def connect_to(self, editor: MeetingEditor) -> None:
        self.version_box.activated.connect(
            lambda index: editor.show_version(self.version_box.itemData(index))
        )
        self.correct_button.clicked.connect(editor.correct)
        self.print_menu.locked.connect(editor.after_lock)
        self.new_button.clicked.connect(editor.new_section)
        self.save_button.clicked.connect(editor.save)
        self.close_button.clicked.connect(editor.reject)

    def top_fields(self) -> list[QWidget]:
        return [self.version_box, self.print_button, self.correct_button]

    def bottom_fields(self) -> list[QWidget]:
        return [self.new_button, self.save_button, self.close_button]

    def fit_to_screen(self, dialog: QWidget) -> None:
        screen = QGuiApplication.primaryScreen().availableGeometry()
        dialog.resize(min(1180, screen.width() - 40), min(900, screen.height() - 40))

    # -- what is shown ----------------------------------------------------------------------

    def show_sheet(self, sheet: MeetingSheet, read_only: bool) -> None:
        self.heading.setText(fill(self.tr("Ansvarsgruppemøte – %1"), sheet.person_name))
        self._show_facts(sheet)
        self._fill_versions(sheet)
        self._show_banner(sheet)
        self._show_correction(sheet)
        self.print_menu.show_sheet(sheet)
        for widget in (self.new_button, self.save_button, self.hint):
            widget.setVisible(not read_only)
        self.clear_message()
        self.status.clear()

    def show_saved(self, sheet: MeetingSheet) -> None:
        self._show_facts(sheet)
        self.print_menu.show_sheet(sheet)
        self.show_status(fill(self.tr("Lagret kl. %1"), f"{oslo_now():%H.%M}"))

    def _show_correction(self, sheet: MeetingSheet) -> None:
        note = sheet.correction_note if sheet.version > 1 else ""
        text = self.tr("Versjon %1 er en rettet versjon. Rettet: %2")
        self.correction.setText(text.replace("%1", str(sheet.version)).replace("%2", note))
        self.correction.setVisible(bool(note))

    def _show_facts(self, sheet: MeetingSheet) -> None:
        when = when_text(sheet.starts_at, sheet.duration_minutes)
        parts = [
            when[:1].upper() + when[1:],
            place_text(sheet.place, sheet.video_link),
            fill(self.tr("Status: %1"), domain_text(sheet.status.label)),
        ]
        self.facts.setText("  ·  ".join(p for p in parts if p))

    def _fill_versions(self, sheet: MeetingSheet) -> None:
        box = self.version_box
        box.blockSignals(True)
        box.clear()
        for locked in sheet.locked_versions:
            text = self.tr("%1 – %2 %3").replace("%1", str(locked.number))
            text = text.replace("%2", domain_text(locked.how.label))
            box.addItem(text.replace("%3", date_text(locked.locked_at.date())), locked.number)
        if sheet.current_version not in [v.number for v in sheet.locked_versions]:
            box.addItem(
                fill(self.tr("%1 – under arbeid"), sheet.current_version), sheet.current_version
            )
        box.setCurrentIndex(box.findData(sheet.version))
        box.setEnabled(box.count() > 1)
        box.blockSignals(False)

    def _show_banner(self, sheet: MeetingSheet) -> None:
        self.banner.setVisible(sheet.is_locked)
        self.correct_button.setVisible(sheet.is_locked and sheet.is_current)
        if not sheet.is_locked:
            return
        how = f"{domain_text(sheet.locked_how.label)} {date_text(sheet.locked_at.date())}"
        if sheet.is_current:
            text = fill(self.tr("Referatet er låst (%1). Rett med en ny versjon."), how)
        else:
            text = (
                self.tr("Dette er versjon %1, låst (%2). Gjeldende versjon er %3.")
                .replace("%1", str(sheet.version))
                .replace("%2", how)
                .replace("%3", str(sheet.current_version))
            )
        self.banner_text.setText(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.hide()

    def show_status(self, text: str) -> None:
        self.status.setText(text)

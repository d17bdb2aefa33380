"""The base of every form dialog: labelled rows, red messages per field, Ctrl+S and Esc.

Esc (or Avbryt, or closing the window) with changes asks first, with "Fortsett å skrive" as the
default. A form on an existing row remembers its `version`; when the row was saved elsewhere
meanwhile, the service refuses with EditConflict and the nurse sees both and chooses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.conflicts import FieldDifference, form_texts, merged, rebased
from ...domain.errors import EditConflict, UserError, ValidationFailed
from ..colours import ERROR, INFO, text_style
from ..focus import is_input, place_focus
from ..texts import domain_text, fill
from ..widgets.date_field import DateField
from ..widgets.field_values import field_values
from ..widgets.questions import Leave, ask_discard
from .conflict_dialog import ConflictChoice, resolve_conflict

WINDOW_FRAME = 40  # the title bar and frame a window manager adds
MIN_FIELDS_HEIGHT = 120
# Room kept free under the fields for this many messages, so that they show without the
# dialog changing size (more messages scroll within the fields).
RESERVED_MESSAGE_LINES = 2


class FormDialog(QDialog):
    """Subclasses add fields with `add_field` and implement `save()`; errors keep it open."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        # The version of the row this form edits (None for a new one), and whether she chose
        # the stored version over hers after a conflict (the caller refreshes then).
        self.version: int | None = None
        self.took_stored = False
        self.discard_question = self.tr("Du har endret noe som ikke er lagret. Forkaste det?")
        self._labels: dict[str, str] = {}
        self._start: tuple | None = None
        self._opened: object = None  # the form as it was when shown (what she edits on)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = error_label()
        # The message line keeps its place when hidden, so the dialog does not jump when it shows.
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self._errors: dict[str, QLabel] = {}
        self._fields: list[QWidget] = []
        self._tab_chain: list[QWidget] = []
        self._date_problems: dict[str, str] = {}
        self.buttons = self._make_buttons()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.fields_area = fields_area(self.form)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.try_save)

    def set_save_text(self, text: str) -> None:
        """Name the save button for what it does here, e.g. 'Lås opp'."""
        save = self.buttons.buttons()[0]
        save.setText(text)
        save.setToolTip(fill(self.tr("%1 (Ctrl+S)"), text))

    def set_intro(self, text: str) -> None:
        """A short explanation above the fields."""
        self.intro.setText(text)
        self.intro.show()

    def add_field(
        self, name: str, label: str, widget: QWidget, focus: Sequence[QWidget] = ()
    ) -> QWidget:
        """A labelled row, with a hidden red message row under it for `name`.

        `focus` lists the widgets inside a composite row, in tab order.
        """
        focus = list(focus) or [_focus_target(widget)]
        caption = QLabel(label)
        caption.setBuddy(focus[0])
        for step in focus[1:]:  # the time beside a date: named by the row's label too
            if not step.accessibleName() and not _has_text(step):
                step.setAccessibleName(_plain_label(label, widget))
        self.form.addRow(caption, widget)
        self._labels[name] = _plain_label(label, widget)
        problem = error_label()
        problem.setWordWrap(False)
        self.form.addRow("", problem)
        self.form.setRowVisible(problem, False)
        self._errors[name] = problem
        for step in focus:
            if self._tab_chain:
                QWidget.setTabOrder(self._tab_chain[-1], step)
            self._tab_chain.append(step)
        self._fields.append(focus[0])
        return widget

    def error_text(self, name: str) -> str:
        """The message shown under a field, or '' when it is hidden."""
        label = self._errors[name]
        return label.text() if self.form.isRowVisible(label) else ""

    def read_date(self, name: str, field: DateField) -> dt.date | None:
        """A date from a field; a badly typed one is noted and shown when saving."""
        try:
            return field.value()
        except ValueError:
            self.note_problem(
                name, self.tr("Skriv datoen som dd.mm.åååå, for eksempel 03.02.2025.")
            )
            return None

    def note_problem(self, name: str, text: str) -> None:
        """A field that could not be read (a date, a number); shown by `check_dates`."""
        self._date_problems[name] = text

    def try_save(self) -> None:
        """Save; on a problem show it and keep everything that was typed."""
        self._clear_problems()
        try:
            self.save()
        except ValidationFailed as exc:
            self.show_problems(exc.errors)
        except EditConflict as exc:
            self._resolve(exc)
        except UserError as exc:
            self.message.setText(domain_text(exc.message))
            self.message.show()
        else:
            self.accept()

    def save(self) -> None:
        """Read the fields and call the service; raise UserError on an expected problem."""
        raise UserError(self.tr("Dette skjemaet kan ikke lagres."))

    def collect(self) -> object:
        """What is typed now, as the service's form (compared with a stored version)."""
        return None

    def conflict_labels(self) -> dict[str, str]:
        """Form attribute -> label, for showing her version beside the stored one."""
        return dict(self._labels)

    def conflict_texts(self, form: object) -> dict[str, str]:
        """A form (hers, or the stored one) as label -> text."""
        return form_texts(form, self.conflict_labels())

    # -- saved elsewhere meanwhile ---------------------------------------------------------

    def _resolve(self, conflict: EditConflict) -> None:
        """She sees both and chooses. A dialog with `fill` merges: the fields she did not touch
        take the stored values, whatever she chooses, so her choice is about her changes."""
        mine, stored = self._typed(), conflict.stored
        can_merge = mine is not None and self._opened is not None and hasattr(self, "fill")
        opened = self.conflict_texts(self._opened) if can_merge else None
        texts = (self.conflict_texts(mine) if mine is not None else {}), self.conflict_texts(stored)
        choice, found = resolve_conflict(self, conflict, *texts, opened)
        self.version = conflict.version
        if choice is ConflictChoice.TAKE_STORED:
            self.took_stored = True
            super().accept()
            return
        if can_merge:
            self.fill(merged(mine, stored, self._opened))  # type: ignore[attr-defined]
            self._opened = rebased(mine, stored)
        if choice is ConflictChoice.KEEP_MINE:
            self.try_save()
        else:
            self._show_stored([d for d in found if d.mine_changed], self.conflict_labels())

    def _typed(self) -> object:
        """`collect()`, or None when a field cannot be read yet."""
        try:
            return self.collect()
        except ValidationFailed:
            return None

    def _show_stored(self, found: list[FieldDifference], labels: dict[str, str]) -> None:
        """Back to her form: what is stored now stands under each field that differs."""
        names = {label: name for name, label in labels.items()}
        unplaced = []
        for difference in found:
            text = fill(self.tr("Lagret et annet sted: «%1»"), difference.stored or self.tr("tomt"))
            label = self._errors.get(names.get(difference.label, ""))
            if label is None:
                unplaced.append(f"{domain_text(difference.label)}: {difference.stored}")
                continue
            label.setText(text)
            label.setStyleSheet(stored_style())
            self.form.setRowVisible(label, True)
        intro = self.tr(
            "Det som er lagret et annet sted, står under feltene. Rett det du vil, og lagre: "
            "da gjelder det du lagrer."
        )
        self.message.setText("\n".join([intro, *unplaced]))
        self.message.setStyleSheet(stored_style())
        self.message.show()
        self.fit_to_screen()

    # -- leaving without saving ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._start is None:
            noted = dict(self._date_problems)
            self._start, self._opened = self._values(), self._typed()
            self._date_problems = noted
            self._buttons_after_fields()
            place_focus(self)
            self.fit_to_screen()

    def _buttons_after_fields(self) -> None:
        """Tab from the last field goes on to the buttons (they were made first)."""
        previous = self._tab_chain[-1] if self._tab_chain else None
        for button in self.buttons.buttons():
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button

    def fit_to_screen(self) -> None:
        """Every field in view where the screen is tall enough; a scroll bar where it is not
        (a 1024x600 laptop, a form with messages under its fields)."""
        area, fields = self.fields_area, self.fields_area.widget()
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        besides = self.sizeHint().height() - area.sizeHint().height()
        room = screen.height() - besides - WINDOW_FRAME
        needed = fields.sizeHint().height() + self._message_room()
        area.setMinimumHeight(max(min(needed, room), MIN_FIELDS_HEIGHT))
        scroll_bar = area.verticalScrollBar().sizeHint().width() if needed > room else 0
        area.setMinimumWidth(fields.minimumSizeHint().width() + scroll_bar)
        height = min(self.sizeHint().height(), screen.height() - WINDOW_FRAME)
        self.resize(max(self.width(), self.minimumSizeHint().width()), height)
        lowest = screen.bottom() - height - WINDOW_FRAME  # keep the buttons on the screen
        if self.isVisible() and self.y() > lowest:
            self.move(self.x(), max(screen.top(), lowest))

    def _message_room(self) -> int:
        """The height of the field messages not shown now, up to RESERVED_MESSAGE_LINES."""
        hidden = [label for label in self._errors.values() if not self.form.isRowVisible(label)]
        shown = len(self._errors) - len(hidden)
        lines = min(len(hidden), max(RESERVED_MESSAGE_LINES - shown, 0))
        line = self.message.fontMetrics().lineSpacing() + max(self.form.verticalSpacing(), 0)
        return lines * line

    def _values(self) -> tuple:
        return field_values(self._tab_chain)

    def is_modified(self) -> bool:
        """Changed since shown; a dialog without a `discard_question` never asks."""
        return (
            bool(self.discard_question)
            and self._start is not None
            and (self._values() != self._start)
        )

    def reject(self) -> None:
        """Esc, Avbryt and the window's close button: changes are not thrown away unasked."""
        if self.is_modified():
            answer = ask_discard(self, self.discard_question)
            if answer is not Leave.DISCARD:
                return
        super().reject()

    def check_dates(self) -> None:
        """Raise the date problems noted while reading, before anything is saved."""
        if self._date_problems:
            raise ValidationFailed(dict(self._date_problems))

    def show_problems(self, errors: dict[str, str]) -> None:
        unplaced = []
        for name, text in errors.items():
            label = self._errors.get(name)
            if label is None:
                unplaced.append(domain_text(text))
                continue
            label.setText(domain_text(text))
            self.form.setRowVisible(label, True)
        self.message.setText(
            "\n".join(unplaced) or self.tr("Rett feltene som er merket med rødt, og lagre igjen.")
        )
        self.message.show()
        self._focus_first_problem(errors)
        self._keep_size()

    def _keep_size(self) -> None:
        """Messages under the fields take room inside the scrolling fields, not from the screen:
        the dialog keeps its height (only a message too wide for it widens it)."""
        fields = self.fields_area.widget()
        wanted = fields.minimumSizeHint().width() - self.fields_area.viewport().width()
        if wanted > 0:
            self.resize(self.width() + wanted, self.height())

    def _focus_first_problem(self, errors: dict[str, str]) -> None:
        for name, widget in zip(self._errors, self._fields, strict=False):
            if name in errors:
                widget.setFocus()
                self.fields_area.ensureWidgetVisible(self._errors[name], 0, 0)
                return

    def _clear_problems(self) -> None:
        self._date_problems = {}
        self.message.hide()
        self.message.setStyleSheet(error_style())
        for label in self._errors.values():
            label.setStyleSheet(error_style())
            self.form.setRowVisible(label, False)

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setToolTip(self.tr("Lagre (Ctrl+S)"))
        save.setDefault(False)
        save.setAutoDefault(False)
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        return buttons


def _plain_label(label: str, widget: QWidget) -> str:
    """The label as she reads it: no mnemonic '&'; a check box row is named by its own text."""
    if not label and isinstance(widget, QAbstractButton):
        label = widget.text()
    return label.replace("&", "").rstrip(":")


def _focus_target(widget: QWidget) -> QWidget:
    """The input a label belongs to: the widget, or the first input of a row of widgets."""
    if is_input(widget) or not widget.children():
        return widget
    return next((child for child in widget.findChildren(QWidget) if is_input(child)), widget)


def _has_text(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and bool(widget.text().strip())


def fields_area(form: QFormLayout) -> QScrollArea:
    """The form's rows in a frameless scroll area: it scrolls only when the screen is short."""
    holder = QWidget()
    holder.setLayout(form)
    area = QScrollArea()
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def error_style() -> str:
    return text_style(ERROR)


def stored_style() -> str:
    return text_style(INFO)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label

"""Write a journal entry: a new note or a draft, saved as a draft or signed; and an addendum.

The kind fills its quick template while the text is empty or still the untouched template.
Signing asks once; a signed entry is never edited here, and a correction is an addendum.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QTimeEdit,
    QWidget,
)

from ...domain.daily_vocabulary import JournalKind
from ...domain.errors import ValidationFailed
from ...domain.journal import MAX_MINUTES, JournalEntry, JournalForm, template_for, validate_journal
from ...services.clock import oslo_now
from ...services.daily import journal
from ...services.database import Database
from ...services.versions import FIRST_VERSION
from ..dialogs.form_dialog import FormDialog
from ..texts import domain_text, fill
from ..widgets.date_field import DateField
from ..widgets.questions import confirm
from ..widgets.screen_fit import resize_within_screen
from .entry_text import entry_html

# A starting length per kind, used while the nurse has not set one herself.
USUAL_MINUTES = {
    JournalKind.CONVERSATION: 45, JournalKind.HOME_VISIT: 60, JournalKind.PHONE: 15,
    JournalKind.VIDEO: 30, JournalKind.GROUP: 90, JournalKind.MEDICATION: 15,
    JournalKind.NOT_MET: 0,
}  # fmt: skip


def sign_question(parent: QWidget) -> bool:
    """The one question before signing."""
    question = QCoreApplication.translate(
        "entry_dialog", "Signerte notater kan ikke endres. Rettelser blir et tillegg."
    )
    return confirm(
        parent,
        question + "\n\n" + QCoreApplication.translate("entry_dialog", "Signere notatet nå?"),
    )


def note_field(lines: int) -> QPlainTextEdit:
    text = QPlainTextEdit()
    text.setTabChangesFocus(True)
    text.setMinimumHeight(text.fontMetrics().lineSpacing() * lines + 14)
    return text


def row_of(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return holder


class JournalEntryDialog(FormDialog):
    """A new note (`entry` None) or a draft; `saved_id` and `signed` tell what happened."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        person_name: str,
        entry: JournalEntry | None = None,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = oslo_now,
    ):
        title = self.tr("Nytt notat – %1") if entry is None else self.tr("Endre utkast – %1")
        super().__init__(fill(title, person_name), parent)
        self.db, self.user_id, self.entry, self.clock = db, user_id, entry, clock
        self.saved_id: int | None = None
        self.signed, self._signing = False, False
        self.set_intro(
            self.tr(
                "Lagre utkast (Ctrl+S) for å skrive videre senere. Et signert notat er låst; "
                "en rettelse blir et tillegg under det."
            )
        )
        self._add_fields(entry)
        self.set_save_text(self.tr("Lagre &utkast"))
        self.sign_button = self.buttons.addButton(
            self.tr("&Signer..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.try_sign)
        self.version = entry.version if entry else None
        self.discard_question = self.tr("Notatet er ikke lagret. Forkaste det du har skrevet?")
        resize_within_screen(self, 680, 560)
        self.text.setFocus()

    def _add_fields(self, entry: JournalEntry | None) -> None:
        self.kind = QComboBox()
        for kind in JournalKind:
            self.kind.addItem(domain_text(kind.label), kind)
        self.add_field("kind", self.tr("Type kontakt"), row_of(self.kind), focus=(self.kind,))
        when = entry.occurred_at if entry else self.clock()
        self.date = DateField(when.date())
        self.time = QTimeEdit(when.time())
        self.time.setDisplayFormat("HH:mm")
        row = row_of(self.date, QLabel(self.tr("kl.")), self.time)
        self.add_field("occurred_at", self.tr("Tidspunkt"), row, focus=(self.date, self.time))
        self.duration = QSpinBox()
        self.duration.setRange(0, MAX_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.add_field("duration_minutes", self.tr("Varighet"), row_of(self.duration))
        self.text = note_field(12)
        self.add_field("text", self.tr("Notat"), self.text)
        self._fill(entry)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _fill(self, entry: JournalEntry | None) -> None:
        kind = entry.kind if entry else JournalKind.CONVERSATION
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._template = template_for(kind)
        self._usual = USUAL_MINUTES[kind]
        self.duration.setValue(entry.duration_minutes if entry else self._usual)
        self.text.setPlainText(entry.text if entry else self._template)
        self._cursor_to_first_line()

    def _kind_changed(self) -> None:
        """A new kind brings its template and usual length, unless the nurse has written her own."""
        kind = self.kind.currentData()
        text = self.text.toPlainText()
        if not text.strip() or text == self._template:
            self._template = template_for(kind)
            self.text.setPlainText(self._template)
            self._cursor_to_first_line()
        if self.duration.value() == self._usual:
            self.duration.setValue(USUAL_MINUTES[kind])
        self._usual = USUAL_MINUTES[kind]

    def _cursor_to_first_line(self) -> None:
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.text.setTextCursor(cursor)

    def read(self) -> JournalForm:
        day = self.read_date("occurred_at", self.date)
        self.check_dates()
        when = None if day is None else dt.datetime.combine(day, self.time.time().toPython())
        return JournalForm(
            occurred_at=when,
            kind=self.kind.currentData(),
            duration_minutes=self.duration.value(),
            text=self.text.toPlainText(),
        )

    def collect(self) -> JournalForm:
        return self.read()

    def fill(self, form: JournalForm) -> None:
        """The draft as saved elsewhere, where she had left it as it was."""
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(form.kind))
        self.kind.blockSignals(False)
        if form.occurred_at is not None:
            self.date.set_value(form.occurred_at.date())
            self.time.setTime(form.occurred_at.time())
        self.duration.setValue(form.duration_minutes)
        self.text.setPlainText(form.text)

    def save(self) -> None:
        form = self.read()
        self._refuse_bare_template(form)
        now = self.clock()
        if self.saved_id is None and self.entry is None:
            self.saved_id = journal.create_draft(self.db, self.user_id, form, now=now)
            self.version = FIRST_VERSION
        else:
            self.saved_id = self.saved_id or self.entry.id
            saved = journal.update_draft(self.db, self.saved_id, form, version=self.version,
                                         now=now)  # fmt: skip
            self.version = saved.version
        if self._signing:
            journal.sign(self.db, self.saved_id, version=self.version)
            self.signed = True

    def _refuse_bare_template(self, form: JournalForm) -> None:
        """Only the headings of the template, nothing written: not a note yet."""
        bare = form.kind is not JournalKind.NOT_MET and form.text.strip() == self._template.strip()
        if bare and form.text.strip():
            message = self.tr(
                "Notatet inneholder bare overskriftene fra malen. Skriv hva som ble gjort og "
                "vurdert, og hva som er avtalt."
            )
            raise ValidationFailed({"text": message})

    def try_sign(self) -> None:
        """Check the note, ask the one question, then save and sign it."""
        self._clear_problems()
        try:
            form = self.read()
            self._refuse_bare_template(form)
            errors = validate_journal(form, self.clock())
        except ValidationFailed as exc:
            errors = exc.errors
        if errors:
            self.show_problems(errors)
            return
        if not sign_question(self):
            return
        self._signing = True
        try:
            self.try_save()
        finally:
            self._signing = False


class AddendumDialog(FormDialog):
    """A signed correction under a signed entry; the original is shown and stays as it was."""

    def __init__(self, db: Database, entry: JournalEntry, parent: QWidget | None = None):
        super().__init__(fill(self.tr("Skriv tillegg (retting) – %1"), entry.person_name), parent)
        self.db, self.entry = db, entry
        self.saved_id: int | None = None
        self.set_intro(
            self.tr(
                "Det opprinnelige notatet blir stående uendret. Tillegget blir signert i ditt "
                "navn med dato og klokkeslett, og vises under notatet."
            )
        )
        original = QTextBrowser()
        original.setHtml(entry_html(entry))
        original.setMinimumHeight(original.fontMetrics().lineSpacing() * 8)
        self.add_field("original", self.tr("Notatet"), original)
        self.text = note_field(6)
        self.text.setPlaceholderText(self.tr("Hva rettes eller legges til, og hvorfor"))
        self.add_field("text", self.tr("Tillegg"), self.text)
        self.set_save_text(self.tr("Signer tillegget"))
        resize_within_screen(self, 640, 520)
        self.text.setFocus()

    def save(self) -> None:
        self.saved_id = journal.add_addendum(self.db, self.entry.id, self.text.toPlainText())

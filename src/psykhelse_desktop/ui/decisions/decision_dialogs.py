"""Record or change a decision (vedtak), end one, and record low-threshold help (lavterskel)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from ...domain.daily_vocabulary import JournalKind, ServiceType
from ...domain.decisions import Decision, DecisionForm, LowThresholdForm
from ...domain.errors import ValidationFailed
from ...domain.journal import MAX_MINUTES
from ...services.clock import oslo_today
from ...services.daily import decisions, low_threshold
from ...services.database import Database
from ..dialogs.form_dialog import FormDialog
from ..journal.entry_dialog import row_of
from ..plan.item_dialogs import enum_box, long_text
from ..texts import domain_text, fill
from ..widgets.date_field import DateField
from .rows import hours_text, parse_hours


def minutes_box(value: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_MINUTES)
    spin.setSingleStep(5)
    spin.setSuffix(QCoreApplication.translate("services", " min"))
    spin.setValue(value)
    return spin


class DecisionDialog(FormDialog):
    """A new decision (`decision` None) or a change to one, as written in the decision letter."""

    def __init__(
        self,
        db: Database,
        user_id: int,
        person_name: str,
        decision: Decision | None = None,
        parent: QWidget | None = None,
    ):
        title = self.tr("Nytt vedtak – %1") if decision is None else self.tr("Endre vedtak – %1")
        super().__init__(fill(title, person_name), parent)
        self.db, self.user_id, self.decision = db, user_id, decision
        self.version = decision.version if decision else None
        self.saved_id: int | None = None
        self.set_intro(
            self.tr(
                "Skriv av vedtaksbrevet. La «Gjelder til» stå tom når vedtaket gjelder inntil "
                "videre. Et vedtak blir aldri slettet; avslutt det i stedet."
            )
        )
        self._add_fields(decision)
        self.setMinimumWidth(560)

    def _add_fields(self, decision: Decision | None) -> None:
        add = self.add_field
        today = oslo_today()
        kind = decision.service_type if decision else ServiceType.HOME_BASED
        self.service_type = add(
            "service_type", self.tr("Tjeneste"), enum_box(list(ServiceType), kind)
        )
        self.hours = QLineEdit(hours_text(decision.hours_per_week) if decision else "")
        self.hours.setPlaceholderText(self.tr("for eksempel 2,5"))
        self.hours.setMaximumWidth(120)
        add("hours_per_week", self.tr("Timer per uke"), row_of(self.hours), focus=(self.hours,))
        self.decided_on = add(
            "decided_on", self.tr("Vedtatt"), _date(decision, "decided_on", today)
        )
        self.valid_from = add(
            "valid_from", self.tr("Gjelder fra"), _date(decision, "valid_from", today)
        )
        self.valid_to = add("valid_to", self.tr("Gjelder til"), _date(decision, "valid_to"))
        self.valid_to.setPlaceholderText(self.tr("inntil videre"))
        self.evaluate_on = add("evaluate_on", self.tr("Evalueres"), _date(decision, "evaluate_on"))
        self.notes = add(
            "notes", self.tr("Merknad"), long_text(decision.notes if decision else "", 2)
        )

    def read(self) -> DecisionForm:
        hours = self._read_hours()
        dates = {
            name: self.read_date(name, field)
            for name, field in (
                ("decided_on", self.decided_on), ("valid_from", self.valid_from),
                ("valid_to", self.valid_to), ("evaluate_on", self.evaluate_on),
            )
        }  # fmt: skip
        self.check_dates()
        return DecisionForm(
            service_type=self.service_type.currentData(),
            hours_per_week=hours,
            notes=self.notes.toPlainText(),
            **dates,
        )

    def _read_hours(self) -> float:
        try:
            return parse_hours(self.hours.text())
        except ValueError:
            self.note_problem(
                "hours_per_week", self.tr("Skriv timer per uke som et tall, for eksempel 2,5.")
            )
            return 0.0

    def collect(self) -> DecisionForm:
        return self.read()

    def fill(self, form: DecisionForm) -> None:
        self.service_type.setCurrentIndex(self.service_type.findData(form.service_type))
        self.hours.setText(hours_text(form.hours_per_week))
        for name in ("decided_on", "valid_from", "valid_to", "evaluate_on"):
            getattr(self, name).set_value(getattr(form, name))
        self.notes.setPlainText(form.notes)

    def save(self) -> None:
        form = self.read()
        if self.decision is None:
            self.saved_id = decisions.create_decision(self.db, self.user_id, form)
        else:
            saved = decisions.update_decision(self.db, self.decision.id, form, version=self.version)
            self.saved_id = saved.id


class EndDecisionDialog(FormDialog):
    """The last day the decision applies; it is kept, with its period, never deleted."""

    def __init__(self, db: Database, decision: Decision, parent: QWidget | None = None):
        super().__init__(fill(self.tr("Avslutt vedtak – %1"), decision.person_name), parent)
        self.db, self.decision, self.version = db, decision, decision.version
        what = self.tr("%1, %2 timer per uke, fra %3.")
        for key, value in (
            ("%1", domain_text(decision.service_type.label)),
            ("%2", hours_text(decision.hours_per_week)),
            ("%3", f"{decision.valid_from:%d.%m.%Y}"),
        ):
            what = what.replace(key, value)
        self.set_intro(what + " " + self.tr("Vedtaket blir tatt vare på med sluttdatoen."))
        default = min(oslo_today(), decision.valid_to or oslo_today())
        self.valid_to = self.add_field("valid_to", self.tr("Siste dag"), DateField(default))
        self.set_save_text(self.tr("Avslutt vedtaket"))
        self.setMinimumWidth(480)

    def save(self) -> None:
        on = self.read_date("valid_to", self.valid_to)
        self.check_dates()
        if on is None:
            raise ValidationFailed({"valid_to": self.tr("Skriv siste dag vedtaket gjelder.")})
        decisions.end_decision(self.db, self.decision.id, on, version=self.version)

    def collect(self) -> object:
        return self.decision


class LowThresholdDialog(FormDialog):
    """Help given without a decision, for this service user."""

    def __init__(self, db: Database, user_id: int, person_name: str, parent: QWidget | None = None):
        super().__init__(fill(self.tr("Lavterskelkontakt – %1"), person_name), parent)
        self.db, self.user_id = db, user_id
        self.set_intro(
            self.tr(
                "Lavterskelhjelp gis uten vedtak, men skal dokumenteres. Kontakten telles i "
                "tallene til kommunen."
            )
        )
        add = self.add_field
        self.occurred_on = add("occurred_on", self.tr("Dato"), DateField(oslo_today()))
        kinds = enum_box(list(JournalKind), JournalKind.CONVERSATION)
        self.kind = add("kind", self.tr("Type kontakt"), kinds)
        self.duration = minutes_box(45)
        add("duration_minutes", self.tr("Varighet"), row_of(self.duration), focus=(self.duration,))
        self.notes = add("notes", self.tr("Merknad"), long_text("", 2))
        self.set_save_text(self.tr("Registrer"))
        self.setMinimumWidth(520)

    def save(self) -> None:
        day = self.read_date("occurred_on", self.occurred_on)
        self.check_dates()
        form = LowThresholdForm(
            occurred_on=day, kind=self.kind.currentData(),
            duration_minutes=self.duration.value(), notes=self.notes.toPlainText(),
            service_user_id=self.user_id,
        )  # fmt: skip
        low_threshold.record_low_threshold(self.db, form)


def _date(decision: Decision | None, name: str, default: dt.date | None = None) -> DateField:
    """A date field holding the decision's date `name`, or `default` for a new decision."""
    return DateField(getattr(decision, name) if decision is not None else default)

"""Record a request for help (henvendelse), what was decided on it, and when the help started."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.daily_vocabulary import RequestOutcome, Severity, Urgency
from ...domain.errors import ValidationFailed
from ...domain.requests import Request, RequestForm
from ...services.clock import oslo_today
from ...services.daily import requests
from ...services.database import Database
from ..dialogs.address_dialogs import editable_combo
from ..dialogs.form_dialog import FormDialog
from ..plan.item_dialogs import enum_box, long_text
from ..texts import date_text
from ..widgets.date_field import DateField
from .user_picker import ServiceUserPicker

# Who usually asks for help; the nurse may write anyone else.
USUAL_SOURCES = (
    "Fastlege", "Personen selv", "Pårørende", "NAV", "DPS", "Legevakt", "Hjemmesykepleien",
    "Barnevern", "Skolehelsetjenesten", "Politi",
)  # fmt: skip


def request_headers(*, with_person: bool) -> list[str]:
    """Column titles matching `rows.request_row`."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("services", text)

    person = [QCoreApplication.translate("services", "Tjenestemottaker")] if with_person else []
    return [
        QCoreApplication.translate("services", "Mottatt"),
        QCoreApplication.translate("services", "Dager fra mottatt"),
        QCoreApplication.translate("services", "Hastegrad"),
        QCoreApplication.translate("services", "Alvorlighet"),
        *person,
        QCoreApplication.translate("services", "Beslutning"),
        QCoreApplication.translate("services", "Oppstart"),
        QCoreApplication.translate("services", "Fra"),
    ]


def request_headers_tip() -> str:
    """What the days column counts."""
    return QCoreApplication.translate(
        "services",
        "Dager fra henvendelsen kom inn til hjelpen startet. Uten oppstart: til i dag, eller "
        "til beslutningen ved avslag, henvisning videre eller når den er trukket.",
    )


class RequestDialog(FormDialog):
    """A new request, or a correction of what was written when it came in."""

    def __init__(
        self,
        db: Database,
        request: Request | None = None,
        *,
        user_id: int | None = None,
        parent: QWidget | None = None,
    ):
        title = self.tr("Ny henvendelse") if request is None else self.tr("Endre henvendelse")
        super().__init__(title, parent)
        self.db, self.request = db, request
        self.version = request.version if request else None
        self.saved_id: int | None = None
        self.set_intro(
            self.tr(
                "Dagene telles fra henvendelsen kom inn til hjelpen starter. Personen trenger "
                "ikke være registrert som tjenestemottaker ennå."
            )
        )
        self._add_fields(request, user_id)
        self.setMinimumWidth(560)

    def _add_fields(self, request: Request | None, user_id: int | None) -> None:
        add = self.add_field
        received = request.received_on if request else oslo_today()
        self.received_on = add("received_on", self.tr("Mottatt"), DateField(received))
        self.from_whom = add("from_whom", self.tr("Fra hvem"), editable_combo(USUAL_SOURCES))
        self.from_whom.setCurrentText(request.from_whom if request else "")
        self.from_whom.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.from_whom.lineEdit().setPlaceholderText(self.tr("For eksempel fastlegen eller NAV"))
        urgency = request.urgency if request else Urgency.ORDINARY
        self.urgency = add("urgency", self.tr("Hastegrad"), enum_box(list(Urgency), urgency))
        severity = request.severity if request else Severity.MODERATE
        self.severity = add("severity", self.tr("Alvorlighet"), enum_box(list(Severity), severity))
        person = request.service_user_id if request else user_id
        self.person = ServiceUserPicker(self.db, person)
        add(
            "service_user_id",
            self.tr("Tjenestemottaker"),
            self.person,
            focus=(self.person.search, self.person.list),
        )
        self.notes = add(
            "notes", self.tr("Merknad"), long_text(request.notes if request else "", 2)
        )

    def read(self) -> RequestForm:
        received_on = self.read_date("received_on", self.received_on)
        self.check_dates()
        return RequestForm(
            received_on=received_on,
            from_whom=self.from_whom.currentText(),
            urgency=self.urgency.currentData(),
            severity=self.severity.currentData(),
            service_user_id=self.person.current_id(),
            notes=self.notes.toPlainText(),
        )

    def collect(self) -> RequestForm:
        return self.read()

    def fill(self, form: RequestForm) -> None:
        self.received_on.set_value(form.received_on)
        self.from_whom.setCurrentText(form.from_whom)
        self.urgency.setCurrentIndex(self.urgency.findData(form.urgency))
        self.severity.setCurrentIndex(self.severity.findData(form.severity))
        self.person.choose(form.service_user_id)
        self.notes.setPlainText(form.notes)

    def conflict_texts(self, form: object) -> dict[str, str]:
        """The person by name rather than by number."""
        texts = super().conflict_texts(form)
        label = self.conflict_labels()["service_user_id"]
        if isinstance(form, Request):
            texts[label] = form.person_name or self.tr("Ikke registrert")
        else:
            item = self.person.list.currentItem()
            texts[label] = item.text() if item else ""
        return texts

    def save(self) -> None:
        form = self.read()
        if self.request is None:
            self.saved_id = requests.create_request(self.db, form)
        else:
            saved = requests.update_request(self.db, self.request.id, form, version=self.version)
            self.saved_id = saved.id


class RequestDecisionDialog(FormDialog):
    """What was decided on the request, and the day."""

    def __init__(self, db: Database, request: Request, parent: QWidget | None = None):
        super().__init__(self.tr("Registrer beslutning"), parent)
        self.db, self.request, self.version = db, request, request.version
        self.set_intro(_about(request))
        add = self.add_field
        outcome = request.outcome or RequestOutcome.GRANTED
        self.outcome = add(
            "outcome", self.tr("Beslutning"), enum_box(list(RequestOutcome), outcome)
        )
        day = request.decided_on or oslo_today()
        self.decided_on = add("decided_on", self.tr("Besluttet"), DateField(day))
        self.set_save_text(self.tr("Registrer"))
        self.setMinimumWidth(480)

    def save(self) -> None:
        day = _required(
            self, "decided_on", self.decided_on, self.tr("Skriv datoen det ble besluttet.")
        )
        outcome = self.outcome.currentData()
        requests.record_decision(self.db, self.request.id, day, outcome, version=self.version)

    def collect(self) -> object:
        return self.request


class RequestStartDialog(FormDialog):
    """The day the help started; the days from received stop counting."""

    def __init__(self, db: Database, request: Request, parent: QWidget | None = None):
        super().__init__(self.tr("Registrer oppstart"), parent)
        self.db, self.request, self.version = db, request, request.version
        self.set_intro(_about(request))
        day = request.started_on or oslo_today()
        self.started_on = self.add_field("started_on", self.tr("Hjelpen startet"), DateField(day))
        self.set_save_text(self.tr("Registrer"))
        self.setMinimumWidth(480)

    def save(self) -> None:
        day = _required(
            self, "started_on", self.started_on, self.tr("Skriv datoen hjelpen startet.")
        )
        requests.record_start(self.db, self.request.id, day, version=self.version)

    def collect(self) -> object:
        return self.request


def _about(request: Request) -> str:
    text = QCoreApplication.translate("services", "Henvendelse mottatt %1 fra %2 (%3).")
    person = request.person_name or QCoreApplication.translate("services", "ikke registrert")
    for key, value in (("%1", date_text(request.received_on)), ("%2", request.from_whom),
                       ("%3", person)):  # fmt: skip
        text = text.replace(key, value)
    return text


def _required(dialog: FormDialog, name: str, field: DateField, missing: str) -> dt.date:
    day = dialog.read_date(name, field)
    dialog.check_dates()
    if day is None:
        raise ValidationFailed({name: missing})
    return day

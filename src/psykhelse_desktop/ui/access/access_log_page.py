"""«Hvem har sett journalen»: every opening, change, print and export of the selected person."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...domain.access import ACCESS_LOG_TITLE, LEGAL_BASIS, AccessEntry, AccessLog
from ...services.database import Database
from ...services.trust import access_log
from ..change_bus import GROUP, JOURNAL, PLAN, RECORD, SERVICE_USERS, SERVICES, ChangeBus
from ..texts import datetime_text, domain_text
from ..widgets.simple_table import SimpleTable
from ..widgets.user_tab import UserTab
from .person_prints import PersonPrints


class AccessLogPage(UserTab):
    """Newest first; read (and logged, once per selection) only while the tab is shown."""

    TOPICS = frozenset({SERVICE_USERS, RECORD, PLAN, GROUP, JOURNAL, SERVICES})

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(db, bus, parent)
        self.log: AccessLog | None = None
        self.prints = PersonPrints(db, self)
        self.prints.busy.connect(self._busy)
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)  # a long name must not widen the window
        basis = QLabel(domain_text(LEGAL_BASIS))
        basis.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = SimpleTable(
            [
                self.tr("Tidspunkt"),
                self.tr("Hvem"),
                self.tr("Type"),
                self.tr("Hva"),
                self.tr("Detaljer"),
            ],
            fit_rows=False,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(QLabel(self.tr("Velg en tjenestemottaker i listen til venstre.")))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (basis, self.summary):
            layout.addWidget(widget)
        layout.addLayout(self._buttons())
        layout.addWidget(self.table, 1)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addWidget(self.stack, 1)

    def _buttons(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("Skriv &ut listen..."))
        self.print_button.setToolTip(self.tr("Forhåndsvis listen som PDF, lagre eller skriv ut"))
        self.print_button.clicked.connect(self.print_access_log)
        self.copy_button = QPushButton(self.tr("&Innsyn: alt som er registrert..."))
        self.copy_button.setToolTip(
            self.tr("Alt som er registrert om personen i én PDF, for en begjæring om innsyn")
        )
        self.copy_button.clicked.connect(self.print_record)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        self._stale = False
        has_user = self.user_id is not None
        self.heading.setText(
            f"{domain_text(ACCESS_LOG_TITLE)} – {self.user_name}" if has_user else ""
        )
        self.stack.setCurrentIndex(1 if has_user else 0)
        if not has_user:
            self.log = None
            return
        log = self.first_look(self.user_id)
        self.log = access_log.access_log(self.db, self.user_id, log=log)
        entries = self.log.entries[::-1]
        self.table.set_rows([(n, self._texts(e)) for n, e in enumerate(entries)])
        self.summary.setText(self._summary(self.log))

    def _texts(self, entry: AccessEntry) -> tuple[str, ...]:
        details = " ".join(entry.details.split())
        return (datetime_text(entry.at), entry.operator, domain_text(entry.kind.label),
                domain_text(entry.what), details)  # fmt: skip

    def _summary(self, log: AccessLog) -> str:
        counts = log.counts()
        parts = [f"{counts[kind]} {domain_text(kind.label).lower()}" for kind in counts]
        text = self.tr("%1 oppføringer, nyeste først: %2.")
        return text.replace("%1", str(len(log.entries))).replace("%2", ", ".join(parts))

    def print_access_log(self) -> None:
        if self.user_id is not None:
            self.prints.access_log(self.user_id, self.user_name)

    def print_record(self) -> None:
        if self.user_id is not None:
            self.prints.record_copy(self.user_id, self.user_name)

    def _busy(self, busy: bool) -> None:
        for button in (self.print_button, self.copy_button):
            button.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Skriver ut … (du kan arbeide videre imens)"))
        elif self.log is not None:
            self.summary.setText(self._summary(self.log))

    def close_down(self) -> None:
        self.prints.close_down()

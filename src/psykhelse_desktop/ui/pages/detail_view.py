"""The detail page of one service user: identity, next of kin, GPs, contacts and change log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.records import NextOfKin, NextOfKinForm, ServiceUserDetail
from ...services.database import Database
from ...services.records import record_parts, service_users
from ..change_bus import RECORD, ChangeBus
from ..dialogs.link_dialogs import ContactLinkDialog, GpDialog
from ..dialogs.record_dialogs import NextOfKinDialog
from ..texts import date_text, datetime_text, domain_text, fill
from ..widgets.identity_panel import IdentityPanel
from ..widgets.questions import confirm
from ..widgets.section import Section
from ..widgets.simple_table import SimpleTable
from ..widgets.user_tab import FirstLook


class DetailView(QScrollArea):
    """Opens a record once per selection (the opening is audited) and again after a change."""

    def __init__(self, db: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.detail: ServiceUserDetail | None = None
        self.first_look = FirstLook()
        self.setWidgetResizable(True)
        self._build()
        bus.changed.connect(self._on_changed)
        self.show_user(None)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.empty = QLabel(self.tr("Velg en tjenestemottaker i listen til venstre."))
        self.identity = IdentityPanel()
        self.kin = SimpleTable(
            [self.tr("Navn"), self.tr("Relasjon"), self.tr("Telefon"), self.tr("Merknad")]
        )
        self.gps = SimpleTable(
            [
                self.tr("Fastlege"),
                self.tr("Kontor"),
                self.tr("Telefon"),
                self.tr("Fra"),
                self.tr("Til"),
            ]
        )
        self.contacts = SimpleTable(
            [self.tr("Rolle"), self.tr("Navn"), self.tr("Virksomhet"), self.tr("Telefon")]
        )
        self.changes = SimpleTable(
            [self.tr("Tidspunkt"), self.tr("Av"), self.tr("Hva"), self.tr("Detaljer")]
        )
        self.kin.itemDoubleClicked.connect(self.edit_next_of_kin)
        self.sections = self._sections()
        self.setWidget(self._page())

    def _sections(self) -> list[Section]:
        kin = Section(self.tr("Pårørende"), self.kin)
        kin.button(self.tr("Ny &pårørende..."), self.add_next_of_kin)
        self.kin.buttons_follow_selection(
            kin.button(self.tr("R&ediger..."), self.edit_next_of_kin),
            kin.button(self.tr("F&jern..."), self.end_next_of_kin),
        )
        gps = Section(self.tr("Fastlege"), self.gps)
        gps.button(self.tr("Ny f&astlege..."), self.change_gp)
        contacts = Section(self.tr("Samarbeidspartnere"), self.contacts)
        contacts.button(self.tr("&Koble til..."), self.link_contact)
        self.contacts.buttons_follow_selection(
            contacts.button(self.tr("Fjer&n..."), self.unlink_contact)
        )
        changes = Section(self.tr("Endringslogg"), self.changes)
        return [Section(self.tr("Personalia"), self.identity), kin, gps, contacts, changes]

    def _page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)
        return page

    def show_user(self, user_id: int | None) -> None:
        """Open a record (or show the empty page for None)."""
        log = self.first_look(user_id)
        self.detail = (
            None if user_id is None else service_users.open_record(self.db, user_id, log=log)
        )
        self._show()

    def user_id(self) -> int | None:
        return None if self.detail is None else self.detail.id

    def _on_changed(self, topics: set[str]) -> None:
        if RECORD in topics and self.detail is not None:
            self.show_user(self.detail.id)

    def _show(self) -> None:
        detail = self.detail
        self.empty.setVisible(detail is None)
        for section in self.sections:
            section.setVisible(detail is not None)
        self.heading.setText("" if detail is None else self._heading(detail))
        if detail is not None:
            self._fill(detail)

    def _heading(self, detail: ServiceUserDetail) -> str:
        return f"{detail.full_name}  ·  {domain_text(detail.status.label)}"

    def _fill(self, detail: ServiceUserDetail) -> None:
        self.identity.show_detail(detail)
        self.kin.set_rows([(k.id, self._kin_texts(k)) for k in detail.next_of_kin])
        self.gps.set_rows(
            [
                (p.id, (p.gp_name, p.practice, p.phone, date_text(p.valid_from),
                        date_text(p.valid_to) or self.tr("nå")))
                for p in detail.gp_history
            ]
        )  # fmt: skip
        self.contacts.set_rows(
            [(c.id, (c.role, c.person_name, c.organisation, c.phone)) for c in detail.contacts]
        )
        self.changes.set_rows(
            [
                (n, (datetime_text(c.at), c.operator, domain_text(c.action), c.details))
                for n, c in enumerate(detail.changes)
            ]
        )

    def _kin_texts(self, kin: NextOfKin) -> tuple[str, ...]:
        relation = kin.relation + (self.tr(" (nærmeste)") if kin.is_closest else "")
        notes = [domain_text(kin.protected_address.label)] if kin.protected_address.value else []
        notes += [] if kin.may_contact else [self.tr("Ikke kontakt uten samtykke")]
        if kin.is_minor_child:
            notes.append(self.tr("mindreårig barn"))
        return (kin.name, relation, kin.phone, ", ".join(notes + [kin.notes] * bool(kin.notes)))

    def add_next_of_kin(self) -> None:
        self._run(NextOfKinDialog(self.db, self.detail.id, parent=self))

    def edit_next_of_kin(self) -> None:
        kin = self.kin.picked(self.detail.next_of_kin)
        if kin is not None:
            form = NextOfKinForm(**{k: getattr(kin, k) for k in NextOfKinForm.__dataclass_fields__})
            dialog = NextOfKinDialog(self.db, self.detail.id, form, kin.id, parent=self)
            dialog.version = kin.version
            self._run(dialog)

    def end_next_of_kin(self) -> None:
        kin = self.kin.picked(self.detail.next_of_kin)
        question = self.tr("Fjerne %1 fra listen over pårørende? Opplysningene blir tatt vare på.")
        if kin is not None and confirm(self, fill(question, kin.name)):
            record_parts.end_next_of_kin(self.db, kin.id)
            self.bus.announce(RECORD)

    def change_gp(self) -> None:
        self._run(GpDialog(self.db, self.detail.id, parent=self))

    def link_contact(self) -> None:
        self._run(ContactLinkDialog(self.db, self.detail.id, parent=self))

    def unlink_contact(self) -> None:
        link = self.contacts.picked(self.detail.contacts)
        question = self.tr("Fjerne koblingen til %1? Den blir tatt vare på i endringsloggen.")
        if link is not None and confirm(self, fill(question, link.person_name)):
            record_parts.unlink_contact(self.db, link.id)
            self.bus.announce(RECORD)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.bus.announce(RECORD)

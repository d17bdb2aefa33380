"""Every page and dialog of the window on a demo record, opened one at a time.

Used by the focus, naming and size tests (tests/gui/test_every_screen.py) and, through
tests/gui/screen_walk.py, by docs/make_screenshots.py: the screenshots and the tests walk the
same screens.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from psykhelse_desktop.domain.conflicts import FieldDifference
from psykhelse_desktop.domain.records import ContactPersonForm, OrganisationForm, ServiceUserForm
from psykhelse_desktop.services.daily import decisions, journal, requests
from psykhelse_desktop.services.demo.populate import populate_demo
from psykhelse_desktop.services.meetings import groups, meetings
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import importer, service_users
from psykhelse_desktop.ui.change_bus import ChangeBus
from psykhelse_desktop.ui.main_window import MainWindow
from psykhelse_desktop.ui.start import demo_banner

DEMO_USERS = 16
TODAY = dt.date(2026, 11, 23)


@dataclass
class Record:
    """The demo record and the people and things the dialogs open on."""

    window: MainWindow
    db: object
    plan_user: int
    group_user: int
    tmp: Path

    @property
    def plan(self):  # noqa: ANN201
        return plans.open_plan(self.db, self.plan_user)

    @property
    def group(self):  # noqa: ANN201
        return groups.open_group(self.db, self.group_user)


@dataclass(frozen=True)
class Screen:
    name: str  # the screenshot's file name, without .png
    title: str  # what it is, in Norwegian
    open: Callable[[Record], QWidget]
    page: bool = False


def _name(db, user_id: int) -> str:
    return service_users.open_record(db, user_id).full_name


def make_record(db, tmp: Path) -> Record:
    """The demo record, and the main window on it with the demo banner, as `--demo` shows it."""
    populate_demo(db, DEMO_USERS)
    every = service_users.search_ids(db, "")
    with_plan = sorted(plans.users_with_plan(db, every))
    with_group = sorted(groups.users_with_group(db, every))
    window = MainWindow(db, ChangeBus(), banner=demo_banner("demo-passord-2026"))
    return Record(window, db, with_plan[0], with_group[0], tmp)


# -- pages ------------------------------------------------------------------------------


def _main_tab(attribute: str) -> Callable[[Record], QWidget]:
    def show(record: Record) -> QWidget:
        window = record.window
        window.tabs.setCurrentWidget(getattr(window, attribute))
        return window

    return show


def _user_tab(attribute: str, user: str = "plan_user") -> Callable[[Record], QWidget]:
    def show(record: Record) -> QWidget:
        window = record.window
        window.open_user(getattr(record, user))
        page = window.users_page
        page.user_tabs.setCurrentWidget(getattr(page, attribute))
        return window

    return show


PAGES = [
    Screen("i-dag", "I dag", _main_tab("radar_page"), page=True),
    Screen("tjenestemottakere", "Tjenestemottakere – personalia", _user_tab("detail"), page=True),
    Screen("plan", "Individuell plan", _user_tab("plan"), page=True),
    Screen("ansvarsgruppe", "Ansvarsgruppe", _user_tab("group", "group_user"), page=True),
    Screen("journal", "Journal", _user_tab("journal"), page=True),
    Screen("vedtak", "Vedtak og tjenester", _user_tab("services"), page=True),
    Screen("oppgaver", "Oppgaver", _main_tab("action_items_page"), page=True),
    Screen("henvendelser", "Henvendelser", _main_tab("requests_page"), page=True),
    Screen("adressebok", "Adressebok", _main_tab("address_page"), page=True),
    Screen("utleveringslogg", "Utleveringslogg", _main_tab("ledger_page"), page=True),
]


# -- dialogs ----------------------------------------------------------------------------


def _unlock(record: Record) -> QWidget:
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.ui.dialogs.unlock import UnlockDialog

    return UnlockDialog(AppPaths(record.db.db_path.parent))


def _first_start(record: Record) -> QWidget:
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.ui.dialogs.unlock import FirstStartDialog

    return FirstStartDialog(AppPaths(record.tmp / "ny"))


def _service_user(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.service_user_dialog import ServiceUserDialog

    return ServiceUserDialog(record.db, ServiceUserForm(), parent=record.window)


def _edit_user(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.service_user_dialog import ServiceUserDialog

    detail = service_users.open_record(record.db, record.plan_user)
    return ServiceUserDialog(
        record.db, detail.form, detail.id, parent=record.window, version=detail.version
    )


def _close_service(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.record_dialogs import CloseServiceDialog

    user = record.plan_user
    return CloseServiceDialog(record.db, user, _name(record.db, user), parent=record.window)


def _next_of_kin(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.record_dialogs import NextOfKinDialog

    return NextOfKinDialog(record.db, record.plan_user, parent=record.window)


def _gp(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.link_dialogs import GpDialog

    return GpDialog(record.db, record.plan_user, parent=record.window)


def _contact_link(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.link_dialogs import ContactLinkDialog

    return ContactLinkDialog(record.db, record.plan_user, parent=record.window)


def _organisation(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.address_dialogs import OrganisationDialog

    return OrganisationDialog(record.db, OrganisationForm(), parent=record.window)


def _person(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.address_dialogs import PersonDialog

    return PersonDialog(record.db, ContactPersonForm(), parent=record.window)


def _settings(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.settings_dialog import SettingsDialog

    return SettingsDialog(record.db, record.window)


def _export(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.export_dialog import ExportDialog

    return ExportDialog(record.db, record.window, today=TODAY)


def _backup(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.backup_take import BackupDialog

    return BackupDialog(record.db, record.window)


def _restore(record: Record) -> QWidget:
    from psykhelse_desktop.paths import AppPaths
    from psykhelse_desktop.ui.dialogs.backup_restore import RestoreDialog

    return RestoreDialog(AppPaths(record.db.db_path.parent), record.window)


def _import_preview(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.import_dialog import ImportPreviewDialog

    sheet = record.tmp / "liste.csv"
    sheet.write_text(
        "fornavn;etternavn;fødselsdato\nÁilu;Ŋuorra-Čáhppe;03.02.1990\nKari;;01.01.1980\n",
        encoding="utf-8",
    )
    report = importer.import_users(record.db, sheet, dry_run=True)
    return ImportPreviewDialog(sheet, report, record.window)


def _conflict(record: Record) -> QWidget:
    from psykhelse_desktop.ui.dialogs.conflict_dialog import ConflictDialog

    found = [
        FieldDifference("Telefon", "912 34 567", "413 22 110", mine_changed=True),
        FieldDifference("Adresse", "Fjæreveien 3", "Strandgata 12", mine_changed=False),
    ]
    message = "Personen er lagret et annet sted mens du skrev."
    return ConflictDialog(message, found, record.window)


def _journal_search(record: Record) -> QWidget:
    from psykhelse_desktop.ui.journal.search_dialog import JournalSearchDialog

    return JournalSearchDialog(record.db, record.window.bus, record.window)


def _journal_entry(record: Record) -> QWidget:
    from psykhelse_desktop.ui.journal.entry_dialog import JournalEntryDialog

    user = record.plan_user
    return JournalEntryDialog(record.db, user, _name(record.db, user), parent=record.window)


def _addendum(record: Record) -> QWidget:
    from psykhelse_desktop.ui.journal.entry_dialog import AddendumDialog

    every = journal.entries_for_user(record.db, record.plan_user)
    entry = next((e for e in every if e.signed_at is not None), every[0])
    return AddendumDialog(record.db, entry, record.window)


def _extract(record: Record) -> QWidget:
    from psykhelse_desktop.ui.journal.extract_dialog import ExtractDialog
    from psykhelse_desktop.ui.widgets.print_folder import PrintFolder

    user = record.plan_user
    return ExtractDialog(
        record.db, user, _name(record.db, user), PrintFolder(), record.window, today=TODAY
    )


def _decision(record: Record) -> QWidget:
    from psykhelse_desktop.ui.decisions.decision_dialogs import DecisionDialog

    user = record.plan_user
    return DecisionDialog(record.db, user, _name(record.db, user), parent=record.window)


def _end_decision(record: Record) -> QWidget:
    from psykhelse_desktop.ui.decisions.decision_dialogs import EndDecisionDialog

    found = _first_decision(record)
    return EndDecisionDialog(record.db, found, record.window)


def _first_decision(record: Record):  # noqa: ANN202
    for user in service_users.search_ids(record.db, ""):
        found = decisions.decisions_for_user(record.db, user)
        if found:
            return found[0]
    raise LookupError("no decision in the demo record")


def _low_threshold(record: Record) -> QWidget:
    from psykhelse_desktop.ui.decisions.decision_dialogs import LowThresholdDialog

    user = record.plan_user
    return LowThresholdDialog(record.db, user, _name(record.db, user), record.window)


def _request(record: Record) -> QWidget:
    from psykhelse_desktop.ui.decisions.request_dialogs import RequestDialog

    return RequestDialog(record.db, parent=record.window)


def _request_decision(record: Record) -> QWidget:
    from psykhelse_desktop.ui.decisions.request_dialogs import RequestDecisionDialog

    return RequestDecisionDialog(record.db, requests.open_requests(record.db)[0], record.window)


def _request_start(record: Record) -> QWidget:
    from psykhelse_desktop.ui.decisions.request_dialogs import RequestStartDialog

    return RequestStartDialog(record.db, requests.open_requests(record.db)[0], record.window)


def _goal(record: Record) -> QWidget:
    from psykhelse_desktop.ui.plan.item_dialogs import GoalDialog

    goals = record.plan.plan.goals
    return GoalDialog(goals[0], record.window)


def _measure(record: Record) -> QWidget:
    from psykhelse_desktop.ui.plan.item_dialogs import MeasureDialog

    plan = record.plan.plan
    return MeasureDialog(plan.measures, 0, record.window, plan.goals)


def _participant(record: Record) -> QWidget:
    from psykhelse_desktop.domain.plans import Participant
    from psykhelse_desktop.ui.plan.item_dialogs import ParticipantDialog

    return ParticipantDialog(record.db, Participant(), record.window)


def _plan_consent(record: Record) -> QWidget:
    from psykhelse_desktop.services.plans.sharing import sharing_choices
    from psykhelse_desktop.ui.plan.item_dialogs import ConsentDialog

    plan = record.plan.plan
    choices = sharing_choices(record.db, record.plan_user)
    return ConsentDialog(plan.consents, 0, choices, record.window)


def _coordinator(record: Record) -> QWidget:
    from psykhelse_desktop.ui.plan.coordinator_dialog import CoordinatorDialog

    plan = record.plan.plan
    return CoordinatorDialog(record.db, record.plan_user, plan.coordinator, record.window)


def _evaluation(record: Record) -> QWidget:
    from psykhelse_desktop.ui.plan.evaluation_dialog import EvaluationDialog

    return EvaluationDialog(record.db, record.plan_user, record.plan.plan, record.window)


def _compare(record: Record) -> QWidget:
    from psykhelse_desktop.ui.plan.revisions import CompareDialog

    return CompareDialog(record.db, record.plan_user, record.plan.history, record.window)


def _member(record: Record) -> QWidget:
    from psykhelse_desktop.ui.group.member_dialog import MemberDialog

    return MemberDialog(record.db, record.group, record.window)


def _member_consent(record: Record) -> QWidget:
    from psykhelse_desktop.ui.group.member_dialog import ConsentDialog

    return ConsentDialog(record.db, record.group.members[-1], record.window)


def _end_member(record: Record) -> QWidget:
    from psykhelse_desktop.ui.group.member_dialog import EndMemberDialog

    return EndMemberDialog(record.db, record.group.members[-1], record.window)


def _meeting_plan(record: Record) -> QWidget:
    from psykhelse_desktop.ui.group.meeting_plan_dialog import MeetingPlanDialog

    return MeetingPlanDialog(record.db, record.group, parent=record.window)


def _meeting_id(record: Record) -> int:
    return meetings.list_meetings(record.db, record.group_user)[0].id


def _meeting_editor(record: Record) -> QWidget:
    from psykhelse_desktop.ui.meeting.meeting_editor import MeetingEditor

    return MeetingEditor(
        record.db, record.window.bus, _meeting_id(record), record.window, today=TODAY
    )


def _recipients(record: Record) -> QWidget:
    from psykhelse_desktop.ui.meeting.recipients_dialog import RecipientsDialog

    found = meetings.minutes_recipients(record.db, _meeting_id(record))
    return RecipientsDialog(found, record.window)


def _correction(record: Record) -> QWidget:
    from psykhelse_desktop.ui.meeting.correction_dialog import CorrectionDialog

    return CorrectionDialog(record.db, _meeting_id(record), record.window)


def _pdf_preview(record: Record) -> QWidget:
    from psykhelse_desktop.printing.meeting_documents import (
        MeetingDocumentKind,
        write_meeting_document,
    )
    from psykhelse_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    target = record.tmp / "innkalling.pdf"
    printed = write_meeting_document(
        record.db, _meeting_id(record), MeetingDocumentKind.AGENDA, target
    )
    return PdfPreviewDialog(
        printed.path, "Dagsorden", record.window, db=record.db, note=printed.note
    )


def _crash(record: Record) -> QWidget:
    from psykhelse_desktop.ui.start import CrashDialog

    return CrashDialog(record.tmp / "logg", "builtins.ValueError\n  ui/main_window.py:1")


def _help(record: Record) -> QWidget:
    from psykhelse_desktop.ui.help import HelpDialog

    return HelpDialog(record.window)


def _about(record: Record) -> QWidget:
    from psykhelse_desktop.ui.help import AboutDialog

    return AboutDialog(record.db.db_path.parent, record.window)


def _keys(record: Record) -> QWidget:
    from psykhelse_desktop.ui.keys import ShortcutsDialog

    return ShortcutsDialog(record.window)


DIALOGS = [
    Screen("laas-opp", "Lås opp", _unlock),
    Screen("forste-start", "Første start", _first_start),
    Screen("ny-tjenestemottaker", "Ny tjenestemottaker", _service_user),
    Screen("rediger-tjenestemottaker", "Rediger tjenestemottaker", _edit_user),
    Screen("avslutt-tjenesten", "Avslutt tjenesten", _close_service),
    Screen("ny-parorende", "Ny pårørende", _next_of_kin),
    Screen("ny-fastlege", "Ny fastlege", _gp),
    Screen("samarbeidspartner", "Koble til samarbeidspartner", _contact_link),
    Screen("ny-virksomhet", "Ny virksomhet", _organisation),
    Screen("ny-kontaktperson", "Ny kontaktperson", _person),
    Screen("innstillinger", "Innstillinger", _settings),
    Screen("tall-til-kommunen", "Tall til kommunen", _export),
    Screen("sikkerhetskopi", "Ta sikkerhetskopi", _backup),
    Screen("gjenopprett", "Gjenopprett fra sikkerhetskopi", _restore),
    Screen("import", "Importer fra regneark", _import_preview),
    Screen("konflikt", "Endret et annet sted", _conflict),
    Screen("journalsok", "Søk i journalen", _journal_search),
    Screen("nytt-notat", "Nytt journalnotat", _journal_entry),
    Screen("tillegg", "Tillegg til notat", _addendum),
    Screen("journalutdrag", "Journalutdrag", _extract),
    Screen("nytt-vedtak", "Nytt vedtak", _decision),
    Screen("avslutt-vedtak", "Avslutt vedtak", _end_decision),
    Screen("lavterskel", "Lavterskelkontakt", _low_threshold),
    Screen("ny-henvendelse", "Ny henvendelse", _request),
    Screen("henvendelse-beslutning", "Registrer beslutning", _request_decision),
    Screen("henvendelse-oppstart", "Registrer oppstart", _request_start),
    Screen("mal", "Mål", _goal),
    Screen("tiltak", "Tiltak", _measure),
    Screen("deltaker", "Deltaker", _participant),
    Screen("samtykke-plan", "Samtykke i planen", _plan_consent),
    Screen("koordinator", "Velg koordinator", _coordinator),
    Screen("evaluering", "Evaluering", _evaluation),
    Screen("sammenlign-revisjoner", "Sammenlign revisjoner", _compare),
    Screen("nytt-medlem", "Legg til medlem", _member),
    Screen("samtykke-deling", "Samtykke til deling", _member_consent),
    Screen("ta-ut-av-gruppen", "Ta ut av gruppen", _end_member),
    Screen("planlegg-mote", "Planlegg møte", _meeting_plan),
    Screen("moteredigering", "Møtet", _meeting_editor),
    Screen("mottakere", "Hvem får referatet", _recipients),
    Screen("rett-referatet", "Rett referatet", _correction),
    Screen("forhandsvisning", "Forhåndsvisning", _pdf_preview),
    Screen("uventet-feil", "Uventet feil", _crash),
    Screen("brukerveiledning", "Brukerveiledning", _help),
    Screen("om", "Om Psykhelse Desktop", _about),
    Screen("hurtigtaster", "Hurtigtaster", _keys),
]


@contextlib.contextmanager
def shown(record: Record, screen: Screen) -> Iterator[QWidget]:
    """Open a screen (a page in the shown window, or a dialog shown without blocking), yield
    it, and close a dialog again."""
    widget = screen.open(record)
    widget.show()
    widget.activateWindow()
    QApplication.processEvents()
    try:
        yield widget
    finally:
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
            widget.deleteLater()
            QApplication.processEvents()

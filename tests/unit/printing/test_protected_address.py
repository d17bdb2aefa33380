"""A protected address (fortrolig / strengt fortrolig adresse) never leaves the record: not on a
letter, a calendar file, an export, a list or a print; the record shows the mark in words."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import update
from tests.group_helpers import NOW, TODAY, hold_meeting, make_group
from tests.report_helpers import YEAR_2024, insert_report_data

from psykhelse_desktop.domain.groups import MeetingForm
from psykhelse_desktop.domain.municipal_figures import ReportKind
from psykhelse_desktop.domain.records import NextOfKinForm
from psykhelse_desktop.domain.vocabulary import ProtectedAddress
from psykhelse_desktop.export.csv_writer import CsvProfile
from psykhelse_desktop.export.meeting_calendar import export_group_calendar
from psykhelse_desktop.export.municipal_export import export_report
from psykhelse_desktop.printing.documents import DocumentKind, print_document
from psykhelse_desktop.printing.meeting_documents import (
    MeetingDocumentKind,
    print_meeting_document,
)
from psykhelse_desktop.services.meetings import meetings
from psykhelse_desktop.services.meetings.meeting_pack import invited_without_address
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import record_parts, service_users
from psykhelse_desktop.services.settings import save_settings
from psykhelse_desktop.storage import models as m

from .conftest import pdf_text

USER_STREET, KIN_STREET = "Fjæreveien 3", "Sjøgata 2, 8150 Ørnes"


def _protect_user(db, user_id: int, how=ProtectedAddress.STRICT) -> None:
    detail = service_users.open_record(db, user_id)
    form = dataclasses.replace(detail.form, protected_address=how)
    service_users.update(db, user_id, form, version=detail.version)


def _protect_kin(db, user_id: int) -> None:
    [kin] = service_users.open_record(db, user_id).next_of_kin
    form = NextOfKinForm(**{k: getattr(kin, k) for k in NextOfKinForm.__dataclass_fields__})
    form = dataclasses.replace(
        form, address=KIN_STREET, protected_address=ProtectedAddress.CONFIDENTIAL
    )
    record_parts.update_next_of_kin(db, kin.id, form, version=kin.version)


@pytest.fixture
def group(db):
    made = make_group(db)
    hold_meeting(db, made)  # minutes print only for a held meeting
    _protect_user(db, made.user_id)
    _protect_kin(db, made.user_id)
    return made


def _text(path) -> str:
    return " ".join(pdf_text(path).split())


def test_no_letter_agenda_or_minutes_carries_a_protected_address(db, group, tmp_path):
    for kind in MeetingDocumentKind:
        path = print_meeting_document(db, group.meeting_id, kind, tmp_path / f"{kind.value}.pdf",
                                      today=TODAY)  # fmt: skip
        text = _text(path)
        assert "Fjæreveien" not in text and "Sjøgata" not in text and "8150 Ørnes Åsne" not in text
    letters = _text(tmp_path / "invitation.pdf")
    assert "Storgata 1 8150 Ørnes" in letters  # NAV's address is printed as before


def test_a_protected_address_is_not_reported_as_missing(db, group, tmp_path):
    """Her letter carries no address on purpose; "legg inn adressen" would be wrong advice."""
    assert invited_without_address(db, group.meeting_id) == []
    path = print_meeting_document(db, group.meeting_id, MeetingDocumentKind.INVITATION,
                                  tmp_path / "letters.pdf", today=TODAY)  # fmt: skip
    assert "Adresse mangler" not in _text(path)


def test_no_plan_print_carries_it(db, group, tmp_path):
    plans.create_plan(db, group.user_id)
    for kind in DocumentKind:
        text = _text(print_document(db, group.user_id, kind, tmp_path / f"{kind.value}.pdf",
                                    today=TODAY))  # fmt: skip
        assert "Fjæreveien" not in text and "Sjøgata" not in text


def test_no_calendar_file_carries_it_whatever_the_setting(db, group, tmp_path):
    save_settings(db, {"calendar_detail": 2})
    typed = MeetingForm(dt.datetime(2027, 1, 12, 10, 0), 60, f"{USER_STREET}, 8150 Ørnes", "",
                        (group.user_member,), ())  # fmt: skip
    meetings.plan_meeting(db, group.group_id, typed, now=NOW)
    data = export_group_calendar(db, group.group_id, tmp_path / "m.ics").read_text("utf-8")
    assert "Fjæreveien" not in data and "Sjøgata" not in data and "Møterom" not in data


def test_no_export_or_list_carries_it(db, tmp_path):
    ids = insert_report_data(db)
    with db.transaction() as session:
        session.execute(update(m.ServiceUser).values(
            address=USER_STREET, protected_address=ProtectedAddress.STRICT.value))  # fmt: skip
    out = tmp_path / "personer.csv"
    export_report(db, ReportKind.PERSONS, *YEAR_2024, CsvProfile.RFC4180, out,
                  include_identity=True)  # fmt: skip
    assert "Fjæreveien" not in out.read_text("utf-8")
    rows = service_users.rows_for_ids(db, [i for group in ids.values() for i in group])
    assert rows and not any("Fjæreveien" in str(vars(row)) for row in rows)


def test_the_record_shows_the_mark_and_keeps_the_address(db, group):
    detail = service_users.open_record(db, group.user_id)
    assert detail.form.protected_address is ProtectedAddress.STRICT
    assert detail.form.address == USER_STREET  # kept in the record, for the nurse
    assert ProtectedAddress.STRICT.mark == (
        "STRENGT FORTROLIG ADRESSE: adressen skal aldri ut av journalen"
    )
    [kin] = service_users.open_record(db, group.user_id).next_of_kin
    assert kin.protected_address is ProtectedAddress.CONFIDENTIAL

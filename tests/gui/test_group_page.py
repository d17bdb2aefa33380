"""The responsibility-group tab: create a group, add members, plan, see and cancel meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from psykhelse_desktop.domain.group_vocabulary import MeetingStatus
from psykhelse_desktop.domain.records import ContactPersonForm, NextOfKinForm, OrganisationForm
from psykhelse_desktop.services.meetings import groups, meetings
from psykhelse_desktop.services.records import address_book, record_parts, service_users

from .conftest import answer_dialog

NOW = dt.datetime.combine(dt.date.today(), dt.time(9, 0))
PAST_ERROR = "Tidspunktet har passert. Velg et tidspunkt fram i tid."


@pytest.fixture
def ola(db) -> int:
    """Ola Øvrebø, with his sister as next of kin and a NAV adviser in the address book."""
    ola = service_users.search_ids(db, "Øvrebø")[0]
    record_parts.add_next_of_kin(db, ola, NextOfKinForm("Randi Øvrebø", "Søster", "41 22 33 44"))
    org = address_book.save_organisation(db, OrganisationForm("NAV Testvik", "NAV", "55 55 33 33"))
    address_book.save_person(db, ContactPersonForm("Bjørn Åsheim", org, "Veileder", "912 00 111"))
    address_book.save_person(db, ContactPersonForm("Kåre Sæther", None, "Fastlege"))
    return ola


@pytest.fixture
def page(window, ola):
    """The group tab shown for Ola Øvrebø (no group yet), with a fixed clock."""
    window.users_page.select_user(ola)
    window.show_group()
    group_page = window.users_page.group
    group_page.clock = lambda: NOW
    return group_page


@pytest.fixture
def group_page(qtbot, page):
    qtbot.mouseClick(page.empty.create_button, Qt.MouseButton.LeftButton)
    return page


def yes(dialog) -> None:
    dialog.buttons()[0].click()


def add_partner(qtbot, page, search: str, consent: str = "") -> None:
    def fill(dialog):
        qtbot.keyClicks(dialog.picker.search, search)
        assert dialog.picker.list.count() == 1
        dialog.role.setCurrentText("NAV-veileder")
        qtbot.keyClicks(dialog.consent_on, consent)
        dialog.try_save()

    answer_dialog(fill)
    page.add_member()


def plan(page, fill) -> dict:
    """Run the planning dialog with `fill(dialog)`; returns what the dialog showed."""
    shown = {}

    def answer(dialog):
        fill(dialog)
        dialog.try_save()
        shown.update(visible=dialog.isVisible(), dialog=dialog)
        for name in ("starts_at", "invited", "place"):
            shown[name] = dialog.error_text(name)

    answer_dialog(answer)
    page.plan_meeting()
    return shown


def test_the_tab_explains_a_group_and_creates_one(qtbot, window, page, db, ola):
    assert page.stack.currentWidget() is page.empty
    assert "ansvarsgruppe samler" in page.empty.text.text()
    assert window.users_page.user_tabs.tabText(2) == "Ansvarsgruppe"
    qtbot.mouseClick(page.empty.create_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.scroll
    assert page.heading.text() == "Ansvarsgruppe – Ola Øvrebø"
    assert page.members.texts() == [
        ["Ola Øvrebø", "Tjenestemottaker", "", "912 34 567", "Ikke nødvendig",
         f"fra {dt.date.today():%d.%m.%Y}"]
    ]  # fmt: skip
    assert "Ingen møter er planlagt" in page.next_panel.texts()["none"]
    assert groups.open_group(db, ola) is not None


def test_ctrl_g_shows_the_group_tab(qtbot, window, ola):
    window.users_page.select_user(ola)
    window.group_action.trigger()
    assert window.users_page.user_tabs.currentWidget() is window.users_page.group
    assert window.group_action.shortcut().toString() == "Ctrl+G"


def test_add_a_partner_and_a_next_of_kin_with_consent(qtbot, group_page):
    add_partner(qtbot, group_page, "aasheim", "01.11.2026")
    shown = {}

    def next_of_kin(dialog):
        dialog.kind.setCurrentIndex(1)
        assert dialog.role.currentText() == "Pårørende"
        dialog.try_save()
        shown["error"] = dialog.error_text("consent_on")
        shown["role"] = dialog.role.currentText()
        qtbot.keyClicks(dialog.consent_on, "15.11.2026")
        dialog.try_save()

    answer_dialog(next_of_kin)
    group_page.add_member()
    assert "Skriv datoen tjenestemottakeren samtykket" in shown["error"]
    assert shown["role"] == "Pårørende"
    rows = {row[0]: row for row in group_page.members.texts()}
    assert rows["Bjørn Åsheim"][1:5] == ["NAV-veileder", "NAV Testvik", "912 00 111", "01.11.2026"]
    assert rows["Randi Øvrebø"][1:5] == ["Pårørende", "Pårørende (søster)", "41 22 33 44",
                                         "15.11.2026"]  # fmt: skip


def test_a_partner_must_be_picked_and_consent_can_be_withdrawn(qtbot, group_page):
    shown = {}

    def nobody(dialog):
        qtbot.keyClicks(dialog.picker.search, "ingen slik person")
        dialog.role.setCurrentText("Fastlege")
        dialog.try_save()
        shown["error"] = dialog.error_text("contact_person_id")

    answer_dialog(nobody)
    group_page.add_member()
    assert shown["error"] == "Velg personen fra adresseboken."
    add_partner(qtbot, group_page, "Åsheim", "01.11.2026")
    group_page.members.setCurrentItem(group_page.members.topLevelItem(1))

    def withdraw(dialog):
        dialog.withdrawn.setChecked(True)
        dialog.try_save()

    answer_dialog(withdraw)
    group_page.change_consent()
    assert group_page.members.texts()[1][4] == "Ikke samtykke"


def test_take_a_member_out_of_the_group(qtbot, group_page):
    add_partner(qtbot, group_page, "Åsheim")
    group_page.members.setCurrentItem(group_page.members.topLevelItem(1))
    answer_dialog(lambda dialog: dialog.try_save())
    group_page.end_member()
    today = f"{dt.date.today():%d.%m.%Y}"
    assert group_page.members.texts()[1][5] == f"{today}–{today}"


def test_a_time_in_the_past_is_refused_at_the_field_and_the_typing_is_kept(qtbot, group_page, db):
    yesterday = f"{NOW - dt.timedelta(days=1):%d.%m.%Y}"

    def fill(dialog):
        dialog.date.setText(yesterday)
        dialog.place.setCurrentText("Møterom Øst, Testvik helsesenter")
        qtbot.keyClicks(dialog.agenda, "Søvn og hverdag")

    shown = plan(group_page, fill)
    assert shown["visible"] and shown["starts_at"] == PAST_ERROR
    dialog = shown["dialog"]
    assert dialog.date.text() == yesterday
    assert dialog.place.currentText() == "Møterom Øst, Testvik helsesenter"
    assert dialog.agenda.toPlainText() == "Søvn og hverdag"
    assert meetings.list_meetings(db) == []


def test_a_meeting_needs_invited_members_and_a_place(group_page, db):
    def fill(dialog):
        for box in dialog.invite.boxes.values():
            box.setChecked(False)

    shown = plan(group_page, fill)
    assert shown["visible"]
    assert shown["invited"] == "Møtet har ingen deltakere. Inviter minst ett medlem av gruppen."
    assert "Skriv hvor møtet holdes" in shown["place"]
    assert meetings.list_meetings(db) == []


def plan_series(qtbot, page, count: int = 3) -> dict:
    def fill(dialog):
        assert all(box.isChecked() for box in dialog.invite.boxes.values())
        dialog.place.setCurrentText("Møterom Øst")
        dialog.time.setTime(dt.time(13, 30))
        dialog.repeat.setChecked(True)
        dialog.every_weeks.setValue(4)
        dialog.count.setValue(count)

    return plan(page, fill)


def test_a_series_of_three_shows_in_the_history_and_the_next_meeting(qtbot, group_page, db):
    add_partner(qtbot, group_page, "Åsheim", "01.11.2026")
    assert plan_series(qtbot, group_page)["visible"] is False
    rows = group_page.meetings.texts()
    assert len(rows) == 3 and all(row[1:4] == ["Møterom Øst", "2", "Planlagt"] for row in rows)
    starts = sorted(m.starts_at for m in meetings.list_meetings(db))
    assert starts[1] - starts[0] == starts[2] - starts[1] == dt.timedelta(weeks=4)
    assert rows[-1][0].endswith(f"{starts[0]:%d.%m.%Y} 13:30")  # newest first
    panel = group_page.next_panel.texts()
    assert f"{starts[0]:%d.%m.%Y} kl. 13:30–15:00" in panel["when"]
    assert panel["place"] == "Møterom Øst" and panel["invited"] == "2 medlemmer"
    assert panel["status"] in ("Planlagt, i morgen", "Planlagt, om 3 dager")


def test_cancelling_the_next_meeting_moves_the_panel_to_the_one_after(qtbot, group_page, db):
    plan_series(qtbot, group_page, count=2)
    first, second = sorted(meetings.list_meetings(db), key=lambda m: m.starts_at)
    answer_dialog(yes)
    group_page.cancel_next()
    assert group_page.next_panel.meeting.id == second.id
    statuses = {m.id: m.status for m in meetings.list_meetings(db)}
    assert statuses == {first.id: MeetingStatus.CANCELLED, second.id: MeetingStatus.PLANNED}
    assert group_page.meetings.texts()[1][3] == "Avlyst"
    group_page.meetings.setCurrentItem(group_page.meetings.topLevelItem(1))
    answer_dialog(lambda dialog: dialog.accept())
    group_page.cancel_selected()  # a cancelled meeting cannot be cancelled again
    assert {m.status for m in meetings.list_meetings(db)} == {
        MeetingStatus.CANCELLED,
        MeetingStatus.PLANNED,
    }


def test_the_plan_dialog_suggests_the_group_rhythm_after_the_latest_meeting(qtbot, group_page, db):
    plan_series(qtbot, group_page, count=2)
    latest = max(m.starts_at for m in meetings.list_meetings(db))
    shown = {}

    def look(dialog):
        shown["date"], shown["time"] = dialog.date.text(), dialog.time.time().toString("HH:mm")
        shown["place"] = dialog.place.currentText()

    answer_dialog(look)
    group_page.plan_meeting()
    assert shown == {
        "date": f"{latest + dt.timedelta(weeks=4):%d.%m.%Y}",
        "time": "13:30",
        "place": "Møterom Øst",
    }


def test_the_invite_list_says_who_gets_time_and_place_only(qtbot, group_page, db):
    add_partner(qtbot, group_page, "Åsheim")  # no consent
    labels = {}

    def fill(dialog):
        labels.update({i: box.text() for i, box in dialog.invite.boxes.items()})
        for box in dialog.invite.boxes.values():
            box.setChecked(False)  # nothing is planned

    plan(group_page, fill)
    texts = sorted(labels.values())
    assert any(t.endswith("(uten samtykke: får bare tid og sted, ikke saksliste)") for t in texts)
    assert any("Tjenestemottaker" in t and "uten samtykke" not in t for t in texts)

"""The address book page: add and edit organisations and the people in them, and search."""

from __future__ import annotations

from psykhelse_desktop.domain.records import OrganisationForm
from psykhelse_desktop.services.records import address_book

from .conftest import answer_dialog


def test_add_organisation_then_person_in_it(qtbot, window, db):
    page = window.address_page
    window.tabs.setCurrentWidget(page)

    def new_organisation(dialog):
        qtbot.keyClicks(dialog.name, "Øvre Testvik legekontor")
        dialog.kind.setCurrentText("Fastlegekontor")
        qtbot.keyClicks(dialog.phone, "71 00 00 00")
        dialog.try_save()

    answer_dialog(new_organisation)
    page.new_org_button.click()
    assert page.org_table.texts() == [
        ["Øvre Testvik legekontor", "Fastlegekontor", "71 00 00 00", ""]
    ]

    def new_person(dialog):
        qtbot.keyClicks(dialog.name, "Dr. Åse Prøvestad")
        dialog.organisation.setCurrentIndex(dialog.organisation.findText("Øvre Testvik legekontor"))
        dialog.role.setCurrentText("Fastlege")
        dialog.try_save()

    answer_dialog(new_person)
    page.new_person_button.click()
    people = address_book.list_people(db)
    assert [(p.name, p.organisation_name, p.role) for p in people] == [
        ("Dr. Åse Prøvestad", "Øvre Testvik legekontor", "Fastlege")
    ]
    assert page.people_table.texts()[0][:3] == [
        "Dr. Åse Prøvestad",
        "Øvre Testvik legekontor",
        "Fastlege",
    ]


def test_invalid_phone_is_refused_and_the_dialog_stays(qtbot, window, db):
    errors = []

    def bad_phone(dialog):
        qtbot.keyClicks(dialog.name, "NAV Testvik")
        qtbot.keyClicks(dialog.phone, "12")
        dialog.try_save()
        errors.append(dialog.error_text("phone"))

    answer_dialog(bad_phone)
    window.address_page.new_org_button.click()
    assert "8 siffer" in errors[0]
    assert address_book.list_organisations(db) == []


def test_edit_organisation_and_search(qtbot, window, db):
    org_id = address_book.save_organisation(db, _org("DPS Fjordby"))
    address_book.save_organisation(db, _org("NAV Testvik"))
    page = window.address_page
    page.refresh()
    qtbot.keyClicks(page.search, "fjord")
    qtbot.waitUntil(lambda: [r[0] for r in page.org_table.texts()] == ["DPS Fjordby"])
    page.org_table.setCurrentItem(page.org_table.topLevelItem(0))

    def rename(dialog):
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "DPS Fjordby og Øvrevik")
        dialog.try_save()

    answer_dialog(rename)
    page.edit_organisation()
    names = {o.id: o.name for o in address_book.list_organisations(db)}
    assert names[org_id] == "DPS Fjordby og Øvrevik"


def _org(name: str) -> OrganisationForm:
    return OrganisationForm(name=name, kind="Annen")

"""The detail page: next of kin, GP history and linked contacts, each kept when removed."""

from __future__ import annotations

import datetime as dt

from psykhelse_desktop.domain.records import ContactPersonForm, OrganisationForm
from psykhelse_desktop.services.records import address_book, record_parts, service_users

from .conftest import answer_dialog


def open_ola(window, db) -> int:
    ola = service_users.search_ids(db, "Øvrebø")[0]
    window.users_page.select_user(ola)
    return ola


def yes(dialog) -> None:
    dialog.buttons()[0].click()


def test_add_edit_and_remove_next_of_kin(qtbot, window, db):
    ola = open_ola(window, db)
    detail = window.users_page.detail

    def add(dialog):
        qtbot.keyClicks(dialog.name, "Randi Øvrebø")
        dialog.relation.setCurrentText("Søster")
        qtbot.keyClicks(dialog.phone, "41 22 33 44")
        dialog.is_closest.setChecked(True)
        dialog.try_save()

    answer_dialog(add)
    detail.add_next_of_kin()
    assert detail.kin.texts()[0][:3] == ["Randi Øvrebø", "Søster (nærmeste)", "41 22 33 44"]
    detail.kin.setCurrentItem(detail.kin.topLevelItem(0))

    def edit(dialog):
        assert dialog.name.text() == "Randi Øvrebø"
        dialog.phone.clear()
        qtbot.keyClicks(dialog.phone, "41 99 99 99")
        dialog.try_save()

    answer_dialog(edit)
    detail.edit_next_of_kin()
    assert detail.kin.texts()[0][2] == "41 99 99 99"
    detail.kin.setCurrentItem(detail.kin.topLevelItem(0))
    answer_dialog(yes)
    detail.end_next_of_kin()
    assert detail.kin.texts() == []
    actions = [c[2] for c in detail.changes.texts()]
    assert actions[:3] == [
        "Fjernet pårørende (tatt vare på)",
        "Endret pårørende",
        "La til pårørende",
    ]
    assert service_users.open_record(db, ola).next_of_kin == []


def test_new_gp_closes_the_previous_period(qtbot, window, db):
    ola = open_ola(window, db)
    office = address_book.save_organisation(db, OrganisationForm(name="Testvik legekontor"))
    first = address_book.save_person(db, ContactPersonForm("Lege Aasmund Prøve", office))
    address_book.save_person(db, ContactPersonForm("Lege Brit Test", office))
    record_parts.set_gp(db, ola, first, dt.date(2020, 1, 1))

    def change(dialog):
        dialog.person.setCurrentIndex(dialog.person.findText("Lege Brit Test – Testvik legekontor"))
        dialog.valid_from.clear()
        qtbot.keyClicks(dialog.valid_from, "01.03.2024")
        dialog.try_save()

    answer_dialog(change)
    window.users_page.detail.change_gp()
    rows = window.users_page.detail.gps.texts()
    assert rows[0] == ["Lege Brit Test", "Testvik legekontor", "", "01.03.2024", "nå"]
    assert rows[1][0] == "Lege Aasmund Prøve" and rows[1][4] == "29.02.2024"


def test_gp_dialog_with_empty_address_book_says_what_to_do(qtbot, window, db):
    open_ola(window, db)
    seen = []

    def save_without_person(dialog):
        seen.append(dialog.person.currentText())
        dialog.try_save()
        seen.append(dialog.error_text("contact_person_id"))

    answer_dialog(save_without_person)
    window.users_page.detail.change_gp()
    assert seen == ["Adresseboken er tom: skriv legen under",
                    "Velg legen fra adresseboken, eller skriv navnet på en ny lege."]  # fmt: skip


def test_link_and_unlink_a_contact(qtbot, window, db):
    ola = open_ola(window, db)
    nav = address_book.save_organisation(db, OrganisationForm(name="NAV Testvik", kind="NAV"))
    address_book.save_person(db, ContactPersonForm("Øystein Saksbehandlersen", nav))
    detail = window.users_page.detail

    def link(dialog):
        dialog.person.setCurrentIndex(1)
        dialog.role.setCurrentText("Kontaktperson NAV")
        dialog.try_save()

    answer_dialog(link)
    detail.link_contact()
    assert detail.contacts.texts()[0][:3] == [
        "Kontaktperson NAV",
        "Øystein Saksbehandlersen",
        "NAV Testvik",
    ]
    detail.contacts.setCurrentItem(detail.contacts.topLevelItem(0))
    answer_dialog(yes)
    detail.unlink_contact()
    assert detail.contacts.texts() == []
    assert service_users.open_record(db, ola).contacts == []


def test_gp_dialog_lists_likely_gps_first(qtbot, window, db):
    open_ola(window, db)
    nav = address_book.save_organisation(db, OrganisationForm(name="NAV Testvik"))
    office = address_book.save_organisation(db, OrganisationForm(name="Fjordby legesenter"))
    address_book.save_person(db, ContactPersonForm("Anne Veileder", nav, "Veileder"))
    address_book.save_person(db, ContactPersonForm("Øystein Fastlegesen", office, "Fastlege"))
    shown = []

    def read(dialog):
        shown.extend(dialog.person.itemText(i) for i in range(dialog.person.count()))

    answer_dialog(read)
    window.users_page.detail.change_gp()
    assert shown == [
        "Velg person fra adresseboken",
        "Øystein Fastlegesen – Fjordby legesenter",
        "",  # the line between likely GPs and everyone else
        "Anne Veileder – NAV Testvik",
    ]


def test_a_protected_address_is_marked_in_words_and_set_in_the_dialogs(qtbot, window, db):
    from psykhelse_desktop.domain.vocabulary import ProtectedAddress

    ola = open_ola(window, db)
    detail = window.users_page.detail

    def add(dialog):
        qtbot.keyClicks(dialog.name, "Randi Øvrebø")
        dialog.relation.setCurrentText("Søster")
        qtbot.keyClicks(dialog.address, "Sjøgata 2")
        dialog.protected_address.setCurrentIndex(
            dialog.protected_address.findData(ProtectedAddress.CONFIDENTIAL)
        )
        dialog.try_save()

    answer_dialog(add)
    detail.add_next_of_kin()
    assert "Fortrolig adresse" in detail.kin.texts()[0][3]
    record = service_users.open_record(db, ola)
    form = record.form
    form.protected_address = ProtectedAddress.STRICT
    service_users.update(db, ola, form, version=record.version)
    detail.show_user(ola)
    shown = window.users_page.detail.identity.values["address"].text()
    assert shown.startswith("STRENGT FORTROLIG ADRESSE: adressen skal aldri ut av journalen")

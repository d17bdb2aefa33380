"""«Ny fastlege»: the first GP typed in the same dialog, without a trip round the address book."""

from __future__ import annotations

import datetime as dt

from psykhelse_desktop.domain.records import OrganisationForm
from psykhelse_desktop.services.records import address_book, service_users
from psykhelse_desktop.ui.dialogs.link_dialogs import GpDialog

from .conftest import add_user


def open_dialog(qtbot, db, user_id: int) -> GpDialog:
    dialog = GpDialog(db, user_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_first_gp_and_the_practice_are_made_in_the_dialog(qtbot, db):
    ola = add_user(db, "Ola", "Øvrebø", dt.date(1980, 3, 4))
    dialog = open_dialog(qtbot, db, ola)
    assert dialog.person.currentText() == "Adresseboken er tom: skriv legen under"
    assert not dialog.practice.isEnabled()
    dialog.new_name.setText("Máret Ŋuolja-Šiđa")  # Sámi letters: keyClicks types Latin-1 only
    qtbot.keyClicks(dialog.practice.lineEdit(), "Ørnes legekontor")
    qtbot.keyClicks(dialog.phone, "755 00 000")
    dialog.valid_from.setText("01.11.2026")
    dialog.try_save()
    assert dialog.result() == GpDialog.DialogCode.Accepted
    (doctor,) = address_book.list_people(db)
    assert (doctor.name, doctor.role, doctor.organisation_name, doctor.phone) == (
        "Máret Ŋuolja-Šiđa", "Fastlege", "Ørnes legekontor", "755 00 000"
    )  # fmt: skip
    (practice,) = address_book.list_organisations(db)
    assert practice.kind == "Fastlegekontor"
    (period,) = service_users.open_record(db, ola).gp_history
    assert (period.gp_name, period.practice, period.valid_from) == (
        "Máret Ŋuolja-Šiđa", "Ørnes legekontor", dt.date(2026, 11, 1)
    )  # fmt: skip


def test_a_practice_already_in_the_address_book_is_used_not_doubled(qtbot, db):
    ola = add_user(db, "Ola", "Øvrebø", dt.date(1980, 3, 4))
    address_book.save_organisation(db, OrganisationForm("Ørnes Legekontor", "Fastlegekontor"))
    dialog = open_dialog(qtbot, db, ola)
    qtbot.keyClicks(dialog.new_name, "Per Legesen")
    qtbot.keyClicks(dialog.practice.lineEdit(), "ørnes legekontor")
    dialog.try_save()
    assert [o.name for o in address_book.list_organisations(db)] == ["Ørnes Legekontor"]
    assert address_book.list_people(db)[0].organisation_name == "Ørnes Legekontor"


def test_nothing_picked_or_typed_says_both_ways_and_saves_nothing(qtbot, db):
    ola = add_user(db, "Ola", "Øvrebø", dt.date(1980, 3, 4))
    dialog = open_dialog(qtbot, db, ola)
    dialog.try_save()
    assert dialog.isVisible()
    text = "Velg legen fra adresseboken, eller skriv navnet på en ny lege."
    assert dialog.error_text("contact_person_id") == text
    assert address_book.list_people(db) == []

"""Her version beside the stored one: values shown as the form shows them, only what differs."""

import datetime as dt

from psykhelse_desktop.domain.conflicts import (
    FieldDifference,
    differences,
    form_texts,
    merged,
    minutes_texts,
    rebased,
    shown_value,
)
from psykhelse_desktop.domain.groups import AgendaEntry, AttendanceLine
from psykhelse_desktop.domain.plan_vocabulary import LifeArea
from psykhelse_desktop.domain.plans import Goal
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.domain.vocabulary import SERVICE_USER_FIELD_LABELS, Category


def test_values_read_as_in_the_form():
    assert shown_value(dt.date(2026, 3, 4)) == "04.03.2026"
    assert shown_value(True) == "ja" and shown_value(None) == ""
    assert shown_value(Category.MENTAL_HEALTH) == Category.MENTAL_HEALTH.label
    assert shown_value(2.5) == "2,5"
    goals = (Goal(1, LifeArea.HEALTH, "Sove bedre"), Goal(2, LifeArea.HOUSING, "Egen leilighet"))
    assert shown_value(goals) == "Helse, Sove bedre\nBolig, Egen leilighet"


def test_only_the_fields_that_differ_are_listed_in_form_order():
    mine = ServiceUserForm("Ola", "Øvrebø", phone="915 55 444", is_lar=True)
    stored = ServiceUserForm("Ola", "Øvrebø ", phone="912 34 567", address="Fjæreveien 3")
    found = differences(
        form_texts(mine, SERVICE_USER_FIELD_LABELS), form_texts(stored, SERVICE_USER_FIELD_LABELS)
    )
    assert found == [
        FieldDifference("Adresse", "", "Fjæreveien 3"),
        FieldDifference("Telefon", "915 55 444", "912 34 567"),
        FieldDifference("LAR", "ja", "nei"),
    ]


def test_minutes_read_item_by_item():
    texts = minutes_texts(
        [AttendanceLine("Åsne Øvrebø", "Pårørende", "", False, "Syk")],
        [AgendaEntry(1, "Søvn", "Sover bedre.", "")],
    )
    assert texts == {
        "Oppmøte: Åsne Øvrebø": "møtte ikke: Syk",
        "Sak 1, tittel": "Søvn",
        "Sak 1, notater": "Sover bedre.",
        "Sak 1, vedtak": "",
    }


def test_her_changes_win_and_the_fields_she_left_take_the_stored_values():
    opened = ServiceUserForm("Ola", "Øvrebø", phone="912 34 567", address="")
    mine = ServiceUserForm("Ola", "Øvrebø", phone="913 00 000", address="Fjæreveien 3")
    stored = ServiceUserForm("Ola", "Øvrebø", phone="915 55 444", reach_notes="Ring etter 10.")
    assert merged(mine, stored, opened) == ServiceUserForm(
        "Ola", "Øvrebø", phone="913 00 000", address="Fjæreveien 3", reach_notes="Ring etter 10."
    )
    assert rebased(mine, stored) == stored
    labels = SERVICE_USER_FIELD_LABELS
    found = differences(*(form_texts(f, labels) for f in (mine, stored, opened)))
    assert [(d.label, d.mine_changed) for d in found] == [
        ("Adresse", True), ("Telefon", True), ("Slik når du personen", False),
    ]  # fmt: skip

"""On every page, a button that acts on the chosen row is enabled only while a row is chosen."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from psykhelse_desktop.domain.daily_vocabulary import ServiceType
from psykhelse_desktop.domain.decisions import DecisionForm
from psykhelse_desktop.domain.ledger_vocabulary import LedgerKind
from psykhelse_desktop.domain.plans import Goal, Measure
from psykhelse_desktop.services.daily import decisions
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import address_book, record_parts, service_users
from psykhelse_desktop.services.reports import ledger
from psykhelse_desktop.ui.main_window import GROUP_TAB, PLAN_TAB, RECORD_TAB, SERVICES_TAB
from tests.group_helpers import TODAY, make_group


def _fill_the_record(db, tmp_path) -> int:
    """Ola with next of kin, a partner, a group with a meeting, a decision, a plan, a print."""
    ola = service_users.search_ids(db, "Øvrebø")[0]
    make_group(db, ola)
    person = address_book.list_people(db)[0]
    record_parts.link_contact(db, ola, person.id, "NAV-veileder")
    form = DecisionForm(ServiceType.HOME_BASED, 2, TODAY, TODAY)
    decisions.create_decision(db, ola, form)
    view = plans.create_plan(db, ola)
    measure = Measure(what="Søvnskole", responsible="Kari")
    plan = dataclasses.replace(view.plan, goals=(Goal(text="Sove bedre"),), measures=(measure,))
    plans.save_plan(db, ola, plan, version=view.revision.number, today=TODAY)
    printed = tmp_path / "plan.pdf"
    printed.write_bytes(b"%PDF-1.4 syntetisk")
    ledger.record_printed_file(db, printed, LedgerKind.PRINTED_PDF, "Individuell plan", "", ola)
    return ola


def _first_row(tree):
    """The first item that stands for a row (not a heading, not a line under an item)."""
    found = QTreeWidgetItemIterator(tree)
    while found.value() is not None:
        if found.value().data(0, Qt.ItemDataRole.UserRole) is not None:
            return found.value()
        found += 1
    raise AssertionError(f"no rows in {tree}")


def _lists(window, ola):
    """(where, tree, buttons) for every list whose buttons act on a row, page by page."""
    users = window.users_page
    window.open_user(ola, RECORD_TAB)
    yield "Personalia: pårørende", users.detail.kin, users.detail.kin.row_buttons
    yield "Personalia: samarbeidspartnere", users.detail.contacts, users.detail.contacts.row_buttons
    window.open_user(ola, PLAN_TAB)
    for name in ("goals", "participants", "measures", "consents"):
        items = getattr(users.plan.form, name)
        if items.items():
            yield f"Plan: {name}", items.tree, items.row_buttons
    window.open_user(ola, GROUP_TAB)
    yield "Ansvarsgruppe: medlemmer", users.group.members, users.group.members.row_buttons
    yield "Ansvarsgruppe: møter", users.group.meetings, users.group.meetings.row_buttons
    window.open_user(ola, SERVICES_TAB)
    table = users.services.decision_table
    yield "Vedtak", table, table.row_buttons
    window.tabs.setCurrentWidget(window.address_page)
    window.address_page.refresh()  # the record was filled behind its back
    yield (
        "Adressebok: virksomheter",
        window.address_page.org_table,
        window.address_page.org_table.row_buttons,
    )
    yield (
        "Adressebok: personer",
        window.address_page.people_table,
        window.address_page.people_table.row_buttons,
    )
    window.show_ledger()
    yield "Utleveringslogg", window.ledger_page.table, window.ledger_page.table.row_buttons


def test_row_buttons_follow_the_selection_on_every_page(qtbot, window, db, tmp_path):
    ola = _fill_the_record(db, tmp_path)
    walked = {}
    for where, tree, buttons in _lists(window, ola):
        walked[where] = [b.text().replace("&", "") for b in buttons]
        assert buttons, where
        tree.setCurrentItem(None)
        tree.clearSelection()
        assert [b.isEnabled() for b in buttons] == [False] * len(buttons), where
        tree.setCurrentItem(_first_row(tree))
        assert [b.isEnabled() for b in buttons] == [True] * len(buttons), where
        tree.clear()  # emptied by a refresh: nothing chosen any more
        assert not any(b.isEnabled() for b in buttons), where
    assert walked["Personalia: pårørende"] == ["Rediger...", "Fjern..."]
    assert walked["Vedtak"] == ["Endre...", "Avslutt vedtak..."]
    assert walked["Plan: goals"] == ["Rediger...", "Avslutt mål", "Opp", "Ned"]
    assert walked["Utleveringslogg"] == ["Kopier SHA-256"]
    assert len(walked) == 11


def test_a_heading_or_a_measure_under_a_goal_is_not_a_chosen_goal(qtbot, window, db, tmp_path):
    ola = _fill_the_record(db, tmp_path)
    window.open_user(ola, PLAN_TAB)
    goals = window.users_page.plan.form.goals
    heading = goals.tree.topLevelItem(0)
    goals.tree.setCurrentItem(heading)
    assert not any(b.isEnabled() for b in goals.row_buttons)

"""The synthetic demo data: valid test numbers, consistent records, found by search, repeatable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text
from tests.helpers import PASSPHRASE, PROFILE

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.errors import UserError
from psykhelse_desktop.domain.national_id import NationalIdError, parse_national_id
from psykhelse_desktop.domain.plan_vocabulary import PlanStatus
from psykhelse_desktop.domain.text import search_key, sort_key
from psykhelse_desktop.domain.vocabulary import CONTACT_ROLES, ORGANISATION_KINDS, Category
from psykhelse_desktop.paths import AppPaths
from psykhelse_desktop.services.daily import decisions, journal, requests
from psykhelse_desktop.services.demo.populate import DemoSummary, populate_demo
from psykhelse_desktop.services.plans import plans
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.vault import create_vault
from psykhelse_desktop.storage import daily_models as dm
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.keys import TEST_KDF

USERS = 200
TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def summary(db) -> DemoSummary:
    return populate_demo(db, USERS, today=TODAY)


def _all(db, statement):
    with db.transaction() as session:
        return session.execute(statement).all()


def _users(db) -> list[m.ServiceUser]:
    with db.transaction() as session:
        return list(session.scalars(select(m.ServiceUser).order_by(m.ServiceUser.id)))


def _count(db, model) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_summary_matches_what_is_stored(db, summary):
    assert summary.service_users == USERS == _count(db, m.ServiceUser)
    assert summary.organisations == _count(db, m.Organisation)
    assert summary.contact_people == _count(db, m.ContactPerson)
    assert summary.next_of_kin == _count(db, m.NextOfKin)
    assert summary.gp_periods == _count(db, m.GpPeriod)
    assert summary.contacts == _count(db, m.ServiceUserContact)
    assert summary.closed == service_users.count(db) - service_users.count(db, include_closed=False)


def test_address_book_has_partners_of_known_kinds_and_a_few_gps(db, summary):
    assert 12 <= summary.organisations <= 15
    kinds = {kind for (kind,) in _all(db, select(m.Organisation.kind))}
    assert kinds <= set(ORGANISATION_KINDS)
    assert {"Fastlegekontor", "NAV", "DPS"} <= kinds
    gps = _all(db, select(m.ContactPerson.id).where(m.ContactPerson.role == "Fastlege"))
    assert 4 <= len(gps) <= 6
    by_org = select(func.count()).group_by(m.ContactPerson.organisation_id)
    per_org = _all(db, by_org.select_from(m.ContactPerson))
    assert all(2 <= n <= 4 for (n,) in per_org)


def test_every_national_id_is_a_valid_synthetic_number_matching_the_birth_date(db, summary):
    users = _users(db)
    numbers = [u.national_id for u in users if u.national_id]
    assert len(numbers) >= USERS * 0.95
    assert len(set(numbers)) == len(numbers)
    for user in users:
        if user.national_id is None:
            assert user.birth_date is not None
            continue
        parsed = parse_national_id(user.national_id, allow_synthetic=True, today=TODAY)
        assert parsed.kind.is_synthetic
        assert parsed.birth_date == user.birth_date
        with pytest.raises(NationalIdError):
            parse_national_id(user.national_id, allow_synthetic=False, today=TODAY)


def test_users_look_like_a_municipal_caseload(db, summary):
    users = _users(db)
    categories = [u.category for u in users]
    assert categories.count(Category.MENTAL_HEALTH.value) > USERS / 2
    assert {c.value for c in Category} == set(categories)
    assert 0.03 < summary.closed / USERS < 0.2
    for user in users:
        assert len(user.postal_code) == 4 and user.postal_code.isdigit()
        assert len(user.phone.replace(" ", "")) == 8 and user.phone[0] in "49"
        assert user.service_start <= TODAY
        assert user.is_closed == (user.service_end is not None) == bool(user.closed_reason)
        if user.is_closed:
            assert user.service_start <= user.service_end <= TODAY


def test_search_and_sort_keys_are_the_ones_the_service_writes(db, summary):
    for user in _users(db):
        expected = search_key(
            user.first_name, user.last_name, user.national_id, user.phone, user.phone_alt
        )
        assert user.search_key == expected
        assert user.sort_key == sort_key(user.last_name, user.first_name)


def test_search_finds_generated_users_by_folded_name(db, summary):
    users = _users(db)
    open_ids = {u.id for u in users if not u.is_closed}
    for surname, typed in (("Øvrebø", "øvre"), ("Aasen", "åsen"), ("Haaland", "HÅLAND")):
        expected = {u.id for u in users if u.last_name == surname and u.id in open_ids}
        assert expected, f"the seed should give at least one open {surname}"
        assert expected <= set(service_users.search_ids(db, typed))


def test_each_user_has_at_most_one_open_gp_period_and_it_is_the_latest(db, summary):
    periods: dict[int, list[m.GpPeriod]] = {}
    for (period,) in _all(db, select(m.GpPeriod).order_by(m.GpPeriod.valid_from)):
        periods.setdefault(period.service_user_id, []).append(period)
    assert len(periods) == USERS
    for history in periods.values():
        assert 1 <= len(history) <= 3
        assert all(p.valid_to is not None for p in history[:-1])
        assert sum(p.valid_to is None for p in history) <= 1
        assert all(a.valid_to < b.valid_from for a, b in zip(history, history[1:], strict=False))


def test_current_gp_shows_on_the_opened_record(db, summary):
    user_id = service_users.search_ids(db)[0]
    detail = service_users.open_record(db, user_id)
    current = [p for p in detail.gp_history if p.is_current]
    assert len(current) <= 1
    assert detail.changes[-1].details == "Demodata"
    assert detail.changes[-1].operator == PROFILE.name


def test_next_of_kin_and_contacts_are_plausible(db, summary):
    kin = [row for (row,) in _all(db, select(m.NextOfKin))]
    assert any(k.is_closest for k in kin)
    assert any(k.is_minor_child and k.relation == "Barn" for k in kin)
    per_user = _all(
        db, select(func.count()).select_from(m.NextOfKin).group_by(m.NextOfKin.service_user_id)
    )
    assert all(n <= 3 for (n,) in per_user)
    roles = {role for (role,) in _all(db, select(m.ServiceUserContact.role))}
    assert roles <= set(CONTACT_ROLES)


def test_one_create_event_per_user(db, summary):
    events = _all(db, select(m.AuditEvent.action, m.AuditEvent.details, m.AuditEvent.operator))
    assert len(events) == USERS
    assert set(events) == {("create", "Demodata", PROFILE.name)}


def test_same_seed_gives_the_same_people(db, summary, tmp_path):
    other = create_vault(AppPaths(tmp_path / "b"), PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF)
    try:
        populate_demo(other, USERS, today=TODAY)
        first = [(u.first_name, u.last_name, u.national_id) for u in _users(db)]
        second = [(u.first_name, u.last_name, u.national_id) for u in _users(other)]
        journal_rows = select(dm.JournalEntry.occurred_at, dm.JournalEntry.text).order_by(
            dm.JournalEntry.id
        )
        same_journal = _all(db, journal_rows) == _all(other, journal_rows)
    finally:
        other.close()
    assert first == second
    assert same_journal


def test_another_seed_gives_other_people(db, summary, tmp_path):
    other = create_vault(AppPaths(tmp_path / "c"), PASSPHRASE, PROFILE, demo=True, kdf=TEST_KDF)
    try:
        populate_demo(other, USERS, seed=7, today=TODAY)
        assert [u.national_id for u in _users(db)] != [u.national_id for u in _users(other)]
    finally:
        other.close()


def test_zero_users_still_gives_the_address_book(db):
    summary = populate_demo(db, 0)
    assert summary.service_users == 0 == _count(db, m.ServiceUser)
    assert summary.organisations > 0 and summary.contact_people > 0


def test_a_second_run_adds_more_people_without_clashing_numbers(db, summary):
    populate_demo(db, 50, seed=2026, today=TODAY)
    numbers = [u.national_id for u in _users(db) if u.national_id]
    assert _count(db, m.ServiceUser) == USERS + 50
    assert len(set(numbers)) == len(numbers)


def test_a_real_record_refuses_demo_data(real_db):
    with pytest.raises(UserError, match="demodatabase"):
        populate_demo(real_db, 10)
    assert _count(real_db, m.ServiceUser) == 0


def test_about_half_of_the_open_users_have_a_plan_with_history(db, summary):
    open_ids = service_users.search_ids(db)
    with_plan = plans.users_with_plan(db, open_ids)
    assert 0.35 < len(with_plan) / len(open_ids) < 0.65
    assert summary.plans == len(with_plan) == summary.coordinators
    assert summary.plan_revisions >= 2 * summary.plans
    views = [plans.open_plan(db, user_id) for user_id in sorted(with_plan)]
    shown = {view.status(TODAY) for view in views}
    assert {PlanStatus.DRAFT, PlanStatus.ACTIVE, PlanStatus.DUE} <= shown
    assert all(view.plan.goals and view.plan.measures for view in views)
    assert any(view.plan.evaluations for view in views)
    assert any(not view.plan.crisis_plan.is_empty for view in views)
    active = [v.plan for v in views if v.plan.status is PlanStatus.ACTIVE]
    assert all(p.coordinator and p.plan_consent for p in active)


# -- daily work: journal, decisions, requests, low-threshold help -------------------------------


def test_daily_work_counts_match_what_is_stored(db, summary):
    assert summary.journal_entries == _count(db, dm.JournalEntry) > 1000
    assert summary.decisions == _count(db, dm.ServiceDecision) > 50
    assert summary.requests == _count(db, dm.ServiceRequest) > 10
    assert summary.low_threshold_contacts == _count(db, dm.LowThresholdContact) > 100
    indexed = (
        "SELECT count(*) FROM journal_fts"
        if db.engine.dialect.name == "sqlite"
        else "SELECT count(*) FROM journal_entry WHERE search_words != ''::tsvector"
    )
    assert _all(db, text(indexed))[0][0] == summary.journal_entries


def test_journal_is_mostly_signed_with_a_few_drafts_and_corrections(db, summary):
    entries = [row for (row,) in _all(db, select(dm.JournalEntry))]
    by_id = {e.id: e for e in entries}
    drafts = [e for e in entries if e.signed_at is None]
    addenda = [e for e in entries if e.addendum_to_id is not None]
    assert 0 < len(drafts) < 0.03 * len(entries)
    assert 0 < len(addenda) < 0.06 * len(entries)
    for addendum in addenda:
        original = by_id[addendum.addendum_to_id]
        assert original.signed_at is not None and addendum.signed_at is not None
        assert original.service_user_id == addendum.service_user_id
        assert addendum.created_at >= original.created_at
    assert all(e.occurred_at.date() < TODAY and e.occurred_at.weekday() < 5 for e in entries)
    assert min(e.occurred_at.date() for e in entries) >= TODAY - dt.timedelta(days=3 * 366)
    assert {e.kind for e in entries} == {k.value for k in JournalKind}
    by_writing = sorted(entries, key=lambda e: (e.created_at, e.id))
    assert [e.id for e in by_writing] == sorted(by_id), "ids follow the order of writing"


def test_demo_journal_is_found_by_folded_search(db, summary):
    assert journal.search(db, "øvre") and journal.search(db, "ØVREBØ")
    assert any("Åsen" in hit.snippet for hit in journal.search(db, "aasen"))
    assert any("Haaland" in hit.snippet for hit in journal.search(db, "håland"))


def test_a_few_active_users_have_had_no_contact_for_eight_weeks(db, summary):
    open_ids = set(service_users.search_ids(db))
    latest = journal.last_contact_dates(db)
    quiet = [u for u, day in latest.items() if day < TODAY - dt.timedelta(weeks=8)]
    assert set(latest) <= open_ids
    assert 2 <= len(quiet) <= len(latest) // 5


def test_decisions_of_several_kinds_some_ending_soon_some_lapsed(db, summary):
    rows = [row for (row,) in _all(db, select(dm.ServiceDecision))]
    assert len({r.service_type for r in rows}) >= 4
    assert all(r.valid_to is None or r.valid_from <= r.valid_to for r in rows)
    assert all(0 < r.hours_per_week <= 40 and r.decided_on <= TODAY for r in rows)
    soon = decisions.decisions_ending(db, TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(30))
    assert len(soon) >= 3
    active_users = {d.service_user_id for d in decisions.active_decisions(db, TODAY)}
    lapsed = {r.service_user_id for r in rows if r.valid_to and r.valid_to < TODAY}
    assert lapsed - active_users, "some users should have a decision that lapsed"


def test_requests_wait_in_days_and_some_have_no_decision_yet(db, summary):
    waiting = requests.open_requests(db)
    assert len(waiting) >= 3
    assert all(0 < requests.waiting_days(r, TODAY) <= 60 for r in waiting)
    for (row,) in _all(db, select(dm.ServiceRequest)):
        assert row.received_on <= TODAY
        assert row.decided_on is None or row.received_on <= row.decided_on <= TODAY
        assert row.started_on is None or row.received_on <= row.started_on


def test_low_threshold_contacts_are_mostly_anonymous(db, summary):
    rows = [row for (row,) in _all(db, select(dm.LowThresholdContact))]
    known = [r for r in rows if r.service_user_id is not None]
    assert 0 < len(known) < len(rows) / 2
    assert all(r.occurred_on <= TODAY for r in rows)


def test_demo_minutes_go_only_to_those_the_consent_form_names(db, summary):
    from psykhelse_desktop.services.meetings import groups, meetings
    from psykhelse_desktop.services.plans import plans

    groups_seen = 0
    owners = _all(db, select(m.ResponsibilityGroup.service_user_id))
    for (owner,) in owners:
        view = groups.open_group(db, owner)
        share_with = {p.name for p in plans.print_source(db, view.service_user_id, "t").share_with}
        for meeting in view.meetings:
            for recipient in meetings.minutes_recipients(db, meeting.id):
                if recipient.receives and recipient.role != "Tjenestemottaker":
                    assert recipient.name in share_with
        groups_seen += 1
    assert groups_seen and summary.consents
    first = groups.open_group(db, owners[0][0])
    left_out = [r for r in meetings.minutes_recipients(db, first.meetings[0].id) if not r.receives]
    assert len(left_out) == 1  # the demo's one member without consent

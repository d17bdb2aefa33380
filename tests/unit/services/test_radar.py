"""The radar ("I dag") proven on dated synthetic data: each line appears exactly when it should.

Monday 23.11.2026 is today. Rows are written straight into the tables, so the radar is tested
on its own, not through the services that will later write journals, decisions and requests.
"""

import datetime as dt

from sqlalchemy import event, select

from psykhelse_desktop.domain.plan_vocabulary import ConsentKind, PlanChoice, PlanStatus
from psykhelse_desktop.domain.plans import Consent, IndividualPlan
from psykhelse_desktop.domain.radar import RadarKind, RadarSeverity, Target
from psykhelse_desktop.domain.settings import Settings
from psykhelse_desktop.services.daily.radar import radar
from psykhelse_desktop.services.plans.plan_snapshots import plan_to_json
from psykhelse_desktop.services.records.consents import save_plan_consents
from psykhelse_desktop.services.settings import save_settings
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.daily_models import JournalEntry, ServiceDecision, ServiceRequest

TODAY = dt.date(2026, 11, 23)
LONG_AGO = dt.date(2024, 1, 15)
K = RadarKind
S = RadarSeverity


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def at(n: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(days(n), dt.time(hour))


def add_user(db, name: str, *, start: dt.date | None = LONG_AGO, closed: bool = False) -> int:
    first, last = name.split(" ", 1)
    with db.transaction() as session:
        row = m.ServiceUser(first_name=first, last_name=last, service_start=start,
                            is_closed=closed, created_at=at(-800))  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


def add_rows(db, *rows) -> list[int]:
    with db.transaction() as session:
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def add_plan(db, user_id: int, plan: IndividualPlan) -> None:
    with db.transaction() as session:
        row = m.IndividualPlan(service_user_id=user_id, status=plan.status.value,
                               next_revision=plan.next_revision, current_revision=1)  # fmt: skip
        session.add(row)
        session.flush()
        content, status = plan_to_json(plan), plan.status.value
        session.add(m.PlanRevision(plan_id=row.id, number=1, saved_by="Kari Testesen",
                                   status=status, content=content))  # fmt: skip
        save_plan_consents(session, user_id, plan.consents, (), TODAY)  # the one consent list


def consent(kind=ConsentKind.PLAN, who="", given=-300, expires=None, form=True) -> Consent:
    return Consent(kind, who, "", days(given), None if expires is None else days(expires), form)


def active_plan(revision: int | None = 200, *consents: Consent, **more) -> IndividualPlan:
    due = None if revision is None else days(revision)
    consents = consents or (consent(),)
    return IndividualPlan(status=PlanStatus.ACTIVE, next_revision=due, consents=consents, **more)


def contact(user_id: int, day: int, kind: str = "samtale", signed: bool = True) -> JournalEntry:
    signed_at = at(day, 15) if signed else None
    return JournalEntry(service_user_id=user_id, occurred_at=at(day), kind=kind,
                        written_by="Kari Testesen", signed_at=signed_at)  # fmt: skip


def decision(user_id: int, valid_to: int | None, kind="stottesamtaler", evaluate=None, start=-300):
    return ServiceDecision(service_user_id=user_id, service_type=kind, hours_per_week=1.5,
                           decided_on=days(start), valid_from=days(start),
                           valid_to=None if valid_to is None else days(valid_to),
                           evaluate_on=None if evaluate is None else days(evaluate))  # fmt: skip


def request(user_id: int | None, received: int, decided=None, urgency="ordinaer") -> ServiceRequest:
    return ServiceRequest(service_user_id=user_id, received_on=days(received),
                          from_whom="Fastlegen", urgency=urgency, severity="moderat",
                          decided_on=None if decided is None else days(decided))  # fmt: skip


def add_group(db, user_id: int) -> int:
    (group_id,) = add_rows(db, m.ResponsibilityGroup(service_user_id=user_id, active_from=LONG_AGO))
    return group_id


def meeting(group_id: int, day: int, status: str = "planlagt", hour: int = 10) -> m.Meeting:
    return m.Meeting(group_id=group_id, starts_at=at(day, hour), status=status,
                     place="Møterom Øst, Testvik helsesenter")  # fmt: skip


def lines_of(db, kind: RadarKind, today: dt.date = TODAY, settings=None) -> dict[str, object]:
    """The person name -> line for one kind (each test person has at most one such line)."""
    found = [line for line in radar(db, today, settings, audit=False) if line.kind is kind]
    by_name = {line.person_name: line for line in found}
    assert len(by_name) == len(found)
    return by_name


# -- the empty record, and the audit --------------------------------------------------------


def test_an_empty_record_has_an_empty_radar_and_the_view_is_logged_without_details(db):
    assert radar(db, TODAY) == []
    with db.transaction() as session:
        events = session.execute(
            select(m.AuditEvent.action, m.AuditEvent.service_user_id, m.AuditEvent.details)
        ).all()
    assert [tuple(e) for e in events] == [("radar_view", None, "")]


# -- plans and consents ---------------------------------------------------------------------


def test_plan_revision_shows_from_thirty_days_ahead_and_stays_when_passed(db):
    for name, revision in (("Åse Øvrebø", 30), ("Bjørn Ås", 31), ("Siv Lie", -1), ("Per Eng", 0)):
        add_plan(db, add_user(db, name), active_plan(revision))
    add_plan(db, add_user(db, "Utkast Uten"), IndividualPlan(next_revision=days(-1)))
    lines = lines_of(db, K.PLAN_REVISION)
    assert set(lines) == {"Åse Øvrebø", "Siv Lie", "Per Eng"}
    assert lines["Siv Lie"].severity is S.OVERDUE
    assert lines["Siv Lie"].text == "Revisjonsdatoen 22.11.2026 er passert"
    assert lines["Per Eng"].severity is S.TODAY
    assert (lines["Åse Øvrebø"].severity, lines["Åse Øvrebø"].due) == (S.SOON, days(30))
    assert lines["Åse Øvrebø"].target is Target.PLAN


def test_a_plan_without_consent_shows_unless_the_user_declined_or_it_ended(db):
    add_plan(db, add_user(db, "Åse Utkast"), IndividualPlan())
    add_plan(db, add_user(db, "Bjørn Aktiv"), IndividualPlan(status=PlanStatus.ACTIVE))
    add_plan(db, add_user(db, "Siv Nei"), IndividualPlan(choice=PlanChoice.DECLINES))
    add_plan(db, add_user(db, "Per Slutt"), IndividualPlan(status=PlanStatus.ENDED))
    add_plan(db, add_user(db, "Ola Har"), active_plan())
    lines = lines_of(db, K.PLAN_CONSENT_MISSING)
    assert set(lines) == {"Åse Utkast", "Bjørn Aktiv"}
    assert lines["Bjørn Aktiv"].severity is S.TODAY
    assert lines["Åse Utkast"].severity is S.SOON and lines["Åse Utkast"].due is None


def test_consents_show_thirty_days_before_they_expire_and_stay_when_expired(db):
    plan = active_plan(
        200,
        consent(expires=30),
        consent(ConsentKind.SHARING, "NAV Testvik", expires=31),
        consent(ConsentKind.SHARING, "DPS Fjordby", expires=-1),
        consent(ConsentKind.SHARING, "Fastlegen", expires=0),
    )
    add_plan(db, add_user(db, "Åse Øvrebø"), plan)
    expiring = [
        (line.kind, line.severity, line.text)
        for line in radar(db, TODAY, audit=False)
        if line.kind in (K.CONSENT_EXPIRED, K.CONSENT_EXPIRING, K.CONSENT_FORM_MISSING)
    ]
    assert expiring == [
        (K.CONSENT_EXPIRED, S.OVERDUE,
         "Samtykke til å dele opplysninger med DPS Fjordby gikk ut 22.11.2026"),
        (K.CONSENT_EXPIRING, S.TODAY,
         "Samtykke til å dele opplysninger med Fastlegen går ut 23.11.2026"),
        (K.CONSENT_EXPIRING, S.SOON, "Samtykke til planen går ut 23.12.2026"),
    ]  # fmt: skip


def test_a_renewed_consent_replaces_the_expired_one(db):
    old = consent(ConsentKind.SHARING, "NAV Testvik", given=-400, expires=-10)
    renewed = consent(ConsentKind.SHARING, "nav testvik ", given=-9, expires=356)
    add_plan(db, add_user(db, "Åse Øvrebø"), active_plan(200, consent(), old, renewed))
    assert lines_of(db, K.CONSENT_EXPIRED) == {}


def test_a_consent_whose_signed_form_has_not_come_back_shows(db):
    add_plan(db, add_user(db, "Åse Mangler"), active_plan(200, consent(form=False)))
    add_plan(db, add_user(db, "Bjørn Har"), active_plan(200, consent(form=True)))
    lines = lines_of(db, K.CONSENT_FORM_MISSING)
    assert set(lines) == {"Åse Mangler"}
    assert lines["Åse Mangler"].text == (
        "Samtykke gitt 27.01.2026: det signerte skjemaet er ikke registrert som mottatt"
    )


# -- decisions --------------------------------------------------------------------------------


def test_decisions_show_thirty_days_before_they_end(db):
    for name, valid_to in (("Åse Øvrebø", 30), ("Bjørn Ås", 31), ("Siv Lie", 0), ("Per Eng", None)):
        add_rows(db, decision(add_user(db, name), valid_to))
    lines = lines_of(db, K.DECISION_EXPIRING)
    assert set(lines) == {"Åse Øvrebø", "Siv Lie"}
    assert lines["Åse Øvrebø"].text == "Støttesamtaler, 1,5 t/uke gjelder til 23.12.2026"
    assert lines["Siv Lie"].severity is S.TODAY
    assert lines["Åse Øvrebø"].target is Target.DECISIONS and lines["Åse Øvrebø"].decision_id


def test_a_lapsed_decision_of_an_active_user_never_drops_out_of_sight(db):
    user = add_user(db, "Åse Øvrebø")
    (decision_id,) = add_rows(db, decision(user, -1))
    for later in (TODAY, days(200), days(2000)):
        line = lines_of(db, K.DECISION_EXPIRED, later)["Åse Øvrebø"]
        assert (line.severity, line.decision_id, line.due) == (S.OVERDUE, decision_id, days(-1))
    assert line.text == "Støttesamtaler, 1,5 t/uke gikk ut 22.11.2026, uten nytt vedtak"


def test_a_later_decision_of_the_same_type_takes_over_but_another_type_does_not(db):
    renewed, other = add_user(db, "Åse Fornyet"), add_user(db, "Bjørn Annen")
    add_rows(db, decision(renewed, -1), decision(renewed, 364, start=0))
    add_rows(db, decision(other, -1), decision(other, None, kind="aktivisering"))
    assert set(lines_of(db, K.DECISION_EXPIRED)) == {"Bjørn Annen"}
    assert lines_of(db, K.DECISION_EXPIRING) == {}


def test_a_decision_of_another_type_that_follows_on_takes_over(db):
    """Rask psykisk helsehjelp for three months, then støttesamtaler: nothing has lapsed."""
    user = add_user(db, "Åse Videre")
    rapid = decision(user, -1, kind="rask_psykisk_helsehjelp", start=-90)
    add_rows(db, rapid, decision(user, None, start=0))
    assert lines_of(db, K.DECISION_EXPIRED) == {}


def test_evaluation_dates_show_fourteen_days_ahead_for_running_decisions(db):
    cases = (("Åse Øvrebø", 14, None), ("Bjørn Ås", 15, None), ("Siv Lie", -3, None),
             ("Per Ended", -3, -2), ("Ola Runs", -3, 10))  # fmt: skip
    for name, evaluate, valid_to in cases:
        add_rows(db, decision(add_user(db, name), valid_to, evaluate=evaluate))
    lines = lines_of(db, K.DECISION_EVALUATION)
    assert set(lines) == {"Åse Øvrebø", "Siv Lie", "Ola Runs"}
    assert lines["Siv Lie"].severity is S.OVERDUE
    assert lines["Åse Øvrebø"].text == "Støttesamtaler, 1,5 t/uke: evaluering 07.12.2026"


# -- groups and meetings -----------------------------------------------------------------------


def test_open_action_items_past_their_deadline_show(db):
    group = add_group(db, add_user(db, "Åse Øvrebø"))
    (held,) = add_rows(db, meeting(group, -30, "holdt"))
    items = [
        m.ActionItem(group_id=group, meeting_id=held, what=what, owner_name="NAV-veileder",
                     due_on=days(due), closed_on=closed)
        for what, due, closed in (("Søke om bostøtte", -1, None), ("Ringe fastlegen", 0, None),
                                  ("Kjøpe refleksvest", -5, days(-6)))
    ]  # fmt: skip
    item_id = add_rows(db, *items)[0]
    line = lines_of(db, K.ACTION_ITEM_OVERDUE)["Åse Øvrebø"]
    assert line.text == "«Søke om bostøtte» (NAV-veileder), frist 22.11.2026"
    assert (line.target, line.meeting_id, line.action_item_id) == (Target.GROUP, held, item_id)


def test_planned_meetings_show_up_to_the_horizon_and_a_past_one_lacks_minutes(db):
    groups = {name: add_group(db, add_user(db, name)) for name in
              ("Åse Øvrebø", "Bjørn Ås", "Siv Lie", "Per Eng", "Ola Nord")}  # fmt: skip
    ids = add_rows(db, meeting(groups["Åse Øvrebø"], 7, hour=13), meeting(groups["Bjørn Ås"], 8),
                   meeting(groups["Siv Lie"], 1, "avlyst"), meeting(groups["Per Eng"], -1),
                   meeting(groups["Ola Nord"], -8, "holdt"))  # fmt: skip
    soon = lines_of(db, K.MEETING_SOON)
    assert set(soon) == {"Åse Øvrebø"}
    assert soon["Åse Øvrebø"].text == (
        "Mandag 30.11.2026 kl. 13.00, Møterom Øst, Testvik helsesenter: "
        "innkalling og saksliste kan skrives ut"
    )
    assert (soon["Åse Øvrebø"].severity, soon["Åse Øvrebø"].meeting_id) == (S.THIS_WEEK, ids[0])
    missing = lines_of(db, K.MINUTES_MISSING)
    assert set(missing) == {"Per Eng"} and missing["Per Eng"].severity is S.OVERDUE
    assert missing["Per Eng"].target is Target.MEETING and missing["Per Eng"].meeting_id == ids[3]


def test_a_meeting_today_is_today(db):
    group = add_group(db, add_user(db, "Åse Øvrebø"))
    add_rows(db, meeting(group, 0, hour=8))
    assert lines_of(db, K.MEETING_SOON)["Åse Øvrebø"].severity is S.TODAY


# -- contact, journal drafts and requests -----------------------------------------------------


def test_no_contact_for_six_weeks_shows_and_not_met_is_not_contact(db):
    six, almost, not_met = (add_user(db, n) for n in ("Åse Seks", "Bjørn Nesten", "Siv Borte"))
    add_rows(db, contact(six, -42), contact(almost, -41), contact(not_met, -50),
             contact(not_met, -3, kind="ikke_mott"), contact(almost, -60))  # fmt: skip
    lines = lines_of(db, K.NO_CONTACT)
    assert set(lines) == {"Åse Seks", "Siv Borte"}
    assert lines["Åse Seks"].text == "Siste kontakt 12.10.2026, for 6 uker siden"
    assert lines["Åse Seks"].severity is S.TODAY
    assert lines["Siv Borte"].text == "Siste kontakt 04.10.2026, for 7 uker siden"
    assert (lines["Siv Borte"].severity, lines["Siv Borte"].target) == (S.OVERDUE, Target.RECORD)


def test_a_user_never_contacted_shows_once_six_weeks_have_passed_since_start(db):
    add_user(db, "Åse Ny", start=days(-41))
    add_user(db, "Bjørn Glemt", start=days(-42))
    add_user(db, "Siv Udatert", start=None)  # registered 800 days ago
    lines = lines_of(db, K.NO_CONTACT)
    assert set(lines) == {"Bjørn Glemt", "Siv Udatert"}
    assert lines["Bjørn Glemt"].text == "Ingen kontakt registrert siden start 12.10.2026"


def test_unsigned_drafts_show_today_and_overdue_from_tomorrow(db):
    user = add_user(db, "Åse Øvrebø")
    old, new, _ = add_rows(db, contact(user, -2, "hjemmebesok", signed=False),
                           contact(user, 0, signed=False), contact(user, -1))  # fmt: skip
    lines = [line for line in radar(db, TODAY, audit=False) if line.kind is K.JOURNAL_DRAFT]
    assert [(line.entry_id, line.severity, line.target) for line in lines] == [
        (old, S.OVERDUE, Target.JOURNAL), (new, S.TODAY, Target.JOURNAL)
    ]  # fmt: skip
    assert lines[0].text == "Hjemmebesøk 21.11.2026: notatet er ikke signert"


def test_requests_without_decision_show_from_anyone_even_unregistered_or_closed(db):
    closed = add_user(db, "Per Avsluttet", closed=True)
    known = add_user(db, "Åse Øvrebø")
    ids = add_rows(db, request(None, -10, urgency="haster"), request(closed, -3),
                   request(known, -20, decided=-2), request(known, -1))  # fmt: skip
    lines = [line for line in radar(db, TODAY, audit=False) if line.kind is K.REQUEST_UNDECIDED]
    assert [(line.request_id, line.person_name, line.severity) for line in lines] == [
        (ids[0], None, S.TODAY), (ids[1], "Per Avsluttet", S.THIS_WEEK),
        (ids[3], "Åse Øvrebø", S.THIS_WEEK),
    ]  # fmt: skip
    assert lines[0].text == "Mottatt 13.11.2026 fra Fastlegen, 10 dager uten avgjørelse (haster)"
    assert lines[0].service_user_id is None and lines[0].target is Target.REQUESTS


def test_a_request_age_threshold_leaves_out_the_newest(db):
    add_rows(db, request(None, -13), request(None, -14))
    found = lines_of(db, K.REQUEST_UNDECIDED, settings=Settings(request_age_days=14))
    assert [line.due for line in found.values()] == [days(-14)]


# -- across the kinds -------------------------------------------------------------------------


def test_a_closed_user_appears_nowhere(db):
    user = add_user(db, "Per Avsluttet", closed=True)
    add_plan(db, user, active_plan(-5, consent(expires=-1, form=False)))
    group = add_group(db, user)
    (held,) = add_rows(db, meeting(group, -30, "holdt"), meeting(group, 2), meeting(group, -2))[:1]
    add_rows(db, decision(user, -1, evaluate=-1), contact(user, -90, signed=False),
             m.ActionItem(group_id=group, meeting_id=held, what="Ringe", owner_name="NAV",
                          due_on=days(-3)))  # fmt: skip
    assert radar(db, TODAY) == []


def test_settings_saved_by_the_nurse_change_the_radar(db):
    user = add_user(db, "Åse Øvrebø")
    add_rows(db, contact(user, -49), decision(user, 40))
    add_plan(db, user, active_plan(45))
    kinds = {line.kind for line in radar(db, TODAY)}
    assert K.NO_CONTACT in kinds and K.DECISION_EXPIRING not in kinds
    save_settings(db, {"no_contact_weeks": 8, "decision_expiry_days": 40, "plan_revision_days": 45})
    kinds = {line.kind for line in radar(db, TODAY)}
    assert K.NO_CONTACT not in kinds
    assert {K.DECISION_EXPIRING, K.PLAN_REVISION} <= kinds


def test_lines_come_overdue_first_then_by_date(db):
    user = add_user(db, "Åse Øvrebø", start=days(-10))
    add_plan(db, user, active_plan(-3, consent(expires=20)))
    add_rows(db, decision(user, 3), decision(user, -30, kind="aktivisering"),
             contact(user, 0, signed=False), request(user, -4))  # fmt: skip
    lines = radar(db, TODAY, audit=False)
    assert [(line.severity, line.due) for line in lines] == [
        (S.OVERDUE, days(-30)), (S.OVERDUE, days(-3)), (S.TODAY, days(0)),
        (S.THIS_WEEK, days(-4)), (S.THIS_WEEK, days(3)), (S.SOON, days(20)),
    ]  # fmt: skip


def test_the_number_of_queries_does_not_grow_with_the_number_of_users(db):
    counts = [_statements(db, lambda: radar(db, TODAY))]
    for round_ in range(2):
        for index in range(1 if round_ == 0 else 15):
            _troubled_user(db, f"Bruker{round_}-{index} Test")
        counts.append(_statements(db, lambda: radar(db, TODAY)))
    # 14: the consent list is read twice (plans; members whose consent lapses before a meeting)
    assert counts[0] == counts[1] == counts[2] <= 14
    lines = radar(db, TODAY)
    per_user = set(RadarKind) - {RadarKind.BACKUP_DUE}  # once per record: test_radar_backup.py
    assert {line.kind for line in lines} == per_user
    # both users of a pair have no contact; the sister's consent also gives a "går ut" line
    assert len(lines) == 16 * (len(per_user) + 2)


def _troubled_user(db, name: str) -> None:
    """One active user who gives every kind of line, and one with a draft plan and no consent."""
    user = add_user(db, name)
    add_plan(db, user, active_plan(-1, consent(expires=5, form=False),
                                   consent(ConsentKind.SHARING, "NAV", expires=-1)))  # fmt: skip
    group = add_group(db, user)
    (held, soon, _) = add_rows(db, meeting(group, -30, "holdt"), meeting(group, 2),
                               meeting(group, -2))  # fmt: skip
    _invite_with_lapsing_consent(db, user, group, soon)
    add_rows(db, decision(user, -1), decision(user, None, kind="aktivisering", evaluate=3),
             decision(user, 10, kind="rustjeneste"),
             contact(user, -90, signed=False), request(user, -5),
             m.ActionItem(group_id=group, meeting_id=held, what="Ringe", owner_name="NAV",
                          due_on=days(-3)))  # fmt: skip
    add_plan(db, add_user(db, name + "sen"), IndividualPlan())


def _invite_with_lapsing_consent(db, user: int, group: int, meeting_id: int) -> None:
    """The sister is invited to the meeting in two days; her consent ends tomorrow."""
    (kin,) = add_rows(db, m.NextOfKin(service_user_id=user, name="Åsne Søster", relation="søster"))
    (member,) = add_rows(db, m.GroupMember(group_id=group, kind="parorende", next_of_kin_id=kin,
                                           role="Pårørende", active_from=LONG_AGO))  # fmt: skip
    consent = m.ConsentEntry(
        service_user_id=user, kind="deling", participant="Åsne Søster", next_of_kin_id=kin,
        given_on=days(-100), expires_on=days(1),
    )  # fmt: skip
    add_rows(db, m.MeetingInvitee(meeting_id=meeting_id, member_id=member), consent)


def test_a_consent_that_lapses_before_the_meeting_is_warned_about(db):
    user = add_user(db, "Åse Møte")
    group = add_group(db, user)
    (soon, later) = add_rows(db, meeting(group, 2), meeting(group, 30))
    _invite_with_lapsing_consent(db, user, group, soon)
    line = lines_of(db, K.CONSENT_LAPSES_BEFORE_MEETING)["Åse Møte"]
    assert line.meeting_id == soon and line.target is Target.GROUP
    assert line.text == (
        f"Samtykket for Åsne Søster gjelder til {days(1):%d.%m.%Y}, møtet er "
        f"{days(2):%d.%m.%Y}: fornye det, ellers får Åsne Søster bare tid og sted, "
        "verken saksliste eller referat"
    )


def _statements(db, action) -> int:
    seen = []

    def count(*args):
        seen.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(seen)

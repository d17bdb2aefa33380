"""The aggregate figures and the per-person list on dated synthetic data (tests/report_helpers)."""

import datetime as dt
import random
from decimal import Decimal

import pytest
from tests.report_helpers import YEAR_2024, insert_report_data

from psykhelse_desktop.domain import municipal_figures as mf
from psykhelse_desktop.domain.errors import UserError, ValidationFailed
from psykhelse_desktop.services.reports.municipal_report import aggregate_report
from psykhelse_desktop.services.reports.person_report import person_report


@pytest.fixture
def data(db):
    return insert_report_data(db)


def _table(report, table: str) -> dict[tuple[str, str], object]:
    return {(f.group, f.measure): f.value for f in report.figures if f.table == table}


def test_users_in_the_period_with_small_counts_suppressed(db, data):
    users = _table(aggregate_report(db, *YEAR_2024), mf.USERS)
    assert users == {
        ("Alle", "Med vedtak i perioden"): 14,
        # 11 is hidden: otherwise 14 - 11 would reveal the 3 who ended.
        ("Alle", "Med tjenester ved periodens slutt"): "skjult",
        ("Alle", "Avsluttet i perioden"): "<5",
        ("Alle", "Nye i perioden"): "<5",
        ("Alle", "Med rask psykisk helsehjelp"): "<5",
    }


def test_by_service_type_and_year(db, data):
    table = _table(aggregate_report(db, dt.date(2023, 7, 1), dt.date(2024, 12, 31)),
                   mf.BY_TYPE_AND_YEAR)  # fmt: skip
    assert table[("2023", "Hjemmebaserte tjenester")] == 6
    assert table[("2023", "Rustjeneste")] == 5
    assert table[("2023", "Støttesamtaler")] == "<5"  # "Tidligere", to 31.12.2023
    assert table[("2023", "Rask psykisk helsehjelp")] == 0
    assert table[("2023", "Alle tjenestetyper")] == 12
    assert table[("2024", "Rask psykisk helsehjelp")] == "<5"
    assert table[("2024", "Alle tjenestetyper")] == 14
    assert table[("2024", "Aktivisering og dagtilbud")] == 0
    assert len(table) == 2 * 8  # every type in every year, even at 0


def test_by_age_and_category_with_secondary_suppression(db, data):
    table = _table(aggregate_report(db, *YEAR_2024), mf.BY_AGE_AND_CATEGORY)
    assert table[("18–29 år", "Psykisk helse")] == "<5"
    assert table[("18–29 år", "I alt")] == "<5"
    # 9 psykisk helse in all: 30–49 must be hidden too, or 9 - 6 gives the 3 away.
    assert table[("30–49 år", "Psykisk helse")] == "skjult"
    assert table[("30–49 år", "I alt")] == "skjult"
    assert table[("Alle aldre", "Psykisk helse")] == 9
    assert table[("50–66 år", "Rus")] == 5  # born 29.02.1960: 64 on 31.12.2024
    assert table[("Alle aldre", "Rus")] == 5
    assert table[("Alle aldre", "ROP")] == 0
    assert table[("Alle aldre", "I alt")] == 14
    assert table[("Ukjent alder", "I alt")] == 0
    assert table[("67 år og eldre", "I alt")] == 0


def test_plan_coordinator_group_and_meetings(db, data):
    assert _table(aggregate_report(db, *YEAR_2024), mf.FOLLOW_UP) == {
        ("Alle", "Med individuell plan"): "<5",  # 1 active; the draft is not counted
        ("Alle", "Med koordinator"): 6,
        ("Alle", "Med ansvarsgruppe"): "<5",
        ("Alle", "Ansvarsgruppemøter holdt"): "<5",
    }


def test_granted_hours_at_the_end_are_decimal_numbers(db, data):
    table = _table(aggregate_report(db, *YEAR_2024), mf.HOURS)
    assert table[("Hjemmebaserte tjenester", "Timer per uke")] == Decimal("15.00")
    assert table[("Rustjeneste", "Timer per uke")] == Decimal("15.00")
    assert table[("Rask psykisk helsehjelp", "Tjenestemottakere")] == 0  # ended 31.05
    assert table[("Alle tjenestetyper", "Timer per uke")] == Decimal("30.00")
    # The same 11 as "still served at the end" in the first table: hidden there, so here too.
    assert table[("Alle tjenestetyper", "Tjenestemottakere")] == "skjult"


def test_journal_and_low_threshold_contacts(db, data):
    report = aggregate_report(db, *YEAR_2024)
    contacts = _table(report, mf.CONTACTS)
    assert contacts[("Samtale", "Kontakter")] == 12  # not the 2023 one, not the correction
    assert contacts[("Telefon", "Kontakter")] == "<5"
    assert contacts[("Hjemmebesøk", "Kontakter")] == "skjult"  # 21 - 12 - 6 would give 3
    assert contacts[("Alle", "Kontakter")] == 21
    assert contacts[("Alle", "Tjenestemottakere med kontakt")] == 9
    assert _table(report, mf.LOW_THRESHOLD) == {
        ("Alle", "Kontakter"): 7,
        ("Alle", "Registrerte personer"): "<5",
    }


def test_requests_and_waiting_days_with_rapid_help_apart(db, data):
    table = _table(aggregate_report(db, *YEAR_2024), mf.REQUESTS)
    assert table[("Alle", "Mottatt i perioden")] == 9
    assert table[("Alle", "Avgjort i perioden")] == 8
    assert table[("Alle", "Startet i perioden")] == 8
    assert table[("Alle", "Ventetid i dager, median")] == Decimal("15.0")
    assert table[("Alle", "Ventetid i dager, gjennomsnitt")] == Decimal("20.9")
    assert table[("Rask psykisk helsehjelp", "Startet i perioden")] == "<5"
    assert table[("Rask psykisk helsehjelp", "Ventetid i dager, median")] == "skjult"
    assert table[("Andre tjenester", "Startet i perioden")] == "skjult"
    # its count is hidden, so its waiting days go too: else the mean of the one person with
    # rapid help could be worked out from the total's mean
    assert table[("Andre tjenester", "Ventetid i dager, median")] == "skjult"
    assert table[("Andre tjenester", "Ventetid i dager, gjennomsnitt")] == "skjult"


def test_threshold_is_a_parameter(db, data):
    plain = _table(aggregate_report(db, *YEAR_2024, threshold=1), mf.USERS)
    assert plain[("Alle", "Avsluttet i perioden")] == 3
    assert plain[("Alle", "Med tjenester ved periodens slutt")] == 11
    strict = _table(aggregate_report(db, *YEAR_2024, threshold=7), mf.USERS)
    assert strict[("Alle", "Nye i perioden")] == "<7"
    assert strict[("Alle", "Med vedtak i perioden")] == 14


def test_rows_carry_the_period_and_table_in_order(db, data):
    rows = aggregate_report(db, *YEAR_2024).rows()
    assert rows[0] == (*YEAR_2024, mf.USERS, "Alle", "Med vedtak i perioden", 14)
    tables = list(dict.fromkeys(row[2] for row in rows))
    assert tables == [mf.USERS, mf.BY_TYPE_AND_YEAR, mf.BY_AGE_AND_CATEGORY, mf.FOLLOW_UP,
                      mf.HOURS, mf.CONTACTS, mf.LOW_THRESHOLD, mf.REQUESTS]  # fmt: skip


def test_dates_in_the_wrong_order_are_refused_plainly(db, data):
    with pytest.raises(ValidationFailed) as caught:
        aggregate_report(db, dt.date(2024, 12, 31), dt.date(2024, 1, 1))
    assert set(caught.value.errors) == {"from"}
    assert "Fra-datoen (31.12.2024) er etter til-datoen (01.01.2024)" in caught.value.message
    with pytest.raises(ValidationFailed):
        person_report(db, dt.date(2024, 12, 31), dt.date(2024, 1, 1))


def test_a_period_with_no_data_is_a_plain_message(db, data):
    with pytest.raises(UserError, match=r"ingen vedtak.*i perioden 01\.01\.2019–31\.12\.2019"):
        aggregate_report(db, dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    with pytest.raises(UserError, match="ingen tjenestemottakere med vedtak i perioden"):
        person_report(db, dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_person_list_is_pseudonymised_by_default(db, data):
    report = person_report(db, *YEAR_2024, rng=random.Random(7))
    assert report.header == mf.PERSON_HEADER
    assert [r[0] for r in report.rows] == [f"P{n:03d}" for n in range(1, 15)]
    text = repr(report.rows)
    assert "Hjemmesen" not in text and "Åse" not in text and "1990" not in text
    home = [r for r in report.rows if r[3] == "Hjemmebaserte tjenester"]
    assert len(home) == 6
    assert {r[1:3] for r in home} == {("30–49 år", "Psykisk helse")}
    assert {r[4] for r in home} == {Decimal("2.50")}
    assert sorted(r[8] for r in home) == [3, 3, 3, 3, 3, 5]  # + 2 low-threshold for one
    assert sorted(r[5:8] for r in home)[-1] == (True, True, True)
    rapid = [r for r in report.rows if r[3] == "Rask psykisk helsehjelp"]
    assert {r[4] for r in rapid} == {Decimal("0.00")} and {r[1] for r in rapid} == {"18–29 år"}


def test_pseudonyms_do_not_link_two_exports(db, data):
    def pseudonyms(seed: int) -> dict[int, str]:
        report = person_report(db, *YEAR_2024, rng=random.Random(seed))
        return {user_id: row[0] for user_id, row in zip(report.user_ids, report.rows, strict=True)}

    first, second = pseudonyms(1), pseudonyms(2)
    assert first.keys() == second.keys() and len(first) == 14
    assert sum(first[u] != second[u] for u in first) >= 10
    assert sorted(first.values()) == sorted(second.values())  # P001..P014 both times


def test_identity_only_when_asked_for(db, data):
    report = person_report(db, *YEAR_2024, include_identity=True, rng=random.Random(1))
    assert report.header[:5] == ("Pseudonym", "Etternavn", "Fornavn", "Fødselsnummer",
                                 "Fødselsdato")  # fmt: skip
    first = report.rows[0]
    assert first[1:3] == ("Hjemmesen", "Åse 1")
    assert first[3][6] == " " and len(first[3]) == 12  # "ddmmåå nnnnn" keeps a leading zero
    assert first[4] == dt.date(1990, 6, 15)
    assert [r[1] for r in report.rows] == sorted(r[1] for r in report.rows)

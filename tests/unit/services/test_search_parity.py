"""The same searches over the same synthetic corpus find the same people and entries on the
encrypted file (FTS5, LIKE) and on PostgreSQL (tsvector, LIKE): æøå folding, "aa" = "å",
accents, prefixes, every word required, punctuation that is no word."""

from __future__ import annotations

import datetime as dt

import pytest

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.records import service_users

PEOPLE = (
    ("Åse", "Øvrebø", "912 34 567"), ("Per", "Aasen", ""), ("Ærlig", "Bråten", ""),
    ("Håkon", "Haaland", "40 00 00 01"), ("Zoë", "Müller-Ødegård", ""), ("Siv", "Sæther", ""),
)  # fmt: skip
TEXTS = (
    "Besøk hos søsteren på Øvrebø. Søvn bedre.",
    "Tur til Åsen med Haaland-gjengen; e-post til kari@testvik.kommune.no.",
    "Hjemmebesøk på Ørnes. Bo- og veiledning (BOV), 2×30 min.",
    "ÆRLIG SAMTALE om rus/alkohol – «tunge dager» … men håp.",
    "Café-besøk med Zoë; kaffe på Kafé Ödegården, 10:30–11:15.",
    "Aalesund, Ålesund og aale: samme sted? Søsteren ringte tilbake.",
    "Møte med NAV/fastlege_ansvar; ansvarsgruppe 3. desember.",
    "Ingen treff her: bare vanlig tekst om været.",
)
JOURNAL_QUERIES = (
    "øvrebø", "ØVRE", "ovre", "søst", "aasen", "åsen", "Haaland", "håland", "ørnes", "orne",
    "ærlig samtale", "ÆRL", "cafe", "kafe", "zoe", "ödeg", "ødeg", "kari", "testvik kommune",
    "e post", "bo veiledning", "2", "30 min", "ålesund", "aalesund", "aale", "nav fastlege",
    "ansvar", "fastlege_ansvar", "desember 3", "rebø", "søvn bror", "tunge", "håp", "«tunge»",
    "11 15", "møte", "mote", "vær", "ingen treff",
)  # fmt: skip
USER_QUERIES = (
    "øvrebø", "ovre", "aasen", "åsen", "Haaland", "håland", "bråten", "braaten", "zoë", "zoe",
    "müller", "odegard", "ødegård", "sæther", "saether", "912 34 567", "91234567", "40000001",
    "per", "å", "aa", "e", "ler-ø",
)  # fmt: skip


def _fill(db) -> None:
    users = [service_users.create(db, ServiceUserForm(first, last, birth_date=dt.date(1980, 1, 1),
                                                      phone=phone))
             for first, last, phone in PEOPLE]  # fmt: skip
    for number, text in enumerate(TEXTS):
        at = dt.datetime(2026, 11, 1 + number, 10, 30)
        form = JournalForm(at, JournalKind.CONVERSATION, 30, text)
        entry = journal.create_draft(db, users[number % len(users)], form, now=at)
        if number % 3:
            journal.sign(db, entry, version=1)


def _journal_hits(db, query: str) -> list[tuple[str, str]]:
    return [(h.person_name, h.snippet) for h in journal.search(db, query)]


def _user_hits(db, query: str) -> list[str]:
    ids = service_users.search_ids(db, query)
    return [row.full_name for row in service_users.rows_for_ids(db, ids)]


@pytest.fixture
def filled(both_records):
    for db in both_records:
        _fill(db)
    return both_records


def test_journal_search_finds_the_same_on_both_backends(filled):
    on_file, on_server = filled
    found_any = 0
    for query in JOURNAL_QUERIES:
        expected = _journal_hits(on_file, query)
        assert _journal_hits(on_server, query) == expected, query
        found_any += bool(expected)
    assert found_any >= len(JOURNAL_QUERIES) - 6  # the corpus really answers most of them


def test_user_search_finds_the_same_on_both_backends(filled):
    on_file, on_server = filled
    for query in USER_QUERIES:
        expected = _user_hits(on_file, query)
        assert _user_hits(on_server, query) == expected, query
    assert _user_hits(on_server, "aasen") == ["Per Aasen"]


@pytest.mark.parametrize(
    "text",
    ["ØVRE Øvrebø", "Aasen og AAsen", "Haaland", "ÄÖ äö", "Café", "Zoë Müller-Ødegård",
     "Straße", "Čáđa Ŋuolja", "Ǿ", "ÅSE", "naïve façade", "Åse-Marie 2×30 «x»", ""],
)  # fmt: skip
def test_the_servers_folding_is_the_programs(both_records, text):
    from sqlalchemy import text as sql

    from psykhelse_desktop.domain.text import fold

    with both_records[1].engine.connect() as conn:
        folded = conn.execute(sql("SELECT psykhelse_fold(:t)"), {"t": text}).scalar_one()
    assert folded == fold(text)

"""The journal extract read back from the PDF: signed entries, addenda under the original,
drafts left out and counted, æøå, and the shared header and footer on every page."""

import datetime as dt

import pytest
from sqlalchemy import select

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.errors import ValidationFailed
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.plan_vocabulary import CONFIDENTIAL
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.printing.journal_documents import print_journal_extract
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage import daily_models as dm
from psykhelse_desktop.storage import models as m

from .conftest import page_count, pdf_text

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 16, 0)
FIRST, LAST = dt.date(2026, 10, 1), dt.date(2026, 11, 23)
LONG = "Tema: søvn, angst og økonomi. Åse forteller at hun våkner tidlig og grubler. " * 9


@pytest.fixture
def user(db) -> int:
    return service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7))
    )


def _entry(db, user, day: int, text: str, *, sign=True, kind=JournalKind.CONVERSATION, minutes=45):
    form = JournalForm(dt.datetime(2026, 11, day, 13, 30), kind, minutes, text)
    entry_id = journal.create_draft(db, user, form, now=NOW)
    if sign:
        journal.sign(db, entry_id, version=1)
    return entry_id


def _print(db, user, tmp_path, first=FIRST, last=LAST):
    return print_journal_extract(db, user, first, last, tmp_path / "utdrag.pdf", today=TODAY)


def _text(path) -> str:
    return " ".join(pdf_text(path).split())


def test_signed_entries_oldest_first_with_addenda_and_drafts_left_out(db, user, tmp_path):
    visit = "Hjemmebesøk på Ørnes. Vurdering: stabil."
    first = _entry(db, user, 3, visit, kind=JournalKind.HOME_VISIT, minutes=90)
    _entry(db, user, 17, "Tema: økonomi og regninger fra NAV.")
    _entry(db, user, 20, "Utkast om søsteren på Bø.", sign=False)
    _entry(db, user, 21, "Ikke signert ennå.", sign=False)
    journal.add_addendum(db, first, "Retting: besøket var på Øvrebø, ikke på Ørnes.")
    text = _text(_print(db, user, tmp_path))
    assert "tirsdag 03.11.2026 kl. 13.30 · Hjemmebesøk · 1 t 30 min" in text
    assert "tirsdag 17.11.2026 kl. 13.30 · Samtale · 45 min" in text
    assert text.index("03.11.2026 kl. 13.30") < text.index("17.11.2026 kl. 13.30")
    original = text.index("Hjemmebesøk på Ørnes")
    addendum = text.index("Tillegg (retting): skrevet og signert av Kari Testesen")
    assert original < addendum < text.index("Tema: økonomi")
    assert "Retting: besøket var på Øvrebø, ikke på Ørnes." in text
    assert "Signert av Kari Testesen" in text and "Skrevet av Kari Testesen" in text
    assert "søsteren på Bø" not in text and "Ikke signert ennå" not in text
    assert "2 usignerte utkast er ikke med" in text
    assert "2 signerte journalnotater, eldste først; 1 med tillegg (retting)." in text
    assert "Periode 01.10.2026–23.11.2026" in text


def test_every_page_has_the_header_the_marking_and_page_numbers(db, user, tmp_path):
    for day in range(1, 21):
        _entry(db, user, day, LONG)
    path = _print(db, user, tmp_path)
    pages = page_count(path)
    assert pages >= 3
    for number in range(1, pages + 1):
        page = " ".join(pdf_text(path, number).split())
        assert f"Side {number} av {pages}" in page
        assert CONFIDENTIAL in page
        assert "Journalutdrag: Åse Øvrebø, født 07.03.1984" in page
        assert "skrevet ut 23.11.2026" in page
    assert "Ingen usignerte utkast i perioden." in _text(path)


def test_only_the_period_is_printed_and_an_empty_period_says_so(db, user, tmp_path):
    _entry(db, user, 3, "Tidlig i november.")
    text = _text(_print(db, user, tmp_path, dt.date(2026, 11, 10), LAST))
    assert "Ingen signerte journalnotater i perioden." in text
    assert "Tidlig i november" not in text and "Side 1 av 1" in text
    with pytest.raises(ValidationFailed, match="slutt er før starten"):
        _print(db, user, tmp_path, LAST, FIRST)


def test_printing_is_in_the_person_log_and_the_ledger(db, user, tmp_path):
    _entry(db, user, 3, "Samtale.")
    path = _print(db, user, tmp_path)
    with db.transaction() as session:
        [row] = session.scalars(select(dm.LedgerEntry)).all()
    assert (row.service_user_id, row.file_name) == (user, str(path.resolve()))
    assert row.what == "Journalutdrag 01.10.2026–23.11.2026, 1 notat"
    with db.transaction() as session:
        actions = session.scalars(
            select(m.AuditEvent.details).where(m.AuditEvent.action == "journal_print")
        ).all()
    assert actions == ["Periode 01.10.2026–23.11.2026"]

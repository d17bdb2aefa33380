"""The contact journal: drafts change, signed entries never do, addenda keep the original,
search folds Norwegian letters and survives any input, and every read and change is logged."""

import datetime as dt

import pytest
from sqlalchemy import select, text

from psykhelse_desktop.domain.daily_vocabulary import JournalKind
from psykhelse_desktop.domain.errors import NotFound, UserError, ValidationFailed
from psykhelse_desktop.domain.journal import JournalForm
from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.daily import journal
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.storage import daily_models as dm
from psykhelse_desktop.storage import models as m

NOW = dt.datetime(2026, 11, 23, 15, 0)


@pytest.fixture
def user(db) -> int:
    return service_users.create(
        db, ServiceUserForm("Åse", "Øvrebø", birth_date=dt.date(1984, 3, 7))
    )


def _form(text: str = "Tema: søvn.\nVurdering: roligere.", day: int = 20, **more) -> JournalForm:
    at = dt.datetime(2026, 11, day, 10, 30)
    return JournalForm(
        at, more.get("kind", JournalKind.CONVERSATION), more.get("minutes", 45), text
    )


def _draft(db, user, text: str = "Tema: søvn.", day: int = 20, **more) -> int:
    return journal.create_draft(db, user, _form(text, day, **more), now=NOW)


def _signed(db, user, text: str = "Tema: søvn.", day: int = 20, **more) -> int:
    entry_id = _draft(db, user, text, day, **more)
    journal.sign(db, entry_id, version=1)
    return entry_id


def _stored(db, entry_id: int) -> tuple:
    with db.transaction() as session:
        row = session.get(dm.JournalEntry, entry_id)
        return (row.text, row.kind, row.duration_minutes, row.occurred_at, row.updated_at)


def _actions(db, user_id: int) -> list[str]:
    with db.transaction() as session:
        statement = select(m.AuditEvent.action).where(m.AuditEvent.service_user_id == user_id)
        return list(session.scalars(statement.order_by(m.AuditEvent.id)))


def test_a_draft_can_be_edited_and_is_listed_until_signed(db, user):
    entry_id = _draft(db, user)
    form = _form("Tema: økonomi.", minutes=30)
    changed = journal.update_draft(db, entry_id, form, version=1, now=NOW)
    assert (changed.text, changed.duration_minutes, changed.is_signed) == (
        "Tema: økonomi.",
        30,
        False,
    )
    assert [d.id for d in journal.drafts(db)] == [entry_id]
    assert journal.drafts(db)[0].person_name == "Åse Øvrebø"
    signed = journal.sign(db, entry_id, version=changed.version)
    assert signed.signed_by == "Kari Testesen" and signed.signed_at is not None
    assert journal.drafts(db) == []


def test_a_signed_entry_cannot_be_edited_and_stays_as_it_was(db, user):
    entry_id = _signed(db, user)
    before = _stored(db, entry_id)
    with pytest.raises(UserError) as refused:
        journal.update_draft(db, entry_id, _form("Noe annet."), version=2, now=NOW)
    assert type(refused.value) is UserError
    assert refused.value.message == journal.SIGNED_MESSAGE
    assert "Skriv et tillegg (retting)" in refused.value.message
    assert _stored(db, entry_id) == before
    with pytest.raises(UserError, match="kan ikke endres eller slettes"):
        journal.delete_draft(db, entry_id, version=2)
    with pytest.raises(UserError, match="allerede signert"):
        journal.sign(db, entry_id, version=2)
    assert _stored(db, entry_id) == before


def test_invalid_input_is_refused_with_field_messages(db, user):
    with pytest.raises(ValidationFailed) as failed:
        journal.create_draft(db, user, JournalForm(NOW + dt.timedelta(days=2), text=""), now=NOW)
    assert set(failed.value.errors) == {"text", "occurred_at"}
    with pytest.raises(NotFound):
        journal.create_draft(db, 999, _form(), now=NOW)


def test_a_draft_can_be_deleted_and_leaves_the_search(db, user):
    entry_id = _draft(db, user, "Hjemmebesøk på Ørnes.")
    assert journal.search(db, "ørnes")
    journal.delete_draft(db, entry_id, version=1)
    assert journal.search(db, "ørnes") == []
    assert journal.entries_for_user(db, user) == []
    with pytest.raises(NotFound):
        journal.sign(db, entry_id, version=1)


def test_an_addendum_keeps_the_original_and_shows_under_it(db, user):
    entry_id = _signed(db, user, "Samtale på kontoret.")
    before = _stored(db, entry_id)
    addendum_id = journal.add_addendum(db, entry_id, "Retting: samtalen var på Ørnes.")
    assert _stored(db, entry_id) == before
    [entry] = journal.entries_for_user(db, user)
    assert entry.text == "Samtale på kontoret."
    [addendum] = entry.addenda
    assert (addendum.id, addendum.addendum_to_id, addendum.is_signed) == (
        addendum_id,
        entry_id,
        True,
    )
    assert addendum.occurred_at == entry.occurred_at and addendum.signed_by == "Kari Testesen"
    again = journal.add_addendum(db, addendum_id, "Tillegg: fastlegen er orientert.")
    assert [a.id for a in journal.get_entry(db, entry_id).addenda] == [addendum_id, again]


def test_a_draft_is_corrected_directly_not_by_addendum(db, user):
    entry_id = _draft(db, user)
    with pytest.raises(UserError, match="Rett utkastet direkte"):
        journal.add_addendum(db, entry_id, "Retting.")
    with pytest.raises(ValidationFailed):
        journal.add_addendum(db, _signed(db, user), "  ")


def test_the_database_itself_refuses_to_change_a_signed_entry(db, user):
    entry_id = _signed(db, user)
    with pytest.raises(Exception, match="cannot change"), db.transaction() as session:
        session.execute(text("UPDATE journal_entry SET text = 'x' WHERE id = :i"), {"i": entry_id})


def test_entries_newest_first_within_the_period(db, user):
    ids = [_signed(db, user, f"Samtale {day}.", day) for day in (3, 10, 17)]
    entries = journal.entries_for_user(db, user)
    assert [e.id for e in entries] == ids[::-1]
    period = journal.entries_for_user(db, user, dt.date(2026, 11, 10), dt.date(2026, 11, 17))
    assert [e.text for e in period] == ["Samtale 17.", "Samtale 10."]
    assert journal.entries_for_user(db, user, last=dt.date(2026, 11, 9))[0].id == ids[0]


@pytest.mark.parametrize(
    ("typed", "found"),
    [("øvre", "Øvrebø"), ("ØVRE", "Øvrebø"), ("aasen", "Åsen"), ("åse", "Åsen"),
     ("haal", "Haaland"), ("ørn", "Ørnes"), ("bo veil", "Bo og veiledning")],
)  # fmt: skip
def test_search_folds_norwegian_letters_and_matches_word_prefixes(db, user, typed, found):
    _signed(db, user, "Besøk hos søsteren på Øvrebø.", 3)
    _signed(db, user, "Tur til Åsen med Haaland-gjengen.", 4)
    _draft(db, user, "Hjemmebesøk på Ørnes. Bo og veiledning.", 5)
    hits = journal.search(db, typed)
    assert hits and all(found.split()[0] in h.snippet for h in hits)
    assert hits[0].person_name == "Åse Øvrebø"


def test_search_matches_the_start_of_words_only_and_every_word(db, user):
    _signed(db, user, "Besøk hos søsteren på Øvrebø.")
    assert journal.search(db, "rebø") == []
    assert journal.search(db, "øvrebø søst")
    assert journal.search(db, "øvrebø bror") == []


@pytest.mark.parametrize(
    "typed",
    ['"', '"øvre', "øvre*", "*", "øvre AND", "AND", "OR NOT", "NEAR(øvre søster, 2)",
     "body:øvre", "^øvre", "øvre -søster", "(((", "'; DROP TABLE journal_entry; --", "", "  ",
     "a", "{øvre}", "øvre + søster", "_"],
)  # fmt: skip
def test_search_never_breaks_on_what_she_types(db, user, typed):
    _signed(db, user, "Besøk hos søsteren på Øvrebø.")
    hits = journal.search(db, typed)
    assert isinstance(hits, list)
    assert journal.search(db, "øvrebø")  # the table is still there


def test_search_results_are_newest_first_with_a_snippet_and_limited(db, user):
    other = service_users.create(
        db, ServiceUserForm("Per", "Aasen", birth_date=dt.date(1970, 1, 1))
    )
    for day in range(1, 13):
        _signed(db, user if day % 2 else other, ("Fyll. " * 40) + f"Søvn dag {day}.", day)
    hits = journal.search(db, "søvn", limit=5)
    assert [h.occurred_at.day for h in hits] == [12, 11, 10, 9, 8]
    assert {h.person_name for h in hits} == {"Åse Øvrebø", "Per Aasen"}
    assert hits[0].snippet.startswith("…") and "Søvn dag 12." in hits[0].snippet
    assert len(hits[0].snippet) < 220 and hits[0].kind is JournalKind.CONVERSATION


def test_search_takes_the_latest_written_matches_and_shows_them_by_time_of_contact(db, user):
    for day in (5, 1, 3):  # written in this order: a late note about the 1st, then the 3rd
        _signed(db, user, f"Søvn, dag {day}.", day)
    assert [h.occurred_at.day for h in journal.search(db, "søvn", limit=2)] == [3, 1]
    assert [h.occurred_at.day for h in journal.search(db, "søvn")] == [5, 3, 1]


def test_last_contact_ignores_no_shows(db, user):
    _signed(db, user, "Samtale.", 10)
    _signed(db, user, "Møtte ikke.", 17, kind=JournalKind.NOT_MET)
    assert journal.last_contact_dates(db) == {user: dt.date(2026, 11, 10)}


def test_every_change_and_every_read_is_in_the_audit_log(db, user):
    entry_id = _draft(db, user)
    journal.update_draft(db, entry_id, _form("Tema: økonomi."), version=1, now=NOW)
    journal.sign(db, entry_id, version=2)
    journal.add_addendum(db, entry_id, "Retting: dato.")
    journal.entries_for_user(db, user)
    journal.get_entry(db, entry_id)
    journal.search(db, "økonomi")
    _draft(db, user, "Slettes.", 21)
    journal.delete_draft(db, journal.drafts(db)[0].id, version=1)
    assert _actions(db, user)[1:] == [
        "journal_draft", "journal_draft_update", "journal_sign", "journal_addendum",
        "journal_read", "journal_read", "journal_search", "journal_draft", "journal_draft_delete",
    ]  # fmt: skip


def test_reads_are_logged_but_not_listed_as_changes(db, user):
    _signed(db, user)
    journal.entries_for_user(db, user)
    labels = [c.action for c in service_users.open_record(db, user).changes]
    assert "Signerte journalnotat" in labels
    assert "Leste journalen" not in labels


def test_the_audit_log_never_holds_the_journal_text(db, user):
    _signed(db, user, "Hemmelig innhold om søsteren.")
    with db.transaction() as session:
        details = session.scalars(select(m.AuditEvent.details)).all()
    assert not any("Hemmelig" in d for d in details)
    assert "Samtale 20.11.2026 kl. 10.30" in details

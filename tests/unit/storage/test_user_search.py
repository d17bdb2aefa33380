"""Migration 0012 and the trigram user search: the index is filled for an old record, follows
every new, renamed and closed person, and answers what a scan of every row would."""

import datetime as dt

from sqlalchemy import select, text
from tests.crash_harness import old_record
from tests.helpers import PASSPHRASE

from psykhelse_desktop.domain.records import ServiceUserForm
from psykhelse_desktop.services.records import service_users
from psykhelse_desktop.services.trust.vault import unlock_vault
from psykhelse_desktop.storage import models as m
from psykhelse_desktop.storage.migrate import ensure_schema
from psykhelse_desktop.storage.user_search import contains_word


def _form(first: str, last: str) -> ServiceUserForm:
    return ServiceUserForm(first_name=first, last_name=last, birth_date=dt.date(1975, 5, 6))


def _scan(db, word: str) -> list[int]:
    """Every row read, no index: what the trigram search must agree with."""
    statement = select(m.ServiceUser.id).where(
        m.ServiceUser.search_key.contains(word, autoescape=True)
    )
    with db.transaction() as session:
        return sorted(session.scalars(statement))


def test_0012_indexes_the_people_of_an_old_record(paths):
    key, params = old_record(paths, PASSPHRASE)
    ensure_schema(paths.database, key, params, paths.backups)
    db = unlock_vault(paths, PASSPHRASE)
    try:
        with db.transaction() as session:
            indexed = session.scalar(text("SELECT count(*) FROM service_user_trigram"))
            users = session.scalar(text("SELECT count(*) FROM service_user"))
        assert indexed == users > 0
        assert len(service_users.search_ids(db, "vreb", include_closed=True)) == 1
    finally:
        db.close()


def test_the_index_follows_new_renamed_and_closed_people(db):
    first = service_users.create(db, _form("Ingrid", "Haugstølen"))
    service_users.create(db, _form("Aslak", "Haugland"))
    assert sorted(service_users.search_ids(db, "haug")) == _scan(db, "haug")
    assert len(_scan(db, "haug")) == 2
    detail = service_users.open_record(db, first, log=False)
    renamed = ServiceUserForm(**{**detail.form.__dict__, "last_name": "Bakkeli"})
    service_users.update(db, first, renamed, version=detail.version)
    assert service_users.search_ids(db, "haugst") == []
    assert service_users.search_ids(db, "bakkel") == [first]
    service_users.close(db, first, dt.date(2026, 11, 30), "Flyttet")
    assert service_users.search_ids(db, "bakkel") == []
    assert service_users.search_ids(db, "bakkel", include_closed=True) == [first]


def test_short_words_and_wildcards_are_read_literally(db):
    service_users.create(db, _form("Per", "Li_ten"))
    service_users.create(db, _form("Pål", "Litten"))
    for word in ("li", "li_", "_te", "%", "litt", "pål"):
        assert sorted(service_users.search_ids(db, word)) == _scan(db, word), word


def test_a_long_word_is_looked_up_in_the_trigram_index(db):
    if db.engine.dialect.name == "postgresql":  # LIKE itself; the GIN index serves it
        with db.transaction() as session:
            definition = session.scalar(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'service_user_trigram'")
            )
        assert "USING gin (search_key gin_trgm_ops)" in definition
        return
    statement = select(m.ServiceUser.id).where(contains_word("haug", "sqlite"))
    with db.transaction() as session:
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "service_user_trigram" in details and "VIRTUAL TABLE" in details

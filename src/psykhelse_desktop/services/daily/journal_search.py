"""Full-text search over all journal text: an FTS5 index of folded text, kept in step.

The index holds `fold(text)` with rowid = journal_entry.id, so "aasen" finds "Åsen" and "ØVRE"
finds "Øvrebø", exactly as in the search for service users. A query is cut into words of letters
and digits, and each word becomes a quoted prefix ("word"*): whatever she types (quotes,
asterisks, AND, NEAR, brackets) can never break the FTS5 syntax.

On PostgreSQL the index is the generated `search_words` column of journal_entry (a tsvector of
the same folded words, GIN-indexed; storage/server_sql.py), kept by the server itself: the
same words become a tsquery of prefixes ('word':*), and `index_entry` and friends do nothing.
"""

from __future__ import annotations

import re

from sqlalchemy import bindparam, cast, column, literal_column, select, table, text
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from ...domain.daily_vocabulary import JournalKind
from ...domain.journal import SearchHit
from ...domain.text import fold
from ...storage import daily_models as dm
from ...storage import models as m
from ...storage.daily_models import JOURNAL_FTS
from ...storage.server_sql import SEARCH_COLUMN
from ..database import Database

DEFAULT_LIMIT = 50
SNIPPET_BEFORE = 60
SNIPPET_AFTER = 140
# unicode61 keeps letters and digits; everything else (including "_") separates words.
_WORD = re.compile(r"[^\W_]+")
_FTS = table(JOURNAL_FTS, column("rowid"), column("body"))
_E, _U = dm.JournalEntry, m.ServiceUser
# The latest written matches come straight from the index, in rowid (= entry id) order, which
# stops after `limit`; ordering all matches by time of contact read every matching row and
# took a second on 500,000 entries. Only those few rows are read, and shown newest contact first.
_LATEST_MATCHES = (
    select(_FTS.c.rowid)
    .where(literal_column(JOURNAL_FTS).op("MATCH")(bindparam("query")))
    .order_by(_FTS.c.rowid.desc())
    .limit(bindparam("limit"))
)
_SEARCH = (
    select(_E.id, _E.service_user_id, _U.first_name, _U.last_name, _E.occurred_at, _E.kind,
           _E.text, _E.signed_at.is_not(None))
    .join(_U, _U.id == _E.service_user_id)
    .order_by(_E.occurred_at.desc(), _E.id.desc())
)  # fmt: skip
# PostgreSQL: the same newest matches, from the GIN-indexed column (which has no model).
_WORDS = table(dm.JournalEntry.__tablename__, column("id"), column(SEARCH_COLUMN)).alias("words")
_LATEST_MATCHES_PG = (
    select(_WORDS.c.id)
    .where(_WORDS.c[SEARCH_COLUMN].op("@@")(cast(bindparam("query"), TSQUERY)))
    .order_by(_WORDS.c.id.desc())
    .limit(bindparam("limit"))
)
_SEARCH_PG = _SEARCH.where(_E.id.in_(_LATEST_MATCHES_PG.scalar_subquery()))
_SEARCH = _SEARCH.where(_E.id.in_(_LATEST_MATCHES.scalar_subquery()))
_INSERT = text(f"INSERT INTO {JOURNAL_FTS} (rowid, body) VALUES (:id, :body)")
_BULK_INSERT = f"INSERT INTO {JOURNAL_FTS} (rowid, body) VALUES (?, ?)"
_DELETE = text(f"DELETE FROM {JOURNAL_FTS} WHERE rowid = :id")


def search(db: Database, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Entries whose text has words starting with every typed word.

    The `limit` most recently written matches, shown newest contact first. Each person whose
    journal shows in the hits gets a "journal_search" line in the audit log.
    """
    words = query_words(query)
    if not words:
        return []
    with db.transaction() as session:
        if _on_server(session):
            statement, expression = _SEARCH_PG, tsquery_expression(words)
        else:
            statement, expression = _SEARCH, match_expression(words)
        rows = session.execute(statement, {"query": expression, "limit": limit})
        hits = [_hit(row, words) for row in rows]
        people = dict.fromkeys(h.service_user_id for h in hits)
        db.audit_many(session, "journal_search", people, f"Søk: «{query.strip()[:80]}»")
    return hits


def query_words(query: str) -> list[str]:
    """The folded words of a query; empty when nothing searchable (fewer than 2 letters) is left."""
    words = _WORD.findall(fold(query))
    return words if sum(len(w) for w in words) >= 2 else []


def match_expression(words: list[str]) -> str:
    """An FTS5 query: every word as a quoted prefix; the words contain no quotes to escape."""
    return " ".join(f'"{word}"*' for word in words)


def tsquery_expression(words: list[str]) -> str:
    """The same on PostgreSQL: every word a quoted prefix lexeme, all of them required."""
    return " & ".join(f"'{word}':*" for word in words)


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name != "sqlite"


def index_entry(session: Session, entry_id: int, body: str) -> None:
    if not _on_server(session):
        session.execute(_INSERT, {"id": entry_id, "body": fold(body)})


def unindex_entry(session: Session, entry_id: int) -> None:
    if not _on_server(session):
        session.execute(_DELETE, {"id": entry_id})


def index_many(session: Session, rows: list[tuple[int, str]]) -> None:
    """Bulk insert of already folded text: (entry id, fold(text)), straight to the driver."""
    if rows and not _on_server(session):
        session.connection().exec_driver_sql(_BULK_INSERT, rows)


def snippet(body: str, words: list[str]) -> str:
    """The text around the first word that matches, cut at word boundaries, on one line."""
    flat = " ".join(body.split())
    start = _first_match(flat, words)
    if start is None:
        return _cut(flat, 0)
    return _cut(flat, start)


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every word in `text` that the search matched: a word whose folded form
    starts with a folded query word, as the index matches it ("aasen" marks "Åsen")."""
    if not words:
        return []
    return [
        found.span()
        for found in _WORD.finditer(text)
        if any(fold(found.group()).startswith(w) for w in words)
    ]


def _first_match(flat: str, words: list[str]) -> int | None:
    for found in _WORD.finditer(flat):
        if any(fold(found.group()).startswith(w) for w in words):
            return found.start()
    return None


def _cut(flat: str, at: int) -> str:
    begin = max(at - SNIPPET_BEFORE, 0)
    end = min(at + SNIPPET_AFTER, len(flat))
    if begin > 0:
        space = flat.find(" ", begin, at)
        begin = space + 1 if space >= 0 else begin
    if end < len(flat):
        space = flat.rfind(" ", at, end)
        end = space if space > at else end
    head, tail = ("…" if begin > 0 else ""), ("…" if end < len(flat) else "")
    return f"{head}{flat[begin:end]}{tail}"


def _hit(row: tuple, words: list[str]) -> SearchHit:
    entry_id, user_id, first, last, occurred_at, kind, body, signed = row
    return SearchHit(
        entry_id=entry_id,
        service_user_id=user_id,
        person_name=f"{first} {last}",
        occurred_at=occurred_at,
        kind=JournalKind(kind),
        snippet=snippet(body, words),
        signed=bool(signed),
    )
